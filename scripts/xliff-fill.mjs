#!/usr/bin/env node
// Fills <target> elements of an XLIFF file from a JSON object { "<msg id>": "<translation>" }.
// Placeholders are written {0}, {1}, … in the JSON and become the source's <x id="…"/> elements.
// Usage: node scripts/xliff-fill.mjs locales/nl.xlf translations.json   (after `npm run localize:extract`)
import { readFileSync, writeFileSync } from 'node:fs';

const [xliffPath, jsonPath] = process.argv.slice(2);
if (!xliffPath || !jsonPath) {
  console.error('usage: node scripts/xliff-fill.mjs <file.xlf> <translations.json>');
  process.exit(2);
}
const translations = JSON.parse(readFileSync(jsonPath, 'utf8'));
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let filled = 0;
const xliff = readFileSync(xliffPath, 'utf8').replace(
  /<trans-unit id="([^"]+)">\n {2}<source>([\s\S]*?)<\/source>(?:\n {2}<target>[\s\S]*?<\/target>)?/g,
  (unit, id, source) => {
    if (!(id in translations)) return unit;
    const placeholders = [...source.matchAll(/<x id="[^"]*" equiv-text="[^"]*"\/>/g)].map((m) => m[0]);
    const target = escapeXml(translations[id]).replace(/\{(\d+)\}/g, (_, i) => placeholders[Number(i)] ?? '');
    filled++;
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>`;
  },
);
writeFileSync(xliffPath, xliff);
console.log(`${filled} of ${Object.keys(translations).length} translations written to ${xliffPath}`);
