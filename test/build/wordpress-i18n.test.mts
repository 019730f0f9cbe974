import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseLocale, extract, jed, mo, parsePo, readTranslations } from '../../scripts/wordpress-i18n.mjs';

type Entry = {
  msgctxt?: string;
  msgid: string;
  msgid_plural?: string;
  msgstr: string[];
  references: string[];
  comment?: string;
};
const key = (entry: { msgctxt?: string; msgid: string }) => `${entry.msgctxt ?? ''}\u0004${entry.msgid}`;

/** Reads a .mo back (what PHP's MO class does), so the writer is checked against the format, not against itself. */
function readMo(buffer: Buffer): Map<string, string> {
  assert.equal(buffer.readUInt32LE(0), 0x950412de, 'magic number');
  const count = buffer.readUInt32LE(8);
  const originals = buffer.readUInt32LE(12);
  const translations = buffer.readUInt32LE(16);
  const at = (table: number, i: number) => {
    const length = buffer.readUInt32LE(table + i * 8);
    const offset = buffer.readUInt32LE(table + i * 8 + 4);
    assert.equal(buffer[offset + length], 0, 'each string ends in NUL');
    return buffer.subarray(offset, offset + length).toString('utf8');
  };
  const result = new Map<string, string>();
  for (let i = 0; i < count; i++) result.set(at(originals, i), at(translations, i));
  return result;
}

describe('the WordPress plugin translation tooling', () => {
  it('finds strings in PHP, in the editor script and in block.json, with their context', () => {
    const dir = mkdtempSync(join(tmpdir(), 'physio-i18n-'));
    mkdirSync(join(dir, 'editor'));
    mkdirSync(join(dir, 'blocks/faq'), { recursive: true });
    writeFileSync(
      join(dir, 'settings.php'),
      `<?php esc_html_e( 'Country', 'physio-elements' ); echo _x( 'Theme', 'setting', 'physio-elements' );
      /* translators: %d: a number of hours */ printf( __( '%d hours', 'physio-elements' ), 3 );
      echo esc_attr__( "It's \\"on\\"", 'physio-elements' ); $x->__( 'not gettext' );`,
    );
    writeFileSync(join(dir, 'editor/controls.js'), `const a = __( "Heading level", 'physio-elements' );`);
    writeFileSync(
      join(dir, 'blocks/faq/block.json'),
      JSON.stringify({ title: 'FAQ', description: 'Questions.', keywords: ['questions'] }),
    );
    const found = new Map(extract(dir).map((entry: Entry) => [key(entry), entry]));
    assert.deepEqual([...found.keys()].sort(), [
      '\u0004%d hours',
      '\u0004Country',
      '\u0004Heading level',
      '\u0004It\'s "on"',
      'block description\u0004Questions.',
      'block keyword\u0004questions',
      'block title\u0004FAQ',
      'setting\u0004Theme',
    ]);
    assert.deepEqual(found.get('\u0004Heading level')?.references, ['editor/controls.js:1']);
    assert.equal(found.get('\u0004%d hours')?.comment, 'translators: %d: a number of hours');
    assert.equal(found.get('\u0004Country')?.comment, undefined);
  });

  it('reads entries with no blank line between them, and marks fuzzy ones', () => {
    const { entries } = parsePo(
      'msgid "A"\nmsgstr "a"\n#, fuzzy\nmsgctxt "c"\nmsgid "B"\nmsgstr "b"\nmsgid "C"\nmsgstr "c"\n',
    );
    assert.deepEqual(
      entries.map((entry: Entry & { fuzzy?: boolean }) => [entry.msgctxt, entry.msgid, entry.msgstr[0], !!entry.fuzzy]),
      [
        [undefined, 'A', 'a', false],
        ['c', 'B', 'b', true],
        [undefined, 'C', 'c', false],
      ],
    );
  });

  it('reads .po files with wrapped strings and plurals', () => {
    const { header, entries } = parsePo(
      'msgid ""\nmsgstr ""\n"Language: nl_NL\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n' +
        '#: a.php:1\nmsgctxt "block title"\nmsgid "FAQ"\nmsgstr "Veelgestelde "\n"vragen"\n\n' +
        'msgid "%d question"\nmsgid_plural "%d questions"\nmsgstr[0] "%d vraag"\nmsgstr[1] "%d vragen"\n',
    );
    assert.equal(header.Language, 'nl_NL');
    assert.deepEqual(
      entries.map((entry: Entry) => [entry.msgctxt, entry.msgid, entry.msgstr]),
      [
        ['block title', 'FAQ', ['Veelgestelde vragen']],
        [undefined, '%d question', ['%d vraag', '%d vragen']],
      ],
    );
  });

  it('writes .mo files that read back, contexts and plurals included, and Jed JSON for the script strings', () => {
    const entries = [
      { msgctxt: 'block title', msgid: 'FAQ', msgstr: ['Veelgestelde vragen'], references: [] },
      { msgid: '%d question', msgid_plural: '%d questions', msgstr: ['%d vraag', '%d vragen'], references: [] },
      { msgid: 'Ä', msgstr: ['Ö'], references: [] },
    ];
    const read = readMo(mo(entries, 'Language: nl_NL\n'));
    assert.equal(read.get('block title\u0004FAQ'), 'Veelgestelde vragen');
    assert.equal(read.get('%d question\u0000%d questions'), '%d vraag\u0000%d vragen');
    assert.equal(read.get('Ä'), 'Ö');
    assert.equal(read.get(''), 'Language: nl_NL\n');
    const json = JSON.parse(jed(entries, 'nl_NL', 'nplurals=2; plural=(n != 1);', new Set(['block title\u0004FAQ'])));
    assert.deepEqual(Object.keys(json.locale_data.messages), ['', 'block title\u0004FAQ']);
  });
});

describe('the plugin ships its editor words in Dutch, French and German', () => {
  const plugin = 'wordpress/physio-elements';
  const strings = extract(plugin) as Entry[];
  const translations = readTranslations(join(plugin, 'languages')) as Record<
    string,
    { entries: Entry[]; own: Entry[] }
  >;
  const placeholders = (text: string) => (text.match(/%(\d\$)?[sd]/g) ?? []).sort().join(' ');

  it('has nl_NL, nl_BE, fr_FR, fr_BE and de_DE', () => {
    assert.deepEqual(Object.keys(translations).sort(), ['de_DE', 'fr_BE', 'fr_FR', 'nl_BE', 'nl_NL']);
  });

  for (const [locale, { entries, own }] of Object.entries(translations)) {
    it(`${locale} translates every string of the plugin, with the same placeholders, and nothing stale`, () => {
      const byKey = new Map(entries.map((entry) => [key(entry), entry]));
      const missing = strings.filter((entry) => {
        const found = byKey.get(key(entry)) as (Entry & { fuzzy?: boolean }) | undefined;
        return !found || found.fuzzy || !found.msgstr.every(Boolean);
      });
      assert.deepEqual(
        missing.map((entry) => entry.msgid),
        [],
      );
      const current = new Set(strings.map(key));
      assert.deepEqual(
        own.filter((entry) => !current.has(key(entry))).map((entry) => entry.msgid),
        [],
        'stale',
      );
      for (const entry of entries) {
        for (const text of entry.msgstr) {
          assert.equal(placeholders(text), placeholders(entry.msgid), `${locale}: ${entry.msgid}`);
        }
      }
      if (locale in baseLocale) assert.ok(own.length < strings.length, `${locale} lists only what differs`);
    });
  }
});
