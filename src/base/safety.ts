import { html } from 'lit';
import { disclaimerText, emergencyLabel, important, type Emergency } from './safety-dom.js';

/*
 * The safety lines as lit templates: the same words and markup as the DOM form in safety-dom.ts (a conformance test
 * compares them in every widget and locale).
 */

/**
 * The disclaimer in the GOV.UK warning-text pattern: a decorative icon hidden from screen readers, and a spoken
 * "Important:" instead.
 */
export function disclaimer() {
  return html`<p class="disclaimer" part="disclaimer">
    <span class="disclaimer-icon" aria-hidden="true">i</span>
    <span class="visually-hidden">${important()}</span>
    ${disclaimerText()}
  </p>`;
}

/** The emergency call link, as a paragraph of its own. */
export function emergencyCall(n: Emergency) {
  return html`<p class="call"><a href=${n.emergencyTel}>${emergencyLabel(n)}</a></p>`;
}
