import { expect, waitUntil } from '@open-wc/testing';

// The single CDN file, as a CMS page uses it: a plain HTML page, no build, nothing else. `npm test` builds it first.
const cdn = '/dist/cdn/physio-elements.js';
const strictCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'none'",
  "img-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
}
type ProbedWindow = Window & typeof globalThis & { __probe: Probe };

async function plainPage(body: string, { lang = 'nl', scripts = [cdn] } = {}) {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 412px; height: 800px';
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head>
    <meta http-equiv="Content-Security-Policy" content="${strictCsp}">
    <script src="/test/support/iframe-probe.js"></script>
    <link rel="stylesheet" href="/dist/cdn/physio-elements.css">
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as ProbedWindow;
  await waitUntil(() => win.customElements.get('physio-faq'), 'the CDN file defines the elements', { timeout: 5000 });
  return { win, doc: iframe.contentDocument!, remove: () => iframe.remove() };
}

const firstQuestion = (doc: Document) =>
  doc.querySelector('physio-faq')!.shadowRoot?.querySelector('summary')?.textContent?.trim();

describe('the CDN file on a plain page', () => {
  it('shows the Dutch FAQ for <html lang="nl"> and switches live when lang changes', async () => {
    const { win, doc, remove } = await plainPage('<physio-faq></physio-faq>');
    await waitUntil(() => firstQuestion(doc) === 'Is mijn rugpijn ernstig?', 'Dutch');
    doc.documentElement.lang = 'en';
    await waitUntil(() => firstQuestion(doc) === 'Is my back pain serious?', 'English after lang="en"');
    doc.documentElement.lang = 'nl-BE';
    await waitUntil(() => firstQuestion(doc) === 'Is mijn rugpijn ernstig?', 'Dutch again');
    expect(win.__probe.errors).to.deep.equal([]);
    remove();
  });

  it('shows the Belgian red flags in Dutch with 112 and 1733, and announces "call 112 now" for a nerve sign', async () => {
    const { win, doc, remove } = await plainPage('<physio-red-flags region="be"></physio-red-flags>');
    const root = () => doc.querySelector('physio-red-flags')!.shadowRoot;
    await waitUntil(() => root()?.querySelector('h2')?.textContent?.trim() === 'Wanneer snel hulp bij rugpijn?');
    const hrefs = [...root()!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:112', 'tel:1733']);
    root()!.querySelector<HTMLInputElement>('.tier.emergency input')!.click();
    await waitUntil(() => root()!.querySelector('[role=status]')!.textContent!.includes('Bel nu 112'));
    expect(root()!.querySelector('.tier.emergency')!.hasAttribute('data-attention')).to.be.true;
    expect(win.__probe.errors).to.deep.equal([]);
    remove();
  });

  it('the moving-house bucket overflows after the last drop, says so in Dutch, and recovers with two builders', async () => {
    const { win, doc, remove } = await plainPage('<physio-load-bucket preset="moving-house"></physio-load-bucket>');
    const root = () => doc.querySelector('physio-load-bucket')!.shadowRoot;
    const status = () => root()?.querySelector('[part=status]')?.textContent?.trim();
    await waitUntil(() => status() === 'De emmer is bijna vol.');
    root()!.querySelector<HTMLButtonElement>('.last-drop')!.click();
    await waitUntil(() => status() === 'De emmer loopt over. Dan kan er pijn opspelen.');
    const builders = root()!.querySelectorAll<HTMLButtonElement>('[part=builders] button');
    builders[2].click();
    builders[3].click();
    await waitUntil(() => !doc.querySelector('physio-load-bucket')!.matches(':state(overflowing)'));
    expect(status()).to.not.include('loopt over');
    expect(win.__probe.errors).to.deep.equal([]);
    remove();
  });

  it('runs under a strict CSP with Trusted Types without a violation, request, cookie or storage', async () => {
    const { win, doc, remove } = await plainPage(
      `<physio-faq searchable structured-data>
        <details><summary>Do I need a referral?</summary><p>No.</p></details>
      </physio-faq>
      <physio-red-flags></physio-red-flags>
      <physio-load-bucket preset="moving-house"></physio-load-bucket>`,
    );
    const faq = doc.querySelector('physio-faq')!;
    await waitUntil(() => faq.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
    faq.querySelector('summary')!.click();
    faq.shadowRoot!.querySelector<HTMLButtonElement>('button')?.click();
    doc.querySelector('physio-red-flags')!.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    doc.querySelector('physio-load-bucket')!.shadowRoot!.querySelector<HTMLButtonElement>('.last-drop')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
    const requested = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested.sort()).to.deep.equal(
      ['/dist/cdn/physio-elements.css', cdn, '/test/support/iframe-probe.js'].sort(),
    );
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
    remove();
  });

  it('survives the script being loaded twice: one warning, no error', async () => {
    const { win, doc, remove } = await plainPage('<physio-faq></physio-faq>', {
      lang: 'en',
      scripts: [cdn, `${cdn}?second-copy`],
    });
    await waitUntil(() => firstQuestion(doc) === 'Is my back pain serious?');
    await waitUntil(() => win.__probe.warnings.length > 0, 'the second copy warns');
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings.filter((w) => w.includes('<physio-faq> is already defined'))).to.have.length(1);
    remove();
  });
});
