import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { findChrome } from './scripts/find-chrome.mjs';
import { reactEsm } from './scripts/react-esm-plugin.mjs';

const runningAsRoot = process.getuid?.() === 0;
export const args = [
  ...(runningAsRoot || process.env.CI ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // A closed network (CI, this project's machines) must not see the browser phone home.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * `emulate` command: CSS media features through the Chrome DevTools Protocol. wtr's own emulateMedia cannot switch
 * forced-colors on with the Chrome launcher, and a forced-colors test that silently runs in normal mode proves
 * nothing. Payload: { forcedColors?: 'active'|'none', reducedMotion?: 'reduce'|'no-preference', media?: 'print'|'screen',
 * colorScheme?: 'light'|'dark' } (no colorScheme: the browser's own preference, light in headless Chromium).
 */
function emulatePlugin() {
  const sessions = new WeakMap();
  return {
    name: 'physio-emulate',
    async executeCommand({ command, payload, session }) {
      if (command === 'accessible-text') return accessibleText(session.browser.getPage(session.id), payload);
      if (command !== 'emulate') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = [
        { name: 'forced-colors', value: payload.forcedColors ?? 'none' },
        { name: 'prefers-reduced-motion', value: payload.reducedMotion ?? 'no-preference' },
        { name: 'prefers-color-scheme', value: payload.colorScheme ?? '' },
      ];
      await sessions.get(page).send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features });
      return true;
    },
  };
}

/**
 * `accessible-text` command: the text a screen reader gets for the element matching payload.selector, from
 * Chromium's accessibility tree. It reaches into closed shadow roots, which page scripts and tests cannot.
 */
async function accessibleText(page, { selector }) {
  const handle = await page.$(selector);
  const snapshot = await page.accessibility.snapshot({ root: handle, interestingOnly: false });
  const names = [];
  const walk = (node) => {
    if (node.role === 'StaticText' && node.name) names.push(node.name);
    for (const child of node.children ?? []) walk(child);
  };
  if (snapshot) walk(snapshot);
  await handle.dispose();
  return names.join(' ').replace(/\s+/g, ' ');
}

/**
 * `import text from './file.css?raw'`: the file's text as a module's default export, as Vite gives it to Storybook.
 * The stories, the builders and their tests read the theme stylesheets this way, so the CSS file is the one source.
 * Only files inside the repository: an encoded `../` (`%2e%2e%2f`) reaches the server as it is, so the decoded path
 * is resolved and checked. A serve hook's answer is always a 200, so the middleware before it answers 404 for a file
 * outside the repository or missing.
 */
const root = process.cwd();
async function rawText(context) {
  let file;
  try {
    file = resolve(root, `.${decodeURIComponent(context.path)}`);
  } catch {
    return undefined; // Not valid percent-encoding: no file.
  }
  if (!file.startsWith(root + sep)) return undefined;
  return readFile(file, 'utf8').catch(() => undefined);
}
async function rawTextNotFound(context, next) {
  if (!context.URL.searchParams.has('raw') || (await rawText(context)) !== undefined) return next();
  context.status = 404;
  context.body = 'Not found';
}
/**
 * The CDN folder as a CDN serves it: each file byte for byte, untouched by the dev server's plugins (esbuild would
 * reprint the scripts), so that a page's `integrity` attribute from dist/cdn/integrity.json can match.
 */
const builtTypes = { js: 'text/javascript', css: 'text/css', json: 'application/json', map: 'application/json' };
async function asBuilt(context, next) {
  // `?raw` asks for a file's text as a module (rawTextPlugin), not for the file.
  const type =
    !context.URL.searchParams.has('raw') && builtTypes[/^\/dist\/cdn\/[\w./-]+\.(\w+)$/.exec(context.path)?.[1]];
  const body = type && !context.path.includes('..') && (await readFile(`.${context.path}`).catch(() => undefined));
  if (!body) return next();
  context.type = `${type}; charset=utf-8`;
  context.body = body;
}
function rawTextPlugin() {
  return {
    name: 'physio-raw-text',
    async serve(context) {
      if (!context.URL.searchParams.has('raw')) return undefined;
      const text = await rawText(context);
      return text === undefined ? undefined : { body: `export default ${JSON.stringify(text)};`, type: 'js' };
    },
  };
}

/** Prints "N passed, N failed" as the very last line, for CI to read. */
function plainSummaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) skipped++;
      else if (test.passed) passed++;
      else failed++;
    }
    for (const child of suite.suites) count(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that fails to load or throws outside a test counts as one failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed++;
      }
      process.once('exit', () => {
        console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
      });
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [rawTextNotFound, asBuilt],
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    emulatePlugin(),
    rawTextPlugin(),
    // React 19 from the repository; scripts/test-react18.mjs points PHYSIO_REACT_FROM at a React 18 install and sets
    // PHYSIO_REACT_MAJOR=18, so a run that silently got React 19 fails.
    reactEsm({ from: process.env.PHYSIO_REACT_FROM, major: process.env.PHYSIO_REACT_MAJOR }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args } })],
  reporters: [defaultReporter(), plainSummaryReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
  },
};
