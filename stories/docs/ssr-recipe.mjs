// The server half of the recipe on Storybook's Docs/Server rendering page (README "Server rendering"). It imports the
// package by name: scripts/check-pack.mjs runs this exact file in Node against the packed package and checks its HTML.
// Render widgets to declarative shadow DOM with @lit-labs/ssr (Node 20+).
import '@lit-labs/ssr/lib/install-global-dom-shim.js'; // first: Lit and the widgets must see it when they load
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';

const { html } = await import('lit');
const { setLocale } = await import('physio-elements/localization.js');
await import('physio-elements/physio-red-flags.js');
await import('physio-elements/physio-exercise-card.js');
await import('physio-elements/physio-booking-cta.js');

/**
 * The widgets' HTML in `lang`, the page's `<html lang>` (e.g. `nl-BE`, which also gives the region: the GP on call
 * 1733 and "kinesitherapeut"). The language is global, as on a page: render one page after the other.
 */
export async function renderWidgets(lang) {
  await setLocale(lang);
  return collectResult(
    render(html`
      <physio-red-flags></physio-red-flags>
      <physio-exercise-card exercise="pelvic-tilt"></physio-exercise-card>
      <physio-booking-cta href="https://clinic.example/book" phone="+32 9 123 45 67"></physio-booking-cta>
    `),
  );
}
