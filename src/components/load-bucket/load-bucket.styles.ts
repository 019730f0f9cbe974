import { css, unsafeCSS } from 'lit';

/**
 * Phone: where the bucket does not fit beside the choices (18em + gap + 12em), it and its status become a compact bar
 * above the choices that stays at the top of the screen while they scroll by, so a reader who taps a choice far down
 * sees what it does (issue 16). Only the bar sticks; the long overflow note follows the choices, under the last drop.
 * The drawing is capped by width and height (200 % text, landscape); the bar is opaque (what scrolls under it must
 * not show through); a focused button keeps clear of it, also tabbing back up (scroll-margin: at most a third of
 * the screen is bar). Text written as lightningcss would minify it (properties in its order, which gzips best
 * beside the other rules), as the FAQ's footerOffScreen: lit-analyzer's CSS data predates container queries, which
 * every browser we support has, and the build minifies only css`` templates.
 */
const phoneBar = unsafeCSS(
  '.layout{container-type:inline-size}' +
    '@container (width<31em){' +
    '.picture{display:contents}' +
    '.gauge{top:var(--physio-sticky-top,0);border-bottom:1px solid var(--_border);background:canvas;flex:100%;' +
    'order:-1;align-items:center;gap:.5em;padding:.5em 0;line-height:1.3;display:flex;position:sticky}' +
    '.bucket{flex:none;width:min(5em,22cqw,20vh)}' +
    '.status{margin:0}' +
    '.overflow-note{order:1}' +
    'button{scroll-margin-top:35vh}' +
    '}',
);

export const bucketStyles = css`
  :host {
    --_water: var(--_accent);
    --_duration: var(--physio-duration, 450ms);
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
  }
  .choices {
    flex: 1 1 18em;
    min-width: 0;
  }
  .picture {
    flex: 1 1 12em;
    max-width: 22em;
  }
  .gauge {
    margin: 0;
  }
  .group-heading {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  button {
    text-align: start;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: Canvas;
  }
  button[aria-pressed='true']::before {
    content: '✓ ';
    content: '✓ ' / '';
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .bucket {
    display: block;
    width: 100%;
  }
  .grow {
    transform: scaleX(var(--widen, 1));
    transform-origin: 100px 190px;
    transform-box: view-box;
    transition: transform var(--_duration) ease;
  }
  /* Slides down by the empty part of the bucket (150 units: rim to bottom), so the surface keeps its waves. */
  .water {
    transform: translateY(calc(150px - 150px * var(--fill, 0)));
    fill: var(--_water);
    opacity: 0.75;
    transition: transform var(--_duration) ease;
  }
  .outline {
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .spill {
    fill: var(--_water);
    stroke: var(--_water);
    stroke-width: 5;
    stroke-linecap: round;
    opacity: 0;
    transition: opacity var(--_duration) ease;
  }
  .spill path {
    fill: none;
  }
  .spill[data-show='yes'] {
    opacity: 0.75;
  }
  .status {
    margin: 0.5em 0 0;
    font-weight: 600;
  }
  .overflow-note {
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.375em solid var(--_urgent);
  }
  ${phoneBar}
  .about {
    margin: var(--_space) 0 0;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
  @media (forced-colors: active) {
    .water,
    .spill {
      fill: Highlight;
      stroke: Highlight;
    }
    .outline {
      stroke: CanvasText;
    }
    button[aria-pressed='true'] {
      border-width: 0.1875em;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    :host {
      --_duration: 0s;
    }
    .actions {
      display: none;
    }
    button {
      border-color: currentColor;
      color: inherit;
    }
    button[aria-pressed='true'] {
      background: none;
      color: inherit;
      font-weight: 700;
    }
  }
`;
