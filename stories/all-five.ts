import { html } from 'lit';

/**
 * All five widgets, with every colour they have in sight (an emergency tier, a nearly full bucket, a filled booking
 * button): the page the theme stories, the "Dark page" story and the theme builder's preview show.
 */
export const allFive = (headingLevel = 2) =>
  html`<physio-red-flags heading-level=${headingLevel}></physio-red-flags>
    <physio-load-bucket heading-level=${headingLevel} preset="moving-house"></physio-load-bucket>
    <physio-exercise-card heading-level=${headingLevel} exercise="bird-dog"></physio-exercise-card>
    <physio-faq searchable></physio-faq>
    <physio-booking-cta
      heading-level=${headingLevel}
      variant="banner"
      clinic="Fysio Centrum"
      href="https://clinic.example/book"
      phone="020 123 45 67"
      email="info@clinic.example"
    ></physio-booking-cta>`;
