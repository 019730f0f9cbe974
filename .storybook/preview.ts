import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import { setLocale } from '../src/localization.js';
import { preloadCss } from '../src/preload-css.js';
import '../src/all.js';
import { pageLanguages } from '../stories/snippet-builder/page-languages.js';
import { hostileStyle } from '../stories/hostile-host.js';
import { themeFiles } from '../stories/themes.js';
import { pageColours } from '../stories/page-colours.js';

setCustomElementsManifest(customElements);

// The same pre-upgrade stylesheet the README tells clinics to link.
const preload = new CSSStyleSheet();
preload.replaceSync(preloadCss);
// The toolbar's theme: the stylesheet as shipped, on the whole page, as a clinic's <link> puts it.
const theme = new CSSStyleSheet();
const darkFrame = new CSSStyleSheet();
darkFrame.replaceSync(`html.dark-page { ${pageColours.dark} }`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, preload, theme, darkFrame];

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
    theme: {
      description: 'A ready-made theme on the page: physio-elements/themes/<name>.css',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default (no theme)' },
          ...themeFiles.map(({ name, label }) => ({ value: name, title: label })),
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Page colours: a light page, or a dark one (color-scheme: dark, dark background, light text)',
      toolbar: {
        title: 'Page colours',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-NL', host: 'plain', theme: 'default', scheme: 'light' },
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
    // Outermost, so a hostile host page can be dark too. The page's colour-scheme reaches the widgets by inheritance.
    (story, { globals, viewMode }) => {
      theme.replaceSync(themeFiles.find((t) => t.name === globals.theme)?.css ?? '');
      const dark = globals.scheme === 'dark';
      // On its own (the canvas) a story's whole frame is the page, so a screenshot has no light edge; on a docs page
      // only each story's box is.
      document.documentElement.classList.toggle('dark-page', dark && viewMode === 'story');
      return dark
        ? html`<div class="dark-page-story" style="${pageColours.dark}; padding: 1em">${story()}</div>`
        : story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
