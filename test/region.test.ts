import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/define/physio-faq.js';
import '../src/define/physio-red-flags.js';
import '../src/define/physio-load-bucket.js';
import '../src/define/physio-exercise-card.js';
import '../src/define/physio-booking-cta.js';
import { defaultRegion, forgetPageRegion, subtagRegion } from '../src/base/region.js';
import { setLocale } from '../src/localization.js';
import { captureWarnings } from './support/console-spy.js';
import { allUpdated, delay, frame, setPageLang, setRegionMeta, shadow, text, type Widget } from './support/dom.js';

/*
 * Region rules v0.2 (components.md "Language and region"): attribute → <meta name="physio-region"> → a -BE/-NL
 * subtag of <html lang> → the language the page loaded with (fr/de → be). A later bare tag (page translation) keeps
 * the region; a later tag with a country moves it. Every row is checked on all five widgets, by what each shows.
 */

type Region = 'nl' | 'be';

/** The country a widget shows, read from its own output (numbers, routes, sources), in either language. */
const byRoute = (text: string) =>
  /GP on call|huisarts van wacht/.test(text) ? 'be' : /huisartsenpost/.test(text) ? 'nl' : undefined;
/** The route named and the 1733 link must agree; anything else (an empty render, a mix) is no answer. */
const routeAndNumber = (node: ParentNode | null) => {
  if (!node) return undefined;
  const route = byRoute(node.textContent ?? '');
  return route === (node.querySelector('a[href="tel:1733"]') ? 'be' : 'nl') ? route : undefined;
};
const shown: Record<string, (text: string, root: ShadowRoot) => Region | undefined> = {
  'physio-red-flags': (_, r) => routeAndNumber(r),
  'physio-faq': (_, r) => routeAndNumber(r.querySelector('#faq-urgent-help')),
  'physio-booking-cta': (text) => (text.includes('RIZIV/INAMI') ? 'be' : text.includes('(DTF)') ? 'nl' : undefined),
  'physio-load-bucket': (text) => (text.includes('KCE 287') ? 'be' : text.includes('KNGF') ? 'nl' : undefined),
  'physio-exercise-card': byRoute,
};

