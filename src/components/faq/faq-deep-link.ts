/* Loaded only when the address has a fragment (on load or after `hashchange`): most visits have none. */

/** The id the address bar names, or ''. */
export const linkedId = () => {
  const raw = location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // A malformed `%` escape must not break the page.
  }
};

/**
 * Opens the question that `#faq-<slug>` points at and brings it into view (smoothly only when motion is welcome).
 * Returns it, or undefined when the address names none of `items` or names `done` again without a navigation.
 */
export function openLinked(
  items: HTMLDetailsElement[],
  done: string,
  navigated: boolean,
): HTMLDetailsElement | undefined {
  const id = linkedId();
  if (!id || (!navigated && id === done)) return undefined;
  const item = items.find((candidate) => candidate.id === id);
  if (!item) return undefined;
  item.open = true;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  item.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  return item;
}
