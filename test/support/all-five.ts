import { expect, fixture, html } from '@open-wc/testing';
import { colorContrastCoverage, expectNoAxeViolations } from './axe.js';
import { nonTextContrast } from './contrast.js';
import { $, $$, keyboardFocusRing, pollUntil, settleWidgets, shadow, systemColor } from './dom.js';

// All five widgets on one page, in a state that shows every colour they have, and the checks that every colour is
// readable: the dark-page tests and the theme tests share them.

/** Every widget in a state that shows every colour it has. */
export const allFive = () =>
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

export const floating = () =>
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

export async function render(template: ReturnType<typeof allFive>): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(template);
  await showEveryColour(root);
  return root;
}

/**
 * axe finds nothing, and its colour-contrast rule really looked: at least `least` elements passed it, among them
 * text on each coloured fill (`fills`: axe selectors). Only the FAQ's questions may stay undecided: their open/closed
 * cue is a gradient, which axe cannot read behind text (the text is the page's own colour).
 */
export async function expectReadable(root: HTMLElement, least: number, fills: RegExp[] = []): Promise<void> {
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
export const fills = [
  /booking-cta,\.button/,
  /load-bucket,.*button/,
  /\.primary/,
  /red-flags-open-twin,a\[href\$="tel:112"\]/,
];

export async function expectLinesAndRings(root: HTMLElement, least: number): Promise<void> {
  const { failures, measured } = await nonTextContrast(root);
  expect(failures, failures.join('\n')).to.deep.equal([]);
  expect(measured, 'rings, borders and lines measured').to.be.at.least(least);
}

/** Forced colors (Windows contrast themes): the widgets draw in system colours, whatever tokens or theme the page has. */
export async function expectSystemColours(root: HTMLElement): Promise<void> {
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
}
