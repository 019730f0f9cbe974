import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * For the single CDN file: `import('./part.js')` becomes a static import, so the parts that npm builds load on
 * demand are plain modules in the bundle (an inlined dynamic import would wrap each module in an init function,
 * which costs bytes and a microtask hop). The lazy loaders then resolve at once. The part's value exports are
 * imported by name and handed over as a plain object (a namespace object would need the bundler's helper).
 */
export function staticImports(): Plugin {
  return {
    name: 'physio-static-imports',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\/src\/.*\.ts$/.test(file) || !code.includes('import(')) return null;
      const hoisted: string[] = [];
      const out = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, quote: string, path: string) => {
        const source = readFileSync(resolve(dirname(file), path.replace(/\.js$/, '.ts')), 'utf8');
        const names = [...source.matchAll(/^export (?:async )?(?:const|let|function|class) (\w+)/gm)].map((m) => m[1]);
        const n = hoisted.length;
        const locals = names.map((name) => `${name} as __physioPart${n}_${name}`);
        hoisted.push(`import { ${locals.join(', ')} } from ${quote}${path}${quote};`);
        return `Promise.resolve({ ${names.map((name) => `${name}: __physioPart${n}_${name}`).join(', ')} })`;
      });
      return hoisted.length ? { code: `${hoisted.join('\n')}\n${out}`, map: null } : null;
    },
  };
}
