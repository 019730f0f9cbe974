import { expect, waitUntil } from '@open-wc/testing';
import { strictCsp } from './support/csp.js';

// French and German pages, as a Belgian CMS page uses the CDN file: the language file beside it is loaded only on a
// page in that language, and no English word is painted while it loads. `npm test` builds the CDN files first.
const folder = '/dist/cdn';
const tags = ['physio-faq', 'physio-red-flags', 'physio-load-bucket', 'physio-exercise-card', 'physio-booking-cta'];

// Words of English sentences that French and German never use. Any of them in a widget means English was painted.
const englishWords = /\b(the|your|you|with|when|what|call|and|if|this|is)\b/i;
const disclaimer = {
  fr: 'Ce sont des informations générales. Ce n’est pas un diagnostic.',
  de: 'Dies sind allgemeine Informationen, keine Diagnose.',
};

interface Painted {
  frames: Array<Array<{ tag: string; defined: boolean; text: string }>>;
  shift: number;
}
type ProbedWindow = Window &
  typeof globalThis & { __paint: Painted; __probe: { errors: string[]; violations: string[] } };

const fallback = {
  fr: '<p>En cas d’urgence, appelez le <a href="tel:112">112</a>.</p>',
  de: '<p>Im Notfall rufen Sie die <a href="tel:112">112</a> an.</p>',
  nl: '<p>Bij spoed: bel <a href="tel:112">112</a>.</p>',
};

// The clinic's own questions, as a CMS page has them (the same on every page: only the widgets' language matters).
const ownQuestions = [1, 2, 3]
  .map((n) => `<details><summary>Question ${n}</summary><p>Réponse ${n}. Antwort ${n}.</p></details>`)
  .join('');

async function clinicPage(lang: string, { builtInFaq = false } = {}) {
  const language = lang.slice(0, 2) as keyof typeof fallback;
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 412px; height: 900px';
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head>
    <meta http-equiv="Content-Security-Policy" content="${strictCsp}">
    <script src="/test/support/iframe-probe.js"></script>
    <script src="/test/support/paint-probe.js"></script>
    <link rel="stylesheet" href="/test/support/clinic-page.css">
    <link rel="stylesheet" href="${folder}/physio-elements.css">
    <script type="module" src="${folder}/physio-elements.js"></script>
    </head><body>
    <physio-faq>${builtInFaq ? '' : ownQuestions}</physio-faq>
    <physio-red-flags>${fallback[language] ?? fallback.nl}</physio-red-flags>
    <physio-load-bucket></physio-load-bucket>
    <physio-exercise-card exercise="bird-dog"></physio-exercise-card>
    <physio-booking-cta href="https://clinic.example/book" phone="+32 87 12 34 56"></physio-booking-cta>
    </body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as ProbedWindow;
  const doc = iframe.contentDocument!;
  await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'all five defined', { timeout: 5000 });
  // Settled: the FAQ's built-in questions are in, and two more frames have been painted.
  await waitUntil(() => win.__paint.frames.at(-1)?.every((w) => w.defined && w.text), 'all five rendered');
  const seen = win.__paint.frames.length;
  await waitUntil(() => win.__paint.frames.length > seen + 2, 'two more frames');
  const requested = () =>
    win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.replace(folder + '/', ''));
  return { win, doc, requested, remove: () => iframe.remove() };
}

const lastFrame = (win: ProbedWindow) => win.__paint.frames.at(-1)!;

