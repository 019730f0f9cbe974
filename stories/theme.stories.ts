import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { allFive } from './all-five.js';
import { themeNamed, themeStyle } from './themes.js';
import { pageColours } from './page-colours.js';

interface ThemeArgs {
  '--physio-color-accent': string;
  '--physio-color-urgent': string;
  '--physio-color-text': string;
  '--physio-color-surface': string;
  '--physio-color-border': string;
  '--physio-radius': string;
  '--physio-space': string;
  '--physio-font-family': string;
}

/**
 * Every widget reads the same global tokens; each has a fallback inside the component, so none is required.
 * Set them on `:root`, on a wrapper, or on the element itself. For finer control use `::part()`.
 */
const meta: Meta<ThemeArgs> = {
  title: 'Theming/Tokens',
  args: {
    '--physio-color-accent': '#00704a',
    '--physio-color-urgent': '#b3261e',
    '--physio-color-text': '#1d2b36',
    '--physio-color-surface': '#f3f7f5',
    '--physio-color-border': '#5f7a6d',
    '--physio-radius': '1em',
    '--physio-space': '1.25em',
    '--physio-font-family': 'system-ui, sans-serif',
  },
  argTypes: {
    '--physio-color-accent': { control: 'color' },
    '--physio-color-urgent': { control: 'color' },
    '--physio-color-text': { control: 'color' },
    '--physio-color-surface': { control: 'color' },
    '--physio-color-border': { control: 'color' },
  },
  render: (args) =>
    html`<div style=${styleMap(args as unknown as Record<string, string>)}>
      <physio-faq searchable></physio-faq>
    </div>`,
};
export default meta;

export const Tokens: StoryObj<ThemeArgs> = {};

/** `::part()` styling: the built-in questions, answers and controls are parts. */
export const Parts: StoryObj<ThemeArgs> = {
  render: () =>
    html`<style>
        .parts-demo physio-faq::part(question) {
          color: #00704a;
        }
        .parts-demo physio-faq::part(answer) {
          font-size: 1.05em;
        }
        .parts-demo physio-faq::part(controls) {
          justify-content: flex-end;
        }
      </style>
      <div class="parts-demo"><physio-faq></physio-faq></div>`,
};

/**
 * A dark page with no CSS for the widgets: the page sets only `color-scheme: dark`, its background and its text
 * colour. The widgets inherit the scheme and switch their own colours (links, buttons, urgent and amber tiers,
 * focus ring, the water) to dark values with WCAG AA contrast. Tokens set by the page would still win.
 */
export const DarkPage: StoryObj<ThemeArgs> = {
  name: 'Dark page',
  parameters: { controls: { disable: true } },
  render: () => html`<div style="${pageColours.dark}; padding: 1em">${allFive()}</div>`,
};

/**
 * A ready-made theme, `physio-elements/themes/<name>.css`, on all five widgets: its tokens on a wrapper. The toolbar's
 * "Page colours" shows it on a dark page; its "Theme" puts a theme on the whole page instead.
 */
const themeStory = (name: string): StoryObj<ThemeArgs> => {
  const file = themeNamed(name);
  return {
    parameters: {
      controls: { disable: true },
      docs: { description: { story: `${file.summary}: \`physio-elements/themes/${name}.css\`.` } },
    },
    render: () => html`<div style=${styleMap(themeStyle(file))}>${allFive()}</div>`,
  };
};

// Names written out: Storybook's index reads them without running the file.
export const ThemeClinic: StoryObj<ThemeArgs> = { ...themeStory('clinic'), name: 'Theme: Clinic' };
export const ThemeWarm: StoryObj<ThemeArgs> = { ...themeStory('warm'), name: 'Theme: Warm' };
export const ThemeCalm: StoryObj<ThemeArgs> = { ...themeStory('calm'), name: 'Theme: Calm' };
export const ThemeHighContrast: StoryObj<ThemeArgs> = { ...themeStory('high-contrast'), name: 'Theme: High contrast' };
