import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { emulate } from './support/emulate.js';
import '../src/define/physio-load-bucket.js';
import type { PhysioLoadBucket } from '../src/components/load-bucket/load-bucket.js';
import { setLocale } from '../src/localization.js';
import { $, $$, frame, systemColor, text } from './support/dom.js';

// Issue 16: on a phone the bucket used to sit under all eighteen toggles, so a tap far down the list changed
// nothing the reader could see. These tests tap and tab like a reader on a 390 × 844 phone, on a page with text
// above and below the widget, and look at what is on the screen.

const status = (el: PhysioLoadBucket) => text($(el, '[part=status]'));
const button = (el: PhysioLoadBucket, label: string) =>
  $$(el, 'button').find((b) => text(b).replace(/^✓ /, '').startsWith(label))!;
const bar = (el: PhysioLoadBucket) => $(el, '[part=bucket]').parentElement!;

async function clinicPage(fontSize = 16, preset = 'moving-house') {
  const page = await fixture<HTMLElement>(html`
    <div style="font: ${fontSize}px/1.5 sans-serif; padding: 0 16px">
      <h1>Back pain</h1>
      <p>Most back pain gets better within a few weeks. The bucket below explains why it can flare up.</p>
      <physio-load-bucket preset=${preset}></physio-load-bucket>
      <p style="margin-bottom: 150vh">More about our clinic.</p>
    </div>
  `);
  const el = page.querySelector('physio-load-bucket')!;
  await el.updateComplete;
  return el;
}

/** Fails unless the node is wholly inside the viewport and nothing is drawn over its centre. */
function expectOnScreen(el: PhysioLoadBucket, node: Element, what: string) {
  const { top, bottom, left, right, x, y, width, height } = node.getBoundingClientRect();
  // 1 px for subpixel layout: scrolling moves in whole pixels.
  const inside = top >= -1 && bottom <= innerHeight + 1 && left >= -1 && right <= innerWidth + 1;
  expect(inside, `${what} inside the viewport: ${JSON.stringify({ top, bottom, left, right })}`).to.be.true;
  const hit = el.shadowRoot!.elementFromPoint(x + width / 2, y + height / 2);
  expect(hit === node || node.contains(hit), `${what} not covered (found ${hit?.outerHTML.slice(0, 60)})`).to.be.true;
}

async function tap(node: HTMLElement) {
  const { x, y, width, height } = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

describe('<physio-load-bucket> on a phone', () => {
  beforeEach(() => setViewport({ width: 390, height: 844 }));
  afterEach(async () => {
    await resetMouse();
    await emulate({});
    await setLocale('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the bucket and its status on screen when a reader taps a toggle far down the list', async () => {
    const el = await clinicPage();
    const before = status(el);
    const toggle = button(el, 'Regular exercise you enjoy');
    toggle.scrollIntoView({ block: 'end' });
    await frame();
    await tap(toggle);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(status(el)).to.not.equal(before);
    expect(status(el)).to.equal('The bucket is bigger, but nearly full.');
    expectOnScreen(el, $(el, '[part=bucket]'), 'the bucket drawing');
    expectOnScreen(el, $(el, '[part=status]'), 'the status');
    expect(bar(el).getBoundingClientRect().height, 'a compact bar').to.be.below(844 / 6);
    expect($(el, '[part=bucket]').getBoundingClientRect().width, 'a drawing big enough to see').to.be.at.least(75);
  });

  it('by keyboard: every focused button is visible, never under the bucket, tabbing down and back up', async () => {
    const el = await clinicPage();
    const buttons = $$(el, '.choices button');
    buttons[0].focus();
    const focused = () => el.shadowRoot!.activeElement as HTMLElement;
    try {
      for (const back of [false, true]) {
        // Back up the list, each button the browser scrolls to comes in from under the bar.
        if (back) await sendKeys({ down: 'Shift' });
        for (let i = 1; i < buttons.length; i++) {
          await sendKeys({ press: 'Tab' });
          await frame();
          expectOnScreen(el, focused(), `"${text(focused())}" after ${back ? 'Shift+' : ''}Tab`);
        }
      }
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    expect(focused()).to.equal(buttons[0]);
  });

  it('the last drop, pressed by keyboard at the bottom of the list, overflows the bucket in view', async () => {
    const el = await clinicPage();
    const lastDrop = button(el, 'The last drop');
    button(el, 'Support from people').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(lastDrop);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(status(el)).to.equal('The bucket is overflowing. This is when pain can flare up.');
    expectOnScreen(el, $(el, '[part=bucket]'), 'the bucket drawing');
    expectOnScreen(el, $(el, '[part=status]'), 'the status');
    expectOnScreen(el, lastDrop, 'the last drop button');
    // The long explanation is not part of the bar: it follows the buttons, right under the one just pressed.
    const note = $(el, '.overflow-note').getBoundingClientRect();
    expect(note.top).to.be.greaterThan(lastDrop.getBoundingClientRect().bottom);
  });

  for (const locale of ['en', 'nl', 'fr', 'de']) {
    it(`at 200 % text the bar takes at most a third of a 390 × 844 screen, overflowing (${locale})`, async () => {
      await setLocale(locale);
      const el = await clinicPage(32);
      $(el, '.last-drop').click();
      await el.updateComplete;
      $(el, '.last-drop').scrollIntoView({ block: 'end' });
      await frame();
      expectOnScreen(el, $(el, '[part=status]'), 'the status');
      expect(bar(el).getBoundingClientRect().height, 'bar height').to.be.at.most(844 / 3);
      // The long sentence must not squeeze the drawing: it keeps over a fifth of the width at this size.
      expect($(el, '[part=bucket]').getBoundingClientRect().width).to.be.at.least(0.2 * el.clientWidth);
    });
  }

  it('no horizontal scrolling at 320 px with 200 % text', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await clinicPage(32);
    $(el, '.last-drop').click();
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('the bar hides what scrolls under it, also in forced-colors mode, and nothing in it moves under reduced motion', async () => {
    const el = await clinicPage();
    expect(getComputedStyle(bar(el)).position).to.equal('sticky');
    expect(getComputedStyle(bar(el)).backgroundColor).to.match(/^rgb\(/, 'opaque');
    await emulate({ forcedColors: 'active', reducedMotion: 'reduce' });
    expect(getComputedStyle(bar(el)).backgroundColor).to.equal(systemColor('Canvas'));
    for (const node of [bar(el), ...bar(el).querySelectorAll('*')]) {
      const { transitionDuration, animationName } = getComputedStyle(node);
      expect({ transitionDuration, animationName }).to.deep.equal({ transitionDuration: '0s', animationName: 'none' });
    }
  });

  it('stops below a fixed site header set with --physio-sticky-top', async () => {
    const el = await clinicPage();
    el.style.setProperty('--physio-sticky-top', '60px');
    button(el, 'Start again').scrollIntoView({ block: 'end' });
    await frame();
    expect(bar(el).getBoundingClientRect().top).to.be.closeTo(60, 1);
  });

  it('at 1024 px the bucket stays beside the choices, as before, and does not stick', async () => {
    await setViewport({ width: 1024, height: 768 });
    const el = await clinicPage();
    const choices = $(el, '[part=loads]').getBoundingClientRect();
    const bucket = $(el, '[part=bucket]').getBoundingClientRect();
    expect(bucket.left).to.be.greaterThan(choices.right);
    expect(bucket.top).to.be.below(choices.bottom);
    expect($(el, '[part=status]').getBoundingClientRect().top).to.be.at.least(bucket.bottom);
    expect(getComputedStyle(bar(el)).position).to.equal('static');
  });
});
