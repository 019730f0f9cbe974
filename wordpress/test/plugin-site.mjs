// What every plugin test starts with: a fresh WordPress with the built zip installed and active, and Chromium.
import { chromium } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { startWordPress } from './wordpress-site.mjs';
import { installPlugin } from './plugin.mjs';

/** startWordPress() with the built zip installed and activated. */
export async function startPluginSite() {
  const site = await startWordPress();
  installPlugin(site);
  return site;
}

/** Chromium as the tests use it: no sandbox (root in CI), no background traffic. */
export function launchChromium() {
  return chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
