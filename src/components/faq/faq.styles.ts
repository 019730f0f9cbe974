import { css, unsafeCSS } from '@lit/reactive-element';
import { builtInReserve, controlsReserve } from './faq-reserved.js';

export const faqStyles = css`
  ::slotted(details[hidden]) {
    display: none !important;
  }
  .call a {
    font-weight: 600;
  }
  a {
    color: var(--_accent);
  }
  .search {
    margin-bottom: calc(var(--_space) * 0.75);
  }
  /* Until an optional part has loaded, its place is kept at the height preload.css reserved for it. */
  .search:empty {
    height: 4.25em;
  }
  .loading {
    min-height: calc(${unsafeCSS(builtInReserve)} + ${unsafeCSS(controlsReserve)});
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: calc(var(--_space) * 0.5);
  }
  .footer {
    min-height: 4.5em;
    margin-top: calc(var(--_space) * 0.75);
  }
  .footer .disclaimer,
  .footer .call {
    margin: 0;
  }
  @media (forced-colors: active) {
    .controls button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
