import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { colorContrastCoverage, expectNoAxeViolations } from './support/axe.js';
import { nonTextContrast } from './support/contrast.js';
import { emulate } from './support/emulate.js';
import { $, $$, keyboardFocusRing, pollUntil, settleWidgets, shadow, systemColor } from './support/dom.js';

/** The page's own stylesheet, as a clinic's theme sets it on `<html>`; no CSS aimed at the widgets. */
const darkPage = (background: string) => `color-scheme: dark; background: ${background}; color: #eee`;
const setPage = (style: string) => document.documentElement.setAttribute('style', style);

/** Every widget in a state that shows every colour it has. */
const allFive = () =>
  html`<div>
    <physio-faq searchable></physio-faq>
    <physio-faq>
      <details open>
        <summary>Do I need a referral?</summary>
        <p>No, you can book directly.</p>
      </details>
      <details>
        <summary>Can I park?</summary>
        <p>Yes, behind the building.</p>
      </details>
    </physio-faq>
    <physio-red-flags></physio-red-flags>
    <physio-load-bucket preset="moving-house"></physio-load-bucket>
    <physio-exercise-card exercise="bird-dog" video="https://clinic.example/bird-dog.mp4"></physio-exercise-card>
    <physio-exercise-card exercise="glute-bridge" class="in-session"></physio-exercise-card>
    <physio-booking-cta
      variant="banner"
      clinic="Fysio Centrum"
      href="https://clinic.example/book"
      phone="020 123 45 67"
      email="info@clinic.example"
    ></physio-booking-cta>
  </div>`;

const floating = () =>
  html`<div>
    <physio-booking-cta
      variant="floating"
      href="https://clinic.example/book"
      phone="020 123 45 67"
    ></physio-booking-cta>
  </div>`;

const finishTransitions = (root: Element) => {
  for (const el of root.querySelectorAll('*'))
    shadow(el)
      ?.getAnimations?.()
      .forEach((a) => a.finish());
};

/** An open and a searched FAQ, a ticked sign in each tier, an overflowing bucket, a session under way, an open panel. */
async function showEveryColour(root: HTMLElement): Promise<void> {
  await settleWidgets(root);
  const [faq, flags, bucket, session, floatingCta] = [
    'physio-faq',
    'physio-red-flags',
    'physio-load-bucket',
    '.in-session',
    '[variant=floating]',
  ].map((selector) => root.querySelector(selector));
  if (faq) {
    await pollUntil(() => $(faq, 'input[type=search]') && $(faq, '.list > details'));
    $(faq, '.list > details').setAttribute('open', '');
    const search = $(faq, 'input[type=search]') as HTMLInputElement;
    search.value = 'back';
    search.dispatchEvent(new Event('input'));
  }
  for (const tier of flags ? ['emergency', 'today', 'soon'] : []) $(flags!, `.tier.${tier} input`).click();
  if (bucket)
    $$(bucket, 'button')
      .find((b) => b.textContent!.includes('The last drop'))!
      .click();
  if (session) $(session, 'button.primary').click();
  if (floatingCta) $(floatingCta, '.toggle').click();
  await settleWidgets(root);
  finishTransitions(root);
  if (bucket) expect(bucket.matches(':state(overflowing)'), 'the bucket overflows').to.be.true;
  if (flags) expect(flags.matches(':state(attention-today)'), 'a tier is marked').to.be.true;
}

async function render(template: ReturnType<typeof allFive>): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(template);
  await showEveryColour(root);
  return root;
}

/**
 * axe finds nothing, and its colour-contrast rule really looked: at least `least` elements passed it, among them
 * text on each coloured fill (`fills`: axe selectors). Only the FAQ's questions may stay undecided: their open/closed
 * cue is a gradient, which axe cannot read behind text (the text is the page's own colour).
 */
async function expectReadable(root: HTMLElement, least: number, fills: RegExp[] = []): Promise<void> {
  await expectNoAxeViolations(root);
  const { passed, undecided } = await colorContrastCoverage(root);
  expect(passed.length, 'elements axe checked for colour contrast').to.be.at.least(least);
  for (const fill of fills)
    expect(
      passed.some((p) => fill.test(p)),
      `axe checked ${fill}`,
    ).to.be.true;
  expect(undecided.filter((u) => !/summary/.test(u))).to.deep.equal([]);
}

/** Text on the accent and urgent fills: the booking button, the bucket’s toggles (some pressed), a primary button, 112. */
const fills = [
  /booking-cta,\.button/,
  /load-bucket,.*button/,
  /\.primary/,
  /red-flags-open-twin,a\[href\$="tel:112"\]/,
];

async function expectLinesAndRings(root: HTMLElement, least: number): Promise<void> {
  const { failures, measured } = await nonTextContrast(root);
  expect(failures, failures.join('\n')).to.deep.equal([]);
  expect(measured, 'rings, borders and lines measured').to.be.at.least(least);
}

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
    const root = await render(allFive());
    for (const widget of [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('physio-'))) {
      const control = shadow(widget).querySelector<HTMLElement>('a[href], button, input, summary')!;
      expect((await keyboardFocusRing(control)).ring.color, widget.localName).to.equal(systemColor('Highlight'));
    }
    const bucket = root.querySelector('physio-load-bucket')!;
    expect(getComputedStyle($(bucket, '.water')).fill).to.equal(systemColor('Highlight'));
    expect(getComputedStyle($(bucket, '.outline')).stroke).to.equal(systemColor('CanvasText'));
    const pressed = $(bucket, 'button[aria-pressed=true]');
    expect(getComputedStyle(pressed).backgroundColor).to.equal(systemColor('Highlight'));
    expect(getComputedStyle(pressed).color).to.equal(systemColor('HighlightText'));
    const booking = $(root.querySelector('physio-booking-cta')!, 'a.button');
    expect(getComputedStyle(booking).borderTopColor).to.equal(systemColor('ButtonText'));
  });
});
