/**
 * Shrinks CSS written in a template or stylesheet. Strings and url() pass through as written, so `content: '0.5 mg'`
 * keeps its text; comments go. `${…}` placeholders of a template pass through as well (nothing below touches `${`).
 */
export function minifyCss(css: string): string {
  const kept = /\/\*[\s\S]*?\*\/|(['"])(?:\\.|(?!\1)[^\\])*\1|url\([^)]*\)/g;
  let out = '';
  let from = 0;
  const code = (text: string) => {
    const shrunk = shrink(text);
    // A comment between two rules leaves a space that no longer separates anything.
    out += /(^|[{};,>])$/.test(out) ? shrunk.trimStart() : shrunk;
  };
  for (const match of css.matchAll(kept)) {
    code(css.slice(from, match.index));
    from = match.index + match[0].length;
    if (match[0].startsWith('/*')) continue;
    // [a='b'] is [a=b] when b is a plain name.
    const plain = /^['"]([a-z_][\w-]*)['"]$/i.exec(match[0]);
    out += plain && out.endsWith('=') && css[from] === ']' ? plain[1] : match[0];
  }
  code(css.slice(from));
  return out.trim();
}

function shrink(code: string): string {
  return (
    code
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // After a colon a space never matters; before one it can (`a :hover`), so that one stays.
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // 0.5em is .5em; not after a digit, dot, name or placeholder (10.5, --x0.5, ${n}0.5).
      .replace(/(^|[^\w.#}-])(-?)0\.(\d)/g, '$1$2.$3')
      .replace(/\s*\/\s*/g, '/')
      .replace(/\s+!important/g, '!important')
      // Inside calc() only + and - need spaces; a * right after var() is always a multiplication.
      .replace(/(var\([^()]*\))\s*\*\s*/g, '$1*')
  );
}
