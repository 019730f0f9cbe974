import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulate } from './support/emulate.js';
import '../src/define/physio-faq.js';
import { followDocumentLanguage, setLocale } from '../src/localization.js';
import type { PhysioFaq } from '../src/components/faq/faq.js';
import { captureWarnings } from './support/console-spy.js';
import {
  clearHash,
  delay,
  frame,
  keyboardFocusRing,
  mount,
  pollUntil,
  setPageLang,
  shadow,
  systemColor,
  text,
} from './support/dom.js';

const builtIn = (el: PhysioFaq) => [...shadow(el).querySelectorAll<HTMLDetailsElement>('.list > details')];
const summaries = (items: HTMLDetailsElement[]) => items.map((d) => d.querySelector('summary')!);

const pageFaq = () =>
  html`<physio-faq>
    <details>
      <summary>Do I need a referral?</summary>
      <p>No, you can <em>book</em> directly.</p>
    </details>
    <p></p>
    <br />
    <details>
      <summary>Café & parking: where?</summary>
      <p>Behind the building.</p>
    </details>
    <details id="own-id">
      <summary>How long is a session?</summary>
      <p>About 30 minutes.</p>
    </details>
    <details>
      <summary>Do I need a referral?</summary>
      <p>Asked twice on purpose.</p>
    </details>
  </physio-faq>`;

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

