import { expect } from '@open-wc/testing';
import '../src/all.js';
import {
  allFive,
  expectLinesAndRings,
  expectReadable,
  expectSystemColours,
  fills,
  floating,
  render,
} from './support/all-five.js';
import { emulate } from './support/emulate.js';
import { $, keyboardFocusRing, systemColor } from './support/dom.js';

/** The page's own stylesheet, as a clinic's theme sets it on `<html>`; no CSS aimed at the widgets. */
const darkPage = (background: string) => `color-scheme: dark; background: ${background}; color: #eee`;
const setPage = (style: string) => document.documentElement.setAttribute('style', style);

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('dark pages', () => {
  const saved = document.documentElement.getAttribute('style');
  afterEach(async () => {
    if (saved === null) document.documentElement.removeAttribute('style');
    else setPage(saved);
    await emulate({});
  });

  for (const background of ['#111', '#1e1e1e']) {
    it(`all five widgets pass axe on a dark page (${background}, light text), contrast checked`, async () => {
      setPage(darkPage(background));
      await expectReadable(await render(allFive()), 100, fills);
    });

    it(`the floating booking button and its open panel pass axe on a dark page (${background})`, async () => {
      setPage(darkPage(background));
      await expectReadable(await render(floating()), 5, [/\.toggle/, /\.button/]);
    });

    it(`focus rings, control borders and drawings have at least 3:1 on a dark page (${background})`, async () => {
      setPage(darkPage(background));
      await expectLinesAndRings(await render(allFive()), 100);
      await expectLinesAndRings(await render(floating()), 5);
    });
  }

  it('on a page that says nothing about colour (light), the same hold', async () => {
    const root = await render(allFive());
    await expectReadable(root, 100, fills);
    await expectLinesAndRings(root, 100);
    await expectLinesAndRings(await render(floating()), 5);
  });

  it('a token the page sets still wins on a dark page', async () => {
    setPage(`${darkPage('#111')}; --physio-color-accent: #123456`);
    const root = await render(allFive());
    const booking = $(root.querySelector('physio-booking-cta')!, 'a.button');
    expect(getComputedStyle(booking).backgroundColor).to.equal(rgb('#123456'));
    expect(getComputedStyle($(root.querySelector('physio-load-bucket')!, '.water')).fill).to.equal(rgb('#123456'));
    const ownQuestion = root.querySelectorAll('physio-faq')[1].querySelector('summary')!;
    for (const control of [ownQuestion, $(root.querySelector('physio-red-flags')!, 'input')]) {
      expect((await keyboardFocusRing(control)).ring.color).to.equal(rgb('#123456'));
    }
  });

  it('with `color-scheme: light dark` the widgets follow the visitor’s preference', async () => {
    // Canvas and CanvasText are what the browser paints anyway; said out loud because axe takes a page without a
    // background colour of its own to be white.
    setPage('color-scheme: light dark; background: Canvas; color: CanvasText');
    const root = await render(allFive());
    const booking = $(root.querySelector('physio-booking-cta')!, 'a.button');
    const colours = () => [getComputedStyle(booking).backgroundColor, getComputedStyle(booking).color];
    await emulate({ colorScheme: 'light' });
    expect(colours()).to.deep.equal([rgb('#005eb8'), rgb('#ffffff')]);
    await emulate({ colorScheme: 'dark' });
    expect(colours()).to.deep.equal([rgb('#66aaff'), systemColor('Canvas')]);
    expect(systemColor('Canvas'), 'the canvas is dark').to.not.equal(rgb('#ffffff'));
    await expectReadable(root, 100, fills);
    await expectLinesAndRings(root, 100);
  });

  it('forced colors on a dark page: system colours, not ours', async () => {
    setPage(darkPage('#111'));
    await emulate({ forcedColors: 'active' });
    await expectSystemColours(await render(allFive()));
  });
});
