import { pageLanguage } from './page-language.js';
import { pickOption } from './warn.js';

/** Countries whose health-care routes the built-in content knows. */
export const regions = ['nl', 'be'] as const;
export type Region = (typeof regions)[number];

/** Belgium when the page says so (`nl-BE`, `fr-BE`, `de-BE`), otherwise the Netherlands. */
export function defaultRegion(lang: string = pageLanguage()): Region {
  return /^(nl|fr|de)-be\b/.test(lang.toLowerCase()) ? 'be' : 'nl';
}

/** The `region` attribute when valid; unknown values warn once and use the page default. */
export function resolveRegion(el: HTMLElement, attribute: string | null | undefined): Region {
  return pickOption(el, 'region', attribute, regions, defaultRegion());
}
