import { fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { html } from 'lit';
import '../../src/all.js';
import { setLocale } from '../../src/localization.js';
import { clearHash, frame, settleWidgets } from '../support/dom.js';
import { emulate } from '../support/emulate.js';
import { stories } from '../support/stories.js';

/*
 * Every story as a clinic page shows it, on a phone (390 px) and a desktop (1024 px), on a light and on a dark page
 * (the page's `color-scheme`, background and text colour, nothing aimed at the widgets). Reduced motion, so no
 * screenshot catches an animation halfway.
 */
const viewports = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
];
const pages = {
  light: 'color-scheme: light; background: #fff; color: #1a1a1a',
  dark: 'color-scheme: dark; background: #111; color: #eee',
};

/** One story's id when the run asks for one (PHYSIO_VISUAL_STORY, see web-test-runner.visual.config.mjs). */
const only = (window as { physioVisualStory?: string }).physioVisualStory;

const style = document.createElement('style');
style.textContent = 'html, body { margin: 0; padding: 0; } .page { padding: 16px; display: flow-root; }';
document.head.append(style);

/** Screenshots every story at one width on one page colour and compares each with its baseline. */
export function screenshotStories(width: 390 | 1024, scheme: keyof typeof pages): void {
  const viewport = viewports.find((v) => v.width === width)!;
  const pageStyle = pages[scheme];
  describe(`at ${width} px on a ${scheme} page`, () => {
    before(async () => {
      await setViewport(viewport);
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
