import { schemes, type Scheme, type Tokens } from './tokens.js';

export type Rgb = [number, number, number];

/** `#rrggbb` as numbers 0–255. */
export const fromHex = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/** `rgb(r, g, b)`, as getComputedStyle reports a colour, as numbers. */
export const fromComputed = (color: string): Rgb => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as Rgb;

/** `top` painted with `alpha` over `under` (the bucket's water is 75 % opaque, the drawings' floor line 50 %). */
const over = (top: Rgb, under: Rgb, alpha: number): Rgb => top.map((c, i) => c * alpha + under[i] * (1 - alpha)) as Rgb;

/** WCAG 2.2 relative luminance. */
const luminance = (rgb: Rgb) =>
  rgb
    .map((c) => c / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);

/** WCAG 2.2 contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The red flags' "today" tier edge (red-flags.styles.ts): not a token, but it is drawn on the surface. */
export const todayAmber: Record<Scheme, string> = { light: '#8a4b00', dark: '#ffaa33' };

/**
 * The booking banner's own background when the surface is left to the widgets (booking-cta.styles.ts): not a token,
 * but its title, text and links are drawn on it.
 */
export const bannerTint: Record<Scheme, string> = { light: '#f0f4f5', dark: '#1d2529' };

/** The browser's system colours the widgets draw with, in one scheme. */
export interface SystemColours {
  /** The page's canvas: the text of filled buttons, and the floating booking panel's background. */
  canvas: Rgb;
  /** The background of form fields: the FAQ's search field. */
  field: Rgb;
}

/** The page around the widgets, which the builder cannot know: the designer says what it is. */
export interface Page {
  background: string;
  text: string;
}

/** One colour pair, measured on light and on dark pages. */
export interface Check {
  id: string;
  label: string;
  /** 4.5 for text (WCAG 1.4.3), 3 for lines, edges and drawings (1.4.11). */
  minimum: number;
  /** The tokens whose values decide it: its warning is shown beside their inputs. */
  tokens: string[];
  ratios: Record<Scheme, number>;
}

/** What a pair's colours are on a page in one scheme. */
interface Colours {
  page: Rgb;
  text: Rgb;
  /** Undefined when the theme leaves the surface to the widgets: then the page is behind most things. */
  surface?: Rgb;
  /**
   * The widgets' own backgrounds, used only when the surface is left to them (else undefined): the booking banner's
   * tint, the floating panel's canvas and the search field's field colour.
   */
  own?: { banner: Rgb; panel: Rgb; field: Rgb };
  accent: Rgb;
  urgent: Rgb;
  border: Rgb;
  /** The page's canvas: the text colour of filled buttons. */
  canvas: Rgb;
  amber: Rgb;
}

type Pair = [foreground: Rgb, background: Rgb | undefined];
/**
 * The widgets' own backgrounds, checked when the theme leaves the surface to them (with a surface, the checks on the
 * surface cover them): what is drawn there, and whether links (the accent) are too.
 */
