import { PhysioEvent } from './physio-event.js';

export interface PhysioBucketChangeDetail {
  /** Whether the bucket now overflows. Nothing else: which loads a reader chose stays in the element. */
  overflowing: boolean;
}

/** `<physio-load-bucket>` started or stopped overflowing. */
export class PhysioBucketChangeEvent extends PhysioEvent<PhysioBucketChangeDetail> {
  constructor(detail: PhysioBucketChangeDetail) {
    super('physio-bucket-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'physio-bucket-change': PhysioBucketChangeEvent;
  }
}
