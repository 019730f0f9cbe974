import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Region } from '../../base/region.js';
import type { Tier } from './red-flags-content.js';
import type { PhoneNumbers as Numbers } from '../../base/phone-numbers.js';
import { emergencyLabel } from '../../base/safety-dom.js';

/** Visually hidden severity prefix of each tier's heading, so urgency never rests on colour (NHS care cards). */
export function tierPrefix(tier: Tier): string {
  switch (tier) {
    case 'emergency':
      return msg('Emergency:', { id: 'red-flags.prefix.emergency' });
    case 'today':
      return msg('Urgent:', { id: 'red-flags.prefix.today' });
    case 'soon':
      return msg('Soon:', { id: 'red-flags.prefix.soon' });
  }
}

/** One action per heading (clinical.md §7 rule 4). */
export function tierHeading(tier: Tier, n: Numbers): string {
  switch (tier) {
    case 'emergency':
      return msg(str`Call ${n.emergency} now if you have:`, { id: 'red-flags.heading.emergency' });
    case 'today':
      return msg('Call your GP today if you have:', { id: 'red-flags.heading.today' });
    case 'soon':
      return msg('Make an appointment with your GP within a few days if you have:', { id: 'red-flags.heading.soon' });
  }
}

const call = (href: string | undefined, label: string) => (href ? html`<a href=${href}>${label}</a>` : label);

/**
 * The line after the tiers, in the checklist and in the FAQ's urgent answer: no verdict when nothing applies
 * (clinical.md §7 rule 3), whether or not the reader ticked anything.
 */
export function closingLine(): string {
  return msg(
    'If none of these signs fits you, there can still be a problem. If you are worried about your back, or it gets worse, contact your GP.',
    { id: 'red-flags.closing.none-fits' },
  );
}

/*
 * Each tier's action, sentence by sentence: the action block shows them with call links, the live region speaks the
 * same words (no second wording to keep in step, nor to translate).
 */
const emergencyRoute = (region: Region) =>
  region === 'be'
    ? msg('Or go straight to the emergency department of a hospital.', { id: 'red-flags.action.emergency.be' })
    : msg('Or go straight to the emergency department of a hospital (SEH).', { id: 'red-flags.action.emergency.nl' });

/** The out-of-hours GP service by its country's name, inside a sentence (clinical.md §9). */
const gpOnCall = (region: Region) =>
  region === 'be'
    ? msg('the GP on call', { id: 'common.gp-on-call.be', desc: 'Belgium: de huisarts van wacht (1733)' })
    : msg('the huisartsenpost (out-of-hours GP service)', {
        id: 'common.gp-on-call.nl',
        desc: 'The Netherlands: de huisartsenpost',
      });

/** Cauda equina signs (rows 1–5): besides 112 or the emergency department, the GP may be called at once. */
const nerveAdvice = (region: Region) =>
  msg(
    str`With numbness around your bottom or genitals, new problems peeing, pooing or with sex, or symptoms in both legs, you can also call your GP or ${gpOnCall(region)} straight away. Say that it is urgent.`,
    { id: 'common.nerve-advice' },
  );

const todayAction = () => msg('Call your GP today.', { id: 'red-flags.action.today' });

/** Who to call out of hours; the sentence with a number ends in `,` and the number follows. */
const afterHoursAction = (n: Numbers, region: Region) =>
  n.afterHours
    ? msg(str`Evenings, nights, weekends and public holidays: call ${gpOnCall(region)},`, {
        id: 'red-flags.action.after-hours-number',
      })
    : msg(str`Evenings, nights, weekends and public holidays: call ${gpOnCall(region)} in your area.`, {
        id: 'red-flags.action.after-hours-area',
      });

const soonAction = () =>
  msg('Make an appointment with your GP within a few days, and tell them what you noticed.', {
    id: 'red-flags.action.soon',
  });

/** The today and soon tiers' action as plain text; the out-of-hours number follows its sentence as on screen. */
const plainAction = (tier: Exclude<Tier, 'emergency'>, n: Numbers, region: Region) =>
  tier === 'today'
    ? `${todayAction()} ${afterHoursAction(n, region)}${n.afterHours ? ` ${n.afterHours}.` : ''}`
    : soonAction();

/**
 * What the live region says when a sign in this tier is ticked: the tier's urgency and action, nothing about the
 * reader. The emergency link's words ("Emergency: call 112") carry that tier's urgency themselves.
 */
export function tierAnnouncement(tier: Tier, n: Numbers, region: Region): string {
  return tier === 'emergency'
    ? `${emergencyLabel(n)}. ${emergencyRoute(region)}`
    : `${tierPrefix(tier)} ${plainAction(tier, n, region)}`;
}

/** The action block under each tier's signs, with working `tel:` links. */
export function tierAction(tier: Tier, n: Numbers, region: Region) {
  switch (tier) {
    case 'emergency':
      return html`<p>${emergencyRoute(region)}</p>
        <p>${nerveAdvice(region)}</p>`;
    case 'today':
      return html`<p>${todayAction()}</p>
        <p>${afterHoursAction(n, region)} ${n.afterHours ? html`${call(n.afterHoursTel, n.afterHours)}.` : ''}</p>`;
    case 'soon':
      return html`<p>${soonAction()}</p>`;
  }
}
