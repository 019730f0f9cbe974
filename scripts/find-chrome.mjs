#!/usr/bin/env node
// Finds Chrome or Chromium for the browser tests: CHROME_PATH, then the usual install paths.
// Prints the path (for web-test-runner.config.mjs) or fails with one line on how to install one.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const candidates = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    `${process.env.HOME}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`,
  ],
  win32: [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA]
    .filter(Boolean)
    .map((dir) => `${dir}\\Google\\Chrome\\Application\\chrome.exe`),
};

function onPath(names) {
  for (const name of names) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return found;
    } catch {
      /* not on PATH */
    }
  }
  return undefined;
}

export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return (
    (candidates[process.platform] ?? []).find((p) => existsSync(p)) ??
    (process.platform === 'win32'
      ? undefined
      : onPath(['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']))
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = findChrome();
  if (!found) {
    const hint = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist. ` : '';
    console.error(
      `${hint}No Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium; macOS/Windows: install Google Chrome) or set CHROME_PATH to its executable.`,
    );
    process.exit(1);
  }
}
