import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

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
  render: () =>
    html`<div style="color-scheme: dark; background: #111; color: #eee; padding: 1em">
      <physio-red-flags heading-level="2"></physio-red-flags>
      <physio-load-bucket heading-level="2" preset="moving-house"></physio-load-bucket>
      <physio-exercise-card exercise="bird-dog"></physio-exercise-card>
      <physio-faq searchable></physio-faq>
      <physio-booking-cta
        variant="banner"
        clinic="Fysio Centrum"
        href="https://clinic.example/book"
        phone="020 123 45 67"
        email="info@clinic.example"
      ></physio-booking-cta>
    </div>`,
};
