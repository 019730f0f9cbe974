// One measured page load of one variant: fresh context (cold cache), a same-origin blank
// page first (so renderer start-up is not measured), CPU throttling, navigation, ready,
// a settle period for late layout shifts, then clicks and the heap-per-item insert.
import { setTimeout as sleep } from 'node:timers/promises';
import { probeSource } from './probe.mjs';
import { boxMoves, visualShift } from './shift.mjs';
import { median } from './stats.mjs';
import { blockingBy, longTaskCauses } from './tasks.mjs';

const ANCHORS = '#faq [data-q], [data-anchor]';
/** Scenario ssr: the anchors and every widget host, anywhere on the page. */
const boxesOf = (tags) => [ANCHORS, ...tags].join(', ');
/** English widget text on a language page: the disclaimer every widget shows (base/safety-dom.ts). */
const ENGLISH = 'This is general information';

/** @param {import('playwright-core').CDPSession} cdp */
async function metrics(cdp) {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(m.map((x) => [x.name, x.value]));
}

/**
 * Forced GC, then V8 used + Blink (Oilpan) heap and DOM counters. Repeated until two
 * readings agree: memory of the previous (blank) document and of the clicks is sometimes
 * released a little later, and one early reading then spoils the difference.
 */
async function heap(cdp) {
  let last = -Infinity,
    bytes = 0;
  for (let k = 0; k < 8; k++) {
    for (let j = 0; j < 2; j++) await cdp.send('HeapProfiler.collectGarbage');
    const h = await cdp.send('Runtime.getHeapUsage');
    bytes = h.usedSize + (h.embedderHeapUsedSize ?? 0);
    if (Math.abs(bytes - last) < 2048) break;
    last = bytes;
    await sleep(50);
  }
  const d = await cdp.send('Memory.getDOMCounters');
  return { bytes, nodes: d.nodes };
}

/** Centre of the question's first line box, and whether a click there reaches it. */
function target(page, sel) {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return null;
    const r = el.getClientRects()[0];
    const x = r.left + Math.min(r.width / 2, 40),
      y = r.top + r.height / 2;
    let hit = false;
    for (let n = document.elementFromPoint(x, y); n; n = n.assignedSlot || n.parentNode || n.host)
      if (n === el) {
        hit = true;
        break;
      }
    return { x, y, hit, inView: y > 0 && y < innerHeight };
  }, sel);
}

/** Real CDP mouse click on a question; resolves with pointerdown → first frame showing/hiding the answer. */
async function click(page, i, want, timeoutMs) {
  await page.evaluate(() => window.__bench.afterFrame());
  const pt = await target(page, `[data-q="${i}"]`);
  if (!pt) return { ms: null, problem: 'no question' };
  await page.evaluate(([sel, w, t]) => window.__bench.watch(sel, w, t), [`[data-a="${i}"]`, want, timeoutMs]);
  await page.mouse.click(pt.x, pt.y);
  const r = await page.evaluate(() => window.__bench.w.done);
  return { ms: r.ms, problem: !pt.hit ? 'click missed' : !pt.inView ? 'off screen' : r.timedOut ? 'timed out' : null };
}

/** The page id of a variant's page without its script. @param {{ vid: string }} v */
export const stillVid = (v) => `${v.vid}~still`;

/**
 * Scenario ssr: the page boxes of a variant's page loaded without its script, laid out and settled: where everything
 * is before the script runs, to compare each load's boxes at ready with (probe.mjs, boxes).
 * @param {{ browser: import('playwright-core').Browser, origin: string, take: (load: string) => any[] }} env
 * @param {any} v @param {{ viewport: { width: number, height: number }, settle: number }} o
 */
