import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * All five widgets on one realistic clinic page about low back pain, the way a CMS editor would paste them.
 * Switch the language in the toolbar; on a real site `<html lang>` does that.
 */
const meta: Meta = {
  title: 'Docs/Clinic page',
  render: () =>
    html`<article class="clinic-page" style="max-width: 48em; margin: 0 auto">
      <h1>Low back pain</h1>
      <p>
        Most low back pain gets better by itself. Moving, at your own pace, usually helps more than rest. On this page
        you find answers to common questions, when to get help quickly, and exercises you can do at home.
      </p>
      <physio-red-flags heading-level="2">
        <p>In an emergency, call <a href="tel:112">112</a>.</p>
      </physio-red-flags>
      <h2>Why does my back hurt now?</h2>
      <physio-load-bucket heading-level="3" preset="moving-house"></physio-load-bucket>
      <h2>Exercises</h2>
      <physio-exercise-card exercise="bird-dog" heading-level="3"></physio-exercise-card>
      <physio-exercise-card exercise="glute-bridge" heading-level="3"></physio-exercise-card>
      <h2>Questions</h2>
      <physio-faq searchable structured-data></physio-faq>
      <physio-booking-cta
        variant="banner"
        heading-level="2"
        clinic="Fysio Centrum"
        href="https://clinic.example/book"
        phone="020 123 45 67"
        email="info@clinic.example"
      ></physio-booking-cta>
    </article>`,
};
export default meta;

export const English: StoryObj = { globals: { locale: 'en-NL' } };

export const Nederlands: StoryObj = { globals: { locale: 'nl-NL' } };

export const Belgie: StoryObj = { name: 'Nederlands (België)', globals: { locale: 'nl-BE' } };

/** An English page of a Belgian clinic (`en-BE`): Belgian routes and rules, in English with no Dutch words. */
export const EnglishBelgium: StoryObj = { name: 'English (Belgium)', globals: { locale: 'en-BE' } };
