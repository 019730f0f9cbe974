import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parseLiterals } from '@literals/parser';
import { collapseTemplates } from './collapse-templates.js';
import { minifyCssTemplate } from './minify-css.js';

/**
 * Build-time shrinking, because every byte reaches a patient's phone and no consumer's minifier touches the inside
 * of a template literal:
 * - css`` and cssText`` templates are minified by lightningcss (minify-css.ts), whitespace inside html``/svg``
 *   templates (nested ones too) collapses, and translator notes (`desc`) go — in every build;
 * - with `xliffPath` (the single CDN file only), message ids (`faq.lbp.is-it-serious.q`) become short codes, the
 *   same in the msg() calls and in the bundled translations, which are the only places they occur. The source,
 *   the XLIFF and the npm build keep the readable ids; and msg(text, { id }) calls become msgById(text, number).
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
      const file = id.split('?')[0];
      if (!/\/src\/.*\.(ts|js)$/.test(file)) return null;
      let out = code.replace(/(['"`])([a-z][\w.-]*\.[\w.-]+)\1/g, (whole, quote: string, key: string) =>
        short.has(key) ? `${quote}${short.get(key)}${quote}` : whole,
      );
      out = minifyCssTemplates(out, file);
      out = collapseTemplates(out);
      // Translator notes (`desc`) are for the XLIFF only; at run time nothing reads them.
      out = out.replace(/,\s*desc:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '');
      if (xliffPath && !id.startsWith(msgById)) out = idAsArgument(out, shortIds, msgById, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}

const where = (file: string) => relative(process.cwd(), file);

/** Every css`` and cssText`` template of a module, minified (their `${…}` holes kept; see minifyCssTemplate). */
export function minifyCssTemplates(code: string, file: string): string {
  if (!/\bcss(Text)?`/.test(code)) return code;
  let out = '';
  let copied = 0;
  const templates = parseLiterals(code, { fileName: file }).filter((t) => t.tag === 'css' || t.tag === 'cssText');
  templates.forEach((template, k) => {
    const { parts } = template;
    const holeValue = (n: number) => constantString(code, code.slice(parts[n].end, parts[n + 1].start), file);
    const label = `${where(file)} (${template.tag}\`\` template ${k + 1})`;
    minifyCssTemplate(
      parts.map((part) => part.text),
      label,
      holeValue,
    ).forEach((text, i) => {
      out += code.slice(copied, parts[i].start) + text;
      copied = parts[i].end;
    });
  });
  return out + code.slice(copied);
}

/**
 * The string that `${name}` stands for, when name is a string constant of this module or one imported from a
 * module next to it: what minifyCssTemplate needs to know of a hole in a property name.
 */
function constantString(code: string, hole: string, file: string): string | undefined {
  const name = /^\$\{\s*([A-Za-z_]\w*)\s*\}$/.exec(hole)?.[1];
  if (!name) return undefined;
  const constant = (source: string) => new RegExp(`\\bconst ${name}\\s*=\\s*(['"])([^'"\\\\]*)\\1`).exec(source)?.[2];
  const from = new RegExp(`\\bimport\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*(['"])(\\.{1,2}/[^'"]+)\\1`).exec(
    code,
  )?.[2];
  if (!from) return constant(code);
  return constant(readFileSync(resolve(dirname(file), from.replace(/\.js$/, '.ts')), 'utf8'));
}

/**
 * `msg(x, { id: 'k' })` → `msgById(x, k)` for the known (short) message ids. Every msg() call must have one: the CDN
 * file leaves out @lit/localize's template hashing (noMessageHashing), so a call without an id would stay in English.
 * The build fails instead.
 */
function idAsArgument(code: string, ids: Set<string>, helper: string, module: string): string {
  let rewritten = 0;
  const out = code.replace(/,\s*\{\s*id:\s*(['"`])([\w.-]+)\1\s*\}\s*\)/g, (whole, _quote: string, key: string) => {
    if (!ids.has(key)) return whole;
    rewritten++;
    // A number, not a string: the translations are a list (compact-translations-plugin.ts) and msg() looks ids up with
    // templates[id], so `, 12)` finds the same entry as `, '12')` with two bytes less per message.
    return `, ${key})`;
  });
  // A call is msg( followed by its text (a string or str`…`); comments that name msg() are not.
  const calls = code.match(/\bmsg\(\s*(?:str)?[`'"]/g)?.length ?? 0;
  if (calls !== rewritten) {
    throw new Error(
      `shrinkTemplates: ${module} has ${calls} msg() calls but ${rewritten} with a known literal id; give every call ` +
        "{ id: '…' } and run lit-localize extract.",
    );
  }
  if (!rewritten) return code;
  return `import { msgById as __msgById } from ${JSON.stringify(helper)};\n${out.replace(/\bmsg\(/g, '__msgById(')}`;
}

/**
 * For the CDN file: @lit/localize hashes a message's text to find its translation when a msg() call has no id. Every
 * call here has one (idAsArgument checks), so the hashing (about 300 bytes gzip) goes; the stub's empty id finds no
 * translation, which shows the English, as lit-localize does for an unknown message.
 */
export function noMessageHashing(): Plugin {
  const stub = '\0physio-no-message-hashing';
  let replaced = false;
  return {
    name: 'physio-no-message-hashing',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './id-generation.js') return null;
      if (!importer?.replaceAll('\\', '/').includes('/@lit/localize/internal/')) return null;
      replaced = true;
      return stub;
    },
    buildEnd(error) {
      // A new @lit/localize that hashes elsewhere would silently keep the code: say so instead.
      if (!error && !replaced) this.error('noMessageHashing: @lit/localize no longer imports ./id-generation.js');
    },
    load(id) {
      return id === stub ? 'export const generateMsgId = () => "";' : null;
    },
  };
}

/** Every message id, in the order of the XLIFF file: the n-th becomes `shortId(n)` in the CDN file. */
export function messageIds(xliffPath: string): string[] {
  return [...readFileSync(xliffPath, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
}

export const shortId = (index: number) => String(index);
