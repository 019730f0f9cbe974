import { slugify, uniqueId } from '../../base/slug.js';

/** Marks the heading wrapper we put inside a page's `<summary>`, so re-renders reuse it. */
const HEADING_ATTR = 'data-physio-heading';

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The `<summary>` that labels a `<details>`: its first summary child. */
function summaryOf(details: HTMLDetailsElement): HTMLElement | null {
  for (const child of details.children) if (child.localName === 'summary') return child as HTMLElement;
  return null;
}

const questionText = (details: HTMLDetailsElement) => collapse(summaryOf(details)?.textContent);

/** The question and answer of one `<details>` exactly as a reader sees them (used for search and JSON-LD). */
export function itemText(details: HTMLDetailsElement): { question: string; answer: string } {
  const summary = summaryOf(details);
  const parts = [...details.childNodes].filter((node) => node !== summary).map((node) => node.textContent);
  return { question: questionText(details), answer: collapse(parts.join(' ')) };
}

/** Everything a reader can search for in one `<details>`. */
export const searchText = (details: HTMLDetailsElement) => Object.values(itemText(details)).join(' ');

/** A stable id for deep links on a page-supplied `<details>`: the page's own id wins, else `faq-<slug>`. */
export function assignId(details: HTMLDetailsElement, taken: Set<string>): string {
  if (!details.id) {
    // The question alone: reading every answer's text too would cost a long FAQ's upgrade.
    const base = `faq-${slugify(questionText(details)) || 'question'}`;
    details.id = uniqueId(base, (id) => taken.has(id) || (document.getElementById(id) ?? details) !== details);
  }
  taken.add(details.id);
  return details.id;
}

/**
 * A heading around the question of a page-supplied `<details>`, without replacing anything: a heading inside
 * `<summary>` is exposed to screen readers as a heading, so the questions can be jumped through with the heading key.
 */
export function markHeading(details: HTMLDetailsElement, level: number): void {
  const summary = summaryOf(details);
  if (!summary) return;
  const heading = headingIn(summary);
  if (heading.getAttribute('aria-level') !== String(level)) heading.setAttribute('aria-level', String(level));
}

function headingIn(summary: Element): Element {
  for (const child of summary.children) if (child.hasAttribute(HEADING_ATTR)) return child;
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
export function detailsChildren(host: HTMLElement): HTMLDetailsElement[] {
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
