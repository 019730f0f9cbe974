// The per-load figures the ssr budgets rest on, on canned snapshots (no browser): what counts as a move, and what a
// long task is put down to. `npm run bench:check`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boxMoves } from './shift.mjs';
import { blockingBy, longTaskCauses } from './tasks.mjs';

const box = (k, y, h = 20) => ({ k, x: 16, y, w: 380, h });

test('boxMoves: any move or resize of 1 px or more counts, on screen or far below it', () => {
  const before = [box('@title', 10), box('physio-red-flags:1', 200, 2900), box('@after', 9000)];
  assert.deepEqual(boxMoves(before, before), { px: 0, moved: [], unmatched: [] });
  assert.equal(boxMoves(before, [box('@title', 10.4), ...before.slice(1)]).px, 0, 'under 1 px is rounding');
  const grown = [box('@title', 10), box('physio-red-flags:1', 200, 3586), box('@after', 9686)];
  const r = boxMoves(before, grown);
  assert.equal(r.px, 686);
  assert.deepEqual(
    r.moved.map((m) => `${m.k} ${m.dy} ${m.dh}`),
    ['physio-red-flags:1 0 686', '@after 686 0'],
  );
});

test('boxMoves: a box only one snapshot has is reported as unmatched, not passed over', () => {
  const r = boxMoves([box('@title', 10), box('@after', 900)], [box('@title', 10), box('physio-faq:1', 40)]);
  assert.deepEqual(r.unmatched.sort(), ['@after', 'physio-faq:1']);
  assert.equal(r.px, 0);
});

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
