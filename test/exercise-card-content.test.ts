import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/physio-exercise-card.js';
import { setLocale } from '../src/localization.js';
import { shownText, text, type Widget } from './support/dom.js';

describe('<physio-exercise-card> wording of the built-in exercises', () => {
  afterEach(() => setLocale('en'));

  it('knee-roll pillow is a comfort aid; alt texts start "Drawing:"; walking starts small; "You need:"', async () => {
    const knee = await shownText(html`<physio-exercise-card exercise="knee-rolls"></physio-exercise-card>`);
    expect(knee).to.match(/Easier: [^]*pillow between your knees/);
    expect(knee).to.not.match(/Harder: [^.]*pillow/);
    const walking = await fixture<Widget>(html`<physio-exercise-card exercise="walking"></physio-exercise-card>`);
    const shown = text(walking.shadowRoot!.firstElementChild);
    expect(shown).to.include('10 minutes').and.include('Start with what you can do now').and.include('every few days');
    expect(shown).to.include('You need: comfortable shoes.');
    const alt = walking.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')!;
    expect(alt)
      .to.match(/^Drawing: /)
      .and.not.include('easy pace');
    const tilt = await fixture<Widget>(html`<physio-exercise-card exercise="pelvic-tilt"></physio-exercise-card>`);
    expect(tilt.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.include('lower back tips down flat');
  });

  it('reads as natural Dutch: words in the steps, the equipment line and the session buttons', async () => {
    await setLocale('nl');
    const bird = await shownText(html`<physio-exercise-card exercise="bird-dog"></physio-exercise-card>`);
    expect(bird).to.include('Vermoeide spieren').and.not.include('Moe gevoel');
    expect(bird).to.include('uitstraalt').and.not.include('naar beneden trekt');
    expect(bird).to.include('Dit heb je nodig: een matje of tapijt.');
    const tilt = await shownText(html`<physio-exercise-card exercise="pelvic-tilt"></physio-exercise-card>`);
    expect(tilt).to.not.include('de botten tussen je heupen');
    const buttons = async (markup: ReturnType<typeof html>) => {
      const el = await fixture<Widget>(markup);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=session] button')!.click();
      await el.updateComplete;
      return [...el.shadowRoot!.querySelectorAll('button')].map((b) => text(b)).join(' | ');
    };
    expect(
      await buttons(html`<physio-exercise-card exercise="knee-rolls" minutes="5"></physio-exercise-card>`),
    ).to.include('Start de timer (5 min)');
    expect(await buttons(html`<physio-exercise-card exercise="glute-bridge"></physio-exercise-card>`)).to.include(
      'Houd 3 seconden vol',
    );
  });
});
