// Subjects, scenarios and the page HTML of every variant. All pages share one clinic-page
// shell with the same inline base CSS (not counted in any subject's bytes); only the FAQ
// markup and the subject's own JS/CSS (paths under bench/.build/) differ.
// Probe contract: data-q="<prefix><i>" on each clickable question, data-a on its answer,
// data-anchor on page text whose position is tracked for the visual-shift figure.
// The language pages (scenario lang) are the all-five page in Belgian Dutch and Belgian French.
import { items, esc } from './content.mjs';
import { ssrKey } from './ssr.mjs';

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
  // The all-five page as a Belgian Dutch page (English and Dutch are in the CDN file) and as a Belgian French page
  // (the CDN file loads physio-elements.fr.js first), loaded in the same rounds so their figures pair.
  lang: [
    ['all-five-nl', 8],
    ['all-five-fr', 8],
  ],
  // The all-five page rendered in the browser and rendered on the server, loaded in the same rounds so they pair.
  ssr: [
    ['all-five-client', 8],
    ['all-five-ssr', 8],
  ],
};

/**
 * The CPU rates a scenario is loaded at, when not every rate of the run: the language pages only at 4×, where
 * their budgets are, to keep the full run short. A rate the run leaves out (--throttle) is not added.
 * @type {Record<string, number[]>}
 */
export const SCENARIO_RATES = { lang: [4] };

/** The variant ids (`<subject>@<n>`) a scenario loads. @param {string} sc */
export const scenarioVids = (sc) => SCENARIOS[sc].map(([sid, n]) => `${sid}@${n}`);

/** The rates of the run at which a scenario is loaded. @param {string} sc @param {number[]} rates */
export const scenarioRates = (sc, rates) => rates.filter((r) => !SCENARIO_RATES[sc] || SCENARIO_RATES[sc].includes(r));

/** Whether a variant is loaded at this CPU rate. @param {{ rates: number[] | null }} v @param {number} rate */
export const loadsAt = (v, rate) => !v.rates || v.rates.includes(rate);

const BASE_CSS = `html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1f24;background:#fff}
body{margin:0}.site{padding:12px 16px;background:#1d5c4d;color:#fff;font-weight:700}
main{max-width:40rem;margin:0 auto;padding:0 16px 48px}h1{font-size:1.6rem;line-height:1.25;margin:16px 0 8px}
.after{margin-top:24px;padding:16px;border:1px solid #ccd;border-radius:8px}`;

