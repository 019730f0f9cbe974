import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import type { Browser, CDPSession, Page } from 'playwright-core';
import {
  clientBundle,
  domTree,
  findNode,
  launchChromium,
  pageShell,
  problemsOf,
  readable,
  root,
  serve,
  type DomNode,
} from './ssr-support.mjs';

/*
 * Server rendering in a browser (components.md "Server rendering", issue 18 point 2): a page of widgets rendered by
 * scripts/ssr-render.mjs, loaded in Chromium with JavaScript off (readable as it came from the server) and on
 * (hydrated by @lit-labs/ssr-client: no error, no mismatch, no shift, working interaction, red flags still private).
 * Text is read through the accessibility tree and the DOM through CDP with `pierce`, because the red flags' shadow
 * root is closed: nothing a page script can reach would see it, which is the point.
 */
const langs = ['en', 'nl-BE'] as const;

/** Each page's HTML, rendered in a child process (test/build/ssr-page.mts keeps the DOM shim out of this one). */
function renderPage(lang: string): string {
  const body = execFileSync(process.execPath, ['--import', 'tsx', 'test/build/ssr-page.mts', lang], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return pageShell({
    lang,
    title: 'Server-rendered widgets',
    body: `${body}
    <script>
      // Before any module runs: the server's nodes in each open root, to check hydration kept them (a fresh render
      // would replace or, worse, duplicate them).
      window.serverNodes = [...document.querySelectorAll('physio-load-bucket, physio-exercise-card, physio-booking-cta')]
        .map((host) => ({ host, children: [...host.shadowRoot.children] }));
    </script>`,
  });
}

/** Clicks a node a page script cannot reach (in the red flags' closed root) with the mouse, as a reader would. */
async function clickNode(page: Page, cdp: CDPSession, test: (node: DomNode) => boolean) {
  const node = findNode(await domTree(cdp), test);
  assert.ok(node, 'the node to click exists');
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
  const { quads } = (await cdp.send('DOM.getContentQuads', { backendNodeId: node.backendNodeId })) as {
    quads: number[][];
  };
  const [x1, y1, , , x3, y3] = quads[0]!;
  await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
}

// A bound on the whole: a widget that never settles must fail the run, not hang it.
describe('server-rendered widgets in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let base = '';

  before(async () => {
    const files = new Map(langs.map((lang) => [`/${lang}.html`, renderPage(lang)]));
    files.set('/client.js', await clientBundle());
    server = await serve(files);
    base = server.base;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  describe('with JavaScript off', () => {
    for (const lang of langs) {
      it(`${lang}: the red flags, bucket, exercise card and booking links are readable`, async () => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(`${base}/${lang}.html`);
        const { text, hrefs } = await readable(await context.newCDPSession(page));
        await context.close();
        const nl = lang === 'nl-BE';
        // Red flags: the three tiers, a sign of each, and the actions with their call links.
        for (const expected of nl
          ? ['Bel nu 112', 'Bel vandaag je huisarts', 'Maak binnen een paar dagen', 'in het rijbroekgebied']
          : [
              'Call 112 now',
              'Call your GP today',
              'Make an appointment with your GP within a few days',
              'toilet paper',
            ]) {
          assert.match(text, new RegExp(expected, 'i'), `${lang}: ${expected}`);
        }
        assert.ok(hrefs.includes('physio-red-flags tel:112'), `${lang}: the red flags link to 112`);
        if (nl) assert.ok(hrefs.includes('physio-red-flags tel:1733'), 'a Belgian page links to 1733');
        // The bucket, the exercise card and the booking links.
        assert.match(text, nl ? /Stel je een emmer voor/ : /Picture a bucket/, `${lang}: the bucket`);
        assert.match(text, nl ? /Bruggetje/ : /Bridge/, `${lang}: the exercise`);
        assert.match(text, nl ? /Span je billen een beetje aan/ : /Tighten your bottom muscles/, `${lang}: a step`);
        assert.match(text, /Cat and camel/, `${lang}: the name of the clinic's own exercise`);
        assert.match(text, /Kneel on all fours/, `${lang}: its steps`);
        assert.ok(hrefs.includes('physio-booking-cta https://clinic.example/book'), `${lang}: the booking link`);
        assert.ok(hrefs.includes('physio-booking-cta tel:0201234567'), `${lang}: the clinic phone link`);
        assert.match(text, /Do I need a referral from my GP\?/, `${lang}: the FAQ's own question`);
      });
    }
  });

  describe('with JavaScript on', () => {
    for (const lang of langs) {
      it(`${lang}: hydrates with no error, mismatch or shift, and every widget answers`, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const problems = problemsOf(page);
        await page.goto(`${base}/${lang}.html`);
        await page.evaluate(async () => {
          const tags = ['physio-red-flags', 'physio-load-bucket', 'physio-exercise-card', 'physio-booking-cta'];
          await Promise.all([...tags, 'physio-faq'].map((tag) => customElements.whenDefined(tag)));
          for (const tag of tags)
            await (document.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          // Two frames, so a shift caused by hydration is painted and reported.
          for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
        });
        assert.deepEqual(problems, [], `${lang}: no console error or warning, no page error`);
        const kept = await page.evaluate(() =>
          (window as unknown as { serverNodes: { host: Element; children: Element[] }[] }).serverNodes.map(
            ({ host, children }) => {
              const now = [...host.shadowRoot!.children];
              return `${host.localName}: ${children.length} server nodes, ${now.length} now, same: ${now.every((node, i) => node === children[i])}`;
            },
          ),
        );
        for (const line of kept)
          assert.match(line, /: (\d+) server nodes, \1 now, same: true$/, `${lang}: hydrated, not re-rendered`);
        const shifts = await page.evaluate(() =>
          (window as unknown as { shifts: { value: number }[] }).shifts.map((shift) => shift.value),
        );
        assert.equal(
          shifts.reduce((sum, value) => sum + value, 0),
          0,
          `${lang}: CLS 0 while hydrating`,
        );

        // Red flags: ticking the first emergency sign announces that tier's action; the page learns nothing of it.
        const cdp = await context.newCDPSession(page);
        const host = () =>
          page.evaluate(() => {
            const el = document.querySelector('physio-red-flags')!;
            return {
              shadowRoot: el.shadowRoot === null ? 'null' : 'reachable',
              attributes: el.getAttributeNames().map((name) => `${name}=${el.getAttribute(name)}`),
              light: el.innerHTML,
            };
          });
        const announced = async () => {
          const flags = findNode(await domTree(cdp), (node) => node.localName === 'physio-red-flags')!;
          const status = findNode(flags, (node) => (node.attributes ?? []).join(' ').includes('role status'))!;
          const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { backendNodeId: status.backendNodeId })) as {
            outerHTML: string;
          };
          return outerHTML.replace(/<[^>]*>/g, '').trim();
        };
        const before = await host();
        assert.equal(await announced(), '', `${lang}: nothing announced before a tick`);
        await clickNode(
          page,
          cdp,
          (node) => node.localName === 'input' && (node.attributes ?? []).includes('checkbox'),
        );
        await page.waitForTimeout(100);
        assert.match(await announced(), /112/, `${lang}: the emergency action is announced`);
        const afterTick = await host();
        assert.equal(afterTick.shadowRoot, 'null', `${lang}: page scripts cannot reach the red flags' root`);
        assert.deepEqual(afterTick, before, `${lang}: no attribute or light DOM of the host tells what was ticked`);

        // Bucket: pressing a loader changes the status line.
        const status = page.locator('physio-load-bucket p.status');
        const statusBefore = await status.textContent();
        await page.locator('physio-load-bucket button[aria-pressed]').first().click();
        await page.waitForFunction(
          (text) =>
            document.querySelector('physio-load-bucket')!.shadowRoot!.querySelector('p.status')!.textContent !== text,
          statusBefore,
        );
        // Exercise card: the guided session starts.
        await page.locator('physio-exercise-card .session button').first().click();
        await page.waitForFunction(() => document.querySelector('physio-exercise-card')!.matches(':state(session)'));
        // Booking: the link is there and visible.
        assert.ok(await page.locator('physio-booking-cta a[href="https://clinic.example/book"]').isVisible());
        // FAQ: the clinic's own question opens.
        await page.getByText('Do I need a referral from my GP?').click();
        assert.ok(await page.getByText('No. In the Netherlands you can book a physiotherapist directly.').isVisible());
        assert.deepEqual(problems, [], `${lang}: no error while interacting`);
        await context.close();
      });
    }

    it('en: the guided session of a clinic exercise is named after it once hydrated', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/en.html`);
      await page.evaluate(async () => {
        await customElements.whenDefined('physio-exercise-card');
        // Until an update ends without asking for another: hydration asks for one to name the session.
        for (const card of document.querySelectorAll('physio-exercise-card'))
          while (!(await (card as unknown as { updateComplete: Promise<boolean> }).updateComplete));
      });
      const label = page.locator('physio-exercise-card:has([slot=name]) section.session');
      assert.equal(await label.getAttribute('aria-label'), 'Guided session: Cat and camel');
      await context.close();
    });
  });
});
