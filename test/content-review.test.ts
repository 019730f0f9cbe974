import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/physio-faq.js';
import '../src/define/physio-red-flags.js';
import '../src/define/physio-load-bucket.js';
import '../src/define/physio-booking-cta.js';
import '../src/define/physio-exercise-card.js';
import { setLocale } from '../src/localization.js';
import { forgetPageRegion } from '../src/base/region.js';
import { builtInSigns, tiers } from '../src/components/red-flags/red-flags-content.js';
import { setPageLang, shadow, text, type Widget } from './support/dom.js';

/*
 * The December 2026 content review (shared/content/review-2026-12.md): one test per finding a browser can see. The
 * safety-line (C1), region (M7, M8) and booking (M6, m12) findings are tested with their widgets too.
 */

async function faq(region: 'nl' | 'be') {
  const el = await fixture<Widget>(html`<physio-faq region=${region}></physio-faq>`);
  await waitUntil(() => el.shadowRoot!.querySelector('#faq-referral'), 'built-in questions');
  return el;
}
const answer = (el: Widget, slug: string) => text(el.shadowRoot!.querySelector(`#faq-${slug} [part=answer]`));
const question = (el: Widget, slug: string) => text(el.shadowRoot!.querySelector(`#faq-${slug} summary`));

async function shownText(markup: ReturnType<typeof html>) {
  const el = await fixture<Widget>(markup);
  await el.updateComplete;
  return text(shadow(el).firstElementChild);
}

