// Per-load figures, on canned data (no browser): what a long task is put down to. `npm run bench:check`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockingBy, longTaskCauses } from './tasks.mjs';

test('longTaskCauses: a define() in a task names it; then script start, the probe, before script, the rest', () => {
  const defs = [
    { name: 'physio-faq', s: 1010 },
    { name: 'physio-red-flags', s: 1200 },
  ];
  const tasks = longTaskCauses(
    [
      { s: 300, d: 70 },
      { s: 500, d: 60 },
      { s: 900, d: 80 },
      { s: 1000, d: 120 },
      { s: 1130, d: 55 },
      { s: 1190, d: 90 },
    ],
    920,
    defs,
    { s: 510 },
  );
  assert.deepEqual(
    tasks.map((t) => t.what),
    [
      'before script start',
      'probe: first-paint snapshot',
      'script evaluation',
      'define physio-faq',
      'rendering, timers',
      'define physio-red-flags',
    ],
  );
  assert.deepEqual(blockingBy(tasks), {
    'before script start': 20,
    'probe: first-paint snapshot': 10,
    'script evaluation': 30,
    'define physio-faq': 70,
    'rendering, timers': 5,
    'define physio-red-flags': 40,
  });
});
