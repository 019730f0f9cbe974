import { msg } from '@lit/localize';
import type { Sources } from '../../base/provenance.js';

export const exerciseIds = [
  'bird-dog',
  'glute-bridge',
  'single-leg-bridge',
  'knee-rolls',
  'bottom-to-heels',
  'pelvic-tilt',
  'walking',
] as const;
export type ExerciseId = (typeof exerciseIds)[number];

/** Default dosage; `hold`/`rest` in seconds, `minutes` only for walking. */
export interface Dosage {
  sets: number;
  reps: number;
  hold?: number;
  perSide?: boolean;
  rest?: number;
  minutes?: number;
  timesPerDay?: number;
  daysPerWeek?: number;
}

export interface Exercise {
  id: ExerciseId;
  name: string;
  goal: string;
  start: string; // start position, one sentence
  steps: string[]; // at most 5
  dosage: Dosage;
  easier: string;
  harder: string;
  normal: string[]; // "normal to feel", 1–3 items
  stopIf: string[]; // "stop if", 2–4 items (exercise-specific ones first; the card adds a fixed safety line itself)
  equipment: string; // what the reader needs, completing "You need: …", e.g. "a mat or carpet"
  /** Text alternative of the illustration: what the picture shows (start and end position), 1–2 sentences. */
  imageAlt: string;
}

/** When the built-in exercises were last checked against the sources, shown on the card. ISO date. */
export const lastReviewed = '2026-12-04';

/** Source names shown on the card (titles, not translated). */
export const sources: Sources = () => [
  'NHS.UK back exercises',
  'NHS inform',
  'KNGF-richtlijn Lage rugpijn (2021)',
  'NICE NG59',
];

/**
 * Sentences that several exercises share (the next seven functions), written and translated once, so the advice
 * reads the same on every card.
 */
const kneel = () =>
  msg('Kneel on all fours with your hands under your shoulders and your knees under your hips.', {
    id: 'exercise.common.kneel-start',
  });
const lieOnBack = () =>
  msg('Lie on your back with your knees bent and your feet flat on the floor, hip-width apart.', {
    id: 'exercise.common.back-start',
  });
const lowerHips = () => msg('Lower your hips slowly back to the floor.', { id: 'exercise.common.lower-hips' });
const mildDiscomfort = () =>
  msg('Mild discomfort that settles soon after you stop.', { id: 'exercise.common.mild-discomfort' });
const muchWorse = () =>
  msg('Your pain gets much worse, or it is still worse the next day.', { id: 'exercise.common.much-worse' });
const newNerveSigns = () =>
  msg('You get new numbness or tingling, pain that spreads down your leg, or your leg or foot feels weak.', {
    id: 'exercise.common.new-nerve-signs',
  });
const mat = () => msg('a mat or carpet', { id: 'exercise.common.mat' });
/** The second sentence of every drawing's text alternative: how the drawings show movement. */
const drawingLegend = () =>
  msg('Dotted lines show the start position; arrows show the movement.', { id: 'exercise.common.drawing-legend' });
/** A drawing's text alternative: what it shows, then how it shows the movement. */
const drawing = (shows: string) => `${shows} ${drawingLegend()}`;

/**
 * The built-in exercises. Facts: clinical.md §0 and §4; "stop if" items follow §4 defaults and §1 row 7.
 * Wording follows clinical.md §7: no diagnosis, no fear words, no fixed timelines, no medicine doses.
 * Steps never name a number of seconds or repetitions: the dosage line (which attributes can override) does that.
 * Called at render time so msg() returns the active locale.
 */
