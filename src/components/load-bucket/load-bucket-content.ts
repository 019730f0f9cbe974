import { msg } from '@lit/localize';
import type { Sources } from '../../base/provenance.js';

/** When the bucket's text was last checked against the sources, shown under it. ISO date. */
export const lastReviewed = '2026-12-04';

/** Source names shown under the bucket (titles, not translated); the guideline is the reader's country's. */
export const sources: Sources = (region) => {
  return [
    'Brabban & Turkington 2002',
    'Butler & Moseley, Explain Pain',
    'NICE NG59',
    region === 'be' ? 'KCE 287' : 'KNGF-richtlijn Lage rugpijn (2021)',
  ];
};

/**
 * The bucket model behind the picture. Amounts are only for drawing: nothing is shown as a number, scored or said
 * about the reader (clinical.md §3: an explanatory metaphor, not a measurement).
 */
export interface Load {
  id: string;
  label: string;
  /** Water it pours in. */
  amount: number;
}

export interface Builder {
  id: string;
  label: string;
  /** `tap`: recovery lets water out; `grow`: training makes the bucket bigger. */
  effect: 'tap' | 'grow';
  amount: number;
}

/** Room in the bucket before any builder; `moving-house` fills it to 95 %, so the last drop tips it over. */
export const baseCapacity = 10;
/** The last drop: picking up a pen. Small on purpose. */
const lastDrop = 0.75;

export const presets = ['empty', 'moving-house'] as const;
export type Preset = (typeof presets)[number];
export const presetLoads: Record<Preset, string[]> = {
  empty: [],
  'moving-house': ['moving-house', 'new-job', 'poor-sleep', 'stress'],
};

/** Loads (clinical.md §3 "Inputs that fill the bucket"; KNGF B.2 prognostic factors). Called at render time. */
export function loads(): Load[] {
  return [
    { id: 'lifting', amount: 2, label: msg('Lifting or heavy work', { id: 'bucket.load.lifting' }) },
    {
      id: 'moving-house',
      amount: 3,
      label: msg('Moving house or a busy DIY weekend', { id: 'bucket.load.moving-house' }),
    },
    { id: 'sport-jump', amount: 2, label: msg('Suddenly much more sport', { id: 'bucket.load.sport-jump' }) },
    {
      id: 'long-sitting',
      amount: 1.5,
      label: msg('Sitting still for a long time', { id: 'bucket.load.long-sitting' }),
    },
    { id: 'new-job', amount: 2, label: msg('A new job or new tasks', { id: 'bucket.load.new-job' }) },
    { id: 'poor-sleep', amount: 2, label: msg('Sleeping badly or too little', { id: 'bucket.load.poor-sleep' }) },
    { id: 'stress', amount: 2.5, label: msg('Stress or worries, a hectic time', { id: 'bucket.load.stress' }) },
    { id: 'feeling-down', amount: 2, label: msg('Feeling down', { id: 'bucket.load.feeling-down' }) },
    { id: 'fear-of-moving', amount: 2, label: msg('Being afraid to move', { id: 'bucket.load.fear-of-moving' }) },
    { id: 'being-ill', amount: 2, label: msg('Being ill or very tired', { id: 'bucket.load.being-ill' }) },
  ];
}

/** Capacity builders (clinical.md §3 "Capacity builders / taps"; NICE NG59, KNGF C.2.2). Called at render time. */
export function builders(): Builder[] {
  return [
    {
      id: 'step-by-step',
      effect: 'grow',
      amount: 1.5,
      label: msg('Doing a bit more, step by step', { id: 'bucket.builder.step-by-step' }),
    },
    {
      id: 'exercise',
      effect: 'grow',
      amount: 1.5,
      label: msg('Regular exercise you enjoy, like walking', { id: 'bucket.builder.exercise' }),
    },
    { id: 'sleep', effect: 'tap', amount: 1.5, label: msg('Good, regular sleep', { id: 'bucket.builder.sleep' }) },
    {
      id: 'relaxation',
      effect: 'tap',
      amount: 1.5,
      label: msg('Relaxing, calm breathing, breaks', { id: 'bucket.builder.relaxation' }),
    },
    {
      id: 'pacing',
      effect: 'tap',
      amount: 1,
      label: msg('Spreading tasks over the day or week', { id: 'bucket.builder.pacing' }),
    },
    {
      id: 'understanding',
      effect: 'tap',
      amount: 1,
      label: msg('Knowing that pain does not always mean damage', { id: 'bucket.builder.understanding' }),
    },
    {
      id: 'support',
      effect: 'tap',
      amount: 1,
      label: msg('Support from people around you', { id: 'bucket.builder.support' }),
    },
  ];
}

export type Fill = 'empty' | 'low' | 'half' | 'nearly-full' | 'overflowing';

export interface BucketState {
  water: number;
  capacity: number;
  fill: Fill;
  overflowing: boolean;
  grown: boolean;
}

/** Where the water stands: what the picture draws and the words say. */
export function bucketState(active: Set<string>, withLastDrop: boolean): BucketState {
  let water = withLastDrop ? lastDrop : 0;
  let capacity = baseCapacity;
  for (const load of loads()) if (active.has(load.id)) water += load.amount;
  for (const builder of builders()) {
    if (!active.has(builder.id)) continue;
    if (builder.effect === 'grow') capacity += builder.amount;
    else water -= builder.amount;
  }
  water = Math.max(0, water);
  const ratio = water / capacity;
  const fill: Fill =
    ratio > 1 ? 'overflowing' : ratio >= 0.8 ? 'nearly-full' : ratio >= 0.35 ? 'half' : ratio > 0 ? 'low' : 'empty';
  return { water, capacity, fill, overflowing: fill === 'overflowing', grown: capacity > baseCapacity };
}

/** The state in words, for the live region and as the picture's text alternative. No numbers, no score. */
export function describe(state: BucketState): string {
  const bigger = state.grown;
  switch (state.fill) {
    case 'empty':
      return bigger
        ? msg('The bucket is bigger and empty.', { id: 'bucket.state.empty-bigger' })
        : msg('The bucket is empty.', { id: 'bucket.state.empty' });
    case 'low':
      return bigger
        ? msg('The bucket is bigger, with a little water in it.', { id: 'bucket.state.low-bigger' })
        : msg('There is a little water in the bucket.', { id: 'bucket.state.low' });
    case 'half':
      return bigger
        ? msg('The bucket is bigger and about half full.', { id: 'bucket.state.half-bigger' })
        : msg('The bucket is about half full.', { id: 'bucket.state.half' });
    case 'nearly-full':
      return bigger
        ? msg('The bucket is bigger, but nearly full.', { id: 'bucket.state.nearly-full-bigger' })
        : msg('The bucket is nearly full.', { id: 'bucket.state.nearly-full' });
    case 'overflowing':
      return msg('The bucket is overflowing. This is when pain can flare up.', { id: 'bucket.state.overflowing' });
  }
}
