import { fixture, html } from '@open-wc/testing';
import { expectNoAxeViolations } from './support/axe.js';
import type { TemplateResult } from 'lit';
import '../src/all.js';
import { setLocale } from '../src/localization.js';
import { clearHash, frame } from './support/dom.js';
import * as faq from '../stories/faq.stories.js';
import * as theme from '../stories/theme.stories.js';
import * as redFlags from '../stories/red-flags.stories.js';
import * as bucket from '../stories/load-bucket.stories.js';
import * as exercise from '../stories/exercise-card.stories.js';
import * as booking from '../stories/booking-cta.stories.js';
import * as clinicPage from '../stories/clinic-page.stories.js';

type Render = (args: Record<string, unknown>, context: { globals: { locale: string } }) => TemplateResult;
interface StoryModule {
  default: { args?: Record<string, unknown>; render?: Render };
  [story: string]: unknown;
}

// Every story, rendered as Storybook renders it, must pass axe in all four languages (Spectrum's a11y-tree habit); a
// story made for one language (its `globals.locale`) in that one.
for (const [file, module] of Object.entries({ faq, theme, redFlags, bucket, exercise, booking, clinicPage }) as Array<
  [string, StoryModule]
>) {
  const meta = module.default;
  for (const [name, story] of Object.entries(module)) {
    if (name === 'default') continue;
    const { args, render, globals } = story as {
      args?: Record<string, unknown>;
      render?: Render;
      globals?: { locale?: string };
    };
    for (const locale of globals?.locale ? [globals.locale] : ['en', 'nl', 'fr', 'de']) {
      it(`story ${file}/${name} has no axe violations in ${locale}`, async () => {
        await setLocale(locale);
        const template = (render ?? meta.render)!({ ...meta.args, ...args }, { globals: { locale } });
        const el = await fixture(html`<div>${template}</div>`);
        await frame();
        await expectNoAxeViolations(el);
        await setLocale('en');
        clearHash();
      });
    }
  }
}
