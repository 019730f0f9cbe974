// Performance budgets of physio-elements, checked against one run's result.
// Timing budgets are relative (paired ratios, or medians of the same run and throttle)
// because absolute ms on a noisy shared machine are not stable from run to run.
// "= 0" budgets hold for every load, not only the median: one shifting load is a real shift.
//
// A budget is SKIP (pass: null) only when the run did not load what it needs (a scenario or a
// CPU rate left out on purpose). Once it did, a hole in the data is a FAIL with the reason as
// its figure: a check that throws, a failed load, or a load without the figure, which would
// otherwise drop out of the median or the maximum and let a broken widget pass.
// Every label is written from the same limit the check compares with.

import sizeLimits from '../../.size-limit.mjs';
import { scenarioVids } from './fixtures.mjs';
import { KB, kb, ms, signed, times } from './format.mjs';

/** The limits. Byte limits are CI's size-limit entries, so the bench and `npm run size` check one number. */
export const LIMITS = {
  /** faq-30: physio-faq define+render over lit-accordion's, paired median, at each CPU rate */
  defineRenderVsLit: 1.1,
  /** faq-30: physio-faq heap per question over lit-accordion's, paired median of every rate pooled */
  heapVsLit: 1.1,
  /** CLS (API) and visual shift, the worst load */
  layoutShift: 0,
  /** all-five at 4×, and the French page of lang at 4×: median total blocking time, ms */
  allFiveTbtMs: 50,
  /** lang at 4×: text painted on the French page over the Dutch page, paired median */
  frenchTextVsDutch: 1.25,
  /** lang at 4×: frames with English widget text on the French page, the worst load */
  englishFrames: 0,
  /** ssr at 4×: median total blocking time of the server-rendered page while it hydrates, ms */
  ssrTbtMs: 50,
  /** ssr at 4×: largest move or resize of page text or a widget box on the server-rendered page, px, the worst load */
  pageMovePx: 0,
  /** scale: physio-faq define+render at 300 questions over 30 questions, medians, at each CPU rate */
  scale300vs30: 10.5,
  sizeLimits,
};

const atMost = (x) => (x === 0 ? '= 0' : `≤ ${x}`);

/**
 * A byte limit of .size-limit.mjs: its text for the label, and the bytes for the check, which throws when the
 * entry is gone or written in a unit other than KiB (size-limit reads "KB" as 1000 bytes, this would not).
 * @param {Array<{ path: string, limit: string }>} entries @param {string} file
 */
function sizeLimit(entries, file) {
  const entry = entries.find((e) => e.path === file);
  return {
    text: entry ? entry.limit : `? (no .size-limit.mjs entry for ${file})`,
    bytes() {
      if (!entry) throw new Error(`.size-limit.mjs has no entry for ${file}`);
      const m = /^(\d+(?:\.\d+)?) KiB$/.exec(entry.limit);
      if (!m) throw new Error(`.size-limit.mjs limit "${entry.limit}" of ${file} is not in KiB`);
      return Number(m[1]) * KB;
    },
  };
}

/**
 * @typedef {{ vid: string, metric: string, rate?: number }} Need a variant whose every load must have the metric,
 *   at one CPU rate, or at every rate of the run when `rate` is left out
 * @typedef {{ value: number, limit: number, figure: string }} Measured passes when value ≤ limit
 * @typedef {{ id: string, label: string, needs: Need[], measure: (R: any, rates: number[]) => Measured }} Budget
 * @typedef {{ id: string, budget: string, figure: string, pass: boolean | null, value?: number, limit?: number }} Result
 */

