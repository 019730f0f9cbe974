import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/define/physio-booking-cta.js';
import type { PhysioBookingCta } from '../src/components/booking-cta/booking-cta.js';
import { setLocale } from '../src/localization.js';
import { captureWarnings } from './support/console-spy.js';
import { $, clearHash, frame, pollUntil, text } from './support/dom.js';

const href = (el: PhysioBookingCta, part: string) => $(el, `[part=${part}]`)?.getAttribute('href') ?? null;

describe('<physio-booking-cta>', () => {
  afterEach(() => setLocale('en'));

  it('shows a booking link, a call link with only digits, the no-referral note and the 24 h line', async () => {
    const el = await fixture<PhysioBookingCta>(
      html`<physio-booking-cta
        href="https://clinic.example/book"
        phone="020 123 45 67"
        region="nl"
      ></physio-booking-cta>`,
    );
    expect(href(el, 'button')).to.equal('https://clinic.example/book');
    expect(text($(el, '[part=button]'))).to.equal('Book online');
    expect(href(el, 'phone')).to.equal('tel:0201234567');
    expect(text($(el, '[part=phone]'))).to.equal('Call 020 123 45 67');
    const notes = text($(el, '[part=notes]'));
    expect(notes)
      .to.include('do not need a referral')
      .and.include('some insurers still ask for a referral')
      .and.include('supplementary insurance')
      .and.include('24 hours')
      .and.include('never paid back');
    // Review M3: clinical.md §1 row 19 is in the booking notes.
    expect(notes).to.include('not better after 2 to 6 weeks').and.include('daily tasks or work');
    expect(text($(el, '[part=disclaimer]'))).to.include('not a diagnosis');
  });

  it('renders no link for javascript:, data: or garbage, warns once, and keeps the other channels', async () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'ht!tp://%%%',
      '//evil.example/book',
      '/\\evil.example',
    ]) {
      const { warnings } = await captureWarnings(async () => {
        const el = await fixture<PhysioBookingCta>(
          html`<physio-booking-cta
            href=${bad}
            phone="+32 (0)15 12 34 56"
            email="info@clinic.example"
          ></physio-booking-cta>`,
        );
        expect($(el, '[part=button]'), bad).to.equal(null);
        expect(href(el, 'phone')).to.equal('tel:+3215123456');
        expect(href(el, 'email')).to.equal('mailto:info@clinic.example');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(
        warnings.filter((w) => w.includes('href=')),
        bad,
      ).to.have.length(1);
    }
  });

  it('accepts a link on the same site', async () => {
    const el = await fixture<PhysioBookingCta>(html`<physio-booking-cta href="/book?via=web"></physio-booking-cta>`);
    expect(href(el, 'button')).to.equal(`${location.origin}/book?via=web`);
  });

  it('Belgium: the prescription note instead of the Dutch ones; cancellation from the attribute', async () => {
    const be = await fixture<PhysioBookingCta>(
      html`<physio-booking-cta phone="015 12 34 56" region="be" cancellation-hours="48"></physio-booking-cta>`,
    );
    const notes = text($(be, '[part=notes]'));
    expect(notes).to.include('prescription').and.include('48 hours');
    expect(notes).to.not.include('referral');
    // Review M6: the Belgian facts of clinical.md §6.
    expect(notes)
      .to.include('within 2 months of the date on the prescription')
      .and.include('18 sessions per condition in one calendar year')
      .and.include('official rates')
      .and.include('25% less back')
      .and.include('sticker from your health insurance fund and your eID')
      .and.include('never paid back')
      .and.include('not better after 2 to 6 weeks');
    expect(text($(be, '[part=sources]'))).to.match(/^Sources: RIZIV\/INAMI, .+ Last reviewed: 4 December 2026\.$/);
    const none = await fixture<PhysioBookingCta>(
      html`<physio-booking-cta phone="015" cancellation-hours="0"></physio-booking-cta>`,
    );
    expect(text($(none, '[part=notes]'))).to.not.include('Cancel');
    const one = await fixture<PhysioBookingCta>(
      html`<physio-booking-cta phone="015" cancellation-hours="1"></physio-booking-cta>`,
    );
    expect(text($(one, '[part=notes]'))).to.include('at least 1 hour before');
  });

  it('speaks Dutch, with clinic name, own label and heading level', async () => {
    await setLocale('nl');
    const el = await fixture<PhysioBookingCta>(
      html`<physio-booking-cta
        href="https://clinic.example/book"
        clinic="Fysio Centrum"
        label="Plan je afspraak"
        heading-level="3"
        region="nl"
      ></physio-booking-cta>`,
    );
    expect(text($(el, 'h3'))).to.equal('Maak een afspraak bij Fysio Centrum');
    expect(text($(el, '[part=button]'))).to.equal('Plan je afspraak');
    expect(text($(el, '[part=notes]')))
      .to.include('geen verwijzing van je huisarts nodig')
      .and.include('24 uur');
    expect(text($(el, '[part=sources]'))).to.include('Directe toegankelijkheid fysiotherapie (DTF)');
  });

  it('speaks Belgian Dutch for region="be": voorschrift, ziekenfonds, kinesitherapeut, geconventioneerd', async () => {
    await setLocale('nl');
    const el = await fixture<PhysioBookingCta>(
      html`<physio-booking-cta phone="015 12 34 56" region="be"></physio-booking-cta>`,
    );
    const notes = text($(el, '[part=notes]'));
    for (const word of [
      'voorschrift',
      'ziekenfonds',
      'kinesitherapeut',
      'geconventioneerd',
      '18 behandelingen per aandoening per kalenderjaar',
      '25% minder terug',
      'binnen 2 maanden',
      'klevertje',
      'eID',
      'nooit terugbetaald',
      'na 2 tot 6 weken niet beter',
    ]) {
      expect(notes, word).to.include(word);
    }
    expect(notes).to.not.match(/fysiotherapeut|zorgverzekeraar|verwijzing|vergoed/);
  });

  it('names the floating panel’s close button in Dutch', async () => {
    await setLocale('nl');
    const floating = await fixture<PhysioBookingCta>(
      html`<physio-booking-cta variant="floating" phone="015 12 34 56"></physio-booking-cta>`,
    );
    await floating.updateComplete;
    expect(floating.shadowRoot!.querySelector('.close')!.getAttribute('aria-label')).to.equal(
      'Verberg de afspraakopties',
    );
  });

  it('fires a cancelable physio-book before following a link; preventDefault keeps the page', async () => {
    const el = await fixture<PhysioBookingCta>(
      html`<physio-booking-cta href="#booked" phone="020 123 45 67" email="info@clinic.example"></physio-booking-cta>`,
    );
    const seen: Array<{ detail: unknown; cancelable: boolean; composed: boolean }> = [];
    const booked = `${location.href.split('#')[0]}#booked`;
    const keepPage = (event: Event) => {
      seen.push({ detail: (event as CustomEvent).detail, cancelable: event.cancelable, composed: event.composed });
      event.preventDefault(); // e.g. open the clinic's own booking modal instead
    };
    document.addEventListener('physio-book', keepPage);
    for (const part of ['button', 'phone', 'email']) {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      $(el, `[part=${part}]`)!.dispatchEvent(click);
      expect(click.defaultPrevented, part).to.be.true;
    }
    document.removeEventListener('physio-book', keepPage);
    expect(seen).to.deep.equal([
      { detail: { channel: 'online', href: booked }, cancelable: true, composed: true },
      { detail: { channel: 'phone', href: 'tel:0201234567' }, cancelable: true, composed: true },
      { detail: { channel: 'email', href: 'mailto:info@clinic.example' }, cancelable: true, composed: true },
    ]);
    // Without preventDefault the link is followed (here: to #booked on this page).
    $(el, '[part=button]')!.click();
    expect(location.hash).to.equal('#booked');
    clearHash();
  });

  it('refuses an e-mail address that carries extra mailto fields (a hidden Bcc)', async () => {
    const { warnings } = await captureWarnings(async () => {
      const el = await fixture<PhysioBookingCta>(
        html`<physio-booking-cta email=${'info@clinic.example?bcc=spy@evil.example&body=hi'}></physio-booking-cta>`,
      );
      expect($(el, '[part=email]')).to.equal(null);
    });
    expect(warnings.some((w) => w.includes('is not an e-mail address'))).to.be.true;
  });

  it('warns once when there is no way to book and for a bad e-mail address', async () => {
    const { warnings } = await captureWarnings(async () => {
      await fixture<PhysioBookingCta>(html`<physio-booking-cta></physio-booking-cta>`);
      await fixture<PhysioBookingCta>(html`<physio-booking-cta email="not an address"></physio-booking-cta>`);
    });
    expect(warnings.filter((w) => w.includes('needs href, phone or email'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('email="not an address"'))).to.have.length(1);
  });

  it('banner: full width; reflows at 320 px', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px; font-size: 32px">
        <physio-booking-cta
          variant="banner"
          href="https://clinic.example/book"
          phone="020 123 45 67"
        ></physio-booking-cta>
      </div>`,
    );
    const el = wrapper.firstElementChild as PhysioBookingCta;
    await el.updateComplete;
    expect($(el, '.banner')).to.exist;
    expect(el.scrollWidth).to.be.at.most(320);
  });
});

describe('<physio-booking-cta variant="floating">', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('sits in a corner, opens its panel, and can be closed for this page view', async () => {
    const el = await fixture<PhysioBookingCta>(
      html`<physio-booking-cta variant="floating" href="https://clinic.example/book" region="nl"></physio-booking-cta>`,
    );
    const box = $(el, '.floating')!;
    expect(getComputedStyle(box).position).to.equal('fixed');
    expect(el.matches(':state(floating)')).to.be.true;
    const toggle = $(el, '.toggle')! as HTMLButtonElement;
    for (const target of [toggle, $(el, '.close')!]) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), 'target size').to.be.at.least(24);
    }
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(href(el, 'button')).to.equal('https://clinic.example/book');
    ($(el, '.close') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '.floating')).to.equal(null);
    expect(el.matches(':state(closed)')).to.be.true;
  });

  it('stays put while the reader uses it: focus and clicks on its own buttons (no render loop)', async () => {
    await setViewport({ width: 800, height: 600 });
    const el = await fixture<PhysioBookingCta>(
      html`<physio-booking-cta variant="floating" href="https://clinic.example/book"></physio-booking-cta>`,
    );
    let renders = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => (renders++, original(...args));
    const toggle = $(el, '.toggle')!;
    const { x, y, width, height } = toggle.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    await el.updateComplete;
    for (let i = 0; i < 5; i++) await frame();
    expect($(el, '.floating')!.dataset.placement).to.equal('end');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    for (let i = 0; i < 5; i++) await frame();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.close'));
    expect($(el, '.floating')!.dataset.placement).to.equal('end');
    expect(renders).to.be.below(10);
  });

  it('tabs from the toggle into its panel, and Escape closes the panel back onto the toggle', async () => {
    const el = await fixture<PhysioBookingCta>(
      html`<physio-booking-cta
        variant="floating"
        href="https://clinic.example/book"
        phone="020 123 45 67"
      ></physio-booking-cta>`,
    );
    const toggle = $(el, '.toggle') as HTMLButtonElement;
    expect(text(toggle)).to.equal('Book an appointment');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'after Close comes the panel').to.equal($(el, '[part=button]'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.panel')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('returns focus to where it came from when closed', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <button id="before">Before</button>
        <physio-booking-cta variant="floating" href="https://clinic.example/book"></physio-booking-cta>
      </div>`,
    );
    const el = page.querySelector('physio-booking-cta')!;
    await el.updateComplete;
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.close'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(page.querySelector('#before'));
  });

  it('never hides the focused element: it moves to the other side, or steps aside', async () => {
    await setViewport({ width: 800, height: 600 });
    const page = await fixture<HTMLElement>(
      html`<div>
        <button id="under-right" style="position: fixed; right: 1em; bottom: 1em; width: 12em; height: 3em">
          Right
        </button>
        <button id="under-both" style="position: fixed; left: 0; right: 0; bottom: 1em; height: 3em">Full width</button>
        <physio-booking-cta variant="floating" href="https://clinic.example/book"></physio-booking-cta>
      </div>`,
    );
    const el = page.querySelector('physio-booking-cta')!;
    await el.updateComplete;
    await frame();
    const placement = () => $(el, '.floating')!.dataset.placement;
    expect(placement()).to.equal('end');
    page.querySelector<HTMLButtonElement>('#under-right')!.focus();
    await pollUntil(() => placement() === 'start');
    expect(placement(), 'moved to the other side').to.equal('start');
    page.querySelector<HTMLButtonElement>('#under-both')!.focus();
    await pollUntil(() => placement() === 'collapsed');
    expect(placement(), 'stepped aside').to.equal('collapsed');
    expect(getComputedStyle($(el, '.floating')!).visibility).to.equal('hidden');
    page.querySelector<HTMLButtonElement>('#under-both')!.blur();
    document.body.focus();
    await pollUntil(() => placement() === 'end');
    expect(placement(), 'back in its corner').to.equal('end');
  });
});
