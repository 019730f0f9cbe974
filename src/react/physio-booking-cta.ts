import { PhysioBookingCta as PhysioBookingCtaElement } from '../components/booking-cta/booking-cta.js';
import type { EventName } from '@lit/react';
import type { PhysioBookEvent } from '../events/book.js';
import { wrap } from './wrap.js';

/** `<physio-booking-cta>` for React; importing it registers the element. `onPhysioBook` may call `preventDefault()`. */
export const PhysioBookingCta = wrap('physio-booking-cta', PhysioBookingCtaElement, 'PhysioBookingCta', {
  onPhysioBook: 'physio-book' as EventName<PhysioBookEvent>,
});
