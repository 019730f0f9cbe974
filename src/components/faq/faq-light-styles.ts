import type { ReactiveControllerHost } from '@lit/reactive-element';
import { Lazy } from '../../base/lazy.js';
import type { LazyParts } from '../../base/lazy-parts.js';
import { afterNextFrame } from '../../base/after-frame.js';
import { faqLightMarker } from './faq-reserved.js';

// The light-DOM look of a page's own questions; the same rules are in preload.css, which pages link for zero shift.
const lightStyles = new Lazy(() => import('./faq-item.styles.js'));

/**
 * A controller: a page's own questions need the light-DOM rules where the FAQ sits (the document, or a shadow root
 * it was put in). Most pages have them from preload.css; otherwise they are loaded and adopted. Checked after the
 * first frame, and again after a move, when reading a style costs nothing (during the upgrade it would force a
 * style recalc).
 */
export function ensureLightStyles(
  host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean },
  parts: LazyParts,
) {
  let checking = false;
  const ensure = (): void => {
    if (!host.isConnected || getComputedStyle(host).getPropertyValue(faqLightMarker) !== '') return;
    const light = parts.need(lightStyles);
    if (light) light.adoptLightStyles(host.getRootNode());
    // Still loading: its arrival renders the host again, and the check after that update adopts it.
    else checking = false;
  };
  const check = () => {
    if (!checking) void afterNextFrame().then(ensure);
    checking = true;
  };
  host.addController({
    hostConnected() {
      checking = false;
      // Moved, perhaps into another shadow root: check there again (the first check follows the first update).
      if (host.hasUpdated) check();
    },
    hostUpdated: check,
  });
}
