import { faqLightCss, faqReservedHeights as faq } from './components/faq/faq-item-styles.js';

/**
 * `preload.css` (`dist/cdn/physio-elements.css`): link it before the script so elements that are not upgraded yet
 * already have the box they will have afterwards, and upgrading moves nothing on the page.
 */
export const preloadCss = `${faqLightCss}
physio-faq:not(:defined)::after {
  content: '';
  display: block;
  height: ${faq.footer};
}
physio-faq:not(:defined):not([single]):has(> details ~ details ~ details)::after {
  height: calc(${faq.controls} + ${faq.footer});
}
physio-faq:not(:defined):not(:has(> details))::after {
  height: calc(${faq.builtIn} + ${faq.controls} + ${faq.footer});
}
physio-faq[searchable]:not(:defined)::before {
  content: '';
  display: block;
  height: ${faq.search};
}
`;
