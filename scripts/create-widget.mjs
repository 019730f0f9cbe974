#!/usr/bin/env node
// `npm run create <name>`: a new widget in the shape every widget here has (CONTRIBUTING, "Add a widget"). It
// creates the component folder, the define entry, a story and a test from scripts/templates/, adds the widget to
// the lists a release needs (package root, all.js, package exports, build entries), lists its messages in
// locales/nl.xlf, and prints what is left. Names are checked and every file is prepared in memory before the first
// write, so a refused name writes nothing.
// The templates are `.tpl` files so that tsc, eslint and prettier leave them alone; `npm run check:create`
// lints and tests what they become.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const templates = join(import.meta.dirname, 'templates');
const usage = 'usage: npm run create <name>   (lower-case kebab without "physio-", e.g. pain-diary)';

/** One line, exit 1, nothing written. */
function refuse(reason) {
  console.error(`create: ${reason}`);
  process.exit(1);
}

// Names that would read as a part of the package rather than a widget. Clashes with existing tags, classes,
// message ids and files are found in the source below, so they need no entry here.
const reserved = new Map(
  Object.entries({
    all: 'physio-elements/all.js registers every widget',
    index: 'src/index.ts is the package root',
    components: 'src/components/ holds the widgets',
    define: 'src/define/ holds the registering entries',
    events: 'src/events/ holds the event classes',
    generated: 'src/generated/ is built by lit-localize',
    localization: 'physio-elements/localization.js is an entry',
    preload: 'physio-elements/preload.css is an entry',
    cdn: 'dist/cdn/ is the CDN build',
    elements: 'physio-elements is the package name',
    editor: 'editor/ holds the generated editor data',
    react: 'physio-elements/react is the React wrappers’ entry',
    theme: 'physio-elements/themes/ are the stylesheets',
    themes: 'physio-elements/themes/ are the stylesheets',
  }),
);

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
if (args.length !== 1) refuse(args.length ? `one name at a time (${usage})` : usage);

const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const raw = args[0].trim();
const name = raw.replace(/^physio-/, '');
if (!kebab.test(name) || name.length > 40) {
  const guess = raw
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/^physio-/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[-0-9]+|-+$/g, '');
  const hint = guess && guess !== name && kebab.test(guess) ? `; did you mean ${guess}?` : '';
  refuse(
    `"${raw}" is not a widget name: lower-case letters, digits and single hyphens, starting with a letter, at most 40 characters${hint}`,
  );
}
if (reserved.has(name)) refuse(`"${name}" is reserved: ${reserved.get(name)}`);

const words = name.split('-');
const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const names = {
  name,
  Pascal: pascal,
  camel: pascal[0].toLowerCase() + pascal.slice(1),
  Title: words.join(' ').replace(/^./, (c) => c.toUpperCase()),
  date: new Date().toISOString().slice(0, 10),
};
const tag = `physio-${name}`;
const className = `Physio${pascal}`;

const created = [
  [`src/components/${name}/${name}.ts`, 'widget.ts.tpl', `the class ${className}; its JSDoc is the manifest entry`],
  [`src/components/${name}/${name}.styles.ts`, 'styles.ts.tpl', 'its css'],
  [`src/components/${name}/${name}-content.ts`, 'content.ts.tpl', 'built-in text, sources, lastReviewed'],
  [`src/define/${tag}.ts`, 'define.ts.tpl', `registers <${tag}>, and only this file does`],
  [`stories/${name}.stories.ts`, 'stories.ts.tpl', 'the Storybook stories'],
  [`test/${name}.test.ts`, 'test.ts.tpl', 'its tests, its stories under axe, and the conformance suite'],
];
for (const [file] of [[`src/components/${name}`], ...created]) {
  if (existsSync(join(root, file))) refuse(`${tag}: ${file} already exists`);
}

// A tag, class or message-id prefix already in use would make a second widget collide with the first.
const escaped = name.replace(/-/g, '\\-');
const clashes = [
  [new RegExp(`physio-${escaped}(?![a-z0-9-])`), `the name ${tag}`],
  [new RegExp(`\\b${className}\\b`), `the class name ${className}`],
  [new RegExp(`['"\`]${escaped}\\.[a-z0-9]`), `message ids ${name}.…`],
];
function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'generated') yield* sourceFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.ts')) yield path;
  }
}
for (const path of sourceFiles(join(root, 'src'))) {
  const source = readFileSync(path, 'utf8');
  for (const [pattern, what] of clashes) {
    if (pattern.test(source)) refuse(`${tag} would clash: ${path.slice(root.length + 1)} already uses ${what}`);
  }
}

function fill(template) {
  const text = readFileSync(join(templates, template), 'utf8').replace(
    /__(name|Pascal|camel|Title|date)__/g,
    (_, key) => names[key],
  );
  const left = text.match(/__[A-Za-z]+__/);
  if (left) refuse(`template ${template} has an unknown placeholder ${left[0]}`);
  return text;
}

/**
 * Adds a line after the last line that matches `pattern`, made from that line, so it lands in the same list with the
 * same indentation. Returns the text unchanged when the line is already there, undefined when the list is not found.
 */
function addAfterLast(text, pattern, line) {
  const lines = text.split('\n');
  const last = lines.findLastIndex((l) => pattern.test(l));
  if (last < 0) return undefined;
  const added = line(lines[last]);
  if (lines.includes(added)) return text;
  lines.splice(last + 1, 0, added);
  return lines.join('\n');
}
const indent = (line) => line.match(/^\s*/)[0];

