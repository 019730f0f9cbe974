#!/usr/bin/env node
// Fails when a message has no translation: lit-localize would silently show English in a Dutch page.
// Run after `lit-localize extract`, which adds new messages to locales/*.xlf without a <target>.
import { readdirSync, readFileSync } from 'node:fs';

let missing = 0;
for (const file of readdirSync('locales').filter((name) => name.endsWith('.xlf'))) {
  const xliff = readFileSync(`locales/${file}`, 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) {
      console.error(`locales/${file}: no translation for "${id}"`);
      missing++;
    }
  }
}
if (missing) {
  console.error(`${missing} message(s) without translation: add a <target> to each (see CONTRIBUTING in README).`);
  process.exit(1);
}
console.log('Every message has a translation.');
