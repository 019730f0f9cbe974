#!/usr/bin/env node
// @ts-check
// Finds Chrome or Chromium for the browser tests and the benchmark with chrome-launcher, the finder that
// @web/test-runner-chrome itself uses. Run as a script: silent when one is found, else one line on how to get one.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { getChromePath } from 'chrome-launcher';

// chrome-launcher looks for Google Chrome only on macOS.
const macChromium = '/Applications/Chromium.app/Contents/MacOS/Chromium';
const nothingFound = new Set(['ERR_LAUNCHER_PATH_NOT_SET', 'ERR_LAUNCHER_NOT_INSTALLED']);

/**
 * The browser's executable, or undefined. CHROME_PATH wins; a CHROME_PATH that does not exist finds nothing, where
 * chrome-launcher would quietly take another browser. Then chrome-launcher: on Linux google-chrome-stable,
 * google-chrome, chromium-browser or chromium on PATH (Debian's /usr/bin/chromium) and the browsers that desktop
 * files name; on macOS Chrome wherever it is installed; on Windows Chrome under LOCALAPPDATA and PROGRAMFILES.
 * @param {{ env?: Record<string, string | undefined>, search?: () => string, platform?: string }} [options]
 *   `search` is chrome-launcher's getChromePath, which throws when it finds nothing.
 * @returns {string | undefined}
 */
export function findChrome({ env = process.env, search = getChromePath, platform = process.platform } = {}) {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  try {
    return search();
  } catch (error) {
    const code = /** @type {{ code?: unknown }} */ (error)?.code;
    if (typeof code !== 'string' || !nothingFound.has(code)) throw error;
  }
  return platform === 'darwin' && existsSync(macChromium) ? macChromium : undefined;
}

/**
 * The one line `npm test` prints when there is no browser.
 * @param {Record<string, string | undefined>} [env]
 * @param {unknown} [problem] what went wrong in chrome-launcher, if it failed rather than found nothing
 */
export function missingChrome(env = process.env, problem = undefined) {
  const hint = env.CHROME_PATH ? `CHROME_PATH=${env.CHROME_PATH} does not exist. ` : '';
  const cause = problem
    ? ` (chrome-launcher: ${String(/** @type {Error} */ (problem).message ?? problem).split('\n')[0]})`
    : '';
  return (
    `${hint}No Chrome or Chromium found${cause}: install one (Debian/Ubuntu: sudo apt-get install chromium; ` +
    'macOS/Windows: install Google Chrome) or set CHROME_PATH to its executable.'
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let found;
  let problem;
  try {
    found = findChrome();
  } catch (error) {
    problem = error;
  }
  if (!found) {
    console.error(missingChrome(process.env, problem));
    process.exit(1);
  }
}