describe('<physio-faq> built-in content', () => {
  afterEach(() => setLocale('en'));

  it('shows at least 12 low-back-pain questions as level-3 headings, plus the disclaimer', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const items = builtIn(el);
    expect(items.length).to.be.at.least(12);
    const headings = shadow(el).querySelectorAll('summary > [role=heading]');
    expect(headings).to.have.length(items.length);
    expect([...headings].every((h) => h.getAttribute('aria-level') === '3')).to.be.true;
    expect(text(shadow(el).querySelector('[part=disclaimer]')!)).to.equal(
      'i Important: This is general information, not a diagnosis.',
    );
    expect(shadow(el).querySelector('.disclaimer-icon')!.getAttribute('aria-hidden')).to.equal('true');
    expect(items.map((d) => d.id)).to.include('faq-urgent-help');
    expect(text(shadow(el).querySelector('.sources')!)).to.match(/^Sources: NICE NG59, .* Last reviewed: /);
  });

  it('switches to Dutch, ids stay the same', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const ids = builtIn(el).map((d) => d.id);
    await setLocale('nl');
    await el.updateComplete;
    expect(text(summaries(builtIn(el))[0])).to.equal('Is mijn rugpijn ernstig?');
    expect(text(shadow(el).querySelector('[part=disclaimer]')!)).to.equal(
      'i Belangrijk: Dit is algemene informatie. Het is geen diagnose.',
    );
    expect(shadow(el).querySelector('[lang]')!.getAttribute('lang')).to.equal('nl');
    expect(builtIn(el).map((d) => d.id)).to.deep.equal(ids);
  });

  it('urgent help links the emergency number, and 1733 out of hours in Belgium', async () => {
    const nl = await fixture<PhysioFaq>(html`<physio-faq region="nl"></physio-faq>`);
    const links = (el: PhysioFaq) =>
      [...shadow(el).querySelectorAll('#faq-urgent-help a')].map((a) => a.getAttribute('href'));
    expect(links(nl)).to.deep.equal(['tel:112']);
    const be = await fixture<PhysioFaq>(html`<physio-faq region="be"></physio-faq>`);
    expect(links(be)).to.deep.equal(['tel:112', 'tel:1733']);
    const uk = await fixture<PhysioFaq>(
      html`<physio-faq emergency-number="999" after-hours-number="111"></physio-faq>`,
    );
    expect(links(uk)).to.deep.equal(['tel:999', 'tel:111']);
  });

  it('gives the Belgian referral answer for region="be" and the Dutch one for "nl"', async () => {
    const answer = async (region: string) => {
      const el = await fixture<PhysioFaq>(html`<physio-faq region=${region}></physio-faq>`);
      return text(shadow(el).querySelector('#faq-referral [part=answer]')!);
    };
    const be = await answer('be');
    const nl = await answer('nl');
    expect(be).to.not.equal(nl);
    expect(be.toLowerCase()).to.include('prescription');
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

  it('bad values fall back to the documented defaults', async () => {
    await captureWarnings(async () => {
      const el = await fixture<PhysioFaq>(html`<physio-faq heading-level="9" region="fr"></physio-faq>`);
      expect(el.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
      const nl = await fixture<PhysioFaq>(html`<physio-faq region="nl"></physio-faq>`);
      const referral = (faq: PhysioFaq) => text(faq.shadowRoot!.querySelector('#faq-referral [part=answer]'));
      expect(referral(el)).to.equal(referral(nl));
    });
  });
});

describe('<physio-faq> with page content', () => {
  it('keeps the page’s <details> and gives each a stable id', async () => {
    const el = await fixture<PhysioFaq>(pageFaq());
    const ids = [...el.querySelectorAll('details')].map((d) => d.id);
    expect(ids).to.deep.equal([
      'faq-do-i-need-a-referral',
      'faq-cafe-parking-where',
      'own-id',
      'faq-do-i-need-a-referral-2',
    ]);
    expect(builtIn(el)).to.have.length(0);
  });

  it('shows only the <details>: stray <p> and <br> from a CMS take no space', async () => {
    const el = await fixture<PhysioFaq>(pageFaq());
    for (const stray of el.querySelectorAll(':scope > p, :scope > br')) {
      expect((stray as HTMLElement).assignedSlot).to.equal(null);
      expect(stray.getClientRects()).to.have.length(0);
    }
    for (const details of el.querySelectorAll('details')) expect(details.assignedSlot).to.not.equal(null);
  });

  it('picks up questions added later', async () => {
    const el = await fixture<PhysioFaq>(pageFaq());
    const added = document.createElement('details');
    added.innerHTML = '<summary>New question</summary><p>New answer</p>';
    el.append(added);
    await pollUntil(() => added.id === 'faq-new-question');
    expect(added.id).to.equal('faq-new-question');
    expect(added.assignedSlot).to.not.equal(null);
  });

  it('fires physio-faq-toggle with the id and state, bubbling out of the element', async () => {
    const el = await fixture<PhysioFaq>(pageFaq());
    const details = el.querySelector('details')!;
    const event = oneEvent(document.body, 'physio-faq-toggle');
    details.querySelector('summary')!.click();
    const { detail, composed } = await event;
    expect(detail).to.deep.equal({ id: 'faq-do-i-need-a-referral', open: true });
    expect(composed).to.be.true;
  });

  it('sends physio-faq-toggle after the frame that shows the answer, not before it', async () => {
    const el = await fixture<PhysioFaq>(pageFaq());
    const details = el.querySelector('details')!;
    const order: string[] = [];
    details.addEventListener('toggle', () => requestAnimationFrame(() => order.push('frame')), { once: true });
    const event = oneEvent(el, 'physio-faq-toggle');
    details.querySelector('summary')!.click();
    await event;
    order.push('event');
    expect(order).to.deep.equal(['frame', 'event']);
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

  it('always shows the emergency number as a call link, also with a clinic’s own questions', async () => {
    const el = await fixture<PhysioFaq>(threeQuestions());
    const link = el.shadowRoot!.querySelector('[part=emergency] a')!;
    expect(link.getAttribute('href')).to.equal('tel:112');
    expect(text(link)).to.equal('Emergency: call 112');
    expect(el.shadowRoot!.querySelector('.sources'), 'sources only for built-in content').to.equal(null);
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
});

describe('<physio-faq> headings', () => {
  it('follows heading-level', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq heading-level="5"></physio-faq>`);
    expect(shadow(el).querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('5');
  });

  it('wraps each question in a heading without changing its text or markup (when the browser is idle after it renders)', async () => {
    const el = await fixture<PhysioFaq>(
      html`<physio-faq heading-level="2">
        <details>
          <summary>Is <strong>rest</strong> best?</summary>
          <p>No.</p>
        </details>
      </physio-faq>`,
    );
    await waitUntil(() => el.querySelector('summary > [role=heading]'), 'heading added');
    const heading = el.querySelector('summary > [role=heading]')!;
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(heading.querySelector('strong')).to.exist;
    expect(text(el.querySelector('summary')!)).to.equal('Is rest best?');
    el.setAttribute('heading-level', '4');
    await pollUntil(() => heading.getAttribute('aria-level') === '4');
    expect(heading.getAttribute('aria-level'), 'level follows heading-level').to.equal('4');
    expect(el.querySelectorAll('summary [role=heading]')).to.have.length(1);
  });

  it('the headingLevel property works even when the attribute is set', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq heading-level="3"></physio-faq>`);
    el.headingLevel = 5;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('5');
  });

  it('a question whose text the page replaces is a heading again', async () => {
    const el = await fixture<PhysioFaq>(threeQuestions());
    const summary = el.querySelector('summary')!;
    await waitUntil(() => summary.querySelector('[role=heading]'), 'heading added');
    summary.textContent = 'Changed question';
    await pollUntil(() => summary.querySelector('[role=heading]')?.textContent === 'Changed question');
    expect(summary.querySelector('[role=heading]')?.textContent, 'heading again').to.equal('Changed question');
    expect(summary.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
  });
});

describe('<physio-faq> keyboard', () => {
  it('toggles with Enter and Space and moves with the arrow keys, Home and End', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const items = builtIn(el);
    const focused = () => shadow(el).activeElement;
    summaries(items)[0].focus();
    await sendKeys({ press: 'Enter' });
    await pollUntil(() => items[0].open);
    expect(items[0].open, 'Enter opens').to.be.true;
    await sendKeys({ press: 'Space' });
    await pollUntil(() => !items[0].open);
    expect(items[0].open, 'Space closes').to.be.false;
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(summaries(items)[1]);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(summaries(items)[items.length - 1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(), 'wraps around').to.equal(summaries(items)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal(summaries(items)[items.length - 1]);
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(summaries(items)[0]);
  });

  it('moves between a page’s own questions too', async () => {
    const el = await fixture<PhysioFaq>(pageFaq());
    const own = [...el.querySelectorAll('summary')];
    own[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(own[1]);
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
});

describe('<physio-faq> single, expand all', () => {
  it('single: opening one question closes the others', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq single></physio-faq>`);
    const items = builtIn(el);
    summaries(items)[0].click();
    await pollUntil(() => items[0].open);
    expect(items[0].open).to.be.true;
    summaries(items)[1].click();
    await pollUntil(() => items[1].open && !items[0].open);
    expect([items[0].open, items[1].open]).to.deep.equal([false, true]);
    expect(items.filter((d) => d.open)).to.have.length(1);
    expect(shadow(el).querySelector('[part=controls]'), 'no expand-all with single').to.equal(null);
  });

  it('expand all / collapse all with 3 or more questions', async () => {
    const el = await fixture<PhysioFaq>(pageFaq());
    const button = () => shadow(el).querySelector<HTMLButtonElement>('[part=controls] button')!;
    expect(text(button())).to.equal('Expand all');
    button().click();
    const open = () => [...el.querySelectorAll('details')].map((d) => d.open);
    await pollUntil(() => open().every(Boolean) && text(button()) === 'Collapse all');
    expect(open()).to.deep.equal([true, true, true, true]);
    expect(text(button())).to.equal('Collapse all');
    button().click();
    await pollUntil(() => !open().some(Boolean));
    expect(open()).to.deep.equal([false, false, false, false]);
    const two = await fixture<PhysioFaq>(
      html`<physio-faq>
        <details>
          <summary>A</summary>
          a
        </details>
        <details>
          <summary>B</summary>
          b
        </details>
      </physio-faq>`,
    );
    expect(shadow(two).querySelector('[part=controls]')).to.equal(null);
  });

  it('"Expand all" turns into "Collapse all" for the built-in questions too', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=controls] button')!;
    button().click();
    await pollUntil(() => text(button()) === 'Collapse all');
    expect(text(button())).to.equal('Collapse all');
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
});

describe('<physio-faq> structured data', () => {
  const jsonLd = (el: PhysioFaq) => el.querySelectorAll('script[type="application/ld+json"]');

  it('adds one FAQPage equal to the visible text, and removes it with the attribute', async () => {
    const el = await fixture<PhysioFaq>(pageFaq());
    expect(jsonLd(el)).to.have.length(0);
    el.setAttribute('structured-data', '');
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(1);
    const data = JSON.parse(jsonLd(el)[0].textContent!);
    expect(data['@type']).to.equal('FAQPage');
    expect(data.mainEntity[0]).to.deep.equal({
      '@type': 'Question',
      name: 'Do I need a referral?',
      acceptedAnswer: { '@type': 'Answer', text: 'No, you can book directly.' },
    });
    expect(data.mainEntity).to.have.length(4);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(0);
  });

  it('describes the built-in questions in the current language', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq structured-data></physio-faq>`);
    await el.updateComplete;
    const questions = () => JSON.parse(jsonLd(el)[0].textContent!).mainEntity.map((q: { name: string }) => q.name);
    expect(questions()).to.deep.equal(summaries(builtIn(el)).map(text));
    await setLocale('nl');
    await el.updateComplete;
    expect(questions()[0]).to.equal('Is mijn rugpijn ernstig?');
    expect(jsonLd(el)).to.have.length(1);
    await setLocale('en');
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
    await pollUntil(() => answer() === 'new answer');
    expect(answer()).to.equal('new answer');
  });
});

describe('<physio-faq> search', () => {
  afterEach(() => setLocale('en'));

  it('hides questions that do not match and announces how many do', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq searchable></physio-faq>`);
    const input = shadow(el).querySelector<HTMLInputElement>('input[type=search]')!;
    const status = shadow(el).querySelector('[role=status]')!;
    expect(text(status), 'live region exists empty').to.equal('');
    const total = builtIn(el).length;
    input.focus();
    await sendKeys({ type: 'bed' });
    await el.updateComplete;
    const shown = builtIn(el).filter((d) => !d.hidden);
    expect(shown.length).to.be.within(1, total - 1);
    expect(text(status)).to.equal(
      shown.length === 1 ? `1 of ${total} questions matches.` : `${shown.length} of ${total} questions match.`,
    );
    await sendKeys({ type: 'zzzz' });
    await el.updateComplete;
    expect(text(status)).to.equal('No questions match.');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(builtIn(el).every((d) => !d.hidden)).to.be.true;
    expect(text(status)).to.equal('');
  });

  it('searches answers of page content, ignoring accents and case', async () => {
    const el = await fixture<PhysioFaq>(
      html`<physio-faq searchable
        >${pageFaq().values}
        <details>
          <summary>Fysiotherapie</summary>
          <p>Één behandeling duurt een half uur.</p>
        </details>
      </physio-faq>`,
    );
    const input = shadow(el).querySelector<HTMLInputElement>('input')!;
    input.value = 'EEN BEHANDELING';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect([...el.querySelectorAll('details')].filter((d) => !d.hidden).map((d) => d.id)).to.deep.equal([
      'faq-fysiotherapie',
    ]);
  });

  it('announces the count in Dutch', async () => {
    await setLocale('nl');
    const el = await fixture<PhysioFaq>(html`<physio-faq searchable></physio-faq>`);
    const input = shadow(el).querySelector<HTMLInputElement>('input')!;
    input.value = 'rugpijn';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[role=status]')!)).to.match(/^\d+ van de \d+ vragen passen/);
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
});

describe('<physio-faq> deep links and find-in-page', () => {
  afterEach(clearHash);

  it('opens the question named in the address on load', async () => {
    history.replaceState(null, '', '#faq-scan');
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    await frame();
    expect(shadow(el).querySelector<HTMLDetailsElement>('#faq-scan')!.open).to.be.true;
  });

  it('opens and scrolls to a question when the address changes later', async () => {
    const el = await fixture<PhysioFaq>(
      html`<div style="height:3000px"></div>
        <physio-faq>
          <details>
            <summary>Where is the clinic?</summary>
            <p>In town.</p>
          </details>
        </physio-faq>`,
    );
    const faq = el.nextElementSibling as PhysioFaq;
    const details = faq.querySelector('details')!;
    await faq.updateComplete;
    location.hash = '#faq-where-is-the-clinic';
    const top = () => details.getBoundingClientRect().top;
    await pollUntil(() => details.open && top() >= 0 && top() < innerHeight - 20);
    expect(details.open).to.be.true;
    expect(top(), 'scrolled into view')
      .to.be.at.least(0)
      .and.below(innerHeight - 20);
  });

  it('keeps answers in native <details> (which find-in-page can open) and reports an opening it did not cause', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const item = builtIn(el)[1];
    expect(item.open).to.be.false;
    expect(getComputedStyle(item.querySelector('[part=answer]')!).display).to.not.equal('none');
    const event = oneEvent(el, 'physio-faq-toggle');
    item.open = true; // what the browser does when find-in-page or a text fragment hits a closed answer
    expect((await event).detail).to.deep.equal({ id: item.id, open: true });
  });

  it('a malformed #fragment does not stop the FAQ from showing', async () => {
    history.replaceState(null, '', '#100%');
    const el = await fixture<PhysioFaq>(threeQuestions());
    await frame();
    expect(el.querySelector('details')!.assignedSlot).to.not.equal(null);
    expect(el.querySelector('details')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('a deep link to a question hidden by search clears the search and shows it', async () => {
    const el = await fixture<PhysioFaq>(threeQuestions());
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'park';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    location.hash = '#faq-how-long-is-a-session';
    const target = el.querySelector<HTMLDetailsElement>('#faq-how-long-is-a-session')!;
    await pollUntil(() => target.open && !target.hidden);
    expect({ open: target.open, hidden: target.hidden }).to.deep.equal({ open: true, hidden: false });
    expect(input.value, 'search cleared').to.equal('');
  });

  it('a deep link reaches questions a framework renders after the element', async () => {
    history.replaceState(null, '', '#faq-late-question');
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const late = document.createElement('details');
    late.append(Object.assign(document.createElement('summary'), { textContent: 'Late question' }), 'Answer');
    el.replaceChildren(late);
    await pollUntil(() => late.open);
    expect(late.open, 'opened from the address').to.be.true;
  });
});

describe('<physio-faq> page language', () => {
  let stop: () => void;
  afterEach(async () => {
    stop?.();
    setPageLang('en');
    await setLocale('en');
  });

  it('follows <html lang> live, and nl-BE switches the region to Belgium', async () => {
    stop = followDocumentLanguage();
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const referral = () => text(shadow(el).querySelector('#faq-referral [part=answer]')!);
    setPageLang('nl');
    const firstQuestion = () => text(summaries(builtIn(el))[0]);
    await pollUntil(() => firstQuestion() === 'Is mijn rugpijn ernstig?');
    expect(firstQuestion()).to.equal('Is mijn rugpijn ernstig?');
    const netherlands = referral();
    setPageLang('nl-BE');
    await pollUntil(() => referral() !== netherlands);
    expect(referral()).to.not.equal(netherlands);
    expect(shadow(el).querySelectorAll('#faq-urgent-help a[href="tel:1733"]')).to.have.length(1);
    setPageLang('EN');
    await pollUntil(() => firstQuestion() === 'Is my back pain serious?');
    expect(firstQuestion()).to.equal('Is my back pain serious?');
  });
});

describe('<physio-faq> for every reader', () => {
  afterEach(() => emulate({}));

  it('reflows at 320 px: nothing scrolls sideways', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px; font-size: 32px">
        <physio-faq searchable></physio-faq>
      </div>`,
    );
    const faq = wrapper.querySelector('physio-faq')!;
    await faq.updateComplete;
    (faq as PhysioFaq).expandAll();
    await frame();
    expect(faq.scrollWidth).to.be.at.most(320);
    for (const node of faq.shadowRoot!.querySelectorAll('summary, p, input, button')) {
      expect(node.getBoundingClientRect().right, node.textContent ?? '').to.be.at.most(
        wrapper.getBoundingClientRect().right + 0.5,
      );
    }
  });

  it('gives the page’s own questions the same triangle, and a page background on them replaces it in both states', async () => {
    const el = await fixture<PhysioFaq>(
      html`<physio-faq>
        <details>
          <summary>Own?</summary>
          <p>Yes.</p>
        </details>
      </physio-faq>`,
    );
    const item = el.querySelector('details')!;
    const summary = item.querySelector('summary')!;
    const cue = () => getComputedStyle(summary).backgroundImage;
    await pollUntil(() => cue().includes('conic-gradient'));
    expect(cue(), 'light-DOM item styles in place').to.include('conic-gradient');
    const closed = cue();
    item.open = true;
    expect(cue()).to.include('conic-gradient').and.not.equal(closed);
    const theme = document.createElement('style');
    theme.textContent = '.theme summary { background: rgb(240, 240, 240); }';
    document.head.append(theme);
    el.classList.add('theme');
    try {
      for (const open of [true, false]) {
        item.open = open;
        expect(cue(), `open: ${open}`).to.equal('none');
        expect(getComputedStyle(summary).backgroundColor).to.equal('rgb(240, 240, 240)');
      }
    } finally {
      theme.remove();
    }
  });

  it('shows open and closed with a triangle that changes shape, with nothing that moves', async () => {
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const item = el.shadowRoot!.querySelector('details')!;
    const summary = item.querySelector('summary')!;
    const cue = () => getComputedStyle(summary).backgroundImage;
    expect(cue()).to.include('conic-gradient');
    const closed = cue();
    item.open = true;
    expect(cue(), 'open points the other way').to.not.equal(closed);
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(summary, pseudo);
      expect(style.transitionDuration, pseudo ?? 'summary').to.equal('0s');
      expect(style.animationName, pseudo ?? 'summary').to.equal('none');
    }
  });

  it('puts the triangle at the start of the question in right-to-left text', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><physio-faq></physio-faq></div>`);
    const el = wrapper.querySelector('physio-faq')!;
    await el.updateComplete;
    const rtl = getComputedStyle(el.shadowRoot!.querySelector('summary')!);
    const ltr = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const ltrStyle = getComputedStyle(ltr.shadowRoot!.querySelector('summary')!);
    expect(ltrStyle.backgroundPositionX).to.equal('2px');
    expect(rtl.backgroundPositionX).to.equal('calc(100% - 2px)');
  });

  it('lays out the disclaimer and call link only near the screen, yet keeps them reachable', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 400vh"></div>
        <physio-faq>
          <details>
            <summary>One?</summary>
            <p>Yes.</p>
          </details>
          <details>
            <summary>Two?</summary>
            <p>Yes.</p>
          </details>
        </physio-faq>
      </div>`,
    );
    const el = page.querySelector('physio-faq')!;
    await el.updateComplete;
    page.scrollIntoView();
    await frame();
    await frame();
    const footer = shadow(el).querySelector<HTMLElement>('.footer')!;
    const link = footer.querySelector('a')!;
    const rendered = () => link.checkVisibility({ contentVisibilityAuto: true });
    expect(rendered(), 'skipped while far below the screen').to.be.false;
    expect(link.textContent, 'still in the page for readers and find-in-page').to.include('112');
    link.focus({ preventScroll: true });
    expect(shadow(el).activeElement, 'a keyboard user can still reach it').to.equal(link);
    link.blur();
    // content-visibility contains paint; the clip margin leaves room for the link's focus ring (offset + width)
    expect(parseFloat(getComputedStyle(footer).overflowClipMargin)).to.be.at.least(0.3125 * 16);
    el.scrollIntoView();
    await pollUntil(rendered);
    expect(rendered(), 'rendered once near the screen').to.be.true;
    expect(footer.getBoundingClientRect().height).to.be.above(0);
  });

  it('keeps the open/closed cue and a focus ring in forced-colors mode', async () => {
    await emulate({ forcedColors: 'active' });
    const el = await fixture<PhysioFaq>(html`<physio-faq></physio-faq>`);
    const item = el.shadowRoot!.querySelector('details')!;
    const summary = item.querySelector('summary')!;
    // forced colors drop background gradients; the browser's own disclosure triangle takes over
    expect(getComputedStyle(summary).display).to.equal('list-item');
    expect(getComputedStyle(summary).listStyleType).to.equal('disclosure-closed');
    item.open = true;
    expect(getComputedStyle(summary).listStyleType).to.equal('disclosure-open');
    const { ring, width } = await keyboardFocusRing(summary);
    // The reader's theme sets the colours here: the ring must be the system's highlight, the browser's own ring
    // (style auto, 1 px) must not take over, and 2 px is what WCAG 2.4.13 asks of a focus indicator.
    expect(ring).to.deep.equal({ focusVisible: true, style: 'solid', color: systemColor('Highlight') });
    expect(width, 'ring width in px').to.be.at.least(2);
  });

  it('moved into another shadow root, its questions get their look there too', async () => {
    const el = await fixture<PhysioFaq>(threeQuestions());
    const cue = () => getComputedStyle(el.querySelector('summary')!).backgroundImage;
    await pollUntil(() => cue().includes('conic-gradient'));
    expect(cue(), 'item styles in the page first').to.include('conic-gradient');
    const host = document.createElement('div');
    mount(host);
    const root = host.attachShadow({ mode: 'open' });
    root.append(el);
    await pollUntil(() => cue().includes('conic-gradient'));
    expect(cue(), 'item styles in the new root').to.include('conic-gradient');
  });
});