/** @param {typeof LIMITS} L @returns {Budget[]} */
export function budgetList(L = LIMITS) {
  const list = [];
  const sum = (R, rate, vid) => R.summary[rate][vid];
  /** Two variants compared on one metric at one rate: what the budget needs, and their medians. */
  const pair = (rate, metric, a, b) => ({
    needs: [a, b].map((vid) => ({ vid, metric, rate })),
    medians: (R) => [a, b].map((vid) => sum(R, rate, vid)[metric].median),
  });

  for (const rate of [1, 4]) {
    list.push({
      id: `faq-30 d+r ${rate}x`,
      label: `faq-30 ${rate}×: physio-faq define+render ≤ ${times(L.defineRenderVsLit)} lit-accordion (paired median)`,
      needs: pair(rate, 'defineRender', 'physio-faq@30', 'lit-accordion@30').needs,
      measure: (R) => {
        const x = R.ratios[rate]['physio-faq@30']['defineRender:lit-accordion'].median;
        return { value: x, limit: L.defineRenderVsLit, figure: times(x) };
      },
    });
  }
  list.push({
    id: 'faq-30 heap',
    label: `faq-30: physio-faq heap/item ≤ ${times(L.heapVsLit)} lit-accordion (paired median, all throttles)`,
    needs: [
      { vid: 'physio-faq@30', metric: 'heapPerItem' },
      { vid: 'lit-accordion@30', metric: 'heapPerItem' },
    ],
    measure: (R) => {
      const x = R.pooled['physio-faq@30']['heapPerItem:lit-accordion'].median;
      return { value: x, limit: L.heapVsLit, figure: times(x) };
    },
  });
  for (const rate of [1, 4]) {
    const { needs, medians } = pair(rate, 'clickPaint', 'physio-faq@30', 'native@30');
    list.push({
      id: `faq-30 click ${rate}x`,
      label: `faq-30 ${rate}×: physio-faq click→open paint median ≤ native median`,
      needs,
      measure: (R) => {
        const [p, n] = medians(R);
        return { value: p, limit: n, figure: `${ms(p)} vs ${ms(n)}` };
      },
    });
  }

  /** @param {number} [rate] one CPU rate, or every rate of the run */
  const shift = (id, what, vid, metric, rate) => ({
    id,
    label: `${what} ${atMost(L.layoutShift)} (every load)`,
    needs: [{ vid, metric, rate }],
    measure: (R, rates) => {
      const rs = rate ? [rate] : rates;
      const worst = Math.max(...rs.map((r) => sum(R, r, vid)[metric].max));
      return {
        value: worst,
        limit: L.layoutShift,
        figure: `max ${worst.toFixed(4)} over ${rs.map((r) => `${r}×`).join(', ')}`,
      };
    },
  });
  list.push(
    shift('faq-30 visual shift', 'faq-30: physio-faq visual shift', 'physio-faq@30', 'visShift'),
    shift('faq-30 cls', 'faq-30: physio-faq CLS (API)', 'physio-faq@30', 'cls'),
  );

  // As size-limit measures it in CI: the entry and everything it imports statically, as one file. The pages' own
  // requests (split into chunks shared with the on-demand parts, + preload.css) are in the bytes table.
  const faqLimit = sizeLimit(L.sizeLimits, 'dist/size/faq-entry.js');
  list.push({
    id: 'bytes faq',
    label: `FAQ entry with Lit (static imports, one file, on-demand parts excluded) ≤ ${faqLimit.text} gzip`,
    needs: [],
    measure: (R) => {
      const page = R.bytes['physio-faq']?.js; // only when a scenario loaded the physio-faq page
      return {
        value: R.faqEntry.gzip,
        limit: faqLimit.bytes(),
        figure: `${kb(R.faqEntry.gzip)} KB${page ? ` (the page requested ${kb(page.gzip)} KB JS in ${page.files} files)` : ''}`,
      };
    },
  });
  const cdnLimit = sizeLimit(L.sizeLimits, 'dist/cdn/physio-elements.js');
  list.push({
    id: 'bytes cdn',
    label: `CDN file dist/cdn/physio-elements.js ≤ ${cdnLimit.text} gzip`,
    needs: [],
    measure: (R) => ({ value: R.cdnFile.gzip, limit: cdnLimit.bytes(), figure: `${kb(R.cdnFile.gzip)} KB` }),
  });
  // The language files beside the CDN file: each its own size-limit entry, so the bench checks the same numbers.
  for (const locale of ['fr', 'de']) {
    const file = `dist/cdn/physio-elements.${locale}.js`;
    const limit = sizeLimit(L.sizeLimits, file);
    list.push({
      id: `bytes ${locale}`,
      label: `language file ${file} ≤ ${limit.text} gzip`,
      needs: [],
      measure: (R) => {
        const size = R.localeFiles?.[locale];
        if (!size) throw new Error(`no size for ${file} in this run`);
        return { value: size.gzip, limit: limit.bytes(), figure: `${kb(size.gzip)} KB` };
      },
    });
  }

  list.push({
    id: 'all-five tbt',
    label: `all-five 4×: TBT median ≤ ${ms(L.allFiveTbtMs)}`,
    needs: [{ vid: 'all-five@8', metric: 'tbt', rate: 4 }],
    measure: (R) => {
      const x = sum(R, 4, 'all-five@8').tbt.median;
      return { value: x, limit: L.allFiveTbtMs, figure: ms(x) };
    },
  });
  list.push(
    shift('all-five cls', 'all-five 4×: CLS (API)', 'all-five@8', 'cls', 4),
    shift('all-five visual shift', 'all-five 4×: visual shift', 'all-five@8', 'visShift', 4),
  );

  // The French page (fr-BE) must be as quick and as still as the English one, paint French no later than 1.25× the
  // Dutch page paints Dutch (Dutch is in the CDN file; French comes from the file beside it), and never English.
  const FR = 'all-five-fr@8',
    NL = 'all-five-nl@8';
  list.push({
    id: 'lang fr tbt',
    label: `lang 4×: French page TBT median ≤ ${ms(L.allFiveTbtMs)}`,
    needs: [{ vid: FR, metric: 'tbt', rate: 4 }],
    measure: (R) => {
      const x = sum(R, 4, FR).tbt.median;
      return { value: x, limit: L.allFiveTbtMs, figure: ms(x) };
    },
  });
  list.push(
    shift('lang fr cls', 'lang 4×: French page CLS (API)', FR, 'cls', 4),
    shift('lang fr visual shift', 'lang 4×: French page visual shift', FR, 'visShift', 4),
  );
  list.push({
    id: 'lang fr text',
    label: `lang 4×: French page text painted ≤ ${times(L.frenchTextVsDutch)} Dutch page (paired median)`,
    needs: pair(4, 'textPainted', FR, NL).needs,
    measure: (R) => {
      const x = R.ratios[4]?.[FR]?.['textPainted:all-five-nl'];
      if (!x) throw new Error(`no ${FR} / ${NL} pair of the same round with both figures`);
      const [fr, nl] = pair(4, 'textPainted', FR, NL).medians(R);
      return { value: x.median, limit: L.frenchTextVsDutch, figure: `${times(x.median)} (${ms(fr)} vs ${ms(nl)})` };
    },
  });
  list.push({
    id: 'lang fr english',
    label: `lang 4×: frames with English widget text on the French page ${atMost(L.englishFrames)} (every load)`,
    needs: [{ vid: FR, metric: 'enFrames', rate: 4 }],
    measure: (R) => {
      const s = sum(R, 4, FR);
      const worst = s.enFrames.max;
      return {
        value: worst,
        limit: L.englishFrames,
        figure: `max ${worst} frames${s.englishLoads ? ` (English in ${s.englishLoads} of ${s.loads} loads: ${(s.englishIn ?? []).join(', ')})` : ''}`,
      };
    },
  });

  // The server-rendered page must hydrate without blocking and without anything on it moving, anywhere.
  const SSR = 'all-five-ssr@8',
    CLIENT = 'all-five-client@8';
  list.push({
    id: 'ssr tbt',
    label: `ssr 4×: server-rendered page TBT median ≤ ${ms(L.ssrTbtMs)}`,
    needs: [{ vid: SSR, metric: 'tbt', rate: 4 }],
    measure: (R) => {
      const x = sum(R, 4, SSR).tbt.median;
      const client = sum(R, 4, CLIENT)?.tbt?.median;
      const d = R.ratios[4]?.[SSR]?.[`tbt-${CLIENT.split('@')[0]}`]?.median;
      const beside =
        client == null ? '' : ` (client-rendered page ${ms(client)}${d == null ? '' : `, paired ${signed(d)}`})`;
      return { value: x, limit: L.ssrTbtMs, figure: `${ms(x)}${beside}` };
    },
  });
  list.push(shift('ssr cls', 'ssr 4×: server-rendered page CLS (API)', SSR, 'cls', 4));
  list.push({
    id: 'ssr page moves',
    label: `ssr 4×: server-rendered page, largest move of page text or a widget box, anywhere on the page ${atMost(L.pageMovePx)} px (every load)`,
    needs: [{ vid: SSR, metric: 'pageMovePx', rate: 4 }],
    measure: (R) => {
      const worst = sum(R, 4, SSR).pageMovePx.max;
      return { value: worst, limit: L.pageMovePx, figure: `max ${worst} px` };
    },
  });

  for (const rate of [1, 4]) {
    const { needs, medians } = pair(rate, 'defineRender', 'physio-faq@300', 'physio-faq@30');
    list.push({
      id: `scale ${rate}x`,
      label: `scale ${rate}×: physio-faq define+render at 300 items ≤ ${times(L.scale300vs30)} at 30 items (medians)`,
      needs,
      measure: (R) => {
        const [a, b] = medians(R);
        return { value: a / b, limit: L.scale300vs30, figure: `${times(a / b)} (${ms(a)} / ${ms(b)})` };
      },
    });
  }
  return list;
}

