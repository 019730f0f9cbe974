// Medians and ranges. Ratios are paired: each load is divided by the baseline's load of
// the same round (same browser, neighbouring in time), then the median is taken, which
// cancels much of the machine's drift.

const nums = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);

/** @param {number[]} a sorted @param {number} q */
function quantile(a, q) {
  const pos = (a.length - 1) * q,
    lo = Math.floor(pos),
    hi = Math.ceil(pos);
  return a[lo] + (a[hi] - a[lo]) * (pos - lo);
}

/** @param {Array<number | null | undefined>} xs */
export function median(xs) {
  const a = nums(xs);
  return a.length ? quantile(a, 0.5) : null;
}

/** @typedef {{ median: number, min: number, max: number, n: number }} Summary */
/** @param {Array<number | null | undefined>} xs @returns {Summary | null} */
export function summarize(xs) {
  const a = nums(xs);
  return a.length ? { median: quantile(a, 0.5), min: a[0], max: a[a.length - 1], n: a.length } : null;
}

/**
 * Per-round ratios subject/baseline (loads without error, baseline value > 0).
 * @param {Array<Record<string, any>>} subject loads with .round
 * @param {Array<Record<string, any>>} base baseline loads with .round
 * @param {string} metric
 * @returns {number[]}
 */
export function pairedRatios(subject, base, metric) {
  return paired(subject, base, metric, (x, b) => (b > 0 ? x / b : null));
}

/**
 * Per-round differences subject − baseline (loads without error): for figures that are often 0, such as TBT at 1×,
 * where a ratio would drop those rounds.
 * @param {Array<Record<string, any>>} subject @param {Array<Record<string, any>>} base @param {string} metric
 * @returns {number[]}
 */
export function pairedDiffs(subject, base, metric) {
  return paired(subject, base, metric, (x, b) => x - b);
}

function paired(subject, base, metric, fn) {
  const byRound = new Map(base.filter((b) => !b.error).map((b) => [b.round, b]));
  const rs = [];
  for (const x of subject) {
    const b = byRound.get(x.round);
    if (x.error || !b || typeof x[metric] !== 'number' || typeof b[metric] !== 'number') continue;
    const r = fn(x[metric], b[metric]);
    if (r !== null) rs.push(r);
  }
  return rs;
}
