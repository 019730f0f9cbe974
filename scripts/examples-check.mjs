#!/usr/bin/env node
// Builds every example app in examples/ against the package as npm would publish it, serves the build on 127.0.0.1
// and checks in Chromium that all five widgets are defined and rendered with no console error and no page error.
// Each example is copied to a throwaway folder, its `physio-elements` dependency (a `file:` placeholder) is pointed at
// the packed tarball, and it is installed from the npm registry. One line per example; exit 1 if any fails.
// Server-rendered examples (Next.js, Astro) are also checked as they come from the server (declarative shadow DOM,
// readable red flags) and for hydration that keeps the server's nodes rather than rendering the widgets again.
// Run after `npm run build` (as `npm run examples:check` does). `node scripts/examples-check.mjs vue` checks one.
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { findChrome, missingChrome } from './find-chrome.mjs';
import { freePort } from './free-port.mjs';

const root = resolve(import.meta.dirname, '..');
const tags = ['physio-faq', 'physio-red-flags', 'physio-load-bucket', 'physio-exercise-card', 'physio-booking-cta'];
// The FAQ renders only its host on the server: its questions are the page's own <details> or load in the browser.
const serverRenderedTags = tags.filter((tag) => tag !== 'physio-faq');
// A check sends nothing home, and must not wait on a network CI may not have.
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/**
 * The examples. `build` runs in the installed copy; `serve(port)` starts a server for the built app on
 * 127.0.0.1:port (killed with its process group afterwards); `path` is the page to open (and `morePaths` other pages
 * checked the same way); `serverRendered` adds the server HTML and hydration checks; `check(page, path)`, if given,
 * drives what the example itself shows (bound state, an event) after the common checks.
 */
