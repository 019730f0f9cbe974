// The ready-made themes, read from the stylesheets the package ships (src/themes/*.css): the files are the one source
// of their names, descriptions and tokens for Storybook's toolbar, the theme stories and both builders.
import clinic from '../src/themes/clinic.css?raw';
import warm from '../src/themes/warm.css?raw';
import calm from '../src/themes/calm.css?raw';
import highContrast from '../src/themes/high-contrast.css?raw';

export interface ThemeFile {
  /** The file's name without `.css`: `physio-elements/themes/<name>.css`, class `physio-theme-<name>`. */
  name: string;
  /** From the header, `theme "Warm": …`. */
  label: string;
  /** The header's first sentence after the name: what the theme looks like. */
  summary: string;
  /** The stylesheet as shipped. */
  css: string;
  /** Its `--physio-*` declarations, in file order. */
  tokens: Record<string, string>;
}

/** The `--physio-*` declarations of a stylesheet, in order, comments left out. */
export function tokensOf(css: string): Record<string, string> {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return Object.fromEntries(
    [...code.matchAll(/(--physio-[\w-]+)\s*:\s*([^;{}]+);/g)].map(([, name, value]) => [name, value.trim()]),
  );
}

function themeFile(name: string, css: string): ThemeFile {
  const [, label = name, summary = ''] = /theme "([^"]+)": ([^.]+)\./.exec(css.replace(/\s*\n\s*\*\s*/g, ' ')) ?? [];
  return { name, label, summary, css, tokens: tokensOf(css) };
}

export const themeFiles: ThemeFile[] = [
  themeFile('clinic', clinic),
  themeFile('warm', warm),
  themeFile('calm', calm),
  themeFile('high-contrast', highContrast),
];

/** Every token some theme sets. */
const themeTokens = [...new Set(themeFiles.flatMap((t) => Object.keys(t.tokens)))];

/**
 * Tokens as an inline style for a wrapper (a theme story, either builder's preview): every token a theme can set,
 * and `initial` for those not given (missing or `undefined`: left to the widgets), so a theme on the page around the
 * wrapper (Storybook's toolbar) cannot show through.
 */
export const tokenStyle = (tokens: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(
    [...new Set([...themeTokens, ...Object.keys(tokens)])].map((name) => [name, tokens[name] ?? 'initial']),
  );

/** A ready-made theme's tokens as an inline style for a wrapper (`tokenStyle`). */
export const themeStyle = (file: ThemeFile): Record<string, string> => tokenStyle(file.tokens);

/** The ready-made theme of that name. */
export const themeNamed = (name: string): ThemeFile => themeFiles.find((t) => t.name === name)!;
