import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { collapseTemplates } from './collapse-templates.js';
import { minifyCss } from './minify-css.js';

/**
 * Build-time shrinking, because every byte reaches a patient's phone and no consumer's minifier touches the inside
 * of a template literal:
 * - whitespace inside css`` and cssText`` and html``/svg`` templates (nested ones too) collapses, and translator
 *   notes (`desc`) go — in every build;
 * - with `xliffPath` (the single CDN file only), message ids (`faq.lbp.is-it-serious.q`) become short codes, the
 *   same in the msg() calls and in the bundled translations, which are the only places they occur. The source,
 *   the XLIFF and the npm build keep the readable ids; and msg(text, { id }) calls become msgById(text, id).
 */
export function shrinkTemplates(xliffPath?: string): Plugin {
  const ids = xliffPath ? messageIds(xliffPath) : [];
  const short = new Map(ids.map((id, i) => [id, shortId(i)]));
  const shortIds = new Set(short.values());
  const msgById = fileURLToPath(new URL('../src/base/msg-by-id.ts', import.meta.url));
  return {
    name: 'physio-shrink-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.(ts|js)$/.test(id.split('?')[0])) return null;
      let out = code.replace(/(['"`])([a-z][\w.-]*\.[\w.-]+)\1/g, (whole, quote: string, key: string) =>
        short.has(key) ? `${quote}${short.get(key)}${quote}` : whole,
      );
      out = out.replace(/\b(css|cssText)`([^`]*)`/g, (_, tag: string, body: string) => `${tag}\`${minifyCss(body)}\``);
      out = collapseTemplates(out);
      // Translator notes (`desc`) are for the XLIFF only; at run time nothing reads them.
      out = out.replace(/,\s*desc:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '');
      if (xliffPath && !id.startsWith(msgById)) out = idAsArgument(out, shortIds, msgById);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * `msg(x, { id: 'k' })` → `msgById(x, 'k')` for the known (short) message ids. Every msg() call of such a module goes
 * through msgById, which also takes an options object, so a call this does not recognise still works.
 */
function idAsArgument(code: string, ids: Set<string>, helper: string): string {
  let rewritten = false;
  const out = code.replace(/,\s*\{\s*id:\s*(['"`])([\w.-]+)\1\s*\}\s*\)/g, (whole, quote: string, key: string) => {
    if (!ids.has(key)) return whole;
    rewritten = true;
    return `, ${quote}${key}${quote})`;
  });
  if (!rewritten) return code;
  return `import { msgById as __msgById } from ${JSON.stringify(helper)};\n${out.replace(/\bmsg\(/g, '__msgById(')}`;
}

/** Every message id, in the order of the XLIFF file: the n-th becomes `shortId(n)` in the CDN file. */
export function messageIds(xliffPath: string): string[] {
  return [...readFileSync(xliffPath, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
}

export const shortId = (index: number) => index.toString(36);
