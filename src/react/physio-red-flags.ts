import { PhysioRedFlags as PhysioRedFlagsElement } from '../components/red-flags/red-flags.js';
import { wrap } from './wrap.js';

/**
 * `<physio-red-flags>` for React; importing it registers the element. No event prop on purpose: which signs a reader
 * ticks never leaves the element (the privacy guarantee), so there is nothing to listen to.
 */
export const PhysioRedFlags = wrap('physio-red-flags', PhysioRedFlagsElement, 'PhysioRedFlags');
