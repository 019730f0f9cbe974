// Renders the page test/build/ssr-browser.test.mts loads in Chromium, with scripts/ssr-render.mjs, and prints its
// HTML. A script of its own, run in a child process, because @lit-labs/ssr's DOM shim patches globals (`window`,
// `customElements`) that must not leak into the test process, where Playwright runs.
import { defineWidgets, renderToString } from '../../scripts/ssr-render.mjs';

const { setLocale } = await defineWidgets();
// Lit too after the DOM shim, as scripts/ssr-render.mjs imports it.
const { html } = await import('lit');

/** The widgets of one page, one of each as a clinic would place them; the FAQ with a question of the clinic's own. */
const page = html`
  <physio-red-flags></physio-red-flags>
  <physio-load-bucket preset="moving-house"></physio-load-bucket>
  <physio-exercise-card exercise="glute-bridge"></physio-exercise-card>
  <physio-exercise-card sets="2" reps="10">
    <span slot="name">Cat and camel</span>
    <ol>
      <li>Kneel on all fours, hands under your shoulders.</li>
    </ol>
  </physio-exercise-card>
  <physio-booking-cta
    href="https://clinic.example/book"
    phone="020 123 45 67"
    clinic="Fysio Centrum"
  ></physio-booking-cta>
  <physio-faq>
    <details>
      <summary>Do I need a referral from my GP?</summary>
      <p>No. In the Netherlands you can book a physiotherapist directly.</p>
    </details>
  </physio-faq>
`;

/** The page's language, e.g. `nl-BE` (its `<html lang>`, which also gives the region). */
const lang = process.argv[2] ?? 'en';
process.stdout.write(await renderToString(page, { lang, setLocale }));
