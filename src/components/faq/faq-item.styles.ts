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
  /* One line (1.5em) and the padding: 2.75em (44 px) to tap. */
  display: block;
  padding: 0.625em 0;
  padding-inline-start: 1.375em;
  cursor: pointer;
  font-weight: 600;
  line-height: 1.5;
  /* The open/closed triangle is a background in the start padding: no extra box per question to lay out, keep in
     memory or animate. Down when closed, up when open, as accordions do: the same in right-to-left text.
     Open has no more weight than closed (:where): a page rule that sets the question's background replaces the cue
     in both states, rather than leaving half of it in one. */
  background: no-repeat 0.125em 1.125em / 0.75em 0.625em
    conic-gradient(from 330deg at 50% 100%, currentColor 60deg, #0000 0);
}
${question}:dir(rtl) { background-position-x: calc(100% - 0.125em); }
${scope} > details:where([open]) > summary {
  background-image: conic-gradient(from 150deg at 50% 0, currentColor 60deg, #0000 0);
}
${question}::-webkit-details-marker { display: none; }
${question}:focus-visible {
  outline: 0.1875em solid var(--physio-color-accent, light-dark(#005eb8, #66aaff));
  outline-offset: 0.125em;
}
${question} > :is(h1, h2, h3, h4, h5, h6) { font: inherit; margin: 0; }
${item} > :not(summary) { margin-inline-start: 1.375em; }
${item}[open] { padding-bottom: 0.75em; }
@media (forced-colors: active) {
  ${question}:focus-visible { outline-color: Highlight; }
  /* Forced colors drop gradients: there the question is a list item again, with the browser's own disclosure
     triangle (closed/open) in the system text colour. */
  ${question} { display: list-item; padding-inline-start: 0; }
}
`;
}

/** Light-DOM rules: questions, plus hiding what a CMS editor's paste leaves between them (`<p>`, `<br>`). */
export const faqLightCss = cssText`
physio-faq { display: block; line-height: 1.5; ${faqLightMarker}: 1; }
physio-faq > :not(details) { display: none; }
${faqItemCss('physio-faq')}
`;

let lightSheet: CSSStyleSheet | undefined;

/** Gives the page (or the shadow root the FAQ sits in) the light-DOM rules, as one shared constructed sheet. */
export function adoptLightStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!lightSheet) {
    lightSheet = new CSSStyleSheet();
    lightSheet.replaceSync(faqLightCss);
  }
  if (!root.adoptedStyleSheets.includes(lightSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, lightSheet];
}
