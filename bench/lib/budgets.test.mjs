// The gates themselves, on canned results (no browser): a budget that ran but could not be measured fails the
// run, only a budget the run left out is skipped, and every label prints the limit its check compares with.
// `npm run bench:check`; CI runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import sizeLimits from '../../.size-limit.mjs';
import { LIMITS, budgetList, checkBudgets, exitCode, verdict } from './budgets.mjs';
import { renderMarkdown, summaryLine } from './report.mjs';

const LOADS = 3;
/** A variant's summary at one rate in which every load succeeded with these medians (min = max = median). */
const variant = (medians) => ({
  loads: LOADS,
  errors: 0,
  firstError: null,
  ...Object.fromEntries(Object.entries(medians).map(([k, v]) => [k, { median: v, min: v, max: v, n: LOADS }])),
});
const ratio = (median) => ({ median, min: median, max: median, n: LOADS });
const faqPage = { js: { raw: 22000, gzip: 9600, brotli: 8400, files: 6 }, css: { raw: 2300, gzip: 700, brotli: 600 } };

/** A full run (every scenario at 1× and 4×) in which every budget holds. */
function healthyRun() {
  const summary = {},
    ratios = {};
  for (const rate of [1, 4]) {
    const shiftFree = { cls: 0, visShift: 0 };
    summary[rate] = {
      'native@1': variant({ clickPaint: 12 }),
      'lit-accordion@1': variant({ defineRender: 14 * rate, heapPerItem: 10000 }),
      'physio-faq@1': variant({ defineRender: 16 * rate, heapPerItem: 11000, ...shiftFree }),
      'native@30': variant({ clickPaint: 14 }),
      'lit-accordion@30': variant({ defineRender: 23 * rate, heapPerItem: 8700 }),
      'physio-faq@30': variant({ defineRender: 24 * rate, clickPaint: 13, heapPerItem: 9000, ...shiftFree }),
      'physio-cdn@30': variant({ defineRender: 29 * rate, clickPaint: 14, heapPerItem: 12000 }),
      'physio-css@30': variant({ clickPaint: 14, heapPerItem: 9400 }),
      'native@300': variant({ clickPaint: 14 }),
      'lit-accordion@300': variant({ defineRender: 59 * rate, heapPerItem: 8800 }),
      'physio-faq@300': variant({ defineRender: 42 * rate, heapPerItem: 11700, ...shiftFree }),
      'all-five@8': variant({ tbt: 0, ...shiftFree }),
    };
    ratios[rate] = { 'physio-faq@30': { 'defineRender:lit-accordion': ratio(1.04) } };
  }
  return {
    meta: {
      date: '2026-12-05T00:00:00.000Z',
      browser: '0.0',
      machine: 'canned',
      node: 'v20',
      playwright: '0',
      lit: '3',
      commit: 'test',
      options: { runs: LOADS, warmup: 1, throttle: [1, 4], scenarios: ['faq-30', 'scale', 'all-five'] },
      wallSeconds: 0,
    },
    cdnFile: { raw: 119000, gzip: 39 * 1024, brotli: 35000 },
    faqEntry: { raw: 22000, gzip: 8 * 1024, brotli: 7400 },
    summary,
    ratios,
    pooled: { 'physio-faq@30': { 'heapPerItem:lit-accordion': ratio(1.03) } },
    bytes: { 'physio-faq': { ...faqPage, total: { raw: 0, gzip: 0, brotli: 0 }, files: [], notFound: [] } },
  };
}

const byId = (results) => Object.fromEntries(results.map((b) => [b.id, b]));

test('a healthy run passes every budget and exits 0', () => {
  const results = checkBudgets(healthyRun());
  assert.equal(results.length, budgetList().length);
  assert.deepEqual(
    results.filter((b) => verdict(b) !== 'PASS').map((b) => `${b.id}: ${b.figure}`),
    [],
  );
  assert.equal(exitCode(results, true), 0);
});

test('a budget whose measurement throws is a FAIL with the reason, and the gate exits 1', () => {
  const R = healthyRun();
  const list = budgetList().map((b) =>
    b.id === 'faq-30 d+r 4x'
      ? {
          ...b,
          measure: () => {
            throw new Error('ratios exploded');
          },
        }
      : b,
  );
  const results = checkBudgets(R, list);
  const b = byId(results)['faq-30 d+r 4x'];
  assert.equal(verdict(b), 'FAIL');
  assert.equal(b.pass, false);
  assert.match(b.figure, /ratios exploded/);
  assert.equal(verdict(byId(results)['faq-30 d+r 1x']), 'PASS', 'the other budgets are still checked');
  assert.equal(exitCode(results, true), 1, '--gate (the default)');
  assert.equal(exitCode(results, false), 0, '--no-fail only reports');

  R.budgets = results;
  assert.match(
    renderMarkdown(R),
    /\| \*\*FAIL\*\* \| faq-30 4×: physio-faq define\+render .* \| not measured: ratios exploded \|/,
  );
  assert.match(summaryLine(R), /^bench: 13\/14 budgets met ·/);
});

