import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { findChrome } from './scripts/find-chrome.mjs';
import base, { args } from './web-test-runner.config.mjs';

/*
 * Screenshot tests (`npm run test:visual`, see scripts/test-visual.mjs): every story at 390 and 1024 px, on a light and
 * a dark page, compared with the committed images in test/visual/baseline/. The browser sees only the fonts pinned in
 * test/visual/fonts.conf, so a fresh machine draws the same glyphs. A failed comparison leaves three images side by
 * side in test/visual/failed/: <name>.expected.png, <name>.actual.png and <name>.diff.png.
 */
// PHYSIO_VISUAL_DIR: another folder for the baselines and failures (the wrapper's own test uses one).
const baseDir = process.env.PHYSIO_VISUAL_DIR ?? 'test/visual';
const save = async ({ filePath, content }) => {
  await mkdir(dirname(filePath), { recursive: true });
  await writeFile(filePath, content);
};

export default {
  ...base,
  files: ['test/visual/**/*.visual.ts'],
  nodeResolve: true,
  // One file per width and page colour (test/visual/*.visual.ts), one at a time: a screenshot brings its tab to the
  // front, and a second file's tab in the background then waits for animation frames that never come.
  concurrency: 1,
  testsFinishTimeout: 5 * 60 * 1000,
  testFramework: { config: { timeout: 30000 } },
  // PHYSIO_VISUAL_STORY=faq/Searchable: only that story (test/visual/screenshot-stories.ts reads it).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>window.physioVisualStory = ${JSON.stringify(process.env.PHYSIO_VISUAL_STORY ?? '')};</script><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      update: process.env.PHYSIO_VISUAL_UPDATE === '1',
      baseDir,
      // pixelmatch's per-pixel colour tolerance (0–1), then how many pixels may differ: 0.05 % of the image is about
      // 200 px of a phone screenshot, less than one changed word.
      diffOptions: { threshold: 0.1 },
      failureThresholdType: 'percent',
      failureThreshold: 0.05,
      getBaselineName: ({ name }) => join('baseline', name),
      getFailedName: ({ name }) => join('failed', name.replace(/\.png$/, '.actual.png')),
      getDiffName: ({ name }) => join('failed', name.replace(/\.png$/, '.diff.png')),
      // The baseline joins the actual and diff images, so one folder holds all three.
      saveDiff: async (image) => {
        await save(image);
        const name = image.name.replace(/^failed[\\/]/, '').replace(/\.diff\.png$/, '');
        await copyFile(resolve(baseDir, 'baseline', `${name}.png`), resolve(baseDir, 'failed', `${name}.expected.png`));
      },
      saveFailed: save,
      saveBaseline: save,
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [...args, '--font-render-hinting=none', '--force-color-profile=srgb', '--hide-scrollbars'],
        env: { ...process.env, FONTCONFIG_FILE: resolve('test/visual/fonts.conf') },
      },
    }),
  ],
};
