import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { templates as nl } from './generated/locales/nl.js';
import { onPageLanguageChange, pageLanguage } from './base/page-language.js';

export type LocaleCode = typeof sourceLocale | (typeof targetLocales)[number];

// Translations are bundled, not fetched: a widget must never make a request of its own, and a synchronous
// module lets the first paint already be in the page's language (no flash of English, no layout shift).
const translations = { nl: { templates: nl } };

/**
 * @lit/localize can be configured once per copy. If the host app already configured the same copy for its own
 * strings, keep working in English with a warning instead of breaking the page (lit/lit#1661).
 */
function configure() {
  try {
    return configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: async (locale) => translations[locale as keyof typeof translations],
    });
  } catch (error) {
    console.warn(
      'physio-elements: @lit/localize is already configured by this page, so the widgets stay in English. ' +
        'Use one localization setup (see README, "Localization").',
      error,
    );
    return { getLocale: () => sourceLocale, setLocale: async () => undefined };
  }
}

const localization = configure();

/** The language the widgets currently render in (`en` or `nl`). */
export function getLocale(): LocaleCode {
  return localization.getLocale() as LocaleCode;
}

/** Renders every widget in `code` (`en`, `nl`, or a tag such as `nl-BE`); anything else falls back to English. */
export function setLocale(code: string): Promise<void> {
  return localization.setLocale(matchLocale(code));
}

/** `<html lang>` starting with `nl` → `nl`; anything else → `en`. */
export function matchLocale(lang: string): LocaleCode {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  return (targetLocales as readonly string[]).includes(primary) ? (primary as LocaleCode) : sourceLocale;
}

let stopFollowing: (() => void) | undefined;

/**
 * Renders in the page's language now and whenever `<html lang>` changes. Idempotent; returns a function that
 * stops following (the current language stays).
 */
export function followDocumentLanguage(): () => void {
  if (!stopFollowing) {
    const unsubscribe = onPageLanguageChange((lang) => void setLocale(lang));
    stopFollowing = () => {
      unsubscribe();
      stopFollowing = undefined;
    };
  }
  void setLocale(pageLanguage());
  return stopFollowing;
}
