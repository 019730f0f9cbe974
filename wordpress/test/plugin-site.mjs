// What every plugin test starts with: a fresh WordPress with the built plugin (dist/wordpress) active, and Chromium.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { startWordPress } from './wordpress-site.mjs';

/** startWordPress() with the plugin copied in and activated. */
export async function startPluginSite() {
  const site = await startWordPress();
  cpSync('dist/wordpress/physio-elements', join(site.content, 'plugins/physio-elements'), { recursive: true });
  site.php(
    "require_once ABSPATH . 'wp-admin/includes/plugin.php'; activate_plugin('physio-elements/physio-elements.php');",
  );
  return site;
}

/** Chromium as the tests use it: no sandbox (root in CI), no background traffic. */
export function launchChromium() {
  return chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
