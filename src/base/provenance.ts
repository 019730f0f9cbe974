import { html } from 'lit';
import { msg, str } from '@lit/localize';

const monthNames = () => [
  msg('January', { id: 'common.month.1' }),
  msg('February', { id: 'common.month.2' }),
  msg('March', { id: 'common.month.3' }),
  msg('April', { id: 'common.month.4' }),
  msg('May', { id: 'common.month.5' }),
  msg('June', { id: 'common.month.6' }),
  msg('July', { id: 'common.month.7' }),
  msg('August', { id: 'common.month.8' }),
  msg('September', { id: 'common.month.9' }),
  msg('October', { id: 'common.month.10' }),
  msg('November', { id: 'common.month.11' }),
  msg('December', { id: 'common.month.12' }),
];

/**
 * A review date such as "25 November 2026" in the language the widget renders in. Not Intl.DateTimeFormat: its
 * first use loads date data that costs a mid-range phone about 100 ms, in the middle of the widget's first render.
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  // English and Dutch both write day, month, year; a locale that orders them differently needs a message here.
  return `${day} ${monthNames()[month - 1]} ${year}`;
}

/** Where built-in medical content comes from and when it was last checked (clinical.md §7 rule 11). */
export function sourcesLine(names: readonly string[], lastReviewed: string) {
  return html`<p class="sources" part="sources">
    ${msg(str`Sources: ${names.join(', ')}. Last reviewed: ${formatDate(lastReviewed)}.`, { id: 'common.sources' })}
  </p>`;
}