for (const [lang, other] of [
  ['fr-BE', 'de'],
  ['de-BE', 'fr'],
] as const) {
  const language = lang.slice(0, 2) as 'fr' | 'de';
  describe(`a ${lang} page with all five widgets (CDN file)`, () => {
    it(`paints no English word in any frame and shows ${language} in every widget, built-in FAQ included`, async () => {
      const { win, remove } = await clinicPage(lang, { builtInFaq: true });
      try {
        const english = win.__paint.frames.flatMap((widgets, n) =>
          widgets.filter((w) => englishWords.test(w.text)).map((w) => `frame ${n}, ${w.tag}: ${w.text.slice(0, 120)}`),
        );
        expect(english, 'English painted').to.deep.equal([]);
        for (const widget of lastFrame(win)) expect(widget.text, widget.tag).to.include(disclaimer[language]);
        expect(win.__probe.errors).to.deep.equal([]);
        expect(win.__probe.violations, 'CSP violations').to.deep.equal([]);
      } finally {
        remove();
      }
    });

    it('moves nothing while it waits for its language (preload.css, the clinic’s own questions)', async () => {
      const { win, remove } = await clinicPage(lang);
      try {
        expect(win.__paint.shift, 'layout shift').to.equal(0);
      } finally {
        remove();
      }
    });

    it(`asks only for physio-elements.${language}.js, from the script’s own folder`, async () => {
      const { win, requested, remove } = await clinicPage(lang);
      try {
        const scripts = requested().filter((name) => name.endsWith('.js'));
        expect(scripts.filter((name) => name.startsWith('physio-elements'))).to.have.members([
          'physio-elements.js',
          `physio-elements.${language}.js`,
        ]);
        expect(scripts.join(' ')).to.not.include(`physio-elements.${other}.js`);
        // With the version in the query, a cached file of another release is never used.
        const { version } = (await (await fetch('/package.json')).json()) as { version: string };
        const file = win.performance.getEntriesByType('resource').find((e) => e.name.includes(`.${language}.js`))!;
        expect(new URL(file.name).search).to.equal(`?v=${version}`);
      } finally {
        remove();
      }
    });
  });
}

describe('language files and the page language (CDN file)', () => {
  it('a Dutch or English page asks for no file beside the script (no language, no opt-in part)', async () => {
    for (const lang of ['nl-BE', 'en']) {
      const { requested, remove } = await clinicPage(lang);
      expect(
        requested().filter((name) => /physio-elements\.[\w-]+\.js/.test(name)),
        lang,
      ).to.deep.equal([]);
      remove();
    }
  });

  it('follows a change of <html lang> while open: Dutch → French → German → English, Belgian rules throughout', async () => {
    const { win, doc, remove } = await clinicPage('nl-BE');
    try {
      const shows = (text: string) => lastFrame(win).every((w) => w.text.includes(text));
      for (const [lang, text] of [
        ['fr-BE', disclaimer.fr],
        ['de-BE', disclaimer.de],
        ['en-BE', 'This is general information, not a diagnosis.'],
      ]) {
        doc.documentElement.lang = lang;
        await waitUntil(() => shows(text), `every widget in ${lang}`);
      }
      // Belgium all along: the GP on call's number.
      const redFlags = lastFrame(win).find((w) => w.tag === 'physio-red-flags')!;
      expect(redFlags.text).to.include('1733');
    } finally {
      remove();
    }
  });

  it('each file beside the script is a standalone module that loads only for the CDN file of its own version', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    for (const name of ['fr', 'de', 'faq-structured-data', 'booking-cta-floating-guard']) {
      const file = `${folder}/physio-elements.${name}.js`;
      expect(await (await fetch(file)).text(), name).to.not.match(/\bimport\s*[{(*'"`]/);
      const module = (await import(/* @vite-ignore */ `${file}?v=${version}`)) as { templates?: unknown[] };
      if (name.length === 2) expect(module.templates?.length, `${name} messages`).to.be.above(300);
      // A file left from another release would show wrong sentences or break the widget: it refuses.
      let refused: unknown;
      await import(/* @vite-ignore */ `${file}?v=0.0.1`).catch((error: unknown) => (refused = error));
      expect(String(refused)).to.include(`physio-elements.${name}.js is version ${version}, physio-elements.js 0.0.1`);
    }
  });
});
