import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { contentLanguage } from '../../base/content-language.js';
import type { Region } from '../../base/region.js';
import {
  accessLastReviewed,
  accessRules,
  accessSources,
  missedAppointment,
  notBetterAdvice,
} from '../../base/care-access.js';
import type { Sources } from '../../base/provenance.js';

/**
 * What a patient should know before booking, by country (clinical.md §6), in the same words as the FAQ: when to book
 * (§1 row 19), referral or prescription, refunds, what to bring, and the clinic's cancellation rule.
 */
export function bookingNotes(region: Region, cancellationHours: number) {
  const oneHour = new Intl.PluralRules(contentLanguage()).select(cancellationHours) === 'one';
  const item = (text: string) => html`<li>${text}</li>`;
  return html`<ul class="notes" part="notes">
    ${item(notBetterAdvice(region))} ${accessRules(region).map(item)}
    ${
      cancellationHours > 0
        ? item(
            oneHour
              ? msg('Can’t come? Cancel at least 1 hour before, or the appointment may be charged.', {
                  id: 'booking.note.cancel-one',
                })
              : msg(
                  str`Can’t come? Cancel at least ${cancellationHours} hours before, or the appointment may be charged.`,
                  { id: 'booking.note.cancel' },
                ),
          )
        : nothing
    }
    ${item(missedAppointment(region))}
  </ul>`;
}

/** Where the booking notes' facts come from: the access rules the FAQ also gives. */
export const sources: Sources = accessSources;

/** When those rules were last checked (ISO date). */
export const lastReviewed = accessLastReviewed;
