import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define/physio-faq.js';
import type { PhysioFaq } from '../src/components/faq/faq.js';
import { captureWarnings } from './support/console-spy.js';
import { clearHash, delay, frame, mount, text } from './support/dom.js';

// Each test here pins a bug found in review, so it cannot come back.
const threeQuestions = () =>
  html`<physio-faq searchable>
    <details>
      <summary>Do I need a referral?</summary>
      <p>No.</p>
    </details>
    <details open>
      <summary>Can I park?</summary>
      <p>Yes, behind the building.</p>
    </details>
    <details>
      <summary>How long is a session?</summary>
      <p>About 30 minutes.</p>
    </details>
  </physio-faq>`;

describe('<physio-faq> regressions', () => {
  afterEach(clearHash);

  it('a malformed #fragment does not stop the FAQ from showing', async () => {
    history.replaceState(null, '', '#100%');
    const el = await fixture<PhysioFaq>(threeQuestions());
    await frame();
    expect(el.querySelector('details')!.assignedSlot).to.not.equal(null);
    expect(el.querySelector('details')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('search hides page questions even when the page styles details { display: block }', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <style>
          details {
            display: block;
          }
        </style>
        ${threeQuestions()}
      </div>`,
    );
    const el = wrapper.querySelector('physio-faq')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'park';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const visible = [...el.querySelectorAll('details')].filter((d) => d.getClientRects().length > 0);
    expect(visible.map((d) => d.id)).to.deep.equal(['faq-can-i-park']);
  });

  it('removing searchable while a term is typed shows every question again', async () => {
    const el = await fixture<PhysioFaq>(threeQuestions());
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'park';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    el.removeAttribute('searchable');
    await el.updateComplete;
    expect([...el.querySelectorAll('details')].every((d) => !d.hidden)).to.be.true;
  });

  it('reports closing a question that was open in the page, and nothing at load', async () => {
    const seen: unknown[] = [];
    const listener = (event: Event) => seen.push((event as CustomEvent).detail);
    document.addEventListener('physio-faq-toggle', listener);
    const el = await fixture<PhysioFaq>(threeQuestions());
    await delay(50);
    expect(seen, 'no event without a reader action').to.deep.equal([]);
    const open = el.querySelector<HTMLDetailsElement>('details[open]')!;
    open.querySelector('summary')!.click();
    await waitUntil(() => seen.length === 1);
    document.removeEventListener('physio-faq-toggle', listener);
    expect(seen).to.deep.equal([{ id: 'faq-can-i-park', open: false }]);
  });

  it('"Expand all" turns into "Collapse all" for the built-in questions too', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=controls] button')!;
    button().click();
    await waitUntil(() => text(button()) === 'Collapse all');
  });

  it('Belgium keeps 1733 when after-hours-number is empty or not a number', async () => {
    const links = (el: PhysioFaq) =>
      [...el.shadowRoot!.querySelectorAll('#faq-urgent-help a')].map((a) => a.getAttribute('href'));
    const empty = await fixture<PhysioFaq>(html`<physio-faq region="be" after-hours-number=""></physio-faq>`);
    expect(links(empty)).to.deep.equal(['tel:112', 'tel:1733']);
    const { warnings } = await captureWarnings(async () => {
      const bad = await fixture<PhysioFaq>(html`<physio-faq region="be" after-hours-number="abc"></physio-faq>`);
      expect(links(bad)).to.deep.equal(['tel:112', 'tel:1733']);
      expect(text(bad.shadowRoot!.querySelector('#faq-urgent-help'))).to.not.include('huisartsenpost');
    });
    expect(warnings.filter((w) => w.includes('after-hours-number'))).to.have.length(1);
  });

  it('the headingLevel property works even when the attribute is set', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq heading-level="3"></physio-faq>`);
    el.headingLevel = 5;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('5');
  });

  it('bad values fall back to the documented defaults', async () => {
    await captureWarnings(async () => {
      const el = await fixture<PhysioFaq>(html`<physio-faq heading-level="9" region="fr"></physio-faq>`);
      expect(el.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
      const nl = await fixture<PhysioFaq>(html`<physio-faq region="nl"></physio-faq>`);
      const referral = (faq: PhysioFaq) => text(faq.shadowRoot!.querySelector('#faq-referral [part=answer]'));
      expect(referral(el)).to.equal(referral(nl));
    });
  });

  it('a deep link to a question hidden by search clears the search and shows it', async () => {
    const el = await fixture<PhysioFaq>(threeQuestions());
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'park';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    location.hash = '#faq-how-long-is-a-session';
    const target = el.querySelector<HTMLDetailsElement>('#faq-how-long-is-a-session')!;
    await waitUntil(() => target.open && !target.hidden);
  });

  it('a deep link reaches questions a framework renders after the element', async () => {
    history.replaceState(null, '', '#faq-late-question');
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const late = document.createElement('details');
    late.append(Object.assign(document.createElement('summary'), { textContent: 'Late question' }), 'Answer');
    el.replaceChildren(late);
    await waitUntil(() => late.open, 'opened from the address');
  });

  it('structured data follows edits inside a question', async () => {
    const el = await fixture<PhysioFaq>(
      html`<physio-faq structured-data>
        <details>
          <summary>Q</summary>
          <p>old answer</p>
        </details>
      </physio-faq>`,
    );
    el.querySelector('p')!.textContent = 'new answer';
    const answer = () => JSON.parse(el.querySelector('script')!.textContent!).mainEntity[0].acceptedAnswer.text;
    await waitUntil(() => answer() === 'new answer');
  });

  it('always shows the emergency number as a call link, also with a clinic’s own questions', async () => {
    const el = await fixture<PhysioFaq>(threeQuestions());
    const link = el.shadowRoot!.querySelector('[part=emergency] a')!;
    expect(link.getAttribute('href')).to.equal('tel:112');
    expect(text(link)).to.equal('Emergency: call 112');
    expect(el.shadowRoot!.querySelector('.sources'), 'sources only for built-in content').to.equal(null);
  });

  it('keeps a page’s own <details name> when single is on', async () => {
    const el = await fixture<PhysioFaq>(
      html`<physio-faq single>
        <details name="mine">
          <summary>A</summary>
          a
        </details>
        <details>
          <summary>B</summary>
          b
        </details>
      </physio-faq>`,
    );
    const [own, other] = [...el.querySelectorAll('details')];
    expect(own.name).to.equal('mine');
    expect(other.name).to.match(/^physio-faq-\d+$/);
    el.single = false;
    await el.updateComplete;
    expect(own.name).to.equal('mine');
    expect(other.hasAttribute('name')).to.be.false;
  });

  it('arrow keys with a modifier are left to the browser', async () => {
    const el = await fixture<PhysioFaq>(threeQuestions());
    const summary = el.querySelector('summary')!;
    summary.focus();
    const event = new KeyboardEvent('keydown', {
      key: 'End',
      ctrlKey: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    summary.dispatchEvent(event);
    expect(event.defaultPrevented).to.be.false;
    expect(document.activeElement).to.equal(summary);
    const plain = oneEvent(summary, 'keydown');
    summary.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true, cancelable: true }),
    );
    await plain;
    expect(document.activeElement).to.equal(el.querySelectorAll('summary')[2]);
  });

  it('questions a page adds right after connecting the element are shown, not the built-in ones', async () => {
    const el = document.createElement('physio-faq') as PhysioFaq;
    mount(el);
    el.innerHTML =
      '<details><summary>One?</summary><p>A.</p></details><details><summary>Two?</summary><p>B.</p></details>';
    await el.updateComplete;
    await el.updateComplete;
    const [one, two] = el.querySelectorAll('details');
    expect(one.assignedSlot, 'first question slotted').to.not.equal(null);
    expect(two.assignedSlot, 'second question slotted').to.not.equal(null);
    expect(one.id).to.equal('faq-one');
    expect(el.shadowRoot!.querySelectorAll('.list > details')).to.have.length(0);
  });

  it('a question whose text the page replaces is a heading again', async () => {
    const el = await fixture<PhysioFaq>(threeQuestions());
    const summary = el.querySelector('summary')!;
    await waitUntil(() => summary.querySelector('[role=heading]'), 'heading added');
    summary.textContent = 'Changed question';
    await waitUntil(() => summary.querySelector('[role=heading]')?.textContent === 'Changed question', 'heading again');
    expect(summary.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('moved into another shadow root, its questions get their look there too', async () => {
    const el = await fixture<PhysioFaq>(threeQuestions());
    const looks = () => getComputedStyle(el.querySelector('summary')!).backgroundImage.includes('conic-gradient');
    await waitUntil(looks, 'item styles in the page first');
    const host = document.createElement('div');
    mount(host);
    const root = host.attachShadow({ mode: 'open' });
    root.append(el);
    await waitUntil(looks, 'item styles in the new root');
  });
});
