// Command-line options of bench/run.mjs.
import { SCENARIOS, SCENARIO_RATES } from './fixtures.mjs';

/** Defaults of a full run and of --quick; the usage text and the report's rerun lines print these. */
export const DEFAULTS = {
  runs: 9,
  throttle: [1, 4],
  quick: { runs: 3, throttle: [4] },
  out: 'bench/results/latest',
  settle: 1000,
};
const csv = (rates) => rates.join(',');

const USAGE = `node bench/run.mjs [--runs ${DEFAULTS.runs}] [--throttle ${csv(DEFAULTS.throttle)}] [--scenarios ${Object.keys(SCENARIOS).join(',')}]
  [--out ${DEFAULTS.out}] [--settle ${DEFAULTS.settle}] [--gate | --no-fail] [--quick]
  --quick      ${DEFAULTS.quick.runs} runs at ${csv(DEFAULTS.quick.throttle)}x, for development (--runs/--throttle still override)
  --scenarios  ${Object.entries(SCENARIO_RATES)
    .map(([sc, rates]) => `${sc} runs at ${csv(rates)}x only`)
    .join(', ')}; the others at every --throttle rate
  --out        path without extension, relative to the project root; writes .md and .json
  --gate       exit 1 when a budget fails (the default)
  --no-fail    report budgets but exit 0`;

/** @param {string[]} argv */
export function parseOptions(argv) {
  const has = (k) => argv.includes(k);
  const get = (k, d) => {
    const i = argv.indexOf(k);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : d;
  };
  if (has('--help') || has('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  const VALUED = ['--runs', '--throttle', '--scenarios', '--out', '--settle'];
  const FLAGS = ['--quick', '--no-fail', '--gate'];
  const unknown = argv.filter(
    (a, i) => a.startsWith('-') && !VALUED.includes(a) && !FLAGS.includes(a) && !VALUED.includes(argv[i - 1]),
  );
  if (unknown.length) {
    console.error(`bench: unknown option ${unknown.join(' ')}\n${USAGE}`);
    process.exit(2);
  }
  const quick = has('--quick');
  const o = {
    quick,
    runs: Number(get('--runs', String((quick ? DEFAULTS.quick : DEFAULTS).runs))),
    throttle: get('--throttle', csv((quick ? DEFAULTS.quick : DEFAULTS).throttle))
      .split(',')
      .map(Number),
    scenarios: get('--scenarios', Object.keys(SCENARIOS).join(',')).split(','),
    out: get('--out', DEFAULTS.out),
    settle: Number(get('--settle', String(DEFAULTS.settle))), // ms after ready during which layout shifts still count
    warmup: 1,
    clicks: 3,
    heapItems: 30,
    viewport: { width: 412, height: 915 },
    fail: !has('--no-fail'), // --gate (exit 1 on a failed budget) is the default
  };
  const bad = o.scenarios.filter((s) => !SCENARIOS[s]);
  if (bad.length || !(o.runs >= 1) || o.throttle.some((r) => !(r >= 1))) {
    console.error(`bench: bad option(s)${bad.length ? `: unknown scenario ${bad.join(', ')}` : ''}\n${USAGE}`);
    process.exit(2);
  }
  return o;
}
