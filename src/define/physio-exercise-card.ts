import { PhysioExerciseCard } from '../components/exercise-card/exercise-card.js';

PhysioExerciseCard.define('physio-exercise-card');

export { PhysioExerciseCard };
