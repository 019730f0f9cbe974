import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defaultStrategy, minifyHTMLLiterals } from '@literals/html-css-minifier';
import { parseLiterals, type Template } from '@literals/parser';
import { minifyCssTemplate } from './minify-css.js';

/**
 * Build-time shrinking, because every byte reaches a patient's phone and no consumer's minifier touches the inside
 * of a template literal:
 * - css`` and cssText`` templates are minified by lightningcss (minify-css.ts), html`` and svg`` templates (nested
 *   ones too) by html-minifier-next through @literals/html-css-minifier, and translator notes (`desc`) go — in every
 *   build;
 * - with `xliffPath` (the single CDN file only), message ids (`faq.lbp.is-it-serious.q`) become short codes, the
 *   same in the msg() calls and in the bundled translations, which are the only places they occur. The source,
 *   the XLIFF and the npm build keep the readable ids; and msg(text, { id }) calls become msgById(text, number).
 * Whatever it cannot rewrite safely fails the build, naming the file.
 */
export function shrinkTemplates(xliffPath?: string): Plugin {
  const ids = xliffPath ? messageIds(xliffPath) : [];
  const short = new Map(ids.map((id, i) => [id, shortId(i)]));
  const shortIds = new Set(short.values());
  const msgById = fileURLToPath(new URL('../src/base/msg-by-id.ts', import.meta.url));
  return {
    name: 'physio-shrink-templates',
    enforce: 'post',
    async transform(code, id) {
      const file = id.split('?')[0];
      if (!/\/src\/.*\.(ts|js)$/.test(file)) return null;
      let out = code.replace(/(['"`])([a-z][\w.-]*\.[\w.-]+)\1/g, (whole, quote: string, key: string) =>
        short.has(key) ? `${quote}${short.get(key)}${quote}` : whole,
      );
      out = minifyCssTemplates(out, file);
      out = await minifyHtmlTemplates(out, file);
      out = withoutTranslatorNotes(out, file);
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
 * html-minifier-next options on top of @literals/html-css-minifier's (which collapse whitespace fully: between block
 * tags it renders as nothing, elsewhere as one space; comments go). Attribute quotes go where HTML allows (68 bytes
 * gzip on the CDN file); entities and empty attributes stay as written (lang="" and alt="" mean something); no
 * inline script to minify. Attributes keep their order, as lit's parts follow it.
 */
const htmlOptions = {
  removeAttributeQuotes: true,
  decodeEntities: false,
  removeEmptyAttributes: false,
  minifyJS: false,
};

/**
 * The minifier as @literals/html-css-minifier runs it, checked: it may drop whitespace, comments, quotes and the
 * slash of `/>`, nothing else. A parser that repairs markup (it drops a stray end tag) must not do so unseen.
 */
const checkedStrategy: typeof defaultStrategy = {
  ...defaultStrategy,
  async minifyHTML(html, options) {
    const minified = await defaultStrategy.minifyHTML(html, options);
    const skeleton = (markup: string) => markup.replace(/<!--[\s\S]*?-->/g, '').replace(/["'\s/]/g, '');
    if (skeleton(minified) !== skeleton(html)) {
      throw new Error(`html-minifier-next changed more than whitespace, comments and quotes in ${html}: ${minified}`);
    }
    return minified;
  },
};

/** Every html`` and svg`` template, minified. An svg`` fragment has no <svg> around it, so it keeps its `/>`. */
export async function minifyHtmlTemplates(code: string, file: string): Promise<string> {
  let out = code;
  for (const tag of ['html', 'svg']) {
    if (!new RegExp(`\\b${tag}\``).test(out)) continue;
    const result = await minifyHTMLLiterals(out, {
      fileName: file,
      generateSourceMap: false,
      strategy: checkedStrategy,
      shouldMinify: (template: Template) => template.tag === tag,
      shouldMinifyCSS: () => false,
      minifyOptions: { ...htmlOptions, keepClosingSlash: tag === 'svg' },
    }).catch((error: Error) => {
      throw new Error(`shrinkTemplates: ${where(file)}: cannot minify an ${tag}\`\` template: ${error.message}`, {
        cause: error,
      });
    });
    if (result) out = result.code;
  }
  return out;
}

/** Translator notes (`desc`) are for the XLIFF only; at run time nothing reads them. */
export function withoutTranslatorNotes(code: string, file: string): string {
  const out = code.replace(/,\s*desc:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '');
  const left = /\{[^{}]*\bdesc\s*:[^{}]*\}/.exec(out);
  if (left && /\bid\s*:/.test(left[0])) {
    throw new Error(
      `shrinkTemplates: ${where(file)}: cannot remove the translator note in ${left[0]}; write it after the id, as one ` +
        "string literal: { id: '…', desc: '…' }",
    );
  }
  return out;
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
      `shrinkTemplates: ${where(module)} has ${calls} msg() calls but ${rewritten} with a known literal id; give every call ` +
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
  const ids = [...readFileSync(xliffPath, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
  if (!ids.length) throw new Error(`shrinkTemplates: no <trans-unit id="…"> in ${xliffPath}`);
  return ids;
}

export const shortId = (index: number) => String(index);
