import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import {
  messageIds,
  minifyCssTemplates,
  minifyHtmlTemplates,
  noMessageHashing,
  shrinkTemplates,
  withoutTranslatorNotes,
} from '../../scripts/shrink-plugin.js';
import { transformOf, withFiles, xliff } from './plugin-context.mjs';

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

  it('reads a property-name hole from a string constant in a module next to it', () =>
    withFiles({ 'names.ts': "export const marker = '--physio-marker';\nexport const width = 'width';\n" }, (dir) => {
      const code = (name: string) =>
        `import { ${name} } from './names.js';\nconst s = css\`a { color: red; \${${name}}: 1; }\`;`;
      assert.match(minifyCssTemplates(code('marker'), join(dir, 'widget.ts')), /css`a\{color:red;\$\{marker\}:1\}`/);
      assert.throws(() => minifyCssTemplates(code('width'), join(dir, 'widget.ts')), /#1 \$\{…\} is a property name/);
    }));

  it('names the file and the template when it fails', () => {
    assert.throws(
      () => minifyCssTemplates('const a = css`a { color: red; }`;\nconst b = css`b { content: "${x}"; }`;', file),
      /minifyCss: .*widget\.ts \(css`` template 2\): the #1 \$\{…\} is inside a string/,
    );
  });
});

describe('shrinkTemplates: message ids and translator notes', () => {
  const code =
    "const a = msg('One', { id: 'a.one' });\nconst b = msg(str`Two ${n}`, { id: 'a.two', desc: 'A note.' });\n";

  it('turns msg(text, { id }) into msgById(text, index) in the CDN build, and drops translator notes', () =>
    withFiles({ 'nl.xlf': xliff(['a.one', 'a.two']) }, async (dir) => {
      const out = (await transformOf(shrinkTemplates(join(dir, 'nl.xlf')))(code, file))!.code;
      assert.match(out, /^import \{ msgById as __msgById \} from ".*\/src\/base\/msg-by-id\.ts";\n/);
      assert.match(out, /const a = __msgById\('One', 0\);\nconst b = __msgById\(str`Two \$\{n\}`, 1\);\n$/);
    }));

  it('keeps the ids in the npm build, without the notes', async () => {
    const out = (await transformOf(shrinkTemplates())(code, file))!.code;
    assert.equal(out, code.replace(", desc: 'A note.'", ''));
  });

  it('fails on a msg() call without a literal id the XLIFF knows', () =>
    withFiles({ 'nl.xlf': xliff(['a.one', 'a.two']) }, async (dir) => {
      const transform = transformOf(shrinkTemplates(join(dir, 'nl.xlf')));
      await assert.rejects(transform(`${code}msg('Three');\n`, file), /3 msg\(\) calls but 2 with a known literal id/);
      await assert.rejects(transform("msg('x', { id: 'b.new' });", file), /1 msg\(\) calls but 0 with a known/);
    }));

  it('fails on a translator note it cannot remove', () => {
    assert.throws(
      () => withoutTranslatorNotes("msg('x', { desc: 'A note.', id: 'a.x' });", file),
      /widget\.ts: cannot remove the translator note in \{ desc: 'A note\.', id: 'a\.x' \}/,
    );
  });

  it('fails on an XLIFF file without messages', () =>
    withFiles({ 'nl.xlf': xliff([]) }, (dir) => {
      assert.throws(() => messageIds(join(dir, 'nl.xlf')), /no <trans-unit id="…"> in .*nl\.xlf/);
    }));
});

describe('noMessageHashing', () => {
  const buildEnd = (plugin: Plugin) => () =>
    (plugin.buildEnd as unknown as (this: object) => void).call({
      error(message: string) {
        throw new Error(message);
      },
    });

  it('stubs @lit/localize’s id-generation.js, and fails the build when it never sees it', () => {
    const plugin = noMessageHashing();
    const resolveId = plugin.resolveId as unknown as (source: string, importer?: string) => string | null;
    assert.equal(resolveId('./id-generation.js', '/app/src/widget.ts'), null);
    assert.throws(buildEnd(plugin), /@lit\/localize no longer imports \.\/id-generation\.js/);
    assert.equal(
      resolveId('./id-generation.js', '/n/node_modules/@lit/localize/internal/x.js'),
      '\0physio-no-message-hashing',
    );
    assert.doesNotThrow(buildEnd(plugin));
  });
});
