import { readFileSync } from 'node:fs';
import { buildSync, transformSync } from 'esbuild';
import type { Plugin } from 'vite';
import { translationSlots } from './compact-translations-plugin.js';
import { messageIds } from './shrink-plugin.js';
import { classicExportsProperty, sideFileName } from './side-file-names.js';

export { sideFileName, classicExportsProperty };

/** What the CDN file writes as files beside it instead of carrying them. */
export interface SideFiles {
  /** The XLIFF file whose order numbers the messages (compact-translations-plugin.ts). */
  xliffPath: string;
  /** Languages: each only a page in that language loads. */
  locales: readonly string[];
  /** Parts that only a page which opts in loads (a file next to the module that imports it, without `.ts`). */
  parts: readonly string[];
  version: string;
}

/**
 * For the CDN file: languages other than English and Dutch, and the parts a clinic must opt in to (`structured-data`),
 * are not inlined but written as files beside it, loaded with import() only by a page that needs them. The import
 * stays relative, so the browser asks the folder the script came from (a `script-src 'self'` policy allows it; no
 * other site is asked), with the version in the query so that a cached file of another release is never used. Each
 * file is self-contained: an import back into the CDN file would load it a second time when the page's script URL
 * carries a query (`?ver=`, as WordPress adds).
 */
export function sideFiles({ xliffPath, locales, parts, version }: SideFiles): Plugin {
  const order = new Map(messageIds(xliffPath).map((id, i) => [id, i]));
  const sources = new Map<string, string>();
  return {
    name: 'physio-side-files',
    enforce: 'pre',
    async resolveId(source, importer) {
      const locale = /^\.\/generated\/locales\/([\w-]+)\.js$/.exec(source)?.[1];
      if (locale && locales.includes(locale)) return { id: `./${sideFileName(locale)}?v=${version}`, external: true };
      const part = /^\.\/([\w.-]+)\.js$/.exec(source)?.[1];
      if (!part || !parts.includes(part) || !importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) this.error(`sideFiles: cannot resolve ${source} from ${importer}`);
      sources.set(part, resolved.id);
      return { id: `./${sideFileName(part)}?v=${version}`, external: true };
    },
    generateBundle() {
      for (const locale of locales) {
        const file = `src/generated/locales/${locale}.ts`;
        this.emitFile({
          type: 'asset',
          fileName: sideFileName(locale),
          source: localeFileSource(readFileSync(file, 'utf8'), file, order, xliffPath, version),
        });
      }
      for (const part of parts) {
        const entry = sources.get(part);
        // A part nothing imports any more would silently stay in the list: say so instead.
        if (!entry) this.error(`sideFiles: nothing imports ./${part}.js`);
        this.emitFile({ type: 'asset', fileName: sideFileName(part), source: partFileSource(entry, part, version) });
      }
    },
  };
}

const minify = (code: string, classic = false) =>
  transformSync(code, {
    loader: 'js',
    format: classic ? undefined : 'esm',
    minify: true,
    target: 'es2022',
    charset: 'utf8',
  }).code;

/**
 * The guard every side file ends with: it throws unless the CDN file that loads it asks for this version (`?v=`).
 * The loader then goes on without it, with a warning (a language: the widgets keep the language they had). A classic
 * side file runs as a classic script, which has no import.meta: its own script element tells its URL instead.
 */
const versionGuard = (name: string, version: string, classic = false) => `
const asked = new URL(${classic ? 'document.currentScript.src' : 'import.meta.url'}).searchParams.get('v');
if (asked !== ${JSON.stringify(version)}) {
  throw new Error(\`${sideFileName(name, classic)} is version ${version}, ${classic ? 'physio-elements.classic.js' : 'physio-elements.js'} \${asked}: copy all files of one release\`);
}`;

const banner = (version: string, what: string) => `/*! physio-elements ${version} | MIT | ${what} */\n`;

/**
 * One language as a standalone ES module: its translations as a list (the `str` tag of @lit/localize defined in
 * place, as it only records strings and values), numbered as the CDN file's msg() calls. A file of another release
 * would show wrong sentences, hence the version guard.
 */
export function localeFileSource(
  generated: string,
  file: string,
  order: ReadonlyMap<string, number>,
  xliffPath: string,
  version: string,
  classic = false,
): string {
  const locale = file.replace(/^.*\//, '').replace(/\.ts$/, '');
  const templates = `[${translationSlots(generated, file, order, xliffPath).join(',\n')}]`;
  // Self-contained: the `str` tag of @lit/localize only records strings and values, so it is defined in place.
  const str = 'const str = (strings, ...values) => ({ strTag: true, strings, values });';
  const list = classic
    ? `(() => {${str}${versionGuard(locale, version, true)}
document.currentScript.${classicExportsProperty} = { templates: ${templates}, version: ${JSON.stringify(version)} };
})();`
    : `${str}
export const templates = ${templates};
export const version = ${JSON.stringify(version)};${versionGuard(locale, version)}`;
  return banner(version, `${locale} translations`) + minify(list, classic);
}

/**
 * One opt-in part as a standalone file: the part and what it imports, bundled, with the version guard. As an ES
 * module for the CDN file; for the classic script a classic script that checks its version first, then hands its
 * exports to its script element.
 */
export function partFileSource(entry: string, part: string, version: string, classic = false): string {
  const exports = '__physioPart';
  const { outputFiles } = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: classic ? 'iife' : 'esm',
    ...(classic && { globalName: exports }),
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    ...(classic
      ? {
          // Wrapped once more, so the part's name stays out of the page's globals.
          banner: { js: `(()=>{${minify(versionGuard(part, version, true), true)}` },
          footer: { js: `document.currentScript.${classicExportsProperty}=${exports}})();` },
        }
      : { footer: { js: minify(versionGuard(part, version)) } }),
  });
  const code = outputFiles[0].text;
  if (/^\s*import\b|\bimport\s*\(/m.test(code)) {
    throw new Error(`sideFiles: ${part} still imports something: ${code.slice(0, 200)}`);
  }
  return banner(version, part) + code;
}
