import { css } from 'lit';

export const __camel__Styles = css`
  :host {
    --_duration: var(--physio-duration, 200ms);
  }
  .frame {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    transition: border-color var(--_duration) ease;
  }
  /* Shows where the reader is working once the widget has controls. */
  :host(:focus-within) .frame {
    border-color: var(--_accent);
  }
  /* Every animation of the widget takes --_duration, so reduced motion is this one rule. */
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
  /* Forced colours drop the accent colour; the system's highlight keeps the focus cue. */
  @media (forced-colors: active) {
    :host(:focus-within) .frame {
      border-color: Highlight;
    }
  }
`;
