import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Region } from './region.js';

/** Every content module's `sources`: the titles behind its medical text (not translated), for the reader's country. */
export type Sources = (region: Region) => readonly string[];

const monthNames = () =>
  msg('January February March April May June July August September October November December', {
    id: 'common.months',
    desc: 'The twelve month names in order, separated by single spaces, as they appear inside a date.',
  }).split(' ');

/**
 * A review date such as "25 November 2026" in the language the widget renders in. Not Intl.DateTimeFormat: its
 * first use loads date data that costs a mid-range phone about 100 ms, in the middle of the widget's first render.
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const parts: Record<string, string | number> = { D: day, M: monthNames()[month - 1], Y: year };
  // One pass over the pattern, so a month name's own letters (December) are never replaced.
  return msg('D M Y', {
    id: 'common.date',
    desc: 'How a date is written: D = day, M = month name, Y = year. German: D. M Y. Only D, M and Y are replaced.',
  }).replace(/[DMY]/g, (key) => String(parts[key]));
}

/** Where built-in medical content comes from and when it was last checked (clinical.md §7 rule 11). */
export function sourcesLine(names: readonly string[], lastReviewed: string) {
  return html`<p class="sources" part="sources">
    ${msg(str`Sources: ${names.join(', ')}. Last reviewed: ${formatDate(lastReviewed)}.`, { id: 'common.sources' })}
  </p>`;
}
