import { expect, html } from '@open-wc/testing';
import '../src/define/physio-red-flags.js';
import '../src/define/physio-load-bucket.js';
import '../src/define/physio-booking-cta.js';
import '../src/define/physio-exercise-card.js';
import { shownText } from './support/dom.js';

// The FAQ's sources are checked in faq-content.test.ts, by name.
describe('sources and review date', () => {
  for (const [tag, markup] of [
    ['bucket', html`<physio-load-bucket region="be"></physio-load-bucket>`],
    ['booking', html`<physio-booking-cta phone="015 12 34 56" region="be"></physio-booking-cta>`],
    ['red flags', html`<physio-red-flags></physio-red-flags>`],
    ['exercise card', html`<physio-exercise-card exercise="walking"></physio-exercise-card>`],
  ] as const) {
    it(`the ${tag} shows its sources and a review date`, async () => {
      const shown = await shownText(markup);
      expect(shown).to.match(/Sources: [^.]+\..*Last reviewed: 4 December 2026\./);
    });
  }
});
