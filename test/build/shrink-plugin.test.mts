import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minifyCssTemplates, minifyHtmlTemplates } from '../../scripts/shrink-plugin.js';

const file = '/project/src/widget.ts';

describe('shrinkTemplates: html`` and svg`` (html-minifier-next)', () => {
  it('collapses whitespace and keeps every lit binding as written', async () => {
    const code = [
      'const view = html`<ul class="notes" lang="">',
      '  <li>${a}</li>',
      '  <li><input .value=${v} ?disabled=${d} @input=${f} aria-label="Search"> <b>${b}</b></li>',
      '</ul>`;',
    ].join('\n');
    assert.equal(
      await minifyHtmlTemplates(code, file),
      'const view = html`<ul class=notes lang=""><li>${a}</li>' +
        '<li><input .value=${v} ?disabled=${d} @input=${f} aria-label=Search> <b>${b}</b></li></ul>`;',
    );
  });

  it('minifies nested templates and leaves other template literals alone', async () => {
    const code = 'const x = `a  \n  b`;\nconst view = html`<p>\n  ${ok ? html`<b>\n  yes </b>` : nothing}\n</p>`;';
    assert.equal(
      await minifyHtmlTemplates(code, file),
      'const x = `a  \n  b`;\nconst view = html`<p>${ok ? html`<b>yes</b>` : nothing}</p>`;',
    );
  });

  it('keeps the closing slash in an svg`` fragment, which has no <svg> around it', async () => {
    assert.equal(
      await minifyHtmlTemplates('const d = svg`<path d="M0 0 L9 9" />\n  <circle r="9" />`;', file),
      'const d = svg`<path d="M0 0 L9 9"/><circle r=9 />`;',
    );
  });

  it('fails on markup it cannot read or would repair', async () => {
    await assert.rejects(
      minifyHtmlTemplates('const v = html`<div class="a>${x}</div>`;', file),
      /cannot minify an html`` template: Parse error/,
    );
    await assert.rejects(
      minifyHtmlTemplates('const v = html`<p>${x}</div>`;', file),
      /changed more than whitespace, comments and quotes/,
    );
    await assert.rejects(
      minifyHtmlTemplates('const v = html`<p>a <!-- ${x} --> b</p>`;', file),
      /must return same number of strings as template parts/,
    );
  });
});

describe('shrinkTemplates: css`` and cssText`` (lightningcss)', () => {
  it('minifies each template around its holes', () => {
    const code =
      'const s = css`\n  ${rules}\n  a > b { margin: 0.5em 0; }\n`;\nconst t = cssText`${scope} { color: red; }`;';
    assert.equal(
      minifyCssTemplates(code, file),
      'const s = css`${rules}a>b{margin:.5em 0}`;\nconst t = cssText`${scope}{color:red}`;',
    );
  });

  it('reads a property-name hole from a string constant in a module next to it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'physio-shrink-'));
    try {
      writeFileSync(join(dir, 'names.ts'), "export const marker = '--physio-marker';\nexport const width = 'width';\n");
      const code = (name: string) =>
        `import { ${name} } from './names.js';\nconst s = css\`a { color: red; \${${name}}: 1; }\`;`;
      assert.match(minifyCssTemplates(code('marker'), join(dir, 'widget.ts')), /css`a\{color:red;\$\{marker\}:1\}`/);
      assert.throws(
        () => minifyCssTemplates(code('width'), join(dir, 'widget.ts')),
        /the #1 \$\{…\} is a property name/,
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('names the file and the template when it fails', () => {
    assert.throws(
      () => minifyCssTemplates('const a = css`a { color: red; }`;\nconst b = css`b { content: "${x}"; }`;', file),
      /minifyCss: .*widget\.ts \(css`` template 2\): the #1 \$\{…\} is inside a string/,
    );
  });
});
