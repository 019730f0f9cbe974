import { css } from 'lit';

export const redFlagsStyles = css`
  :host {
    --_today: light-dark(#8a4b00, #ffaa33);
  }
  .tier {
    --_tier: var(--_accent);
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.5em solid var(--_tier);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .tier.emergency {
    --_tier: var(--_urgent);
    border-width: 0.1875em;
    border-inline-start-width: 0.75em;
    border-color: var(--_urgent);
  }
  .tier.today {
    --_tier: var(--_today);
  }
  .tier[data-attention] {
    outline: 0.1875em solid var(--_tier);
    outline-offset: 0.1875em;
  }
  .tier-heading {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
  }
  .sign {
    /* A long word (a Dutch compound, "spondyloarthritis") in a flex item would not wrap at 320 px and 200 % text. */
    overflow-wrap: anywhere;
    display: flex;
    align-items: flex-start;
    gap: 0.625em;
    min-height: 2.75em;
    padding: 0.375em 0;
    cursor: pointer;
  }
  .sign input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    cursor: pointer;
  }
  .signs {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .signs li {
    margin: 0.25em 0;
  }
  .attention-note {
    margin: 0.5em 0 0;
    font-weight: 600;
  }
  .attention-note::before {
    content: '! ';
    content: '! ' / '';
  }
  .action {
    margin-top: 0.5em;
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
  }
  .action p {
    margin: 0 0 0.375em;
  }
  .action p:last-child {
    margin-bottom: 0;
  }
  .call a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    /* Narrower sides on a narrow screen, so "Emergency: call 112" at 200 % text still fits 320 px. */
    padding: 0.25em min(1em, 3vw);
    border-radius: var(--_radius);
    background: var(--_urgent);
    color: Canvas;
    font-weight: 700;
    font-size: 1.125em;
    text-decoration: none;
  }
  .call a:hover {
    text-decoration: underline;
  }
  a {
    color: var(--_accent);
  }
  .closing,
  .sources {
    margin: var(--_space) 0 0;
  }
  @media (forced-colors: active) {
    .tier {
      border-color: CanvasText;
    }
    .tier.emergency {
      border-width: 0.375em;
      border-inline-start-width: 0.75em;
    }
    .tier[data-attention] {
      outline-color: Highlight;
    }
    .call a {
      border: 0.125em solid LinkText;
      background: Canvas;
      color: LinkText;
    }
  }
`;
