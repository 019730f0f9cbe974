import { PhysioFaq as PhysioFaqElement } from '../components/faq/faq.js';
import type { EventName } from '@lit/react';
import type { PhysioFaqToggleEvent } from '../events/faq-toggle.js';
import { wrap } from './wrap.js';

/** `<physio-faq>` for React; importing it registers the element. */
export const PhysioFaq = wrap('physio-faq', PhysioFaqElement, 'PhysioFaq', {
  onPhysioFaqToggle: 'physio-faq-toggle' as EventName<PhysioFaqToggleEvent>,
});
