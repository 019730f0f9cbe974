// physio-elements/react: one React component per element, made with @lit/react (typed props, `onPhysio…` event
// props), for React 18 and 19. Each wrapper is its own module that registers only its own element, so a bundler keeps
// just the wrappers a page imports (package.json `sideEffects` leaves these modules out).
export { PhysioFaq } from './physio-faq.js';
export { PhysioRedFlags } from './physio-red-flags.js';
export { PhysioLoadBucket } from './physio-load-bucket.js';
export { PhysioExerciseCard } from './physio-exercise-card.js';
export { PhysioBookingCta } from './physio-booking-cta.js';
// The element and event types, for refs (`useRef<PhysioFaqElement>(null)`) and handlers.
export type { PhysioFaq as PhysioFaqElement } from '../components/faq/faq.js';
export type { PhysioRedFlags as PhysioRedFlagsElement } from '../components/red-flags/red-flags.js';
export type { PhysioLoadBucket as PhysioLoadBucketElement } from '../components/load-bucket/load-bucket.js';
export type { PhysioExerciseCard as PhysioExerciseCardElement } from '../components/exercise-card/exercise-card.js';
export type { PhysioBookingCta as PhysioBookingCtaElement } from '../components/booking-cta/booking-cta.js';
export type { PhysioFaqToggleEvent, PhysioFaqToggleDetail } from '../events/faq-toggle.js';
export type { PhysioBucketChangeEvent, PhysioBucketChangeDetail } from '../events/bucket-change.js';
export type { PhysioExerciseCompleteEvent, PhysioExerciseCompleteDetail } from '../events/exercise-complete.js';
export type { PhysioBookEvent, PhysioBookDetail } from '../events/book.js';
