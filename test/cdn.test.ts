import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { strictCsp } from './support/csp.js';
import { delay, mount, pollUntil, setPageLang, settleWidgets, type Widget } from './support/dom.js';

// The single CDN file, as a CMS page uses it: a plain HTML page, no build, nothing else. `npm test` builds it first.
const cdn = '/dist/cdn/physio-elements.js';

interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
}
type ProbedWindow = Window & typeof globalThis & { __probe: Probe };

async function plainPage(body: string, { lang = 'nl', scripts = [cdn], width = 412, css = [] as string[] } = {}) {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: 800px`;
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head>
    <meta http-equiv="Content-Security-Policy" content="${strictCsp}">
    <script src="/test/support/iframe-probe.js"></script>
    <script src="/node_modules/axe-core/axe.min.js"></script>
    <link rel="stylesheet" href="/dist/cdn/physio-elements.css">
    ${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as ProbedWindow;
  // The CDN file defines one widget type per task (so a page with all five never blocks the main thread for long).
  const tags = ['physio-faq', 'physio-red-flags', 'physio-load-bucket', 'physio-exercise-card', 'physio-booking-cta'];
  await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'the CDN file defines the elements', {
    timeout: 5000,
  });
  return { win, doc: iframe.contentDocument!, remove: () => iframe.remove() };
}

const firstQuestion = (doc: Document) =>
  doc.querySelector('physio-faq')!.shadowRoot?.querySelector('summary')?.textContent?.trim();

describe('the CDN file on a plain page', () => {
  it('carries short message ids and collapsed styles (the build shrinks what every patient downloads)', async () => {
    const source = await (await fetch(cdn)).text();
    expect(source).to.not.include('faq.lbp.is-it-serious');
    expect(source).to.include(':host{--_accent:var(--physio-color-accent,light-dark(#005eb8,#6af));');
  });

  it('shows the Dutch FAQ for <html lang="nl"> and switches live when lang changes', async () => {
    const { win, doc, remove } = await plainPage('<physio-faq searchable></physio-faq>');
    await pollUntil(() => firstQuestion(doc) === 'Is mijn rugpijn ernstig?');
    expect(firstQuestion(doc), 'Dutch').to.equal('Is mijn rugpijn ernstig?');
    // The parts npm builds load on demand are inside the CDN file: built-in questions and search, no request.
    expect(doc.querySelector('physio-faq')!.shadowRoot!.querySelector('[part=search] input')).to.exist;
    doc.documentElement.lang = 'en';
    await pollUntil(() => firstQuestion(doc) === 'Is my back pain serious?');
    expect(firstQuestion(doc), 'English after lang="en"').to.equal('Is my back pain serious?');
    doc.documentElement.lang = 'nl-BE';
    await pollUntil(() => firstQuestion(doc) === 'Is mijn rugpijn ernstig?');
    expect(firstQuestion(doc), 'Dutch again').to.equal('Is mijn rugpijn ernstig?');
    expect(win.__probe.errors).to.deep.equal([]);
    remove();
  });

  it('shows the Belgian red flags in Dutch with 112 and 1733, and announces "call 112 now" for a nerve sign', async () => {
    // In this test's own page (no iframe), so Chromium's accessibility tree can be read for the closed shadow root.
    setPageLang('nl-BE');
    await import(/* @vite-ignore */ cdn);
    const el = document.createElement('physio-red-flags') as Widget;
    el.setAttribute('region', 'be');
    mount(el);
    await el.updateComplete;
    const shown = () => executeServerCommand<string, object>('accessible-text', { selector: 'physio-red-flags' });
    await pollUntil(async () => (await shown()).includes('Wanneer snel hulp bij rugpijn?'), { timeout: 3000 });
    expect(await shown(), 'Dutch').to.include('Wanneer snel hulp bij rugpijn?');
    expect(await shown())
      .to.include('Spoed: bel 112')
      .and.include('1733');
    el.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await pollUntil(() => el.matches(':state(attention-emergency)'));
    expect(el.matches(':state(attention-emergency)'), 'the emergency tier is marked').to.be.true;
    expect(await shown()).to.include('Spoed: bel 112. Of ga meteen naar de spoeddienst');
    setPageLang('en');
  });

  it('the moving-house bucket overflows after the last drop, says so in Dutch, and recovers with two builders', async () => {
    const { win, doc, remove } = await plainPage('<physio-load-bucket preset="moving-house"></physio-load-bucket>');
    const root = () => doc.querySelector('physio-load-bucket')!.shadowRoot;
    const status = () => root()?.querySelector('[part=status]')?.textContent?.trim();
    await pollUntil(() => status() === 'De emmer is bijna vol.');
    expect(status()).to.equal('De emmer is bijna vol.');
    root()!.querySelector<HTMLButtonElement>('.last-drop')!.click();
    await pollUntil(() => status() === 'De emmer loopt over. Dan kan er pijn opspelen.');
    expect(status()).to.equal('De emmer loopt over. Dan kan er pijn opspelen.');
    const builders = root()!.querySelectorAll<HTMLButtonElement>('[part=builders] button');
    builders[2].click();
    builders[3].click();
    const overflowing = () => doc.querySelector('physio-load-bucket')!.matches(':state(overflowing)');
    await pollUntil(() => !overflowing());
    expect(overflowing()).to.be.false;
    expect(status()).to.not.include('loopt over');
    expect(win.__probe.errors).to.deep.equal([]);
    remove();
  });

  it('a reload clears what was ticked', async () => {
    const { doc, remove, win } = await plainPage('<physio-red-flags></physio-red-flags>', { lang: 'en' });
    const iframe = win.frameElement as HTMLIFrameElement;
    // The page cannot reach the closed shadow root; a keyboard user ticks the first box.
    const el = doc.querySelector('physio-red-flags') as Widget;
    await el.updateComplete;
    iframe.focus();
    (el as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.matches(':state(attention)'), 'a box was ticked');
    const reloaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    win.location.reload();
    await reloaded;
    const again = iframe.contentDocument!.querySelector('physio-red-flags') as Widget;
    await waitUntil(() => iframe.contentWindow!.customElements.get('physio-red-flags'));
    await again.updateComplete;
    expect(again.matches(':state(attention)')).to.be.false;
    remove();
  });

  it('bird dog: "3 × 10 per side", and a keyboard-only session to the completion event', async () => {
    const { win, doc, remove } = await plainPage(
      '<physio-exercise-card exercise="bird-dog" sets="3" reps="10" per-side></physio-exercise-card>',
      { lang: 'en' },
    );
    const el = doc.querySelector('physio-exercise-card') as Widget;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=media] svg[role=img]')).to.exist;
    expect(root.querySelectorAll('[part=steps] li').length).to.be.greaterThan(2);
    expect(root.querySelector('[part=dosage]')!.textContent).to.include('3 × 10 per side');
    // The page's own timers, faked, so 60 holds of 5 s take no real time.
    // `global` is supported by sinon's fake timers but missing from its type definitions.
    const clock = sinon.useFakeTimers({
      global: win,
      toFake: ['setInterval', 'clearInterval'],
    } as Parameters<typeof sinon.useFakeTimers>[0]);
    try {
      const complete = oneEvent(el, 'physio-exercise-complete');
      // Keyboard only: focus the first button once; after that only keys, and focus must stay on the controls.
      const focused = () => root.activeElement?.textContent?.trim() ?? '(nothing)';
      [...root.querySelectorAll('button')].find((b) => /Start a guided session/.test(b.textContent ?? ''))!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      for (let set = 0; set < 3; set++) {
        for (let rep = 0; rep < 20; rep++) {
          expect(focused()).to.match(/^Start hold/);
          await sendKeys({ press: 'Space' });
          await el.updateComplete;
          clock.tick(5000);
          await el.updateComplete;
        }
        if (set < 2) {
          expect(focused()).to.equal('Pause');
          await sendKeys({ press: 'Tab' });
          expect(focused()).to.equal('Skip rest');
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
        }
      }
      expect((await complete).detail).to.deep.equal({ exercise: 'bird-dog', sets: 3 });
    } finally {
      clock.restore();
    }
    remove();
  });

  it('booking: a link, a digits-only call link, the no-referral note and the 24 h line; javascript: renders no link', async () => {
    const { win, doc, remove } = await plainPage(
      `<physio-booking-cta href="https://clinic.example/book" phone="020 123 45 67" region="nl"></physio-booking-cta>
       <physio-booking-cta id="bad" href="javascript:alert(1)" phone="020 123 45 67"></physio-booking-cta>`,
      { lang: 'en' },
    );
    const [good, bad] = [...doc.querySelectorAll('physio-booking-cta')] as Widget[];
    await good.updateComplete;
    await bad.updateComplete;
    const root = good.shadowRoot!;
    expect(root.querySelector('[part=button]')!.getAttribute('href')).to.equal('https://clinic.example/book');
    expect(root.querySelector('[part=phone]')!.getAttribute('href')).to.equal('tel:0201234567');
    const notes = root.querySelector('[part=notes]')!.textContent!;
    expect(notes).to.include('do not need a referral').and.include('24 hours');
    expect(bad.shadowRoot!.querySelector('[part=button]')).to.equal(null);
    expect(bad.shadowRoot!.querySelector('[part=phone]')).to.exist;
    expect(win.__probe.warnings.filter((w) => w.includes('href="javascript:alert(1)"'))).to.have.length(1);
    remove();
  });

  it('the floating button gets its guard from the file beside the script: it steps aside for the focused element', async () => {
    const { win, doc, remove } = await plainPage(
      `<button id="under">Onder</button>
      <physio-booking-cta variant="floating" href="https://clinic.example/book"></physio-booking-cta>`,
      { width: 800, css: ['/test/support/under-floating.css'] },
    );
    const booking = doc.querySelector('physio-booking-cta')!;
    const placement = () => booking.shadowRoot!.querySelector<HTMLElement>('.floating')?.dataset.placement;
    await pollUntil(() => placement() === 'end');
    expect(placement()).to.equal('end');
    // The frame takes focus first, as a keyboard user's page has it; then the button under the floating one.
    (win.frameElement as HTMLIFrameElement).focus();
    doc.querySelector<HTMLButtonElement>('#under')!.focus();
    await pollUntil(() => placement() === 'start');
    expect(placement(), 'moved off the focused button').to.equal('start');
    // It also remembers where focus came from: closing the button gives focus back to the button under it.
    booking.shadowRoot!.querySelector<HTMLButtonElement>('.close')!.focus();
    booking.shadowRoot!.querySelector<HTMLButtonElement>('.close')!.click();
    await pollUntil(() => doc.activeElement?.id === 'under');
    expect(doc.activeElement?.id, 'focus back where it came from').to.equal('under');
    const requested = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested).to.include('/dist/cdn/physio-elements.booking-cta-floating-guard.js');
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.deep.equal([]);
    remove();
  });

  it('runs under a strict CSP with Trusted Types without a violation, request, cookie or storage', async () => {
    const { win, doc, remove } = await plainPage(
      `<physio-faq searchable structured-data>
        <details><summary>Do I need a referral?</summary><p>No.</p></details>
      </physio-faq>
      <physio-red-flags></physio-red-flags>
      <physio-load-bucket preset="moving-house"></physio-load-bucket>
      <physio-exercise-card exercise="bird-dog"></physio-exercise-card>
      <physio-booking-cta href="https://clinic.example/book" phone="020 123 45 67" variant="floating"></physio-booking-cta>`,
    );
    const faq = doc.querySelector('physio-faq')!;
    await waitUntil(() => faq.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
    faq.querySelector('summary')!.click();
    faq.shadowRoot!.querySelector<HTMLButtonElement>('button')?.click();
    doc.querySelector('physio-load-bucket')!.shadowRoot!.querySelector<HTMLButtonElement>('.last-drop')!.click();
    await delay(100);
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
    const requested = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    // `structured-data` and the floating button are the clinic's opt-ins: their parts come from the script's own
    // folder, and nothing else is asked.
    expect(requested.sort()).to.deep.equal(
      [
        '/dist/cdn/physio-elements.css',
        cdn,
        '/dist/cdn/physio-elements.faq-structured-data.js',
        '/dist/cdn/physio-elements.booking-cta-floating-guard.js',
        '/test/support/iframe-probe.js',
        '/node_modules/axe-core/axe.min.js',
      ].sort(),
    );
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
    remove();
  });

  for (const lang of ['en', 'nl']) {
    it(`hardening page (${lang}): all five widgets, the script twice, strict CSP, 320 px: no error, no scroll, axe clean`, async () => {
      const { win, doc, remove } = await plainPage(
        `<h1>Low back pain</h1>
        <physio-red-flags><p>In an emergency, call <a href="tel:112">112</a>.</p></physio-red-flags>
        <physio-load-bucket preset="moving-house"></physio-load-bucket>
        <physio-exercise-card exercise="bird-dog"></physio-exercise-card>
        <physio-faq searchable></physio-faq>
        <physio-booking-cta href="https://clinic.example/book" phone="020 123 45 67"></physio-booking-cta>`,
        { lang, scripts: [cdn, `${cdn}?second-copy`], width: 320 },
      );
      await settleWidgets(doc);
      expect(win.__probe.errors).to.deep.equal([]);
      expect(win.__probe.violations).to.deep.equal([]);
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      type Axe = { run(c: Element, o: object): Promise<{ violations: Array<{ id: string }> }> };
      const { violations } = await (win as unknown as { axe: Axe }).axe.run(doc.body, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules: { 'target-size': { enabled: true } },
      });
      expect(violations.map((v) => v.id)).to.deep.equal([]);
      remove();
    });
  }

  // The built CSS, not the source: a minifier that rewrote light-dark() for older browsers would leave it light.
  it('on a dark page (color-scheme: dark, #111) the built widgets take their dark colours: axe clean', async () => {
    const { win, doc, remove } = await plainPage(
      `<physio-load-bucket preset="moving-house"></physio-load-bucket>
      <physio-faq searchable></physio-faq>
      <physio-booking-cta variant="banner" href="https://clinic.example/book" phone="020 123 45 67"></physio-booking-cta>`,
      { lang: 'en', css: ['/test/support/dark-page.css'] },
    );
    await settleWidgets(doc);
    const button = doc.querySelector('physio-booking-cta')!.shadowRoot!.querySelector('.button')!;
    expect(win.getComputedStyle(button).backgroundColor).to.equal('rgb(102, 170, 255)');
    type Axe = { run(c: Element, o: object): Promise<{ violations: Array<{ id: string }> }> };
    const { violations } = await (win as unknown as { axe: Axe }).axe.run(doc.body, {
      runOnly: { type: 'rule', values: ['color-contrast'] },
    });
    expect(violations.map((v) => v.id)).to.deep.equal([]);
    remove();
  });

  // A theme beside the script, as the README's CMS snippet links it: allowed by `style-src 'self'`, and its dark values
  // reach the built widgets on a dark page.
  it('a theme from dist/cdn/themes/ styles the built widgets on a dark page under the strict CSP: axe clean', async () => {
    const { win, doc, remove } = await plainPage(
      `<physio-load-bucket preset="moving-house"></physio-load-bucket>
      <physio-booking-cta variant="banner" href="https://clinic.example/book" phone="020 123 45 67"></physio-booking-cta>`,
      { lang: 'en', css: ['/dist/cdn/themes/warm.css', '/test/support/dark-page.css'] },
    );
    await settleWidgets(doc);
    const cta = doc.querySelector('physio-booking-cta')!.shadowRoot!;
    expect(win.getComputedStyle(cta.querySelector('.button')!).backgroundColor, 'warm’s dark accent').to.equal(
      'rgb(240, 163, 217)',
    );
    expect(win.getComputedStyle(cta.querySelector('.banner')!).backgroundColor, 'warm’s dark surface').to.equal(
      'rgb(42, 31, 25)',
    );
    expect(win.__probe.violations).to.deep.equal([]);
    type Axe = { run(c: Element, o: object): Promise<{ violations: Array<{ id: string }> }> };
    const { violations } = await (win as unknown as { axe: Axe }).axe.run(doc.body, {
      runOnly: { type: 'rule', values: ['color-contrast'] },
    });
    expect(violations.map((v) => v.id)).to.deep.equal([]);
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
