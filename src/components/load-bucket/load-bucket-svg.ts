import { svg } from 'lit';
import { baseCapacity, type BucketState } from './load-bucket-content.js';

/**
 * The bucket drawing. It is decorative to screen readers (aria-hidden): the status text right under it says the
 * same in words and is its text alternative. The bucket widens as capacity grows; the water rises with the load
 * and spills over the rim when it overflows. Motion comes from CSS transitions, off under reduced motion.
 * Coordinates: the rim is at y 40 (x 46–154), the bottom at y 190; the spill and puddle use the room at the sides
 * and below. Nothing is drawn above the rim: an arched handle there read as a lid (issue 16). The water's surface
 * is a gentle wave just under the rim, and the whole body of water slides down out of the clip as it empties
 * (CSS), so the waves keep their shape at every level and read as water, never as part of the bucket.
 * No `focusable="false"`: only Internet Explorer and the old Edge put an SVG in the tab order.
 */
export function bucketSvg(state: BucketState) {
  return svg`<svg class="bucket" part="bucket" viewBox="0 30 200 190" aria-hidden="true">
    <defs>
      <clipPath id="inside"><path d="M52 40H148L136 190H64z" /></clipPath>
    </defs>
    <g class="grow">
      <g clip-path="url(#inside)">
        <path class="water" d="M40 43q15-4 30 0t30 0 30 0 30 0V190H40z" />
      </g>
      <path class="outline" d="M52 40L64 190H136L148 40M46 40H154" />
    </g>
    <g class="spill" data-show=${state.overflowing ? 'yes' : 'no'}>
      <path d="M46 40q-18 10-20 60q-2 20 6 40" />
      <path d="M154 40q18 10 20 60q2 20-6 40" />
      <circle cx="30" cy="168" r="4" />
      <circle cx="170" cy="172" r="4" />
      <path d="M10 212q90-16 180 0" />
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
