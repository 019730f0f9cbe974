/** Text as a reader sees it: whitespace collapsed. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Resolves after the next animation frame. */
export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
