#!/usr/bin/env node
// Proves `npm run create`: in a throwaway copy of the working tree it scaffolds `demo-widget`, and the result must
// pass, with no edit in between, what a real widget must pass: tsc over the whole project (the edited lists
// included), eslint, lit-analyzer --strict, prettier, a manifest entry, and its own test file in Chromium (its
// stories under axe and the conformance suite). Bad names must be refused with nothing written.
// A copy, so the real tree never holds the demo widget; node_modules is linked, so nothing is installed.
// `--keep` leaves the copy in place to look at.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'physio-create-'));
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const bin = (name) => join(root, 'node_modules', '.bin', name);

const name = 'demo-widget';
const tag = `physio-${name}`;
const created = [
  `src/components/${name}/${name}.ts`,
  `src/components/${name}/${name}.styles.ts`,
  `src/components/${name}/${name}-content.ts`,
  `src/define/${tag}.ts`,
  `stories/${name}.stories.ts`,
  `test/${name}.test.ts`,
];
// What each list must say after the scaffold, one line each.
const edited = {
  'src/index.ts': `export { PhysioDemoWidget } from './components/${name}/${name}.js';`,
  'src/all.ts': `['${tag}', PhysioDemoWidget],`,
  'package.json': `"./${tag}.js": {`,
  'vite.config.ts': `'${tag}': 'src/define/${tag}.ts',`,
  'locales/nl.xlf': `<trans-unit id="${name}.title">`,
};

class Failure extends Error {}
const fail = (message) => {
  throw new Failure(message);
};

/** Runs a command in the copy with its output shown; a non-zero exit fails the check. */
function run(title, command, args) {
  const since = Date.now();
  console.log(`\n--- ${title}`);
  const result = spawnSync(command, args, { cwd: work, stdio: 'inherit' });
  if (result.status !== 0) fail(`${title} (exit ${result.status ?? result.signal})`);
  console.log(`--- ${title}: ok, ${seconds(since)}`);
}

/** Everything the scaffold may write, as one hash: a refused name must leave it unchanged. */
function treeHash() {
  const hash = createHash('sha256');
  const walk = (path) => {
    if (!existsSync(path)) return;
    if (lstatSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (entry !== 'generated') walk(join(path, entry));
    } else hash.update(`${path}\0`).update(readFileSync(path));
  };
  for (const top of ['src', 'test', 'stories', 'locales', 'package.json', 'vite.config.ts']) walk(join(work, top));
  return hash.digest('hex');
}

function create(arg) {
  return spawnSync('node', ['scripts/create-widget.mjs', arg], { cwd: work, encoding: 'utf8' });
}

function expectRefused(arg, why) {
  const before = treeHash();
  const result = create(arg);
  const lines = result.stderr.trim().split('\n').filter(Boolean);
  if (result.status !== 1) fail(`"${arg}" (${why}) was not refused: exit ${result.status}\n${result.stdout}`);
  if (lines.length !== 1) fail(`"${arg}" (${why}) should be refused in one line, got:\n${result.stderr}`);
  if (treeHash() !== before) fail(`"${arg}" (${why}) was refused but files changed`);
  console.log(`refused ${JSON.stringify(arg)} (${why}): ${lines[0]}`);
}

try {
  // The working tree as git sees it (tracked and new files, not ignored ones), so uncommitted template changes count.
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (listed.status !== 0) fail(`git ls-files failed in ${root}: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (existsSync(join(root, file))) cpSync(join(root, file), join(work, file), { verbatimSymlinks: true });
  }
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  console.log(`Copied the working tree to ${work}`);

  expectRefused('Demo_Widget', 'not kebab case');
  expectRefused('all', 'reserved');
  expectRefused('element', 'the class PhysioElement exists');
  expectRefused('faq', 'the widget exists');

  // Through npm, as a contributor runs it, so the script's wiring is checked too.
  const result = spawnSync('npm', ['run', '--silent', 'create', `physio-${name}`], { cwd: work, encoding: 'utf8' });
  process.stdout.write(result.stdout);
  if (result.status !== 0) fail(`npm run create physio-${name} exited ${result.status}: ${result.stderr}`);
  for (const file of created) if (!existsSync(join(work, file))) fail(`${file} was not created`);
  for (const [file, line] of Object.entries(edited)) {
    if (!readFileSync(join(work, file), 'utf8').includes(line)) fail(`${file} lacks ${line}`);
  }
  if (!readFileSync(join(work, `test/${name}.test.ts`), 'utf8').includes(`conformance({\n  tag: '${tag}',`)) {
    fail(`test/${name}.test.ts does not join the conformance suite`);
  }
  expectRefused(name, 'it exists now');

  const sources = [...created.filter((f) => f.startsWith('src/')), 'src/index.ts', 'src/all.ts'];
  const lintable = [...created, 'src/index.ts', 'src/all.ts', 'vite.config.ts'];
  run('lit-localize build (src/generated, as npm run gen)', bin('lit-localize'), ['build']);
  run('cem analyze', bin('cem'), ['analyze']);
  const manifest = JSON.parse(readFileSync(join(work, 'custom-elements.json'), 'utf8'));
  const entry = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!entry?.summary) fail(`custom-elements.json has no ${tag} with a summary`);
  for (const attribute of ['region', 'heading-level']) {
    if (!entry.attributes?.some((a) => a.name === attribute)) fail(`custom-elements.json: ${tag} lacks ${attribute}`);
  }
  if (!entry.cssParts?.length || !entry.cssProperties?.length)
    fail(`custom-elements.json: ${tag} lacks parts or tokens`);
  console.log(`custom-elements.json documents <${tag}>`);

  run('tsc --noEmit (the whole project)', bin('tsc'), ['--noEmit']);
  run('eslint', bin('eslint'), lintable);
  run('lit-analyzer --strict', bin('lit-analyzer'), [...sources, '--strict']);
  run('prettier --check', bin('prettier'), ['--check', ...lintable, 'package.json']);
  run(`wtr test/${name}.test.ts`, bin('wtr'), ['--files', `test/${name}.test.ts`]);

  console.log(`\ncheck:create: the scaffolded widget passes lint and its test (${seconds(started)})`);
} catch (error) {
  console.error(`\ncheck:create FAILED: ${error instanceof Failure ? error.message : error.stack}`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`The copy stays in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
