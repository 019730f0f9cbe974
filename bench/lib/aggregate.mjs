// Turns per-load samples into medians, paired ratios and byte counts.
import path from 'node:path';
import { summarize, pairedRatios, pairedDiffs } from './stats.mjs';
import { sizesOfFiles } from './sizes.mjs';

const METRICS = [
  'fcp',
  'defined',
  'defineRender',
  'readyNav',
  'mainThread',
  'tbt',
  'longest',
  'cls',
  'visShift',
  'jumpPx',
  'clickPaint',
  'heapPerItem',
  'nodesPerItem',
  'textPainted',
  'textPaintedNav',
  'enFrames',
  'pageMovePx',
];

/** physio-* variants compared with the baselines of the same item count. */
const RATIOS = [
  ['lit-accordion', ['defineRender', 'mainThread', 'heapPerItem']],
  ['native', ['clickPaint']],
];

/**
 * Variants paired with another variant of the same rounds: the French page with the Dutch one (ratios, `m:base`), the
 * server-rendered page with the client-rendered one (differences, `m-base`: TBT is often 0 at 1×).
 */
const PAIRS = [
  ['all-five-fr', 'all-five-nl', ['textPainted', 'textPaintedNav'], 'ratio'],
  ['all-five-ssr', 'all-five-client', ['tbt', 'readyNav', 'mainThread', 'defineRender'], 'diff'],
];

/**
 * @param {Record<string, Record<string, any[]>>} samples rate -> vid -> loads
 * @param {any[]} variants
 * @param {string} buildRoot
 */
export function aggregate(samples, variants, buildRoot) {
  const summary = {},
    ratios = {},
    pooled = {};
  for (const [rate, byVid] of Object.entries(samples)) {
    summary[rate] = {};
    ratios[rate] = {};
    for (const v of variants) {
      if (!byVid[v.vid]) continue; // not loaded at this rate (SCENARIO_RATES)
      const recs = byVid[v.vid];
      const ok = recs.filter((r) => !r.error);
      const s = {
        loads: recs.length,
        errors: recs.length - ok.length,
        firstError: recs.find((r) => r.error)?.error ?? null,
      };
      for (const m of METRICS) s[m] = summarize(ok.map((r) => r[m]));
      s.clickProblems = ok.flatMap((r) => r.clickProblems || []).length;
      s.jsBeforeFcp = ok.filter((r) => r.jsAfterFcp === false).length;
      s.jsAfterReady = ok.filter((r) => r.jsAfterReady > 0).length;
      s.whatMoved = whatMoved(ok);
      // language pages: loads in which a frame showed English widget text, and in which widgets
      s.englishLoads = ok.filter((r) => r.enFrames > 0).length;
      s.englishIn = [...new Set(ok.flatMap((r) => r.enIn || []))];
      summary[rate][v.vid] = s;
      s.tbtBy = tbtBy(ok);
      for (const [sid, base, ms, kind] of PAIRS) {
        const b = byVid[`${base}@${v.n}`];
        if (v.subject !== sid || !b) continue;
        const [sep, fn] = kind === 'diff' ? ['-', pairedDiffs] : [':', pairedRatios];
        ratios[rate][v.vid] = Object.fromEntries(ms.map((m) => [`${m}${sep}${base}`, summarize(fn(recs, b, m))]));
      }
      if (!v.subject.startsWith('physio-')) continue;
      const r = {};
      for (const [base, ms] of RATIOS) {
        const b = byVid[`${base}@${v.n}`];
        if (b) for (const m of ms) r[`${m}:${base}`] = summarize(pairedRatios(recs, b, m));
      }
      ratios[rate][v.vid] = r;
    }
  }
  // heap does not depend on the CPU rate: pool the paired ratios of every rate
  for (const v of variants.filter((x) => x.subject.startsWith('physio-') && x.heap)) {
    const all = Object.values(samples).flatMap((byVid) =>
      pairedRatios(byVid[v.vid] || [], byVid[`lit-accordion@${v.n}`] || [], 'heapPerItem'),
    );
    pooled[v.vid] = { 'heapPerItem:lit-accordion': summarize(all) };
  }
  return { summary, ratios, pooled, bytes: bytesOf(samples, variants, buildRoot) };
}

/** Blocking time per cause of long task (lib/tasks.mjs), a load without that cause counting 0. */
function tbtBy(recs) {
  const causes = [...new Set(recs.flatMap((r) => Object.keys(r.tbtBy ?? {})))];
  return Object.fromEntries(causes.map((c) => [c, summarize(recs.map((r) => r.tbtBy?.[c] ?? 0))]));
}

/** Layout-shift sources (how many loads had each) and the anchors that moved in the worst load. */
function whatMoved(recs) {
  const count = new Map();
  for (const r of recs) for (const src of new Set(r.shiftSources || [])) count.set(src, (count.get(src) || 0) + 1);
  const worst = [...recs].sort(
    (a, b) => (b.visShift ?? 0) - (a.visShift ?? 0) || (b.moved?.length ?? 0) - (a.moved?.length ?? 0),
  )[0];
  const boxes = [...recs].sort((a, b) => (b.pageMovePx ?? 0) - (a.pageMovePx ?? 0))[0]?.pageMoved ?? [];
  return {
    boxes, // scenario ssr: boxes that moved anywhere on the page, in the worst load
    sources: [...count]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([src, loads]) => ({ src, loads })),
    anchors: (worst?.moved || []).slice(0, 8),
  };
}

/**
 * Bytes of the files each subject's pages requested, over all its loads (a dynamic
 * import() chunk counts once it was requested in any load). Per subject, not per n.
 */
function bytesOf(samples, variants, root) {
  const out = {};
  for (const sid of [...new Set(variants.map((v) => v.subject))]) {
    const recs = Object.values(samples).flatMap((byVid) =>
      variants.filter((v) => v.subject === sid).flatMap((v) => byVid[v.vid] || []),
    );
    const reqs = recs.flatMap((r) => r.requests || []);
    const files = (kind) =>
      [...new Set(reqs.filter((q) => q.kind === kind && q.status === 200).map((q) => q.file))].sort();
    const js = sizesOfFiles(files('js')),
      css = sizesOfFiles(files('css'));
    out[sid] = {
      js,
      css,
      total: { raw: js.raw + css.raw, gzip: js.gzip + css.gzip, brotli: js.brotli + css.brotli },
      files: [...files('js'), ...files('css')].map((f) => path.relative(root, f)),
      notFound: [...new Set(reqs.filter((q) => q.status !== 200).map((q) => q.url))],
    };
  }
  return out;
}
