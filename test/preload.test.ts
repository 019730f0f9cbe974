import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../src/localization.js';
import { adoptPreloadCss, allUpdated, pollUntil, type Widget } from './support/dom.js';

// This file's page has no elements defined yet: the markup below is what a CMS page shows before the script runs.
const variants = {
  three: `<details><summary>Do I need a referral?</summary><p>No.</p></details>
    <p></p><br>
    <details><summary>How long is a session?</summary><p>About 30 minutes.</p></details>
    <details open><summary>Can I park?</summary><p>Yes, behind the building.</p></details>
    <details><summary><h3>Is there a lift?</h3></summary><p>Yes.</p></details>`,
  two: `<details><summary>Do I need a referral?</summary><p>No.</p></details>
    <details><summary>Can I park?</summary><p>Yes.</p></details>`,
};
const page = `
  <physio-faq id="three">${variants.three}</physio-faq><p class="after">after three</p>
  <physio-faq id="two">${variants.two}</physio-faq><p class="after">after two</p>
  <physio-faq id="single" single>${variants.three}</physio-faq><p class="after">after single</p>
  <physio-faq id="search" searchable>${variants.three}</physio-faq><p class="after">after search</p>
  <div style="width: 14em"><physio-faq id="narrow" searchable>${variants.three}</physio-faq></div>
  <p class="after">after narrow</p>
  <physio-faq id="built-in"></physio-faq><p class="after" id="after-built-in">after built-in</p>
  <physio-red-flags><p id="red-flags-fallback">In an emergency, call <a href="tel:112">112</a>.</p></physio-red-flags>`;

function boxes(root: HTMLElement) {
  return [...root.querySelectorAll('summary, details > p, .after:not(#after-built-in)')].map((node) => {
    const { top, left, width, height } = node.getBoundingClientRect();
    return { node: node.textContent?.trim(), top, left, width, height };
  });
}

describe('preload.css', () => {
  it('gives not-yet-defined elements the box they get after upgrade: nothing moves (Dutch, down to 14em wide)', async () => {
    await setLocale('nl');
    await adoptPreloadCss();
    const container = document.createElement('div');
    container.style.cssText = 'font: 16px/1.5 serif; width: 30em';
    document.body.append(container);
    // Built from a string on purpose: this is the page's own markup, parsed before any element is defined.
    container.innerHTML = page;
    expect(customElements.get('physio-faq')).to.equal(undefined);
    const before = boxes(container);
    const builtInBefore = container.querySelector('#after-built-in')!.getBoundingClientRect().top;
    const fallback = container.querySelector('#red-flags-fallback')!;
    expect(fallback.getClientRects().length, 'red-flags fallback readable before upgrade').to.be.greaterThan(0);

    await import('../src/define/physio-faq.js');
    const faqs = [...container.querySelectorAll('physio-faq')];
    await waitUntil(() => faqs.every((faq) => faq.shadowRoot));
    await allUpdated(faqs);
    const after = boxes(container);
    expect(after).to.deep.equal(before);
    // The page's own <h3> in a question becomes its heading later, when the browser is idle: no move then either.
    await waitUntil(() => container.querySelector('summary > h3[role=heading]'), 'heading pass done', {
      timeout: 3000,
    });
    expect(boxes(container)).to.deep.equal(before);
    // Built-in content only exists after upgrade; the reserved height keeps what follows close to where it was.
    const builtInShift = container.querySelector('#after-built-in')!.getBoundingClientRect().top - builtInBefore;
    expect(Math.abs(builtInShift)).to.be.below(4 * 16);

    await import('../src/define/physio-red-flags.js');
    await pollUntil(() => fallback.getClientRects().length === 0);
    expect(fallback.getClientRects().length, 'fallback hidden after upgrade').to.equal(0);
  });

  it('upgraded elements follow a later language switch (element defined after the markup)', async () => {
    const faq = document.querySelector('physio-faq') as Widget;
    expect(faq.shadowRoot!.querySelector('[part=disclaimer]')!.textContent).to.include('algemene informatie');
    await setLocale('en');
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelector('[part=disclaimer]')!.textContent).to.include('general information');
  });
});
