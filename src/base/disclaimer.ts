import { html } from 'lit';
import { msg } from '@lit/localize';

/**
 * The "general information, not a diagnosis" line that every widget shows (clinical.md §7 rule 1), in the GOV.UK
 * warning-text pattern: a decorative icon hidden from screen readers, and a spoken "Important:" instead.
 */
export function disclaimer() {
  return html`<p class="disclaimer" part="disclaimer">
    <span class="disclaimer-icon" aria-hidden="true">i</span>
    <span class="visually-hidden">${msg('Important:', { id: 'common.important' })}</span>
    ${msg('This is general information, not a diagnosis.', {
      id: 'common.disclaimer',
      desc: 'Shown at the bottom of every widget.',
    })}
  </p>`;
}

/** The active translation's language code, for the `lang` attribute of what a widget renders. */
export function contentLanguage(): string {
  return msg('en', { id: 'common.lang', desc: 'BCP 47 code of this translation, e.g. nl. Not shown.' });
}
