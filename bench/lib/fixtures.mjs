// Subjects, scenarios and the page HTML of every variant. All pages share one clinic-page
// shell with the same inline base CSS (not counted in any subject's bytes); only the FAQ
// markup and the subject's own JS/CSS (paths under bench/.build/) differ.
// Probe contract: data-q="<prefix><i>" on each clickable question, data-a on its answer,
// data-anchor on page text whose position is tracked for the visual-shift figure.
import { items, esc } from './content.mjs';

const detailsItems = (list, p) =>
  list
    .map(
      ({ i, q, a }) =>
        `<details><summary data-q="${p}${i}">${esc(q)}</summary><p data-a="${p}${i}">${esc(a)}</p></details>`,
    )
    .join('\n');

/**
 * @typedef {{ id: string, label: string, js: string[], css: string[], tags: string[], faq: (n: number, prefix?: string) => string }} Subject
 * @type {Record<string, Subject>}
 */
const SUBJECTS = {
  native: {
    id: 'native',
    label: 'native <details>, no JS',
    js: [],
    css: ['native/native.css'],
    tags: [],
    faq: (n, p = '') => `<div class="faq-native">\n${detailsItems(items(n), p)}\n</div>`,
  },
  'lit-accordion': {
    id: 'lit-accordion',
    label: 'minimal Lit accordion (lit-faq-item)',
    js: ['lit-accordion/lit-accordion.js'],
    css: ['lit-accordion/lit-accordion.css'],
    tags: ['lit-faq-item'],
    faq: (n, p = '') =>
      `<div class="faq-lit">\n${items(n)
        .map(
          ({ i, q, a }) =>
            `<lit-faq-item><span slot="question" data-q="${p}${i}">${esc(q)}</span><p data-a="${p}${i}">${esc(a)}</p></lit-faq-item>`,
        )
        .join('\n')}\n</div>`,
  },
  'physio-faq': {
    id: 'physio-faq',
    label: 'physio-faq entry + lit (esbuild) + preload.css',
    js: ['physio-faq/physio-faq.js'],
    css: ['cdn/physio-elements.css'],
    tags: ['physio-faq'],
    faq: (n, p = '') => `<physio-faq>\n${detailsItems(items(n), p)}\n</physio-faq>`,
  },
  // Not a budget subject: the same markup and preload.css with no script, i.e. what the page's own questions cost
  // before any of our JavaScript runs. It separates the widget's own cost from that of the <details> it keeps.
  'physio-css': {
    id: 'physio-css',
    label: 'physio-faq markup + preload.css, no JS (the FAQ floor)',
    js: [],
    css: ['cdn/physio-elements.css'],
    tags: [],
    faq: (n, p = '') => `<physio-faq>\n${detailsItems(items(n), p)}\n</physio-faq>`,
  },
  'physio-cdn': {
    id: 'physio-cdn',
    label: 'CDN file (all five widgets) + preload.css',
    js: ['cdn/physio-elements.js'],
    css: ['cdn/physio-elements.css'],
    tags: ['physio-faq'],
    faq: (n, p = '') => `<physio-faq>\n${detailsItems(items(n), p)}\n</physio-faq>`,
  },
};

const ALL_FIVE_TAGS = [
  'physio-faq',
  'physio-red-flags',
  'physio-load-bucket',
  'physio-exercise-card',
  'physio-booking-cta',
];

/** Scenario -> the (subject, item count) pairs it compares. */
export const SCENARIOS = {
  'faq-30': [
    ['native', 30],
    ['lit-accordion', 30],
    ['physio-faq', 30],
    ['physio-cdn', 30],
    ['physio-css', 30],
  ],
  scale: [1, 30, 300].flatMap((n) => [
    ['native', n],
    ['lit-accordion', n],
    ['physio-faq', n],
  ]),
  'all-five': [['all-five', 8]],
};

/** The variant ids (`<subject>@<n>`) a scenario loads. @param {string} sc */
export const scenarioVids = (sc) => SCENARIOS[sc].map(([sid, n]) => `${sid}@${n}`);

