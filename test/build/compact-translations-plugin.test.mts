import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compactTranslationModule } from '../../scripts/compact-translations-plugin.js';
import { messageIds } from '../../scripts/shrink-plugin.js';

const order = new Map(['a.one', 'a.two', 'a.three'].map((id, i) => [id, i]));
const generated = (entries: string[], header = 'export const templates = {') =>
  [
    '// Do not modify this file by hand!',
    "import {str} from '@lit/localize';",
    '/* eslint-disable no-irregular-whitespace */',
    header,
    ...entries,
    '};',
  ].join('\n');
const compact = (code: string) => compactTranslationModule(code, 'nl.ts', order, 'nl.xlf');

describe('compactTranslations (CDN build)', () => {
  it('lists the translations in XLIFF order, with an empty slot for one not translated', () => {
    assert.equal(
      compact(generated(["'a.three': str`Drie ${0}`,", "'a.one': `Een`,"])),
      "import { str } from '@lit/localize';\nexport const templates: unknown[] = [`Een`,\n,\nstr`Drie ${0}`];\nvoid str;\n",
    );
  });

  it('reads the module lit-localize generates from locales/nl.xlf', () => {
    const ids = messageIds('locales/nl.xlf');
    const out = compactTranslationModule(
      readFileSync('src/generated/locales/nl.ts', 'utf8'),
      'nl.ts',
      new Map(ids.map((id, i) => [id, i])),
      'locales/nl.xlf',
    );
    assert.equal(out.split(',\n').length, ids.length, 'one slot per message');
  });

  it('fails on a line it does not know, rather than drop it', () => {
    const cases: Array<[string, RegExp]> = [
      [generated(["'a.zero': `Nul`,"]), /nl\.ts: a\.zero is not in nl\.xlf/],
      [generated(["'a.one': `Een`,", "'a.one': `Eén`,"]), /a\.one twice/],
      [generated(["'a.one': `Een", 'twee`,']), /does not understand line 5: 'a\.one': `Een/],
      [generated(["'a.one': html`<b>Een</b>`,"]), /does not understand line 5: 'a\.one': html`/],
      [`import {html} from 'lit';\n${generated(["'a.one': `Een`,"])}`, /line 1: import \{html\} from 'lit';/],
      [`${generated(["'a.one': `Een`,"])}\nexport const other = 1;`, /line 7: export const other = 1;/],
      [generated(["'a.one': `Een`,"], 'export const templates: Record<string, string> = {'), /line 4: export const/],
      [generated([]), /has no translations/],
      ["'a.one': `Een`,", /line 1: 'a\.one'/],
    ];
    for (const [code, error] of cases) assert.throws(() => compact(code), error);
  });
});
