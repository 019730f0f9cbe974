import { isServer } from 'lit-html/is-server.js';
import { onPageLanguageChange, pageLanguage } from './page-language.js';
import { pickOption, warnOnce } from './warn.js';

/** Countries whose health-care routes the built-in content knows. */
export const regions = ['nl', 'be'] as const;
export type Region = (typeof regions)[number];

const isRegion = (value?: string): value is Region =>
  value !== undefined && (regions as readonly string[]).includes(value);

/** The country a tag's region subtag names (`en-BE` → be, `nl-NL` → nl); none for a bare tag or another country. */
export function subtagRegion(lang: string): Region | undefined {
  const subtags = lang.trim().toLowerCase().split(/[-_]/).slice(1);
  return regions.find((region) => subtags.includes(region));
}

/*
 * What the page's language says about the country, remembered: the tag the page had when the first widget was
 * registered (every widget's define() starts the memory), moved only by a later tag that names a country. A browser's
 * page translation sets a bare tag (`fr`), which must not turn a Dutch page Belgian, nor a Belgian page Dutch.
 * On a server there is no page to watch: the widget's attribute decides, else the tag setLocale() was given.
 */
let loaded: string | undefined;
let remembered: Region | undefined;

/** Starts remembering the page's language, once; called by every widget's define(). */
export function rememberPageLanguage(): void {
  if (loaded !== undefined || isServer) return;
  loaded = pageLanguage();
  remembered = subtagRegion(loaded);
  // Subscribed for the page's life, so a country named while no widget is on the page still counts.
  onPageLanguageChange((lang) => (remembered = subtagRegion(lang) ?? remembered));
}

/** Takes the page's current language as the one it loaded with. For this package's tests. */
export function forgetPageRegion(): void {
  rememberPageLanguage();
  loaded = pageLanguage();
  remembered = subtagRegion(loaded);
}

/**
 * Rules 3–4 for one tag: its region subtag, else French or German (Belgium's other languages) → be, else nl. With no
 * tag: the region the page's own settings give (`pageRegion()`).
 */
export function defaultRegion(lang?: string): Region {
  if (lang === undefined) return pageRegion();
  return subtagRegion(lang) ?? (/^(fr|de)\b/i.test(lang.trim()) ? 'be' : 'nl');
}

/** `<meta name="physio-region" content="be">`, when present and valid; an unknown value warns once. */
function metaRegion(): Region | undefined {
  const content = document.querySelector('meta[name="physio-region" i]')?.getAttribute('content')?.trim();
  const value = content?.toLowerCase();
  if (!content || isRegion(value)) return value as Region | undefined;
  warnOnce(
    document,
    `<meta name="physio-region" content="${content}"> is not one of ${regions.join(', ')}; it is ignored.`,
  );
  return undefined;
}

/**
 * The page's region (rules 2–4): the meta setting, the remembered region subtag, the language the page loaded with.
 * Also reads `<html lang>` now, as the observer reports a change only after the task that made it.
 */
export function pageRegion(): Region {
  if (isServer) return defaultRegion(pageLanguage());
  rememberPageLanguage();
  remembered = subtagRegion(pageLanguage()) ?? remembered;
  return metaRegion() ?? remembered ?? defaultRegion(loaded!);
}

/**
 * A widget's region (components.md "Language and region", v0.2): its `region` attribute, else the page's region.
 * An unknown attribute value warns once, then the page decides.
 */
export function resolveRegion(el: HTMLElement, attribute: string | null | undefined): Region {
  const value = attribute?.trim().toLowerCase();
  // A valid attribute first, so the page (meta, <html lang>) is only read when the widget leaves it to the page.
  return isRegion(value) ? value : pickOption(el, 'region', attribute, regions, pageRegion());
}
