// bench/results/<name>.md from the result object, and the one-line summary.
import { scenarioVids, scenarioRates } from './fixtures.mjs';
import { verdict } from './budgets.mjs';
import { DEFAULTS } from './options.mjs';
import { KB, num, kb, times, signed } from './format.mjs';

const mm = (s, d = 0) => (s ? `${num(s.median, d)} (${num(s.min, d)}–${num(s.max, d)})` : '–');
const ratio = (s) => (s ? `${times(s.median)} (${num(s.min, 2)}–${num(s.max, 2)})` : '–');
const rates = (rs) => rs.map((r) => `${r}×`).join(' and ');
const label = (vid) => vid.replace(/@(\d+)$/, ' ×$1');

/** @param {any} R result */
export function renderMarkdown(R) {
  const M = R.meta,
    L = [];
  L.push('# physio-elements performance benchmark', '');
  L.push(
    `${M.date} · Chromium ${M.browser} (headless=new, software compositing) · ${M.machine} · Node ${M.node} · playwright-core ${M.playwright} · lit ${M.lit}`,
    '',
  );
  L.push(
    `Project commit ${M.commit}. Runs: ${M.options.runs} loads per variant per throttle (+${M.options.warmup} warm-up round, discarded), CPU ${rates(M.options.throttle)}, scenarios ${M.options.scenarios.join(', ')}; wall time ${Math.floor(M.wallSeconds / 60)} min ${M.wallSeconds % 60} s.`,
    '',
  );
  L.push(
    '**Machine note:** a shared, noisy 2-core VM; absolute ms vary between runs and single loads by several ×. Read medians and paired ratios; compare numbers only within one run.',
    '',
  );

  L.push('## Budgets', '');
  L.push('| | budget | figure |', '|---|---|---|');
  for (const b of R.budgets) {
    const v = verdict(b);
    L.push(`| ${v === 'FAIL' ? `**${v}**` : v} | ${b.budget} | ${b.figure} |`);
  }
  L.push('');

  L.push('## Bytes (files the page requested; each compressed on its own: gzip -9, brotli q11)', '');
  L.push(
    '| subject | JS raw / gzip / br KB | CSS raw / gzip / br KB | **JS+CSS gzip KB** | JS+CSS br KB | files |',
    '|---|---|---|---|---|---|',
  );
  for (const [sid, b] of Object.entries(R.bytes)) {
    L.push(
      `| ${sid} | ${kb(b.js.raw)} / ${kb(b.js.gzip)} / ${kb(b.js.brotli)} | ${kb(b.css.raw)} / ${kb(b.css.gzip)} / ${kb(b.css.brotli)} | **${kb(b.total.gzip, 2)}** | ${kb(b.total.brotli, 2)} | ${b.files.join(', ') || '–'}${b.notFound.length ? ` · 404: ${b.notFound.join(', ')}` : ''} |`,
    );
  }
  L.push(
    `| CDN file alone (dist/cdn/physio-elements.js) | ${kb(R.cdnFile.raw)} / ${kb(R.cdnFile.gzip)} / ${kb(R.cdnFile.brotli)} | | **${kb(R.cdnFile.gzip, 2)}** | ${kb(R.cdnFile.brotli, 2)} | |`,
    `| FAQ entry with Lit, static imports as one file (dist/esm/physio-faq.js) | ${kb(R.faqEntry.raw)} / ${kb(R.faqEntry.gzip)} / ${kb(R.faqEntry.brotli)} | | **${kb(R.faqEntry.gzip, 2)}** | ${kb(R.faqEntry.brotli, 2)} | |`,
  );
  // the languages the CDN file loads from beside it, whether or not a page of this run asked for them
  for (const [locale, f] of Object.entries(R.localeFiles ?? {}))
    L.push(
      `| language file alone (dist/cdn/physio-elements.${locale}.js, loaded by the CDN file on a ${locale} page) | ${kb(f.raw)} / ${kb(f.gzip)} / ${kb(f.brotli)} | | **${kb(f.gzip, 2)}** | ${kb(f.brotli, 2)} | |`,
    );
  L.push('');

  for (const sc of M.options.scenarios) {
    const vids = scenarioVids(sc);
    for (const rate of scenarioRates(sc, Object.keys(R.summary).map(Number))) {
      if (sc === 'lang' || sc === 'ssr') {
        L.push(...(sc === 'lang' ? langTable : ssrTable)(R, vids, rate), '');
        continue;
      }
      L.push(`## ${sc}, CPU ${rate}× — median (min–max) over ${M.options.runs} loads`, '');
      L.push(...table(R, vids, rate, [...SHARED, 'clickPaint', 'heapPerItem', 'nodesPerItem']), '');
    }
  }

  L.push(
    "## Ratios (paired with the same round's baseline load, then the median; min–max of the per-round ratios)",
    '',
  );
  L.push(
    '| CPU | variant | define+render vs lit-accordion | main-thread vs lit-accordion | heap/item vs lit-accordion | click→open paint vs native |',
    '|---|---|---|---|---|---|',
  );
  for (const [rate, byVid] of Object.entries(R.ratios)) {
    for (const [vid, x] of Object.entries(byVid)) {
      if (!vid.startsWith('physio-')) continue; // the language pages pair with each other: in their own section
      L.push(
        `| ${rate}× | ${label(vid)} | ${ratio(x['defineRender:lit-accordion'])} | ${ratio(x['mainThread:lit-accordion'])} | ${ratio(x['heapPerItem:lit-accordion'])} | ${ratio(x['clickPaint:native'])} |`,
      );
    }
  }
  const pooled = Object.entries(R.pooled).map(([vid, x]) => `${label(vid)} ${ratio(x['heapPerItem:lit-accordion'])}`);
  if (pooled.length)
    L.push('', `heap/item vs lit-accordion, all throttles pooled (used by the budget): ${pooled.join(' · ')}`);
  L.push('');

  const moves = [];
  for (const [rate, byVid] of Object.entries(R.summary)) {
    for (const [vid, s] of Object.entries(byVid)) {
      const w = s.whatMoved;
      if (!w || (!w.sources.length && !w.anchors.length && !w.boxes?.length)) continue;
      const src = w.sources.map((x) => `${x.src} (${x.loads} of ${s.loads - s.errors} loads)`).join('; ');
      const plus = (x) => `${x > 0 ? '+' : ''}${x}`;
      const anc = [
        ...w.anchors.map((a) => `${a.k} ${plus(a.dy)} px${a.seen ? '' : ' (off screen)'}`),
        // scenario ssr: every box, anywhere on the page
        ...(w.boxes ?? []).map((b) => `page box ${b.k} ${plus(b.dy)} px${b.dh ? `, height ${plus(b.dh)} px` : ''}`),
      ].join(', ');
      moves.push(`| ${rate}× | ${label(vid)} | ${src || '–'} | ${anc || '–'} |`);
    }
  }
  if (moves.length) {
    L.push(
      '## What moved',
      '',
      'layout-shift entry sources (CLS API; `?` = no DOM node, e.g. a pseudo-element) and light-DOM anchors that moved between first paint and ready in the worst load (`q<i>` = question i, `@name` = page text). Off-screen moves do not count as shift.',
      '',
    );
    L.push('| CPU | variant | layout-shift sources | anchors moved |', '|---|---|---|---|', ...moves, '');
  }

  L.push('## How to rerun', '');
  L.push(
    '```sh',
    'npm run build            # dist/',
    `npm run bench            # = node bench/run.mjs: ${DEFAULTS.runs} runs at ${rates(DEFAULTS.throttle)}, all scenarios, exit 1 if a budget fails`,
    `node bench/run.mjs --quick --no-fail              # ${DEFAULTS.quick.runs} runs at ${rates(DEFAULTS.quick.throttle)}, for development`,
    'node bench/run.mjs --scenarios faq-30 --runs 15 --out bench/results/faq',
    'node bench/run.mjs --scenarios lang --runs 15 --out bench/results/lang   # the language pages (4× only)',
    'node bench/run.mjs --scenarios ssr --throttle 4 --out bench/results/ssr  # server-rendered vs client-rendered',
    '```',
    '',
  );
  L.push('See bench/README.md for what each figure means. Raw per-load data: the .json next to this file.', '');
  return L.join('\n');
}

