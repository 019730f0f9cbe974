import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { contentLanguage } from './disclaimer.js';

/** A review date such as "25 November 2026" in the language the widget renders in. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(contentLanguage(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** Where built-in medical content comes from and when it was last checked (clinical.md §7 rule 11). */
export function sourcesLine(names: readonly string[], lastReviewed: string) {
  return html`<p class="sources" part="sources">
    ${msg(str`Sources: ${names.join(', ')}. Last reviewed: ${formatDate(lastReviewed)}.`, { id: 'common.sources' })}
  </p>`;
}
