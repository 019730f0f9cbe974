import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** The clinic's own page text, in the page's language: what a CMS editor writes around the widgets. */
const pageText = {
  en: {
    title: 'Low back pain',
    intro:
      'Most low back pain gets better by itself. Moving, at your own pace, usually helps more than rest. On this page you find answers to common questions, when to get help quickly, and exercises you can do at home.',
    emergency: 'In an emergency, call',
    why: 'Why does my back hurt now?',
    exercises: 'Exercises',
    questions: 'Questions',
  },
  nl: {
    title: 'Lage rugpijn',
    intro:
      'Lage rugpijn gaat meestal vanzelf over. Bewegen in je eigen tempo helpt meestal meer dan rust. Op deze pagina lees je antwoorden op vragen die veel mensen hebben, wanneer je snel hulp zoekt en oefeningen voor thuis.',
    emergency: 'Bij spoed: bel',
    why: 'Waarom doet mijn rug nu pijn?',
    exercises: 'Oefeningen',
    questions: 'Vragen',
  },
  fr: {
    title: 'Mal de dos (lombalgie)',
    intro:
      'Le mal de dos passe le plus souvent tout seul. Bouger à votre rythme aide en général plus que le repos. Sur cette page, vous trouvez des réponses aux questions fréquentes, quand demander de l’aide rapidement et des exercices à faire chez vous.',
    emergency: 'En cas d’urgence, appelez le',
    why: 'Pourquoi mon dos me fait-il mal maintenant ?',
    exercises: 'Exercices',
    questions: 'Questions',
  },
  de: {
    title: 'Kreuzschmerzen',
    intro:
      'Kreuzschmerzen gehen meistens von selbst vorbei. Bewegung in Ihrem eigenen Tempo hilft meistens mehr als Ruhe. Auf dieser Seite finden Sie Antworten auf häufige Fragen, wann Sie schnell Hilfe holen sollten, und Übungen für zu Hause.',
    emergency: 'Im Notfall rufen Sie die',
    why: 'Warum tut mein Rücken jetzt weh?',
    exercises: 'Übungen',
    questions: 'Fragen',
  },
};

const language = (locale: unknown) => String(locale ?? 'en').slice(0, 2) as keyof typeof pageText;

/**
 * All five widgets on one realistic clinic page about low back pain, the way a CMS editor would paste them.
 * Switch the language in the toolbar; on a real site `<html lang>` does that. The page's own text follows it.
 */
const meta: Meta = {
  title: 'Docs/Clinic page',
  render: (_args, { globals }) => {
    const t = pageText[language(globals.locale)] ?? pageText.en;
    const belgian = /-be$/i.test(String(globals.locale));
    return html`<article class="clinic-page" style="max-width: 48em; margin: 0 auto; overflow-wrap: break-word">
      <h1>${t.title}</h1>
      <p>${t.intro}</p>
      <physio-red-flags heading-level="2">
        <p>${t.emergency} <a href="tel:112">112</a>.</p>
      </physio-red-flags>
      <h2>${t.why}</h2>
      <physio-load-bucket heading-level="3" preset="moving-house"></physio-load-bucket>
      <h2>${t.exercises}</h2>
      <physio-exercise-card exercise="bird-dog" heading-level="3"></physio-exercise-card>
      <physio-exercise-card exercise="glute-bridge" heading-level="3"></physio-exercise-card>
      <h2>${t.questions}</h2>
      <physio-faq searchable structured-data></physio-faq>
      <physio-booking-cta
        variant="banner"
        heading-level="2"
        clinic=${belgian ? 'Kiné Centre' : 'Fysio Centrum'}
        href="https://clinic.example/book"
        phone=${belgian ? '+32 87 12 34 56' : '020 123 45 67'}
        email="info@clinic.example"
      ></physio-booking-cta>
    </article>`;
  },
};
export default meta;

export const English: StoryObj = { globals: { locale: 'en-NL' } };

export const Nederlands: StoryObj = { globals: { locale: 'nl-NL' } };

export const Belgie: StoryObj = { name: 'Nederlands (België)', globals: { locale: 'nl-BE' } };

/** An English page of a Belgian clinic (`en-BE`): Belgian routes and rules, in English with no Dutch words. */
export const EnglishBelgium: StoryObj = { name: 'English (Belgium)', globals: { locale: 'en-BE' } };

/** A French-language Belgian page (`fr-BE`): urgences, médecin de garde 1733, mutualité, kinésithérapeute. */
export const Francais: StoryObj = { name: 'Français (Belgique)', globals: { locale: 'fr-BE' } };

/** A German-language Belgian page (`de-BE`, Ostbelgien): Notaufnahme, hausärztlicher Bereitschaftsdienst 1733. */
export const Deutsch: StoryObj = { name: 'Deutsch (Belgien)', globals: { locale: 'de-BE' } };
