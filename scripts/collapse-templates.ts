/**
 * Collapses each run of whitespace that contains a line break, in the literal text of html`` and svg`` templates,
 * nested ones included, to one space. Our templates have no <pre> or <textarea>, and between tags a line break and
 * a space render the same. JavaScript inside `${…}` is copied as it is (strings, comments, nested templates skipped
 * correctly), so only template text changes.
 */
export function collapseTemplates(code: string): string {
  const start = /\b(?:html|svg)`/g;
  let out = '';
  let copied = 0;
  for (let match = start.exec(code); match; match = start.exec(code)) {
    const open = match.index + match[0].length;
    const [text, end] = template(code, open, true);
    out += code.slice(copied, open) + text;
    copied = end;
    start.lastIndex = end;
  }
  return out + code.slice(copied);
}

/** From just after an opening backtick to just after its closing one: [transformed text, end index]. */
function template(code: string, i: number, collapse: boolean): [string, number] {
  let out = '';
  let quasi = '';
  const flush = () => {
    out += collapse ? quasi.replace(/\s*\n\s*/g, ' ') : quasi;
    quasi = '';
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      quasi += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return [out + '`', i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      flush();
      const [expression, end] = expressionUntilBrace(code, i + 2);
      out += '${' + expression;
      i = end;
    } else {
      quasi += c;
      i++;
    }
  }
  throw new Error('collapseTemplates: unterminated template literal');
}

/** JavaScript from just after `${` to just after its closing `}`, nested templates collapsed if html/svg. */
function expressionUntilBrace(code: string, i: number): [string, number] {
  let out = '';
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === "'" || c === '"') {
      const end = stringEnd(code, i, c);
      out += code.slice(i, end);
      i = end;
    } else if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
      const end = code[i + 1] === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i) + 2;
      out += code.slice(i, end);
      i = end;
    } else if (c === '`') {
      const [text, end] = template(code, i + 1, /\b(?:html|svg)$/.test(out));
      out += '`' + text;
      i = end;
    } else {
      if (c === '{') depth++;
      if (c === '}' && depth-- === 0) return [out + '}', i + 1];
      out += c;
      i++;
    }
  }
  throw new Error('collapseTemplates: unterminated ${…}');
}

function stringEnd(code: string, i: number, quote: string): number {
  for (let j = i + 1; j < code.length; j++) {
    if (code[j] === '\\') j++;
    else if (code[j] === quote) return j + 1;
  }
  return code.length;
}
