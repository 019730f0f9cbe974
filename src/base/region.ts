import { onPageLanguageChange, pageLanguage } from './page-language.js';
import { pickOption, warnOnce } from './warn.js';

/** Countries whose health-care routes the built-in content knows. */
export const regions = ['nl', 'be'] as const;
export type Region = (typeof regions)[number];

/** The country a tag's region subtag names (`en-BE` → be, `nl-NL` → nl); none for a bare tag or another country. */
export function subtagRegion(lang: string): Region | undefined {
  const subtags = lang.trim().toLowerCase().split(/[-_]/).slice(1);
  return regions.find((region) => subtags.includes(region));
}

/** Rules 3–4 for one tag: its region subtag, else French or German (Belgium's other languages) → be, else nl. */
export function defaultRegion(lang: string): Region {
  return subtagRegion(lang) ?? (/^(fr|de)\b/i.test(lang.trim()) ? 'be' : 'nl');
}

/*
 * What the page's language says about the country, remembered: the tag the page loaded with, moved only by a later
 * tag that names a country. A browser's page translation sets a bare tag (`fr`), which must not turn a Dutch page
 * Belgian, nor a Belgian page Dutch.
 */
let loaded = typeof document === 'undefined' ? '' : pageLanguage();
let remembered: Region | undefined = subtagRegion(loaded);
let listening = false;

function followLanguage(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  // Stays subscribed for the page's life: a change seen while no widget is on the page still counts.
  onPageLanguageChange((lang) => (remembered = subtagRegion(lang) ?? remembered));
}

/** Forgets what the page's language said, as if it had just loaded now. For this package's tests. */
export function forgetPageRegion(): void {
  loaded = pageLanguage();
  remembered = subtagRegion(loaded);
}

/** `<meta name="physio-region" content="be">`, when present and valid; an unknown value warns once. */
function metaRegion(): Region | undefined {
  const content = document.querySelector('meta[name="physio-region" i]')?.getAttribute('content')?.trim();
  if (!content) return undefined;
  const value = content.toLowerCase();
  if ((regions as readonly string[]).includes(value)) return value as Region;
  warnOnce(
    document,
    `<meta name="physio-region" content="${content}"> is not one of ${regions.join(', ')}; it is ignored.`,
  );
  return undefined;
}

/** The page's region (rules 2–4): the meta setting, the remembered region subtag, the language the page loaded with. */
export function pageRegion(): Region {
  followLanguage();
  remembered = subtagRegion(pageLanguage()) ?? remembered;
  return metaRegion() ?? remembered ?? defaultRegion(loaded);
}

/**
 * A widget's region (components.md "Language and region", v0.2): its `region` attribute, else the page's region.
 * An unknown attribute value warns once, then the page decides.
 */
export function resolveRegion(el: HTMLElement, attribute: string | null | undefined): Region {
  return pickOption(el, 'region', attribute, regions, pageRegion());
}
