// `npm run test:visual`: the screenshot tests (web-test-runner.visual.config.mjs). `-- --update` writes new baselines
// after a change to the look that you meant; a full update also drops the images of stories that no longer exist.
// Any other argument goes to wtr, e.g. `-- --files test/visual/phone-dark.visual.ts`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';

const dir = process.env.PHYSIO_VISUAL_DIR ?? 'test/visual';
const failedDir = join(dir, 'failed');
const baselineDir = join(dir, 'baseline');
// The browser that drew the baselines: another Chromium may antialias a line differently, which is worth knowing
// when a diff appears on a machine that changed nothing.
const versionFile = join(baselineDir, 'chromium-version.txt');
const update = process.argv.includes('--update');
const passOn = process.argv.slice(2).filter((arg) => arg !== '--update');
const chromium = execFileSync(findChrome() ?? 'chromium', ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();

rmSync(failedDir, { recursive: true, force: true });
if (update && passOn.length === 0) rmSync(baselineDir, { recursive: true, force: true });

const run = spawnSync('npx', ['wtr', '--config', 'web-test-runner.visual.config.mjs', ...passOn], {
  stdio: 'inherit',
  env: { ...process.env, PHYSIO_VISUAL_DIR: dir, PHYSIO_VISUAL_UPDATE: update ? '1' : '0' },
});

if (update && run.status === 0) writeFileSync(versionFile, `${chromium}\n`);
const failed = existsSync(failedDir) ? readdirSync(failedDir).filter((file) => file.endsWith('.actual.png')) : [];
if (failed.length > 0) {
  console.log(`\n${failed.length} screenshot(s) differ from their baseline; the images are in ${failedDir}/:`);
  for (const file of failed) {
    const name = file.replace(/\.actual\.png$/, '');
    const expected = existsSync(join(failedDir, `${name}.expected.png`));
    console.log(`  ${name}: ${expected ? `${name}.expected.png, ${file}, ${name}.diff.png` : `${file} (no baseline)`}`);
  }
  const made = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : 'an unknown browser';
  if (made !== chromium) console.log(`The baselines were drawn by ${made}; this run used ${chromium}.`);
  console.log('If the change is meant, run `npm run test:visual -- --update` and commit the new baselines.');
}
process.exit(run.status ?? 1);