export async function stillBoxes(env, v, o) {
  const ctx = await env.browser.newContext({ viewport: o.viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    const page = await ctx.newPage();
    await page.addInitScript({
      content: probeSource({ tags: [], releaseUrl: null, anchors: ANCHORS, boxes: boxesOf(v.tags) }),
    });
    await page.goto(`${env.origin}/L0/${stillVid(v)}.html`, { waitUntil: 'load' }); // load 0: never a measured one
    await sleep(o.settle);
    return await page.evaluate(() => window.__bench.afterFrame().then(() => window.__bench.boxes()));
  } finally {
    env.take('0');
    await ctx.close().catch(() => {});
  }
}

/**
 * @param {{ browser: import('playwright-core').Browser, origin: string, take: (load: string) => any[],
 *   still?: Map<string, any[]> }} env still: stillBoxes() of the scenario ssr variants
 * @param {any} v variant
 * @param {{ rate: number, load: string, settle: number, clicks: number, heapItems: number, viewport: { width: number, height: number } }} o
 */
export async function measureLoad(env, v, o) {
  const ctx = await env.browser.newContext({ viewport: o.viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const rec = { vid: v.vid, rate: o.rate };
  const errors = [];
  try {
    const page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(String(e).split('\n')[0]));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text().split('\n')[0]);
    });
    const cdp = await ctx.newCDPSession(page);
    await page.goto(`${env.origin}/blank`);
    await cdp.send('Performance.enable');
    const m0 = await metrics(cdp);
    if (o.rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.rate });
    await page.addInitScript({
      content: probeSource({
        tags: v.tags,
        releaseUrl: `/release/L${o.load}`,
        anchors: ANCHORS,
        boxes: v.boxes ? boxesOf(v.tags) : null,
        text: v.textLang ? { lang: v.textLang, tags: v.tags, english: ENGLISH } : null,
      }),
    });
    const timeout = 30000 * o.rate;
    await page.goto(`${env.origin}/L${o.load}/${v.vid}.html`, { waitUntil: 'load', timeout });
    const ok = await page.evaluate(() => window.__bench.readyPromise);
    if (!ok) throw new Error('page never became ready');
    await sleep(o.settle);
    const B = await page.evaluate(() => {
      const b = window.__bench;
      return {
        t: b.t,
        ls: b.ls,
        lt: b.lt,
        paint: b.paint,
        defs: b.defs,
        err: b.err,
        a0: b.a0,
        a1: b.a1,
        a2: b.anchors(),
        b1: b.b1 ?? null,
        b2: b.b1 ? b.boxes() : null,
        text: b.text ?? null,
        marks: performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('bench:js:'))
          .map((m) => m.startTime),
      };
    });
    const m1 = await metrics(cdp);

    const jsStart = B.marks.length ? Math.min(...B.marks) : null;
    const fcp = B.paint['first-contentful-paint'] ?? null;
    const ours = B.defs.filter((d) => v.tags.includes(d.name));
    // at ready, and again after the settle time: a lazily imported part may render late
    const shift = [visualShift(B.a0, B.a1), visualShift(B.a0, B.a2)].sort(
      (a, b) => (b?.score ?? -1) - (a?.score ?? -1) || (b?.moved.length ?? 0) - (a?.moved.length ?? 0),
    )[0];
    Object.assign(rec, {
      fcp,
      jsAfterFcp: jsStart === null ? null : fcp !== null && jsStart > fcp,
      jsAfterReady: B.marks.filter((t) => t > B.t.ready).length, // JS files evaluated after ready (late import())
      defined: jsStart !== null && ours.length ? Math.max(...ours.map((d) => d.e)) - jsStart : null,
      defineRender: jsStart !== null ? B.t.ready - jsStart : null,
      readyNav: B.t.ready,
      instances: B.t.instances,
      // same renderer process as the blank page (same origin), so the counters continue
      mainThread: (m1.TaskDuration - (m0.TaskDuration ?? 0)) * 1000,
      tbt: B.lt.reduce((s, x) => s + Math.max(0, x.d - 50), 0),
      longest: B.lt.reduce((s, x) => Math.max(s, x.d), 0),
      longTasks: longTaskCauses(B.lt, jsStart, ours, B.t.snap),
      // the probe's first-paint snapshot, layout it forces included: its own cost, on record
      snapMs: B.t.snap ? B.t.snap.e - B.t.snap.s : null,
      cls: B.ls.filter((x) => !x.input).reduce((s, x) => s + x.v, 0),
      visShift: shift ? shift.score : null,
      jumpPx: shift ? shift.jumpPx : null,
      moved: shift ? shift.moved : [],
      // before script start = caused by parsing/CSS alone (e.g. a pre-upgrade reserve moving while the parser adds items)
      shiftSources: B.ls
        .filter((x) => !x.input)
        .flatMap((x) =>
          x.src.map(
            (src) =>
              `${src}, ${jsStart === null ? 'no script' : x.t < jsStart ? 'before script start' : 'after script start'}`,
          ),
        ),
      probeErrors: B.err,
    });
    rec.tbtBy = blockingBy(rec.longTasks);

    const still = env.still?.get(v.vid);
    if (v.boxes && still && B.b1) {
      // Nothing may move anywhere on the page between the page before its script runs and ready, or the end of the
      // settle time. No figure when the two do not have the same boxes: one could not be compared.
      const worst = [boxMoves(still, B.b1), boxMoves(still, B.b2)].sort((a, b) => b.px - a.px)[0];
      rec.pageMovePx = worst.unmatched.length ? null : worst.px;
      rec.pageMoved = worst.moved.slice(0, 8);
      rec.unmatched = worst.unmatched;
    }

    if (v.textLang) {
      // script start → end of the first frame in which every widget shows text in the page's language
      const T = B.text;
      rec.textPainted = T?.painted != null && jsStart !== null ? T.painted - jsStart : null;
      rec.textPaintedNav = T?.painted ?? null;
      // frames with English widget text: only a figure when the watch saw every widget's render root
      rec.enFrames = T && v.tags.every((t) => T.tags.includes(t)) ? T.enFrames : null;
      rec.enIn = T?.enIn ?? [];
      rec.enFirst = T?.enFirst != null && jsStart !== null ? T.enFirst - jsStart : null;
      rec.textFrames = T?.frames ?? null; // frames the watch read
      rec.textWatchMs = T?.ms ?? null; // the watch's own JS time in those frames
    }

    if (o.clicks > 0) {
      const opens = [];
      for (let i = 1; i <= Math.min(o.clicks, v.n); i++) {
        opens.push(await click(page, i, 'open', 2000 * o.rate));
        await click(page, i, 'closed', 2000 * o.rate);
      }
      rec.clicks = opens.map((x) => x.ms);
      // a click that never showed its answer invalidates the load's figure rather than shrinking it
      rec.clickPaint = opens.length && !opens.some((x) => x.ms === null) ? median(rec.clicks) : null;
      rec.clickProblems = opens.filter((x) => x.problem).map((x) => x.problem);
    }

    if (v.heap) {
      const h0 = await heap(cdp);
      await page.evaluate(
        async ({ html, tags }) => {
          const box = document.createElement('div');
          box.innerHTML = html;
          document.querySelector('main').append(box);
          await window.__bench.waitReady(box, tags);
        },
        { html: v.faq(o.heapItems, 'x'), tags: v.tags },
      );
      await sleep(100);
      const h1 = await heap(cdp);
      rec.heapPerItem = (h1.bytes - h0.bytes) / o.heapItems;
      rec.nodesPerItem = (h1.nodes - h0.nodes) / o.heapItems;
    }
  } catch (e) {
    rec.error = String(e?.message || e).split('\n')[0];
  } finally {
    rec.pageErrors = errors.slice(0, 3);
    rec.requests = env.take(o.load).map(({ url, status, kind, file }) => ({ url, status, kind, file }));
    await ctx.close().catch(() => {});
  }
  return rec;
}
