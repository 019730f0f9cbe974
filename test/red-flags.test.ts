import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulate } from './support/emulate.js';
import '../src/define/physio-red-flags.js';
import { PhysioRedFlags } from '../src/components/red-flags/red-flags.js';
import { setLocale } from '../src/localization.js';
import { renderRootOf } from '../src/base/physio-element.js';
import { $, $$, text } from './support/dom.js';

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
      expect(tier.querySelector('[part=action]')).to.exist;
    }
  });

  it('puts every sign in the tier clinical.md decision 2 gives it', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    const ids = (tier: string) => boxes(el, tier).map((box) => box.value);
    // Rows 1–5, 6 (sudden or fast-worsening), 8, 16 (split in two), 10 with confusion or feeling very ill (review M1).
    expect(ids('emergency')).to.deep.equal([
      'saddle-numbness',
      'bladder-problems',
      'leaking',
      'sex-changes',
      'both-legs',
      'leg-weakness-fast',
      'serious-accident',
      'belly-and-back-pain',
      'chest-pain',
      'fever-confused',
    ]);
    // Rows 9, 10, 6 when it comes on slowly, 7 spreading fast or with weakness, 12 with leg signs, 11, 15, 20.
    expect(ids('today')).to.deep.equal([
      'sudden-pain-weak-bones',
      'fever',
      'leg-weakness-slow',
      'numbness-with-weakness',
      'cancer-with-leg-signs',
      'infection-risk',
      'upper-back-lump-shape',
      'pain-out-of-control',
    ]);
    // Rows 7, 12, 13, 14, 17.
    expect(ids('soon')).to.deep.equal([
      'one-leg-numbness',
      'cancer-history',
      'weight-loss',
      'constant-night-pain',
      'inflammatory-back-pain',
    ]);
  });

  it('puts the emergency call link first in its tier, before the signs', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    const focusable = $$(el, '.tier.emergency a, .tier.emergency input');
    expect(focusable[0].getAttribute('href')).to.equal('tel:112');
  });

  it('keeps the shadow root closed, so page scripts cannot read the boxes', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    expect(el.shadowRoot).to.equal(null);
    const box = $(el, 'input[type=checkbox]') as HTMLInputElement;
    box.click();
    await el.updateComplete;
    // Nor through a property: no property holds the root (Lit's renderRoot, ElementInternals.shadowRoot) or the ticks.
    const holdsTick = (value: unknown) =>
      (value instanceof Set || value instanceof Map || Array.isArray(value)) &&
      [...(value as Iterable<unknown>)].some(
        (item) => item === box.value || (Array.isArray(item) && item.includes(box.value)),
      );
    const reached: string[] = [];
    for (let proto: object = el; proto !== HTMLElement.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const key of Reflect.ownKeys(proto)) {
        let value: unknown;
        try {
          value = (el as unknown as Record<string | symbol, unknown>)[key];
        } catch {
          continue;
        }
        if (value instanceof ShadowRoot || value instanceof ElementInternals || holdsTick(value))
          reached.push(String(key));
      }
    }
    expect(reached).to.deep.equal([]);
    // And a page script cannot attach internals of its own: the widget holds them.
    expect(() => el.attachInternals()).to.throw();
  });

  it('follows heading-level; below h6 the tiers stay one level deeper through ARIA', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags heading-level="4"></physio-red-flags>`);
    expect($$(el, 'h4')).to.have.length(1);
    expect($$(el, 'h5')).to.have.length(3);
    const deepest = await fixture<PhysioRedFlags>(html`<physio-red-flags heading-level="6"></physio-red-flags>`);
    expect($$(deepest, 'h6')).to.have.length(1);
    expect($$(deepest, '[role=heading][aria-level="7"]')).to.have.length(3);
  });

  it('always shows the closing line, the disclaimer and the sources with the review date', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    expect(text($(el, '.closing'))).to.include('there can still be a problem');
    expect(text($(el, '[part=disclaimer]'))).to.equal('i Important: This is general information, not a diagnosis.');
    expect(text($(el, '[part=sources]'))).to.match(
      /^Sources: NHS.UK, .*NICE NG65\. Last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}\.$/,
    );
  });

  it('static: the same advice as a plain panel, without checkboxes', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags static></physio-red-flags>`);
    expect($$(el, 'input')).to.have.length(0);
    expect(text($(el, '.closing'))).to.match(/^If none of these signs fits you, there can still be a problem/);
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
    expect(text($(el, '.tier.emergency [part=action]'))).to.include(
      'huisartsenpost (out-of-hours GP service) straight away',
    );
  });

  it('Belgium: 112 and 1733 as call links, and no Dutch words in English', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags region="be"></physio-red-flags>`);
    expect(links(el, 'emergency')).to.deep.equal(['tel:112']);
    expect(links(el, 'today')).to.deep.equal(['tel:1733']);
    const all = text(renderRootOf(el)!.firstElementChild!);
    expect(all).to.include('emergency department of a hospital');
    expect(text($(el, '.tier.emergency [part=action]'))).to.include('GP on call straight away');
    for (const dutch of ['spoed', 'SEH', 'huisarts', 'ziekenfonds', 'GP post', 'GP on duty']) {
      expect(all, dutch).to.not.include(dutch);
    }
  });

  it('Belgium in Dutch: spoeddienst and huisarts van wacht', async () => {
    await setLocale('nl');
    try {
      const el = await fixture<PhysioRedFlags>(html`<physio-red-flags region="be"></physio-red-flags>`);
      expect(text($(el, '.tier.emergency [part=action]'))).to.include('spoeddienst');
      expect(text($(el, '.tier.today [part=action]'))).to.include('huisarts van wacht');
      expect(text(renderRootOf(el)!.firstElementChild!)).to.not.include('huisartsenpost');
    } finally {
      await setLocale('en');
    }
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
    expect(status(el)).to.equal('Emergency: call 112. Or go straight to the emergency department of a hospital (SEH).');
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

  it('stays silent when a less urgent sign is ticked after an emergency one', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    await tick(el, boxes(el, 'emergency')[0]);
    const said = status(el);
    await tick(el, boxes(el, 'today')[0]);
    expect(status(el)).to.equal(said);
    expect($$(el, '[data-attention]')).to.have.length(2);
  });

  it('names the right out-of-hours service in Dutch: huisartsenpost (NL), huisarts van wacht and 1733 (BE)', async () => {
    await setLocale('nl');
    const nl = await fixture<PhysioRedFlags>(html`<physio-red-flags region="nl"></physio-red-flags>`);
    await tick(nl, boxes(nl, 'today')[0]);
    expect(status(nl)).to.equal(
      "Dringend: Bel vandaag je huisarts. 's Avonds, 's nachts, in het weekend en op feestdagen bel je de huisartsenpost bij jou in de buurt.",
    );
    expect(text($(nl, '.tier.today [part=action]'))).to.include('huisartsenpost bij jou in de buurt');
    const be = await fixture<PhysioRedFlags>(html`<physio-red-flags region="be"></physio-red-flags>`);
    await tick(be, boxes(be, 'today')[0]);
    expect(status(be)).to.equal(
      "Dringend: Bel vandaag je huisarts. 's Avonds, 's nachts, in het weekend en op feestdagen bel je de huisarts van wacht: 1733.",
    );
    const own = await fixture<PhysioRedFlags>(
      html`<physio-red-flags region="nl" after-hours-number="0900 1234"></physio-red-flags>`,
    );
    expect(text($(own, '.tier.today [part=action]'))).to.include('bel je de huisartsenpost: 0900 1234');
    expect(links(own, 'today')).to.deep.equal(['tel:09001234']);
  });

  it('announces the most urgent ticked tier', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    await tick(el, boxes(el, 'soon')[0]);
    expect(status(el)).to.match(/^Soon: Make an appointment/);
    await tick(el, boxes(el, 'today')[0]);
    expect(status(el)).to.match(/^Urgent: Call your GP today/);
    expect($$(el, '[data-attention]').map((t) => t.classList[1])).to.deep.equal(['today', 'soon']);
  });

  it('speaks the same words as the tier’s action, with the out-of-hours number', async () => {
    const be = await fixture<PhysioRedFlags>(html`<physio-red-flags region="be"></physio-red-flags>`);
    await tick(be, boxes(be, 'today')[0]);
    expect(status(be)).to.equal(
      'Urgent: Call your GP today. Evenings, nights, weekends and public holidays: call the GP on call, 1733.',
    );
    expect(status(be).replace(/^Urgent: /, '')).to.equal(text($(be, '.tier.today [part=action]')));
    const nl = await fixture<PhysioRedFlags>(html`<physio-red-flags region="nl"></physio-red-flags>`);
    await tick(nl, boxes(nl, 'soon')[0]);
    expect(status(nl)).to.equal('Soon: ' + text($(nl, '.tier.soon [part=action]')));
  });

  it('says "call 112 now" in Dutch for a Belgian page and a nerve sign', async () => {
    await setLocale('nl');
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags region="be"></physio-red-flags>`);
    expect(text($(el, 'h2'))).to.equal('Wanneer snel hulp bij rugpijn?');
    expect(links(el, 'today')).to.deep.equal(['tel:1733']);
    await tick(el, boxes(el, 'emergency')[0]);
    expect(status(el)).to.equal('Spoed: bel 112. Of ga meteen naar de spoeddienst van een ziekenhuis.');
  });

  it('works by keyboard: Tab reaches each box, Space ticks it', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    const [first, second] = boxes(el, 'emergency');
    first.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(first.checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(renderRootOf(el)!.activeElement).to.equal(second);
    expect(status(el)).to.match(/^Emergency:/);
  });

  it('never gives a verdict: not at first, not after ticking and unticking, not as a panel', async () => {
    const verdicts = ["you're fine", 'you are fine', 'no problem', 'nothing to worry', 'score', 'risk', 'result'];
    const check = (el: PhysioRedFlags) => {
      const all = text(renderRootOf(el)!.firstElementChild).toLowerCase();
      for (const word of verdicts) expect(all).to.not.include(word);
    };
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    check(el);
    await tick(el, boxes(el, 'soon')[0]);
    await tick(el, boxes(el, 'soon')[0]);
    check(el);
    expect(status(el)).to.equal('');
    check(await fixture<PhysioRedFlags>(html`<physio-red-flags static></physio-red-flags>`));
  });
});