async function fiveWidgets(attribute?: string) {
  const region = attribute ?? nothing;
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <physio-red-flags region=${region}></physio-red-flags>
      <physio-faq region=${region}></physio-faq>
      <physio-booking-cta phone="015 12 34 56" region=${region}></physio-booking-cta>
      <physio-load-bucket region=${region}></physio-load-bucket>
      <physio-exercise-card exercise="bird-dog" region=${region}></physio-exercise-card>
    </div>`,
  );
  return [...wrapper.children] as HTMLElement[];
}

async function regionsShown(widgets: HTMLElement[]) {
  await frame();
  await delay();
  await allUpdated(widgets);
  await frame();
  await delay();
  return widgets.map((el) => {
    const r = shadow(el);
    return `${el.localName}: ${shown[el.localName](r.textContent ?? '', r) ?? '?'}`;
  });
}

interface Row {
  /** `<html lang>` when the page loads (undefined: no lang attribute). */
  loaded?: string;
  meta?: string;
  attribute?: string;
  /** `<html lang>` set while the page is open (an app's switch or a browser's page translation). */
  later?: string;
  expected: Region;
  warns?: RegExp;
}

const rows: Record<string, Row> = {
  'the attribute beats everything': { loaded: 'nl-NL', meta: 'nl', attribute: 'be', expected: 'be' },
  'the attribute beats a Belgian page': { loaded: 'fr-BE', meta: 'be', attribute: 'nl', expected: 'nl' },
  'plain nl with the meta tag set to be': { loaded: 'nl', meta: 'be', expected: 'be' },
  'the meta tag beats the page language': { loaded: 'fr', meta: 'nl', expected: 'nl' },
  'the meta tag, matched case-insensitively': { loaded: 'en', meta: ' BE ', expected: 'be' },
  'en-BE': { loaded: 'en-BE', expected: 'be' },
  'nl-BE': { loaded: 'nl-BE', expected: 'be' },
  'fr-BE': { loaded: 'fr-be', expected: 'be' },
  'de-BE': { loaded: 'de-BE', expected: 'be' },
  'nl-NL': { loaded: 'nl-NL', expected: 'nl' },
  'en-NL': { loaded: 'en-NL', expected: 'nl' },
  'a bare fr page': { loaded: 'fr', expected: 'be' },
  'a bare de page': { loaded: 'de', expected: 'be' },
  'a bare nl page': { loaded: 'nl', expected: 'nl' },
  'a bare en page': { loaded: 'en', expected: 'nl' },
  'a page without lang': { expected: 'nl' },
  'a Dutch page translated at runtime to fr': { loaded: 'nl', later: 'fr', expected: 'nl' },
  'a nl-NL page translated at runtime to de': { loaded: 'nl-NL', later: 'de', expected: 'nl' },
  'a Belgian page translated at runtime to en': { loaded: 'nl-BE', later: 'en', expected: 'be' },
  'an app switching nl-BE to fr-BE': { loaded: 'nl-BE', later: 'fr-BE', expected: 'be' },
  'an app switching nl to nl-BE': { loaded: 'nl', later: 'nl-BE', expected: 'be' },
  'an app switching fr to nl-NL': { loaded: 'fr', later: 'nl-NL', expected: 'nl' },
  'an unknown meta value: one warning, then the page language': {
    loaded: 'nl-BE',
    meta: 'fr',
    expected: 'be',
    warns: /<meta name="physio-region" content="fr">/,
  },
  'an unknown attribute: warnings, then the meta tag': {
    loaded: 'nl-NL',
    meta: 'be',
    attribute: 'belgium',
    expected: 'be',
    warns: /region="belgium"/,
  },
};

describe('region rules v0.2, on all five widgets', () => {
  afterEach(() => {
    setRegionMeta();
    setPageLang('en');
    forgetPageRegion();
  });

  for (const [name, row] of Object.entries(rows)) {
    it(`${name} → ${row.expected}`, async () => {
      setPageLang(row.loaded);
      setRegionMeta(row.meta);
      forgetPageRegion();
      const { warnings, errors } = await captureWarnings(async () => {
        const widgets = await fiveWidgets(row.attribute);
        if (row.later !== undefined) setPageLang(row.later);
        const result = await regionsShown(widgets);
        expect(result).to.deep.equal(widgets.map((el) => `${el.localName}: ${row.expected}`));
      });
      expect(errors).to.deep.equal([]);
      if (row.warns) {
        const matching = warnings.filter((w) => row.warns!.test(w));
        // The meta tag is the page's: one warning for the page. A bad attribute: one per element.
        expect(matching).to.have.length(row.meta === 'fr' ? 1 : 5);
      } else {
        expect(warnings).to.deep.equal([]);
      }
    });
  }

  it('a fr-BE page gets Belgian rules in French, with no Dutch words inside', async () => {
    setPageLang('fr-BE');
    forgetPageRegion();
    await setLocale('fr');
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <physio-red-flags></physio-red-flags>
          <physio-faq></physio-faq>
          <physio-booking-cta phone="015 12 34 56"></physio-booking-cta>
          <physio-load-bucket></physio-load-bucket>
          <physio-exercise-card exercise="bird-dog"></physio-exercise-card>
        </div>`,
      );
      const faqEl = wrapper.querySelector<Widget>('physio-faq')!;
      await waitUntil(() => faqEl.shadowRoot!.querySelector('#faq-referral'), 'built-in questions');
      for (const el of [...wrapper.children] as Widget[]) {
        await el.updateComplete;
        const root = shadow(el);
        // Sources are titles and stay as published; everything else must be French.
        const shown = (root.textContent ?? '').replace(/\s+/g, ' ').replace(/Sources: .*?Last reviewed/g, '');
        expect(shown, el.localName).to.not.match(
          /spoed|huisarts|ziekenfonds|mutualiteit|kinesitherapeut|voorschrift|klevertje|\bSEH\b|huisartsenpost/,
        );
      }
      expect(shadow(wrapper.querySelector('physio-red-flags')!).querySelector('a[href="tel:1733"]')).to.exist;
      expect(text(wrapper.querySelector('physio-booking-cta')!.shadowRoot!.querySelector('[part=notes]'))).to.include(
        'prescription d’un médecin',
      );
    } finally {
      await setLocale('en');
      setPageLang('en');
      forgetPageRegion();
    }
  });
});

describe('region helpers', () => {
  afterEach(() => {
    setPageLang('en');
    forgetPageRegion();
  });

  it('reads the country from the region subtag only', () => {
    expect(subtagRegion('nl-BE')).to.equal('be');
    expect(subtagRegion('EN_nl')).to.equal('nl');
    expect(subtagRegion('nl')).to.equal(undefined);
    expect(subtagRegion('en-GB')).to.equal(undefined);
  });

  it('defaultRegion() with no tag gives the page’s region, as before v0.2', () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'physio-region', content: 'be' });
    document.head.append(meta);
    try {
      expect(defaultRegion()).to.equal('be');
    } finally {
      meta.remove();
    }
    expect(defaultRegion()).to.equal('nl');
  });

  it('maps one tag by rules 3 and 4', () => {
    expect(defaultRegion('en-BE')).to.equal('be');
    expect(defaultRegion('fr')).to.equal('be');
    expect(defaultRegion('de-DE')).to.equal('be');
    expect(defaultRegion('fr-NL')).to.equal('nl');
    expect(defaultRegion('nl')).to.equal('nl');
    expect(defaultRegion('')).to.equal('nl');
  });

  // A fresh copy of the module, as on a page whose widgets have just arrived: no test-only reset involved.
  let copies = 0;
  const freshRegion = (): Promise<typeof import('../src/base/region.js')> =>
    import(/* @vite-ignore */ `../src/base/region.ts?copy=${++copies}`);

  it('remembers the language the page had when its widgets were registered, not when the region is first asked', async () => {
    setPageLang('nl');
    const region = await freshRegion();
    region.rememberPageLanguage(); // what every widget's define() does
    setPageLang('fr'); // the browser translates the page before any widget renders
    await delay();
    expect(region.pageRegion()).to.equal('nl');
  });

  it('remembers a country named while no widget asked for the region', async () => {
    setPageLang('nl-BE');
    const region = await freshRegion();
    region.rememberPageLanguage();
    setPageLang('nl-NL');
    await delay();
    setPageLang('fr');
    await delay();
    expect(region.pageRegion()).to.equal('nl');
  });
});
