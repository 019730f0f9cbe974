import { svg } from 'lit';
import type { ExerciseId } from './exercise-card-content.js';

/*
 * One set of drawings, made from poses so that every exercise shows the same body at the same size: a head, a thick
 * trunk in two parts (lower and upper back), arms bent at the elbow and legs bent at the knee, with feet. Each
 * drawing shows the start pose faint and dotted, the end pose solid with the parts that move in the accent colour,
 * and accent arrows from start to end, on a mat (seen from the side, or from above for knee rolls) or, for walking,
 * on a floor line.
 *
 * A pose is "x y directions": where the hip is (user units, y down), then 13 directions, one character each, in
 * steps of 5°: the character code minus 48, times 5° ('0' = 0° = to the right, 'B' = 90° = down, 'T' = 180° = to
 * the left, 'f' = 270° = up). In order: lower back (hip to waist), upper back (waist to shoulder), head; near arm
 * (upper arm, forearm), far arm; near leg (thigh, shin, foot), far leg. Every bone has one length for all drawings
 * (see `figure`), so the proportions cannot drift from one drawing to the next. The poses were fitted so that what
 * rests on the mat touches it and what the steps keep in place (hands, knees, feet) stays put between start and end;
 * test/exercise-illustrations.test.ts checks the proportions and what each drawing holds.
 */

type Point = [number, number];

/**
 * Start pose, end pose, what moves (`a`/`A` near/far arm, `l`/`L` near/far leg, `p` lower back, `t` upper back),
 * the arrows with their heads (path data), and the view.
 */
type Drawing = readonly [start: string, end: string, moving: string, arrows: string, view: keyof typeof views];

const drawings: Record<ExerciseId, Drawing> = {
  // On hands and knees, back flat; the far arm reaches forward and the near leg straight back.
  'bird-dog': [
    '126 83 VVWBBCCA00B00',
    '126 83 VVWBBVV00@B00',
    'Al',
    'M76 104q-22-4-28-20m-1 7 1-7 6 4M148 110q34-6 44-22m-6 3 6-3 0 7',
    'side',
  ],
  // On the back, knees bent; the hips lift until shoulders, hips and knees are in one line.
  'glute-bridge': ['122 118 TTT0000p:0p:0', '119 103 PPT0000t<0t<0', 'pt', 'M112 93l0-23m-4 6 4-6 4 6', 'side'],
  // As the bridge, with the near leg held straight and the thighs level.
  'single-leg-bridge': ['121 118 TTT0000pp^p:0', '118 103 PPT0000ttbt<0', 'ptl', 'M111 93l0-23m-4 6 4-6 4 6', 'side'],
  // Seen from above: the knees, together, roll from one side to the other; the shoulders stay flat.
  'knee-rolls': ['108 90 TTTuu33p80p80', '108 90 TTTuu338p08p0', 'lL', 'M182 54q32 36 0 72m7-2-7 2 1-7', 'top'],
  // From hands and knees, the bottom moves back towards the heels; the hands stay in place.
  'bottom-to-heels': ['130 83 VVWBBBBB00B00', '167 111 ZUPNNNNQ00Q00', 'pt', 'M130 64q36-6 46 28m2-7-2 7-5-5', 'side'],
  // On the back, knees bent: the arched lower back presses flat onto the mat.
  'pelvic-tilt': ['122 118 [OT0000p:0p:0', '122 118 TTT0000p:0p:0', 'p', 'M136 88q-20-8-28 8m6-4-6 4-1-7', 'side'],
  // Upright, one step further on.
  walking: ['70 86 ggg>9IEFH2>@v', '170 86 gggIE>9>@vFH2', 'l', 'M107 30l40 0m-6-4 6 4-6 4', 'standing'],
};

/** Each view's frame (viewBox) and floor: a mat seen from the side or from above, or a floor line. */
const views = {
  side: ['20 48 200 86', 'M26 124h188v6H26z'],
  top: ['20 48 200 86', 'M26 50h188v80H26z'],
  standing: ['20 8 200 158', 'M26 160H214'],
};

const xy = (point: Point) => point.map(Math.round).join(' ');

/**
 * One person in one pose; `moving` as in `Drawing`, empty for the start pose. Bones in user units, an adult's
 * proportions: lower and upper back 22 each, shoulder to head centre 18, head radius 10, upper arm 24, forearm 21,
 * thigh 38, shin 35, foot 12. The start pose's head is a dotted ring a little smaller, so that it hides behind the end
 * pose's head where the head does not move.
 */
function figure(pose: string, moving: string, top: boolean, ghost?: boolean) {
  const [x, y, directions] = pose.split(' ');
  const at = ([px, py]: Point, i: number, length: number): Point => {
    const direction = (directions.charCodeAt(i) - 48) * (Math.PI / 36);
    return [px + Math.cos(direction) * length, py + Math.sin(direction) * length];
  };
  const hip: Point = [+x, +y];
  const waist = at(hip, 0, 22);
  const shoulder = at(waist, 1, 22);
  const head = at(shoulder, 2, 18);
  // Seen from above (the body lies along the x axis), the arms start at the shoulders' width and the legs at the
  // hips'; from the side, at one point. The near side is up.
  const side = ([px, py]: Point, width: number): Point => [px, top ? py - width : py];
  const part = (look: string, key: string, from: Point, first: number, ...lengths: number[]) => {
    const points = [from];
    lengths.forEach((length, i) => points.push(at(points[i], first + i, length)));
    return svg`<path class=${`${look} ${moving.includes(key) ? 'moving' : ''}`} d=${`M${points.map(xy).join('L')}`} />`;
  };
  // Back to front; the near arm lies behind the trunk, as an arm beside a body lying on its back does.
  return [
    part('far', 'A', side(shoulder, -12), 5, 24, 21),
    part('far', 'L', side(hip, -6), 10, 38, 35, 12),
    part('', 'a', side(shoulder, 12), 3, 24, 21),
    part('trunk', 'p', hip, 0, 22),
    part('trunk', 't', waist, 1, 22),
    part('', 'l', side(hip, 6), 7, 38, 35, 12),
    svg`<circle class="head" cx=${Math.round(head[0])} cy=${Math.round(head[1])} r=${ghost ? 7.5 : 10} />`,
  ];
}

/** The illustration of a built-in exercise, with its text alternative as the accessible name. */
export function exerciseIllustration(id: ExerciseId, alt: string) {
  const [start, end, moving, arrows, view] = drawings[id];
  const [frame, floor] = views[view];
  return svg`<svg class=${`illustration ${view}`} viewBox=${frame} role="img" aria-label=${alt}>
    <path class="floor" d=${floor} />
    <g class="ghost">${figure(start, '', view == 'top', true)}</g>
    ${figure(end, moving, view == 'top')}
    <path class="arrow" d=${arrows} />
  </svg>`;
}
