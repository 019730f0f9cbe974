import { css, unsafeCSS } from 'lit';
import { faqItemCss } from './faq-item-styles.js';

export const faqStyles = css`
  ${unsafeCSS(faqItemCss('.list'))}

  ::slotted(details[hidden]) {
    display: none !important;
  }
  .answer > ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .answer > p {
    margin: 0 0 0.5em;
  }
  .answer > p:last-child {
    margin-bottom: 0;
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
  .search label {
    display: block;
    font-weight: 600;
  }
  .search input {
    width: 100%;
    max-width: 30em;
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--physio-color-surface, Field);
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
