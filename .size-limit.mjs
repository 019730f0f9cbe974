// Byte budgets, checked in CI with `npm run size` after `npm run build` (gzip -9, as the benchmark measures).
// KiB: a KB here is 1024 bytes, as in the shared benchmark whose figures set these budgets (../shared/bench).
// Files are measured as they are: scripts/size-bundles.mjs makes the FAQ bundles first. The benchmark
// (`npm run bench`) reports the same figures next to its timings.
export default [
  // December 2026 (issue 16, point 3): the exercise drawings became one set built from poses, each with its start and
  // end pose and arrows: about +0.45 KB with their longer text alternatives (drawings 0.59 → 1.04 KB). To make room,
  // what only the floating booking button (`variant="floating"`, a page's opt-in) needs moved beside the file, as the
  // FAQ's structured data had: the guard that keeps it off the focused element and gives focus back on close
  // (about −0.38 KB).
  // Issue 18: server-rendered red flags hydrate their closed root instead of being drawn again (about 80 B, more than
  // the module had left under 40 KiB), and keep it and the ticked signs off every property a page script can read:
  // Lit's public renderRoot, the ElementInternals and the reactive state (about 110 B).
  {
    name: 'CDN file: all five widgets, English and Dutch, all drawings',
    path: 'dist/cdn/physio-elements.js',
    gzip: true,
    limit: '40.25 KiB',
  },
  // Issue 18: the same as a classic script, for pages that cannot use type="module". The module's budget is unchanged;
  // this one adds what only the classic file has: its loader for the classic files beside it (a script element with
  // a Trusted Types policy), about 0.2 KiB.
  {
    name: 'Classic script: the CDN file without type="module" (physio-elements.classic.js)',
    path: 'dist/cdn/physio-elements.classic.js',
    gzip: true,
    limit: '40.5 KiB',
  },
  {
    name: 'FAQ entry with Lit (a page with its own questions and preload.css)',
    path: 'dist/size/faq-entry.js',
    gzip: true,
    limit: '9 KiB',
  },
  // 18 → 19.5 KiB in December 2026: the built-in "When should I get help urgently?" answer now carries the red-flag
  // checklist's three tiers word for word (content review M2: never less than the checklist says), +1.5 KiB. The
  // texts are shared with the checklist, so the CDN file and the FAQ entry did not grow for it.
  {
    name: 'FAQ entry with Lit and every on-demand part (built-in questions in English, the checklist’s signs, search, …)',
    path: 'dist/size/faq-with-all-parts.js',
    gzip: true,
    limit: '19.5 KiB',
  },
  // physio-elements/react (issue 18): what the React wrappers and @lit/react add to a page that has the elements.
  {
    name: 'React layer: physio-elements/react without the elements, React or Lit',
    path: 'dist/size/react-layer.js',
    gzip: true,
    limit: '2 KiB',
  },
  // French and German: a file each beside the CDN file, loaded only on a page in that language (issue 15).
  {
    name: 'French translations beside the CDN file (physio-elements.fr.js)',
    path: 'dist/cdn/physio-elements.fr.js',
    gzip: true,
    limit: '12 KiB',
  },
  {
    name: 'German translations beside the CDN file (physio-elements.de.js)',
    path: 'dist/cdn/physio-elements.de.js',
    gzip: true,
    limit: '12 KiB',
  },
  // The same for the classic script: the same list, handed to its script element instead of exported.
  ...['fr', 'de'].map((locale) => ({
    name: `Classic ${locale} translations (physio-elements.classic.${locale}.js)`,
    path: `dist/cdn/physio-elements.classic.${locale}.js`,
    gzip: true,
    limit: '12 KiB',
  })),
  // Ready-made themes (issue 16): a page links at most one or two. Shipped as written, with the comments that tell a
  // designer what each token does (about half the bytes), so the budget is for the readable file.
  ...['clinic', 'warm', 'calm', 'high-contrast'].map((theme) => ({
    name: `Theme stylesheet themes/${theme}.css (tokens only, with its comments)`,
    path: `dist/cdn/themes/${theme}.css`,
    gzip: true,
    limit: '1.25 KiB',
  })),
];
