import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { PhoneNumbers } from '../../base/phone-numbers.js';

/** "Emergency: call 112" as a call link: in the urgent-help answer and always visible under every FAQ. */
export function emergencyCall(numbers: Pick<PhoneNumbers, 'emergency' | 'emergencyTel'>) {
  return html`<p class="call">
    <a href=${numbers.emergencyTel}>${msg(str`Emergency: call ${numbers.emergency}`, { id: 'faq.call-emergency' })}</a>
  </p>`;
}
