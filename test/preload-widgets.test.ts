import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { adoptPreloadCss, allUpdated, frame } from './support/dom.js';

// Before the script runs, preload.css reserves room for widgets that render all their content on upgrade, so the
// rest of the page stays roughly where it was (their exact height depends on the width they get).
describe('preload.css for the red flags and the bucket', () => {
  it('reserves close to their upgraded height on phone-sized pages (412, 390 and 360 px)', async () => {
    const widths = [412, 390, 360];
    await adoptPreloadCss();
    document.body.style.cssText = 'margin: 0; font: 16px/1.5 serif';
    const container = document.createElement('div');
    container.append(document.createElement('physio-red-flags'), document.createElement('physio-load-bucket'));
    document.body.append(container);
    const heights = async (width: number) => {
      await setViewport({ width, height: 900 });
      await frame();
      return [...container.children].map((el) => el.getBoundingClientRect().height);
    };
    const before: number[][] = [];
    for (const width of widths) before.push(await heights(width));

    await import('../src/all.js');
    await waitUntil(() => [...container.children].every((el) => (el as HTMLElement).matches(':defined')));
    await allUpdated([...container.children]);
    for (const [w, width] of widths.entries()) {
      const after = await heights(width);
      after.forEach((height, i) => {
        expect(
          Math.abs(height - before[w][i]) / height,
          `${container.children[i].localName} at ${width} px: ${before[w][i]} → ${height}`,
        ).to.be.below(0.1);
      });
    }
  });
});
