import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define/physio-red-flags.js';
import { PhysioRedFlags } from '../src/components/red-flags/red-flags.js';
import { setLocale } from '../src/localization.js';

const $ = (el: PhysioRedFlags, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: PhysioRedFlags, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: PhysioRedFlags) => text($(el, '[role=status]'));
const boxes = (el: PhysioRedFlags, tier: string) => $$(el, `.tier.${tier} input[type=checkbox]`) as HTMLInputElement[];
const links = (el: PhysioRedFlags, tier: string) => $$(el, `.tier.${tier} a`).map((a) => a.getAttribute('href'));
const state = (el: PhysioRedFlags, name: string) => el.matches(`:state(${name})`);

async function tick(el: PhysioRedFlags, box: HTMLInputElement) {
  box.click();
  await el.updateComplete;
}

describe('<physio-red-flags> structure', () => {
  it('shows the title and three tiers in fixed order, each a heading with a hidden severity prefix', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    expect(text($(el, 'h2'))).to.equal('When to get urgent help with back pain');
    const tiers = $$(el, '[part~=tier]');
    expect(tiers.map((t) => t.getAttribute('part'))).to.deep.equal(['tier emergency', 'tier today', 'tier soon']);
    const headings = $$(el, 'h3');
    expect(headings.map((h) => text(h.querySelector('.visually-hidden')))).to.deep.equal([
      'Emergency:',
      'Urgent:',
      'Soon:',
    ]);
    expect(text(headings[0])).to.equal('Emergency: Call 112 now if you have:');
    for (const tier of tiers) {
      expect(tier.querySelector('fieldset > legend h3'), 'legend holds the heading').to.exist;
      expect(tier.querySelectorAll('input[type=checkbox]').length).to.be.within(3, 9);
      expect(tier.querySelector('[part=action]')).to.exist;
    }
  });

  it('follows heading-level', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags heading-level="4"></physio-red-flags>`);
    expect($$(el, 'h4')).to.have.length(1);
    expect($$(el, 'h5')).to.have.length(3);
  });

  it('always shows the closing line, the disclaimer and the sources with the review date', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    expect(text($(el, '.closing'))).to.include('does not rule out a problem');
    expect(text($(el, '[part=disclaimer]'))).to.equal('i Important: This is general information, not a diagnosis.');
    expect(text($(el, '[part=sources]'))).to.match(/^Sources: NICE NG59, .*Last reviewed: \w+ \d+, \d{4}\.$/);
  });

  it('static: the same advice as a plain panel, without checkboxes', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags static></physio-red-flags>`);
    expect($$(el, 'input')).to.have.length(0);
    expect($$(el, 'fieldset')).to.have.length(0);
    const normal = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    expect($$(el, 'li').map(text)).to.deep.equal($$(normal, '.sign').map(text));
    expect(links(el, 'emergency')).to.deep.equal(['tel:112']);
  });

  it('hides the no-JavaScript fallback once upgraded', async () => {
    const el = await fixture<PhysioRedFlags>(
      html`<physio-red-flags
        ><p>In an emergency, call <a href="tel:112">112</a>.</p></physio-red-flags
      >`,
    );
    const fallback = el.querySelector('p')!;
    expect(fallback.assignedSlot).to.equal(null);
    expect(fallback.getClientRects()).to.have.length(0);
  });
});

describe('<physio-red-flags> regions and numbers', () => {
  it('Netherlands: 112 first, the huisartsenpost out of hours, no 1733', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags region="nl"></physio-red-flags>`);
    expect(links(el, 'emergency')).to.deep.equal(['tel:112']);
    expect(links(el, 'today')).to.deep.equal([]);
    expect(text($(el, '.tier.today [part=action]'))).to.include('huisartsenpost');
    expect(text($(el, '.tier.emergency [part=action]'))).to.include('(SEH)');
    expect(text($(el, '.tier.emergency [part=action]'))).to.include('GP post straight away');
  });

  it('Belgium: 112 and 1733 as call links, and spoed', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags region="be"></physio-red-flags>`);
    expect(links(el, 'emergency')).to.deep.equal(['tel:112']);
    expect(links(el, 'today')).to.deep.equal(['tel:1733']);
    expect(text($(el, '.tier.emergency [part=action]'))).to.include('(spoed)');
    expect(text($(el, '.tier.emergency [part=action]'))).to.include('GP on call straight away');
  });

  it('takes a clinic’s own numbers, e.g. a UK page', async () => {
    const el = await fixture<PhysioRedFlags>(
      html`<physio-red-flags emergency-number="999" after-hours-number="111"></physio-red-flags>`,
    );
    expect(links(el, 'emergency')).to.deep.equal(['tel:999']);
    expect(links(el, 'today')).to.deep.equal(['tel:111']);
    expect(text($(el, 'h3'))).to.include('Call 999 now');
  });
});

