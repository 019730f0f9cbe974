import { css } from 'lit';

export const exerciseCardStyles = css`
  article {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .name {
    margin: 0 0 0.25em;
    font-size: 1.375em;
    line-height: 1.3;
  }
  .goal {
    margin: 0 0 var(--_space);
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .media {
    flex: 1 1 12em;
    max-width: 22em;
    margin: 0;
  }
  .media ::slotted(img),
  .media ::slotted(video) {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .how {
    flex: 2 1 16em;
    min-width: 0;
  }
  /* The drawings (exercise-card-illustrations.ts): one line width for every body, a thicker trunk; the start pose
     faint and dotted; the far arm and leg a lighter tone, mixed with the page colour so that the dotted start pose
     never shows through them. */
  .illustration {
    display: block;
    width: 100%;
    height: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 7;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .illustration .trunk {
    stroke-width: 12;
  }
  .top .trunk {
    stroke-width: 20;
  }
  .illustration .head {
    fill: currentColor;
    stroke: none;
  }
  .illustration .far {
    stroke: color-mix(in srgb, currentColor 75%, Canvas);
  }
  .illustration .moving,
  .illustration .arrow {
    color: var(--_accent);
  }
  .illustration .ghost {
    opacity: 0.55;
  }
  .illustration .ghost * {
    fill: none;
    stroke: currentColor;
    stroke-width: 4;
    stroke-dasharray: 0.1 7;
  }
  .illustration .arrow {
    stroke-width: 2.5;
  }
  .illustration .floor {
    stroke-width: 2;
    opacity: 0.6;
  }
  .dosage {
    margin: 0 0 0.75em;
    font-size: 1.125em;
  }
  .section-heading {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
    line-height: 1.3;
  }
  .steps {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .steps li {
    margin: 0.25em 0;
  }
  .advice {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    margin-top: 0.5em;
  }
  .advice > div {
    flex: 1 1 14em;
  }
  .advice p,
  .advice ul {
    margin: 0.25em 0;
  }
  .advice ul {
    padding-inline-start: 1.25em;
  }
  .session {
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .session progress {
    width: 100%;
    height: 0.75em;
  }
  .where,
  .countdown {
    margin: 0.5em 0;
  }
  .countdown {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button {
    padding-inline: 1em;
  }
  button.primary {
    background: var(--_accent);
    color: Canvas;
    font-weight: 600;
  }
  .video {
    display: block;
    width: 100%;
    margin: var(--_space) 0 0;
  }
  iframe.video,
  video.video {
    aspect-ratio: 16 / 9;
    height: auto;
    border: 0;
  }
  .hint {
    margin-inline-start: 0.5em;
    font-size: 0.875em;
  }
  .safety {
    margin: var(--_space) 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.375em solid var(--_urgent);
  }
  .safety p,
  .safety ul {
    margin: 0.25em 0;
  }
  .safety ul {
    padding-inline-start: 1.25em;
  }
  .safety a {
    color: var(--_accent);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .illustration .far {
      stroke: CanvasText;
    }
    .illustration .moving,
    .illustration .arrow {
      stroke: Highlight;
    }
    button.primary {
      border-width: 0.1875em;
    }
  }
  @media print {
    article {
      border: 1px solid #000;
      break-inside: avoid;
      color: #000;
    }
    .session,
    .video,
    button {
      display: none !important;
    }
    .illustration {
      max-height: 12em;
    }
    .safety a::after {
      content: '';
    }
  }
`;
