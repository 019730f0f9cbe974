/** After the frame is painted: right away (a timer), or when the browser is next idle (Safari has no idle callback). */
export const afterNextFrame = (after: (run: () => void) => unknown = setTimeout) =>
  new Promise<void>((resolve) => requestAnimationFrame(() => after(resolve)));

export const whenIdle = (run: () => void) => globalThis.requestIdleCallback?.(run, { timeout: 500 }) ?? setTimeout(run);