describe('<physio-red-flags> ticking', () => {
  afterEach(() => setLocale('en'));

  it('has a polite live region from the first render, empty until a sign is ticked', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    const region = $(el, '[role=status]');
    expect(region).to.exist;
    expect(status(el)).to.equal('');
    await tick(el, boxes(el, 'soon')[0]);
    expect($(el, '[role=status]')).to.equal(region, 'the same node, so screen readers announce the change');
  });

  it('marks the tier and announces its action; unticking all returns to neutral', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags region="nl"></physio-red-flags>`);
    const [first, second] = boxes(el, 'emergency');
    await tick(el, first);
    expect(status(el)).to.equal('Emergency: Call 112 now, or go to the emergency department (SEH).');
    expect($(el, '.tier.emergency').hasAttribute('data-attention')).to.be.true;
    expect(state(el, 'attention') && state(el, 'attention-emergency')).to.be.true;
    expect(state(el, 'attention-today')).to.be.false;
    await tick(el, second);
    await tick(el, first);
    expect(state(el, 'attention-emergency'), 'one sign still ticked').to.be.true;
    await tick(el, second);
    expect(status(el)).to.equal('');
    expect($$(el, '[data-attention]')).to.have.length(0);
    expect(state(el, 'attention')).to.be.false;
  });

  it('announces the most urgent ticked tier', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    await tick(el, boxes(el, 'soon')[0]);
    expect(status(el)).to.match(/^Soon: Make an appointment/);
    await tick(el, boxes(el, 'today')[0]);
    expect(status(el)).to.match(/^Urgent: Call your GP today/);
    expect($$(el, '[data-attention]').map((t) => t.classList[1])).to.deep.equal(['today', 'soon']);
  });

  it('says "call 112 now" in Dutch for a Belgian page and a cauda-equina sign', async () => {
    await setLocale('nl');
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags region="be"></physio-red-flags>`);
    expect(text($(el, 'h2'))).to.equal('Wanneer snel hulp bij rugpijn?');
    expect(links(el, 'today')).to.deep.equal(['tel:1733']);
    await tick(el, boxes(el, 'emergency')[0]);
    expect(status(el)).to.equal('Spoed: Bel nu 112, of ga naar de spoeddienst van een ziekenhuis.');
  });

  it('works by keyboard: Tab reaches each box, Space ticks it', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    const [first, second] = boxes(el, 'emergency');
    first.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(first.checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(second);
    expect(status(el)).to.match(/^Emergency:/);
  });

  it('never gives a verdict when nothing is ticked', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    const all = text(el.shadowRoot!.firstElementChild).toLowerCase();
    for (const word of ["you're fine", 'you are fine', 'no problem', 'nothing to worry', 'score', 'risk', 'result']) {
      expect(all).to.not.include(word);
    }
  });
});

describe('<physio-red-flags> privacy', () => {
  it('sends no event and no native event out of the element when a sign is ticked', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    const seen: string[] = [];
    const record = (event: Event) => seen.push(event.type);
    for (const type of ['click', 'input', 'change']) document.addEventListener(type, record);
    const dispatch = el.dispatchEvent.bind(el);
    el.dispatchEvent = (event: Event) => (seen.push(`dispatched ${event.type}`), dispatch(event));
    for (const box of boxes(el, 'emergency')) await tick(el, box);
    for (const type of ['click', 'input', 'change']) document.removeEventListener(type, record);
    expect(seen).to.deep.equal([]);
  });

  it('is not form-associated: a surrounding form submits nothing from it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><physio-red-flags></physio-red-flags></form>`);
    const el = form.querySelector('physio-red-flags')!;
    await el.updateComplete;
    for (const box of boxes(el, 'emergency')) await tick(el, box);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    expect((PhysioRedFlags as unknown as { formAssociated?: boolean }).formAssociated).to.not.equal(true);
    expect(form.elements).to.have.length(0);
  });

  it('keeps ticks in memory only: a new page load (a new element) starts empty', async () => {
    const first = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    await tick(first, boxes(first, 'today')[0]);
    const again = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    expect(boxes(again, 'today').some((b) => b.checked)).to.be.false;
    expect(boxes(again, 'today')[0].hasAttribute('name'), 'no name: never a form value').to.be.false;
  });
});

describe('<physio-red-flags> display', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  it('makes the emergency tier stand out without colour, also in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    const width = (tier: string) => parseFloat(getComputedStyle($(el, `.tier.${tier}`)).borderTopWidth);
    expect(width('emergency')).to.be.greaterThan(width('today') * 2);
    await tick(el, boxes(el, 'soon')[0]);
    expect(getComputedStyle($(el, '.tier.soon')).outlineStyle).to.equal('solid');
    expect(text($(el, '.tier.soon .attention-note'))).to.equal('You ticked a sign in this box.');
  });

  it('reflows at 320 px', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px; font-size: 32px">
        <physio-red-flags></physio-red-flags>
      </div>`,
    );
    const el = wrapper.firstElementChild as PhysioRedFlags;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.childElementCount > 0);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
