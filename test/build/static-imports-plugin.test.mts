import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { staticImports, staticPartImports } from '../../scripts/static-imports-plugin.js';
import { transformOf, withFiles } from './plugin-context.mjs';

const part = [
  'export const a = 1, b = 2;',
  'export async function load() {}',
  'export class Part {}',
  'export type Shape = { a: number };',
  'export interface Named { name: string }',
  'export type { Other } from "./other.js";',
  'const hidden = 3;',
].join('\n');

const notStatic = ['import(name)', "import('lit')", 'import(`./part.js`)', "import('./part.js', { with: {} })"];

describe('staticImports (CDN build)', () => {
  it('makes import() of a part static and hands over its value exports', () =>
    withFiles({ 'part.ts': part }, async (dir) => {
      const code = "// Loaded with import() when a page needs it.\nconst lazy = () => import('./part.js');\n";
      assert.equal(await transformOf(staticImports())(code, join(dir, 'widget.ts')), null, 'only src/ is rewritten');
      assert.equal(
        staticPartImports(code, join(dir, 'widget.ts')),
        "import { a as __physioPart0_a, b as __physioPart0_b, load as __physioPart0_load, Part as __physioPart0_Part } from './part.js';\n" +
          '// Loaded with import() when a page needs it.\n' +
          'const lazy = () => Promise.resolve({ a: __physioPart0_a, b: __physioPart0_b, load: __physioPart0_load, Part: __physioPart0_Part });\n',
      );
    }));

  it('leaves a module whose only import() is in a comment or a string as it is', () => {
    const code = "// import('./part.js') comes later\nconst s = \"import('./part.js')\";\n";
    assert.equal(staticPartImports(code, '/project/src/widget.ts'), code);
  });

  it('fails on an import() it cannot make static', () =>
    withFiles({ 'part.ts': part }, (dir) => {
      const widget = join(dir, 'widget.ts');
      for (const call of notStatic) {
        assert.throws(
          () => staticPartImports(`const p = ${call};`, widget),
          /widget\.ts: cannot make import\(.*\) static/,
        );
      }
      assert.throws(
        () => staticPartImports("import('./gone.js');", widget),
        /imports .*gone\.ts, which cannot be read/,
      );
    }));

  it('fails on a part whose exports it cannot list', async () => {
    const exports = [
      'export default 1;',
      'export { a };',
      "export * from './other.js';",
      'export const { x } = object;',
      'export enum Kind { A }',
      'export default function f() {}',
    ];
    for (const line of exports) {
      await withFiles({ 'part.ts': `const a = 1;\n${line}\n` }, (dir) => {
        assert.throws(
          () => staticPartImports("import('./part.js');", join(dir, 'widget.ts')),
          (error: Error) => error.message.includes(`cannot list the exports of `) && error.message.endsWith(line),
          line,
        );
      });
    }
  });
});
