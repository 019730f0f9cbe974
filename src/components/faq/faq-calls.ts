import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { PhoneNumbers } from '../../base/phone-numbers.js';
import type { Region } from '../../base/region.js';

/** "Emergency: call 112" as a call link: in the urgent-help answer and always visible under every FAQ. */
export function emergencyCall(numbers: PhoneNumbers) {
  return html`<p class="call">
    <a href=${numbers.emergencyTel}>${msg(str`Emergency: call ${numbers.emergency}`, { id: 'faq.call-emergency' })}</a>
  </p>`;
}

/** Who to call outside office hours: a number where there is one (Belgium's 1733), else the Dutch GP post. */
export function afterHoursCall(numbers: PhoneNumbers, region: Region) {
  if (numbers.afterHoursTel) {
    return html`<p class="call">
      <a href=${numbers.afterHoursTel}
        >${msg(str`Outside office hours: GP on call, ${numbers.afterHours}`, { id: 'faq.call-after-hours' })}</a
      >
    </p>`;
  }
  return region === 'nl'
    ? html`<p>${msg('Outside office hours: call your huisartsenpost (GP post).', { id: 'faq.after-hours-nl' })}</p>`
    : '';
}