/** Why the run did not load what the budget needs, or '' when it did. */
function notRun(needs, planned, rates, scenarios) {
  for (const n of needs) {
    if (!planned.has(n.vid)) return `${n.vid} is in none of this run's scenarios (${scenarios.join(', ')})`;
    if (n.rate && !rates.includes(n.rate))
      return `needs CPU ${n.rate}× (this run: ${rates.map((r) => `${r}×`).join(', ')})`;
  }
  return '';
}

/** Throws unless every load of the variant at that rate succeeded and has the figure. */
function everyLoad(R, { vid, metric }, rate) {
  const s = R.summary[rate]?.[vid];
  const at = `${vid} at ${rate}×`;
  if (!s?.loads) throw new Error(`${at}: no loads`);
  if (s.errors) throw new Error(`${at}: ${s.errors} of ${s.loads} loads failed (${s.firstError})`);
  const missing = s.loads - (s[metric]?.n ?? 0);
  if (missing) throw new Error(`${at}: no ${metric} in ${missing} of ${s.loads} loads`);
}

/**
 * @param {{ meta: { options: { scenarios: string[], throttle: number[] } }, summary: any, ratios: any, pooled: any,
 *   bytes: any, cdnFile: { gzip: number }, faqEntry: { gzip: number } }} R
 * @param {Budget[]} [list]
 * @returns {Result[]}
 */
