import { msg, str } from '@lit/localize';
import { element, setText } from './dom.js';
import type { PhoneNumbers } from './phone-numbers.js';

/*
 * The two safety lines every widget shows, written once: "general information, not a diagnosis" (clinical.md §7
 * rule 1) and the emergency call link. This module has their words and their DOM form, which the FAQ's frame uses
 * (it renders without lit-html); safety.ts has the lit templates the other widgets use, with the same words and
 * markup. Importing lit-html here would put 3.3 kB gzip into the FAQ entry, so the two forms are two files.
 */

export type Emergency = Pick<PhoneNumbers, 'emergency' | 'emergencyTel'>;

export const important = () => msg('Important:', { id: 'common.important' });

export const disclaimerText = () =>
  msg('This is general information, not a diagnosis.', {
    id: 'common.disclaimer',
    desc: 'Shown at the bottom of every widget.',
  });

/** The emergency link's words, e.g. "Emergency: call 112". */
export const emergencyLabel = (n: Emergency) =>
  msg(str`Emergency: call ${n.emergency}`, { id: 'common.call-emergency' });

/** The two lines as DOM nodes, and `update` to bring them in line with the active language and the number. */
export function safetyNodes() {
  const hidden = element('span', { class: 'visually-hidden' });
  const text = document.createTextNode('');
  const link = element('a');
  return {
    disclaimer: element(
      'p',
      { class: 'disclaimer', part: 'disclaimer' },
      element('span', { class: 'disclaimer-icon', 'aria-hidden': 'true' }, 'i'),
      ' ',
      hidden,
      ' ',
      text,
    ),
    emergencyCall: element('p', { class: 'call' }, link),
    update(n: Emergency): void {
      setText(hidden, important());
      const words = disclaimerText();
      if (text.data !== words) text.data = words;
      if (link.getAttribute('href') !== n.emergencyTel) link.href = n.emergencyTel;
      setText(link, emergencyLabel(n));
    },
  };
}
