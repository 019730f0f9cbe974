import { PhysioEvent } from './physio-event.js';

export interface PhysioFaqToggleDetail {
  /** The question's id (`faq-<slug>`, or the page's own `id` on its `<details>`). */
  id: string;
  /** Whether the answer is now shown. */
  open: boolean;
}

/** A reader opened or closed a question of `<physio-faq>`. */
export class PhysioFaqToggleEvent extends PhysioEvent<PhysioFaqToggleDetail> {
  constructor(detail: PhysioFaqToggleDetail) {
    super('physio-faq-toggle', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'physio-faq-toggle': PhysioFaqToggleEvent;
  }
}
