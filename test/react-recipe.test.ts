// The Docs/React recipe (stories/docs/react-recipe.tsx), rendered as a page would: with React 19 in `npm test`, with
// React 18 in `npm run test:react18`.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { BackPainPage } from '../stories/docs/react-recipe.js';
import { $$, text, type Widget } from './support/dom.js';

describe('the Docs/React recipe', () => {
  it('renders the three widgets, counts opened questions and reports bookings', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    const errors: string[] = [];
    const { error, info } = console;
    const booked: string[] = [];
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    console.info = (...args: unknown[]) => void booked.push(args.join(' '));
    try {
      flushSync(() => root.render(createElement(BackPainPage, { clinic: 'Praktijk Noord' })));
      const widgets = [...host.querySelectorAll<Widget>('physio-red-flags, physio-faq, physio-booking-cta')];
      expect(widgets.map((el) => el.localName)).to.deep.equal(['physio-red-flags', 'physio-faq', 'physio-booking-cta']);
      await Promise.all(widgets.map((el) => el.updateComplete));
      const [, faq, booking] = widgets;
      expect(text($$(booking, 'h2')[0])).to.include('Praktijk Noord');

      await waitUntil(() => $$(faq, 'details summary').length > 0);
      $$(faq, 'details summary')[0].click();
      await waitUntil(() => host.querySelector('p')?.textContent === 'Questions opened: 1');

      booking.addEventListener('physio-book', (event) => event.preventDefault()); // stay on the test page
      $$(booking, '[part=phone]')[0].click();
      expect(booked).to.deep.equal(['booking via phone']);
    } finally {
      flushSync(() => root.unmount());
      host.remove();
      Object.assign(console, { error, info });
    }
    expect(errors).to.deep.equal([]);
  });
});
