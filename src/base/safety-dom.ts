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

/** The two lines as DOM nodes, updated in place when the language or the number changes. */
export class SafetyNodes {
  readonly #important = element('span', { class: 'visually-hidden' });
  readonly #text = document.createTextNode('');
  readonly #link = element('a');
  readonly disclaimer = element(
    'p',
    { class: 'disclaimer', part: 'disclaimer' },
    element('span', { class: 'disclaimer-icon', 'aria-hidden': 'true' }, 'i'),
    ' ',
    this.#important,
    ' ',
    this.#text,
  );
  readonly emergencyCall = element('p', { class: 'call' }, this.#link);

  update(n: Emergency): void {
    setText(this.#important, important());
    const text = disclaimerText();
    if (this.#text.data !== text) this.#text.data = text;
    if (this.#link.getAttribute('href') !== n.emergencyTel) this.#link.href = n.emergencyTel;
    setText(this.#link, emergencyLabel(n));
  }
}
