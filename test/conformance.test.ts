import { html } from 'lit';
import '../src/define/physio-faq.js';
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