describe('<physio-red-flags> privacy', () => {
  it('lets no event reveal what was ticked, even to capture-phase listeners on window', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    const leaks: string[] = [];
    const types = ['click', 'input', 'change', 'focusin', 'focusout', 'keydown', 'keyup', 'pointerdown', 'mousedown'];
    const record = (event: Event) => {
      for (const node of event.composedPath()) {
        if (node instanceof HTMLInputElement || (node instanceof Element && node.closest('label'))) {
          leaks.push(`${event.type} exposes ${(node as Element).localName}`);
        }
      }
    };
    // Frameworks bind `input`/`change` on custom elements (v-model, onChange): they must not fire outside.
    const bubbled = (event: Event) => leaks.push(`${event.type} bubbled out of the element`);
    for (const type of types) window.addEventListener(type, record, true);
    for (const type of ['input', 'change']) window.addEventListener(type, bubbled);
    const dispatched: string[] = [];
    const original = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (event: Event) {
      if (event.type.startsWith('physio-')) dispatched.push(event.type);
      return original.call(this, event);
    };
    try {
      for (const box of boxes(el, 'emergency')) {
        box.focus();
        await sendKeys({ press: 'Space' });
      }
      await tick(el, boxes(el, 'today')[0]);
    } finally {
      EventTarget.prototype.dispatchEvent = original;
      for (const type of types) window.removeEventListener(type, record, true);
      for (const type of ['input', 'change']) window.removeEventListener(type, bubbled);
    }
    expect(boxes(el, 'emergency').every((box) => box.checked)).to.be.true;
    expect(leaks, leaks.join('; ')).to.deep.equal([]);
    expect(dispatched).to.deep.equal([]);
  });

  it('forgets the ticks when the reader leaves the page (back/forward cache)', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    await tick(el, boxes(el, 'emergency')[0]);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(boxes(el, 'emergency').some((box) => box.checked)).to.be.false;
    expect(status(el)).to.equal('');
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

  it('gives the boxes no name, so they can never become a form value', async () => {
    const el = await fixture<PhysioRedFlags>(html`<physio-red-flags></physio-red-flags>`);
    expect($$(el, 'input').every((box) => !box.hasAttribute('name'))).to.be.true;
  });
});

describe('<physio-red-flags> display', () => {
  afterEach(() => emulate({}));

  it('makes the emergency tier stand out without colour, also in forced-colors mode', async () => {
    await emulate({ forcedColors: 'active' });
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
    await waitUntil(() => renderRootOf(el)!.childElementCount > 0);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
