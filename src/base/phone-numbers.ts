import { telUrl } from './safe-url.js';
import { warnOnce } from './warn.js';
import type { Region } from './region.js';

export interface PhoneNumbers {
  /** As the page wrote it, for display. */
  emergency: string;
  emergencyTel: string;
  /** GP on call outside office hours; '' in the Netherlands unless the clinic sets one (GP posts are regional). */
  afterHours: string;
  afterHoursTel?: string;
}

/** The emergency number from an `emergency-number` attribute: empty or not a phone number (warns once) → 112. */
export function resolveEmergency(
  el: HTMLElement,
  attribute: string | null | undefined,
): Pick<PhoneNumbers, 'emergency' | 'emergencyTel'> {
  let emergency = (attribute ?? '').trim() || '112';
  if (!telUrl(emergency)) {
    warnOnce(el, `<${el.localName}> emergency-number="${emergency}" is not a phone number; using 112.`);
    emergency = '112';
  }
  return { emergency, emergencyTel: telUrl(emergency)! };
}

/**
 * The numbers a widget shows, from its `emergency-number` and `after-hours-number` attributes. Empty means the
 * regional default (112; Belgium's 1733); anything that is not a phone number warns once and uses the default.
 */
export function resolveNumbers(
  el: HTMLElement,
  region: Region,
  emergencyAttribute: string | null | undefined,
  afterHoursAttribute: string | null | undefined,
): PhoneNumbers {
  const emergency = resolveEmergency(el, emergencyAttribute);
  const regional = region === 'be' ? '1733' : '';
  let afterHours = (afterHoursAttribute ?? '').trim() || regional;
  if (afterHours && !telUrl(afterHours)) {
    warnOnce(
      el,
      `<${el.localName}> after-hours-number="${afterHours}" is not a phone number; using ${regional || 'none'}.`,
      `after-hours-number=${afterHours}`,
    );
    afterHours = regional;
  }
  return { ...emergency, afterHours, afterHoursTel: telUrl(afterHours) };
}
