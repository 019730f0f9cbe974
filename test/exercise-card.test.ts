import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define/physio-exercise-card.js';
import type { PhysioExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import { exerciseIds } from '../src/components/exercise-card/exercise-card-content.js';
import { setLocale } from '../src/localization.js';
import { captureWarnings } from './support/console-spy.js';
import { emulate } from './support/emulate.js';
import { $, $$, systemColor, text } from './support/dom.js';

const dosage = (el: PhysioExerciseCard) => text($(el, '[part=dosage]')).replace(/^How much: /, '');
const status = (el: PhysioExerciseCard) => text($(el, '[part=session] [role=status]'));
const buttonNamed = (el: PhysioExerciseCard, name: RegExp) => $$(el, 'button').find((b) => name.test(text(b)))!;

describe('<physio-exercise-card> built-in exercises', () => {
  afterEach(() => setLocale('en'));

  for (const id of exerciseIds) {
    it(`${id}: illustration with a text alternative, at most five steps, dosage, variations, safety`, async () => {
      const el = await fixture<PhysioExerciseCard>(html`<physio-exercise-card exercise=${id}></physio-exercise-card>`);
      const svg = $(el, '[part=media] svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')!.length).to.be.greaterThan(20);
      const steps = $$(el, '[part=steps] li');
      expect(steps.length).to.be.within(1, 5);
      expect(text($(el, 'h3.name'))).to.not.equal('');
      expect(dosage(el)).to.not.equal('');
      expect(text($(el, '.advice')))
        .to.include('Easier:')
        .and.include('Harder:');
      expect($$(el, '.stop li').length).to.be.at.least(2);
      expect(text($(el, '[part=safety]')))
        .to.include('Stop and get help straight away')
        .and.include('inside of your thighs')
        .and.include('leak pee or poo')
        .and.include('both of your legs')
        .and.include('spreads down your leg');
      expect($(el, '[part=safety] a')!.getAttribute('href')).to.equal('tel:112');
      expect(svg.getAttribute('aria-label')).to.match(/^Drawing: /);
      expect(text($(el, '.how')), 'the equipment has its label').to.match(/You need: [a-z][^.]*\./);
      expect(text($$(el, '.stop li').at(-1)!)).to.include('your leg or foot feels weak');
      expect(text($(el, '[part=disclaimer]'))).to.include('not a diagnosis');
    });
  }

  // Review C1: clinical.md §4 asks for §1 rows 1–6 on the card, with the country's route and job title.
  for (const [locale, region, words] of [
    [
      'en',
      'nl',
      [
        'changes with sex',
        'your foot drags or slaps down',
        'huisartsenpost (out-of-hours GP service) straight away',
        'contact your physio or GP',
        'feels weak, call your GP today',
      ],
    ],
    [
      'en',
      'be',
      [
        'changes with sex',
        'your foot drags or slaps down',
        'GP on call',
        'contact your physio or GP',
        'feels weak, call your GP today',
      ],
    ],
    [
      'nl',
      'nl',
      ['bij seks', 'voet sleept', 'huisartsenpost', 'je fysiotherapeut of huisarts', 'Bel dan vandaag je huisarts'],
    ],
    [
      'nl',
      'be',
      [
        'bij seks',
        'voet sleept',
        'huisarts van wacht',
        'je kinesitherapeut of huisarts',
        'Bel dan vandaag je huisarts',
      ],
    ],
  ] as const) {
    it(`safety line in ${locale}, region ${region}: rows 1–6, the route and the job title`, async () => {
      await setLocale(locale);
      const el = await fixture<PhysioExerciseCard>(
        html`<physio-exercise-card exercise="glute-bridge" region=${region}></physio-exercise-card>`,
      );
      const safety = text($(el, '[part=safety]'));
      for (const word of words) expect(safety, word).to.include(word);
      expect($$(el, '[part=safety] li'), 'one item per row 1–6').to.have.length(6);
      const other = region === 'be' ? /huisartsenpost|fysiotherapeut|GP post|SEH/ : /van wacht|kinesitherapeut|1733/;
      expect(safety).to.not.match(other);
    });
  }

  it('shows "3 × 10 per side, hold 5 s" for bird dog, in Dutch too', async () => {
    const el = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card exercise="bird-dog" sets="3" reps="10" per-side></physio-exercise-card>`,
    );
    expect(dosage(el)).to.match(/^3 × 10 per side, hold 5 s · rest 30 s between sets · 5 days a week$/);
    await setLocale('nl');
    await el.updateComplete;
    expect(text($(el, '[part=dosage]'))).to.equal(
      'Hoeveel: 3 × 10 per kant, houd deze houding 5 seconden vol · 30 seconden rust tussen de rondes · 5 dagen per week',
    );
  });

  it('dosage attributes override the defaults, with plural rules', async () => {
    const el = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card
        exercise="glute-bridge"
        sets="2"
        reps="8"
        hold="0"
        rest="45"
        times-per-day="1"
        days-per-week="1"
      ></physio-exercise-card>`,
    );
    expect(dosage(el)).to.equal('2 × 8 · rest 45 s between sets · once a day · 1 day a week');
    const walk = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card exercise="walking" minutes="1"></physio-exercise-card>`,
    );
    expect(dosage(walk)).to.equal('1 minute · 5 days a week');
    const off = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card exercise="bird-dog" per-side="false"></physio-exercise-card>`,
    );
    expect(dosage(off)).to.match(/^3 × 10, hold 5 s/);
  });

  it('bad dosage values warn once and keep the default', async () => {
    const { warnings } = await captureWarnings(async () => {
      const el = await fixture<PhysioExerciseCard>(
        html`<physio-exercise-card exercise="bird-dog" sets="many" reps="-3"></physio-exercise-card>`,
      );
      expect(dosage(el)).to.match(/^3 × 10 per side/);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('sets="many"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('reps="-3"'))).to.have.length(1);
  });
});

describe('<physio-exercise-card> a clinic’s own exercise', () => {
  it('uses the name, media and default slots with the dosage attributes', async () => {
    const el = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card sets="2" reps="12">
        <span slot="name">Cat and camel</span>
        <img
          slot="media"
          alt="A person on hands and knees arching the back"
          src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
        />
        <ol>
          <li>Kneel on all fours.</li>
          <li>Round your back, then let it sag gently.</li>
        </ol>
      </physio-exercise-card>`,
    );
    expect(($(el, 'slot[name=name]') as HTMLSlotElement).assignedElements()[0].textContent).to.equal('Cat and camel');
    expect(($(el, 'slot[name=media]') as HTMLSlotElement).assignedElements()).to.have.length(1);
    expect(dosage(el)).to.equal('2 × 12');
    expect($(el, '[part=safety]')).to.exist;
  });

  it('an unknown exercise warns and falls back to the slotted content or a short line', async () => {
    const { warnings } = await captureWarnings(async () => {
      const el = await fixture<PhysioExerciseCard>(
        html`<physio-exercise-card exercise="plank"></physio-exercise-card>`,
      );
      expect(text($(el, '.not-found'))).to.equal('This exercise was not found.');
    });
    expect(warnings.filter((w) => w.includes('exercise="plank"'))).to.have.length(1);
  });
});

/** A walking card with a 2-minute session, already walking. */
async function startTwoMinuteWalk() {
  const el = await fixture<PhysioExerciseCard>(
    html`<physio-exercise-card exercise="walking" minutes="2"></physio-exercise-card>`,
  );
  buttonNamed(el, /Start a guided session/).click();
  await el.updateComplete;
  buttonNamed(el, /Start walking/).click();
  await el.updateComplete;
  return el;
}

describe('<physio-exercise-card> guided session', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => clock.restore());

  it('counts sets, both sides and holds by keyboard, and fires physio-exercise-complete', async () => {
    const el = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card exercise="bird-dog" sets="2" reps="2" hold="3" rest="10"></physio-exercise-card>`,
    );
    const seen: string[] = [];
    const heard = () => seen[seen.length - 1];
    const observe = new MutationObserver(() => seen.push(status(el)));
    observe.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
    buttonNamed(el, /Start a guided session/).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.matches(':state(session)')).to.be.true;
    const complete = oneEvent(el, 'physio-exercise-complete');
    for (let set = 1; set <= 2; set++) {
      for (let side = 0; side < 2; side++) {
        for (let rep = 0; rep < 2; rep++) {
          expect(text($(el, '.where'))).to.include(`Set ${set} of 2`);
          expect(el.shadowRoot!.activeElement, 'focus stays on the main button').to.equal(
            buttonNamed(el, /Start hold \(3 s\)/),
          );
          await sendKeys({ press: 'Space' });
          await el.updateComplete;
          expect(text($(el, '.countdown'))).to.include('Hold: 3 s');
          expect(heard()).to.equal('Hold for 3 seconds.');
          clock.tick(1000);
          await el.updateComplete;
          expect(text($(el, '.countdown'))).to.include('Hold: 2 s');
          expect(heard(), 'not announced every second').to.equal('Hold for 3 seconds.');
          clock.tick(2000);
          await el.updateComplete;
        }
        if (side === 0) expect(heard()).to.equal('Now the other side.');
      }
      if (set === 1) {
        expect(heard()).to.equal('Set 1 done. Rest for 10 seconds.');
        expect(text($(el, '.countdown'))).to.include('Rest: 10 s');
        expect(el.shadowRoot!.activeElement, 'focus moved to Pause').to.equal(buttonNamed(el, /Pause/));
        clock.tick(10000);
        await el.updateComplete;
        expect(heard()).to.equal('Set 2 of 2. Start when you are ready.');
        buttonNamed(el, /Start hold/).focus();
      }
    }
    const { detail } = await complete;
    expect(detail).to.deep.equal({ exercise: 'bird-dog', sets: 2 });
    expect(heard()).to.equal('Well done: all 2 sets are finished.');
    expect(($(el, 'progress') as HTMLProgressElement).value).to.equal(8);
    observe.disconnect();
  });

  it('pauses and resumes a countdown, skips a rest, and can be ended', async () => {
    const el = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card exercise="glute-bridge" sets="2" reps="1" hold="5" rest="30"></physio-exercise-card>`,
    );
    buttonNamed(el, /Start a guided session/).click();
    await el.updateComplete;
    buttonNamed(el, /Start hold/).click();
    await el.updateComplete;
    clock.tick(2000);
    buttonNamed(el, /Pause/).click();
    await el.updateComplete;
    clock.tick(10000);
    await el.updateComplete;
    expect(text($(el, '.countdown')))
      .to.include('Hold: 3 s')
      .and.include('(paused)');
    expect(status(el)).to.equal('Paused.');
    buttonNamed(el, /Resume/).click();
    await el.updateComplete;
    expect(status(el), 'review m14').to.equal('Continuing.');
    clock.tick(3000);
    await el.updateComplete;
    expect(text($(el, '.countdown'))).to.include('Rest: 30 s');
    buttonNamed(el, /Skip rest/).click();
    await el.updateComplete;
    expect(text($(el, '.where'))).to.include('Set 2 of 2');
    buttonNamed(el, /End session/).click();
    await el.updateComplete;
    expect(buttonNamed(el, /Start a guided session/)).to.exist;
    expect(el.matches(':state(session)')).to.be.false;
  });

  it('marks repetitions without a hold, and stops its timer when the card leaves the page', async () => {
    const el = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card
        exercise="bird-dog"
        sets="2"
        reps="1"
        hold="0"
        per-side="false"
        rest="20"
      ></physio-exercise-card>`,
    );
    buttonNamed(el, /Start a guided session/).click();
    await el.updateComplete;
    buttonNamed(el, /Repetition done/).click();
    await el.updateComplete;
    expect(clock.countTimers()).to.equal(1);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
  });

  it('a timed exercise other than walking gets a timer, and ending a session is announced', async () => {
    const el = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card exercise="knee-rolls" minutes="5"></physio-exercise-card>`,
    );
    buttonNamed(el, /Start a guided session/).click();
    await el.updateComplete;
    expect(buttonNamed(el, /Start timer \(5 min\)/)).to.exist;
    buttonNamed(el, /End session/).click();
    await el.updateComplete;
    expect(status(el)).to.equal('Session ended.');
  });

  it('says each repetition done when there is no hold', async () => {
    const el = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card exercise="glute-bridge" sets="1" reps="3" hold="0"></physio-exercise-card>`,
    );
    buttonNamed(el, /Start a guided session/).click();
    await el.updateComplete;
    buttonNamed(el, /Repetition done/).click();
    await el.updateComplete;
    expect(status(el)).to.equal('Repetition 1 of 3 done.');
  });

  it('counts time from the clock, so a throttled timer does not fall behind', async () => {
    const el = await startTwoMinuteWalk();
    clock.setSystemTime(Date.now() + 60000); // a minute passes while the timer is throttled
    clock.tick(1000);
    await el.updateComplete;
    expect(text($(el, '.countdown'))).to.include('Time left: 0:59');
  });

  it('times a walk in minutes', async () => {
    const el = await startTwoMinuteWalk();
    expect(text($(el, '.countdown'))).to.include('Time left: 2:00');
    expect(status(el)).to.equal('Walk for 2 minutes at an easy pace.');
    const complete = oneEvent(el, 'physio-exercise-complete');
    clock.tick(120000);
    expect((await complete).detail).to.deep.equal({ exercise: 'walking', sets: 1 });
  });
});

