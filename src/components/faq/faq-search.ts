import { css, html, render } from 'lit';
import { msg, str } from '@lit/localize';

/* Loaded only by an FAQ with the `searchable` attribute. */

export const searchStyles = css`
  .search label {
    display: block;
    font-weight: 600;
  }
  .search input {
    width: 100%;
    max-width: 30em;
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--physio-color-surface, Field);
  }
`;

/** Accent- and case-insensitive form, so "rugpijn" finds "Rugpijn" and "hernia" finds "herniä". */
export function searchable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Every word of `query` (accent- and case-insensitive) occurs in `text`; an empty query matches everything. */
export function matches(query: string, text: string): boolean {
  const haystack = searchable(text);
  return searchable(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => haystack.includes(term));
}

/** The search field, and a status that screen readers announce: "3 of 13 questions match." */
export function renderSearch(
  container: HTMLElement,
  value: string,
  query: string,
  shown: boolean[],
  onInput: (event: Event) => void,
): void {
  const count = shown.filter(Boolean).length;
  const total = shown.length;
  let status = '';
  if (query && count === 0) status = msg('No questions match.', { id: 'faq.search.none' });
  else if (query && count === 1) status = msg(str`1 of ${total} questions matches.`, { id: 'faq.search.count-one' });
  else if (query) status = msg(str`${count} of ${total} questions match.`, { id: 'faq.search.count' });
  render(
    html`<label for="search">${msg('Search the questions', { id: 'faq.search.label' })}</label>
      <input id="search" type="search" autocomplete="off" .value=${value} @input=${onInput} />
      <p class="visually-hidden" role="status">${status}</p>`,
    container,
  );
}
