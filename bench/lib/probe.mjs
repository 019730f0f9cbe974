// In-page instrumentation, installed with page.addInitScript() so it runs before any page
// script. probe() is serialised with toString(): it must not use anything from outside.

/* global CustomElementRegistry, addEventListener, removeEventListener, innerWidth, fetch */
function probe(cfg) {
  if (window !== window.top) return;
  const B = (window.__bench = { ls: [], lt: [], paint: {}, defs: [], t: {}, err: [] });

  const observe = (type, fn) => {
    try {
      new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch (e) {
      B.err.push(`${type}: ${e.message}`);
    }
  };
  // what moved, so a failing shift budget can be traced to an element
  const describe = (n) =>
    !n
      ? '?'
      : n.nodeType !== 1
        ? `${n.nodeName} in ${describe(n.parentElement)}`
        : n.localName +
          (n.id ? `#${n.id}` : '') +
          ['data-q', 'data-a', 'data-anchor']
            .filter((a) => n.hasAttribute(a))
            .map((a) => `[${a}=${n.getAttribute(a)}]`)
            .join('');
  const box = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  observe('layout-shift', (e) =>
    B.ls.push({
      v: e.value,
      t: e.startTime,
      input: e.hadRecentInput,
      src: (e.sources || []).map((x) => `${describe(x.node)}: ${box(x.previousRect)} → ${box(x.currentRect)}`),
    }),
  );
  observe('longtask', (e) => B.lt.push({ s: e.startTime, d: e.duration }));

  // Light-DOM anchor boxes. Chromium's layout-shift API misses boxes that are re-created
  // (a host gaining a shadow root or changing display type), so positions of text the
  // reader already saw are compared directly, first paint vs ready. Answers are not read:
  // geometry inside content-visibility:hidden (closed <details>) forces extra layout work
  // that would be billed to the subject.
  const anchors = () => {
    const rects = [];
    for (const el of document.querySelectorAll(cfg.anchors)) {
      const r = el.getBoundingClientRect();
      const shown = el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
      rects.push({
        k: el.hasAttribute('data-q') ? `q${el.getAttribute('data-q')}` : `@${el.getAttribute('data-anchor')}`,
        x: r.left,
        y: r.top,
        w: shown ? r.width : 0,
        h: shown ? r.height : 0,
      });
    }
    return { vw: innerWidth, vh: innerHeight, rects };
  };
  B.anchors = anchors;

  observe('paint', (e) => {
    B.paint[e.name] = e.startTime;
    if (e.name !== 'first-contentful-paint') return;
    B.a0 = anchors();
    // tell the server the page has painted: it now sends the held JS
    if (cfg.releaseUrl) fetch(cfg.releaseUrl, { method: 'POST', keepalive: true }).catch(() => {});
  });

  // define() upgrades parsed instances synchronously, so its end is "defined"
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    const s = performance.now();
    try {
      return define.call(this, name, ...rest);
    } finally {
      B.defs.push({ name, s, e: performance.now() });
    }
  };

  // end of the next frame: rAF runs before style/layout/paint; the message task after it
  const afterFrame = () =>
    new Promise((res) =>
      requestAnimationFrame(() => {
        const mc = new MessageChannel();
        mc.port1.onmessage = () => res(performance.now());
        mc.port2.postMessage(0);
      }),
    );
  B.afterFrame = afterFrame;

  // updateComplete resolves false when another update was queued meanwhile: await again
  const settled = async (el) => {
    if (!('updateComplete' in el)) return;
    for (let k = 0; k < 100; k++) if (await el.updateComplete) return;
    B.err.push(`${el.localName}: updateComplete never true`);
  };
  B.waitReady = async (root, tags) => {
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    const els = tags.length ? [...root.querySelectorAll(tags.join(','))] : [];
    await Promise.all(els.map(settled));
    return { instances: els.length, ready: await afterFrame() };
  };

  B.readyPromise = new Promise((resolve) => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        B.t.dcl = performance.now();
        B.waitReady(document, cfg.tags).then(
          (r) => {
            B.t.ready = r.ready;
            B.t.instances = r.instances;
            B.a1 = anchors();
            resolve(true);
          },
          (e) => {
            B.err.push(`ready: ${e}`);
            resolve(false);
          },
        );
      },
      { once: true },
    );
  });

  // Visible height of an element in the flat tree (display, visibility, content-visibility,
  // clipping by overflow of ancestors, including across shadow boundaries).
  const flatParent = (n) => n.assignedSlot || (n.parentNode && n.parentNode.host) || n.parentNode;
  const visibleHeight = (el) => {
    if (
      !el ||
      !el.isConnected ||
      !el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
    )
      return 0;
    const r = el.getBoundingClientRect();
    let top = r.top,
      bottom = r.bottom;
    if (r.width < 1) return 0;
    for (let n = flatParent(el); n && n.nodeType === 1 && n !== document.documentElement; n = flatParent(n)) {
      const cs = getComputedStyle(n);
      if (cs.display === 'contents' || (cs.overflowX === 'visible' && cs.overflowY === 'visible')) continue;
      const pr = n.getBoundingClientRect();
      top = Math.max(top, pr.top);
      bottom = Math.min(bottom, pr.bottom);
    }
    return Math.max(0, bottom - top);
  };

  // Install before a click: takes the pointerdown timestamp, then after every frame
  // checks whether the answer is shown ('open') or gone ('closed').
  B.watch = (answerSel, want, timeoutMs) => {
    const ans = document.querySelector(answerSel);
    const w = { t0: null };
    const onDown = (e) => {
      if (w.t0 === null) w.t0 = e.timeStamp;
    };
    addEventListener('pointerdown', onDown, true);
    const start = performance.now();
    w.done = new Promise((resolve) => {
      const tick = (now) => {
        if (w.t0 !== null) {
          const vh = visibleHeight(ans);
          if (want === 'open' ? vh >= 1 : vh < 1) {
            removeEventListener('pointerdown', onDown, true);
            return resolve({ ms: now - w.t0 });
          }
        }
        if (now - start > timeoutMs) {
          removeEventListener('pointerdown', onDown, true);
          return resolve({ ms: null, timedOut: true, sawPointer: w.t0 !== null });
        }
        afterFrame().then(tick);
      };
      afterFrame().then(tick);
    });
    B.w = w;
  };
}

/** @param {{ tags: string[], releaseUrl: string | null, anchors: string }} cfg */
export function probeSource(cfg) {
  return `(${probe.toString()})(${JSON.stringify(cfg)});`;
}
