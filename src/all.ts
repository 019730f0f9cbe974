// Registers every element and renders them in the page's language, following `<html lang>` live.
import { PhysioFaq } from './components/faq/faq.js';
import { PhysioRedFlags } from './components/red-flags/red-flags.js';
import { PhysioLoadBucket } from './components/load-bucket/load-bucket.js';
import { PhysioExerciseCard } from './components/exercise-card/exercise-card.js';
import { PhysioBookingCta } from './components/booking-cta/booking-cta.js';
import { followDocumentLanguage } from './localization.js';
import { isServer } from 'lit-html/is-server.js';

// A server has no page to follow (it renders in the language given to setLocale()); importing must not throw there.
if (!isServer) followDocumentLanguage();

const widgets = [
  ['physio-faq', PhysioFaq],
  ['physio-red-flags', PhysioRedFlags],
  ['physio-load-bucket', PhysioLoadBucket],
  ['physio-exercise-card', PhysioExerciseCard],
  ['physio-booking-cta', PhysioBookingCta],
] as const;

/** A new task, so the browser can paint and answer input in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

// One widget type per task, the first after this file's own evaluation: upgrading and first rendering all five at
// once would block a phone's main thread for hundreds of milliseconds. Until its turn, a widget keeps the box
// preload.css gives it, so nothing moves.
// On a French or German page, define() also waits for that language's file (physio-base.ts).
for (const [tag, widget] of widgets) {
  await nextTask();
  widget.define(tag);
}

export * from './index.js';
export { getLocale, setLocale, followDocumentLanguage } from './localization.js';
