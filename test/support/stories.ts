import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import * as faq from '../../stories/faq.stories.js';
import * as theme from '../../stories/theme.stories.js';
import * as redFlags from '../../stories/red-flags.stories.js';
import * as bucket from '../../stories/load-bucket.stories.js';
import * as exercise from '../../stories/exercise-card.stories.js';
import * as booking from '../../stories/booking-cta.stories.js';
import * as clinicPage from '../../stories/clinic-page.stories.js';
import { hostileCss } from '../../stories/hostile-host.js';

type Render = (args: Record<string, unknown>, context: { globals: { locale: string } }) => TemplateResult;
interface StoryModule {
  default: { args?: Record<string, unknown>; render?: Render };
  [story: string]: unknown;
}
interface StoryObject {
  args?: Record<string, unknown>;
  render?: Render;
  globals?: { locale?: string };
  parameters?: { hostile?: boolean };
}

/** One story, as Storybook would show it. */
export interface Story {
  /** `<file>/<ExportName>`, e.g. `faq/HostileHostPage`. */
  id: string;
  /** The one language the story is made for, if any. */
  locale?: string;
  /** The story's template in a language, with the decorators Storybook adds (the hostile host page). */
  render(locale: string): TemplateResult;
}

const modules = { faq, theme, redFlags, bucket, exercise, booking, clinicPage } as unknown as Record<
  string,
  StoryModule
>;

/** Every story of every stories file, in file order. */
export const stories: Story[] = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(module)
    .filter(([name]) => name !== 'default')
    .map(([name, value]) => {
      const meta = module.default;
      const { args, render, globals, parameters } = value as StoryObject;
      return {
        id: `${file}/${name}`,
        locale: globals?.locale,
        render(locale: string) {
          const template = (render ?? meta.render)!({ ...meta.args, ...args }, { globals: { locale } });
          // The hostile stylesheet as markup, not as Storybook's decorator makes it (a DOM element): the server
          // renders these stories too (scripts/ssr-render.mjs), where an element would come out as "[object Object]".
          return parameters?.hostile
            ? html`${unsafeHTML(`<style>${hostileCss}</style>`)}
                <div class="hostile-host">${template}</div>`
            : template;
        },
      };
    }),
);
