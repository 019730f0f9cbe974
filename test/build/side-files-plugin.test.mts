import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { localeFileSource, partFileSource } from '../../scripts/side-files-plugin.js';
import { messageIds } from '../../scripts/shrink-plugin.js';

const order = new Map(messageIds('locales/nl.xlf').map((id, i) => [id, i]));

describe('sideFiles (CDN build)', () => {
  it('writes a language as a standalone module: its list, the str tag in place, the version guard', () => {
    const file = 'src/generated/locales/fr.ts';
    const out = localeFileSource(readFileSync(file, 'utf8'), file, order, 'locales/nl.xlf', '9.9.9');
    assert.match(out, /^\/\*! physio-elements 9\.9\.9 \| MIT \| fr translations \*\//);
    assert.doesNotMatch(out, /\bimport\s*[{(*'"`]/);
    assert.match(out, /strTag:!0/);
    assert.match(out, /physio-elements\.fr\.js is version 9\.9\.9, physio-elements\.js \$\{\w+\}: copy all files/);
    assert.match(out, /Ce n’est pas un diagnostic\./, 'French text, unescaped');
  });

  it('bundles an opt-in part with what it imports, so it asks for nothing else', () => {
    const out = partFileSource('src/components/faq/faq-structured-data.ts', 'faq-structured-data', '9.9.9');
    assert.doesNotMatch(out, /^\s*import\b|\bimport\s*\(/m);
    assert.match(out, /export\s*\{\s*\w+ as StructuredData\s*\}/);
    assert.match(out, /physio-elements\.faq-structured-data\.js is version 9\.9\.9/);
  });

  it('writes a classic language file: no import or export, the guard reads its own script element, exports handed to it', () => {
    const file = 'src/generated/locales/fr.ts';
    const out = localeFileSource(readFileSync(file, 'utf8'), file, order, 'locales/nl.xlf', '9.9.9', true);
    assert.doesNotMatch(out, /\bimport\b|\bexport\b/);
    assert.match(out, /new URL\(document\.currentScript\.src\)/);
    assert.match(out, /physio-elements\.classic\.fr\.js is version 9\.9\.9, physio-elements\.classic\.js/);
    assert.match(out, /document\.currentScript\.physioExports=\{templates:\[/);
  });

  it('writes a classic opt-in part that checks its version before it hands over its exports', () => {
    const out = partFileSource('src/components/faq/faq-structured-data.ts', 'faq-structured-data', '9.9.9', true);
    assert.doesNotMatch(out, /\bimport\s*[(.{]|\bexport\s*[{*]/);
    const guard = out.indexOf('is version 9.9.9');
    assert.ok(guard > 0 && guard < out.indexOf('document.currentScript.physioExports='), 'the guard comes first');
  });
});
