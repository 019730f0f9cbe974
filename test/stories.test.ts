import { fixture, html } from '@open-wc/testing';
import { expectNoAxeViolations } from './support/axe.js';
import '../src/all.js';
import { setLocale } from '../src/localization.js';
import { clearHash, frame } from './support/dom.js';
import { stories } from './support/stories.js';

// Every story, rendered as Storybook renders it, must pass axe in all four languages (Spectrum's a11y-tree habit); a
// story made for one language (its `globals.locale`) in that one.
for (const story of stories) {
  for (const locale of story.locale ? [story.locale] : ['en', 'nl', 'fr', 'de']) {
    it(`story ${story.id} has no axe violations in ${locale}`, async () => {
      await setLocale(locale);
      const el = await fixture(html`<div>${story.render(locale)}</div>`);
      await frame();
      await expectNoAxeViolations(el);
      await setLocale('en');
      clearHash();
    });
  }
}