function shell({ title, css, js, body, lang = 'en', site = 'Harbourside Physiotherapy' }) {
  return `<!doctype html>
<html lang="${lang}">
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
<header class="site">${site}</header>
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

// Page text of the all-five page in each language. The widgets and their attributes are the same on every page;
// the Belgian pages have a Belgian phone number.
const ALL_FIVE_TEXT = {
  en: {
    lang: 'en',
    site: 'Harbourside Physiotherapy',
    title: 'Lower back pain: advice from your physiotherapist',
    intro:
      'Back pain is common and usually settles. This page answers common questions, lists the signs that need urgent care, explains why pain varies from week to week, and gives you a first exercise.',
    sections: [
      ['Common questions', 'Tap a question to read the answer.'],
      [
        'When to get help quickly',
        'Most back pain is not dangerous. Check the list below; if any sign applies to you, act on it today.',
      ],
      [
        'Why some weeks hurt more',
        'Your back copes with a certain amount of load. Stress, poor sleep and busy days add to it; rest, movement and good habits make room.',
      ],
      ['An exercise to start with', 'Try this once or twice a day. Move slowly and stop if the pain becomes sharp.'],
      ['Book an appointment', 'New patients are usually seen within a week. You do not need a referral.'],
    ],
    phone: '+31201234567',
    footer: 'Harbourside Physiotherapy · Quay Street 12 · open weekdays 8am to 7pm',
  },
  nl: {
    lang: 'nl-BE',
    site: 'Kinesitherapie Aan de Kaai',
    title: 'Lage rugpijn: advies van uw kinesitherapeut',
    intro:
      'Rugpijn komt vaak voor en gaat meestal vanzelf over. Op deze pagina vindt u antwoorden op veelgestelde vragen, de signalen die dringend zorg vragen, waarom de pijn van week tot week verschilt, en een eerste oefening.',
    sections: [
      ['Veelgestelde vragen', 'Tik op een vraag om het antwoord te lezen.'],
      [
        'Wanneer snel hulp zoeken',
        'De meeste rugpijn is niet gevaarlijk. Overloop de lijst hieronder; als een signaal op u van toepassing is, onderneem dan vandaag nog actie.',
      ],
      [
        'Waarom sommige weken meer pijn doen',
        'Uw rug kan een bepaalde belasting aan. Stress, slecht slapen en drukke dagen tellen mee; rust, beweging en goede gewoonten maken ruimte.',
      ],
      [
        'Een oefening om mee te beginnen',
        'Doe deze oefening een- of tweemaal per dag. Beweeg langzaam en stop als de pijn scherp wordt.',
      ],
      [
        'Maak een afspraak',
        'Nieuwe patiënten kunnen meestal binnen de week terecht. Breng uw voorschrift mee als u er een hebt.',
      ],
    ],
    phone: '+3292345678',
    footer: 'Kinesitherapie Aan de Kaai · Kaaistraat 12, 9000 Gent · open op weekdagen van 8 tot 19 uur',
  },
  fr: {
    lang: 'fr-BE',
    site: 'Kinésithérapie du Quai',
    title: 'Mal au bas du dos\u00a0: les conseils de votre kinésithérapeute',
    intro:
      'Le mal de dos est fréquent et passe en général de lui-même. Cette page répond aux questions courantes, liste les signes qui demandent des soins urgents, explique pourquoi la douleur varie d’une semaine à l’autre et vous propose un premier exercice.',
    sections: [
      ['Questions fréquentes', 'Touchez une question pour lire la réponse.'],
      [
        'Quand consulter rapidement',
        'La plupart des maux de dos ne sont pas dangereux. Parcourez la liste ci-dessous\u00a0; si un signe vous concerne, agissez dès aujourd’hui.',
      ],
      [
        'Pourquoi certaines semaines font plus mal',
        'Votre dos supporte une certaine charge. Le stress, le manque de sommeil et les journées chargées s’y ajoutent\u00a0; le repos, le mouvement et de bonnes habitudes font de la place.',
      ],
      [
        'Un exercice pour commencer',
        'Faites-le une ou deux fois par jour. Bougez lentement et arrêtez si la douleur devient vive.',
      ],
      [
        'Prendre rendez-vous',
        'Les nouveaux patients sont en général reçus dans la semaine. Apportez votre prescription si vous en avez une.',
      ],
    ],
    phone: '+3292345678',
    footer:
      'Kinésithérapie du Quai · Quai aux Pierres de Taille 12, 1000 Bruxelles · ouvert en semaine de 8\u00a0h à 19\u00a0h',
  },
};

/** The all-five subjects: the English page, and the language pages of scenario lang. */
const ALL_FIVE_LANG = { 'all-five': 'en', 'all-five-nl': 'nl', 'all-five-fr': 'fr' };

/**
 * The all-five page of scenario ssr, twice: its widgets rendered on the server (declarative shadow DOM) with a client
 * that hydrates them, and the same page rendered in the browser by the same client without the hydration support.
 * Both clients are esbuild bundles of dist/esm/all.js (lib/ssr.mjs), so the hydration support is their only difference.
 */
const SSR_SUBJECTS = {
  'all-five-client': { js: ['ssr/client.js'], ssr: false },
  'all-five-ssr': { js: ['ssr/hydrate.js'], ssr: true },
};

/**
 * A realistic clinic page: page text in the widgets' order, the FAQ first. Its body as parts: the page's own HTML as
 * strings, each widget as `{ widget }`, its tag as written, which a server may render (`render`).
 * @param {number} n @param {'en' | 'nl' | 'fr'} lang
 * @returns {Array<string | { widget: string }>}
 */
function allFiveParts(n, lang) {
  const t = ALL_FIVE_TEXT[lang];
  const text = (k) => {
    const [h, p] = t.sections[k - 1];
    return `<h2 data-anchor="s${k}-heading">${esc(h)}</h2>\n<p data-anchor="s${k}-text">${esc(p)}</p>`;
  };
  return [
    `<h1 data-anchor="title">${esc(t.title)}</h1>\n<p data-anchor="intro">${esc(t.intro)}</p>\n${text(1)}\n<div id="faq">\n`,
    { widget: `<physio-faq>\n${detailsItems(items(n, lang), '')}\n</physio-faq>` },
    `\n</div>\n${text(2)}\n`,
    { widget: '<physio-red-flags></physio-red-flags>' },
    `\n${text(3)}\n`,
    { widget: '<physio-load-bucket></physio-load-bucket>' },
    `\n${text(4)}\n`,
    { widget: '<physio-exercise-card exercise="bird-dog"></physio-exercise-card>' },
    `\n${text(5)}\n`,
    { widget: `<physio-booking-cta href="https://example.org/book" phone="${t.phone}"></physio-booking-cta>` },
    `\n<p class="after" data-anchor="after">${esc(t.footer)}</p>`,
  ];
}

/** The widgets of the all-five page, each its tag as written. @param {number} n @param {'en' | 'nl' | 'fr'} lang */
const widgetsOf = (n, lang) => allFiveParts(n, lang).flatMap((part) => (typeof part === 'string' ? [] : [part.widget]));

const missing = (widget) => {
  throw new Error(`no server rendering of ${widget.slice(0, 40)}`);
};

/**
 * @param {number} n @param {'en' | 'nl' | 'fr'} lang @param {{ js: string[], css: string[] }} files
 * @param {(widget: string) => string} [render] a widget's HTML on the page: as written, or as the server rendered it
 */
function allFivePage(n, lang, files, render = (w) => w) {
  const t = ALL_FIVE_TEXT[lang];
  return shell({
    title: esc(t.title),
    css: files.css,
    js: files.js,
    lang: t.lang,
    site: esc(t.site),
    body: allFiveParts(n, lang)
      .map((part) => (typeof part === 'string' ? part : render(part.widget)))
      .join(''),
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
    const rates = SCENARIO_RATES[sc] ?? null; // null: every rate of the run
    for (const [sid, n] of SCENARIOS[sc]) {
      const vid = `${sid}@${n}`;
      const seen = out.get(vid);
      if (seen) {
        // shared by two scenarios: loaded at the rates of both
        seen.rates = seen.rates && rates ? [...new Set([...seen.rates, ...rates])] : null;
        continue;
      }
      const lang = ALL_FIVE_LANG[sid];
      if (lang) {
        out.set(vid, {
          vid,
          subject: sid,
          n,
          rates,
          js: SUBJECTS['physio-cdn'].js,
          css: SUBJECTS['physio-cdn'].css,
          tags: ALL_FIVE_TAGS,
          heap: false,
          // the language pages watch every frame for the widgets' text (probe.mjs); the English page is left as it was
          textLang: lang === 'en' ? null : lang,
          html: allFivePage(n, lang, SUBJECTS['physio-cdn']),
        });
      } else if (SSR_SUBJECTS[sid]) {
        const { js, ssr } = SSR_SUBJECTS[sid];
        const { lang } = ALL_FIVE_TEXT.en;
        out.set(vid, {
          vid,
          subject: sid,
          n,
          rates,
          js,
          css: SUBJECTS['physio-cdn'].css,
          tags: ALL_FIVE_TAGS,
          heap: false,
          textLang: null,
          // every widget box is tracked too, anywhere on the page, against the page without its script (measure.mjs)
          boxes: true,
          // the widgets the server renders, at the start of the run (lib/ssr.mjs); the pages are made after that
          ssr: ssr ? { lang, widgets: widgetsOf(n, 'en') } : null,
          html: null,
          /** @param {Map<string, string>} rendered @param {boolean} [script] false: the page before its script runs */
          page: (rendered, script = true) =>
            allFivePage(n, 'en', { js: script ? js : [], css: SUBJECTS['physio-cdn'].css }, (w) =>
              ssr ? (rendered.get(ssrKey(lang, w)) ?? missing(w)) : w,
            ),
        });
      } else {
        const s = SUBJECTS[sid];
        out.set(vid, {
          vid,
          subject: sid,
          n,
          rates,
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
