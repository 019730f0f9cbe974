/*
 * The language that is still loading, shared by the localization module and every widget. A widget that has not
 * rendered yet waits for it instead of painting English first (components.md, "Language and region").
 */
let loading: Promise<unknown> | undefined;

/** Resolves when the language being loaded is ready (or failed); undefined when none is loading. */
export const localeLoading = (): Promise<unknown> | undefined => loading;

/** Marks `load` as the language being loaded until it settles, unless a newer load replaced it. */
export function trackLocaleLoad(load: Promise<unknown>): void {
  // Cleared in load's own reaction, before anyone who awaits load resumes.
  const done = () => {
    if (loading === settled) loading = undefined;
  };
  const settled: Promise<unknown> = load.then(done, done);
  loading = settled;
}
