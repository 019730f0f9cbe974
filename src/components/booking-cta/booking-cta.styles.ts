import { css } from 'lit';

export const bookingStyles = css`
  .inline,
  .banner {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .banner {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 var(--_space);
    border-radius: 0;
    border-inline: 0;
    background: var(--physio-color-surface, light-dark(#f0f4f5, #1d2529));
  }
  @media (min-width: 48em) {
    .banner {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: center;
    }
    .banner .title {
      grid-column: 1 / -1;
    }
  }
  .title,
  .panel-title {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* anywhere, not break-word: a long word (Online-Termin, an e-mail address) must also shrink the links' minimum
     width, or at 320 px and 200 % text they push the page sideways. */
  .channels {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    overflow-wrap: anywhere;
  }
  .button,
  .toggle {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.375em 1.25em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: Canvas;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  .channel {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    color: var(--_accent);
    font-weight: 600;
  }
  .notes {
    margin: 0.75em 0 0;
    padding-inline-start: 1.25em;
  }
  .notes li {
    margin: 0.25em 0;
  }
  .floating {
    position: fixed;
    z-index: 2147483000;
    inset-block-end: max(1em, env(safe-area-inset-bottom));
    inset-inline-end: max(1em, env(safe-area-inset-right));
    max-width: min(24em, calc(100vw - 2em));
    display: flex;
    flex-direction: column-reverse;
    align-items: flex-end;
    gap: 0.5em;
  }
  .floating[data-placement='start'] {
    inset-inline-end: auto;
    inset-inline-start: max(1em, env(safe-area-inset-left));
    align-items: flex-start;
  }
  .floating[data-placement='collapsed'] {
    visibility: hidden;
  }
  .floating-bar {
    display: flex;
    gap: 0.25em;
    border-radius: var(--_radius);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
  }
  .close {
    min-width: 2.75em;
    min-height: 2.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--physio-color-surface, Canvas);
    color: inherit;
    font-size: 1em;
    cursor: pointer;
  }
  .panel {
    max-height: calc(100vh - 6em);
    overflow: auto;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--physio-color-surface, Canvas);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
  }
  @media (forced-colors: active) {
    .button,
    .toggle {
      border-color: ButtonText;
    }
  }
  @media print {
    .floating {
      display: none;
    }
  }
`;
