// "Visual shift": the Layout Instability formula applied to light-DOM anchor boxes between
// first contentful paint and a later snapshot (ready, and the end of the settle time). score = impact fraction (union of the old and new
// viewport-clipped boxes of every moved anchor / viewport area) × distance fraction
// (largest move / larger viewport side, capped at 1); moves under 3 px are ignored, as in
// Chromium. jumpPx: the largest vertical move of an anchor that was on screen at first paint.

/** @typedef {{ x: number, y: number, w: number, h: number }} Box */

/** @param {Box} r @param {number} vw @param {number} vh @returns {Box | null} */
function clip(r, vw, vh) {
  const x = Math.max(0, r.x),
    y = Math.max(0, r.y);
  const x2 = Math.min(vw, r.x + r.w),
    y2 = Math.min(vh, r.y + r.h);
  return x2 > x && y2 > y ? { x, y, w: x2 - x, h: y2 - y } : null;
}

/** Area of the union of boxes, swept row by row (1 CSS px rows are exact enough here). */
function unionArea(boxes, vh) {
  let area = 0;
  for (let y = 0.5; y < vh; y++) {
    const spans = boxes
      .filter((b) => b.y <= y && b.y + b.h > y)
      .map((b) => [b.x, b.x + b.w])
      .sort((a, b) => a[0] - b[0]);
    let end = -Infinity;
    for (const [a, b] of spans) {
      if (b > end) {
        area += b - Math.max(a, end);
        end = b;
      }
    }
  }
  return area;
}

/**
 * @param {{ vw: number, vh: number, rects: Array<Box & { k: string }> } | undefined} a0 at first paint
 * @param {typeof a0} a1 at ready
 * @returns {{ score: number, jumpPx: number, moved: Array<{ k: string, dy: number, seen: boolean }> } | null}
 *   moved: every anchor that moved ≥ 3 px, also off-screen ones (seen: on screen at first paint)
 */
export function visualShift(a0, a1) {
  if (!a0 || !a1) return null;
  const { vw, vh } = a1;
  const later = new Map(a1.rects.map((r) => [r.k, r]));
  if (later.size !== a1.rects.length) throw new Error('visual shift: anchor keys are not unique');
  const boxes = [];
  const moved = [];
  let maxDist = 0,
    jumpPx = 0;
  for (const r0 of a0.rects) {
    const r1 = later.get(r0.k);
    if (!r1 || r0.w < 1 || r0.h < 1 || r1.w < 1 || r1.h < 1) continue;
    const c0 = clip(r0, vw, vh),
      c1 = clip(r1, vw, vh);
    const d = Math.max(Math.abs(r1.x - r0.x), Math.abs(r1.y - r0.y));
    if (d < 3) continue;
    moved.push({ k: r0.k, dy: Math.round(r1.y - r0.y), seen: !!c0 });
    if (!c0 && !c1) continue; // off-screen in both frames: not a visible shift
    maxDist = Math.max(maxDist, d);
    if (c0) {
      boxes.push(c0);
      jumpPx = Math.max(jumpPx, Math.abs(r1.y - r0.y));
    }
    if (c1) boxes.push(c1);
  }
  return { score: (unionArea(boxes, vh) / (vw * vh)) * Math.min(1, maxDist / Math.max(vw, vh)), jumpPx, moved };
}

/**
 * Scenario ssr: how far any tracked box moved or changed size between two snapshots of page boxes, anywhere on the
 * page (a box off screen is where the reader scrolls next). Changes under 1 px are rounding.
 * @param {Array<Box & { k: string }>} b0 @param {Array<Box & { k: string }>} b1
 * @returns {{ px: number, moved: Array<{ k: string, dx: number, dy: number, dw: number, dh: number }>, unmatched: string[] }}
 *   unmatched: boxes that only one of the two snapshots has, so were not compared
 */
export function boxMoves(b0, b1) {
  const later = new Map(b1.map((b) => [b.k, b]));
  const first = new Set(b0.map((b) => b.k));
  const unmatched = [...b0.filter((b) => !later.has(b.k)), ...b1.filter((b) => !first.has(b.k))].map((b) => b.k);
  const moved = [];
  let px = 0;
  for (const a of b0) {
    const b = later.get(a.k);
    if (!b) continue;
    const d = { k: a.k, dx: b.x - a.x, dy: b.y - a.y, dw: b.w - a.w, dh: b.h - a.h };
    const most = Math.max(...[d.dx, d.dy, d.dw, d.dh].map(Math.abs));
    if (most < 1) continue;
    px = Math.max(px, most);
    moved.push(Object.fromEntries(Object.entries(d).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v) : v])));
  }
  return { px: Math.round(px), moved, unmatched };
}
