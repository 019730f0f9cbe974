import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkLocale, units } from '../../scripts/check-translations.mjs';

const glossary = JSON.parse(readFileSync('locales/glossary.json', 'utf8'));
const unit = (id: string, source: string, target?: string) =>
  `<trans-unit id="${id}">\n  <source>${source}</source>${target === undefined ? '' : `\n  <target>${target}</target>`}\n</trans-unit>`;
const check = (locale: string, ...xml: string[]) => checkLocale(locale, units(xml.join('\n')), glossary);
const x = (n: number) => `<x id="${n}" equiv-text="\${v${n}}"/>`;

describe('check-translations', () => {
  it('passes every locale file of the project', () => {
    for (const locale of ['nl', 'fr', 'de']) {
      assert.deepEqual(checkLocale(locale, units(readFileSync(`locales/${locale}.xlf`, 'utf8')), glossary), []);
    }
  });

  it('finds a missing translation and a lost or extra placeholder', () => {
    assert.deepEqual(
      check('fr', unit('a', 'Call now'), unit('b', `Call ${x(0)}`, 'Appelez'), unit('c', 'Go', `Allez ${x(0)}`)),
      [
        'locales/fr.xlf: a: no translation',
        'locales/fr.xlf: b: placeholders none instead of {0}',
        'locales/fr.xlf: c: placeholders {0} instead of none',
      ],
    );
  });

  it('finds a target left in English, but lets numbers and listed names read the same', () => {
    assert.deepEqual(check('de', unit('a', 'Video', 'Video'), unit('b', `${x(0)} × ${x(1)}`, `${x(0)} × ${x(1)}`)), [
      'locales/de.xlf: a: reads exactly as the English (translate it, or list it in glossary.json "sameAsSource" with why)',
    ]);
    assert.deepEqual(check('nl', unit('exercise.video.title', `Video: ${x(0)}`, `Video: ${x(0)}`)), []);
  });

  it('finds a Dutch word in French or German, unless it follows the local name in brackets', () => {
    assert.deepEqual(
      check('fr', unit('a', 'Call the GP on call.', 'Appelez le médecin de garde (huisarts van wacht).')),
      [],
    );
    assert.match(check('fr', unit('a', 'Bring it.', 'Apportez le voorschrift.'))[0], /"voorschrift" is not a fr word/);
    assert.match(check('de', unit('a', 'Go.', 'Gehen Sie zur spoed.'))[0], /"spoed" is not a de word/);
  });

  it('finds a concept named another way than the glossary says', () => {
    assert.match(
      check('fr', unit('a', 'Ask your health insurance fund.', 'Demandez à votre caisse.'))[0],
      /health insurance fund, Belgium: .* must say \/mutualité\|mutuelle\//,
    );
    assert.deepEqual(check('de', unit('a', 'Ask your health insurance fund.', 'Fragen Sie Ihre Krankenkasse.')), []);
  });
});
