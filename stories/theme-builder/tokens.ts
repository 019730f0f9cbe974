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
  /** What a value must be, for the warning: "one length, such as 1em". */
  expects: string;
  /**
   * How the widgets use the value: each a property and what it is given there (`CSS.supports`). `padding: 1em 2em`
   * is valid, but `calc(var(--_space) * 0.75)` with it is not, so the value is checked as it is used.
   */
  uses: Array<[property: string, as: (value: string) => string]>;
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
    expects: 'one length, such as 0.5em',
    // border-radius: var(--_radius); the search field: calc(var(--_radius) / 2).
    uses: [
      ['border-top-left-radius', (v) => v],
      ['border-top-left-radius', (v) => `calc(${v} / 2)`],
    ],
    fallback: '0.5em',
  },
  {
    name: '--physio-space',
    label: 'Spacing',
    hint: 'The room inside and between parts, in `em`: `1em` is the widgets’ own.',
    expects: 'one length, such as 1em',
    // padding: var(--_space); gap: 0 var(--_space); margin: calc(var(--_space) * 0.75) 0 0.
    uses: [
      ['padding-top', (v) => v],
      ['padding-top', (v) => `calc(${v} * 0.75)`],
    ],
    fallback: '1em',
  },
  {
    name: '--physio-font-family',
    label: 'Font',
    hint: '`inherit` keeps your page’s font; or a list such as `Georgia, serif`. Load a web font on your page yourself.',
    expects: 'a font list, such as Georgia, serif',
    uses: [['font-family', (v) => v]],
    fallback: 'inherit',
  },
  {
    name: '--physio-duration',
    label: 'Animation time',
    hint: 'How long the bucket’s water takes to move, e.g. `450ms`; `0s` for none. Visitors who ask for reduced motion never get any.',
    expects: 'one time, such as 450ms',
    // transition: transform var(--_duration) ease: a list (1s, 2s) would add a second transition. calc() takes one.
    uses: [
      ['transition-duration', (v) => v],
      ['transition-duration', (v) => `calc(${v})`],
    ],
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

/** A quote opened and not closed: `"Times`, `'a' 'b`. (Backslashes, which could escape one, are refused first.) */
function openQuote(value: string): boolean {
  let open = '';
  for (const c of value) if (c === '"' || c === "'") open = open === c ? '' : open || c;
  return open !== '';
}

/** The value, as a custom property in a stylesheet, comes back unchanged and ends where it should. */
function roundTrips(value: string): boolean {
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(`:root{--x:${value};--sentinel:1}`);
  } catch {
    return false;
  }
  const rule = sheet.cssRules[0] as CSSStyleRule | undefined;
  return (
    sheet.cssRules.length === 1 &&
    rule?.style.getPropertyValue('--x').trim() === value &&
    rule.style.getPropertyValue('--sentinel').trim() === '1'
  );
}

/**
 * `0` as `0px`: in calc() a bare 0 is a number, so `calc(0 * 0.75)` is dropped where a length is needed; what the
 * browser uses instead is 0 too, so `0` draws as meant.
 */
const zero = (value: string) => (value === '0' ? '0px' : value);

/**
 * Why a typed value cannot be used, or '' when it can: one value, valid CSS as the widgets use it, and nothing that
 * could end the copied block or the page's <style> early (`;{}`, a comment, a backslash, `<`, an open quote).
 */
export function problemWith(token: OtherToken, value: string): string {
  const trimmed = value.trim();
  const own = `the widgets use their own ${token.fallback}.`;
  if (!trimmed) return `Empty: ${own}`;
  if (/\/\*|\*\/|\\|</.test(trimmed) || openQuote(trimmed))
    return `“${trimmed}” has a comment, a backslash, a “<” or an open quote, which could break the copied CSS or the page: ${own}`;
  if (
    /[;{}]/.test(trimmed) ||
    !roundTrips(trimmed) ||
    !token.uses.every(([p, as]) => CSS.supports(p, as(zero(trimmed))))
  )
    return `“${trimmed}” is not ${token.expects}: ${own}`;
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
