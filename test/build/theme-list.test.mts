import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

// Vite (the CDN build's themes/ folder) and scripts/check-pack.mjs read src/themes/ itself; the stories (static
// `?raw` imports, for Storybook and the browser tests) and the size budgets list the themes by hand.
const files = readdirSync('src/themes')
  .filter((f) => f.endsWith('.css'))
  .map((f) => f.slice(0, -'.css'.length))
  .sort();

describe('the ready-made themes are listed wherever they are kept by hand', () => {
  it('src/themes/ has themes', () => {
    assert.ok(files.length >= 4, files.join(', '));
  });

  it('stories/themes.ts imports every file of src/themes/ and gives it to themeFiles under its name', () => {
    const source = readFileSync('stories/themes.ts', 'utf8');
    const imports = new Map(
      [...source.matchAll(/^import (\w+) from '\.\.\/src\/themes\/([\w-]+)\.css\?raw';$/gm)].map(([, v, n]) => [v, n]),
    );
    const list = /export const themeFiles: ThemeFile\[\] = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
    const entries = [...list.matchAll(/themeFile\('([\w-]+)', (\w+)\)/g)];
    assert.deepEqual([...imports.values()].sort(), files, 'the ?raw imports');
    assert.deepEqual(entries.map(([, name]) => name).sort(), files, 'themeFiles');
    for (const [, name, variable] of entries) assert.equal(imports.get(variable), name, `${name}: its own file`);
  });

  it('.size-limit.mjs gives every theme in dist/cdn/themes/ a budget', async () => {
    const { default: budgets } = (await import('../../.size-limit.mjs')) as { default: Array<{ path: string }> };
    const themes = budgets
      .map((b) => /^dist\/cdn\/themes\/([\w-]+)\.css$/.exec(b.path)?.[1])
      .filter((name) => name !== undefined);
    assert.deepEqual(themes.sort(), files);
  });
});
