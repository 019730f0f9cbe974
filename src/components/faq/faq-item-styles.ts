import { cssText } from '../../base/css-text.js';
import { faqLightMarker } from './faq-reserved.js';

/**
 * How one question looks, written once for two places: the built-in questions inside the shadow root (`.list`)
 * and a page's own `<details>` in light DOM (`physio-faq`), which shadow styles cannot reach below the top level.
 * The light-DOM copy is also the FAQ part of `preload.css`, so a page that links it looks the same before and
 * after the element upgrades (no layout shift).
 */
export function faqItemCss(scope: string): string {
  const item = `${scope} > details`;
  const question = `${item} > summary`;
  return cssText`
${item} {
  border-top: 1px solid var(--physio-color-border, #737373);
  border-bottom: 1px solid var(--physio-color-border, #737373);
  margin: 0;
  padding: 0;
}
${item} ~ details { border-top: 0; }
${question} {
  box-sizing: border-box;
  display: flex;
  align-items: flex-start;
  gap: 0.5em;
  min-height: 2.75em;
  padding: 0.625em 0;
  cursor: pointer;
  list-style: none;
  font-weight: 600;
  line-height: 1.5;
}
${question}::-webkit-details-marker { display: none; }
${question}::before {
  content: '';
  flex: none;
  width: 0.5em;
  height: 0.5em;
  margin: 0.4em 0.375em 0 0.125em;
  border-right: 0.15em solid;
  border-bottom: 0.15em solid;
  transform: rotate(-45deg);
  transition: transform 0.2s ease;
}
${item}[open] > summary::before { transform: rotate(45deg); }
${question}:focus-visible {
  outline: 0.1875em solid var(--physio-color-accent, #005eb8);
  outline-offset: 0.125em;
}
${question} > [role='heading'] { font: inherit; margin: 0; }
${item} > :not(summary) { margin-inline-start: 1.375em; }
${item}[open] { padding-bottom: 0.75em; }
@media (prefers-reduced-motion: reduce) {
  ${question}::before { transition: none; }
}
@media (forced-colors: active) {
  ${question}:focus-visible { outline-color: Highlight; }
}
`;
}

/** Light-DOM rules: questions, plus hiding what a CMS editor's paste leaves between them (`<p>`, `<br>`). */
export const faqLightCss = cssText`
physio-faq { display: block; line-height: 1.5; ${faqLightMarker}: 1; }
physio-faq > :not(details) { display: none; }
physio-faq > details[hidden] { display: none !important; }
${faqItemCss('physio-faq')}
`;
