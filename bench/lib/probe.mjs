// In-page instrumentation, installed with page.addInitScript() so it runs before any page
// script. probe() is serialised with toString(): it must not use anything from outside.

/* global CustomElementRegistry, Element, MutationObserver, addEventListener, removeEventListener, innerWidth, fetch, scrollX, scrollY */
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
  // a question, page text, or the n-th widget of its tag
  const keyOf = (el, seen) =>
    el.hasAttribute('data-q')
      ? `q${el.getAttribute('data-q')}`
      : el.hasAttribute('data-anchor')
        ? `@${el.getAttribute('data-anchor')}`
        : `${el.localName}:${(seen[el.localName] = (seen[el.localName] ?? 0) + 1)}`;
  const anchors = () => {
    const rects = [];
    for (const el of document.querySelectorAll(cfg.anchors)) {
      const r = el.getBoundingClientRect();
      const shown = el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
      rects.push({
        k: keyOf(el, {}),
        x: r.left,
        y: r.top,
        w: shown ? r.width : 0,
        h: shown ? r.height : 0,
      });
    }
    return { vw: innerWidth, vh: innerHeight, rects };
  };
  B.anchors = anchors;

  // Scenario ssr (cfg.boxes): the page boxes of the anchors and of every widget host, anywhere on the page, not only on
  // screen, as a server-rendered page promises that nothing moves once it is painted. Compared with the same page
  // loaded without its script (measure.mjs, stillBoxes), not read at first paint: a large page may still be parsing
  // then, and reading it before the script runs would force a layout into the task that runs the script.
  const boxes = () => {
    const seen = {};
    return [...document.querySelectorAll(cfg.boxes)].map((el) => {
      const r = el.getBoundingClientRect();
      return { k: keyOf(el, seen), x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height };
    });
  };
  B.boxes = boxes;

  observe('paint', (e) => {
    B.paint[e.name] = e.startTime;
    if (e.name !== 'first-contentful-paint') return;
    // the snapshot's own time, so a long task it falls in can be told apart from the page's (lib/tasks.mjs)
    const s = performance.now();
    B.a0 = anchors();
    B.t.snap = { s, e: performance.now() };
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
  const endOfFrame = (fn) => {
    const mc = new MessageChannel();
    mc.port1.onmessage = () => fn(performance.now());
    mc.port2.postMessage(0);
  };
  const afterFrame = () => new Promise((res) => requestAnimationFrame(() => endOfFrame(res)));
  B.afterFrame = afterFrame;

  // Language pages only (cfg.text): in which frame does every widget first show its text in the page's language,
  // and does any frame show English widget text? Test harness only: attachShadow is wrapped before the page's
  // scripts run, to keep every widget's render root, also the red-flag checklist's closed one. Each root is watched
  // with a MutationObserver; after a change, the next requestAnimationFrame reads the root as that frame paints it
  // (rAF runs before style, layout and paint; the widgets render in tasks, not in rAF), and the end of that frame
  // (rAF + message, as afterFrame) is its time. No layout is read, so the watch adds no layout work to the load.
  if (cfg.text) {
    const { lang, tags, english } = cfg.text;
    const T = (B.text = {
      seen: false,
      painted: null,
      enFrames: 0,
      enFirst: null,
      enIn: [],
      frames: 0,
      tags: [],
      ms: 0, // the watch's own JS time, so its cost is on record
    });
    const roots = new Map(); // host -> its render root
    const state = new Map(); // host -> { shows: text in the page's language, en: English text }, as of the last check
    const dirty = new Set(); // hosts whose root changed since the last check
    const primary = (s) => (s || '').trim().toLowerCase().split(/[-_]/)[0];
    // an element of the root with lang="<want>…" and text in it
    const shows = (root, want) =>
      [...root.querySelectorAll('[lang]')].some(
        (el) => primary(el.getAttribute('lang')) === want && el.textContent.trim() !== '',
      );
    // English: an element with lang="en…" and text, or the English disclaimer (untranslated text under another lang)
    const read = (root) => ({ shows: shows(root, lang), en: shows(root, 'en') || root.textContent.includes(english) });
    let queued = false;
    const check = () => {
      const t0 = performance.now();
      queued = false;
      T.frames++;
      for (const h of dirty) state.set(h, read(roots.get(h)));
      dirty.clear();
      const hosts = [...roots.keys()].filter((h) => h.isConnected);
      const en = hosts.filter((h) => state.get(h).en);
      const done = tags.every((t) => {
        const of = hosts.filter((h) => h.localName === t);
        return of.length > 0 && of.every((h) => state.get(h).shows && !state.get(h).en);
      });
      if (en.length) {
        T.enFrames++;
        for (const h of en) if (!T.enIn.includes(h.localName)) T.enIn.push(h.localName);
        if (T.enFirst === null) endOfFrame((t) => (T.enFirst = t));
      }
      if (done && !T.seen) {
        T.seen = true; // in this frame; its end is the time
        endOfFrame((t) => (T.painted = t));
      }
      T.ms += performance.now() - t0;
    };
    const changed = (host) => {
      dirty.add(host);
      if (queued) return;
      queued = true;
      requestAnimationFrame(check);
    };
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attachShadow.call(this, init);
      if (tags.includes(this.localName)) {
        roots.set(this, root);
        if (!T.tags.includes(this.localName)) T.tags.push(this.localName);
        new MutationObserver(() => changed(this)).observe(root, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['lang'],
        });
        changed(this);
      }
      return root;
    };
  }

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
            if (cfg.boxes) B.b1 = boxes();
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

/**
 * @param {{ tags: string[], releaseUrl: string | null, anchors: string, boxes?: string | null,
 *   text?: { lang: string, tags: string[], english: string } | null }} cfg
 *   boxes: also keep the page boxes of these elements, anywhere on the page (server-rendered pages)
 *   text: watch the widgets' render roots for text in `lang` (and English text, found by `english`)
 */
export function probeSource(cfg) {
  return `(${probe.toString()})(${JSON.stringify(cfg)});`;
}