describe('content review 2026-12', () => {
  afterEach(() => setLocale('en'));

  for (const locale of ['en', 'nl'] as const) {
    for (const region of ['nl', 'be'] as const) {
      it(`M2: the FAQ's urgent answer says every sign of all three tiers, word for word (${locale}, ${region})`, async () => {
        await setLocale(locale);
        const el = await faq(region);
        const urgent = answer(el, 'urgent-help');
        const signs = builtInSigns();
        for (const tier of tiers) {
          for (const sign of signs[tier]) expect(urgent, sign.id).to.include(sign.text.replace(/\s+/g, ' ').trim());
        }
        // m5: one name for each country's out-of-hours service, wherever the answer names it.
        const service = /GP post|GP on duty|GP on call|huisartsenpost|huisarts van wacht/g;
        const expected = region === 'nl' ? 'huisartsenpost' : locale === 'en' ? 'GP on call' : 'huisarts van wacht';
        expect([...new Set(urgent.match(service))]).to.deep.equal([expected]);
        const tel = [...el.shadowRoot!.querySelectorAll('#faq-urgent-help a')].map((a) => a.getAttribute('href'));
        expect(tel).to.deep.equal(region === 'be' ? ['tel:112', 'tel:1733'] : ['tel:112']);
        // The three tiers in order: emergency, today, within a few days.
        const order =
          locale === 'en'
            ? ['Call 112 now', 'Call your GP today', 'within a few days']
            : ['Bel nu 112', 'Bel vandaag je huisarts', 'binnen een paar dagen'];
        const at = order.map((words) => urgent.indexOf(words));
        expect(at.every((i) => i >= 0) && at[0] < at[1] && at[1] < at[2], at.join()).to.equal(true);
      });
    }
  }

  it('M7, M9: a fr-BE page gets Belgian rules in English, with no Dutch words inside', async () => {
    setPageLang('fr-BE');
    forgetPageRegion();
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
        // Sources are titles and stay as published; everything else must be English.
        const shown = (root.textContent ?? '').replace(/\s+/g, ' ').replace(/Sources: .*?Last reviewed/g, '');
        expect(shown, el.localName).to.not.match(
          /spoed|huisarts|ziekenfonds|mutualiteit|kinesitherapeut|voorschrift|klevertje|\bSEH\b|huisartsenpost/,
        );
      }
      expect(shadow(wrapper.querySelector('physio-red-flags')!).querySelector('a[href="tel:1733"]')).to.exist;
      expect(text(wrapper.querySelector('physio-booking-cta')!.shadowRoot!.querySelector('[part=notes]'))).to.include(
        'prescription',
      );
    } finally {
      setPageLang('en');
      forgetPageRegion();
    }
  });

  // M1's tiers are checked sign by sign in red-flags.test.ts; here, that the words say it in both languages.
  it('M1: the new tier placements say what moved them, in English and Dutch', async () => {
    const words = () => Object.fromEntries(tiers.flatMap((t) => builtInSigns()[t]).map((s) => [s.id, s.text]));
    const en = words();
    expect(en['fever-confused']).to.include('fever').and.include('confused');
    expect(en['leg-weakness-slow']).to.include('comes on slowly');
    expect(en['cancer-with-leg-signs']).to.include('have or have had cancer').and.include('weak or numb');
    await setLocale('nl');
    const nl = words();
    expect(nl['fever-confused']).to.include('Koorts').and.include('verward');
    expect(nl['leg-weakness-slow']).to.include('langzaam zwakker');
    expect(nl['cancer-with-leg-signs']).to.include('Je hebt of had kanker').and.include('zwak of doof');
  });

  for (const locale of ['en', 'nl'] as const) {
    it(`M3, m1, m2: how long — no sentence twice, "usually not" harm, and row 19 (${locale})`, async () => {
      await setLocale(locale);
      const el = await faq('nl');
      const paragraphs = [...el.shadowRoot!.querySelectorAll('#faq-how-long [part=answer] p')].map((p) => text(p));
      const sentences = paragraphs.join(' ').split(/(?<=[.?!])\s+/);
      expect(new Set(sentences).size, 'every sentence once').to.equal(sentences.length);
      const all = paragraphs.join(' ');
      expect(all).to.include(
        locale === 'en' ? 'usually not a sign of harm' : 'betekent meestal niet dat het slechter gaat',
      );
      expect(all).to.include(locale === 'en' ? 'not better after 2 to 6 weeks' : 'na 2 tot 6 weken niet beter');
    });
  }

  it('M4: massage on its own is not advised; hands-on treatment only added to exercise (en, nl)', async () => {
    const massage = answer(await faq('nl'), 'massage-tens-brace');
    expect(massage).to.include('Massage on its own is not advised').and.include('added to an exercise plan');
    expect(massage).to.not.include('can sometimes help');
    await setLocale('nl');
    const dutch = answer(await faq('nl'), 'massage-tens-brace');
    expect(dutch).to.include('Massage zonder oefeningen wordt niet aangeraden').and.include('niet in plaats daarvan');
  });

  it('M5: leg pain is usually pain felt from the back; nerve pain goes below the knee; "disc problem (hernia)"', async () => {
    const el = await faq('nl');
    expect(question(el, 'sciatica')).to.equal('Is it a disc problem (hernia) or sciatica?');
    expect(answer(el, 'sciatica')).to.include('below the knee').and.include('not from a trapped nerve');
    expect(answer(el, 'sciatica')).to.not.include('often comes from an irritated nerve');
    await setLocale('nl');
    const dutch = answer(await faq('nl'), 'sciatica');
    expect(dutch).to.include('tot onder de knie').and.include('niet van een beknelde zenuw');
  });

  it('M6, m6, m12: the Belgian FAQ answer in Belgian Dutch', async () => {
    await setLocale('nl');
    const el = await faq('be');
    expect(question(el, 'referral')).to.equal('Heb ik een voorschrift nodig? En wordt het terugbetaald?');
    const referral = answer(el, 'referral');
    for (const word of [
      'voorschrift',
      'ziekenfonds',
      'mutualiteit',
      'binnen 2 maanden',
      '18 behandelingen',
      'kalenderjaar',
      'geconventioneerd',
      '25% minder',
      'klevertje',
      'eID',
      'nooit terugbetaald',
    ]) {
      expect(referral, word).to.include(word);
    }
    const all = text(el.shadowRoot!.querySelector('.list'));
    expect(all).to.not.match(/fysiotherapeut|huisartsenpost|zorgverzekeraar|alarmnummer|\bSEH\b/);
    expect(all).to.include('kinesitherapeut').and.include('huisarts van wacht');
  });

  it('m12: the Dutch FAQ answer says some insurers still ask for a referral, and missed visits are never paid', async () => {
    const el = await faq('nl');
    expect(answer(el, 'referral')).to.include('some insurers still ask for a referral').and.include('never paid back');
  });

  it('m3, m4: row 17 glosses its terms and names buttock pain; row 16 can happen to anyone', async () => {
    const signs = Object.fromEntries(tiers.flatMap((t) => builtInSigns()[t]).map((s) => [s.id, s.text]));
    expect(signs['inflammatory-back-pain'])
      .to.include('buttocks')
      .and.include('psoriasis (a skin disease)')
      .and.include('axial spondyloarthritis (');
    expect(signs['inflammatory-back-pain']).to.not.include('Bechterew');
    expect(signs['belly-and-back-pain']).to.include('can happen to anyone');
    await setLocale('nl');
    const nl = Object.fromEntries(tiers.flatMap((t) => builtInSigns()[t]).map((s) => [s.id, s.text]));
    expect(nl['inflammatory-back-pain'])
      .to.include('bechterew (reuma van de rug)')
      .and.include('psoriasis (een huidziekte)')
      .and.include('billen');
  });

  it('m10: the bucket lets water out with breaks, and exercise does not pour water in', async () => {
    const shown = await shownText(html`<physio-load-bucket></physio-load-bucket>`);
    expect(shown).to.include('Breaks, sleep and relaxing let water out');
    expect(shown).to.not.include('Everything you do');
    expect(shown).to.not.match(/\bRest, sleep\b/);
  });

  for (const [tag, markup] of [
    ['bucket', html`<physio-load-bucket region="be"></physio-load-bucket>`],
    ['booking', html`<physio-booking-cta phone="015 12 34 56" region="be"></physio-booking-cta>`],
    ['red flags', html`<physio-red-flags></physio-red-flags>`],
    ['exercise card', html`<physio-exercise-card exercise="walking"></physio-exercise-card>`],
  ] as const) {
    it(`m11: the ${tag} shows its sources and a review date`, async () => {
      const shown = await shownText(markup);
      expect(shown).to.match(/Sources: [^.]+\..*Last reviewed: 4 December 2026\./);
    });
  }

  it('m11: the FAQ names NHS.UK, GIRFT and the region’s access rules', async () => {
    const sources = (el: Widget) => text(el.shadowRoot!.querySelector('[part=sources]'));
    expect(sources(await faq('nl')))
      .to.include('NHS.UK')
      .and.include('GIRFT')
      .and.include('DTF');
    expect(sources(await faq('be')))
      .to.include('RIZIV/INAMI')
      .and.include('Last reviewed: 4 December 2026');
  });

  it('m7, m8, m9, extra: knee-roll pillow is a comfort aid; alt texts start "Drawing:"; walking starts small; "You need:"', async () => {
    const knee = await shownText(html`<physio-exercise-card exercise="knee-rolls"></physio-exercise-card>`);
    expect(knee).to.match(/Easier: [^]*pillow between your knees/);
    expect(knee).to.not.match(/Harder: [^.]*pillow/);
    const walking = await fixture<Widget>(html`<physio-exercise-card exercise="walking"></physio-exercise-card>`);
    const shown = text(walking.shadowRoot!.firstElementChild);
    expect(shown).to.include('10 minutes').and.include('Start with what you can do now').and.include('every few days');
    expect(shown).to.include('You need: comfortable shoes.');
    const alt = walking.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')!;
    expect(alt)
      .to.match(/^Drawing: /)
      .and.not.include('easy pace');
    const tilt = await fixture<Widget>(html`<physio-exercise-card exercise="pelvic-tilt"></physio-exercise-card>`);
    expect(tilt.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.include('arrow above the lower back');
  });

  it('m13: the Dutch reads as Dutch', async () => {
    await setLocale('nl');
    const bird = await shownText(html`<physio-exercise-card exercise="bird-dog"></physio-exercise-card>`);
    expect(bird).to.include('Vermoeide spieren').and.not.include('Moe gevoel');
    expect(bird).to.include('uitstraalt').and.not.include('naar beneden trekt');
    expect(bird).to.include('Dit heb je nodig: een matje of tapijt.');
    const tilt = await shownText(html`<physio-exercise-card exercise="pelvic-tilt"></physio-exercise-card>`);
    expect(tilt).to.not.include('de botten tussen je heupen');
    const buttons = async (markup: ReturnType<typeof html>) => {
      const el = await fixture<Widget>(markup);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=session] button')!.click();
      await el.updateComplete;
      return [...el.shadowRoot!.querySelectorAll('button')].map((b) => text(b)).join(' | ');
    };
    expect(
      await buttons(html`<physio-exercise-card exercise="knee-rolls" minutes="5"></physio-exercise-card>`),
    ).to.include('Start de timer (5 min)');
    expect(await buttons(html`<physio-exercise-card exercise="glute-bridge"></physio-exercise-card>`)).to.include(
      'Houd 3 seconden vol',
    );
    const floating = await fixture<Widget>(
      html`<physio-booking-cta variant="floating" phone="015 12 34 56"></physio-booking-cta>`,
    );
    await floating.updateComplete;
    expect(floating.shadowRoot!.querySelector('.close')!.getAttribute('aria-label')).to.equal(
      'Verberg de afspraakopties',
    );
  });
});
