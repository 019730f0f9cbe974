import type { ReactiveControllerHost } from '@lit/reactive-element';
import type { LazyParts } from '../../base/lazy-parts.js';
import { Lazy } from '../../base/lazy.js';

/* Loaded only when the address has a fragment (on load or after `hashchange`): most visits have none. */
const deepLink = new Lazy(() => import('./faq-deep-link.js'));

/**
 * A controller: `#faq-<slug>` in the address, on load or after a navigation, opens that question and brings it into
 * view, once, so questions added later do not scroll the page back to it. `reveal` clears a search that hides it.
 */
export function hashLinks(
  host: ReactiveControllerHost,
  parts: LazyParts,
  items: () => HTMLDetailsElement[],
  reveal: () => void,
) {
  /** The fragment already acted on. */
  let opened = '';
  const follow = (navigated: boolean) => {
    if (!location.hash) return;
    const item = parts.need(deepLink)?.openLinked(items(), opened, navigated);
    if (!item) return;
    opened = item.id;
    // A search that hides the question gives way to it: at once after a navigation; after an update (the question
    // may only now have its id), as its side effect, once the update is done.
    if (item.hidden) {
      if (navigated) reveal();
      else queueMicrotask(reveal);
    }
    item.hidden = false;
  };
  const onHashChange = () => follow(true);
  host.addController({
    hostConnected: () => window.addEventListener('hashchange', onHashChange),
    hostDisconnected: () => window.removeEventListener('hashchange', onHashChange),
    hostUpdated: () => follow(false),
  });
}