const examples = [
  {
    name: 'vue',
    build: ['npx', '--no', 'vite', 'build', '--logLevel', 'warn'],
    serve: (port) => ['npx', '--no', 'vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    path: '/',
    async check(page) {
      // State bound from Vue: the language select sets <html lang>, the region select each widget's region.
      await page.selectOption('#lang', 'nl');
      await page.selectOption('#region', 'be');
      await step('Dutch and Belgian after the selects', () =>
        page.waitForFunction(() => {
          const faq = document.querySelector('physio-faq');
          const text = faq.shadowRoot.textContent;
          // Vue sets region as a property (the element has one), so the attribute is not what to look at.
          return faq.region === 'be' && text.includes('Is mijn rugpijn ernstig?') && text.includes('1733');
        }),
      );
      await booked(page, '@physio-book handled');
    },
  },
  {
    name: 'next',
    build: ['npx', '--no', 'next', 'build'],
    serve: (port) => ['npx', '--no', 'next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    path: '/',
    serverRendered: true,
    async check(page) {
      // React state fed by the widgets' event props: onPhysioFaqToggle counts the questions opened.
      await page.locator('physio-faq summary').first().click();
      await step('onPhysioFaqToggle counted', () =>
        page.waitForFunction(() => document.querySelector('#opened').textContent.includes('1')),
      );
      await booked(page, 'onPhysioBook handled');
    },
  },
  {
    name: 'astro',
    build: ['npx', '--no', 'astro', 'build', '--silent'],
    serve: (port) => ['npx', '--no', 'astro', 'preview', '--host', '127.0.0.1', '--port', String(port)],
    path: '/',
    serverRendered: true,
    async check(page) {
      await page.locator('physio-faq summary').first().click();
      await step('an FAQ question opens', () =>
        page.waitForFunction(() => document.querySelector('physio-faq').shadowRoot.querySelector('details[open]')),
      );
    },
  },
  {
    name: 'html',
    build: ['npm', 'run', 'build', '--silent'],
    serve: (port) => ['npx', '--no', 'sirv', '.', '--host', '127.0.0.1', '--port', String(port)],
    path: '/',
    // The classic script on a page of its own: a page loads one or the other.
    morePaths: ['/classic.html'],
    async check(page, path) {
      if (path !== '/') return;
      // <html lang="nl-BE">: Dutch, Belgian routes; the clinic's own question stays in the FAQ.
      await step('Belgian Dutch from <html lang>', () =>
        page.waitForFunction(() => {
          const card = document.querySelector('physio-exercise-card').shadowRoot.textContent;
          const faq = document.querySelector('physio-faq');
          const questions = faq.shadowRoot.textContent + faq.textContent;
          return card.includes('kinesitherapeut') && questions.includes('Heb ik een voorschrift nodig?');
        }),
      );
    },
  },
];

/** Clicks the booking button; the app's physio-book listener cancels the link and shows the booking in #booked. */
async function booked(page, name) {
  await page.click('physio-booking-cta >> a[part~="button"]');
  await step(name, () => page.waitForFunction(() => document.querySelector('#booked').textContent.includes('online')));
}

const exec = promisify(execFile);
/** Runs a browser wait with a short timeout, failing with the name of what did not happen. */
const step = (name, wait) =>
  wait().catch((error) => {
    throw new Error(`${name}: ${error.message.split('\n')[0]}`);
  });
/** Runs a command to its end; a failure says the command and what it printed (no stack frames). */
const run = (cmd, cwd) =>
  exec(cmd[0], cmd.slice(1), { cwd, maxBuffer: 64 * 1024 * 1024 }).catch((error) => {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`
      .split('\n')
      .filter((line) => line.trim() && !/^\s+at /.test(line))
      .slice(0, 15)
      .join('\n    ');
    throw new Error(`\`${cmd.join(' ')}\` failed (${error.code ?? error.signal}):\n    ${output}`);
  });
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** Starts `cmd` in its own process group and waits until `url` answers; the handle stops the whole group. */
async function startServer(cmd, cwd, url) {
  const child = spawn(cmd[0], cmd.slice(1), { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const server = {
    stop() {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    },
  };
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.stop();
  throw new Error(`server did not answer ${url} within 30 s:\n${output}`);
}

/** The element children of each open shadow root, by tag: what the server sent, or what hydration made of it. */
const shadowChildren = (names) =>
  names.map((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    return root ? `<${tag}>: ${[...root.children].map((node) => node.localName).join(' ')}` : '';
  });

/**
 * The page as the server sent it, before any script: the HTML must hold a declarative shadow root for each widget
 * rendered on the server and the red flags' emergency text; returns the problems found and the open roots' children
 * as a browser with JavaScript off parses them.
 */
async function serverPage(browser, url) {
  const problems = [];
  const html = await (await fetch(url)).text();
  for (const tag of serverRenderedTags) {
    if (!new RegExp(`<${tag}\\b[^>]*><template [^>]*shadowrootmode="(open|closed)"`).test(html)) {
      problems.push(`<${tag}> has no declarative shadow root in the server HTML`);
    }
  }
  // Lit's part markers split the text; without the tags and comments it reads as a reader sees it.
  const flags = html.match(/<physio-red-flags\b[\s\S]*?<\/physio-red-flags>/)?.[0].replace(/<[^>]*>/g, '') ?? '';
  if (!flags.includes('Call 112 now'))
    problems.push('the server HTML of <physio-red-flags> does not read "Call 112 now"');
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return { problems, roots: await page.evaluate(shadowChildren, serverRenderedTags) };
  } finally {
    await context.close();
  }
}

/** Opens the page and checks every widget; throws with every problem found. */
async function checkPage(browser, url, example) {
  const server = example.serverRendered ? await serverPage(browser, url) : undefined;
  if (server?.problems.length) throw new Error(server.problems.join('\n  '));
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on('console', (msg) => {
    const where = msg.location().url;
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    // Waits for every widget, then reports each one that is missing, undefined or empty.
    await page
      .waitForFunction((names) => names.every((tag) => document.querySelector(`${tag}:defined`)), tags)
      .catch(() => {});
    const widgets = await page.evaluate(async (names) => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return names.map((tag) => {
        const el = document.querySelector(tag);
        if (!el) return { tag, problem: 'not on the page' };
        if (!customElements.get(tag) || !el.matches(':defined')) return { tag, problem: 'not defined' };
        const box = el.getBoundingClientRect();
        // The red-flag checklist's shadow root is closed: a rendered box is all a page can see of it.
        if (el.shadowRoot && el.shadowRoot.children.length === 0) return { tag, problem: 'empty shadow root' };
        if (box.width === 0 || box.height === 0) return { tag, problem: 'renders no box' };
        return { tag };
      });
    }, tags);
    for (const { tag, problem } of widgets) if (problem) problems.push(`<${tag}> ${problem}`);
    if (server) {
      // Hydrated, the roots hold the server's nodes as they were. Without hydration support (or with it loaded after
      // Lit) a widget renders again: next to the server's nodes, or in their place with its styles adopted.
      const roots = await page.evaluate(shadowChildren, serverRenderedTags);
      roots.forEach((now, i) => {
        if (now !== server.roots[i]) problems.push(`not hydrated: ${now} (from the server: ${server.roots[i]})`);
      });
    }
    if (!problems.length && example.check) await example.check(page, new URL(url).pathname);
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  if (problems.length) throw new Error(problems.join('\n  '));
}

/**
 * Copies the example to a throwaway folder, points its `physio-elements` placeholder at the tarball and installs it;
 * returns the folder and how long the install took. The folder is removed if the install fails.
 */
async function install(example, tarball) {
  const work = mkdtempSync(join(tmpdir(), `physio-example-${example.name}-`));
  const source = join(root, 'examples', example.name);
  try {
    cpSync(source, work, {
      recursive: true,
      filter: (file) =>
        !relative(source, file)
          .split(sep)
          .some((part) => ['node_modules', 'dist', '.next', '.astro', 'package-lock.json'].includes(part)),
    });
    const manifestFile = join(work, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (!manifest.dependencies?.['physio-elements']?.startsWith('file:')) {
      throw new Error('package.json has no file: placeholder for physio-elements');
    }
    manifest.dependencies['physio-elements'] = `file:${tarball}`;
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    const start = performance.now();
    await run(['npm', 'install', '--no-audit', '--no-fund', '--silent'], work);
    return { work, times: { install: seconds(start) } };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** Builds, serves and checks an installed example, then removes its folder; returns the times of each step. */
async function checkExample(example, { work, times }, browser) {
  let server;
  try {
    let start = performance.now();
    await run(example.build, work);
    times.build = seconds(start);
    start = performance.now();
    const port = await freePort();
    const url = (path) => `http://127.0.0.1:${port}${path}`;
    server = await startServer(example.serve(port), work, url(example.path));
    for (const path of [example.path, ...(example.morePaths ?? [])]) await checkPage(browser, url(path), example);
    times.browser = seconds(start);
    return times;
  } finally {
    server?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
const chosen = only.length ? examples.filter(({ name }) => only.includes(name)) : examples;
if (only.length && chosen.length !== only.length) {
  console.error(`Unknown example; known: ${examples.map(({ name }) => name).join(', ')}`);
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(missingChrome());
  process.exit(1);
}

const started = performance.now();
const packFolder = mkdtempSync(join(tmpdir(), 'physio-examples-pack-'));
let failed = 0;
let browser;
try {
  const { stdout } = await run(['npm', 'pack', '--silent', '--pack-destination', packFolder], root);
  const tarball = join(packFolder, stdout.trim().split('\n').pop());
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // An install mostly waits on the registry: all start at once and run while earlier examples build (on two cores this
  // took the three examples from about 5 to about 3 minutes). A failed install is reported in its example's turn.
  const installs = chosen.map((example) => install(example, tarball));
  for (const pending of installs) pending.catch(() => {});
  for (const [i, example] of chosen.entries()) {
    try {
      const times = await checkExample(example, await installs[i], browser);
      const parts = Object.entries(times).map(([step, time]) => `${step} ${time}`);
      console.log(`ok   examples/${example.name} (${parts.join(', ')})`);
    } catch (error) {
      failed++;
      console.log(`FAIL examples/${example.name}\n  ${error.message}`);
    }
  }
  console.log(`${chosen.length} example${chosen.length === 1 ? '' : 's'} in ${seconds(started)}`);
} finally {
  await browser?.close();
  rmSync(packFolder, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
