import { msg } from '@lit/localize';

/** The active translation's language code, for the `lang` attribute of what a widget renders. */
export function contentLanguage(): string {
  return msg('en', { id: 'common.lang', desc: 'BCP 47 code of this translation, e.g. nl. Not shown.' });
}
