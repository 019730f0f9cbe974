import type { Plugin } from 'vite';

/**
 * For the single CDN file: `import('./part.js')` becomes a static import, so the parts that npm builds load on
 * demand are plain modules in the bundle (an inlined dynamic import would wrap each module in an init function,
 * which costs bytes and a microtask hop). The lazy loaders then resolve at once.
 */
export function staticImports(): Plugin {
  return {
    name: 'physio-static-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || !code.includes('import(')) return null;
      const hoisted: string[] = [];
      const out = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, quote: string, path: string) => {
        const name = `__physioPart${hoisted.length}`;
        hoisted.push(`import * as ${name} from ${quote}${path}${quote};`);
        return `Promise.resolve(${name})`;
      });
      return hoisted.length ? { code: `${hoisted.join('\n')}\n${out}`, map: null } : null;
    },
  };
}
