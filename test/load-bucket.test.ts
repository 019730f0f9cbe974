import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulate } from './support/emulate.js';
import '../src/define/physio-load-bucket.js';
import type { PhysioLoadBucket } from '../src/components/load-bucket/load-bucket.js';
import { setLocale } from '../src/localization.js';
import { $, $$, shownText, systemColor, text } from './support/dom.js';

const status = (el: PhysioLoadBucket) => text($(el, '[part=status]'));
const button = (el: PhysioLoadBucket, label: string) =>
  $$(el, 'button').find((b) => text(b).replace(/^✓ /, '').startsWith(label))!;
const pressed = (el: PhysioLoadBucket, part: string) =>
  $$(el, `[part=${part}] button[aria-pressed=true]`).map((b) => text(b));
const scale = (node: Element) => new DOMMatrix(getComputedStyle(node).transform);

async function press(el: PhysioLoadBucket, label: string) {
  button(el, label).click();
  await el.updateComplete;
}

describe('<physio-load-bucket>', () => {
  afterEach(async () => {
    await setLocale('en');
    await emulate({});
  });

  it('shows loads and builders as toggle buttons, an empty bucket, and says what it is', async () => {
    const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket></physio-load-bucket>`);
    expect(text($(el, 'h2'))).to.equal('The bucket: load and load capacity');
    expect($$(el, 'h3').map(text)).to.deep.equal(['What fills the bucket', 'What makes room']);
    expect($$(el, '[part=loads] button[aria-pressed=false]')).to.have.length(10);
    expect($$(el, '[part=builders] button[aria-pressed=false]')).to.have.length(7);
    expect(status(el)).to.equal('The bucket is empty.');
    expect($(el, '[part=status]').getAttribute('role')).to.equal('status');
    expect($(el, 'svg').getAttribute('aria-hidden'), 'the words say it all').to.equal('true');
    expect(text($(el, '.about'))).to.include('does not measure your back');
    expect(text($(el, '[part=disclaimer]'))).to.include('not a diagnosis');
  });

  it('tells the moving-house story: nearly full, the last drop overflows, two builders make room', async () => {
    const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket preset="moving-house"></physio-load-bucket>`);
    expect(pressed(el, 'loads')).to.have.length(4);
    expect(status(el)).to.equal('The bucket is nearly full.');
    expect(el.matches(':state(overflowing)')).to.be.false;

    let event = oneEvent(el, 'physio-bucket-change');
    await press(el, 'The last drop');
    expect((await event).detail).to.deep.equal({ overflowing: true });
    expect(status(el)).to.equal('The bucket is overflowing. This is when pain can flare up.');
    expect(el.matches(':state(overflowing)')).to.be.true;
    expect(text($(el, '.overflow-note'))).to.include('picking up a pen');
    expect($(el, '.spill').getAttribute('data-show')).to.equal('yes');

    event = oneEvent(el, 'physio-bucket-change');
    await press(el, 'Good, regular sleep');
    await press(el, 'Relaxing');
    expect((await event).detail).to.deep.equal({ overflowing: false });
    expect(status(el)).to.equal('The bucket is about half full.');
    expect($(el, '.overflow-note')).to.equal(null);
  });

  it('training makes the bucket bigger and the picture wider', async () => {
    const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket preset="moving-house"></physio-load-bucket>`);
    await emulate({ reducedMotion: 'reduce' });
    const before = scale($(el, '.grow')).a;
    const waterBefore = scale($(el, '.water')).f;
    await press(el, 'Doing a bit more, step by step');
    expect(scale($(el, '.grow')).a).to.be.greaterThan(before);
    expect(scale($(el, '.water')).f, 'the same water stands lower').to.be.greaterThan(waterBefore);
    expect(status(el)).to.match(/bigger/);
  });

  it('draws nothing above the rim; the water’s surface rises with the load and stays a wave (issue 16)', async () => {
    const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket></physio-load-bucket>`);
    await emulate({ reducedMotion: 'reduce' });
    const rim = 40;
    expect(($(el, '.grow') as unknown as SVGGraphicsElement).getBBox().y, 'no handle or lid above the rim').to.equal(
      rim,
    );
    const bucket = $(el, '.outline').getBoundingClientRect();
    const surface = () => $(el, '.water').getBoundingClientRect().top;
    expect(surface(), 'empty: all water is below the bottom, clipped away').to.be.at.least(bucket.bottom - 1);
    const levels: number[] = [];
    for (const load of ['Lifting', 'Moving house', 'Stress', 'Being ill']) {
      await press(el, load);
      levels.push(surface());
    }
    expect(levels).to.deep.equal([...levels].sort((a, b) => b - a));
    expect(new Set(levels).size).to.equal(levels.length);
    expect(levels.at(-1)).to.be.greaterThan(bucket.top);
    // Same shape at every level: the body of water moves, it is not squashed.
    expect(scale($(el, '.water')).d).to.equal(1);
  });

  it('fires nothing on its first render, even when a preset is set', async () => {
    const seen: unknown[] = [];
    const listener = (event: Event) => seen.push((event as CustomEvent).detail);
    document.addEventListener('physio-bucket-change', listener);
    const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket preset="moving-house"></physio-load-bucket>`);
    await el.updateComplete;
    document.removeEventListener('physio-bucket-change', listener);
    expect(seen).to.deep.equal([]);
  });

  it('Start again returns to the preset, and fires only when overflowing flips', async () => {
    const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket preset="moving-house"></physio-load-bucket>`);
    const seen: unknown[] = [];
    el.addEventListener('physio-bucket-change', (e) => seen.push(e.detail));
    await press(el, 'Lifting');
    await press(el, 'Feeling down');
    await press(el, 'Start again');
    expect(pressed(el, 'loads')).to.have.length(4);
    expect(seen).to.deep.equal([{ overflowing: true }, { overflowing: false }]);
  });

  for (const locale of ['en', 'nl']) {
    it(`describes every state in words, never with a number or score (${locale})`, async () => {
      await setLocale(locale);
      const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket></physio-load-bucket>`);
      const said = new Set<string>([status(el)]);
      for (const b of $$(el, '[part=loads] button')) {
        b.click();
        await el.updateComplete;
        said.add(status(el));
      }
      for (const b of $$(el, '[part=builders] button')) {
        b.click();
        await el.updateComplete;
        said.add(status(el));
      }
      expect(said.size).to.be.at.least(4);
      for (const sentence of said) expect(sentence).to.not.match(/\d|%|score/i);
    });
  }

  it('works by keyboard and marks pressed buttons with a check, not colour alone', async () => {
    const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket></physio-load-bucket>`);
    const first = $$(el, '[part=loads] button')[0];
    first.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(first, '::before').content).to.include('✓');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=loads] button')[1]);
  });

  it('speaks Dutch', async () => {
    await setLocale('nl');
    const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket preset="moving-house"></physio-load-bucket>`);
    expect(status(el)).to.equal('De emmer is bijna vol.');
    await press(el, 'De laatste druppel');
    expect(status(el)).to.equal('De emmer loopt over. Dan kan er pijn opspelen.');
  });

  it('animates normally and not at all under reduced motion', async () => {
    const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket></physio-load-bucket>`);
    expect(getComputedStyle($(el, '.water')).transitionDuration).to.not.equal('0s');
    await emulate({ reducedMotion: 'reduce' });
    expect(getComputedStyle($(el, '.water')).transitionDuration).to.equal('0s');
    expect(getComputedStyle($(el, '.grow')).transitionDuration).to.equal('0s');
  });

  it('keeps water and outline visible in forced-colors mode', async () => {
    await emulate({ forcedColors: 'active' });
    const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket preset="moving-house"></physio-load-bucket>`);
    const water = getComputedStyle($(el, '.water')).fill;
    const outline = getComputedStyle($(el, '.outline')).stroke;
    expect(water).to.not.equal(outline);
    expect(water).to.not.equal('none');
    expect({ water, outline }).to.deep.equal({ water: systemColor('Highlight'), outline: systemColor('CanvasText') });
  });

  it('prints the current state without the action buttons', async () => {
    const el = await fixture<PhysioLoadBucket>(html`<physio-load-bucket preset="moving-house"></physio-load-bucket>`);
    await emulate({ media: 'print' });
    expect(getComputedStyle($(el, '.actions')).display).to.equal('none');
    expect(getComputedStyle($(el, 'svg')).display).to.not.equal('none');
    expect(status(el)).to.equal('The bucket is nearly full.');
  });

  it('reflows at 320 px', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px; font-size: 32px">
        <physio-load-bucket preset="moving-house"></physio-load-bucket>
      </div>`,
    );
    const el = wrapper.firstElementChild as PhysioLoadBucket;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const b of $$(el, 'button'))
      expect(b.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
  });

  it('says that breaks let water out, and not that everything you do pours water in', async () => {
    const shown = await shownText(html`<physio-load-bucket></physio-load-bucket>`);
    expect(shown).to.include('Breaks, sleep and relaxing let water out');
    expect(shown).to.not.include('Everything you do');
    expect(shown).to.not.match(/\bRest, sleep\b/);
  });
});
