import { svg } from 'lit';
import { baseCapacity, type BucketState } from './load-bucket-content.js';

const top = 40;
const bottom = 190;
const height = bottom - top;

/**
 * The bucket drawing. It is decorative to screen readers (aria-hidden): the status text right under it says the
 * same in words and is its text alternative. The bucket widens as capacity grows; the water rises with the load
 * and spills over the rim when it overflows. Motion comes from CSS transitions, off under reduced motion.
 */
export function bucketSvg(state: BucketState) {
  return svg`<svg class="bucket" part="bucket" viewBox="0 0 200 230" aria-hidden="true" focusable="false">
    <defs>
      <clipPath id="inside"><path d="M52 ${top} L148 ${top} L136 ${bottom} L64 ${bottom} Z" /></clipPath>
    </defs>
    <g class="grow">
      <g clip-path="url(#inside)">
        <rect class="water" x="40" y=${top} width="120" height=${height} />
      </g>
      <path class="outline" d="M52 ${top} L64 ${bottom} L136 ${bottom} L148 ${top}" />
      <path class="rim" d="M46 ${top} L154 ${top}" />
      <path class="handle" d="M52 ${top} Q100 -8 148 ${top}" />
    </g>
    <g class="spill" data-show=${state.overflowing ? 'yes' : 'no'}>
      <path d="M46 ${top} q-18 10 -20 60 q-2 20 6 40" />
      <path d="M154 ${top} q18 10 20 60 q2 20 -6 40" />
      <circle cx="30" cy="168" r="4" />
      <circle cx="170" cy="172" r="4" />
      <path class="puddle" d="M10 ${bottom + 22} q90 -16 180 0" />
    </g>
  </svg>`;
}

/**
 * Sets the drawing's scale as custom properties through the CSSOM, which a strict Content-Security-Policy allows;
 * a `style` attribute in the template would be blocked (style-src-attr). CSS turns them into transitions.
 */
export function applyBucketScale(svgElement: SVGSVGElement | null, state: BucketState): void {
  if (!svgElement) return;
  svgElement.style.setProperty('--widen', String(state.capacity / baseCapacity));
  svgElement.style.setProperty('--fill', String(Math.min(state.water / state.capacity, 1)));
}
