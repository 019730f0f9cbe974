const warned = new WeakMap<object, Set<string>>();

/**
 * One console warning per element and problem, never repeated on re-render, never thrown:
 * a CMS editor's typo must not break the page, but the developer should still hear about it. The problem is the
 * message, or `key` (`attribute=value`) where the message also names a fallback that can change later.
 */
export function warnOnce(el: object, message: string, key = message): void {
  let seen = warned.get(el);
  if (!seen) warned.set(el, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`physio-elements: ${message}`);
}

/** Reads an enumerated attribute: unknown values warn once and fall back to the default. */
export function pickOption<T extends string>(
  el: HTMLElement,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value == null || value === '') return fallback;
  const normalized = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  warnOnce(
    el,
    `<${el.localName}> ${attribute}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`,
    `${attribute}=${value}`,
  );
  return fallback;
}

/** Reads a whole-number attribute within a range; anything else warns once and uses the default. */
export function pickInteger(
  el: HTMLElement,
  attribute: string,
  value: unknown,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value == null || value === '') return fallback;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  warnOnce(
    el,
    `<${el.localName}> ${attribute}="${String(value)}" must be a whole number from ${min} to ${max}; using ${fallback}.`,
  );
  return fallback;
}

/**
 * A whole-number property backed by an attribute: reads the property, so both `sets="3"` and `el.sets = 3` work;
 * when the attribute was not a number (the property is NaN) the warning quotes what the page wrote.
 */
export function pickNumber(
  el: HTMLElement,
  attribute: string,
  value: number | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  const raw = value !== undefined && Number.isNaN(value) ? el.getAttribute(attribute) : value;
  return pickInteger(el, attribute, raw, min, max, fallback);
}

/** `heading-level` (2–6). */
export function pickHeadingLevel(el: HTMLElement, value: number, fallback: number): number {
  return pickNumber(el, 'heading-level', value, 2, 6, fallback);
}
