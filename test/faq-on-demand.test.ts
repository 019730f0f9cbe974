import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/physio-faq.js';
import type { PhysioFaq } from '../src/components/faq/faq.js';
import { clearHash, delay, frame, mount, pollUntil } from './support/dom.js';

// The FAQ downloads the parts a page may not need only when that page needs them. This file runs in its own page,
// so the resource timeline shows exactly what the FAQ asked for; the tests build on each other in order.
const requested = (part: string) =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/components/faq/${part}`));

const ownQuestions = (attributes = '') => {
  const el = document.createElement('physio-faq') as PhysioFaq;
  for (const name of attributes.split(' ').filter(Boolean)) el.setAttribute(name, '');
  el.innerHTML = '<details><summary>Can I park?</summary><p>Yes, behind the building.</p></details>';
  return el;
};

describe('<physio-faq> loads its optional parts on demand', () => {
  it('with its own questions and preload.css: no built-in text, search, structured data, deep links or item styles', async () => {
    const marker = await fixture<HTMLStyleElement>(
      html`<style>
        physio-faq {
          --physio-faq-light: 1;
        }
      </style>`,
    );
    const el = ownQuestions();
    mount(el);
    await el.updateComplete;
    // The check for preload.css runs after the first frame; give it time, so a broken check would load the styles.
    await frame();
    await delay(200);
    for (const part of ['faq-built-in', 'faq-search', 'faq-structured-data', 'faq-deep-link', 'faq-item.styles']) {
      expect(requested(part), part).to.equal(false);
    }
    expect(el.querySelector('details')!.assignedSlot).to.not.equal(null);
    el.remove();
    marker.remove();
  });

  it('without preload.css it loads the item styles, so the questions still get their look', async () => {
    const el = ownQuestions();
    mount(el);
    await el.updateComplete;
    // Checked after the first frame, so reading the page's styles costs nothing during the upgrade.
    const summary = el.querySelector('summary')!;
    await pollUntil(() => getComputedStyle(summary).backgroundImage.includes('conic-gradient'));
    expect(getComputedStyle(summary).backgroundImage, 'item styles applied').to.include('conic-gradient');
    expect(requested('faq-item.styles')).to.equal(true);
  });

  it('with `searchable` the field is there by updateComplete, and the search part was loaded for it', async () => {
    const el = ownQuestions('searchable');
    mount(el);
    await el.updateComplete;
    expect(requested('faq-search')).to.equal(true);
    expect(el.shadowRoot!.querySelector('input[type=search]')).to.not.equal(null);
  });

  it('a #fragment loads the deep-link part and opens the question it names', async () => {
    history.replaceState(null, '', '#faq-can-i-park');
    try {
      const el = ownQuestions();
      mount(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(requested('faq-deep-link')).to.equal(true);
      expect(el.querySelector('details')!.open).to.equal(true);
    } finally {
      clearHash();
    }
  });

  // That the place stays reserved while they load is measured in preload.test.ts (no shift for a bare tag).
  it('a bare tag loads the built-in questions, and updateComplete waits for them', async () => {
    const el = document.createElement('physio-faq') as PhysioFaq;
    mount(el);
    await el.updateComplete;
    expect(requested('faq-built-in')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.list > details').length).to.equal(13);
  });
});
