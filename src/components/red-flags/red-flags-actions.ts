import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Region } from '../../base/region.js';
import type { Tier } from './red-flags-content.js';
import type { PhoneNumbers as Numbers } from '../../base/phone-numbers.js';

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

/** What the live region says when a sign in this tier is ticked: the tier's action, nothing about the reader. */
export function tierAnnouncement(tier: Tier, n: Numbers, region: Region): string {
  switch (tier) {
    case 'emergency':
      return region === 'be'
        ? msg(str`Call ${n.emergency} now, or go to the emergency department (spoed).`, {
            id: 'red-flags.say.emergency.be',
          })
        : msg(str`Call ${n.emergency} now, or go to the emergency department (SEH).`, {
            id: 'red-flags.say.emergency.nl',
          });
    case 'today':
      if (region === 'nl' && !n.afterHours) {
        return msg('Call your GP today. Outside office hours, call the huisartsenpost.', {
          id: 'red-flags.say.today.nl',
        });
      }
      return region === 'nl'
        ? msg(str`Call your GP today. Outside office hours, call the huisartsenpost: ${n.afterHours}.`, {
            id: 'red-flags.say.today.nl-number',
          })
        : msg(str`Call your GP today. Outside office hours, call the GP on call: ${n.afterHours}.`, {
            id: 'red-flags.say.today.be',
          });
    case 'soon':
      return msg('Make an appointment with your GP within a few days.', { id: 'red-flags.say.soon' });
  }
}

const call = (href: string | undefined, label: string) => (href ? html`<a href=${href}>${label}</a>` : label);

/** The emergency tier's call button, placed right under its heading: the first thing to reach, before the signs. */
export function emergencyCall(n: Numbers) {
  return html`<p class="call">${call(n.emergencyTel, msg(str`Call ${n.emergency}`, { id: 'red-flags.call' }))}</p>`;
}

/** The action block under each tier's signs, with working `tel:` links. */
export function tierAction(tier: Tier, n: Numbers, region: Region) {
  switch (tier) {
    case 'emergency':
      return html`<p>
          ${
            region === 'be'
              ? msg('Or go straight to the emergency department of a hospital (spoed).', {
                  id: 'red-flags.action.emergency.be',
                })
              : msg('Or go straight to the emergency department of a hospital (SEH).', {
                  id: 'red-flags.action.emergency.nl',
                })
          }
        </p>
        <p>
          ${
            region === 'be'
              ? msg(
                  'With numbness around your bottom or genitals, new problems peeing, pooing or with sex, or symptoms in both legs, you can also call your GP or the GP on call straight away. Say that it is urgent.',
                  { id: 'red-flags.action.nerve.be' },
                )
              : msg(
                  'With numbness around your bottom or genitals, new problems peeing, pooing or with sex, or symptoms in both legs, you can also call your GP or GP post straight away. Say that it is urgent.',
                  { id: 'red-flags.action.nerve' },
                )
          }
        </p>`;
    case 'today':
      return html`<p>${msg('Call your GP (huisarts) today.', { id: 'red-flags.action.today' })}</p>
        <p>
          ${
            !n.afterHours
              ? msg(
                  'Evenings, nights, weekends and public holidays: call the huisartsenpost (out-of-hours GP service) in your area.',
                  { id: 'red-flags.action.huisartsenpost' },
                )
              : region === 'nl'
                ? html`${msg('Evenings, nights, weekends and public holidays: call the huisartsenpost,', {
                    id: 'red-flags.action.huisartsenpost-number',
                  })}
                  ${call(n.afterHoursTel, n.afterHours)}.`
                : html`${msg('Evenings, nights, weekends and public holidays: call the GP on call,', {
                    id: 'red-flags.action.after-hours',
                  })}
                  ${call(n.afterHoursTel, n.afterHours)}.`
          }
        </p>`;
    case 'soon':
      return html`<p>
        ${msg('Make an appointment with your GP within a few days, and tell them what you noticed.', {
          id: 'red-flags.action.soon',
        })}
      </p>`;
  }
}
