import { css } from '@lit/reactive-element';

/**
 * Shared by every widget: the host reset and the global `--physio-*` tokens, each given its fallback exactly once
 * through a private `--_` alias, so a widget looks right on a page with no stylesheet of ours.
 * Sizes are in `em`, never `rem`: host pages often set `html { font-size: 62.5% }`.
 * Colour fallbacks are `light-dark()`: the widget inherits the page's `color-scheme`, so a dark page (or a visitor who
 * prefers dark, where the page allows it) gets the second value; a page that says nothing is light. The dark
 * accent and urgent have ≥ 6:1 on #000–#222; text on a fill of either is `Canvas` (white, or near-black when dark).
 */
export const hostStyles = css`
  :host {
    --_accent: var(--physio-color-accent, light-dark(#005eb8, #66aaff));
    --_urgent: var(--physio-color-urgent, light-dark(#c4221a, #ff7777));
    --_text: var(--physio-color-text, currentColor);
    --_surface: var(--physio-color-surface, transparent);
    --_border: var(--physio-color-border, #737373);
    --_radius: var(--physio-radius, 0.5em);
    --_space: var(--physio-space, 1em);
    --_focus: 0.1875em solid var(--_accent);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--physio-font-family, inherit);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  /* Every widget's buttons: at least 44 px tall at the default size (WCAG 2.5.8 asks 24), outlined in the accent. */
  button {
    min-height: 2.75em;
    padding: 0.375em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 0.125em;
  }
  .disclaimer {
    margin: calc(var(--_space) * 0.75) 0 0;
  }
  /* The text's own font size and weight: a face the page has not used yet costs a font lookup on first layout. */
  .disclaimer-icon {
    display: inline-block;
    width: 1.1em;
    height: 1.1em;
    margin-inline-end: 0.22em;
    border: 0.11em solid currentColor;
    border-radius: 50%;
    font-style: normal;
    line-height: 1;
    text-align: center;
    vertical-align: 0.055em;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
