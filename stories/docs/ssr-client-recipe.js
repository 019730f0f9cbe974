// The browser half of the recipe on Storybook's Docs/Server rendering page: bundle it into ONE file (no code
// splitting), so the hydration support runs before Lit defines any widget. examples/astro does the same.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'physio-elements/physio-red-flags.js';
import 'physio-elements/physio-exercise-card.js';
import 'physio-elements/physio-booking-cta.js';
