import type { ReactiveControllerHost } from '@lit/reactive-element';
import { Lazy } from '../../base/lazy.js';
import type { LazyParts } from '../../base/lazy-parts.js';
import type { StructuredData } from './faq-structured-data.js';

// Loaded the first time a FAQ has `structured-data`.
const jsonLd = new Lazy(() => import('./faq-structured-data.js'));

/**
 * A controller: with `structured-data`, keeps the FAQPage JSON-LD child in step with the questions as rendered, and
 * removes it when the attribute goes.
 */
export function structuredData(
  host: ReactiveControllerHost & HTMLElement & { structuredData: boolean },
  parts: LazyParts,
  items: () => HTMLDetailsElement[],
) {
  let data: StructuredData | undefined;
  host.addController({
    hostUpdated() {
      if (!host.structuredData && !data) return;
      const module = parts.need(jsonLd);
      if (module) (data ??= new module.StructuredData(host)).update(host.structuredData, items());
    },
  });
}
