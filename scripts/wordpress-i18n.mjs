// The WordPress plugin's translations without gettext or WP-CLI (neither is on a fresh machine): extracts the
// plugin's strings into languages/physio-elements.pot, reads the translators' .po files and writes what WordPress
// loads — a .mo per locale for PHP and block.json, and a Jed JSON per locale for the editor script.
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Buffer } from 'node:buffer';

export const domain = 'physio-elements';
/** Locales whose .po lists only what differs from another locale's (Belgian Dutch from Dutch, and so on). */
export const baseLocale = { nl_BE: 'nl_NL', fr_BE: 'fr_FR' };

const key = (entry) => (entry.msgctxt ? `${entry.msgctxt}\u0004${entry.msgid}` : entry.msgid);

/** A PHP or JS single- or double-quoted string literal at the start of `text`, decoded; null otherwise. */
function literal(text) {
  const match = /^\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/s.exec(text);
  if (!match) return null;
  const body = match[2];
  return { value: body.replace(/\\(['"\\])/g, '$1').replace(/\\n/g, '\n'), length: match[0].length };
}

/** The literal arguments of a gettext call starting after its `(`, up to `count` of them. */
function literalArguments(text, count) {
  const values = [];
  let rest = text;
  for (let i = 0; i < count; i++) {
    const found = literal(rest);
    if (!found) return null;
    values.push(found.value);
    rest = rest.slice(found.length).replace(/^\s*,/, '');
  }
  return values;
}

// Which arguments each function takes: s = string, c = context, p = plural, n = number (skipped by ending early).
const functions = {
  __: 's',
  _e: 's',
  esc_html__: 's',
  esc_html_e: 's',
  esc_attr__: 's',
  esc_attr_e: 's',
  _x: 'sc',
  _ex: 'sc',
  esc_html_x: 'sc',
  esc_attr_x: 'sc',
  _n: 'sp',
};

function fromCode(file, text, add) {
  const call = /(?<![\w$.>:])(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_x|_ex|esc_html_x|esc_attr_x|_n)\(/g;
  for (const match of text.matchAll(call)) {
    const shape = functions[match[1]];
    const after = text.slice(match.index + match[0].length);
    // Arguments: the shape's strings, then (for _n) a number we cannot read literally, then the domain.
    const values = literalArguments(after, shape.length);
    if (!values) continue;
    const line = text.slice(0, match.index).split('\n').length;
    const entry = { msgid: values[0] };
    // `/* translators: … */` or `// translators: …` right before the call explains its placeholders.
    const comment = /(?:\/\*\s*(translators:[\s\S]*?)\*\/|\/\/\s*(translators:.*))\s*$/.exec(
      text.slice(Math.max(0, match.index - 300), match.index).replace(/[\w$>:.\s(-]*$/, ''), // what may stand between: `printf(`, `echo`, `sprintf(`
    );
    if (comment) entry.comment = (comment[1] ?? comment[2]).replace(/\s+/g, ' ').trim();
    if (shape === 'sc') entry.msgctxt = values[1];
    if (shape === 'sp') entry.msgid_plural = values[1];
    add(entry, `${file}:${line}`);
  }
}

function fromBlockJson(file, json, add) {
  const block = JSON.parse(json);
  if (block.title) add({ msgctxt: 'block title', msgid: block.title }, file);
  if (block.description) add({ msgctxt: 'block description', msgid: block.description }, file);
  for (const keyword of block.keywords ?? []) add({ msgctxt: 'block keyword', msgid: keyword }, file);
}

function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Every translatable string of the plugin, with where it occurs. */
export function extract(pluginDir) {
  const entries = new Map();
  const add = (entry, reference) => {
    const found = entries.get(key(entry)) ?? { ...entry, references: [] };
    found.comment ??= entry.comment;
    found.references.push(reference);
    entries.set(key(entry), found);
  };
  for (const path of filesIn(pluginDir)) {
    const file = relative(pluginDir, path);
    if (file.startsWith('assets/') || file.startsWith('languages/')) continue;
    const text = readFileSync(path, 'utf8');
    if (file.endsWith('block.json')) fromBlockJson(file, text, add);
    else if (/\.(php|js)$/.test(file)) fromCode(file, text, add);
    if (file === 'physio-elements.php') {
      const description = /^\s*\*\s*Description:\s*(.+)$/m.exec(text)?.[1];
      if (description) add({ msgid: description.trim() }, file);
    }
  }
  return [...entries.values()];
}

const quote = (value) =>
  `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;

export function pot(entries) {
  const header = `# Strings of the physio-elements WordPress plugin. Made by \`npm run wordpress:pot\`; do not edit.
msgid ""
msgstr ""
"Project-Id-Version: physio-elements\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"X-Domain: ${domain}\\n"
`;
  const body = entries.map((entry) =>
    [
      entry.comment ? `#. ${entry.comment}` : null,
      `#: ${entry.references.join(' ')}`,
      entry.msgctxt !== undefined ? `msgctxt ${quote(entry.msgctxt)}` : null,
      `msgid ${quote(entry.msgid)}`,
      entry.msgid_plural !== undefined
        ? `msgid_plural ${quote(entry.msgid_plural)}\nmsgstr[0] ""\nmsgstr[1] ""`
        : 'msgstr ""',
    ]
      .filter((line) => line !== null)
      .join('\n'),
  );
  return `${header}\n${body.join('\n\n')}\n`;
}

const unquote = (value) => JSON.parse(value.replace(/\t/g, '\\t')).replace(/\r/g, '');

/** Entries of a .po file: { msgctxt?, msgid, msgid_plural?, msgstr: string[], references: string[] } plus its header. */
export function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  const finish = () => {
    if (entry && entry.msgid !== undefined) entries.push(entry);
    entry = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      finish();
      continue;
    }
    // A comment or msgctxt after a finished msgstr starts the next entry, blank line or not.
    const starts = line.startsWith('#') || line.startsWith('msgctxt') || line.startsWith('msgid ');
    if (entry && starts && entry.msgstr.length > 0) finish();
    entry ??= { msgstr: [], references: [] };
    if (line.startsWith('#:')) entry.references.push(...line.slice(2).trim().split(/\s+/));
    // A fuzzy translation is a guess awaiting review: msgfmt leaves it out, and so do we.
    else if (line.startsWith('#,')) entry.fuzzy ||= /\bfuzzy\b/.test(line);
    else if (line.startsWith('#')) continue;
    else if (line.startsWith('"')) {
      if (field === null) throw new Error(`.po: a string with no field before it: ${line}`);
      const [name, index] = field;
      if (name === 'msgstr') entry.msgstr[index] += unquote(line);
      else entry[name] += unquote(line);
    } else {
      const match = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(".*")$/.exec(line);
      if (!match) throw new Error(`.po: cannot read: ${line}`);
      const [, name, index, value] = match;
      if (name === 'msgstr') {
        entry.msgstr[Number(index ?? 0)] = unquote(value);
        field = ['msgstr', Number(index ?? 0)];
      } else {
        entry[name] = unquote(value);
        field = [name];
      }
    }
  }
  finish();
  const headerEntry = entries.find((found) => found.msgid === '' && found.msgctxt === undefined);
  const header = Object.fromEntries(
    (headerEntry?.msgstr[0] ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { header, entries: entries.filter((found) => found !== headerEntry) };
}

/** A GNU .mo file (little-endian, no hash table) for the translated entries. */
export function mo(entries, headerText) {
  const pairs = [
    ['', headerText],
    ...entries.map((entry) => [
      key(entry) + (entry.msgid_plural !== undefined ? `\0${entry.msgid_plural}` : ''),
      entry.msgstr.join('\0'),
    ]),
  ].sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const originals = pairs.map(([original]) => Buffer.from(original));
  const translations = pairs.map(([, translation]) => Buffer.from(translation));
  const count = pairs.length;
  const tablesEnd = 28 + count * 16;
  let offset = tablesEnd;
  const table = Buffer.alloc(count * 16);
  const place = (strings, base) =>
    strings.forEach((string, i) => {
      table.writeUInt32LE(string.length, base + i * 8);
      table.writeUInt32LE(offset, base + i * 8 + 4);
      offset += string.length + 1;
    });
  place(originals, 0);
  place(translations, count * 8);
  const header = Buffer.alloc(28);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(28, 12);
  header.writeUInt32LE(28 + count * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(tablesEnd, 24);
  const strings = [...originals, ...translations].flatMap((string) => [string, Buffer.alloc(1)]);
  return Buffer.concat([header, table, ...strings]);
}

/** The Jed 1.x JSON that wp.i18n reads (what `wp i18n make-json` writes), for the strings the scripts use. */
export function jed(entries, locale, pluralForms, scriptKeys) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': pluralForms } };
  for (const entry of entries) {
    if (scriptKeys.has(key(entry))) messages[key(entry)] = entry.msgstr;
  }
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

/** Locale => complete entries (a Belgian file over its base), from languages/physio-elements-<locale>.po. */
export function readTranslations(languagesDir) {
  const read = (locale) => parsePo(readFileSync(join(languagesDir, `${domain}-${locale}.po`), 'utf8'));
  const locales = existsSync(languagesDir)
    ? readdirSync(languagesDir)
        .map((file) => new RegExp(`^${domain}-(\\w+)\\.po$`).exec(file)?.[1])
        .filter(Boolean)
    : [];
  const result = {};
  for (const locale of locales) {
    const own = read(locale);
    const base = baseLocale[locale] ? read(baseLocale[locale]) : { entries: [] };
    const merged = new Map(base.entries.map((entry) => [key(entry), entry]));
    for (const entry of own.entries) merged.set(key(entry), entry);
    result[locale] = { header: { ...base.header, ...own.header }, entries: [...merged.values()], own: own.entries };
  }
  return result;
}

/**
 * Writes the .mo and JSON files WordPress loads into `outDir` (the built plugin's languages/): one .mo per locale, and
 * per locale and script handle a JSON with only the strings that script's file uses (as `wp i18n make-json` does).
 * @param {Record<string, string>} scripts handle => file, relative to the plugin
 */
export function compileTranslations(pluginDir, outDir, scripts) {
  const strings = extract(pluginDir);
  const keysOf = (file) =>
    new Set(strings.filter((entry) => entry.references.some((reference) => reference.startsWith(`${file}:`))).map(key));
  const written = [];
  for (const [locale, { header, entries }] of Object.entries(readTranslations(join(pluginDir, 'languages')))) {
    const translated = entries.filter(
      (entry) => !entry.fuzzy && entry.msgstr.length > 0 && entry.msgstr.every(Boolean),
    );
    const pluralForms = header['Plural-Forms'] ?? 'nplurals=2; plural=(n != 1);';
    const headerText = `Content-Type: text/plain; charset=UTF-8\nLanguage: ${locale}\nPlural-Forms: ${pluralForms}\n`;
    writeFileSync(join(outDir, `${domain}-${locale}.mo`), mo(translated, headerText));
    for (const [handle, file] of Object.entries(scripts)) {
      writeFileSync(
        join(outDir, `${domain}-${locale}-${handle}.json`),
        jed(translated, locale, pluralForms, keysOf(file)),
      );
    }
    written.push(locale);
  }
  return written;
}

/** The editor's script handles and their files, as includes/blocks.php registers them. */
export function scriptHandles(pluginDir) {
  const php = readFileSync(join(pluginDir, 'includes/blocks.php'), 'utf8');
  const found = [...php.matchAll(/'(physio-elements-editor[\w-]*)'\s*=>\s*array\(\s*'([\w.-]+\.js)'/g)];
  if (found.length === 0) throw new Error('includes/blocks.php registers no editor script that could be translated');
  return Object.fromEntries(found.map(([, handle, file]) => [handle, `editor/${file}`]));
}

// `npm run wordpress:pot`: rewrites the template from the plugin's source.
if (import.meta.url === `file://${process.argv[1]}`) {
  const plugin = 'wordpress/physio-elements';
  const entries = extract(plugin);
  mkdirSync(join(plugin, 'languages'), { recursive: true });
  writeFileSync(join(plugin, 'languages', `${domain}.pot`), pot(entries));
  console.log(`${plugin}/languages/${domain}.pot: ${entries.length} strings`);
}
