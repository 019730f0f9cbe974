import { Features, transform, type Targets } from 'lightningcss';

const version = (major: number, minor = 0) => (major << 16) | (minor << 8);

/**
 * Floors below every browser README "Supported browsers" names (the last two major versions), and above the versions
 * that brought what our CSS uses (:dir(), :is(), logical properties, media range syntax, light-dark()): so lightningcss
 * writes nothing these browsers lack and rewrites nothing they have into longer fallbacks. Below Chrome 123 and
 * Safari 17.5 it would rewrite light-dark() into variables that only a `color-scheme` in the same sheet switches,
 * and a widget takes its scheme from the page.
 */
export const cssTargets: Targets = {
  chrome: version(123),
  edge: version(123),
  firefox: version(121),
  safari: version(17, 5),
  ios_saf: version(17, 5),
};

/**
 * What a `${…}` hole of a css`` template is, read from the text around it, and the placeholder that stands for it
 * while lightningcss works: whole rules (alone on its line, after a rule or at the start) become an at-rule, which
 * lightningcss keeps where it is; a property name becomes a custom property; any other name (a selector, a value)
 * becomes a plain name.
 */
type Hole = 'rules' | 'property' | 'name';
const placeholder = (kind: Hole, n: number) =>
  kind === 'rules' ? `@physio-hole-${n};` : kind === 'property' ? `--physio-hole-${n}` : `physio-hole-${n}`;
const anyPlaceholder = /@physio-hole-(\d+);|(--)?physio-hole-(\d+)/g;

/**
 * A stylesheet's text, minified by lightningcss. Prefixes stay as written (none added, none dropped). What lightningcss
 * only warns about (an unknown pseudo-class, a typo) fails the build instead, as it may not do what was meant.
 */
export function minifyCss(css: string, where = 'CSS'): string {
  return lightning(css, where, 0);
}

function lightning(css: string, where: string, holes: number): string {
  let result;
  try {
    result = transform({
      filename: where,
      code: new TextEncoder().encode(css),
      minify: true,
      targets: cssTargets,
      exclude: Features.VendorPrefixes,
    });
  } catch (error) {
    throw new Error(`minifyCss: ${where}: lightningcss cannot read it: ${(error as Error).message}`, { cause: error });
  }
  const ours = new Set(Array.from({ length: holes }, (_, n) => `Unknown at rule: @physio-hole-${n}`));
  const warning = result.warnings.find((w) => !ours.has(w.message));
  if (warning) throw new Error(`minifyCss: ${where}: ${warning.message} (line ${warning.loc.line})`);
  return new TextDecoder().decode(result.code);
}

/**
 * The text around the `${…}` holes of a css`` (or cssText``) template, minified: each hole becomes a placeholder that
 * lightningcss keeps, and back. `holeValue(n)` tells what the n-th hole stands for when the build can know it.
 * What this cannot prove safe fails the build rather than ship a style that may be wrong: a hole inside a string,
 * comment or url(), glued to a name, in a property name that is not a known custom property (lightningcss orders
 * declarations by what they mean), or a placeholder that does not come out once and in order.
 */
export function minifyCssTemplate(
  parts: readonly string[],
  where: string,
  holeValue: (n: number) => string | undefined = () => undefined,
): string[] {
  if (parts.some((part) => part.includes('\\'))) {
    // css`` reads escapes (cooked), cssText`` does not (raw): the same source text would mean two things.
    throw new Error(`minifyCss: ${where}: a backslash in a CSS template; write the character itself`);
  }
  if (parts.some((part) => part.includes('physio-hole-'))) {
    throw new Error(`minifyCss: ${where}: the template already contains the placeholder text physio-hole-`);
  }
  const kinds: Hole[] = [];
  let css = parts[0];
  for (let n = 0; n < parts.length - 1; n++) {
    const after = parts[n + 1];
    const fail = (problem: string) => {
      throw new Error(`minifyCss: ${where}: the ${ordinal(n)} \${…} ${problem}`);
    };
    const problem = holeProblem(css, after);
    if (problem) fail(problem);
    const kind = holeKind(css, after);
    if (kind === 'property' && !/^--[\w-]+$/.test(holeValue(n) ?? '')) {
      fail(
        'is a property name: lightningcss orders declarations by what they mean, so it must be a string constant ' +
          'that names a custom property (--…), defined in this module or imported from one next to it',
      );
    }
    kinds.push(kind);
    css += placeholder(kind, n) + after;
  }
  const minified = lightning(css, where, parts.length - 1);
  const out: string[] = [];
  let from = 0;
  let next = 0;
  for (const match of minified.matchAll(anyPlaceholder)) {
    const n = Number(match[1] ?? match[3]);
    const kind: Hole = match[1] !== undefined ? 'rules' : match[2] ? 'property' : 'name';
    if (n !== next || kinds[n] !== kind) {
      throw new Error(`minifyCss: ${where}: lightningcss moved, merged or dropped the ${ordinal(next)} \${…}`);
    }
    out.push(minified.slice(from, match.index));
    from = match.index + match[0].length;
    next++;
  }
  if (next !== parts.length - 1) {
    throw new Error(`minifyCss: ${where}: lightningcss dropped the ${ordinal(next)} \${…}`);
  }
  out.push(minified.slice(from));
  return out;
}

/** Why a hole between `before` and `after` cannot become a placeholder, if it cannot. */
function holeProblem(before: string, after: string): string | undefined {
  const open = withoutComments(before);
  if (open.includes('/*')) return 'is inside a comment';
  if (/['"]/.test(open.replace(/(['"])(?:\\.|(?!\1)[^\\\n])*\1/g, ''))) return 'is inside a string';
  if (/url\([^)]*$/i.test(open)) return 'is inside url()';
  if (/[\w-]$/.test(before) || /^[\w-]/.test(after)) return 'is glued to a name or number; leave a space or a symbol';
  return undefined;
}

function holeKind(before: string, after: string): Hole {
  const previous = withoutComments(before).trimEnd();
  const aloneOnItsLine = /(^|\n)[^\S\n]*$/.test(before) && /^[^\S\n]*(\n|$)/.test(after);
  const blockOfRules = /(^|[{};])\s*@(media|supports|container|layer)\b[^{};]*\{$/.test(previous);
  const afterRules = previous === '' || previous.endsWith('}') || /@physio-hole-\d+;$/.test(previous);
  if (aloneOnItsLine && (afterRules || blockOfRules)) return 'rules';
  // `${x}: 1;` is a declaration, `${x}:hover {` a selector.
  if (/(^|[{;])$/.test(previous) && /^\s*:[^{};]*([;}]|$)/.test(after)) return 'property';
  return 'name';
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const ordinal = (n: number) => `#${n + 1}`;
