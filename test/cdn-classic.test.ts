import { expect, waitUntil } from '@open-wc/testing';
import { strictCsp } from './support/csp.js';
import { delay, pollUntil, settleWidgets } from './support/dom.js';

// The classic script (no type="module") as a CMS page that cannot use modules loads it: a plain HTML page in a frame,
// the script from /dist/cdn/, another folder than the page's. `npm test` builds it first.
const folder = '/dist/cdn/';
const classic = `${folder}physio-elements.classic.js`;
const tags = ['physio-faq', 'physio-red-flags', 'physio-load-bucket', 'physio-exercise-card', 'physio-booking-cta'];

interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
}
type ProbedWindow = Window & typeof globalThis & { __probe: Probe };

const allFive = `<physio-faq searchable structured-data>
    <details><summary>Do I need a referral?</summary><p>No.</p></details>
  </physio-faq>
  <physio-red-flags></physio-red-flags>
  <physio-load-bucket preset="moving-house"></physio-load-bucket>
  <physio-exercise-card exercise="bird-dog"></physio-exercise-card>
  <physio-booking-cta href="https://clinic.example/book" phone="020 123 45 67" variant="floating"></physio-booking-cta>`;

/** A page with `scripts` (the HTML of its script tags) under `csp`, by default the strict one; resolves once the frame has loaded. */
async function page(body: string, scripts: string, lang = 'en', csp = strictCsp) {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 800px';
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head>
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <script src="/test/support/iframe-probe.js"></script>
    <link rel="stylesheet" href="${folder}physio-elements.css">
    ${scripts}
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as ProbedWindow;
  const requested = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  return { win, doc: iframe.contentDocument!, requested, remove: () => iframe.remove() };
}

const defined = (win: Window) => tags.every((tag) => win.customElements.get(tag));
const firstQuestion = (doc: Document) =>
  doc.querySelector('physio-faq')!.shadowRoot?.querySelector('summary')?.textContent?.trim();

