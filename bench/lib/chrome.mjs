// The system browser, driven by playwright-core (never a downloaded one), found as `npm test` finds it.
import { chromium } from 'playwright-core';

export { findChrome } from '../../scripts/find-chrome.mjs';

// --no-sandbox: we may run as root. The rest keeps background work (updates, sync,
// networking, timer throttling of hidden pages) from landing in the measurements.
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
  '--hide-scrollbars',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** @param {string} executablePath */
export function launch(executablePath) {
  return chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
}
