import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { build, type Plugin } from 'vite';
import { localeFileSource, partFileSource, sideFileName } from './side-files-plugin.js';
import { messageIds } from './shrink-plugin.js';
import { writeIntegrity } from './integrity.js';

const loader = fileURLToPath(new URL('./classic-side-loader.ts', import.meta.url));

export interface ClassicSideFiles {
  xliffPath: string;
  locales: readonly string[];
  parts: readonly string[];
  version: string;
}

/**
 * For the CDN build: once the module and its files are written, builds the classic script beside it (vite's
 * `cdn-classic` mode), then writes integrity.json for every file of the folder, so the hashes cover both builds.
 */
export function classicScriptAfterCdn(outDir: string): Plugin {
  return {
    name: 'physio-classic-after-cdn',
    apply: 'build',
    async closeBundle() {
      await build({ mode: 'cdn-classic', logLevel: 'warn', configFile: 'vite.config.ts' });
      writeIntegrity(outDir);
    },
  };
}

/**
 * The classic script (`physio-elements.classic.js`): the CDN file as an IIFE for a page that cannot use
 * `type="module"` or loads it from another origin without CORS. A classic script has neither import() relative to
 * its own URL without CORS nor top-level await, so for this build:
 * - each import() of a language or opt-in part becomes a call to classic-side-loader.ts, which adds a classic script
 *   `physio-elements.classic.<name>.js` from the script's own folder (no CORS needed), written here;
 * - all.ts's top-level loop that defines one widget per task runs in an async function started at once.
 */
export function classicScript({ xliffPath, locales, parts, version }: ClassicSideFiles): Plugin {
  const order = new Map(messageIds(xliffPath).map((id, i) => [id, i]));
  const partSources = new Map<string, string>();
  const sideImport = new RegExp(
    String.raw`\bimport\(\s*'\./(?:generated/locales/(${locales.join('|')})|(${parts.join('|')}))\.js'\s*\)`,
    'g',
  );
  return {
    name: 'physio-classic-script',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0];
      if (!/\/src\/.*\.ts$/.test(file)) return null;
      let out = file.endsWith('/src/all.ts') ? withoutTopLevelAwait(code, file) : code;
      const found: string[] = [];
      out = out.replace(sideImport, (_, locale: string | undefined, part: string | undefined) => {
        found.push(part ?? '');
        return `__physioLoadClassicSide(${JSON.stringify(locale ?? part)})`;
      });
      for (const part of found.filter(Boolean)) {
        const resolved = await this.resolve(`./${part}.js`, id);
        if (!resolved) this.error(`classicScript: cannot resolve ./${part}.js from ${file}`);
        partSources.set(part, resolved.id);
      }
      if (!found.length) return out === code ? null : { code: out, map: null };
      return {
        code: `import { loadClassicSide as __physioLoadClassicSide } from ${JSON.stringify(loader)};\n${out}`,
        map: null,
      };
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        // A classic script with an import() left would ask a module of the folder, which a host without CORS refuses.
        if (chunk.type === 'chunk' && /\bimport\s*\(/.test(chunk.code)) {
          this.error(`classicScript: ${chunk.fileName} still has an import(): add its target to the side files`);
        }
      }
      for (const locale of locales) {
        const file = `src/generated/locales/${locale}.ts`;
        const source = localeFileSource(readFileSync(file, 'utf8'), file, order, xliffPath, version, true);
        this.emitFile({ type: 'asset', fileName: sideFileName(locale, true), source });
      }
      for (const part of parts) {
        const entry = partSources.get(part);
        if (!entry) this.error(`classicScript: nothing imports ./${part}.js`);
        this.emitFile({
          type: 'asset',
          fileName: sideFileName(part, true),
          source: partFileSource(entry, part, version, true),
        });
      }
    },
  };
}

/**
 * The module's top-level statements that await, each wrapped in an async function called at once (`void (async () =>
 * { … })();`). Nothing in all.ts after its loop depends on it having finished, so the behaviour is the same.
 */
export function withoutTopLevelAwait(code: string, file: string): string {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const awaits = (node: ts.Node): boolean =>
    ts.isAwaitExpression(node) ||
    (ts.isForOfStatement(node) && !!node.awaitModifier) ||
    (!ts.isFunctionLike(node) &&
      !ts.isClassLike(node) &&
      !!ts.forEachChild(node, (child) => awaits(child) || undefined));
  let out = '';
  let copied = 0;
  for (const statement of source.statements.filter(awaits)) {
    const start = statement.getStart(source);
    out += `${code.slice(copied, start)}void (async () => {\n${code.slice(start, statement.end)}\n})();`;
    copied = statement.end;
  }
  return out + code.slice(copied);
}