const BASE_CSS = `html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1f24;background:#fff}
body{margin:0}.site{padding:12px 16px;background:#1d5c4d;color:#fff;font-weight:700}
main{max-width:40rem;margin:0 auto;padding:0 16px 48px}h1{font-size:1.6rem;line-height:1.25;margin:16px 0 8px}
.after{margin-top:24px;padding:16px;border:1px solid #ccd;border-radius:8px}`;

function shell({ title, css, js, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${BASE_CSS}</style>
${css.map((f) => `<link rel="stylesheet" href="${f}">`).join('\n')}
${js.map((f) => `<script type="module" src="${f}"></script>`).join('\n')}
</head>
<body>
<header class="site">Harbourside Physiotherapy</header>
<main>
${body}
</main>
</body>
</html>
`;
}

function faqPage(s, n) {
  return shell({
    title: 'Lower back pain: your questions answered',
    css: s.css,
    js: s.js,
    body: `<h1 data-anchor="title">Lower back pain: your questions answered</h1>
<p data-anchor="intro">Short answers to what patients ask us most. They are general information, not a diagnosis; your physiotherapist will look at your own situation.</p>
<div id="faq">
${s.faq(n)}
</div>
<section class="after" data-anchor="after"><h2>Make an appointment</h2><p>We see patients on weekdays from 8am to 7pm. Please bring your medicines list and any reports.</p></section>`,
  });
}

/** A realistic clinic page: page text in the widgets' order, the FAQ first. */
function allFivePage(n) {
  const cdn = SUBJECTS['physio-cdn'];
  const text = (k, h, p) => `<h2 data-anchor="s${k}-heading">${h}</h2>\n<p data-anchor="s${k}-text">${p}</p>`;
  return shell({
    title: 'Lower back pain: advice from your physiotherapist',
    css: cdn.css,
    js: cdn.js,
    body: `<h1 data-anchor="title">Lower back pain: advice from your physiotherapist</h1>
<p data-anchor="intro">Back pain is common and usually settles. This page answers common questions, lists the signs that need urgent care, explains why pain varies from week to week, and gives you a first exercise.</p>
${text(1, 'Common questions', 'Tap a question to read the answer.')}
<div id="faq">
${cdn.faq(n)}
</div>
${text(2, 'When to get help quickly', 'Most back pain is not dangerous. Check the list below; if any sign applies to you, act on it today.')}
<physio-red-flags></physio-red-flags>
${text(3, 'Why some weeks hurt more', 'Your back copes with a certain amount of load. Stress, poor sleep and busy days add to it; rest, movement and good habits make room.')}
<physio-load-bucket></physio-load-bucket>
${text(4, 'An exercise to start with', 'Try this once or twice a day. Move slowly and stop if the pain becomes sharp.')}
<physio-exercise-card exercise="bird-dog"></physio-exercise-card>
${text(5, 'Book an appointment', 'New patients are usually seen within a week. You do not need a referral.')}
<physio-booking-cta href="https://example.org/book" phone="+31201234567"></physio-booking-cta>
<p class="after" data-anchor="after">Harbourside Physiotherapy · Quay Street 12 · open weekdays 8am to 7pm</p>`,
  });
}

/**
 * Every distinct (subject, n) of the chosen scenarios, once: a variant shared by two
 * scenarios (e.g. physio-faq at 30 items in faq-30 and scale) is loaded once per round.
 * @param {string[]} scenarios
 */
export function variantsFor(scenarios) {
  const out = new Map();
  for (const sc of scenarios) {
    for (const [sid, n] of SCENARIOS[sc]) {
      const vid = `${sid}@${n}`;
      if (out.has(vid)) continue;
      if (sid === 'all-five') {
        out.set(vid, {
          vid,
          subject: 'all-five',
          n,
          js: SUBJECTS['physio-cdn'].js,
          css: SUBJECTS['physio-cdn'].css,
          tags: ALL_FIVE_TAGS,
          heap: false,
          html: allFivePage(n),
        });
      } else {
        const s = SUBJECTS[sid];
        out.set(vid, {
          vid,
          subject: sid,
          n,
          js: s.js,
          css: s.css,
          tags: s.tags,
          heap: true,
          html: faqPage(s, n),
          faq: s.faq,
        });
      }
    }
  }
  return [...out.values()];
}
