import { expect } from '@open-wc/testing';
import { minifyCss } from '../scripts/minify-css.js';

// The build shrinks every css`` template and preload.css with this; a wrong rewrite silently drops a rule.
describe('minifyCss (build)', () => {
  const cases: Array<[string, string]> = [
    ['a { margin: 0.5em 0 -0.25em; }', 'a{margin:.5em 0 -.25em}'],
    ['a { width: 10.5em; --x0.5: 1; }', 'a{width:10.5em;--x0.5:1}'],
    ['a { width: ${n}0.5em; }', 'a{width:${n}0.5em}'],
    ["a::after { content: '0.5 mg / day' / ''; }", "a::after{content:'0.5 mg / day'/''}"],
    ['a { background: url(x@0.5.svg) 0 0 / 1em 1em; }', 'a{background:url(x@0.5.svg) 0 0/1em 1em}'],
    ['[data-x=\'on\'], [data-y="a b"] { color: red !important; }', '[data-x=on],[data-y="a b"]{color:red!important}'],
    ['a { margin: calc(var(--s) * 0.75) 0; }', 'a{margin:calc(var(--s)*.75) 0}'],
    ["a :hover { b: c } /* note with a quote: it's */ d > e { f: g }", 'a :hover{b:c}d>e{f:g}'],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => {
      expect(minifyCss(input)).to.equal(expected);
      // still one valid rule per rule in the input
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(expected.replace('${n}', '1'));
      expect(sheet.cssRules.length, 'every rule survives').to.equal(input.replace('${n}', '1').split('{').length - 1);
    });
  }
});
