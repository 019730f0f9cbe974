import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Build-time shrinking for the single CDN file, where every byte reaches a patient's phone:
 * - message ids (`faq.lbp.is-it-serious.q`) become short codes, the same in the msg() calls and in the bundled
 *   translations, which are the only places they occur;
 * - whitespace inside css`` and html``/svg`` templates collapses (no <pre> or <textarea> in our templates).
 * The source, the XLIFF and the npm build keep the readable ids.
 */
export function shrinkForCdn(xliffPath: string): Plugin {
  const ids = [...readFileSync(xliffPath, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
  const short = new Map(ids.map((id, i) => [id, `~${i.toString(36)}`]));
  return {
    name: 'physio-shrink-for-cdn',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.(ts|js)$/.test(id.split('?')[0])) return null;
      let out = code.replace(/(['"`])([a-z][\w.-]*\.[\w.-]+)\1/g, (whole, quote: string, key: string) =>
        short.has(key) ? `${quote}${short.get(key)}${quote}` : whole,
      );
      out = out.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``);
      // Only spans without comments: a nested template can pull JS code into the match, and collapsing a newline
      // after a // comment would comment out the code behind it.
      out = out.replace(/\b(html|svg)`([^`]*)`/g, (whole: string, tag: string, body: string) =>
        /\/\/|\/\*/.test(body) ? whole : `${tag}\`${body.replace(/\s*\n\s*/g, ' ')}\``,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}

function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .trim();
}
