import { css } from 'lit';

export const bucketStyles = css`
  :host {
    --_water: var(--physio-color-accent, #005eb8);
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
    color: #fff;
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
