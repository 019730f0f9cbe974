// Performance budgets of physio-elements, checked against one run's aggregate.
// Each returns { pass: true | false | null (not measured in this run), figure }.
// Timing budgets are relative (paired ratios, or medians of the same run and throttle)
// because absolute ms on a noisy shared machine are not stable from run to run.
// "= 0" budgets hold for every load, not only the median: one shifting load is a real shift.

import sizeLimits from '../../.size-limit.mjs';

const KB = 1024;
/** The byte limit CI's size-limit checks for that file (one place for both). */
const sizeLimit = (file) => parseFloat(sizeLimits.find((entry) => entry.path === file).limit) * KB;
const r2 = (x) => `${x.toFixed(2)}×`;
const ms = (x) => `${Math.round(x)} ms`;
const kb = (b) => `${(b / KB).toFixed(1)} KB`;

/**
 * @param {{ summary: any, ratios: any, pooled: any, bytes: any, cdnFile: { gzip: number }, faqEntry: { gzip: number } }} A
 * @returns {Array<{ id: string, budget: string, figure: string, pass: boolean | null }>}
 */
export function checkBudgets(A) {
  const out = [];
  const add = (id, budget, fn) => {
    let r;
    try {
      r = fn();
    } catch {
      r = null;
    }
    out.push(r ? { id, budget, figure: r.figure, pass: r.pass } : { id, budget, figure: 'not measured', pass: null });
  };
  const sum = (rate, vid) => A.summary[rate]?.[vid];
  const rates = Object.keys(A.summary)
    .map(Number)
    .sort((a, b) => a - b);

  for (const rate of [1, 4]) {
    add(
      `faq-30 d+r ${rate}x`,
      `faq-30 ${rate}×: physio-faq define+render ≤ 1.10× lit-accordion (paired median)`,
      () => {
        const x = A.ratios[rate]['physio-faq@30']['defineRender:lit-accordion'].median;
        return { figure: r2(x), pass: x <= 1.1 };
      },
    );
  }
  add('faq-30 heap', 'faq-30: physio-faq heap/item ≤ 1.10× lit-accordion (paired median, all throttles)', () => {
    const x = A.pooled['physio-faq@30']['heapPerItem:lit-accordion'].median;
    return { figure: r2(x), pass: x <= 1.1 };
  });
  for (const rate of [1, 4]) {
    add(`faq-30 click ${rate}x`, `faq-30 ${rate}×: physio-faq click→open paint median ≤ native median`, () => {
      const p = sum(rate, 'physio-faq@30').clickPaint.median,
        n = sum(rate, 'native@30').clickPaint.median;
      return { figure: `${ms(p)} vs ${ms(n)}`, pass: p <= n };
    });
  }
  const zero = (id, label, vid, metric, only) =>
    add(id, label, () => {
      const rs = (only ? [only] : rates).filter((r) => sum(r, vid)?.[metric]);
      if (!rs.length) return null;
      const worst = Math.max(...rs.map((r) => sum(r, vid)[metric].max));
      return { figure: `max ${worst.toFixed(4)} over ${rs.map((r) => `${r}×`).join(', ')}`, pass: worst === 0 };
    });
  zero('faq-30 visual shift', 'faq-30: physio-faq visual shift = 0 (every load)', 'physio-faq@30', 'visShift');
  zero('faq-30 cls', 'faq-30: physio-faq CLS (API) = 0 (every load)', 'physio-faq@30', 'cls');

  // As size-limit measures it in CI: the entry and everything it imports statically, as one file. The pages' own
  // requests (split into chunks shared with the on-demand parts, + preload.css) are in the bytes table.
  add('bytes faq', 'FAQ entry with Lit (static imports, one file, on-demand parts excluded) ≤ 9 KB gzip', () => {
    const b = A.bytes['physio-faq'];
    return {
      figure: `${kb(A.faqEntry.gzip)} (the page requested ${kb(b.js.gzip)} JS in ${b.js.files} files)`,
      pass: A.faqEntry.gzip <= sizeLimit('dist/size/faq-entry.js'),
    };
  });
  add('bytes cdn', 'CDN file dist/cdn/physio-elements.js ≤ 40 KB gzip', () => ({
    figure: kb(A.cdnFile.gzip),
    pass: A.cdnFile.gzip <= sizeLimit('dist/cdn/physio-elements.js'),
  }));

  add('all-five tbt', 'all-five 4×: TBT median ≤ 50 ms', () => {
    const x = sum(4, 'all-five@8').tbt.median;
    return { figure: ms(x), pass: x <= 50 };
  });
  zero('all-five cls', 'all-five 4×: CLS (API) = 0 (every load)', 'all-five@8', 'cls', 4);
  zero('all-five visual shift', 'all-five 4×: visual shift = 0 (every load)', 'all-five@8', 'visShift', 4);

  for (const rate of [1, 4]) {
    add(`scale ${rate}x`, `scale ${rate}×: physio-faq define+render at 300 items ≤ 10.5× at 30 items (medians)`, () => {
      const a = sum(rate, 'physio-faq@300').defineRender.median,
        b = sum(rate, 'physio-faq@30').defineRender.median;
      return { figure: `${r2(a / b)} (${ms(a)} / ${ms(b)})`, pass: a / b <= 10.5 };
    });
  }
  return out;
}
