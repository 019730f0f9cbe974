import { PhysioExerciseCard as PhysioExerciseCardElement } from '../components/exercise-card/exercise-card.js';
import type { EventName } from '@lit/react';
import type { PhysioExerciseCompleteEvent } from '../events/exercise-complete.js';
import { wrap } from './wrap.js';

/** `<physio-exercise-card>` for React; importing it registers the element. */
export const PhysioExerciseCard = wrap('physio-exercise-card', PhysioExerciseCardElement, 'PhysioExerciseCard', {
  onPhysioExerciseComplete: 'physio-exercise-complete' as EventName<PhysioExerciseCompleteEvent>,
});
