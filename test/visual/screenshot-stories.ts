import { fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { html } from 'lit';
import '../../src/all.js';
import { setLocale } from '../../src/localization.js';
import { clearHash, frame, settleWidgets } from '../support/dom.js';
import { emulate } from '../support/emulate.js';
import { stories } from '../support/stories.js';
import { pageColours } from '../../stories/page-colours.js';

/*
 * Every story as a clinic page shows it, on a phone (390 px) and a desktop (1024 px), on a light and on a dark page
 * (the page's `color-scheme`, background and text colour, nothing aimed at the widgets). Reduced motion, so no
 * screenshot catches an animation halfway.
 */
const heights = { 390: 844, 1024: 768 };

/** One story's id when the run asks for one (PHYSIO_VISUAL_STORY, see web-test-runner.visual.config.mjs). */
const only = (window as { physioVisualStory?: string }).physioVisualStory;

const style = document.createElement('style');
style.textContent = 'html, body { margin: 0; padding: 0; } .page { padding: 16px; display: flow-root; }';
document.head.append(style);

/** Screenshots every story at one width on one page colour and compares each with its baseline. */
export function screenshotStories(width: keyof typeof heights, scheme: keyof typeof pageColours): void {
  const pageStyle = pageColours[scheme];
  describe(`at ${width} px on a ${scheme} page`, () => {
    before(async () => {
      await setViewport({ width, height: heights[width] });
      await emulate({ reducedMotion: 'reduce', colorScheme: scheme });
    });
    after(() => emulate({}));

    if (only && !stories.some((story) => story.id === only)) {
      it(`finds the story ${only}`, () => {
        throw new Error(`PHYSIO_VISUAL_STORY=${only} names no story; ids look like faq/Searchable`);
      });
    }
    for (const story of stories.filter((each) => !only || each.id === only)) {
      it(`story ${story.id} looks as before`, async () => {
        const locale = story.locale ?? 'en';
        await setLocale(locale);
        const page = await fixture<HTMLElement>(
          html`<div class="page" style=${pageStyle}>${story.render(locale)}</div>`,
        );
        await settleWidgets(page);
        await document.fonts.ready;
        await frame();
        try {
          await visualDiff(page, `${story.id.replace('/', '.')}.${width}.${scheme}.png`);
        } finally {
          await setLocale('en');
          clearHash();
        }
      });
    }
  });
}
