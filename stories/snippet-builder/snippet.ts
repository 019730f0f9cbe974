import { themeFiles } from '../themes.js';

/** Where the README's CMS section tells clinics to upload the files of `dist/cdn/`. */
export const folder = '/files/';

/**
 * A look the builder offers: the widgets' own (no file), or a ready-made theme (`physio-elements/themes/<name>.css`,
 * only `--physio-*` tokens) with its `file` (the snippet links it) and `tokens` (the preview shows them).
 */
export interface Theme {
  value: string;
  label: string;
  /** A stylesheet beside `physio-elements.js`, e.g. `themes/warm.css`. */
  file?: string;
  /** The `--physio-*` tokens the stylesheet sets, applied to the preview; every other token is `initial` there. */
  tokens?: Record<string, string>;
}

export const themes: Theme[] = [
  { value: 'default', label: 'Default' },
  ...themeFiles.map(({ name, label, tokens }) => ({ value: name, label, file: `themes/${name}.css`, tokens })),
];

/** Escapes an attribute value for a double-quoted HTML attribute; `<` and `>` too, for CMS filters that scan. */
export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element's tag; attributes one per line once the line gets long, as prettier writes the README's. */
function element(tag: string, attributes: Array<[string, string | true]>): string {
  const written = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  const line = `<${tag}${written.map((a) => ` ${a}`).join('')}></${tag}>`;
  if (line.length <= 100) return line;
  return `<${tag}\n${written.map((a) => `  ${a}\n`).join('')}></${tag}>`;
}

/** What an editor pastes into an HTML block: the files' two lines (and a theme's), then the widget. */
export function snippet(tag: string, attributes: Array<[string, string | true]>, theme?: Theme): string {
  return [
    `<link rel="stylesheet" href="${folder}physio-elements.css" />`,
    ...(theme?.file ? [`<link rel="stylesheet" href="${folder}${escapeAttribute(theme.file)}" />`] : []),
    `<script type="module" src="${folder}physio-elements.js"></script>`,
    '',
    element(tag, attributes),
  ].join('\n');
}
