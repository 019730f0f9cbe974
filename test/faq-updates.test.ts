import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/physio-faq.js';
import type { PhysioFaq } from '../src/components/faq/faq.js';
import { captureWarnings } from './support/console-spy.js';
import { clearHash, delay, frame } from './support/dom.js';

/*
 * Lit (in dev mode, as these tests run) warns "change-in-update" when an element sets its state after an update,
 * which costs a second update each time. The FAQ sets none: every case that once did is here.
 */

const question = (n: number) =>
  html`<details id=${`q${n}`}>
    <summary>Question ${n}?</summary>
    <p>Answer ${n}.</p>
  </details>`;

async function settle(el: PhysioFaq) {
  await el.updateComplete;
  await frame();
  await delay(50);
  await el.updateComplete;
}

describe('<physio-faq> updates once per change', () => {
  afterEach(clearHash);

  it('sets no state after an update: own and built-in questions, search, single, structured data, deep links', async () => {
    const { warnings, errors } = await captureWarnings(async () => {
      history.replaceState(null, '', '#q2');
      const own = await fixture<PhysioFaq>(
        html`<physio-faq searchable single structured-data>${[1, 2, 3].map(question)}</physio-faq>`,
      );
      await settle(own);
      // A search that hides the linked question, then a link to it: the search gives way, with no update set off by another.
      const input = own.shadowRoot!.querySelector('input')!;
      input.value = 'Question 3';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(own);
      location.hash = '#q1';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await settle(own);
      expect(own.querySelector<HTMLDetailsElement>('#q1')!.open).to.equal(true);
      // The heading level changes, then the page edits its questions, in one task: the update starts before the
      // mutation observer has reported the edit.
      own.setAttribute('heading-level', '4');
      own.append(
        document.createRange().createContextualFragment('<details><summary>Later?</summary><p>Yes.</p></details>'),
      );
      await settle(own);
      const builtIn = await fixture<PhysioFaq>(html`<physio-faq searchable structured-data region="be"></physio-faq>`);
      await settle(builtIn);
    });
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('change-in-update') || w.includes('scheduled an update'))).to.deep.equal(
      [],
    );
  });
});
