import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define/physio-__name__.js';
import type { Physio__Pascal__ } from '../src/components/__name__/__name__.js';
import { __camel__Text, lastReviewed, sources } from '../src/components/__name__/__name__-content.js';
import { formatDate } from '../src/base/provenance.js';
import { setLocale } from '../src/localization.js';
import { conformance } from './support/conformance.js';
import { expectNoAxeViolations } from './support/axe.js';
import { text } from './support/dom.js';
import * as stories from '../stories/__name__.stories.js';

const $ = (el: Physio__Pascal__, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('<physio-__name__>', () => {
  afterEach(() => setLocale('en'));

  it('shows its title, the intro, the disclaimer and where the text comes from', async () => {
    const el = await fixture<Physio__Pascal__>(html`<physio-__name__ region="nl"></physio-__name__>`);
    const { title, intro } = __camel__Text();
    expect(text($(el, 'h2'))).to.equal(title);
    expect(text($(el, '[part=intro]'))).to.equal(intro);
    expect(text($(el, '[part=disclaimer]'))).to.include('not a diagnosis');
    expect(text($(el, '[part=sources]')))
      .to.include(sources('nl').join(', '))
      .and.include(formatDate(lastReviewed));
  });

  it('puts its title at the heading level the page asks for', async () => {
    const el = await fixture<Physio__Pascal__>(html`<physio-__name__ heading-level="4"></physio-__name__>`);
    expect(text($(el, 'h4'))).to.equal(__camel__Text().title);
    expect($(el, 'h2')).to.equal(null);
  });

  it('names the sources of the reader’s country: its own region, else the page’s', async () => {
    const own = await fixture<Physio__Pascal__>(html`<physio-__name__ region="be"></physio-__name__>`);
    expect(text($(own, '[part=sources]'))).to.include(sources('be').join(', '));
    const meta = Object.assign(document.createElement('meta'), { name: 'physio-region', content: 'be' });
    document.head.append(meta);
    try {
      const el = await fixture<Physio__Pascal__>(html`<physio-__name__></physio-__name__>`);
      expect(text($(el, '[part=sources]'))).to.include(sources('be').join(', '));
    } finally {
      meta.remove();
    }
  });

  it('follows a change of language', async () => {
    const el = await fixture<Physio__Pascal__>(html`<physio-__name__></physio-__name__>`);
    await setLocale('nl');
    await el.updateComplete;
    expect($(el, '.frame')!.lang).to.equal('nl');
    expect(text($(el, '[part=disclaimer]'))).to.include('geen diagnose');
  });
});

type Render = (args: Record<string, unknown>) => TemplateResult;
type Story = { args?: Record<string, unknown>; render?: Render; globals?: { locale?: string } };

// Every story as Storybook renders it, in the language it asks for or in both.
describe('__name__ stories', () => {
  afterEach(() => setLocale('en'));
  const { default: meta, ...named } = stories as unknown as Record<string, Story> & { default: Story };
  for (const [name, story] of Object.entries(named)) {
    for (const locale of story.globals?.locale ? [story.globals.locale] : ['en', 'nl']) {
      it(`${name} has no axe violations in ${locale}`, async () => {
        await setLocale(locale);
        const el = await fixture(html`<div>${(story.render ?? meta.render)!({ ...meta.args, ...story.args })}</div>`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await expectNoAxeViolations(el);
      });
    }
  }
});

conformance({
  tag: 'physio-__name__',
  fixtures: [
    () => html`<physio-__name__></physio-__name__>`,
    () => html`<physio-__name__ region="be" heading-level="3"></physio-__name__>`,
  ],
  stringAttributes: ['region', 'heading-level'],
  badValues: { region: 'fr', 'heading-level': '9' },
});
