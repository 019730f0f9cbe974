import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { renderRootOf } from '../../src/base/physio-base.js';

/** One of our elements: it renders asynchronously. */
export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Text as a reader sees it: whitespace collapsed. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A widget's shadow root, also when it is closed (the red-flag checklist's is). */
export const shadow = (el: Element) => (renderRootOf(el) ?? el.shadowRoot)!;

/** The first element in a widget's shadow root that matches; null at run time when none does. */
export const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector)!;

/** Every element in a widget's shadow root that matches. */
export const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];

/** Renders a widget as a fixture and returns everything it shows, as one line of text. */
export async function shownText(template: TemplateResult): Promise<string> {
  const el = await fixture<Widget>(template);
  await el.updateComplete;
  return text(shadow(el).firstElementChild);
}

/** Resolves after the next animation frame. */
export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves after `ms` milliseconds (0: the next task, after pending microtasks, observers and events). */
export const delay = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when every element given has finished its pending render. */
export const allUpdated = (widgets: Element[]) => Promise.all(widgets.map((el) => (el as Widget).updateComplete));

/**
 * Waits until every physio-* widget inside `root` (or the elements given) has rendered, then one frame, then for any
 * render that frame started.
 */
export async function settleWidgets(root: ParentNode | Element[]): Promise<void> {
  const widgets = Array.isArray(root)
    ? root
    : [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('physio-'));
  await allUpdated(widgets);
  await frame();
  await allUpdated(widgets);
}

/**
 * Polls `condition` until it holds or `timeout` ms have passed, and never throws: the `expect` that follows then
 * fails with a diff of the value, where waitUntil fails with a bare timeout.
 */
export async function pollUntil(
  condition: () => unknown | Promise<unknown>,
  { timeout = 1000, interval = 50 } = {},
): Promise<void> {
  const end = performance.now() + timeout;
  while (!(await condition()) && performance.now() < end) await delay(interval);
}

const mounted = new Set<Element>();

/** Appends an element built by hand to the page; it is removed after the test, as a fixture() is, also on failure. */
export function mount<T extends Element>(el: T, parent: ParentNode = document.body): T {
  parent.append(el);
  mounted.add(el);
  return el;
}

afterEach(() => {
  for (const el of mounted) el.remove();
  mounted.clear();
});

/** Removes the #fragment from the address without navigating, so the next test starts without a deep link. */
export const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

/** Sets `<html lang>`; undefined removes it (a page that names no language). */
export function setPageLang(lang: string | undefined): void {
  if (lang === undefined) document.documentElement.removeAttribute('lang');
  else document.documentElement.lang = lang;
}

/** Sets `<meta name="physio-region" content>`; undefined removes it. */
export function setRegionMeta(content?: string): void {
  document.querySelector('meta[name="physio-region"]')?.remove();
  if (content === undefined) return;
  const meta = document.createElement('meta');
  meta.name = 'physio-region';
  meta.content = content;
  document.head.append(meta);
}

/**
 * Gives the page preload.css, as a CMS page links it. Imported here on demand: loading the FAQ's item styles with
 * every test file would hide whether the FAQ itself asked for them (faq-on-demand.test.ts).
 */
export async function adoptPreloadCss(): Promise<void> {
  const { preloadCss } = await import('../../src/preload-css.js');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(preloadCss);
  document.adoptedStyleSheets = [sheet];
}

/** Focuses `el` as a keyboard user would (a key press, so :focus-visible applies) and returns the ring it shows. */
export async function keyboardFocusRing(el: HTMLElement) {
  el.focus();
  await sendKeys({ press: 'Shift' });
  const { outlineStyle, outlineColor, outlineWidth } = getComputedStyle(el);
  return {
    ring: { focusVisible: el.matches(':focus-visible'), style: outlineStyle, color: outlineColor },
    width: parseFloat(outlineWidth),
  };
}

/** The colour a CSS system colour (Highlight, CanvasText, …) resolves to now, as getComputedStyle reports colours. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * A keyboard user inside `host`'s shadow root (a docs page's builder): what has focus there, and a Tab press that
 * waits for the host to render what it changed.
 */
export function keyboardIn(host: Element & { updateComplete: Promise<unknown> }) {
  return {
    focused: () => host.shadowRoot!.activeElement as HTMLElement | null,
    tab: async () => {
      await sendKeys({ press: 'Tab' });
      await host.updateComplete;
    },
  };
}
