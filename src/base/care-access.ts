import { msg, str } from '@lit/localize';
import type { Region } from './region.js';

/*
 * How a reader gets to a physio, by country (clinical.md §6), and when to go (§1 row 19). The FAQ and the booking
 * notes say the same facts, so each sentence is one message: one wording to check, one translation per language.
 */

/** The job's name inside a sentence: Dutch "fysiotherapeut", Belgian Dutch "kinesitherapeut". */
export function physioTitle(region: Region): string {
  return region === 'be'
    ? msg('physio', { id: 'common.physio.be', desc: 'Belgian job title: kinesitherapeut' })
    : msg('physio', { id: 'common.physio.nl', desc: 'Dutch job title: fysiotherapeut' });
}

/** Row 19 (tier P): back pain that is not getting better is a reason to see someone, not an emergency. */
export function notBetterAdvice(region: Region): string {
  return msg(
    str`Is it not better after 2 to 6 weeks, or does the pain keep stopping you from daily tasks or work? Then make an appointment with your GP or a ${physioTitle(region)}.`,
    { id: 'common.not-better' },
  );
}

/** When the access rules and row 19 were last checked (ISO date), shown under the booking notes. */
export const accessLastReviewed = '2026-12-04';

/** Where the access rules come from (titles, not translated). */
export function accessSources(region: Region): string[] {
  return region === 'be'
    ? ['RIZIV/INAMI', 'NHG-Standaard M54', 'KNGF-richtlijn Lage rugpijn (2021)']
    : [
        'Directe toegankelijkheid fysiotherapie (DTF)',
        'Besluit zorgverzekering',
        'NHG-Standaard M54',
        'KNGF-richtlijn Lage rugpijn (2021)',
      ];
}

/** Referral, refund and what to bring, for the region. */
export function accessRules(region: Region): string[] {
  if (region === 'be') {
    return [
      msg('You need a prescription from a doctor. With it, your health insurance fund pays back part of the cost.', {
        id: 'common.be.prescription',
      }),
      msg('Start within 2 months of the date on the prescription.', { id: 'common.be.start' }),
      msg('Bring the prescription, a sticker from your health insurance fund and your eID to your first visit.', {
        id: 'common.be.bring',
      }),
      msg(
        'For ordinary low back pain, you get the normal refund for up to 18 sessions per condition in one calendar year. After that, you get less back.',
        { id: 'common.be.sessions' },
      ),
      msg(
        str`Ask whether your ${physioTitle(region)} works at the official rates. If not, they may charge more and you usually get 25% less back (not with an increased refund).`,
        { id: 'common.be.official-rates' },
      ),
    ];
  }
  return [
    msg(str`You do not need a referral from your GP: you can go to a ${physioTitle(region)} directly.`, {
      id: 'common.nl.no-referral',
    }),
    msg(
      str`At your first visit, the ${physioTitle(region)} asks a few short questions to check that physio care suits you.`,
      { id: 'common.nl.screening' },
    ),
    msg(
      'For ordinary low back pain, adults usually pay through supplementary insurance or pay themselves. Check your policy: some insurers still ask for a referral.',
      { id: 'common.nl.insurance' },
    ),
  ];
}

/** Neither country's insurance pays for an appointment that was missed. */
export function missedAppointment(region: Region): string {
  return region === 'be'
    ? msg('A missed appointment is never paid back.', { id: 'common.be.missed' })
    : msg('A missed appointment is never paid back by your health insurer.', { id: 'common.nl.missed' });
}
