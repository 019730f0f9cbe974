import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import type { Plugin } from 'vite';
import { compactTranslationModule } from './compact-translations-plugin.js';
import { messageIds } from './shrink-plugin.js';

/** The file beside the CDN file that holds one language: `physio-elements.fr.js`. */
export const localeFileName = (locale: string) => `physio-elements.${locale}.js`;

/**
 * For the CDN file: the languages in `locales` are not inlined but written as files beside it, which localization.ts
 * loads with import() only on a page in that language. The import stays relative, so the browser asks the folder the
 * script came from (a `script-src 'self'` policy allows it; no other site is asked), with the version in the query
 * so that a cached file of another release is never used. Each file is self-contained (no import back into the CDN
 * file, which a query string on the script's own URL would load a second time) and lists its messages in the order
 * the CDN file's msg() calls number them (compact-translations-plugin.ts).
 */
export function localeFiles(xliffPath: string, locales: readonly string[], version: string): Plugin {
  const order = new Map(messageIds(xliffPath).map((id, i) => [id, i]));
  return {
    name: 'physio-locale-files',
    enforce: 'pre',
    resolveId(source) {
      const locale = /^\.\/generated\/locales\/([\w-]+)\.js$/.exec(source)?.[1];
      if (!locale || !locales.includes(locale)) return null;
      return { id: `./${localeFileName(locale)}?v=${version}`, external: true };
    },
    generateBundle() {
      for (const locale of locales) {
        const file = `src/generated/locales/${locale}.ts`;
        this.emitFile({
          type: 'asset',
          fileName: localeFileName(locale),
          source: localeFileSource(readFileSync(file, 'utf8'), file, order, xliffPath, version),
        });
      }
    },
  };
}

/**
 * One language as a standalone ES module: its translations as a list (the `str` tag of @lit/localize defined in
 * place, as it only records strings and values) and the version that localization.ts checks.
 */
export function localeFileSource(
  generated: string,
  file: string,
  order: ReadonlyMap<string, number>,
  xliffPath: string,
  version: string,
): string {
  const list = compactTranslationModule(generated, file, order, xliffPath)
    .replace(
      "import { str } from '@lit/localize';",
      'const str = (strings, ...values) => ({ strTag: true, strings, values });',
    )
    .replace('export const templates: unknown[] =', 'export const templates =')
    .replace('void str;', `export const version = ${JSON.stringify(version)};`);
  const { code } = transformSync(list, { loader: 'js', format: 'esm', minify: true, target: 'es2022' });
  return `/*! physio-elements ${version} | MIT | ${file.replace(/^.*\//, '').replace('.ts', '')} translations */\n${code}`;
}
