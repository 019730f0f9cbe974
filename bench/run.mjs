#!/usr/bin/env node
// Performance benchmark of physio-elements in headless Chromium: bundles the subjects,
// serves them from 127.0.0.1, loads every variant --runs times per CPU throttle rate (a scenario
// limited to some rates, SCENARIO_RATES in lib/fixtures.mjs, only at those)
// (interleaved, order rotated each round, warm-up round discarded), then writes
// bench/results/<name>.{md,json}, checks the budgets and prints one summary line.
// Usage: see lib/options.mjs (node bench/run.mjs --help). Run `npm run build` first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseOptions } from './lib/options.mjs';
import { findChrome, launch, CHROME_ARGS } from './lib/chrome.mjs';
import { buildAll, CDN_LOCALES, localeFile } from './lib/build.mjs';
import { variantsFor, loadsAt } from './lib/fixtures.mjs';
import { startServer } from './lib/server.mjs';
import { measureLoad, stillBoxes, stillVid } from './lib/measure.mjs';
import { aggregate } from './lib/aggregate.mjs';
import { sizesOf } from './lib/sizes.mjs';
import { checkBudgets, verdict, exitCode } from './lib/budgets.mjs';
import { renderMarkdown, summaryLine } from './lib/report.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.dirname(BENCH);
const O = parseOptions(process.argv.slice(2));

const chromePath = findChrome();
if (!chromePath) {
  const why = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist` : 'no Chromium found';
  console.error(`bench: ${why} — install Chromium: apt-get install chromium, or set CHROME_PATH`);
  process.exit(1);
}

const t0 = Date.now();
const secs = () => Math.round((Date.now() - t0) / 1000);
const variants = variantsFor(O.scenarios);
const ssr = variants.flatMap((v) => (v.ssr ? [v.ssr] : []));
const { root, hashes, rendered } = await buildAll({ bench: BENCH, project: PROJECT, ssr }).catch((e) => {
  console.error(`bench: cannot bundle the subjects (${e.message}) — run npm run build first`);
  process.exit(1);
});
const pages = new Map();
for (const v of variants) {
  if (v.page) {
    v.html = v.page(rendered); // scenario ssr, now that the server has rendered the widgets
    pages.set(stillVid(v), v.page(rendered, false)); // the same page before its script runs
  }
  pages.set(v.vid, v.html);
}
const idle = variants.filter((v) => !O.throttle.some((rate) => loadsAt(v, rate)));
if (idle.length)
  console.log(
    `bench: not loaded at ${O.throttle.map((r) => `${r}×`).join(', ')}: ${idle.map((v) => `${v.vid} (only ${v.rates.map((r) => `${r}×`).join(', ')})`).join(', ')}`,
  );
const server = await startServer({ root, pages });

/** @type {import('playwright-core').Browser | null} */
let browser = null;
const shutdown = async () => {
  await browser?.close().catch(() => {});
  browser = null;
  await server.close();
};
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => shutdown().finally(() => process.exit(130)));

const samples = {};
let browserVersion = '';
let loadSeq = 0;
try {
  for (const rate of O.throttle) {
    const here = variants.filter((v) => loadsAt(v, rate)); // a scenario may run at some rates only (SCENARIO_RATES)
    samples[rate] = Object.fromEntries(here.map((v) => [v.vid, []]));
    if (!here.length) continue;
    browser = await launch(chromePath); // a fresh browser per rate: no state carried between rates
    const first = !browserVersion;
    browserVersion = browser.version();
    if (first)
      console.log(
        `bench: Chromium ${browserVersion} · ${variants.length} variants × ${O.runs} runs at ${O.throttle.map((r) => `${r}×`).join(', ')} · ${O.scenarios.join(', ')}`,
      );
    const env = { browser, origin: server.origin, take: server.take, still: new Map() };
    // scenario ssr: where every box is before the script runs; CPU-independent, but read in this rate's browser
    for (const v of here.filter((x) => x.boxes)) env.still.set(v.vid, await stillBoxes(env, v, O));
    const one = (v, round) =>
      measureLoad(env, v, { ...O, rate, load: String(++loadSeq) }).then((rec) => Object.assign(rec, { round }));
    for (let w = 0; w < O.warmup; w++) for (const v of here) await one(v, -1); // warm-up rounds, discarded
    for (let r = 0; r < O.runs; r++) {
      // rotate so no variant is always first or last; reverse odd rounds
      let order = here.map((_, i) => here[(i + r) % here.length]);
      if (r % 2) order = order.reverse();
      const failed = [];
      for (const v of order) {
        const rec = await one(v, r);
        samples[rate][v.vid].push(rec);
        if (rec.error) failed.push(`${v.vid}: ${rec.error}`);
      }
      console.log(
        `bench: ${rate}× round ${r + 1}/${O.runs} done (${secs()} s)${failed.length ? ` · FAILED ${failed.join('; ')}` : ''}`,
      );
    }
    await browser.close();
    browser = null;
  }
} finally {
  await shutdown();
}

const A = aggregate(samples, variants, root);
const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const version = (pkg) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(PROJECT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};
const dirty = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length;
const R = {
  meta: {
    date: new Date().toISOString(),
    browser: browserVersion,
    chromePath,
    chromeArgs: CHROME_ARGS,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`,
    node: process.version,
    playwright: version('playwright-core'),
    lit: version('lit'),
    commit: `${git('rev-parse', '--short', 'HEAD') || '?'}${dirty ? ` (+${dirty} uncommitted files in src/)` : ''}`,
    build: hashes,
    options: O,
    wallSeconds: secs(),
  },
  cdnFile: sizesOf(fs.readFileSync(path.join(root, 'cdn/physio-elements.js'))),
  faqEntry: sizesOf(fs.readFileSync(path.join(root, 'faq-entry/physio-faq.js'))),
  localeFiles: Object.fromEntries(
    CDN_LOCALES.map((l) => [l, sizesOf(fs.readFileSync(path.join(root, 'cdn', localeFile(l))))]),
  ),
  ...A,
  samples,
};
R.budgets = checkBudgets(R);

const out = path.resolve(PROJECT, O.out);
fs.mkdirSync(path.dirname(out), { recursive: true });
// absolute paths of the build files say nothing off this machine
fs.writeFileSync(
  `${out}.json`,
  JSON.stringify(R, (k, val) => (k === 'file' ? undefined : val), 1),
);
fs.writeFileSync(`${out}.md`, renderMarkdown(R));
for (const b of R.budgets) console.log(`bench: ${verdict(b)} ${b.budget} — ${b.figure}`);
console.log(`bench: wrote ${path.relative(process.cwd(), out)}.{md,json} in ${secs()} s`);
console.log(summaryLine(R));
process.exit(exitCode(R.budgets, O.fail));
