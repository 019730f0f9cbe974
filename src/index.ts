// Every class and type of physio-elements. Importing this registers nothing: use `physio-elements/<tag>.js`
// or `physio-elements/all.js` for that.
export { PhysioElement } from './base/physio-element.js';
export { PhysioFaq } from './components/faq/faq.js';
export type { FaqEntry } from './components/faq/faq-content.js';
export { PhysioRedFlags } from './components/red-flags/red-flags.js';
export type { Sign, Tier } from './components/red-flags/red-flags-content.js';
export { PhysioLoadBucket } from './components/load-bucket/load-bucket.js';
export { PhysioExerciseCard } from './components/exercise-card/exercise-card.js';
export type { Dosage, Exercise, ExerciseId } from './components/exercise-card/exercise-card-content.js';
export { PhysioBookingCta } from './components/booking-cta/booking-cta.js';
export { PhysioEvent } from './events/physio-event.js';
export { PhysioBookEvent, type PhysioBookDetail, type BookingChannel } from './events/book.js';
export { PhysioExerciseCompleteEvent, type PhysioExerciseCompleteDetail } from './events/exercise-complete.js';
export { PhysioBucketChangeEvent, type PhysioBucketChangeDetail } from './events/bucket-change.js';
export { PhysioFaqToggleEvent, type PhysioFaqToggleDetail } from './events/faq-toggle.js';
export { safeUrl, telUrl, type SafeUrlOptions } from './base/safe-url.js';
export { defaultRegion, regions, type Region } from './base/region.js';
