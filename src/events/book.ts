import { PhysioEvent } from './physio-event.js';

export type BookingChannel = 'online' | 'phone' | 'email';

export interface PhysioBookDetail {
  channel: BookingChannel;
  /** The URL that will be followed (after the allowlist and `tel:` normalisation). */
  href: string;
}

/** A reader chose a way to book; `preventDefault()` keeps the page where it is (e.g. to open the clinic's own modal). */
export class PhysioBookEvent extends PhysioEvent<PhysioBookDetail> {
  constructor(detail: PhysioBookDetail) {
    super('physio-book', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'physio-book': PhysioBookEvent;
  }
}
