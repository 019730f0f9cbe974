import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

// The screenshot runner itself (scripts/test-visual.mjs), on one story in a folder of its own: it must write a
// baseline, pass against it, and fail on a changed or missing baseline with the three images named in one folder.
const story = 'booking.Inline.390.light';
const dir = mkdtempSync(join(tmpdir(), 'physio-visual-'));
const baseline = join(dir, 'baseline', `${story}.png`);
const failed = join(dir, 'failed');

function runVisual(...args: string[]) {
  const run = spawnSync('node', ['scripts/test-visual.mjs', '--files', 'test/visual/phone-light.visual.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, PHYSIO_VISUAL_DIR: dir, PHYSIO_VISUAL_STORY: 'booking/Inline' },
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('npm run test:visual', { timeout: 180_000 }, () => {
  before(() => {
    const { status, out } = runVisual('--update');
    assert.equal(status, 0, out);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the baseline of each screenshot and notes the browser that drew it', () => {
    assert.deepEqual(readdirSync(join(dir, 'baseline')).sort(), [`${story}.png`, 'chromium-version.txt']);
    assert.match(readFileSync(join(dir, 'baseline', 'chromium-version.txt'), 'utf8'), /Chrom/);
  });

  it('passes when nothing changed, leaving no failure images', () => {
    const { status, out } = runVisual();
    assert.equal(status, 0, out);
    assert.match(out, /1 passed, 0 failed/);
    assert.equal(existsSync(failed), false);
  });

  it('fails on a changed look and leaves expected, actual and diff side by side, named', () => {
    const image = PNG.sync.read(readFileSync(baseline));
    // A 40 × 40 px magenta square: far over the 0.05 % of pixels a run may differ by.
    for (let y = 10; y < 50; y++) {
      for (let x = 10; x < 50; x++) image.data.set([255, 0, 255, 255], (y * image.width + x) * 4);
    }
    writeFileSync(baseline, PNG.sync.write(image));
    const { status, out } = runVisual();
    assert.equal(status, 1, out);
    assert.deepEqual(readdirSync(failed).sort(), [`${story}.actual.png`, `${story}.diff.png`, `${story}.expected.png`]);
    assert.match(
      out,
      new RegExp(`${story}: ${story}\\.expected\\.png, ${story}\\.actual\\.png, ${story}\\.diff\\.png`),
    );
    assert.deepEqual(readFileSync(join(failed, `${story}.expected.png`)), readFileSync(baseline));
  });

  it('fails when a screenshot has no baseline', () => {
    rmSync(baseline);
    const { status, out } = runVisual();
    assert.equal(status, 1, out);
    assert.match(out, new RegExp(`${story}: ${story}\\.actual\\.png \\(no baseline\\)`));
  });
});