describe('<physio-exercise-card> video and print', () => {
  afterEach(() => emulate({}));

  it('a new video attribute needs a new click', async () => {
    const el = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card exercise="bird-dog" video="https://vimeo.com/123456789"></physio-exercise-card>`,
    );
    buttonNamed(el, /Load video/).click();
    await el.updateComplete;
    $(el, 'iframe')!.remove();
    el.video = 'https://vimeo.com/987654321/abcdef12';
    await el.updateComplete;
    expect($(el, 'iframe')).to.equal(null);
    buttonNamed(el, /Load video/).click();
    await el.updateComplete;
    expect($(el, 'iframe')!.getAttribute('src')).to.equal('https://player.vimeo.com/video/987654321?dnt=1&h=abcdef12');
    $(el, 'iframe')!.remove();
  });

  it('requests nothing until "Load video", then embeds YouTube on its privacy-enhanced host with a title', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card
        exercise="bird-dog"
        video="https://www.youtube.com/watch?v=abcDEF12345"
      ></physio-exercise-card>`,
    );
    expect($(el, 'iframe')).to.equal(null);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
    buttonNamed(el, /Load video/).click();
    await el.updateComplete;
    const iframe = $(el, 'iframe')!;
    expect(iframe.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/abcDEF12345');
    expect(iframe.getAttribute('title')).to.equal('Video: Bird dog');
    iframe.remove(); // no network on this machine
  });

  it('turns .mp4 into <video controls>, Vimeo into its do-not-track player, and refuses http', async () => {
    const card = async (video: string) => {
      const el = await fixture<PhysioExerciseCard>(
        html`<physio-exercise-card exercise="walking" video=${video}></physio-exercise-card>`,
      );
      const button = buttonNamed(el, /Load video/);
      if (!button) return el;
      button.click();
      await el.updateComplete;
      return el;
    };
    const file = await card('https://127.0.0.1:9/walk.mp4'); // loopback: nothing leaves this machine
    const video = $(file, 'video')!;
    expect(video.hasAttribute('controls')).to.be.true;
    video.removeAttribute('src');
    const vimeo = await card('https://vimeo.com/123456789');
    expect($(vimeo, 'iframe')!.getAttribute('src')).to.equal('https://player.vimeo.com/video/123456789?dnt=1');
    $(vimeo, 'iframe')!.remove();
    const { warnings } = await captureWarnings(async () => {
      const insecure = await fixture<PhysioExerciseCard>(
        html`<physio-exercise-card exercise="walking" video="http://clinic.example/walk.mp4"></physio-exercise-card>`,
      );
      expect(buttonNamed(insecure, /Load video/)).to.equal(undefined);
    });
    expect(warnings.some((w) => w.includes('video='))).to.be.true;
  });

  it('prints a clean card: illustration, steps, dosage and safety, no controls', async () => {
    const el = await fixture<PhysioExerciseCard>(
      html`<physio-exercise-card exercise="bird-dog"></physio-exercise-card>`,
    );
    await emulate({ media: 'print' });
    const shown = (selector: string) => getComputedStyle($(el, selector)!).display !== 'none';
    expect(shown('[part=session]')).to.be.false;
    expect($$(el, 'button').every((b) => getComputedStyle(b).display === 'none')).to.be.true;
    for (const part of ['[part=media] svg', '[part=steps]', '[part=dosage]', '[part=safety]'])
      expect(shown(part), part).to.be.true;
  });

  it('prints in French for a Belgian page: French steps, dosage and safety, kinésithérapeute, nothing cut off', async () => {
    await setLocale('fr');
    try {
      const wrapper = await fixture<HTMLElement>(
        // The printable width of an A4 page with 2 cm margins, at 96 dpi.
        html`<div style="width: 643px">
          <physio-exercise-card exercise="bird-dog" region="be"></physio-exercise-card>
        </div>`,
      );
      const el = wrapper.firstElementChild as PhysioExerciseCard;
      await el.updateComplete;
      await emulate({ media: 'print' });
      const shown = (selector: string) => getComputedStyle($(el, selector)!).display !== 'none';
      for (const part of ['[part=media] svg', '[part=steps]', '[part=dosage]', '[part=safety]'])
        expect(shown(part), part).to.be.true;
      expect($$(el, 'button').every((b) => getComputedStyle(b).display === 'none')).to.be.true;
      expect($(el, 'article')!.lang).to.equal('fr');
      expect(text($(el, '[part=dosage]'))).to.match(/par côté/);
      expect(text($(el, '[part=safety]'))).to.include('kinésithérapeute');
      expect(text($(el, 'article'))).to.include('Ce n’est pas un diagnostic.');
      expect(el.scrollWidth).to.be.at.most(643);
    } finally {
      await setLocale('en');
    }
  });

  it('keeps the moving part visible in forced-colors mode and reflows at 320 px', async () => {
    await emulate({ forcedColors: 'active' });
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px; font-size: 32px">
        <physio-exercise-card exercise="single-leg-bridge"></physio-exercise-card>
      </div>`,
    );
    const el = wrapper.firstElementChild as PhysioExerciseCard;
    await el.updateComplete;
    expect(getComputedStyle($(el, '.moving')!).stroke).to.equal(systemColor('Highlight'));
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
