// The gates themselves, on canned results (no browser): a budget that ran but could not be measured fails the
// run, only a budget the run left out is skipped, and every label prints the limit its check compares with.
// `npm run bench:check`; CI runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import sizeLimits from '../../.size-limit.mjs';
import { LIMITS, budgetList, checkBudgets, exitCode, verdict } from './budgets.mjs';
import { renderMarkdown, summaryLine } from './report.mjs';
import { aggregate } from './aggregate.mjs';

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
      'all-five-client@8': variant({ tbt: 90 * rate, cls: 0, pageMovePx: 4363 }),
      'all-five-ssr@8': variant({ tbt: 10 * rate, ...shiftFree, pageMovePx: 0 }),
    };
    ratios[rate] = {
      'physio-faq@30': { 'defineRender:lit-accordion': ratio(1.04) },
      'all-five-ssr@8': { 'tbt-all-five-client': ratio(-80 * rate) },
    };
  }
  // scenario lang runs at 4× only
  const lang = { tbt: 0, enFrames: 0, ...{ cls: 0, visShift: 0 } };
  summary[4]['all-five-nl@8'] = { ...variant({ textPainted: 400, textPaintedNav: 900, ...lang }), englishLoads: 0 };
  summary[4]['all-five-fr@8'] = { ...variant({ textPainted: 440, textPaintedNav: 940, ...lang }), englishLoads: 0 };
  ratios[4]['all-five-fr@8'] = { 'textPainted:all-five-nl': ratio(1.1), 'textPaintedNav:all-five-nl': ratio(1.04) };
  return {
    meta: {
      date: '2026-12-05T00:00:00.000Z',
      browser: '0.0',
      machine: 'canned',
      node: 'v20',
      playwright: '0',
      lit: '3',
      commit: 'test',
      options: { runs: LOADS, warmup: 1, throttle: [1, 4], scenarios: ['faq-30', 'scale', 'all-five', 'lang', 'ssr'] },
      wallSeconds: 0,
    },
    cdnFile: { raw: 119000, gzip: 39 * 1024, brotli: 35000 },
    faqEntry: { raw: 22000, gzip: 8 * 1024, brotli: 7400 },
    localeFiles: { fr: { raw: 21000, gzip: 9 * 1024, brotli: 8000 }, de: { raw: 21500, gzip: 9200, brotli: 8100 } },
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
  assert.match(summaryLine(R), /^bench: 23\/24 budgets met ·/);
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
  assert.match(strict['lang fr tbt'].budget, /≤ 0 ms$/, 'the French page has the English page’s TBT limit');
  const french = byId(checkBudgets(R, budgetList({ ...LIMITS, frenchTextVsDutch: 1.05 })));
  assert.match(french['lang fr text'].budget, /≤ 1\.05× Dutch page/);
  assert.equal(verdict(french['lang fr text']), 'FAIL', '1.10 against 1.05');

  const b = byId(checkBudgets(R));
  // The scripts the bench's pages load; the classic script, which no bench page loads, and the theme stylesheets
  // beside them have size-limit budgets only.
  for (const entry of sizeLimits.filter((e) => /faq-entry|cdn\/physio-elements\.(?!classic)/.test(e.path)))
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

test('the French page: text painted French against Dutch, English never, as quick and as still as English', () => {
  const R = healthyRun();
  const b = byId(checkBudgets(R));
  assert.equal(verdict(b['lang fr text']), 'PASS');
  assert.equal(b['lang fr text'].figure, '1.10× (440 ms vs 400 ms)');
  assert.match(b['lang fr text'].budget, /^lang 4×: French page text painted ≤ 1\.25× Dutch page \(paired median\)$/);
  assert.equal(verdict(b['lang fr english']), 'PASS');
  assert.match(b['lang fr english'].budget, /English widget text on the French page = 0 \(every load\)$/);
  for (const id of ['lang fr tbt', 'lang fr cls', 'lang fr visual shift']) assert.equal(verdict(b[id]), 'PASS', id);

  // the French page painted English first in one load; French came 1.4× later than Dutch
  Object.assign(R.summary[4]['all-five-fr@8'], { englishLoads: 1, englishIn: ['physio-faq', 'physio-red-flags'] });
  R.summary[4]['all-five-fr@8'].enFrames = { median: 0, min: 0, max: 2, n: LOADS };
  R.ratios[4]['all-five-fr@8']['textPainted:all-five-nl'] = ratio(1.4);
  R.summary[4]['all-five-fr@8'].tbt = { median: 60, min: 60, max: 60, n: LOADS };
  R.summary[4]['all-five-fr@8'].cls = { median: 0, min: 0, max: 0.02, n: LOADS };
  const bad = byId(checkBudgets(R));
  assert.equal(verdict(bad['lang fr english']), 'FAIL');
  assert.equal(bad['lang fr english'].figure, 'max 2 frames (English in 1 of 3 loads: physio-faq, physio-red-flags)');
  assert.equal(verdict(bad['lang fr text']), 'FAIL');
  assert.match(bad['lang fr text'].figure, /^1\.40× /);
  assert.equal(verdict(bad['lang fr tbt']), 'FAIL');
  assert.equal(verdict(bad['lang fr cls']), 'FAIL');
  assert.equal(verdict(bad['lang fr visual shift']), 'PASS');
});

test('a French page that never painted French, or a watch that saw no render roots, fails instead of passing', () => {
  const R = healthyRun();
  const fr = R.summary[4]['all-five-fr@8'];
  fr.textPainted = null; // no load reached a frame with all five widgets in French
  fr.enFrames = { median: 0, min: 0, max: 0, n: LOADS - 1 }; // one load's watch did not see every widget's root
  delete R.ratios[4]['all-five-fr@8']; // and so no pair
  const b = byId(checkBudgets(R));
  assert.equal(verdict(b['lang fr text']), 'FAIL');
  assert.match(b['lang fr text'].figure, /all-five-fr@8 at 4×: no textPainted in 3 of 3 loads/);
  assert.equal(verdict(b['lang fr english']), 'FAIL');
  assert.match(b['lang fr english'].figure, /all-five-fr@8 at 4×: no enFrames in 1 of 3 loads/);

  // every load has both figures, but no round has both pages (a Dutch load failed in each)
  const R2 = healthyRun();
  delete R2.ratios[4]['all-five-fr@8'];
  const b2 = byId(checkBudgets(R2));
  assert.equal(verdict(b2['lang fr text']), 'FAIL');
  assert.match(b2['lang fr text'].figure, /^not measured: no all-five-fr@8 \/ all-five-nl@8 pair/);

  // the Dutch page failed to load
  const R3 = healthyRun();
  Object.assign(R3.summary[4]['all-five-nl@8'], { errors: 2, firstError: 'page never became ready' });
  assert.equal(verdict(byId(checkBudgets(R3))['lang fr text']), 'FAIL');
});

test('the language budgets are SKIP when the run left out lang or 4×, and FAIL when lang ran without them', () => {
  const R = healthyRun();
  R.meta.options.scenarios = ['faq-30', 'scale', 'all-five'];
  const skipped = byId(checkBudgets(R));
  for (const id of ['lang fr tbt', 'lang fr cls', 'lang fr visual shift', 'lang fr text', 'lang fr english']) {
    assert.equal(verdict(skipped[id]), 'SKIP', id);
    assert.match(skipped[id].figure, /all-five-fr@8 is in none of this run's scenarios/);
  }
  R.meta.options.scenarios = ['lang'];
  R.meta.options.throttle = [1];
  assert.match(byId(checkBudgets(R))['lang fr text'].figure, /^not run: needs CPU 4× \(this run: 1×\)$/);
  R.meta.options.throttle = [1, 4];
  delete R.summary[4]['all-five-fr@8'];
  delete R.summary[4]['all-five-nl@8'];
  assert.equal(verdict(byId(checkBudgets(R))['lang fr english']), 'FAIL', 'planned but not in the results');
});

test('aggregate pairs the French page with the Dutch page of the same round, only at the rates they ran', () => {
  const load = (vid, round, textPainted, extra = {}) => ({ vid, rate: 4, round, textPainted, enFrames: 0, ...extra });
  const variants = [
    { vid: 'all-five-nl@8', subject: 'all-five-nl', n: 8, rates: [4] },
    { vid: 'all-five-fr@8', subject: 'all-five-fr', n: 8, rates: [4] },
    { vid: 'physio-faq@30', subject: 'physio-faq', n: 30, rates: null },
  ];
  const samples = {
    1: { 'physio-faq@30': [] },
    4: {
      'physio-faq@30': [],
      'all-five-nl@8': [load('nl', 0, 400), load('nl', 1, 500), load('nl', 2, 100, { error: 'timeout' })],
      'all-five-fr@8': [
        load('fr', 0, 480),
        load('fr', 1, 550, { enFrames: 2, enIn: ['physio-faq'] }),
        load('fr', 2, 120),
      ],
    },
  };
  const A = aggregate(samples, variants, '/nonexistent');
  assert.equal(A.summary[1]['all-five-fr@8'], undefined, 'not loaded at 1×: no row');
  const x = A.ratios[4]['all-five-fr@8']['textPainted:all-five-nl'];
  assert.equal(x.n, 2, 'the round whose Dutch load failed has no pair');
  assert.equal(x.median, (1.2 + 1.1) / 2);
  assert.equal(A.summary[4]['all-five-fr@8'].englishLoads, 1);
  assert.deepEqual(A.summary[4]['all-five-fr@8'].englishIn, ['physio-faq']);
  assert.equal(A.summary[4]['all-five-fr@8'].enFrames.max, 2);
});

test('the report has the language pages at 4× only, their pairs, and the language files', () => {
  const R = healthyRun();
  R.budgets = checkBudgets(R);
  const md = renderMarkdown(R);
  assert.match(md, /## lang, CPU 4× — median/);
  assert.doesNotMatch(md, /## lang, CPU 1×/);
  assert.match(md, /\| all-five-fr ×8 \| .* \| \*\*440 \(440–440\)\*\* \| 940 \(940–940\) \| /);
  assert.match(md, /French ÷ Dutch, paired per round \(min–max\): text painted 1\.10× /);
  assert.match(md, /\| language file alone \(dist\/cdn\/physio-elements\.fr\.js, .*\| \*\*9\.00\*\* \|/);
  assert.match(md, /\| language file alone \(dist\/cdn\/physio-elements\.de\.js, /);
  assert.match(summaryLine(R), /lang 4×: French text painted 1\.10× Dutch/);
});

test('the server-rendered page: TBT beside the client-rendered page, no CLS, nothing moved anywhere', () => {
  const R = healthyRun();
  const b = byId(checkBudgets(R));
  for (const id of ['ssr tbt', 'ssr cls', 'ssr page moves']) assert.equal(verdict(b[id]), 'PASS', id);
  assert.equal(b['ssr tbt'].budget, 'ssr 4×: server-rendered page TBT median ≤ 50 ms');
  assert.equal(b['ssr tbt'].figure, '40 ms (client-rendered page 360 ms, paired −320 ms)');
  assert.match(b['ssr page moves'].budget, /anywhere on the page = 0 px \(every load\)$/);
  assert.match(byId(checkBudgets(R, budgetList({ ...LIMITS, ssrTbtMs: 30 })))['ssr tbt'].budget, /≤ 30 ms$/);

  // blocking while it hydrates, one load with a shift, a widget box 12 px lower in another
  const ssr = R.summary[4]['all-five-ssr@8'];
  ssr.tbt = { median: 60, min: 40, max: 90, n: LOADS };
  ssr.cls = { median: 0, min: 0, max: 0.01, n: LOADS };
  ssr.pageMovePx = { median: 0, min: 0, max: 12, n: LOADS };
  const bad = byId(checkBudgets(R));
  for (const id of ['ssr tbt', 'ssr cls', 'ssr page moves']) assert.equal(verdict(bad[id]), 'FAIL', id);
  assert.equal(bad['ssr page moves'].figure, 'max 12 px');
});

test('a server-rendered load whose boxes could not be compared fails; without the scenario it is a SKIP', () => {
  const R = healthyRun();
  R.summary[4]['all-five-ssr@8'].pageMovePx.n = LOADS - 1; // a load whose boxes did not match the page without script
  R.summary[4]['all-five-ssr@8'].tbt = null; // no load had a TBT figure
  const b = byId(checkBudgets(R));
  assert.equal(verdict(b['ssr page moves']), 'FAIL');
  assert.match(b['ssr page moves'].figure, /all-five-ssr@8 at 4×: no pageMovePx in 1 of 3 loads/);
  assert.equal(verdict(b['ssr tbt']), 'FAIL');
  assert.match(b['ssr tbt'].figure, /no tbt in 3 of 3 loads/);

  R.meta.options.scenarios = ['all-five'];
  const skipped = byId(checkBudgets(R));
  for (const id of ['ssr tbt', 'ssr cls', 'ssr page moves']) {
    assert.equal(verdict(skipped[id]), 'SKIP', id);
    assert.match(skipped[id].figure, /all-five-ssr@8 is in none of this run's scenarios/);
  }
  const R2 = healthyRun();
  delete R2.summary[4]['all-five-ssr@8'];
  assert.equal(verdict(byId(checkBudgets(R2))['ssr tbt']), 'FAIL', 'planned but not in the results');
});

test('aggregate pairs the server-rendered page with the client-rendered one by difference, rounds without a pair out', () => {
  const load = (vid, round, tbt, extra = {}) => ({ vid, rate: 4, round, tbt, readyNav: 1000 + tbt, ...extra });
  const variants = [
    { vid: 'all-five-client@8', subject: 'all-five-client', n: 8, rates: null },
    { vid: 'all-five-ssr@8', subject: 'all-five-ssr', n: 8, rates: null },
  ];
  const samples = {
    4: {
      'all-five-client@8': [load('c', 0, 0), load('c', 1, 300), load('c', 2, 100, { error: 'timeout' })],
      'all-five-ssr@8': [
        load('s', 0, 40, { tbtBy: { 'define physio-faq': 40 } }),
        load('s', 1, 100, { tbtBy: { 'script evaluation': 60, 'define physio-faq': 40 } }),
        load('s', 2, 20),
      ],
    },
  };
  const A = aggregate(samples, variants, '/nonexistent');
  const x = A.ratios[4]['all-five-ssr@8']['tbt-all-five-client'];
  assert.deepEqual([x.n, x.min, x.max], [2, -200, 40], 'a client TBT of 0 still pairs; the failed round does not');
  const by = A.summary[4]['all-five-ssr@8'].tbtBy;
  assert.equal(by['define physio-faq'].median, 40);
  assert.equal(by['script evaluation'].median, 0, 'a load without that cause counts 0');

  const R = healthyRun();
  R.budgets = checkBudgets(R);
  const md = renderMarkdown(R);
  assert.match(md, /## ssr, CPU 4× — median/);
  assert.match(md, /## ssr, CPU 1× — median/);
  assert.match(md, /\| all-five-ssr ×8 \| .* \| \*\*40 \(40–40\)\*\* \| .* \| \*\*0 \(0–0\)\*\* \|/);
  assert.match(md, /server-rendered − client-rendered, paired per round \(min to max\): TBT −320 ms/);
  assert.match(summaryLine(R), /ssr 4×: server-rendered TBT 40 ms/);
});