const perKb = (x) => x && { median: x.median / KB, min: x.min / KB, max: x.max / KB };
/** Every column of the scenario tables: its heading and its cell from a variant's summary. */
const COLUMNS = {
  defined: ['defined ms', (s) => mm(s.defined)],
  defineRender: ['define+render ms', (s) => mm(s.defineRender)],
  readyNav: ['nav→ready ms', (s) => mm(s.readyNav)],
  textPainted: ['text painted ms', (s) => mm(s.textPainted)],
  textPaintedNav: ['nav→text painted ms', (s) => mm(s.textPaintedNav)],
  mainThread: ['main-thread ms', (s) => mm(s.mainThread)],
  tbt: ['TBT ms', (s) => mm(s.tbt)],
  longest: ['longest task ms', (s) => mm(s.longest)],
  cls: ['CLS (API)', (s) => mm(s.cls, 3)],
  visShift: ['visual shift', (s) => mm(s.visShift, 3)],
  jumpPx: ['jump px', (s) => mm(s.jumpPx)],
  pageMovePx: ['page moves px', (s) => mm(s.pageMovePx)],
  clickPaint: ['click→open paint ms', (s) => mm(s.clickPaint)],
  heapPerItem: ['heap/item KB', (s) => (s.heapPerItem ? mm(perKb(s.heapPerItem), 2) : '–')],
  nodesPerItem: ['DOM nodes/item', (s) => num(s.nodesPerItem?.median, 1)],
  enFrames: ['English frames', (s) => mm(s.enFrames)],
};
/** The columns most scenario tables share, in this order. */
const SHARED = ['defined', 'defineRender', 'readyNav', 'mainThread', 'tbt', 'longest', 'cls', 'visShift', 'jumpPx'];

