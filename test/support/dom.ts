/** Text as a reader sees it: whitespace collapsed. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Resolves after the next animation frame. */
export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until every physio-* widget inside `root` (or the elements given) has rendered, then one frame. */
export async function settleWidgets(root: ParentNode | Element[]): Promise<void> {
  const widgets = Array.isArray(root)
    ? root
    : [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('physio-'));
  await Promise.all(widgets.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  await frame();
}