export function checkBudgets(R, list = budgetList()) {
  const { scenarios, throttle } = R.meta.options;
  const planned = new Set(scenarios.flatMap(scenarioVids));
  const rates = [...throttle].sort((a, b) => a - b);
  return list.map((b) => {
    const head = { id: b.id, budget: b.label };
    const why = notRun(b.needs, planned, rates, scenarios);
    if (why) return { ...head, figure: `not run: ${why}`, pass: null };
    try {
      for (const n of b.needs) for (const rate of n.rate ? [n.rate] : rates) everyLoad(R, n, rate);
      const { value, limit, figure } = b.measure(R, rates);
      return { ...head, figure, pass: value <= limit, value, limit };
    } catch (e) {
      return { ...head, figure: `not measured: ${e instanceof Error ? e.message : String(e)}`, pass: false };
    }
  });
}

/** @param {{ pass: boolean | null }} b */
export const verdict = (b) => (b.pass === null ? 'SKIP' : b.pass ? 'PASS' : 'FAIL');

/**
 * The bench's exit code: 1 when a budget failed and the run gates (--gate, the default), else 0.
 * @param {Array<{ pass: boolean | null }>} results @param {boolean} gate
 */
export const exitCode = (results, gate) => (gate && results.some((b) => verdict(b) === 'FAIL') ? 1 : 0);
