// physio-elements/react in a real browser, with the React the test runner serves: the repository's React 19 in
// `npm test`, React 18 in `npm run test:react18` (scripts/test-react18.mjs). The same file runs for both.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  PhysioBookingCta,
  PhysioExerciseCard,
  PhysioFaq,
  PhysioLoadBucket,
  PhysioRedFlags,
  type PhysioBookDetail,
  type PhysioBookingCtaElement,
  type PhysioBucketChangeDetail,
  type PhysioExerciseCompleteDetail,
  type PhysioFaqToggleDetail,
} from '../src/react/index.js';
import { $$, text, type Widget } from './support/dom.js';

const h = React.createElement;
let host: HTMLElement;
let root: Root;
let consoleErrors: string[];
let restoreConsole: () => void;

/** Renders synchronously (effects included), as React 18 and 19 both allow; returns the element rendered. */
async function render(node: React.ReactNode, tag: string): Promise<Widget> {
  flushSync(() => root.render(node));
  const el = host.querySelector<Widget>(tag)!;
  await el.updateComplete;
  return el;
}

const buttonWithText = (el: Element, words: string) => {
  const found = $$(el, 'button').find((b) => text(b).includes(words));
  if (!found) throw new Error(`no button with ${words}`);
  return found;
};

describe(`physio-elements/react with React ${React.version}`, () => {
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    consoleErrors = [];
    const { error, warn } = console;
    // React reports misuse (unknown props, bad refs, act warnings) through console.error in development.
    console.error = (...args: unknown[]) => void consoleErrors.push(args.map(String).join(' '));
    console.warn = (...args: unknown[]) => void consoleErrors.push(args.map(String).join(' '));
    restoreConsole = () => Object.assign(console, { error, warn });
  });
  afterEach(() => {
    flushSync(() => root.unmount());
    host.remove();
    restoreConsole();
    expect(consoleErrors, 'console errors and warnings').to.deep.equal([]);
  });

  it('runs on React 18 or 19 (the served module checks the major version asked for)', () => {
    expect(['18', '19']).to.include(React.version.split('.')[0]);
  });

  it('PhysioFaq sets properties and attributes, re-renders, and reports toggles with their detail', async () => {
    const toggles: PhysioFaqToggleDetail[] = [];
    const onToggle = (event: { detail: PhysioFaqToggleDetail }) => toggles.push(event.detail);
    const questions = [h('details', { key: 'q' }, h('summary', null, 'Do I need a referral?'), h('p', null, 'No.'))];
    const el = await render(
      h(PhysioFaq, { headingLevel: 2, single: true, onPhysioFaqToggle: onToggle }, questions),
      'physio-faq',
    );
    const faq = el as Widget & { headingLevel: number; single: boolean };
    expect(faq.headingLevel).to.equal(2);
    expect(faq.single).to.be.true;
    expect(el.hasAttribute('single'), 'reflected').to.be.true;

    el.querySelector('summary')!.click();
    await waitUntil(() => toggles.length === 1);
    expect(toggles).to.deep.equal([{ id: 'faq-do-i-need-a-referral', open: true }]);

    // A re-render with new props reaches the same element; a removed handler is no longer called.
    const again = await render(h(PhysioFaq, { headingLevel: 4, single: false }, questions), 'physio-faq');
    expect(again).to.equal(el);
    expect(faq.headingLevel).to.equal(4);
    expect(el.hasAttribute('single')).to.be.false;
    el.querySelector('summary')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(toggles).to.have.length(1);
  });

  it('PhysioRedFlags passes its region and numbers to the element', async () => {
    const el = await render(
      h(PhysioRedFlags, { region: 'be', afterHoursNumber: '1733', headingLevel: 3 }),
      'physio-red-flags',
    );
    const flags = el as Widget & { region?: string; afterHoursNumber?: string; headingLevel: number };
    expect([flags.region, flags.afterHoursNumber, flags.headingLevel]).to.deep.equal(['be', '1733', 3]);
    await render(h(PhysioRedFlags, { region: 'nl', afterHoursNumber: '1733', headingLevel: 3 }), 'physio-red-flags');
    expect(flags.region).to.equal('nl');
  });

  it('PhysioLoadBucket reports overflowing with its detail', async () => {
    const changes: PhysioBucketChangeDetail[] = [];
    const el = await render(
      h(PhysioLoadBucket, { preset: 'moving-house', onPhysioBucketChange: (event) => changes.push(event.detail) }),
      'physio-load-bucket',
    );
    expect((el as Widget & { preset: string }).preset).to.equal('moving-house');
    buttonWithText(el, 'The last drop').click();
    await el.updateComplete;
    await waitUntil(() => changes.length === 1);
    expect(changes).to.deep.equal([{ overflowing: true }]);
  });

  it('PhysioExerciseCard passes numbers as numbers and reports a finished session', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      const done: PhysioExerciseCompleteDetail[] = [];
      const el = await render(
        h(PhysioExerciseCard, {
          exercise: 'walking',
          minutes: 2,
          onPhysioExerciseComplete: (e) => done.push(e.detail),
        }),
        'physio-exercise-card',
      );
      expect((el as Widget & { minutes?: number }).minutes).to.equal(2);
      buttonWithText(el, 'Start a guided session').click();
      await el.updateComplete;
      buttonWithText(el, 'Start walking').click();
      await el.updateComplete;
      clock.tick(120000);
      await waitUntil(() => done.length === 1);
      expect(done).to.deep.equal([{ exercise: 'walking', sets: 1 }]);
    } finally {
      clock.restore();
    }
  });

  it('PhysioBookingCta reports a booking, and the handler can keep the page where it is', async () => {
    const booked: PhysioBookDetail[] = [];
    const el = await render(
      h(PhysioBookingCta, {
        href: 'https://clinic.example/book',
        cancellationHours: 48,
        onPhysioBook: (event) => {
          booked.push(event.detail);
          event.preventDefault();
        },
      }),
      'physio-booking-cta',
    );
    expect((el as Widget & { cancellationHours: number }).cancellationHours).to.equal(48);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    $$(el, '[part=button]')[0].dispatchEvent(click);
    expect(booked).to.deep.equal([{ channel: 'online', href: 'https://clinic.example/book' }]);
    expect(click.defaultPrevented).to.be.true;
  });

  it('unmounting removes the element, clears the ref and leaves no listener in the page', async () => {
    const booked: unknown[] = [];
    const ref = React.createRef<PhysioBookingCtaElement>();
    const el = await render(
      h(PhysioBookingCta, { ref, href: 'https://clinic.example/book', onPhysioBook: (e) => booked.push(e.detail) }),
      'physio-booking-cta',
    );
    expect(ref.current).to.equal(el);
    flushSync(() => root.render(null));
    expect(el.isConnected).to.be.false;
    expect(ref.current).to.equal(null);
    expect(host.children).to.have.length(0);
    // The handler was on the element, not on the document: another booking button in the page does not reach it.
    const other = document.createElement('physio-booking-cta') as Widget;
    other.setAttribute('href', 'https://clinic.example/book');
    document.body.append(other);
    await other.updateComplete;
    other.addEventListener('physio-book', (event) => event.preventDefault());
    $$(other, '[part=button]')[0].click();
    other.remove();
    expect(booked).to.deep.equal([]);
  });
});
