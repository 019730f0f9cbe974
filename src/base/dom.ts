/*
 * DOM built with plain calls, for what must render without lit-html (the FAQ's frame on a page with its own
 * questions): the same markup, parts and classes a lit template would give.
 */

type Child = Node | string;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Sets the text only when it differs, so an update that changes nothing touches nothing. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