test('a failed load, or a load without the figure, fails the budget instead of leaving the median', () => {
  const R = healthyRun();
  Object.assign(R.summary[4]['physio-faq@30'], { errors: 1, firstError: 'page never became ready' });
  R.summary[1]['native@30'].clickPaint.n = LOADS - 1; // one click never showed its answer
  R.summary[4]['all-five@8'].visShift = null; // no load had a shift figure
  const b = byId(checkBudgets(R));
  assert.equal(verdict(b['faq-30 d+r 4x']), 'FAIL');
  assert.match(b['faq-30 d+r 4x'].figure, /physio-faq@30 at 4×: 1 of 3 loads failed \(page never became ready\)/);
  assert.equal(verdict(b['faq-30 click 1x']), 'FAIL');
  assert.match(b['faq-30 click 1x'].figure, /native@30 at 1×: no clickPaint in 1 of 3 loads/);
  assert.equal(verdict(b['all-five visual shift']), 'FAIL');
  assert.match(b['all-five visual shift'].figure, /all-five@8 at 4×: no visShift in 3 of 3 loads/);
  assert.equal(verdict(b['faq-30 heap']), 'FAIL', 'the pooled heap budget needs every rate');
});

test('a byte budget whose size-limit entry is missing fails; it does not depend on the page scenarios', () => {
  const R = healthyRun();
  const noFaq = sizeLimits.filter((e) => e.path !== 'dist/size/faq-entry.js');
  const b = byId(checkBudgets(R, budgetList({ ...LIMITS, sizeLimits: noFaq })));
  assert.equal(verdict(b['bytes faq']), 'FAIL');
  assert.match(b['bytes faq'].figure, /no entry for dist\/size\/faq-entry\.js/);

  R.meta.options.scenarios = ['all-five'];
  delete R.bytes['physio-faq'];
  const only = byId(checkBudgets(R));
  assert.equal(verdict(only['bytes faq']), 'PASS');
  assert.equal(only['bytes faq'].figure, '8.0 KB');
});

test('only a scenario or CPU rate the run left out is a SKIP, and a SKIP does not fail the gate', () => {
  const R = healthyRun();
  R.meta.options.throttle = [4];
  R.meta.options.scenarios = ['faq-30', 'all-five'];
  delete R.summary[1];
  const results = checkBudgets(R);
  const b = byId(results);
  assert.equal(verdict(b['faq-30 d+r 1x']), 'SKIP');
  assert.match(b['faq-30 d+r 1x'].figure, /^not run: needs CPU 1× \(this run: 4×\)$/);
  assert.equal(verdict(b['scale 4x']), 'SKIP');
  assert.match(
    b['scale 4x'].figure,
    /^not run: physio-faq@300 is in none of this run's scenarios \(faq-30, all-five\)$/,
  );
  assert.equal(verdict(b['faq-30 d+r 4x']), 'PASS');
  assert.equal(exitCode(results, true), 0);

  // planned but absent from the results is a hole in the data, not a skipped budget
  R.meta.options.throttle = [1, 4];
  assert.equal(verdict(byId(checkBudgets(R))['faq-30 d+r 1x']), 'FAIL');
});

test('labels print the limit the check compares with', () => {
  const R = healthyRun();
  const strict = byId(checkBudgets(R, budgetList({ ...LIMITS, defineRenderVsLit: 1.02, allFiveTbtMs: 0 })));
  assert.match(strict['faq-30 d+r 4x'].budget, /≤ 1\.02× lit-accordion/);
  assert.equal(verdict(strict['faq-30 d+r 4x']), 'FAIL', '1.04 against 1.02');
  assert.match(strict['all-five tbt'].budget, /≤ 0 ms$/);
  assert.equal(verdict(strict['all-five tbt']), 'PASS', '0 ms against 0 ms');

  const b = byId(checkBudgets(R));
  for (const entry of sizeLimits.filter((e) => /faq-entry|cdn/.test(e.path)))
    assert.ok(
      Object.values(b).some(
        (x) => x.budget.includes(`≤ ${entry.limit} gzip`) && x.limit === parseFloat(entry.limit) * 1024,
      ),
      `a budget prints and checks ${entry.limit} for ${entry.path}`,
    );
  for (const x of Object.values(b)) assert.equal(x.pass, x.value <= x.limit, x.id);
  assert.match(b['faq-30 heap'].budget, new RegExp(`≤ ${LIMITS.heapVsLit.toFixed(2)}×`));
  assert.match(b['scale 1x'].budget, new RegExp(`≤ ${LIMITS.scale300vs30.toFixed(2)}×`));
  assert.match(b['faq-30 cls'].budget, /= 0 \(every load\)/);
});
