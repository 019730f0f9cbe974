import { contrastRatio, type Rgb } from '../../stories/theme-builder/contrast.js';
import { keyboardFocusRing, shadow, systemColor } from './dom.js';

type Rgba = [number, number, number, number];

/**
 * A computed colour as numbers, alpha 0–1: `rgb(…)` / `rgba(…)`, or `color(srgb r g b / a)` with channels 0–1, which is
 * how Chromium gives a color-mix() (the exercise drawings' far arm and leg).
 */
export function rgba(color: string): Rgba {
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(color);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if ([r, g, b].some((n) => n === undefined)) throw new Error(`not an rgb() colour: ${color}`);
  return [r, g, b, a];
}

/** `top` with `alpha` (times its own) painted over the opaque colour `under`. */
function over([r, g, b, a]: Rgba, under: Rgba, alpha = 1): Rgba {
  const t = a * alpha;
  return [r * t + under[0] * (1 - t), g * t + under[1] * (1 - t), b * t + under[2] * (1 - t), 1];
}

/** WCAG 2.2 contrast ratio of two computed colours; `alpha` fades the first over the second (SVG opacity). */
export function contrast(color: string, background: string, alpha = 1): number {
  const under = rgba(background);
  return contrastRatio(over(rgba(color), under, alpha).slice(0, 3) as Rgb, under.slice(0, 3) as Rgb);
}

const parentOf = (node: Element): Element | null =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/**
 * The opaque colour behind `el`: the first ancestor's own background (a banner, a panel), else the page's, else the
 * canvas (white, or dark under a dark `color-scheme`).
 */
export function backgroundBehind(el: Element): string {
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const { backgroundColor } = getComputedStyle(node);
    if (rgba(backgroundColor)[3] === 1) return backgroundColor;
  }
  return systemColor('Canvas');
}

/** The product of `opacity` from `el` up to its `<svg>`: how strongly a line or fill is painted. */
function svgOpacity(el: Element): number {
  let alpha = 1;
  for (let node: Element | null = el; node && node.localName !== 'svg'; node = node.parentElement) {
    alpha *= Number(getComputedStyle(node).opacity);
  }
  return alpha;
}

/**
 * Lines and fills of the drawings that carry meaning: the bucket, its water and spill; the exercise figures (every
 * line: both poses, the arrows, the mat; the dotted start pose's head is a ring, the end pose's a disc).
 */
const drawn = [
  [
    '.bucket .outline, .bucket .rim, .bucket .handle, .spill path, .illustration path, .illustration .ghost .head',
    'stroke',
  ],
  ['.water, .illustration > .head', 'fill'],
] as const;

/**
 * WCAG 1.4.11 and 2.4.13 as numbers, for every widget in `root`: each keyboard focus ring, each control's border
 * (buttons, links drawn as buttons, the search field), each tier and call-out edge, and each line of the drawings,
 * against what is behind it. Returns one line per element under 3:1; [] when all pass. Also returns how many
 * were measured, so a selector that stops matching cannot make the test pass by measuring nothing.
 */
export async function nonTextContrast(root: Element, minimum = 3): Promise<{ failures: string[]; measured: number }> {
  const failures: string[] = [];
  let measured = 0;
  const check = (what: string, el: Element, color: string, alpha = 1, behind = backgroundBehind(el)) => {
    measured++;
    const ratio = contrast(color, behind, alpha);
    if (ratio < minimum) failures.push(`${what} ${color} on ${behind}: ${ratio.toFixed(2)}:1`);
  };
  const widgets = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('physio-'));
  for (const widget of widgets) {
    const inside = shadow(widget);
    const name = (el: Element) => `${widget.localName} ${el.localName}.${[...el.classList].join('.')}`;
    const focusable = [
      ...inside.querySelectorAll<HTMLElement>('a[href], button, input, summary'),
      ...widget.querySelectorAll<HTMLElement>('summary'),
    ].filter((el) => el.checkVisibility());
    for (const el of focusable) {
      const { ring } = await keyboardFocusRing(el);
      if (!ring.focusVisible) failures.push(`${name(el)} shows no keyboard focus`);
      check(`focus ring of ${name(el)}`, el, ring.color);
    }
    for (const el of inside.querySelectorAll('button, a.button, input[type=search]')) {
      const style = getComputedStyle(el);
      if (parseFloat(style.borderTopWidth) > 0) check(`border of ${name(el)}`, el, style.borderTopColor);
    }
    for (const el of inside.querySelectorAll('.tier, .safety, .overflow-note')) {
      check(`edge of ${name(el)}`, el, getComputedStyle(el).borderInlineStartColor);
      if (el.hasAttribute('data-attention')) check(`outline of ${name(el)}`, el, getComputedStyle(el).outlineColor);
    }
    for (const [selector, paint] of drawn) {
      for (const el of inside.querySelectorAll(selector)) {
        const svg = el.closest('svg')!;
        check(`${paint} of ${name(el)}`, svg, getComputedStyle(el)[paint], svgOpacity(el));
      }
    }
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return { failures, measured };
}
