import { slugify, uniqueId } from '../../base/slug.js';

/** Marks the heading wrapper we put inside a page's `<summary>`, so re-renders reuse it. */
const HEADING_ATTR = 'data-physio-heading';

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The question and answer of one `<details>` exactly as a reader sees them (used for search and JSON-LD). */
export function itemText(details: HTMLDetailsElement): { question: string; answer: string } {
  const summary = details.querySelector(':scope > summary');
  const parts = [...details.childNodes].filter((node) => node !== summary).map((node) => node.textContent);
  return { question: collapse(summary?.textContent), answer: collapse(parts.join(' ')) };
}

/**
 * Gives a page-supplied `<details>` what the accordion pattern needs without replacing it: a stable id for deep
 * links (the page's own id wins) and a heading around the question (a heading inside `<summary>` is exposed to
 * screen readers as a heading, so the questions can be jumped through with the heading key).
 */
export function enhancePageItem(details: HTMLDetailsElement, level: number, taken: Set<string>): string {
  if (!details.id) {
    const base = `faq-${slugify(itemText(details).question) || 'question'}`;
    details.id = uniqueId(base, (id) => taken.has(id) || (document.getElementById(id) ?? details) !== details);
  }
  taken.add(details.id);
  const summary = details.querySelector(':scope > summary');
  if (summary) headingIn(summary).setAttribute('aria-level', String(level));
  return details.id;
}

function headingIn(summary: Element): Element {
  const existing = summary.querySelector(`:scope > [${HEADING_ATTR}]`);
  if (existing) return existing;
  const own = summary.children.length === 1 && /^H[1-6]$/.test(summary.children[0].tagName);
  if (own && collapse(summary.textContent) === collapse(summary.children[0].textContent)) {
    // The page wrote its own <hN>: keep its element, only align the level.
    summary.children[0].setAttribute(HEADING_ATTR, '');
    summary.children[0].setAttribute('role', 'heading');
    return summary.children[0];
  }
  const heading = document.createElement('span');
  heading.setAttribute(HEADING_ATTR, '');
  heading.setAttribute('role', 'heading');
  heading.append(...summary.childNodes);
  summary.append(heading);
  return heading;
}

/** The `<details>` children a page put in the element; stray `<p>`, `<br>` and text from a CMS are ignored. */
export function pageItems(host: HTMLElement): HTMLDetailsElement[] {
  return [...host.children].filter((el): el is HTMLDetailsElement => el instanceof HTMLDetailsElement);
}

/** Arrow keys, Home and End move between questions, as in the WAI-ARIA accordion pattern. */
export function moveFocus(event: KeyboardEvent, summaries: HTMLElement[]): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const index = summaries.indexOf(event.composedPath()[0] as HTMLElement);
  if (index < 0) return;
  const last = summaries.length - 1;
  const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
  if (target === undefined) return;
  event.preventDefault();
  summaries[(target + summaries.length) % summaries.length].focus();
}