/** package.json: a `./physio-<name>.js` export shaped like the last widget's, right after it. */
function addExport(text) {
  const pkg = JSON.parse(text);
  const key = `./${tag}.js`;
  if (pkg.exports?.[key]) return text;
  const keys = Object.keys(pkg.exports ?? {});
  const last = keys.findLast((k) => /^\.\/physio-[a-z0-9-]+\.js$/.test(k));
  if (!last) return undefined;
  const previous = last.slice(2, -3);
  const entry = JSON.parse(JSON.stringify(pkg.exports[last]).replaceAll(previous, tag));
  const exports = {};
  for (const k of keys) {
    exports[k] = pkg.exports[k];
    if (k === last) exports[key] = entry;
  }
  return JSON.stringify({ ...pkg, exports }, null, 2) + '\n';
}

// Each list: the file, what the edit does, what to do by hand when the list is not where it used to be.
const edits = [
  {
    file: 'src/index.ts',
    done: `exports ${className}`,
    todo: `export ${className} from the package root`,
    edit: (t) =>
      addAfterLast(
        t,
        /^export \{ Physio\w+ \} from '\.\/components\//,
        () => `export { ${className} } from './components/${name}/${name}.js';`,
      ),
  },
  {
    file: 'src/all.ts',
    done: 'registers it with the other widgets',
    todo: `import ${className} and add ['${tag}', ${className}] to the widgets it registers`,
    edit: (t) => {
      const imported = addAfterLast(
        t,
        /^import \{ Physio\w+ \} from '\.\/components\//,
        () => `import { ${className} } from './components/${name}/${name}.js';`,
      );
      return (
        imported &&
        addAfterLast(
          imported,
          /^\s*\['physio-[a-z0-9-]+', Physio\w+\],$/,
          (l) => `${indent(l)}['${tag}', ${className}],`,
        )
      );
    },
  },
  {
    file: 'package.json',
    done: `exports ./${tag}.js`,
    todo: `add the export ./${tag}.js, shaped like the other widgets'`,
    edit: addExport,
  },
  {
    file: 'vite.config.ts',
    done: `builds dist/esm/${tag}.js`,
    todo: `make the npm build write dist/esm/${tag}.js from src/define/${tag}.ts`,
    edit: (t) =>
      addAfterLast(
        t,
        /^\s*'physio-[a-z0-9-]+': 'src\/define\/physio-[a-z0-9-]+\.ts',$/,
        (l) => `${indent(l)}'${tag}': 'src/define/${tag}.ts',`,
      ),
  },
];

const writes = new Map(created.map(([file, template]) => [file, fill(template)]));
const edited = [];
const manual = [];
for (const { file, done, todo, edit } of edits) {
  const path = join(root, file);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const after = before === undefined ? undefined : edit(before);
  if (after === undefined) manual.push(`${file}: ${todo} (the list was not found)`);
  else if (after !== before) {
    writes.set(file, after);
    edited.push([file, done]);
  }
}

// Formatted with the project's own prettier settings, so what is written passes `prettier --check`.
let prettier;
try {
  prettier = await import('prettier');
} catch {
  refuse('prettier is not installed: run npm ci first');
}
for (const [file, text] of writes) {
  const filepath = join(root, file);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  try {
    writes.set(file, await prettier.format(text, { ...options, filepath }));
  } catch (error) {
    refuse(`${file} could not be formatted (${error.message.split('\n')[0]})`);
  }
}

for (const [file, text] of writes) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

// The CDN build (and so `npm test`) refuses a message id that locales/nl.xlf does not list yet.
const extract = spawnSync(join(root, 'node_modules', '.bin', 'lit-localize'), ['extract'], {
  cwd: root,
  encoding: 'utf8',
});
if (extract.status === 0) edited.push(['locales/nl.xlf', `lists the new messages ${name}.…, still without Dutch`]);
else
  manual.push(
    `locales/nl.xlf: lit-localize extract failed (${extract.stderr.trim().split('\n').pop()}); run npm run localize:extract`,
  );

const width = Math.max(...[...created, ...edited].map(([file]) => file.length)) + 2;
const row = (file, what) => `  ${file.padEnd(width)}${what}`;
console.log(`Created <${tag}>:`);
for (const [file, , what] of created) console.log(row(file, what));
if (edited.length) console.log('\nEdited:');
for (const [file, what] of edited) console.log(row(file, what));
if (manual.length) console.log(`\nNot edited, do it by hand:\n${manual.map((m) => `  ${m}`).join('\n')}`);
console.log(`
Then, before it is done (CONTRIBUTING.md, "Add a widget"):
  1. Content: replace the placeholder text in ${name}-content.ts, name the real sources(region),
     and set lastReviewed after the clinical owner's review. Helpers: ${name}-<part>.ts in its folder.
     Every visible string: msg('…', { id: '${name}.…' }). An event: a class in src/events/,
     dispatched inline, named in @fires.
  2. Translations: after every text change npm run localize:extract, then a Dutch <target> for each
     new unit in locales/nl.xlf; node scripts/check-translations.mjs must pass.
  3. Story and tests: real states in stories/${name}.stories.ts, behaviour tests in test/${name}.test.ts,
     and every new attribute in its conformance() call (fixtures, stringAttributes, badValues).
  4. No movement on upgrade: a box for <${tag}> in src/preload-css.ts,
     measured as test/preload-widgets.test.ts does.
  5. README entry: attributes, events, parts, tokens and an example.
  6. Size budget: npm run build && npm run size (all.js carries it into the 40 KiB CDN file).
  7. Package: the tag in scripts/check-pack.mjs.
  8. npm run lint (regenerates custom-elements.json and editor/: commit them), npm test, npx changeset.`);
