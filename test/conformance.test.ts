import { html } from 'lit';
import '../src/define/physio-faq.js';
import '../src/define/physio-red-flags.js';
import '../src/define/physio-load-bucket.js';
import '../src/define/physio-exercise-card.js';
import '../src/define/physio-booking-cta.js';
import { conformance } from './support/conformance.js';

conformance({
  tag: 'physio-faq',
  fixtures: [
    () => html`<physio-faq></physio-faq>`,
    () => html`<physio-faq searchable structured-data region="be"></physio-faq>`,
    () =>
      html`<physio-faq single heading-level="2">
        <details>
          <summary>Do I need a referral?</summary>
          <p>No.</p>
        </details>
        <details>
          <summary>How long is a session?</summary>
          <p>About 30 minutes.</p>
        </details>
      </physio-faq>`,
  ],
  stringAttributes: ['emergency-number', 'after-hours-number', 'region', 'topic', 'heading-level'],
  badValues: { region: 'fr', topic: 'knee-pain', 'heading-level': '9', 'emergency-number': 'call us' },
  slotted: (payload) =>
    html`<physio-faq structured-data>
      <details>
        <summary>${payload}</summary>
        <p>${payload}</p>
      </details>
    </physio-faq>`,
});

conformance({
  tag: 'physio-red-flags',
  fixtures: [
    () =>
      html`<physio-red-flags
        ><p>In an emergency, call <a href="tel:112">112</a>.</p></physio-red-flags
      >`,
    () => html`<physio-red-flags region="be" heading-level="3"></physio-red-flags>`,
    () => html`<physio-red-flags static emergency-number="999" after-hours-number="111"></physio-red-flags>`,
  ],
  stringAttributes: ['region', 'emergency-number', 'after-hours-number', 'heading-level'],
  badValues: { region: 'de', 'heading-level': 'one', 'emergency-number': 'none', 'after-hours-number': 'later' },
  slotted: (payload) => html`<physio-red-flags><p>${payload}</p></physio-red-flags>`,
});

conformance({
  tag: 'physio-load-bucket',
  fixtures: [
    () => html`<physio-load-bucket></physio-load-bucket>`,
    () => html`<physio-load-bucket preset="moving-house" heading-level="3"></physio-load-bucket>`,
  ],
  stringAttributes: ['preset', 'heading-level'],
  badValues: { preset: 'marathon', 'heading-level': '1' },
});

conformance({
  tag: 'physio-exercise-card',
  fixtures: [
    () => html`<physio-exercise-card exercise="bird-dog"></physio-exercise-card>`,
    () =>
      html`<physio-exercise-card
        exercise="walking"
        heading-level="2"
        video="https://clinic.example/walk.mp4"
      ></physio-exercise-card>`,
    () =>
      html`<physio-exercise-card sets="2" reps="8">
        <span slot="name">Cat and camel</span>
        <ol>
          <li>Kneel on all fours.</li>
        </ol>
      </physio-exercise-card>`,
  ],
  stringAttributes: ['exercise', 'sets', 'reps', 'hold', 'video', 'heading-level', 'emergency-number'],
  badValues: {
    exercise: 'plank',
    sets: 'lots',
    'days-per-week': '9',
    video: 'javascript:alert(1)',
    'heading-level': '0',
  },
  slotted: (payload) =>
    html`<physio-exercise-card sets="1" reps="1">
      <span slot="name">${payload}</span>
      <ol>
        <li>${payload}</li>
      </ol>
    </physio-exercise-card>`,
});

conformance({
  tag: 'physio-booking-cta',
  fixtures: [
    () =>
      html`<physio-booking-cta
        href="#book"
        phone="020 123 45 67"
        email="info@clinic.example"
        clinic="Fysio Centrum"
      ></physio-booking-cta>`,
    () => html`<physio-booking-cta variant="banner" phone="015 12 34 56" region="be"></physio-booking-cta>`,
    () => html`<physio-booking-cta variant="floating" href="#book"></physio-booking-cta>`,
  ],
  stringAttributes: ['href', 'phone', 'email', 'clinic', 'label', 'region', 'variant', 'cancellation-hours'],
  badValues: { variant: 'popup', href: 'javascript:alert(1)', 'cancellation-hours': 'soon', email: 'nobody' },
});
