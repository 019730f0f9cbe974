import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/physio-faq.js';
import { setLocale } from '../src/localization.js';
import { builtInSigns, tiers } from '../src/components/red-flags/red-flags-content.js';
import { text, type Widget } from './support/dom.js';

// What the built-in answers say, held against clinical.md and the content review (shared/content/).

async function faq(region: 'nl' | 'be') {
  const el = await fixture<Widget>(html`<physio-faq region=${region}></physio-faq>`);
  await waitUntil(() => el.shadowRoot!.querySelector('#faq-referral'), 'built-in questions');
  return el;
}
const answer = (el: Widget, slug: string) => text(el.shadowRoot!.querySelector(`#faq-${slug} [part=answer]`));
const question = (el: Widget, slug: string) => text(el.shadowRoot!.querySelector(`#faq-${slug} summary`));

describe('<physio-faq> built-in answers', () => {
  afterEach(() => setLocale('en'));

  for (const locale of ['en', 'nl'] as const) {
    for (const region of ['nl', 'be'] as const) {
      it(`the urgent-help answer says every sign of all three tiers, word for word (${locale}, ${region})`, async () => {
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

  for (const locale of ['en', 'nl'] as const) {
    it(`the how-long answer says each sentence once, that pain is "usually not" harm, and when to get checked (${locale})`, async () => {
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

  it('massage on its own is not advised; hands-on treatment only added to exercise (en, nl)', async () => {
    const massage = answer(await faq('nl'), 'massage-tens-brace');
    expect(massage).to.include('Massage on its own is not advised').and.include('added to an exercise plan');
    expect(massage).to.not.include('can sometimes help');
    await setLocale('nl');
    const dutch = answer(await faq('nl'), 'massage-tens-brace');
    expect(dutch).to.include('Massage zonder oefeningen wordt niet aangeraden').and.include('niet in plaats daarvan');
  });

  it('leg pain is usually pain felt from the back; nerve pain goes below the knee; "disc problem (hernia)"', async () => {
    const el = await faq('nl');
    expect(question(el, 'sciatica')).to.equal('Is it a disc problem (hernia) or sciatica?');
    expect(answer(el, 'sciatica')).to.include('below the knee').and.include('not from a trapped nerve');
    expect(answer(el, 'sciatica')).to.not.include('often comes from an irritated nerve');
    await setLocale('nl');
    const dutch = answer(await faq('nl'), 'sciatica');
    expect(dutch).to.include('tot onder de knie').and.include('niet van een beknelde zenuw');
  });

  it('gives Belgian readers in Dutch the Belgian referral answer and Belgian words throughout', async () => {
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

  it('the Dutch referral answer says some insurers still ask for a referral, and missed visits are never paid', async () => {
    const el = await faq('nl');
    expect(answer(el, 'referral')).to.include('some insurers still ask for a referral').and.include('never paid back');
  });

  it('names NHS.UK, GIRFT and the region’s access rules among its sources', async () => {
    const sources = (el: Widget) => text(el.shadowRoot!.querySelector('[part=sources]'));
    expect(sources(await faq('nl')))
      .to.include('NHS.UK')
      .and.include('GIRFT')
      .and.include('DTF');
    expect(sources(await faq('be')))
      .to.include('RIZIV/INAMI')
      .and.include('Last reviewed: 4 December 2026');
  });
});
