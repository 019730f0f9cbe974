import { html } from 'lit';
import { disclaimerText } from './disclaimer-text.js';

export { contentLanguage } from './disclaimer-text.js';

/**
 * The "general information, not a diagnosis" line that every widget shows, in the GOV.UK warning-text pattern: a
 * decorative icon hidden from screen readers, and a spoken "Important:" instead. (The FAQ builds the same markup
 * without lit-html, in faq-frame.ts.)
 */
export function disclaimer() {
  const { important, text } = disclaimerText();
  return html`<p class="disclaimer" part="disclaimer">
    <span class="disclaimer-icon" aria-hidden="true">i</span>
    <span class="visually-hidden">${important}</span>
    ${text}
  </p>`;
}
