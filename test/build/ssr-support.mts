// What the server-rendering tests in Chromium share (ssr-browser.test.mts, one page of widgets; ssr-stories.test.mts,
// every story): the client bundle, the page around server-rendered markup, a page server, the browser, and reading a
// page as assistive technology does, closed shadow roots included.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';

export const root = resolve(import.meta.dirname, '../..');

/**
 * The client: hydration support first (it must patch LitElement before any widget is defined), then all.ts. One
 * copy of Lit, from this package's node_modules; Lit's development build, which reports what production hides.
 */
export async function clientBundle(): Promise<string> {
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
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/**
 * A page around server-rendered `body`, in the language `lang` (its `<html lang>`, which also gives the region),
 * loading the client from /client.js. No preload.css: it reserves boxes for widgets still to upgrade, which
 * server-rendered widgets already fill.
 */
export function pageShell({ lang, title, body }: { lang: string; title: string; body: string }): string {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script>
      // Every layout shift from the first paint on, hydration included (CLS), with the nodes that moved.
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries())).observe({
        type: 'layout-shift',
        buffered: true,
      });
    </script>
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

/** Serves `files` (path → text) on a free local port, HTML or JavaScript by extension. */
export async function serve(files: ReadonlyMap<string, string>): Promise<{ base: string; close(): void }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path);
    // No favicon: a 404 would be logged as a console error.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    if (file === undefined) return void response.writeHead(404).end();
    const type = path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(file);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Console errors and warnings and page errors, as they come. Lit's development build says once that it is in dev
 * mode; everything else it warns about (a hydration mismatch, a second copy of Lit, a change in update) is a failure.
 */
export function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'warning' && /Lit is in dev mode/.test(message.text())) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  return problems;
}

export interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/** The whole document, into every shadow root (closed ones too). */
export async function domTree(cdp: CDPSession): Promise<DomNode> {
  const { root: doc } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return doc;
}

/** An attribute of a node from `domTree`, or undefined. */
export function attributeOf(node: DomNode, name: string): string | undefined {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
}

/** The first node under `node` matching `test`, shadow roots (closed ones too) included. */
export function findNode(node: DomNode, test: (node: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * The page's text as assistive technology gets it (the accessibility tree) and its links with the widget each is in
 * (the DOM through CDP, closed shadow roots included).
 */
export async function readable(cdp: CDPSession) {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  const text = nodes
    .filter((node) => !node.ignored && node.name?.value)
    .map((node) => node.name!.value)
    .join('\n');
  const hrefs: string[] = [];
  const walk = (node: DomNode, inside: string) => {
    const tag = node.localName?.startsWith('physio-') ? node.localName : inside;
    const href = node.localName === 'a' ? attributeOf(node, 'href') : undefined;
    if (href !== undefined) hrefs.push(`${tag} ${href}`);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, tag);
  };
  walk(await domTree(cdp), '');
  return { text, hrefs };
}