const ownBackgrounds: Array<[key: keyof NonNullable<Colours['own']>, where: string, links: boolean]> = [
  ['banner', 'the booking banner’s own tint', true],
  ['panel', 'the floating booking panel (the page’s canvas)', true],
  ['field', 'the FAQ’s search field (the browser’s field colour)', false],
];
const pairs: Array<Omit<Check, 'ratios'> & { colours: (c: Colours) => Pair }> = [
  { id: 'text-page', label: 'Text on the page', minimum: 4.5, tokens: ['text'], colours: (c) => [c.text, c.page] },
  {
    id: 'text-surface',
    label: 'Text on the surface',
    minimum: 4.5,
    tokens: ['text', 'surface'],
    colours: (c) => [c.text, c.surface],
  },
  {
    id: 'accent-page',
    label: 'Links and outlined buttons (accent) on the page',
    minimum: 4.5,
    tokens: ['accent'],
    colours: (c) => [c.accent, c.page],
  },
  {
    id: 'accent-surface',
    label: 'Links and outlined buttons (accent) on the surface',
    minimum: 4.5,
    tokens: ['accent', 'surface'],
    colours: (c) => [c.accent, c.surface],
  },
  {
    id: 'on-accent',
    label: 'Text on filled buttons (the page’s canvas colour on the accent)',
    minimum: 4.5,
    tokens: ['accent'],
    colours: (c) => [c.canvas, c.accent],
  },
  {
    id: 'on-urgent',
    label: 'Text of the “call 112” button (canvas on urgent)',
    minimum: 4.5,
    tokens: ['urgent'],
    colours: (c) => [c.canvas, c.urgent],
  },
  {
    id: 'urgent-edge',
    label: 'Urgent edges of the emergency tier and safety notes',
    minimum: 3,
    tokens: ['urgent'],
    colours: (c) => [c.urgent, c.surface ?? c.page],
  },
  {
    id: 'border-page',
    label: 'Borders on the page',
    minimum: 3,
    tokens: ['border'],
    colours: (c) => [c.border, c.page],
  },
  {
    id: 'border-surface',
    label: 'Borders on the surface',
    minimum: 3,
    tokens: ['border', 'surface'],
    colours: (c) => [c.border, c.surface],
  },
  {
    id: 'water',
    label: 'The bucket’s water (the accent, 75 % opaque) on the page',
    minimum: 3,
    tokens: ['accent'],
    colours: (c) => [over(c.accent, c.page, 0.75), c.page],
  },
  {
    id: 'drawing',
    label: 'The exercise drawing’s floor line (the text colour, 50 % opaque)',
    minimum: 3,
    tokens: ['text', 'surface'],
    colours: (c) => [over(c.text, c.surface ?? c.page, 0.5), c.surface ?? c.page],
  },
  {
    id: 'today-edge',
    label: 'The “today” tier’s amber edge (not a token) on the surface',
    minimum: 3,
    tokens: ['surface'],
    colours: (c) => [c.amber, c.surface ?? c.page],
  },
  ...ownBackgrounds.flatMap(([key, where, links]) => [
    {
      id: `text-${key}`,
      label: `Text on ${where}`,
      minimum: 4.5,
      tokens: ['text', 'surface'],
      colours: (c: Colours): Pair => [c.text, c.own?.[key]],
    },
    ...(links
      ? [
          {
            id: `accent-${key}`,
            label: `Links (accent) on ${where}`,
            minimum: 4.5,
            tokens: ['accent', 'surface'],
            colours: (c: Colours): Pair => [c.accent, c.own?.[key]],
          },
        ]
      : []),
  ]),
];

/**
 * Every colour pair the widgets draw, measured in both schemes with the tokens as set, the page as the designer
 * describes it and the browser's system colours (`system`). When the theme leaves the surface to the widgets, the
 * pairs on the surface give way to those on the widgets' own backgrounds (the banner's tint, canvas, field).
 */
export function contrastChecks(
  tokens: Tokens,
  pages: Record<Scheme, Page>,
  system: Record<Scheme, SystemColours>,
): Check[] {
  const colours = (scheme: Scheme): Colours => {
    const colour = (name: string) => {
      const value = tokens.colours[`--physio-color-${name}`];
      return value.set ? fromHex(value[scheme]) : undefined;
    };
    const surface = colour('surface');
    const { canvas, field } = system[scheme];
    return {
      page: fromHex(pages[scheme].background),
      text: colour('text') ?? fromHex(pages[scheme].text),
      surface,
      own: surface ? undefined : { banner: fromHex(bannerTint[scheme]), panel: canvas, field },
      accent: colour('accent')!,
      urgent: colour('urgent')!,
      border: colour('border')!,
      canvas,
      amber: fromHex(todayAmber[scheme]),
    };
  };
  const inScheme = { light: colours('light'), dark: colours('dark') };
  return pairs.flatMap(({ colours: pair, ...check }) => {
    const measured = schemes.map((scheme) => pair(inScheme[scheme]));
    if (measured.some(([, background]) => !background)) return [];
    const [light, dark] = measured.map(([fg, bg]) => contrastRatio(fg, bg!));
    return [{ ...check, tokens: check.tokens.map((t) => `--physio-color-${t}`), ratios: { light, dark } }];
  });
}

/** The checks that fail, one line each, e.g. "Borders on the surface, dark pages: 2.1:1 (needs 3:1)". */
export function failures(checks: Check[], token?: string): string[] {
  return checks
    .filter((check) => !token || check.tokens.includes(token))
    .flatMap((check) =>
      schemes
        .filter((scheme) => check.ratios[scheme] < check.minimum)
        .map(
          (scheme) =>
            `${check.label}, ${scheme} pages: ${formatRatio(check.ratios[scheme])} (needs ${check.minimum}:1)`,
        ),
    );
}

/** 4.4999 must not read as 4.5:1: rounded down to two decimals. */
export const formatRatio = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