export function builtInExercise(id: ExerciseId): Exercise {
  switch (id) {
    // Sources: source clinic (manual-therapy blog, clinical.md §0): 4-point kneeling, opposite arm and leg, 3 × 10 per side;
    // BMA Bad Back Book: hold up to 10 s (default 5 s, longer hold as progression); KNGF 2021 C.2.2: motor-control
    // exercise dosed to quality of movement without pain increase.
    case 'bird-dog':
      return {
        id,
        name: msg('Bird dog', { id: 'exercise.bird-dog.name' }),
        goal: msg('Builds strength and control in your back, tummy and hips, so they work well together.', {
          id: 'exercise.bird-dog.goal',
        }),
        start: kneel(),
        steps: [
          msg('Keep your back flat, like a table top.', { id: 'exercise.bird-dog.step1' }),
          msg('Reach one arm forward and the leg on the other side straight back.', { id: 'exercise.bird-dog.step2' }),
          msg('Hold the position and keep breathing calmly.', { id: 'exercise.bird-dog.step3' }),
          msg('Bring your arm and leg slowly back to the start.', { id: 'exercise.bird-dog.step4' }),
          msg('Do the same with your other arm and leg.', { id: 'exercise.bird-dog.step5' }),
        ],
        dosage: { sets: 3, reps: 10, perSide: true, hold: 5, rest: 30, daysPerWeek: 5 },
        easier: msg('Lift only one arm or only one leg at a time.', { id: 'exercise.bird-dog.easier' }),
        harder: msg('Hold each reach a few seconds longer.', { id: 'exercise.bird-dog.harder' }),
        normal: [
          msg('Tired muscles in your back, tummy or bottom.', { id: 'exercise.bird-dog.normal1' }),
          mildDiscomfort(),
        ],
        stopIf: [
          msg('Your wrists or knees hurt, and it does not ease when you shift your weight.', {
            id: 'exercise.bird-dog.stop1',
          }),
          muchWorse(),
          newNerveSigns(),
        ],
        equipment: mat(),
        imageAlt: drawing(
          msg(
            'Drawing: a person on hands and knees, with a flat back, reaches one arm forward and the leg on the other side straight back.',
            { id: 'exercise.bird-dog.imageAlt' },
          ),
        ),
      };

    // Sources: Cambridge University Hospitals Back mobility exercises (bridge; hold and repetitions left to the physio);
    // South Tees NHS Backtracks: strength work 2–4 sets of 4–12 repetitions; default 3 × 10, hold 3 s.
    // Progression to the single-leg bridge (source clinic).
    case 'glute-bridge':
      return {
        id,
        name: msg('Bridge', { id: 'exercise.glute-bridge.name' }),
        goal: msg('Builds strength in your bottom and the backs of your legs to support your lower back.', {
          id: 'exercise.glute-bridge.goal',
        }),
        start: lieOnBack(),
        steps: [
          msg('Tighten your bottom muscles gently.', { id: 'exercise.glute-bridge.step1' }),
          msg('Lift your hips until your shoulders, hips and knees form a straight line.', {
            id: 'exercise.glute-bridge.step2',
          }),
          msg('Hold the position and keep breathing.', { id: 'exercise.glute-bridge.step3' }),
          lowerHips(),
        ],
        dosage: { sets: 3, reps: 10, hold: 3, rest: 30, daysPerWeek: 5 },
        easier: msg('Lift your hips only a little way.', { id: 'exercise.glute-bridge.easier' }),
        harder: msg('Try the single-leg bridge.', { id: 'exercise.glute-bridge.harder' }),
        normal: [
          msg('Tired muscles in your bottom or the backs of your thighs.', { id: 'exercise.glute-bridge.normal1' }),
          mildDiscomfort(),
        ],
        stopIf: [
          msg('You feel a sharp pain in your back as you lift.', { id: 'exercise.glute-bridge.stop1' }),
          muchWorse(),
          newNerveSigns(),
        ],
        equipment: mat(),
        imageAlt: drawing(
          msg(
            'Drawing: a person lies on their back with knees bent and lifts the hips until shoulders, hips and knees are in a straight line.',
            { id: 'exercise.glute-bridge.imageAlt' },
          ),
        ),
      };

    // Sources: source clinic (manual-therapy blog, clinical.md §0): single-leg bridge, 3 × 10 per leg (no hold given);
    // regression to the two-leg bridge (clinical.md §4 table).
    case 'single-leg-bridge':
      return {
        id,
        name: msg('Single-leg bridge', { id: 'exercise.single-leg-bridge.name' }),
        goal: msg('Builds strength and control in your bottom, hips and back, one side at a time.', {
          id: 'exercise.single-leg-bridge.goal',
        }),
        start: lieOnBack(),
        steps: [
          msg('Straighten one leg, keeping your thighs level with each other.', {
            id: 'exercise.single-leg-bridge.step1',
          }),
          msg('Push through the heel of your bent leg to lift your hips.', { id: 'exercise.single-leg-bridge.step2' }),
          msg('Keep your hips level, so one side does not drop.', { id: 'exercise.single-leg-bridge.step3' }),
          lowerHips(),
          msg('Do the same with your other leg.', { id: 'exercise.single-leg-bridge.step5' }),
        ],
        dosage: { sets: 3, reps: 10, perSide: true, rest: 60, daysPerWeek: 5 },
        easier: msg('Do the bridge with both feet on the floor.', { id: 'exercise.single-leg-bridge.easier' }),
        harder: msg('Hold your hips up for a few seconds each time.', { id: 'exercise.single-leg-bridge.harder' }),
        normal: [
          msg('Tired muscles in your bottom or the back of your thigh.', { id: 'exercise.single-leg-bridge.normal1' }),
          mildDiscomfort(),
        ],
        stopIf: [
          msg('You feel a sharp pain in your back or hip as you lift.', { id: 'exercise.single-leg-bridge.stop1' }),
          muchWorse(),
          newNerveSigns(),
        ],
        equipment: mat(),
        imageAlt: drawing(
          msg(
            'Drawing: a person lies on their back with one knee bent and the other leg straight, and lifts the hips until body and straight leg are in one line.',
            { id: 'exercise.single-leg-bridge.imageAlt' },
          ),
        ),
      };

    // Sources: NHS.UK lower back pain exercises: 8–10, alternating sides, hold one breath; NHS inform Exercises for back
    // pain: hold 2 s, 5 repetitions 3 times a day, add 1–2 every few days. Default 2 × 10 (each roll counts), hold 2 s;
    // daily as on the NHS.UK page.
    case 'knee-rolls':
      return {
        id,
        name: msg('Knee rolls', { id: 'exercise.knee-rolls.name' }),
        goal: msg('Helps your lower back move more easily and feel less stiff.', { id: 'exercise.knee-rolls.goal' }),
        start: msg('Lie on your back with your knees bent and together, and your feet flat on the floor.', {
          id: 'exercise.knee-rolls.start',
        }),
        steps: [
          msg('Keep both shoulders flat on the floor.', { id: 'exercise.knee-rolls.step1' }),
          msg('Roll your knees slowly to one side.', { id: 'exercise.knee-rolls.step2' }),
          msg('Hold for a moment and breathe calmly.', { id: 'exercise.knee-rolls.step3' }),
          msg('Roll your knees back through the middle to the other side.', { id: 'exercise.knee-rolls.step4' }),
          msg('Keep rolling from side to side; each roll counts as one.', { id: 'exercise.knee-rolls.step5' }),
        ],
        dosage: { sets: 2, reps: 10, hold: 2, rest: 30, daysPerWeek: 7 },
        easier: msg('Roll your knees only a small way. A pillow between your knees can make it more comfortable.', {
          id: 'exercise.knee-rolls.easier',
        }),
        harder: msg('Roll a little further each time, as far as feels comfortable.', {
          id: 'exercise.knee-rolls.harder',
        }),
        normal: [
          msg('A gentle stretch in your lower back, your side or your hips.', { id: 'exercise.knee-rolls.normal1' }),
          mildDiscomfort(),
        ],
        stopIf: [
          msg('Your pain turns sharp when you roll to one side.', { id: 'exercise.knee-rolls.stop1' }),
          muchWorse(),
          newNerveSigns(),
        ],
        equipment: mat(),
        imageAlt: drawing(
          msg(
            'Drawing: seen from above, a person lies on their back with knees bent and together, and rolls them from one side to the other while the shoulders stay flat.',
            { id: 'exercise.knee-rolls.imageAlt' },
          ),
        ),
      };

    // Sources: NHS.UK lower back pain exercises: 8–10, hold one deep breath, do not go fully back with knee problems.
    // Default 2 × 10, hold 5 s (about one slow deep breath); daily as on the NHS.UK page.
    case 'bottom-to-heels':
      return {
        id,
        name: msg('Bottom to heels', { id: 'exercise.bottom-to-heels.name' }),
        goal: msg('Gently stretches your lower back and helps it move more easily.', {
          id: 'exercise.bottom-to-heels.goal',
        }),
        start: kneel(),
        steps: [
          msg('Keep your hands in place on the floor.', { id: 'exercise.bottom-to-heels.step1' }),
          msg('Move your bottom slowly back towards your heels.', { id: 'exercise.bottom-to-heels.step2' }),
          msg('Stop at the point where it still feels comfortable.', { id: 'exercise.bottom-to-heels.step3' }),
          msg('Hold the stretch and breathe in and out slowly.', { id: 'exercise.bottom-to-heels.step4' }),
          msg('Come slowly back to the start.', { id: 'exercise.bottom-to-heels.step5' }),
        ],
        dosage: { sets: 2, reps: 10, hold: 5, rest: 30, daysPerWeek: 7 },
        easier: msg('Move back only a small way.', { id: 'exercise.bottom-to-heels.easier' }),
        harder: msg('Hold the stretch a little longer.', { id: 'exercise.bottom-to-heels.harder' }),
        normal: [
          msg('A gentle stretch in your lower back, bottom or shoulders.', { id: 'exercise.bottom-to-heels.normal1' }),
          mildDiscomfort(),
        ],
        stopIf: [
          msg('Your knees hurt when you move back towards your heels.', { id: 'exercise.bottom-to-heels.stop1' }),
          muchWorse(),
          newNerveSigns(),
        ],
        equipment: msg('a mat or carpet, and a folded towel under your knees if you like', {
          id: 'exercise.bottom-to-heels.equipment',
        }),
        imageAlt: drawing(
          msg(
            'Drawing: a person on hands and knees moves the bottom back towards the heels, while the hands stay in place on the mat.',
            { id: 'exercise.bottom-to-heels.imageAlt' },
          ),
        ),
      };

    // Sources: NHS inform Exercises for back pain: pelvic tilt, hold 2 s, 5 repetitions 3 times a day; progression to the
    // bridge (clinical.md §4 table). Default 1 × 5, hold 2 s, 3 times a day.
    case 'pelvic-tilt':
      return {
        id,
        name: msg('Pelvic tilt', { id: 'exercise.pelvic-tilt.name' }),
        goal: msg('Helps you feel and control small movements of your lower back and pelvis.', {
          id: 'exercise.pelvic-tilt.goal',
        }),
        start: msg('Lie on your back with your knees bent and your feet flat on the floor.', {
          id: 'exercise.pelvic-tilt.start',
        }),
        steps: [
          msg('Tighten your tummy muscles gently.', { id: 'exercise.pelvic-tilt.step1' }),
          msg('Tip your pelvis so the small of your back presses gently into the floor.', {
            id: 'exercise.pelvic-tilt.step2',
          }),
          msg('Hold for a moment and keep breathing.', { id: 'exercise.pelvic-tilt.step3' }),
          msg('Relax and let your lower back return to its natural curve.', { id: 'exercise.pelvic-tilt.step4' }),
        ],
        dosage: { sets: 1, reps: 5, hold: 2, timesPerDay: 3, daysPerWeek: 7 },
        easier: msg('Make the movement smaller and slower.', { id: 'exercise.pelvic-tilt.easier' }),
        harder: msg('Add a bridge: after the tilt, lift your hips off the floor.', {
          id: 'exercise.pelvic-tilt.harder',
        }),
        normal: [
          msg('Tired or working muscles in your tummy.', { id: 'exercise.pelvic-tilt.normal1' }),
          mildDiscomfort(),
        ],
        stopIf: [
          msg('You feel a sharp pain in your back as you press it down.', { id: 'exercise.pelvic-tilt.stop1' }),
          muchWorse(),
          newNerveSigns(),
        ],
        equipment: mat(),
        imageAlt: drawing(
          msg(
            'Drawing: a person lies on their back with knees bent, and the arched lower back tips down flat onto the mat.',
            { id: 'exercise.pelvic-tilt.imageAlt' },
          ),
        ),
      };

    // Sources: NHS inform Exercises for back pain: combine the exercises with regular walking at a comfortable pace;
    // NICE NG59: exercise is the core treatment; KNGF 2021 C.2.2: build up step by step, by plan rather than by pain.
    // Default 10 minutes, 5 days a week: a start most people with acute pain can manage (review m9), built up by plan.
    case 'walking':
      return {
        id,
        name: msg('Walking', { id: 'exercise.walking.name' }),
        goal: msg('Keeps your back moving and builds your general fitness.', { id: 'exercise.walking.goal' }),
        start: msg('Stand tall with your arms relaxed by your sides.', { id: 'exercise.walking.start' }),
        steps: [
          msg('Put on comfortable shoes.', { id: 'exercise.walking.step1' }),
          msg('Walk slowly for the first few minutes.', { id: 'exercise.walking.step2' }),
          msg('Then walk at a pace where you can still talk.', { id: 'exercise.walking.step3' }),
          msg('Let your arms swing loosely.', { id: 'exercise.walking.step4' }),
          msg('Slow down again for the last few minutes.', { id: 'exercise.walking.step5' }),
        ],
        dosage: { sets: 1, reps: 1, minutes: 10, daysPerWeek: 5 },
        easier: msg('Start with what you can do now, even if that is a few minutes, or split it into shorter walks.', {
          id: 'exercise.walking.easier',
        }),
        harder: msg('Add a few minutes every few days, or walk a little faster.', { id: 'exercise.walking.harder' }),
        normal: [
          msg('Feeling warm and breathing a little faster.', { id: 'exercise.walking.normal1' }),
          msg('Some stiffness or a mild ache that settles after a rest.', { id: 'exercise.walking.normal2' }),
        ],
        stopIf: [
          msg('You get chest pain, or you feel faint or dizzy. With chest pain, call the emergency number.', {
            id: 'exercise.walking.stop1',
          }),
          muchWorse(),
          newNerveSigns(),
        ],
        equipment: msg('comfortable shoes', { id: 'exercise.walking.equipment' }),
        imageAlt: drawing(
          msg('Drawing: a person walks upright and takes a step forward, with the arms swinging loosely.', {
            id: 'exercise.walking.imageAlt',
          }),
        ),
      };
  }
}
