import { css, unsafeCSS } from '@lit/reactive-element';
import { builtInReserve, controlsReserve } from './faq-reserved.js';

// Below a long list the footer is off screen: its text is laid out when it comes near, not during the upgrade.
// That contains its paint: the clip margin keeps the call link's focus ring whole. As text because lit-analyzer's
// CSS data predates content-visibility (in every engine since 2024) and flags it.
const footerOffScreen = unsafeCSS(
  '.footer{content-visibility:auto;contain-intrinsic-block-size:auto 4.5em;overflow-clip-margin:.5em}',
);

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
  ${footerOffScreen}
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
