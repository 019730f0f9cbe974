// `npm run test:visual`: the screenshot tests (web-test-runner.visual.config.mjs). `-- --update` writes new baselines
// (after a change to the look that you meant); a full update also drops the images of stories that no longer exist.
// Any other argument goes to wtr, e.g. `-- --files test/visual/stories.visual.ts`.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';

const failedDir = 'test/visual/failed';
const update = process.argv.includes('--update');
const passOn = process.argv.slice(2).filter((arg) => arg !== '--update');

rmSync(failedDir, { recursive: true, force: true });
if (update && passOn.length === 0) rmSync('test/visual/baseline', { recursive: true, force: true });

const run = spawnSync('npx', ['wtr', '--config', 'web-test-runner.visual.config.mjs', ...passOn], {
  stdio: 'inherit',
  env: { ...process.env, PHYSIO_VISUAL_UPDATE: update ? '1' : '0' },
});

let failed = [];
try {
  failed = readdirSync(failedDir).filter((file) => file.endsWith('.actual.png'));
} catch {
  // No folder: nothing differed.
}
if (failed.length > 0) {
  console.log(`\n${failed.length} screenshot(s) differ; expected, actual and diff images are in ${failedDir}/:`);
  for (const file of failed) console.log(`  ${file.replace(/\.actual\.png$/, '')}.{expected,actual,diff}.png`);
  console.log('If the change is meant, run `npm run test:visual -- --update` and commit the new baselines.');
}
process.exit(run.status ?? 1);
