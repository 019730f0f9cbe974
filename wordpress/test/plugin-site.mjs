// Shared by the plugin's WordPress tests: a fresh site with the built plugin active, a browser, posts, logins, and
// the check that the plugin's own PHP logged nothing.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { startWordPress } from './wordpress-site.mjs';
import { installPlugin } from './plugin.mjs';

/** A PHP string literal for any text, so test values never need PHP quoting. */
export const phpString = (text) => `base64_decode('${Buffer.from(text).toString('base64')}')`;

// Attributes serialised as the block editor does (serializeAttributes), which is also how KSES rewrites them.
const json = (attributes) =>
  JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');

/** A self-closing physio-elements block as the editor saves it, e.g. block('red-flags', { headingLevel: 3 }). */
export const block = (name, attributes) => `<!-- wp:physio-elements/${name} ${json(attributes)} /-->`;

/** startWordPress() with the built zip (npm run build:wordpress) installed through WordPress's upgrader and active. */
export async function startPluginSite() {
  const site = await startWordPress();
  installPlugin(site);
  return site;
}

/**
 * Publishes a post as `userId` (0: nobody, so KSES filters it; 1: the admin, who has unfiltered_html); its URL. The
 * content is slashed, as wp_insert_post() expects: unslashed, a block's \u0022 would lose its backslash.
 */
export function createPost(site, title, content, userId = 0) {
  return site.php(
    `wp_set_current_user(${userId}); echo get_permalink(wp_insert_post(['post_title' => ${phpString(title)}, 'post_status' => 'publish', 'post_content' => wp_slash(${phpString(content)})]));`,
  );
}

/** Creates a user with a role; returns the id. */
export function createUser(site, login, role, password = `${login}-pass-1`) {
  return Number(
    site.php(
      `echo wp_insert_user(['user_login' => '${login}', 'user_pass' => '${password}', 'user_email' => '${login}@example.test', 'role' => '${role}']);`,
    ),
  );
}

export const widgetTags = [
  'physio-red-flags',
  'physio-load-bucket',
  'physio-exercise-card',
  'physio-faq',
  'physio-booking-cta',
];

/** The page's console errors and uncaught exceptions from now on, in an array that fills as they come. */
export function pageErrors(page) {
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/* global customElements, document -- the wait runs in the page */
/** Opens `url` in a new page and waits until all five widgets are defined and on it. */
export async function openWidgets(browser, url) {
  const page = await browser.newPage();
  const errors = pageErrors(page);
  await page.goto(url);
  for (const tag of widgetTags) {
    await page.waitForFunction((name) => customElements.get(name) && document.querySelector(name), tag);
  }
  return { page, errors };
}

/** Chromium as the tests use it: no sandbox (root in CI), no background traffic. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A browser context logged in through wp-login.php. */
export async function logIn(browser, site, user, password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  await page.close();
  return context;
}

/** PHP notices, warnings, deprecations and errors the debug log names the plugin's files in (core logs its own). */
export function pluginLogLines(site) {
  if (!existsSync(site.debugLog)) return [];
  return readFileSync(site.debugLog, 'utf8')
    .split('\n')
    .filter((line) => line.includes('plugins/physio-elements'));
}

export function assertNoPluginNotices(site) {
  assert.deepEqual(pluginLogLines(site), [], `${site.debugLog} names the plugin`);
}

/**
 * Keeps every shadow root, closed ones too, in window.__shadowRoots: the red flags close theirs so page scripts cannot
 * read the ticked signs, and the tests still need to read the numbers and look for injected markup inside.
 */
/* global window, Element -- the init script runs in the page */
export const exposeShadowRoots = (page) =>
  page.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    window.__shadowRoots = new Map();
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      window.__shadowRoots.set(this, root);
      return root;
    };
  });
