import type { ReactiveController, ReactiveControllerHost } from 'lit';

const query = '(prefers-reduced-motion: reduce)';

/** Tracks the reader's reduced-motion preference, so scripted motion (scrolling, timers) can follow CSS. */
export class ReducedMotionController implements ReactiveController {
  #media?: MediaQueryList;
  readonly #onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True when the reader asked for less motion. */
  get reduced(): boolean {
    return this.#media?.matches ?? matchMedia(query).matches;
  }

  /** `smooth` only when motion is welcome. */
  get scrollBehavior(): ScrollBehavior {
    return this.reduced ? 'auto' : 'smooth';
  }

  hostConnected(): void {
    this.#media = matchMedia(query);
    this.#media.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#media?.removeEventListener('change', this.#onChange);
  }
}