/** SHA-384 of a file as an `integrity` value. */
async function sha384(path: string) {
  const digest = await crypto.subtle.digest('SHA-384', await (await fetch(path)).arrayBuffer());
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

describe('the classic script (physio-elements.classic.js)', () => {
  it('is a classic script: no import, no export, no import.meta', async () => {
    const source = await (await fetch(classic)).text();
    expect(source).to.not.match(/\bimport\s*[(.{*'"`]|\bexport\s*[{*]/);
  });

  it('renders all five widgets under the strict CSP with Trusted Types: no error, no violation, no global', async () => {
    const { win, doc, requested, remove } = await page(allFive, `<script src="${classic}"></script>`);
    await waitUntil(() => defined(win), 'the classic script defines the five elements', { timeout: 5000 });
    await settleWidgets(doc);
    const faq = doc.querySelector('physio-faq')!;
    // The opt-in parts come from the classic files beside the script, as classic scripts.
    await waitUntil(() => faq.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
    expect(faq.shadowRoot, 'the FAQ rendered').to.exist;
    expect(doc.querySelector('physio-load-bucket')!.shadowRoot!.querySelector('[part=status]')!.textContent).to.include(
      'nearly full',
    );
    for (const tag of tags) expect(doc.querySelector(tag)!.matches(':defined'), tag).to.be.true;
    await pollUntil(() => requested().some((path) => path.endsWith('.classic.booking-cta-floating-guard.js')));
    await delay(100);
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.deep.equal([]);
    expect(
      requested()
        .filter((path) => path.startsWith(folder))
        .sort(),
    ).to.deep.equal(
      [
        `${folder}physio-elements.css`,
        classic,
        `${folder}physio-elements.classic.faq-structured-data.js`,
        `${folder}physio-elements.classic.booking-cta-floating-guard.js`,
      ].sort(),
    );
    // Nothing of it is left in the page's globals (the IIFE's name, the parts' exports).
    expect(Object.keys(win).filter((key) => /physio/i.test(key))).to.deep.equal([]);
    remove();
  });

  it('a French page (lang fr-BE) gets French from the classic file in the script folder, not from the page folder', async () => {
    const { win, doc, requested, remove } = await page(
      '<physio-faq></physio-faq>',
      `<script src="${classic}"></script>`,
      'fr-BE',
    );
    await waitUntil(() => defined(win), 'defined', { timeout: 5000 });
    // French puts a narrow no-break space before the question mark.
    await pollUntil(() => /^Mon mal de dos est-il grave\s\?$/.test(firstQuestion(doc) ?? ''));
    expect(firstQuestion(doc)).to.match(/^Mon mal de dos est-il grave\s\?$/);
    expect(requested()).to.include(`${folder}physio-elements.classic.fr.js`);
    expect(
      requested().filter((path) => /physio-elements\.fr\.js/.test(path)),
      'not the module one',
    ).to.deep.equal([]);
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
    remove();
  });

  it('from another origin that sends no CORS headers, a French page still gets French (import() would be refused)', async () => {
    // The test server answers on 127.0.0.1 too: another origin for this page on localhost, and it sends no CORS header.
    const other = location.origin.replace('//localhost', '//127.0.0.1');
    expect(other, 'another origin').to.not.equal(location.origin);
    const probe = await fetch(`${other}${classic}`, { mode: 'cors' }).then(
      () => 'allowed',
      () => 'refused',
    );
    expect(probe, 'the server sends no CORS header, as such a host').to.equal('refused');
    const { win, doc, requested, remove } = await page(
      '<physio-faq></physio-faq>',
      `<script src="${other}${classic}"></script>`,
      'fr',
      strictCsp.replace("script-src 'self'", `script-src 'self' ${other}`),
    );
    await waitUntil(() => defined(win), 'defined', { timeout: 5000 });
    await pollUntil(() => /^Mon mal de dos est-il grave\s\?$/.test(firstQuestion(doc) ?? ''));
    expect(firstQuestion(doc)).to.match(/^Mon mal de dos est-il grave\s\?$/);
    expect(requested()).to.include(`${folder}physio-elements.classic.fr.js`);
    expect(win.__probe.errors).to.deep.equal([]);
    remove();
  });

  it('with the module on the same page: the widgets work, the second copy only warns', async () => {
    const { win, doc, remove } = await page(
      '<physio-faq></physio-faq>',
      `<script src="${classic}"></script><script type="module" src="${folder}physio-elements.js"></script>`,
    );
    await waitUntil(() => defined(win), 'defined', { timeout: 5000 });
    await pollUntil(() => firstQuestion(doc) === 'Is my back pain serious?');
    await waitUntil(() => win.__probe.warnings.length > 0, 'the second copy warns');
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings.filter((w) => w.includes('<physio-faq> is already defined'))).to.have.length(1);
    remove();
  });
});

describe('integrity.json', () => {
  it('holds the SHA-384 of every CDN file, as the browser computes it', async () => {
    const hashes = (await (await fetch(`${folder}integrity.json`)).json()) as Record<string, string>;
    for (const file of [
      'physio-elements.js',
      'physio-elements.classic.js',
      'physio-elements.css',
      'physio-elements.fr.js',
      'physio-elements.classic.de.js',
      'physio-elements.classic.faq-structured-data.js',
      'themes/warm.css',
    ]) {
      expect(Object.keys(hashes), file).to.include(file);
    }
    for (const [file, hash] of Object.entries(hashes)) expect(await sha384(folder + file), file).to.equal(hash);
  });

  for (const [name, type] of [
    ['classic script', ''],
    ['module', ' type="module"'],
  ]) {
    it(`the ${name} with its integrity attribute loads; with a wrong hash the browser refuses it`, async () => {
      const hashes = (await (await fetch(`${folder}integrity.json`)).json()) as Record<string, string>;
      const file = type ? 'physio-elements.js' : 'physio-elements.classic.js';
      const tag = (hash: string) =>
        `<script${type} src="${folder}${file}" integrity="${hash}" crossorigin="anonymous"></script>`;
      const good = await page('<physio-faq></physio-faq>', tag(hashes[file]));
      await waitUntil(() => defined(good.win), 'defined with the right hash', { timeout: 5000 });
      expect(good.win.__probe.errors).to.deep.equal([]);
      good.remove();
      // The right hash of another file: well-formed, and wrong for this one.
      const bad = await page('<physio-faq></physio-faq>', tag(hashes['physio-elements.css']));
      await delay(300);
      expect(bad.win.customElements.get('physio-faq'), 'refused').to.equal(undefined);
      bad.remove();
    });
  }
});
