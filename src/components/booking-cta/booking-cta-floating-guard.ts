import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element that really has focus, looking through (open) shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && a.width > 0 && b.width > 0;

/**
 * Keeps a floating button from covering the element that has focus (WCAG 2.2, 2.4.11 Focus Not Obscured): when
 * the focused element would sit under it, the button moves to the other side; if it would cover it there too,
 * it steps aside (hidden) until focus or scrolling moves on. Focus inside the widget itself is never "covered".
 * Inside a closed shadow root only the host is visible, so the whole host counts as the focused element.
 * It also remembers where focus came from, so that closing the button can give focus back there.
 * Only the `floating` variant loads it (in the CDN build from physio-elements.booking-cta-floating-guard.js).
 */
export class FloatingGuard implements ReactiveController {
  /** `end` (default corner), `start` (moved to the other side) or `collapsed`. */
  placement: 'end' | 'start' | 'collapsed' = 'end';
  /** Where focus was before it entered the widget, to return it there when the floating button is closed. */
  cameFrom?: Element;
  readonly #rememberOrigin = (event: FocusEvent) => {
    const from = event.relatedTarget;
    if (from instanceof Element && !this.#host.contains(from) && from !== this.#host) this.cameFrom = from;
  };
  #frame = 0;
  readonly #check = () => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.update());
  };

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #floating: () => HTMLElement | null;

  constructor(host: ReactiveControllerHost & HTMLElement, floating: () => HTMLElement | null) {
    this.#host = host;
    this.#floating = floating;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('focusin', this.#rememberOrigin);
    document.addEventListener('focusin', this.#check, true);
    document.addEventListener('focusout', this.#check, true);
    window.addEventListener('scroll', this.#check, { passive: true, capture: true });
    window.addEventListener('resize', this.#check, { passive: true });
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusin', this.#rememberOrigin);
    document.removeEventListener('focusin', this.#check, true);
    document.removeEventListener('focusout', this.#check, true);
    window.removeEventListener('scroll', this.#check, { capture: true });
    window.removeEventListener('resize', this.#check);
    cancelAnimationFrame(this.#frame);
  }

  /** Decides the placement for the current focus. */
  update(): void {
    const box = this.#floating();
    if (!box) return;
    const rect = box.getBoundingClientRect();
    const mirror = (r: DOMRect) => new DOMRect(innerWidth - r.right, r.top, r.width, r.height);
    // Where the box sits in its default corner, whatever its placement now (collapsed keeps that position).
    const home = this.placement === 'start' ? mirror(rect) : rect;
    const focused = deepActiveElement();
    let next: FloatingGuard['placement'] = 'end';
    const onPage = focused && focused !== document.body && !this.#host.matches(':focus-within');
    if (onPage) {
      const target = focused.getBoundingClientRect();
      if (overlaps(home, target)) next = overlaps(mirror(home), target) ? 'collapsed' : 'start';
    }
    if (next !== this.placement) {
      this.placement = next;
      this.#host.requestUpdate();
    }
  }
}
