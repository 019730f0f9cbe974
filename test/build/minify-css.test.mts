import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyCssTemplate } from '../../scripts/minify-css.js';

// The build minifies every css`` template and preload.css with these; a wrong rewrite silently drops a rule.
describe('minifyCss (build, lightningcss)', () => {
  it('keeps what shadow DOM styles and the preload sheet rely on', () => {
    const css = `
      :host { --_accent: var(--physio-color-accent, #005eb8); display: block; }
      :host(:state(open)) ::part(label) { color: var(--_accent); }
      ::slotted(details[hidden]) { display: none !important; }
      @media (forced-colors: active) { a:focus-visible { outline-color: Highlight; } }
      @media (max-width: 50em) { b { margin: 0.5em 0 -0.25em; } }
      summary::-webkit-details-marker { display: none; }
      a:dir(rtl) { margin-inline-start: 1em; }`;
    assert.equal(
      minifyCss(css, 'test.css'),
      ':host{--_accent:var(--physio-color-accent,#005eb8);display:block}' +
        ':host(:state(open)) ::part(label){color:var(--_accent)}' +
        '::slotted(details[hidden]){display:none!important}' +
        '@media (forced-colors:active){a:focus-visible{outline-color:highlight}}' +
        '@media (width<=50em){b{margin:.5em 0 -.25em}}' +
        'summary::-webkit-details-marker{display:none}' +
        'a:dir(rtl){margin-inline-start:1em}',
    );
  });

  it('leaves the text of strings and url() as written', () => {
    assert.equal(
      minifyCss("a::after { content: '0.5 mg / day'; background: url(x@0.5.svg) 0 0 / 1em 1em; }", 'test.css'),
      'a:after{content:"0.5 mg / day";background:url(x@0.5.svg) 0 0/1em 1em}',
    );
  });

  // Rewritten for older browsers, light-dark() would become variables that only a color-scheme in the same sheet sets:
  // a widget on a dark page would stay light.
  it('keeps light-dark() and system colours as written, so a widget follows the page’s color-scheme', () => {
    assert.equal(
      minifyCss(':host { --_accent: var(--physio-color-accent, light-dark(#005eb8, #66aaff)); } a { color: Canvas; }'),
      ':host{--_accent:var(--physio-color-accent,light-dark(#005eb8,#6af))}a{color:canvas}',
    );
  });

  it('adds no vendor prefix and drops none', () => {
    assert.equal(
      minifyCss('a { -webkit-user-select: none; user-select: none; } b { user-select: none; }', 'test.css'),
      'a{-webkit-user-select:none;user-select:none}b{user-select:none}',
    );
  });

  it('fails on what lightningcss only warns about, or cannot read', () => {
    assert.throws(() => minifyCss('a:hovr { color: red; }', 'test.css'), /test\.css: 'hovr' is not recognized/);
    assert.throws(() => minifyCss('{ color: red; }', 'test.css'), /test\.css: lightningcss cannot read it/);
  });
});

describe('minifyCssTemplate (build: the text around ${…} holes)', () => {
  const min = (parts: string[], holeValue?: (n: number) => string | undefined) =>
    minifyCssTemplate(parts, 'test.ts', holeValue);

  it('keeps holes that are whole rules, selectors and values in place', () => {
    assert.deepEqual(
      min([
        '\n  ',
        '\n  .answer > ul { margin: 0.5em 0; }\n  ',
        ' > summary { color: red; }\n  a { height: calc(',
        ' + ',
        '); }\n  @media print {\n    ',
        '\n  }\n',
      ]),
      ['', '.answer>ul{margin:.5em 0}', '>summary{color:red}a{height:calc(', ' + ', ')}@media print{', '}'],
    );
  });

  it('takes holes on consecutive lines after a rule for whole rules', () => {
    assert.deepEqual(min(['a { color: red; }\n', '\n', '\nb { color: blue; }']), ['a{color:red}', '', 'b{color:#00f}']);
  });

  it('keeps a hole in a property name when it is a custom property', () => {
    assert.deepEqual(
      min(['a { display: block; ', ': 1; }'], () => '--physio-x'),
      ['a{', ':1;display:block}'],
    );
  });

  it('fails on a hole in a property name that may be a standard property, which reordering could break', () => {
    assert.throws(() => min(['a { display: block; ', ': 1; }'], () => 'margin'), /#1 \$\{…\} is a property name/);
    assert.throws(() => min(['a { display: block; ', ': 1; }']), /#1 \$\{…\} is a property name/);
  });

  it('fails on a hole it cannot place', () => {
    assert.throws(() => min(['a { content: "', '"; }']), /test\.ts: the #1 \$\{…\} is inside a string/);
    assert.throws(() => min(['a { color: red; /* ', ' */ }']), /#1 \$\{…\} is inside a comment/);
    assert.throws(() => min(['a { background: url(', '); }']), /#1 \$\{…\} is inside url\(\)/);
    assert.throws(() => min(['a { width: ', 'px; }']), /#1 \$\{…\} is glued to a name or number/);
    assert.throws(() => min(['a {\n  ', '\n}']), /lightningcss cannot read it/);
  });

  it('fails when lightningcss drops a hole', () => {
    assert.throws(() => min(['a { color: red; }\n', ' {}']), /lightningcss dropped the #1 \$\{…\}/);
  });

  it('fails on a backslash or on text that looks like a placeholder', () => {
    assert.throws(() => min(["a::after { content: '\\2022'; }"]), /a backslash in a CSS template/);
    assert.throws(() => min(['physio-hole-0 { color: red; }']), /already contains the placeholder text/);
  });
});
