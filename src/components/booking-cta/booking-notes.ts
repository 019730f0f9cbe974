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
            </li>
            <li>
              ${msg('Start within 2 months of the date on the prescription, and bring your eID.', {
                id: 'booking.note.be-start',
              })}
            </li>`
        : html`<li>${msg('No referral needed: you can book directly.', { id: 'booking.note.nl-no-referral' })}</li>
            <li>
              ${msg('Do you have supplementary insurance? Physiotherapy is usually paid from it. Check your policy.', {
                id: 'booking.note.nl-insurance',
              })}
            </li>`
    }
    ${
      cancellationHours > 0
        ? html`<li>
            ${
              oneHour
                ? msg('Can’t come? Cancel at least 1 hour before, or the appointment may be charged.', {
                    id: 'booking.note.cancel-one',
                  })
                : msg(
                    str`Can’t come? Cancel at least ${cancellationHours} hours before, or the appointment may be charged.`,
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
