import { relative } from 'node:path';
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
      const file = id.split('?')[0];
      if (!/\/src\/generated\/locales\/[\w-]+\.ts$/.test(file)) return null;
      return { code: compactTranslationModule(code, relative(process.cwd(), file), order, xliffPath), map: null };
    },
  };
}

/**
 * The translations of the module lit-localize generates, in XLIFF order, as source text. It is read line by line, and every line must be one this knows:
 * the `str` import, `export const templates = {`, one `'id': `…`,` or `'id': str`…`,` per message, `};`, comments.
 * Anything else (another import or export, a message over several lines, an id twice or not in the XLIFF) fails
 * the build rather than be dropped from the CDN file.
 */
export function translationSlots(
  code: string,
  file: string,
  order: ReadonlyMap<string, number>,
  xliffPath: string,
): string[] {
  const failure = (what: string) => new Error(`compactTranslations: ${file}: ${what}`);
  const list: string[] = [];
  let opened = 0;
  let closed = 0;
  code.split('\n').forEach((line, n) => {
    const text = line.trim();
    if (!text || text.startsWith('//') || /^\/\*.*\*\/$/.test(text)) return;
    if (/^import \{\s*str\s*\} from '@lit\/localize';$/.test(text)) return;
    if (text === 'export const templates = {') opened++;
    else if (text === '};') closed++;
    else {
      const entry = /^'([^']+)': ((?:str)?`.*`),$/.exec(text);
      if (!entry || opened !== 1 || closed) throw failure(`does not understand line ${n + 1}: ${text}`);
      const [, key, value] = entry;
      const index = order.get(key);
      if (index === undefined) throw failure(`${key} is not in ${xliffPath}`);
      if (list[index] !== undefined) throw failure(`${key} twice`);
      list[index] = value;
    }
  });
  if (opened !== 1 || closed !== 1) throw failure('expected one `export const templates = {` … `};`');
  if (!list.length) throw failure('has no translations');
  // The list is the templates object: its index is the id that shortId() (shrink-plugin.ts) gives the msg() calls,
  // and an empty slot ('') makes lit-localize show the English, as a missing key would.
  return Array.from({ length: list.length }, (_, i) => list[i] ?? '');
}

/** The generated module as one list (translationSlots), still a module of the CDN build: `str` comes from Lit. */
export function compactTranslationModule(
  code: string,
  file: string,
  order: ReadonlyMap<string, number>,
  xliffPath: string,
): string {
  return `import { str } from '@lit/localize';
export const templates: unknown[] = [${translationSlots(code, file, order, xliffPath).join(',\n')}];
void str;
`;
}
