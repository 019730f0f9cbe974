#!/usr/bin/env node
// Checks every locales/*.xlf against its English source and locales/glossary.json (run after `lit-localize extract`,
// which adds new messages without a <target>). A problem found here would otherwise reach a patient silently:
// lit-localize shows English for a missing target, drops a lost placeholder, and nothing notices a Dutch word in a
// French sentence or one concept named two ways.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A unit's text with each placeholder written {n}, entities decoded: what a reader sees around the values. */
export const plainText = (xml) =>
  xml
    .replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every unit of an XLIFF file: id, source and target (undefined when missing). */
export function units(xliff) {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => {
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    return {
      id,
      source: plainText(/<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? ''),
      target: target === undefined ? undefined : plainText(target),
    };
  });
}

const placeholders = (text) => (text.match(/\{\d+\}/g) ?? []).sort().join(' ');
// Names and numbers may read the same in every language: a source with no word of its own (only values, digits, signs).
const hasWords = (text) => /\p{L}{2,}/u.test(text.replace(/\{\d+\}/g, ''));
// A Dutch service's name is allowed in brackets after its French or German name: only what is outside brackets counts.
const outsideBrackets = (text) => text.replace(/\([^)]*\)/g, '');

/** The problems of one language's units, each a line naming the file, the id and what is wrong. */
export function checkLocale(locale, list, glossary) {
  const problems = [];
  const say = (id, what) => problems.push(`locales/${locale}.xlf: ${id}: ${what}`);
  const same = { ...glossary.sameAsSource.all, ...glossary.sameAsSource[locale] };
  const notIn = glossary.notIn[locale] && new RegExp(glossary.notIn[locale], 'iu');
  for (const { id, source, target } of list) {
    if (target === undefined || !target.trim()) {
      say(id, 'no translation');
      continue;
    }
    if (placeholders(target) !== placeholders(source)) {
      say(id, `placeholders ${placeholders(target) || 'none'} instead of ${placeholders(source) || 'none'}`);
    }
    if (target.trim() === source.trim() && hasWords(source) && !same[id]) {
      say(id, 'reads exactly as the English (translate it, or list it in glossary.json "sameAsSource" with why)');
    }
    const foreign = notIn && notIn.exec(outsideBrackets(target));
    if (foreign)
      say(id, `"${foreign[0]}" is not a ${locale} word (allowed only in brackets, after the ${locale} name)`);
    for (const term of glossary.terms) {
      if (!term[locale] || !new RegExp(term.en, 'u').test(source)) continue;
      if (!new RegExp(term[locale], 'iu').test(target)) {
        say(id, `${term.concept}: the source says "${term.en}", so this must say /${term[locale]}/ (glossary.json)`);
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const glossary = JSON.parse(readFileSync('locales/glossary.json', 'utf8'));
  const problems = readdirSync('locales')
    .filter((name) => name.endsWith('.xlf'))
    .flatMap((name) => checkLocale(name.replace('.xlf', ''), units(readFileSync(`locales/${name}`, 'utf8')), glossary));
  for (const problem of problems) console.error(problem);
  if (problems.length) {
    console.error(`${problems.length} translation problem(s): see CONTRIBUTING.md, "Translations".`);
    process.exit(1);
  }
  console.log('Every message is translated, keeps its placeholders and follows locales/glossary.json.');
}
