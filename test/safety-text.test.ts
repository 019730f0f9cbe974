import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/physio-faq.js';
import '../src/define/physio-red-flags.js';
import '../src/define/physio-load-bucket.js';
import '../src/define/physio-exercise-card.js';
import '../src/define/physio-booking-cta.js';
import { setLocale } from '../src/localization.js';
import type { PhysioElement } from '../src/base/physio-element.js';
import { settleWidgets, shadow, text } from './support/dom.js';

/*
 * The disclaimer and the emergency link are written once (src/base/safety-dom.ts, safety.ts): every widget shows the
 * same words and the same markup, whichever form (lit template or the FAQ's plain DOM) renders them.
 */

// The leading "i" is the icon (hidden from screen readers); "Important:" is visually hidden.
const expected = {
  en: { disclaimer: 'i Important: This is general information, not a diagnosis.', call: 'Emergency: call' },
  nl: { disclaimer: 'i Belangrijk: Dit is algemene informatie. Het is geen diagnose.', call: 'Spoed: bel' },
} as const;

/** All five widgets; `number` goes to those that show an emergency link. */
async function allFive(number = '') {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <physio-faq emergency-number=${number}></physio-faq>
      <physio-faq emergency-number=${number}
        ><details>
          <summary>Own question?</summary>
          <p>Own answer.</p>
        </details></physio-faq
      >
      <physio-red-flags emergency-number=${number}></physio-red-flags>
      <physio-exercise-card exercise="bird-dog" emergency-number=${number}></physio-exercise-card>
      <physio-load-bucket></physio-load-bucket>
      <physio-booking-cta href="https://example.org/book"></physio-booking-cta>
    </div>`,
  );
  const widgets = [...wrapper.children] as PhysioElement[];
  await settleWidgets(widgets);
  return widgets;
}

/** Markup without lit's comment markers and formatting whitespace, for comparing the two forms. */
function markup(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  return copy.outerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').replace(/> /g, '>').replace(/ </g, '<');
}

const disclaimers = (widgets: PhysioElement[]) =>
  widgets.map((el) => {
    const found = shadow(el).querySelectorAll('[part=disclaimer]');
    expect(found.length, `${el.localName}: one disclaimer`).to.equal(1);
    return found[0];
  });

/** Every emergency call link a widget shows, in its shadow root and in light DOM it rendered (built-in answers). */
const emergencyLinks = (el: PhysioElement) => [
  ...shadow(el).querySelectorAll<HTMLAnchorElement>('.call a'),
  ...el.querySelectorAll<HTMLAnchorElement>('.call a'),
];

describe('Safety text is the same in every widget', () => {
  afterEach(() => setLocale('en'));

  for (const locale of ['en', 'nl'] as const) {
    it(`${locale}: all five widgets show the same disclaimer, word for word and tag for tag`, async () => {
      await setLocale(locale);
      const found = disclaimers(await allFive());
      expect(found.map(text)).to.deep.equal(found.map(() => expected[locale].disclaimer));
      const forms = found.map(markup);
      expect(new Set(forms).size, forms.join('\n')).to.equal(1);
    });

    for (const number of ['', '999']) {
      it(`${locale}: every emergency link reads and dials the same (emergency-number="${number}")`, async () => {
        await setLocale(locale);
        const dialled = number || '112';
        const widgets = await allFive(number);
        const links = widgets.slice(0, 4).map((el) => {
          const own = emergencyLinks(el);
          expect(own.length, `${el.localName}: an emergency link`).to.be.greaterThan(0);
          return own;
        });
        const all = links.flat();
        expect(all.map(text)).to.deep.equal(all.map(() => `${expected[locale].call} ${dialled}`));
        expect(all.map((a) => a.getAttribute('href'))).to.deep.equal(all.map(() => `tel:${dialled}`));
        const forms = all.map((a) => markup(a.parentElement!));
        expect(new Set(forms).size, forms.join('\n')).to.equal(1);
        // The bucket and the booking button show no emergency link, and no other tel: link to an emergency number.
        for (const el of widgets.slice(4)) expect(emergencyLinks(el)).to.have.length(0);
      });
    }
  }
});
