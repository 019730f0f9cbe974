// Command-line options of bench/run.mjs.
import { SCENARIOS } from './fixtures.mjs';

export const USAGE = `node bench/run.mjs [--runs 9] [--throttle 1,4] [--scenarios faq-30,scale,all-five]
  [--out bench/results/latest] [--settle 1000] [--gate | --no-fail] [--quick]
  --quick      3 runs at one throttle (4x), for development (--runs/--throttle still override)
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
    runs: Number(get('--runs', quick ? '3' : '9')),
    throttle: get('--throttle', quick ? '4' : '1,4')
      .split(',')
      .map(Number),
    scenarios: get('--scenarios', Object.keys(SCENARIOS).join(',')).split(','),
    out: get('--out', 'bench/results/latest'),
    settle: Number(get('--settle', '1000')), // ms after ready during which layout shifts still count
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
