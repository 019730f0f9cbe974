import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { collapseTemplates } from './collapse-templates.js';

/**
 * Build-time shrinking, because every byte reaches a patient's phone and no consumer's minifier touches the inside
 * of a template literal:
 * - whitespace inside css`` and cssText`` and html``/svg`` templates (nested ones too) collapses, and translator
 *   notes (`desc`) go — in every build;
 * - with `xliffPath` (the single CDN file only), message ids (`faq.lbp.is-it-serious.q`) become short codes, the
 *   same in the msg() calls and in the bundled translations, which are the only places they occur. The source,
 *   the XLIFF and the npm build keep the readable ids.
 */
export function shrinkTemplates(xliffPath?: string): Plugin {
  const ids = xliffPath ? messageIds(xliffPath) : [];
  const short = new Map(ids.map((id, i) => [id, shortId(i)]));
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
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Every message id, in the order of the XLIFF file: the n-th becomes `shortId(n)` in the CDN file. */
export function messageIds(xliffPath: string): string[] {
  return [...readFileSync(xliffPath, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
}

export const shortId = (index: number) => index.toString(36);

export function minifyCss(css: string): string {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // After a colon a space never matters; before one it can (`a :hover`), so that one stays.
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // 0.5em is .5em; the character before must not be part of a number or a name (10.5, --x0.5).
      .replace(/(^|[^\w.#-])(-?)0\.(\d)/g, '$1$2.$3')
      .replace(/\s*\/\s*/g, '/')
      .replace(/\s+!important/g, '!important')
      // [a='b'] is [a=b] when b is a plain name.
      .replace(/\[([\w-]+)=(['"])([a-z_][\w-]*)\2\]/gi, '[$1=$3]')
      // Inside calc() only + and - need spaces; a * right after var() is always a multiplication.
      .replace(/(var\([^()]*\))\s*\*\s*/g, '$1*')
      .trim()
  );
}
