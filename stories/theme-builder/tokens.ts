/** The page's two colour schemes; every colour token has a value for each (`light-dark(light, dark)`). */
export type Scheme = 'light' | 'dark';
export const schemes: Scheme[] = ['light', 'dark'];

export interface ColourToken {
  name: string;
  /** A short name for the label and the contrast checks. */
  label: string;
  /** Where the widgets use it. */
  use: string;
  /** The values the colour inputs start from when a theme does not give any. */
  fallback: Record<Scheme, string>;
  /**
   * Tokens a theme may leave to the widgets: the checkbox's label, and what the CSS then says (`value`), or nothing
   * at all (the token is left out and each widget uses its own default).
   */
  unset?: { label: string; value?: string };
}

export interface OtherToken {
  name: string;
  label: string;
  hint: string;
  /** A CSS property the value must be valid for (`CSS.supports`), as the widgets use it. */
  property: string;
  /** What the widgets use when the token is not set. */
  fallback: string;
}

export const colourTokens: ColourToken[] = [
  {
    name: '--physio-color-accent',
    label: 'Accent',
    use: 'Buttons, links, the focus ring and the bucket’s water.',
    fallback: { light: '#005eb8', dark: '#66aaff' },
  },
  {
    name: '--physio-color-urgent',
    label: 'Urgent',
    use: 'The emergency tier, its “call 112” button, overflow and safety notes.',
    fallback: { light: '#c4221a', dark: '#ff7777' },
  },
  {
    name: '--physio-color-text',
    label: 'Text',
    use: 'Text and line drawings.',
    fallback: { light: '#1a1a1a', dark: '#eeeeee' },
    unset: { label: 'Use the page’s own text colour', value: 'currentColor' },
  },
  {
    name: '--physio-color-surface',
    label: 'Surface',
    use: 'Backgrounds of cards, tiers, buttons, the search field and the booking banner and panel.',
    fallback: { light: '#ffffff', dark: '#121212' },
    unset: { label: 'Let each widget choose (the page shows through cards and buttons; a tinted banner)' },
  },
  {
    name: '--physio-color-border',
    label: 'Border',
    use: 'Lines of tiers, cards and fields, and between questions.',
    fallback: { light: '#737373', dark: '#737373' },
  },
];

export const otherTokens: OtherToken[] = [
  {
    name: '--physio-radius',
    label: 'Corner radius',
    hint: 'A length, best in `em` so it follows the text size: `0.5em` is the widgets’ own, `0` square.',
    property: 'border-radius',
    fallback: '0.5em',
  },
  {
    name: '--physio-space',
    label: 'Spacing',
    hint: 'The room inside and between parts, in `em`: `1em` is the widgets’ own.',
    property: 'padding',
    fallback: '1em',
  },
  {
    name: '--physio-font-family',
    label: 'Font',
    hint: '`inherit` keeps your page’s font; or a list such as `Georgia, serif`. Load a web font on your page yourself.',
    property: 'font-family',
    fallback: 'inherit',
  },
  {
    name: '--physio-duration',
    label: 'Animation time',
    hint: 'How long the bucket’s water takes to move, e.g. `450ms`; `0s` for none. Visitors who ask for reduced motion never get any.',
    property: 'transition-duration',
    fallback: '450ms',
  },
];

export interface ColourValue {
  /** False: the token is left to the widgets (or to the page's text colour), see `ColourToken.unset`. */
  set: boolean;
  light: string;
  dark: string;
}

/** Everything a designer sets: a value per colour token and scheme, and the other tokens as typed. */
export interface Tokens {
  colours: Record<string, ColourValue>;
  others: Record<string, string>;
}

const hex = /^#[0-9a-f]{6}$/i;
/** `#abc` → `#aabbcc`, lower case: what `<input type="color">` takes and gives. */
const longHex = (value: string) =>
  (/^#[0-9a-f]{3}$/i.test(value) ? `#${[...value.slice(1)].map((c) => c + c).join('')}` : value).toLowerCase();

/** A colour token's value from a stylesheet: `light-dark(#a, #b)` or one `#hex` for both schemes; else not set. */
function colourValue(token: ColourToken, value: string | undefined): ColourValue {
  const [light, dark = light] = (
    /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value ?? '')?.slice(1) ?? [value ?? '']
  ).map(longHex);
  if (hex.test(light) && hex.test(dark)) return { set: true, light, dark };
  // A theme that leaves out a token without a "not set" state gets the widgets' own colours, written out.
  return { set: !token.unset, ...token.fallback };
}

/** What the inputs show for a theme's tokens (`tokensOf` a stylesheet). */
export function fromTheme(tokens: Record<string, string>): Tokens {
  return {
    colours: Object.fromEntries(colourTokens.map((t) => [t.name, colourValue(t, tokens[t.name])])),
    others: Object.fromEntries(otherTokens.map((t) => [t.name, tokens[t.name] ?? t.fallback])),
  };
}

/** Why a typed value cannot be used, or '' when it can: it must be valid CSS for the property, one value only. */
export function problemWith(token: OtherToken, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) return `Empty: the widgets use their own ${token.fallback}.`;
  if (/[;{}]/.test(trimmed) || !CSS.supports(token.property, trimmed))
    return `“${trimmed}” is not a valid ${token.property} value: the widgets use their own ${token.fallback}.`;
  return '';
}

/** A colour pair as CSS: one value when both schemes share it. */
const colourCss = ({ light, dark }: ColourValue) => (light === dark ? light : `light-dark(${light}, ${dark})`);

/**
 * Each token and the CSS value it gets; `undefined`: left to the widgets. A typed value that is not valid is left
 * out too, so the copied CSS never carries it.
 */
export function declarations(tokens: Tokens): Array<[name: string, value: string | undefined]> {
  return [
    ...colourTokens.map((t): [string, string | undefined] => {
      const value = tokens.colours[t.name];
      return [t.name, value.set ? colourCss(value) : t.unset?.value];
    }),
    ...otherTokens.map((t): [string, string | undefined] => {
      const value = tokens.others[t.name].trim();
      return [t.name, problemWith(t, value) ? undefined : value];
    }),
  ];
}

/** The paste-ready stylesheet: a `:root` block with every token, and a comment for each left to the widgets. */
export function cssText(tokens: Tokens, startedFrom: string): string {
  const lines = declarations(tokens).map(([name, value]) =>
    value === undefined ? `  /* ${name} is not set: the widgets use their own. */` : `  ${name}: ${value};`,
  );
  return [
    `/* physio-elements theme, from “${startedFrom}” in the Theme builder.`,
    '   light-dark(a, b): a on light pages, b on dark ones. */',
    ':root {',
    ...lines,
    '}',
    '',
  ].join('\n');
}
