import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { contentLanguage } from '../../base/disclaimer.js';
import type { Region } from '../../base/region.js';

/**
 * What a patient should know before booking, by country (clinical.md §6): in the Netherlands no referral is needed
 * and physiotherapy is usually paid from supplementary insurance; in Belgium a doctor's prescription is needed for
 * reimbursement. Plus the clinic's cancellation rule.
 */
export function bookingNotes(region: Region, cancellationHours: number) {
  const oneHour = new Intl.PluralRules(contentLanguage()).select(cancellationHours) === 'one';
  return html`<ul class="notes" part="notes">
    ${
      region === 'be'
        ? html`<li>
            ${msg(
              'Bring your doctor’s prescription: you need it to get money back from your health insurance fund (ziekenfonds).',
              { id: 'booking.note.be-prescription' },
            )}
          </li>`
        : html`<li>${msg('No referral needed: you can book directly.', { id: 'booking.note.nl-no-referral' })}</li>
            <li>
              ${msg('Physiotherapy is usually paid from supplementary insurance. Check your policy.', {
                id: 'booking.note.nl-insurance',
              })}
            </li>`
    }
    ${
      cancellationHours > 0
        ? html`<li>
            ${
              oneHour
                ? msg('Cannot come? Cancel at least 1 hour before, or the appointment may be charged.', {
                    id: 'booking.note.cancel-one',
                  })
                : msg(
                    str`Cannot come? Cancel at least ${cancellationHours} hours before, or the appointment may be charged.`,
                    {
                      id: 'booking.note.cancel',
                    },
                  )
            }
          </li>`
        : nothing
    }
  </ul>`;
}
