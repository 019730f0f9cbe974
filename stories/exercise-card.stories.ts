import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { exerciseIds } from '../src/components/exercise-card/exercise-card-content.js';

interface ExerciseArgs {
  exercise?: string;
  sets?: number;
  reps?: number;
  hold?: number;
  'per-side'?: boolean;
  rest?: number;
  'times-per-day'?: number;
  'days-per-week'?: number;
  video?: string;
  minutes?: number;
  'heading-level': number;
  region?: string;
}

const meta: Meta<ExerciseArgs> = {
  title: 'Widgets/Exercise card',
  component: 'physio-exercise-card',
  args: { exercise: 'bird-dog', 'heading-level': 3 },
  argTypes: {
    exercise: { control: 'select', options: [...exerciseIds] },
    region: { control: 'inline-radio', options: ['nl', 'be'] },
  },
  render: (args) =>
    html`<physio-exercise-card
      exercise=${args.exercise ?? nothing}
      sets=${args.sets ?? nothing}
      reps=${args.reps ?? nothing}
      hold=${args.hold ?? nothing}
      per-side=${args['per-side'] === undefined ? nothing : String(args['per-side'])}
      rest=${args.rest ?? nothing}
      minutes=${args.minutes ?? nothing}
      times-per-day=${args['times-per-day'] ?? nothing}
      days-per-week=${args['days-per-week'] ?? nothing}
      video=${args.video ?? nothing}
      heading-level=${args['heading-level']}
      region=${args.region ?? nothing}
    ></physio-exercise-card>`,
};
export default meta;
type Story = StoryObj<ExerciseArgs>;

export const BirdDog: Story = {};
export const GluteBridge: Story = { args: { exercise: 'glute-bridge' } };
export const SingleLegBridge: Story = { args: { exercise: 'single-leg-bridge' } };
export const KneeRolls: Story = { args: { exercise: 'knee-rolls' } };
export const BottomToHeels: Story = { args: { exercise: 'bottom-to-heels' } };
export const PelvicTilt: Story = { args: { exercise: 'pelvic-tilt' } };
export const Walking: Story = { args: { exercise: 'walking' } };

/**
 * The seven drawings side by side, as one set: the same person and lines in each, the start pose dotted and faint,
 * the end pose solid with what moves in the accent colour, arrows for the movement, a mat (seen from above for knee
 * rolls) or a floor. Try the dark background and forced colours (Windows contrast themes) in the toolbar.
 */
export const AllIllustrations: Story = {
  name: 'All illustrations',
  render: () =>
    html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(20em, 1fr)); gap: 1em">
      ${exerciseIds.map((id) => html`<physio-exercise-card exercise=${id}></physio-exercise-card>`)}
    </div>`,
};

/** Dosage attributes override the defaults: `sets="2" reps="8" hold="10" rest="60" days-per-week="3"`. */
export const DosageOverrides: Story = { args: { sets: 2, reps: 8, hold: 10, rest: 60, 'days-per-week': 3 } };

/** Press "Start a guided session": sets, both sides, hold and rest countdowns, pause and resume. */
export const Session: Story = { args: { exercise: 'bird-dog', sets: 2, reps: 3, hold: 3, rest: 5 } };

/** `minutes`: a timed exercise; for walking the session is a walk timer. */
export const TimedWalk: Story = { args: { exercise: 'walking', minutes: 10 } };

/** A clinic's own exercise through the `name`, `media` and default slots. */
export const ClinicExercise: Story = {
  args: { exercise: undefined, sets: 2, reps: 10 },
  render: (args) =>
    html`<physio-exercise-card sets=${args.sets ?? nothing} reps=${args.reps ?? nothing}>
      <span slot="name">Cat and camel</span>
      <ol>
        <li>Kneel on all fours, hands under your shoulders.</li>
        <li>Slowly round your back up towards the ceiling.</li>
        <li>Then let it sag gently. Move within what feels comfortable.</li>
      </ol>
    </physio-exercise-card>`,
};

/** `video`: nothing is requested until the reader presses "Load video" (YouTube plays on youtube-nocookie.com). */
export const WithVideo: Story = { args: { video: 'https://www.youtube.com/watch?v=abcDEF12345' } };

/**
 * Print view: open the browser's print preview (or dev tools → Rendering → "Emulate CSS media type: print"). The
 * session, buttons and video disappear; illustration, steps, dosage and the safety line stay, in black on white.
 * The tests check this in emulated print media.
 */
export const PrintView: Story = { args: { exercise: 'glute-bridge' } };

export const Dutch: Story = { globals: { locale: 'nl-NL' } };

/**
 * `region="be"`: the safety line's routes for Belgium (the emergency department, the GP on call)
 * and the job title kinesitherapeut in Dutch. Without the attribute the page decides (README, "Language and region").
 */
export const Belgium: Story = { args: { exercise: 'glute-bridge', region: 'be' }, globals: { locale: 'nl-BE' } };

/** An English page of a Belgian clinic: the Belgian safety line in English. */
export const EnglishBelgium: Story = { args: { exercise: 'walking' }, globals: { locale: 'en-BE' } };

export const HostileHostPage: Story = { parameters: { hostile: true } };
