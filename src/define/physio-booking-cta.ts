import { PhysioBookingCta } from '../components/booking-cta/booking-cta.js';

PhysioBookingCta.define('physio-booking-cta');

export { PhysioBookingCta };
