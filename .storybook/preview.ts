import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import { setLocale } from '../src/localization.js';
import { preloadCss } from '../src/preload-css.js';
import '../src/all.js';
import { pageLanguages } from '../stories/snippet-builder/page-languages.js';
import { hostileStyle } from '../stories/hostile-host.js';

setCustomElementsManifest(customElements);

// The same pre-upgrade stylesheet the README tells clinics to link.
const preload = new CSSStyleSheet();
preload.replaceSync(preloadCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, preload];

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (and of the page: <html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // The same list as the snippet builder's; every tag names its country (see the list for why).
        items: pageLanguages,
        dynamicTitle: true,
      },
    },
    host: {
      description: 'Render inside a hostile clinic theme',
      toolbar: {
        title: 'Host page',
        icon: 'browser',
        items: [
          { value: 'plain', title: 'Plain page' },
          { value: 'hostile', title: 'Hostile host page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-NL', host: 'plain' },
  loaders: [
    async ({ globals }) => {
      // The page language drives locale and region, exactly as on a clinic site.
      const lang = String(globals.locale ?? 'en-NL');
      document.documentElement.lang = lang;
      await setLocale(lang);
      return {};
    },
  ],
  decorators: [
    (story, { globals, parameters }) =>
      globals.host === 'hostile' || parameters.hostile
        ? html`${hostileStyle()}
            <div class="hostile-host">${story()}</div>`
        : story(),
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
