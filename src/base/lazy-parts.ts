import type { CSSResult, ReactiveControllerHost } from '@lit/reactive-element';
import type { Lazy } from './lazy.js';
import { warnOnce } from './warn.js';

/*
 * Controllers here are closures rather than classes: the minifier shortens a closure's variables, not the `this.#…`
 * of a class, and the FAQ's budget counts every byte.
 */

/**
 * The optional parts a widget loads with `import()` on first use. Asking for a part that is not there yet starts
 * loading it and renders the host again when it arrives; the host's `updateComplete` waits for every part it asked
 * for (see `settled`), so tests and pages see the finished widget.
 */
export function lazyParts(host: ReactiveControllerHost & HTMLElement) {
  const waiting = new Map<Lazy<unknown>, Promise<void>>();
  return {
    /** The part when loaded; otherwise starts loading it and returns undefined. */
    need<T>(lazy: Lazy<T>): T | undefined {
      if (!lazy.current && !waiting.has(lazy)) {
        const loaded = lazy
          .request()
          .then(
            () => host.requestUpdate(),
            (error: unknown) =>
              warnOnce(host, `<${host.localName}> could not load one of its parts (${String(error)}).`),
          )
          .finally(() => waiting.delete(lazy));
        waiting.set(lazy, loaded);
      }
      return lazy.current;
    },

    /** For the host's `getUpdateComplete`: its update, then again after every part it is waiting for has rendered. */
    async settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
      let complete = await updateComplete();
      while (waiting.size) {
        await Promise.all(waiting.values());
        complete = await updateComplete();
      }
      return complete;
    },

    /** A loaded part's styles join the host's shadow root, once. */
    adopt(styles: CSSResult[]): void {
      const root = host.shadowRoot!;
      const sheets = styles
        .map((style) => style.styleSheet)
        .filter((sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet));
      if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    },
  };
}

export type LazyParts = ReturnType<typeof lazyParts>;
