import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/all.js';
import { setLocale } from '../src/localization.js';
import * as clinicPage from '../stories/clinic-page.stories.js';
import { expectNoAxeViolations } from './support/axe.js';
import { emulate } from './support/emulate.js';
import { keyboardFocusRing, settleWidgets, shadow, systemColor } from './support/dom.js';

type Render = (args: object, context: object) => Parameters<typeof fixture>[0];
const page = (locale = 'en') =>
  fixture<HTMLElement>((clinicPage.default.render as unknown as Render)({}, { globals: { locale } }));

// All five widgets together, as on a clinic's page (the same page as the "Clinic page" story).
describe('a clinic page with all five widgets', () => {
  afterEach(async () => {
    await setLocale('en');
    await setViewport({ width: 800, height: 600 });
    await emulate({});
  });

  for (const locale of ['en', 'nl', 'fr', 'de']) {
    it(`has no axe WCAG 2.2 AA violations in ${locale}`, async () => {
      await setLocale(locale);
      const el = await page(locale);
      await settleWidgets(el);
      await expectNoAxeViolations(el);
    });
  }

  // German has the longest words (Bereitschaftsdienst), French the longest sentences.
  for (const locale of ['en', 'fr', 'de']) {
    it(`scrolls no sideways at 320 px wide, with text at 200 %, in ${locale}`, async () => {
      await setLocale(locale);
      await setViewport({ width: 320, height: 640 });
      const el = await page(locale);
      el.style.fontSize = '200%';
      await settleWidgets(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }

  it('keeps every widget visible and outlined in forced-colors mode', async () => {
    await emulate({ forcedColors: 'active' });
    const el = await page();
    await settleWidgets(el);
    for (const widget of el.querySelectorAll<HTMLElement>(
      'physio-faq, physio-red-flags, physio-load-bucket, physio-exercise-card, physio-booking-cta',
    )) {
      expect(widget.getBoundingClientRect().height, widget.localName).to.be.greaterThan(40);
      // Forced colors drop backgrounds and shadows: the outline is what shows a keyboard user where they are.
      const control = shadow(widget).querySelector<HTMLElement>('a[href], button, input, summary')!;
      const { ring, width } = await keyboardFocusRing(control);
      const where = `${widget.localName} ${control.localName}`;
      expect(ring, where).to.deep.equal({ focusVisible: true, style: 'solid', color: systemColor('Highlight') });
      expect(width, `${where}: ring width in px`).to.be.at.least(2);
    }
  });
});
