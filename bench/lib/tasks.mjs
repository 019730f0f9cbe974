// What each long task of a load contained, from the probe's timestamps alone (a trace would slow the load it
// measures): the start of script evaluation, each define() of a widget (all.js defines one per task; its upgrade,
// and on a server-rendered page its hydration, run inside it), and the probe's own first-paint snapshot. What is
// left is the browser's rendering (style, layout, paint) and timers.

/**
 * @param {Array<{ s: number, d: number }>} lt long tasks @param {number | null} jsStart
 * @param {Array<{ name: string, s: number }>} defs our widgets' define() calls @param {{ s: number } | undefined} snap
 * @returns {Array<{ s: number, d: number, what: string }>}
 */
export function longTaskCauses(lt, jsStart, defs, snap) {
  const inside = (t, at) => at != null && at >= t.s && at <= t.s + t.d;
  return lt.map((t) => {
    const defined = defs.filter((d) => inside(t, d.s)).map((d) => d.name);
    const what = defined.length
      ? `define ${defined.join(' + ')}`
      : inside(t, jsStart)
        ? 'script evaluation'
        : inside(t, snap?.s)
          ? 'probe: first-paint snapshot'
          : jsStart === null || t.s + t.d < jsStart
            ? 'before script start'
            : 'rendering, timers';
    return { s: Math.round(t.s), d: Math.round(t.d), what };
  });
}

/** Blocking time (the part of each long task over 50 ms) per cause. @param {Array<{ d: number, what: string }>} tasks */
export function blockingBy(tasks) {
  const by = {};
  for (const t of tasks) by[t.what] = (by[t.what] ?? 0) + Math.max(0, t.d - 50);
  return by;
}
