import { PhysioLoadBucket as PhysioLoadBucketElement } from '../components/load-bucket/load-bucket.js';
import type { EventName } from '@lit/react';
import type { PhysioBucketChangeEvent } from '../events/bucket-change.js';
import { wrap } from './wrap.js';

/** `<physio-load-bucket>` for React; importing it registers the element. */
export const PhysioLoadBucket = wrap('physio-load-bucket', PhysioLoadBucketElement, 'PhysioLoadBucket', {
  onPhysioBucketChange: 'physio-bucket-change' as EventName<PhysioBucketChangeEvent>,
});