/**
 * A scenario's table at one rate: the heading row, then a row per variant it loaded, its name with any warning.
 * @param {string[]} cols keys of COLUMNS; `*key` in bold, the figure a scenario is about
 */
function table(R, vids, rate, cols) {
  const parts = cols.map((c) => [c.startsWith('*') ? (x) => `**${x}**` : (x) => x, COLUMNS[c.replace('*', '')]]);
  const L = [`| variant | ${parts.map(([b, [head]]) => b(head)).join(' | ')} |`, `|${'---|'.repeat(cols.length + 1)}`];
  for (const vid of vids) {
    const s = R.summary[rate][vid];
    if (!s) continue;
    const warn = warnings(s);
    L.push(`| ${label(vid)}${warn ? ` ⚠ ${warn}` : ''} | ${parts.map(([b, [, cell]]) => b(cell(s))).join(' | ')} |`);
  }
  return L;
}

/** What makes a row's figures suspect, for the ⚠ after its name. */
function warnings(s) {
  return [
    s.errors && `${s.errors} failed loads: ${s.firstError}`,
    s.clickProblems && `${s.clickProblems} click problems`,
    s.jsBeforeFcp && `JS ran before FCP in ${s.jsBeforeFcp} loads`,
    s.jsAfterReady && `JS evaluated after ready in ${s.jsAfterReady} loads`,
    s.englishLoads && `English widget text painted in ${s.englishLoads} loads (${(s.englishIn ?? []).join(', ')})`,
  ]
    .filter(Boolean)
    .join('; ');
}

