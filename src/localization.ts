import { configureLocalization, type LocaleModule, type MsgFn } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { templates as nl } from './generated/locales/nl.js';
import { isServer } from 'lit-html/is-server.js';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { onPageLanguageChange, pageLanguage, setServerLanguage } from './base/page-language.js';
import { trackLocaleLoad } from './base/locale-gate.js';

export type LocaleCode = typeof sourceLocale | (typeof targetLocales)[number];

/*
 * Dutch is bundled, so a Dutch page paints Dutch at once. French and German are loaded only on a page in that
 * language: with npm through import(), which bundlers split into their own files; in the CDN file from the file
 * beside it (physio-elements.fr.js), never from another site; that file refuses to load for a script of another
 * version (scripts/side-files-plugin.ts). Until a language is ready, widgets that have not rendered yet wait in their
 * reserved box (base/locale-gate.ts), so no English is painted first.
 */
const loaders: Record<Exclude<LocaleCode, 'en'>, () => Promise<LocaleModule>> = {
  nl: async () => ({ templates: nl }),
  fr: () => import('./generated/locales/fr.js'),
  de: () => import('./generated/locales/de.js'),
};

/**
 * @lit/localize can be configured once per copy. If the host app already configured the same copy for its own
 * strings, keep working in English with a warning instead of breaking the page (lit/lit#1661).
 */
function configure() {
  if (isServer) return serverLocalization();
  try {
    return configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
    });
  } catch (error) {
    console.warn(
      'physio-elements: @lit/localize is set up elsewhere on this page; widgets stay in English (README: Localization)',
      error,
    );
    return { getLocale: () => sourceLocale, setLocale: async () => undefined };
  }
}

/**
 * On a server, @lit/localize's own setLocale() cannot run (it announces each change on `window`): the messages of the
 * language asked for are installed directly. One language at a time, as on a page (README: Server rendering).
 */
function serverLocalization() {
  let active: string = sourceLocale;
  let templates: LocaleModule['templates'] | undefined;
  _installMsgImplementation(((template, options) => runtimeMsg(templates, template, options)) as MsgFn);
  return {
    getLocale: () => active,
    setLocale: async (locale: string) => {
      templates = locale === sourceLocale ? undefined : (await loaders[locale as keyof typeof loaders]()).templates;
      active = locale;
    },
  };
}

const localization = configure();

/** The language the widgets currently render in (`en`, `nl`, `fr` or `de`). */
export function getLocale(): LocaleCode {
  return localization.getLocale() as LocaleCode;
}

/**
 * Renders every widget in `code` (`en`, `nl`, `fr`, `de`, or a tag such as `fr-BE`); anything else falls back to
 * English. Resolves when the language is shown. A language file that cannot be loaded warns once and leaves the
 * widgets in the language they had (English on a page that just started).
 */
export function setLocale(code: string): Promise<void> {
  const locale = matchLocale(code);
  // On a server the tag also stands for the page's `<html lang>`, for the region (base/page-language.ts).
  if (isServer) setServerLanguage(code);
  const load = localization.setLocale(locale).catch((error: unknown) => {
    console.warn(`physio-elements: ${locale} translations not loaded`, error);
  });
  trackLocaleLoad(load);
  return load;
}

/** `<html lang>` → locale: `nl…` → `nl`, `fr…` → `fr`, `de…` → `de`, anything else → `en`. */
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
