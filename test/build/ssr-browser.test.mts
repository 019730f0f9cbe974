import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';

/*
 * Server rendering in a browser (components.md "Server rendering", issue 18 point 2): a page of widgets rendered by
 * scripts/ssr-render.mjs, loaded in Chromium with JavaScript off (readable as it came from the server) and on
 * (hydrated by @lit-labs/ssr-client: no error, no mismatch, no shift, working interaction, red flags still private).
 * Text is read through the accessibility tree and the DOM through CDP with `pierce`, because the red flags' shadow
 * root is closed: nothing a page script can reach would see it, which is the point.
 */
const root = resolve(import.meta.dirname, '../..');
const langs = ['en', 'nl-BE'] as const;

/** Each page's HTML, rendered in a child process (test/build/ssr-page.mts keeps the DOM shim out of this one). */
function renderPage(lang: string): string {
  const body = execFileSync(process.execPath, ['--import', 'tsx', 'test/build/ssr-page.mts', lang], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  // No preload.css: it reserves boxes for widgets still to upgrade, which server-rendered widgets already fill.
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered widgets</title>
    <script>
      // Every layout shift from the first paint on, hydration included (CLS).
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    </script>
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    ${body}
    <script>
      // Before any module runs: the server's nodes in each open root, to check hydration kept them (a fresh render
      // would replace or, worse, duplicate them).
      window.serverNodes = [...document.querySelectorAll('physio-load-bucket, physio-exercise-card, physio-booking-cta')]
        .map((host) => ({ host, children: [...host.shadowRoot.children] }));
    </script>
  </body>
</html>`;
}

/**
 * The client: hydration support first (it must patch LitElement before any widget is defined), then all.ts. One
 * copy of Lit, from this package's node_modules; Lit's development build, which reports what production hides.
 */
async function clientFiles(): Promise<Map<string, string>> {
  const result = await build({
    stdin: {
      contents: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './src/all.ts';\n`,
      resolveDir: root,
      sourcefile: 'client.ts',
      loader: 'ts',
    },
    bundle: true,
    // One file: with splitting, Lit would sit in a shared chunk that runs before this entry's first import, so
    // LitElement would be defined before the hydration support could patch it, and every widget would render twice.
    splitting: false,
    format: 'esm',
    conditions: ['development'],
    entryNames: 'client',
    outdir: '/out',
    write: false,
    logLevel: 'error',
  });
  return new Map(result.outputFiles.map((file) => [file.path.replace(/^\/out/, ''), file.text]));
}

/**
 * The page's text as assistive technology gets it (the accessibility tree) and its links with the widget each is in
 * (the DOM through CDP, closed shadow roots included).
 */
async function readable(cdp: CDPSession) {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  const text = nodes
    .filter((node) => !node.ignored && node.name?.value)
    .map((node) => node.name!.value)
    .join('\n');
  const hrefs: string[] = [];
  const { root: doc } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const walk = (node: DomNode, inside: string) => {
    const tag = node.localName?.startsWith('physio-') ? node.localName : inside;
    if (node.localName === 'a') {
      const attrs = node.attributes ?? [];
      const href = attrs[attrs.indexOf('href') + 1];
      if (attrs.includes('href')) hrefs.push(`${tag} ${href}`);
    }
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, tag);
  };
  walk(doc, '');
  return { text, hrefs };
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/** The first node under `node` matching `test`, shadow roots (closed ones too) included. */
function findNode(node: DomNode, test: (node: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Clicks a node a page script cannot reach (in the red flags' closed root) with the mouse, as a reader would. */
async function clickNode(page: Page, cdp: CDPSession, test: (node: DomNode) => boolean) {
  const { root: doc } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const node = findNode(doc, test);
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
  let server: Server;
  let browser: Browser;
  let base = '';

  before(async () => {
    const files = await clientFiles();
    const pages = new Map(langs.map((lang) => [`/${lang}.html`, renderPage(lang)]));
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const page = pages.get(path);
      const script = files.get(path);
      // No favicon: a 404 would be logged as a console error.
      if (path === '/favicon.ico') return void response.writeHead(204).end();
      if (page === undefined && script === undefined) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': page ? 'text/html; charset=utf-8' : 'text/javascript' });
      response.end(page ?? script);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: findChrome(),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
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
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          // Lit's development build says so once; everything else it warns about (a hydration mismatch, a second
          // copy of Lit, a change in update) is a failure.
          if (message.type() === 'warning' && /Lit is in dev mode/.test(message.text())) return;
          if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
        });
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
        const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
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
          const { root: doc } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
          const flags = findNode(doc, (node) => node.localName === 'physio-red-flags')!;
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
