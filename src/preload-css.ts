import { faqLightCss } from './components/faq/faq-item.styles.js';
import * as faq from './components/faq/faq-reserved.js';

/**
 * `preload.css` (`dist/cdn/physio-elements.css`): link it before the script so elements that are not upgraded yet
 * already have the box they will have afterwards, and upgrading moves nothing on the page.
 */
export const preloadCss = `${faqLightCss}
/* Padding rather than a pseudo-element: while the parser is still adding questions, a growing host is not a
   layout shift, but a reserve box that moves down would be one. */
physio-faq:not(:defined) {
  padding-bottom: ${faq.footerReserve};
}
physio-faq:not(:defined):not([single]):has(> details ~ details ~ details) {
  padding-bottom: calc(${faq.controlsReserve} + ${faq.footerReserve});
}
physio-faq:not(:defined):not(:has(> details)) {
  padding-bottom: calc(${faq.builtInReserve} + ${faq.controlsReserve} + ${faq.footerReserve});
}
physio-faq[searchable]:not(:defined) {
  padding-top: ${faq.searchReserve};
}
physio-red-flags,
physio-load-bucket {
  display: block;
}
/* The page's own text inside (the emergency line before upgrade) keeps its margins inside the box: a <p> margin that
   collapsed through it would vanish on upgrade and move everything below by a line. */
physio-red-flags:not(:defined),
physio-load-bucket:not(:defined) {
  display: flow-root;
}
/* The red flags and the bucket render their whole content on upgrade; their height depends on the width they get.
   These reserves follow measurements of a full-width widget (test/preload-widgets.test.ts keeps them honest at 412,
   390 and 360 px), so what follows moves little instead of a whole screen. On a phone the bucket is a compact bar
   above its choices, not a full-width drawing below them, hence its smaller phone reserves. */
physio-red-flags:not(:defined) { min-height: 110em; }
physio-load-bucket:not(:defined) { min-height: 43em; }
@media (max-width: 50em) {
  physio-red-flags:not(:defined) { min-height: 133em; }
  physio-load-bucket:not(:defined) { min-height: 74em; }
}
@media (max-width: 30em) {
  physio-red-flags:not(:defined) { min-height: 182em; }
  physio-load-bucket:not(:defined) { min-height: 80em; }
}
@media (max-width: 22.5em) {
  physio-red-flags:not(:defined) { min-height: 205em; }
  physio-load-bucket:not(:defined) { min-height: 92em; }
}
`;
