import { contentLanguage } from './disclaimer.js';

/** A review date such as "25 November 2026" in the language the widget renders in. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(contentLanguage(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}
