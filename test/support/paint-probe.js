// Loaded by test pages before the widgets' script (a plain script, so a strict CSP allows it). It keeps every shadow
// root, closed ones included, and from the first frame on records, once per frame, the text each widget shows: what
// a reader would see painted in that frame. It also sums the page's layout shifts. For tests only.
window.__paint = { frames: [], shift: 0, roots: new Map() };
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attachShadow.call(this, init);
  window.__paint.roots.set(this, root);
  return root;
};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__paint.shift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

/** The text a widget shows: its rendered shadow content once defined (sources line aside: titles stay as published), else the page's own. */
function shownText(el) {
  const root = window.__paint.roots.get(el);
  if (!el.matches(':defined') || !root) return el.innerText;
  return [...root.children]
    .filter((child) => child.localName !== 'style')
    .map((child) => {
      const copy = child.cloneNode(true);
      for (const sources of copy.querySelectorAll('[part~=sources]')) sources.remove();
      return child.checkVisibility() ? copy.textContent : '';
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function sample() {
  const widgets = [...document.querySelectorAll('body *')].filter((el) => el.localName.startsWith('physio-'));
  window.__paint.frames.push(
    widgets.map((el) => ({ tag: el.localName, defined: el.matches(':defined'), text: shownText(el) })),
  );
  requestAnimationFrame(sample);
}
requestAnimationFrame(sample);
