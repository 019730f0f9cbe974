import type { Plugin } from 'vite';
import { messageIds } from './shrink-plugin.js';

/**
 * For the single CDN file: the generated translation module (`{ 'faq.lbp.x.q': `…`, … }`) becomes a list in
 * XLIFF order, which is itself the templates object: shrinkTemplates() gives each msg() call its index as the id.
 * The keys were a few bytes of noise each, hundreds of times over.
 */
export function compactTranslations(xliffPath: string): Plugin {
  const order = new Map(messageIds(xliffPath).map((id, i) => [id, i]));
  return {
    name: 'physio-compact-translations',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/generated\/locales\/[\w-]+\.ts$/.test(id.split('?')[0])) return null;
      const keys = [...code.matchAll(/^\s*'[^']+':/gm)].length;
      const entries = [...code.matchAll(/^\s*'([^']+)': (.*),$/gm)];
      if (entries.length !== keys) throw new Error(`compactTranslations: cannot read ${id} line by line`);
      const list: string[] = [];
      for (const [, key, value] of entries) {
        const index = order.get(key);
        if (index === undefined) throw new Error(`compactTranslations: ${key} is not in ${xliffPath}`);
        list[index] = value;
      }
      // The list is the templates object: its index is the id that shortId() (shrink-plugin.ts) gives the msg() calls,
      // and an empty slot ('') makes lit-localize show the English, as a missing key would.
      const slots = Array.from({ length: list.length }, (_, i) => list[i] ?? '');
      return {
        code: `import { str } from '@lit/localize';
export const templates: unknown[] = [${slots.join(',\n')}];
void str;
`,
        map: null,
      };
    },
  };
}
