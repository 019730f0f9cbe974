import { msg } from '@lit/localize';

/** The words of the "general information, not a diagnosis" line (clinical.md §7 rule 1), in the active language. */
export function disclaimerText() {
  return {
    important: msg('Important:', { id: 'common.important' }),
    text: msg('This is general information, not a diagnosis.', {
      id: 'common.disclaimer',
      desc: 'Shown at the bottom of every widget.',
    }),
  };
}

/** The active translation's language code, for the `lang` attribute of what a widget renders. */
export function contentLanguage(): string {
  return msg('en', { id: 'common.lang', desc: 'BCP 47 code of this translation, e.g. nl. Not shown.' });
}
