import { expect, html } from '@open-wc/testing';
import '../src/define/physio-red-flags.js';
import '../src/define/physio-load-bucket.js';
import '../src/define/physio-booking-cta.js';
import '../src/define/physio-exercise-card.js';
import { shownText } from './support/dom.js';
import * as faq from '../src/components/faq/faq-content.js';
import * as redFlags from '../src/components/red-flags/red-flags-content.js';
import * as bucket from '../src/components/load-bucket/load-bucket-content.js';
import * as exercise from '../src/components/exercise-card/exercise-card-content.js';
import * as booking from '../src/components/booking-cta/booking-cta-content.js';
import { regions } from '../src/base/region.js';

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

// Every widget's <tag>-content.ts has the same two exports, so a reviewer finds sources and review date in one place.
const modules = { faq, redFlags, bucket, exercise, booking };

describe('Content modules', () => {
  for (const [name, content] of Object.entries(modules)) {
    it(`${name}: names its sources for each country and the date it was last reviewed`, () => {
      for (const region of regions) {
        const sources = content.sources(region);
        expect(sources.length, region).to.be.greaterThan(0);
        for (const source of sources) expect(source).to.be.a('string').and.match(/\S/);
      }
      expect(content.lastReviewed).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(content.lastReviewed).getTime()).to.be.at.most(Date.now());
    });
  }
});
