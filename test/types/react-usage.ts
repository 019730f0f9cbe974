// Compiled by `tsc --noEmit` (npm run lint), never run: proves the React wrappers' props and event props are typed from
// the elements and their events. A line marked @ts-expect-error fails the build if it ever compiles.
import * as React from 'react';
import {
  PhysioBookingCta,
  PhysioExerciseCard,
  PhysioFaq,
  PhysioLoadBucket,
  PhysioRedFlags,
  type PhysioFaqElement,
} from '../../src/react/index.js';

const h = React.createElement;
const ref = React.createRef<PhysioFaqElement>();

export const typedUsage = [
  h(PhysioFaq, {
    ref,
    single: true,
    headingLevel: 2,
    onPhysioFaqToggle: (event) => {
      const { id, open }: { id: string; open: boolean } = event.detail;
      return [id, open];
    },
  }),
  h(PhysioRedFlags, { region: 'be', afterHoursNumber: '1733', className: 'page-flags' }),
  h(PhysioLoadBucket, {
    preset: 'moving-house',
    onPhysioBucketChange: (event) => event.detail.overflowing satisfies boolean,
  }),
  h(PhysioExerciseCard, {
    exercise: 'bird-dog',
    sets: 3,
    onPhysioExerciseComplete: (event) => event.detail.sets satisfies number,
  }),
  h(PhysioBookingCta, {
    href: 'https://clinic.example/book',
    variant: 'floating',
    onPhysioBook: (event) => {
      if (event.detail.channel === 'phone') event.preventDefault();
    },
  }),
];

// @ts-expect-error headingLevel is a number, not a string
export const wrongPropType = h(PhysioFaq, { headingLevel: '2' });

// @ts-expect-error the detail of physio-book has no `overflowing`
export const wrongDetail = h(PhysioBookingCta, { onPhysioBook: (event) => event.detail.overflowing });

// @ts-expect-error not a built-in exercise
export const wrongExercise = h(PhysioExerciseCard, { exercise: 'sit-ups' });