/** Scenario lang: the all-five page in Belgian Dutch and Belgian French, and the French/Dutch pairs. */
function langTable(R, vids, rate) {
  const L = [`## lang, CPU ${rate}× — median (min–max) over ${R.meta.options.runs} loads`, ''];
  L.push(
    '**text painted**: script start → end of the first frame in which every widget shows text in the page’s language; **English frames**: frames in which a widget showed English text (per load).',
    '',
  );
  const [defined, defineRender, readyNav, ...rest] = SHARED;
  L.push(
    ...table(R, vids, rate, [defined, defineRender, readyNav, '*textPainted', 'textPaintedNav', ...rest, 'enFrames']),
  );
  const x = R.ratios[rate]?.['all-five-fr@8'];
  if (x)
    L.push(
      '',
      `French ÷ Dutch, paired per round (min–max): text painted ${ratio(x['textPainted:all-five-nl'])} · nav→text painted ${ratio(x['textPaintedNav:all-five-nl'])}`,
    );
  return L;
}

/** Scenario ssr: the all-five page rendered on the server and in the browser, their pairs, and where TBT comes from. */
function ssrTable(R, vids, rate) {
  const L = [`## ssr, CPU ${rate}× — median (min–max) over ${R.meta.options.runs} loads`, ''];
  L.push(
    '**page moves px**: the largest move or resize of page text, a question or a widget box, anywhere on the page (on or off screen), between the page loaded without its script and this load at ready and at ready + settle. **TBT by long task**: what each long task contained (lib/tasks.mjs).',
    '',
  );
  const cols = ['readyNav', 'defineRender', 'mainThread', '*tbt', 'longest', 'cls', 'visShift', '*pageMovePx'];
  L.push(...table(R, vids, rate, [...cols, 'clickPaint']));
  const x = R.ratios[rate]?.['all-five-ssr@8'];
  const diff = (m) => {
    const d = x?.[`${m}-all-five-client`];
    return d ? `${signed(d.median)} (${signed(d.min)} to ${signed(d.max)})` : '–';
  };
  if (x)
    L.push(
      '',
      `server-rendered − client-rendered, paired per round (min to max): TBT ${diff('tbt')} · nav→ready ${diff('readyNav')} · main-thread ${diff('mainThread')} · define+render ${diff('defineRender')}`,
    );
  L.push('', 'TBT by long task, median (max) ms per load:', '');
  for (const vid of vids) {
    const by = R.summary[rate][vid]?.tbtBy;
    if (!by) continue;
    const parts = Object.entries(by)
      .sort((a, b) => b[1].median - a[1].median || b[1].max - a[1].max)
      .map(([what, t]) => `${what} ${num(t.median)} (${num(t.max)})`);
    L.push(`- ${label(vid)}: ${parts.join(' · ') || 'no long task'}`);
  }
  return L;
}

/** @param {any} R */
export function summaryLine(R) {
  const scored = R.budgets.filter((b) => verdict(b) !== 'SKIP');
  const met = scored.filter((b) => verdict(b) === 'PASS').length;
  const skipped = R.budgets.length - scored.length;
  const parts = [`bench: ${met}/${scored.length} budgets met${skipped ? ` (${skipped} not run)` : ''}`];
  const rate = Object.keys(R.ratios).includes('4') ? '4' : Object.keys(R.ratios).pop();
  const r = rate && R.ratios[rate]['physio-faq@30'];
  const s = rate && R.summary[rate];
  if (r && s['physio-faq@30']?.clickPaint && s['native@30']?.clickPaint) {
    parts.push(
      `faq-30 ${rate}×: physio-faq define+render ${times(r['defineRender:lit-accordion']?.median)} lit-accordion, click ${num(s['physio-faq@30'].clickPaint.median)} vs native ${num(s['native@30'].clickPaint.median)} ms`,
    );
  }
  const fr = R.ratios['4']?.['all-five-fr@8']?.['textPainted:all-five-nl'];
  if (fr) parts.push(`lang 4×: French text painted ${times(fr.median)} Dutch`);
  const ssr = R.summary['4']?.['all-five-ssr@8']?.tbt;
  if (ssr) parts.push(`ssr 4×: server-rendered TBT ${num(ssr.median)} ms`);
  parts.push(`CDN ${kb(R.cdnFile.gzip)} KB gzip`);
  if (R.faqEntry) parts.push(`FAQ entry with Lit ${kb(R.faqEntry.gzip)} KB gzip`);
  return parts.join(' · ');
}
