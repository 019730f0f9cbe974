import { PhysioEvent } from './physio-event.js';

export interface PhysioExerciseCompleteDetail {
  /** The built-in exercise's id, or the name of a clinic's own exercise. */
  exercise: string;
  /** Sets completed in the session. */
  sets: number;
}

/** A guided session of `<physio-exercise-card>` reached its last set. */
export class PhysioExerciseCompleteEvent extends PhysioEvent<PhysioExerciseCompleteDetail> {
  constructor(detail: PhysioExerciseCompleteDetail) {
    super('physio-exercise-complete', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'physio-exercise-complete': PhysioExerciseCompleteEvent;
  }
}
