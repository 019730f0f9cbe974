import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../stories/snippet-builder/snippet-builder.js';
import type { PhysioSnippetBuilder } from '../stories/snippet-builder/snippet-builder.js';
import type { Manifest } from '../stories/snippet-builder/fields.js';
import { regions } from '../src/base/region.js';
import { exerciseIds } from '../src/components/exercise-card/exercise-card-content.js';
import { presets } from '../src/components/load-bucket/load-bucket-content.js';
import { getLocale } from '../src/localization.js';
import { themeFiles } from '../stories/themes.js';
import { expectNoAxeViolations } from './support/axe.js';
import { delay, keyboardIn, setPageLang, shadow, text } from './support/dom.js';

type Attribute = { name: string; description?: string };
type Declaration = { tagName?: string; customElement?: boolean; attributes?: Attribute[] };
let manifest: { modules: Array<{ path: string; declarations?: Declaration[] }> };
const widgets = () =>
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName) as Array<
    Required<Declaration>
  >;

const $ = <T extends Element = HTMLElement>(b: PhysioSnippetBuilder, selector: string) =>
  b.shadowRoot!.querySelector<T>(selector)!;
const control = (b: PhysioSnippetBuilder, name: string) => $<HTMLInputElement>(b, `#attribute-${name}`);
const preview = (b: PhysioSnippetBuilder) => $(b, '.preview').firstElementChild as HTMLElement;
const snippetText = (b: PhysioSnippetBuilder) => $(b, 'code.snippet-code').textContent!;
const shownWarnings = (b: PhysioSnippetBuilder) =>
  [...b.shadowRoot!.querySelectorAll('.warning-list li')].map((li) => li.textContent);
const widgetLines = (b: PhysioSnippetBuilder) => snippetText(b).split('\n').slice(3).join('\n');

async function pick(b: PhysioSnippetBuilder, id: string, value: string) {
  const select = $<HTMLSelectElement>(b, `#${id}`);
  select.value = value;
  expect(select.value, `${id} offers ${value}`).to.equal(value);
  select.dispatchEvent(new Event('change'));
  await b.updateComplete;
  await b.settled();
}

/** As a browser reports typing: input events, then change when the field is left. */
async function type(b: PhysioSnippetBuilder, name: string, value: string) {
  const input = control(b, name);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await b.updateComplete;
  await b.settled();
}

async function builder(m: Manifest = manifest) {
  const b = await fixture<PhysioSnippetBuilder>(html`<physio-snippet-builder .manifest=${m}></physio-snippet-builder>`);
  await b.settled();
  return b;
}

describe('snippet builder (Docs/Snippet builder)', () => {
  let pageLang: string;
  before(async () => {
    manifest = await (await fetch('/custom-elements.json')).json();
  });
  beforeEach(() => {
    pageLang = document.documentElement.lang;
    setPageLang('en-NL');
  });
  afterEach(async () => {
    sinon.restore();
    fixtureCleanup(); // first, as a closing builder puts back the language it found
    setPageLang(pageLang);
    await setViewport({ width: 800, height: 600 });
  });

  it('is documentation tooling: custom-elements.json does not list it', () => {
    expect(manifest.modules.map((m) => m.path).filter((path) => !path.startsWith('src/'))).to.deep.equal([]);
    expect(widgets().map((w) => w.tagName)).not.to.include('physio-snippet-builder');
  });

  it('lists exactly the attributes custom-elements.json gives each widget, labelled and described', async () => {
    const b = await builder();
    for (const widget of widgets()) {
      await pick(b, 'widget-control', widget.tagName);
      const fieldset = b.shadowRoot!.querySelectorAll('fieldset')[1];
      expect(text(fieldset.querySelector('legend'))).to.equal(`Attributes of <${widget.tagName}>`);
      const labels = [...fieldset.querySelectorAll('label')];
      expect(
        labels.map((l) => l.textContent),
        widget.tagName,
      ).to.deep.equal(widget.attributes.map((a) => a.name));
      for (const [i, attribute] of widget.attributes.entries()) {
        const field = control(b, attribute.name);
        expect(labels[i].control, attribute.name).to.equal(field);
        const hint = b.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!);
        const description = (attribute.description ?? '').replace(/`/g, '').replace(/\s+/g, ' ');
        expect(text(hint), attribute.name).to.equal(description);
      }
    }
  });

  it('picks the control from the type: select for literal unions, checkbox, number, url/tel/email, else text', async () => {
    const b = await builder();
    const kind = (name: string) => {
      const el = control(b, name);
      return el.localName === 'select'
        ? [...(el as unknown as HTMLSelectElement).options].map((o) => o.value)
        : el.type;
    };
    await pick(b, 'widget-control', 'physio-red-flags');
    expect(kind('region')).to.deep.equal(['', ...regions]);
    expect(kind('emergency-number')).to.equal('tel');
    expect(kind('heading-level')).to.equal('number');
    expect(kind('static')).to.equal('checkbox');
    await pick(b, 'widget-control', 'physio-exercise-card');
    expect(kind('exercise')).to.deep.equal(['', ...exerciseIds]);
    expect(kind('per-side'), 'on, off, or the exercise decides').to.deep.equal(['', 'true', 'false']);
    expect(kind('video')).to.equal('url');
    await pick(b, 'widget-control', 'physio-load-bucket');
    expect(kind('preset'), 'has a default, so no "not set"').to.deep.equal([...presets]);
    await pick(b, 'widget-control', 'physio-booking-cta');
    expect(kind('email')).to.equal('email');
    expect(kind('clinic')).to.equal('text');
  });

  it('offers only values the widget accepts: every choice renders without a warning', async () => {
    const b = await builder();
    for (const widget of widgets()) {
      await pick(b, 'widget-control', widget.tagName);
      // A booking call-to-action with no way to book warns by itself; no choice may add to that.
      const unset = shownWarnings(b);
      for (const select of b.shadowRoot!.querySelectorAll<HTMLSelectElement>('fieldset:nth-of-type(2) select')) {
        for (const { value } of [...select.options]) {
          await pick(b, select.id, value);
          expect(shownWarnings(b), `${widget.tagName} ${select.id}=${value}`).to.deep.equal(unset);
        }
      }
    }
  });

  it('a new attribute in the manifest appears in the form, the preview and the snippet by itself', async () => {
    const extended = structuredClone(manifest);
    const redFlags = extended.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === 'physio-red-flags')!;
    redFlags.attributes!.push({ name: 'brand-new', description: 'Added later.' });
    const b = await builder(extended);
    await pick(b, 'widget-control', 'physio-red-flags');
    expect(control(b, 'brand-new').type).to.equal('text');
    await type(b, 'brand-new', 'x');
    expect(preview(b).getAttribute('brand-new')).to.equal('x');
    expect(widgetLines(b)).to.equal('<physio-red-flags brand-new="x"></physio-red-flags>');
  });

  it('region=be with a bad emergency number: Belgian content, and the warning the widget logs, word for word', async () => {
    const warn = sinon.spy(console, 'warn');
    const b = await builder();
    await pick(b, 'widget-control', 'physio-red-flags');
    await pick(b, 'attribute-region', 'be');
    warn.resetHistory();
    await type(b, 'emergency-number', 'call us');
    const el = preview(b);
    expect(el.localName).to.equal('physio-red-flags');
    expect(document.documentElement.lang, 'an en-NL page: Belgium comes from the attribute').to.equal('en-NL');
    expect(text(shadow(el).firstElementChild))
      .to.include('1733')
      .and.include('112');
    const logged = warn
      .getCalls()
      .map((call) => call.args.map(String).join(' '))
      .filter((w) => w.startsWith('physio-elements: '));
    // Logged since the last change: each change makes a new element, which warns afresh.
    expect(logged).to.deep.equal([
      'physio-elements: <physio-red-flags> emergency-number="call us" is not a phone number; using 112.',
    ]);
    expect(shownWarnings(b)).to.deep.equal(logged);
    expect($(b, '.warning-list').getAttribute('role')).to.equal('status');
    expect(widgetLines(b)).to.equal('<physio-red-flags region="be" emergency-number="call us"></physio-red-flags>');
    await type(b, 'emergency-number', '');
    expect(shownWarnings(b)).to.deep.equal([]);
    expect(text($(b, '.warning-list'))).to.equal('None: the widget accepts these values.');
  });

  it('writes only what differs from the default, in manifest order, after the two loading lines', async () => {
    const b = await builder();
    await pick(b, 'widget-control', 'physio-booking-cta');
    await type(b, 'clinic', 'Fysio Noord & Zn');
    await type(b, 'cancellation-hours', '24');
    await type(b, 'heading-level', '3');
    await pick(b, 'attribute-variant', 'banner');
    await pick(b, 'attribute-variant', 'inline');
    await pick(b, 'attribute-region', 'nl');
    expect(snippetText(b)).to.equal(
      [
        '<link rel="stylesheet" href="/files/physio-elements.css" />',
        '<script type="module" src="/files/physio-elements.js"></script>',
        '',
        // Over 100 characters on one line: one attribute a line, as prettier writes the README's.
        '<physio-booking-cta',
        '  clinic="Fysio Noord &amp; Zn"',
        '  region="nl"',
        '  heading-level="3"',
        '></physio-booking-cta>',
      ].join('\n'),
    );
    await pick(b, 'widget-control', 'physio-exercise-card');
    await pick(b, 'attribute-exercise', 'bird-dog');
    await type(b, 'sets', '2');
    await pick(b, 'attribute-per-side', 'false');
    expect(widgetLines(b)).to.equal(
      '<physio-exercise-card exercise="bird-dog" sets="2" per-side="false"></physio-exercise-card>',
    );
    await pick(b, 'widget-control', 'physio-faq');
    control(b, 'searchable').click();
    await b.settled();
    expect(widgetLines(b)).to.equal('<physio-faq searchable></physio-faq>');
    expect(preview(b).hasAttribute('searchable')).to.equal(true);
    await pick(b, 'widget-control', 'physio-booking-cta');
    expect(widgetLines(b), 'each widget keeps its values').to.include('clinic="Fysio Noord &amp; Zn"');
  });

  it('escapes hostile values in the snippet and never runs them in the preview', async () => {
    const w = window as unknown as { __snippetXss?: number };
    delete w.__snippetXss;
    const clinic = '"><script>window.__snippetXss=1</script>';
    const label = '<img src=x onerror="window.__snippetXss=1">';
    const href = 'javascript:window.__snippetXss=1';
    const b = await builder();
    await pick(b, 'widget-control', 'physio-booking-cta');
    await type(b, 'clinic', clinic);
    await type(b, 'label', label);
    await type(b, 'href', href);
    const snippet = snippetText(b);
    expect(snippet).to.include('clinic="&quot;&gt;&lt;script&gt;window.__snippetXss=1&lt;/script&gt;"');
    expect(snippet).to.include('label="&lt;img src=x onerror=&quot;window.__snippetXss=1&quot;&gt;"');
    expect(snippet).to.include(`href="${href}"`);
    // Pasted into a page, the snippet gives back exactly what was typed, and no element of its own.
    const pasted = new DOMParser().parseFromString(snippet, 'text/html');
    const cta = pasted.querySelector('physio-booking-cta')!;
    expect([cta.getAttribute('clinic'), cta.getAttribute('label'), cta.getAttribute('href')]).to.deep.equal([
      clinic,
      label,
      href,
    ]);
    expect(pasted.querySelectorAll('script, img').length, 'only the loading script').to.equal(1);
    const root = shadow(preview(b));
    expect(root.querySelectorAll('script, img').length).to.equal(0);
    expect(b.shadowRoot!.querySelectorAll('script, img').length).to.equal(0);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.to.include(href);
    expect(shownWarnings(b).join('\n')).to.include('href');
    await delay(50);
    expect(w.__snippetXss).to.equal(undefined);
  });

  it('copies the snippet to the clipboard and says "Copied" politely; without a clipboard it selects it', async () => {
    const b = await builder();
    await type(b, 'href', 'https://clinic.example/book');
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    $(b, 'button').click();
    const status = $(b, '.copy-status');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(writeText.args).to.deep.equal([[snippetText(b)]]);
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('Copied');
    await type(b, 'phone', '020 123 45 67');
    expect(text(status), 'no "Copied" for a snippet that was not copied').to.equal('');
    writeText.rejects(new DOMException('denied', 'NotAllowedError'));
    // The older copy command, tried next, fails too (as on a page where it is blocked).
    const execCommand = sinon.stub(document, 'execCommand').returns(false);
    $(b, 'button').click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(execCommand.args).to.deep.equal([['copy']]);
    const selected = document.getSelection()!.toString();
    expect(selected).to.equal(snippetText(b));
    expect(text(status)).to.equal('The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  });

  it('follows the chosen page language and puts the page’s own back when it closes', async () => {
    const b = await builder();
    await pick(b, 'widget-control', 'physio-red-flags');
    await pick(b, 'language-control', 'nl-BE');
    expect(document.documentElement.lang).to.equal('nl-BE');
    expect(getLocale()).to.equal('nl');
    expect($(b, '.preview').lang).to.equal('nl-BE');
    expect($(b, '.builder').lang, 'the form stays English for screen readers').to.equal('en');
    expect(text(shadow(preview(b)).firstElementChild))
      .to.include('1733')
      .and.include('huisarts');
    expect(widgetLines(b), 'the language is the page’s, not the snippet’s').to.equal(
      '<physio-red-flags></physio-red-flags>',
    );
    b.remove();
    expect(document.documentElement.lang).to.equal('en-NL');
  });

  it('a theme in the list is linked in the snippet and shown in the preview', async () => {
    const b = await fixture<PhysioSnippetBuilder>(
      html`<physio-snippet-builder
        .manifest=${manifest}
        .themes=${[
          { value: 'default', label: 'Default' },
          { value: 'warm', label: 'Warm', file: 'themes/warm.css', tokens: { '--physio-color-accent': '#8a3b12' } },
        ]}
      ></physio-snippet-builder>`,
    );
    await b.settled();
    expect(snippetText(b)).not.to.include('themes/');
    await pick(b, 'theme-control', 'warm');
    expect(snippetText(b).split('\n')[1]).to.equal('<link rel="stylesheet" href="/files/themes/warm.css" />');
    expect(getComputedStyle(preview(b)).getPropertyValue('--physio-color-accent').trim()).to.equal('#8a3b12');
  });

  it('offers the four ready-made themes: each adds its stylesheet’s line, and the preview shows its colours', async () => {
    const b = await builder();
    expect([...$<HTMLSelectElement>(b, '#theme-control').options].map((o) => [o.value, o.textContent])).to.deep.equal([
      ['default', 'Default'],
      ['clinic', 'Clinic'],
      ['warm', 'Warm'],
      ['calm', 'Calm'],
      ['high-contrast', 'High contrast'],
    ]);
    await pick(b, 'widget-control', 'physio-booking-cta');
    await type(b, 'href', 'https://clinic.example/book');
    for (const { name, tokens } of themeFiles) {
      await pick(b, 'theme-control', name);
      expect(snippetText(b).split('\n').slice(0, 3)).to.deep.equal([
        '<link rel="stylesheet" href="/files/physio-elements.css" />',
        `<link rel="stylesheet" href="/files/themes/${name}.css" />`,
        '<script type="module" src="/files/physio-elements.js"></script>',
      ]);
      expect((await fetch(`/dist/cdn/themes/${name}.css`)).ok, `dist/cdn/themes/${name}.css is there to upload`).to.be
        .true;
      const [light] = tokens['--physio-color-accent'].match(/#[0-9a-f]{6}/)!;
      const button = shadow(preview(b)).querySelector('a.button')!;
      expect(getComputedStyle(button).backgroundColor, name).to.equal(
        `rgb(${[1, 3, 5].map((i) => parseInt(light.slice(i, i + 2), 16)).join(', ')})`,
      );
    }
    await pick(b, 'theme-control', 'default');
    expect(snippetText(b)).not.to.include('themes/');
  });

  it('a theme on the page around the builder (Storybook’s toolbar) does not show through the preview', async () => {
    document.documentElement.setAttribute(
      'style',
      '--physio-color-accent: #ff00ff; --physio-color-surface: #00ff00; --physio-radius: 3em',
    );
    try {
      const b = await builder();
      await pick(b, 'widget-control', 'physio-booking-cta');
      await type(b, 'href', 'https://clinic.example/book');
      const look = () => {
        const button = getComputedStyle(shadow(preview(b)).querySelector('a.button')!);
        const box = getComputedStyle(shadow(preview(b)).querySelector('.inline')!);
        return [
          button.backgroundColor,
          box.backgroundColor,
          box.borderTopLeftRadius === `${parseFloat(box.fontSize) * 0.5}px`,
        ];
      };
      for (const name of ['default', 'clinic']) {
        await pick(b, 'theme-control', name);
        expect(look(), `${name}: the widgets’ own`).to.deep.equal(['rgb(0, 94, 184)', 'rgba(0, 0, 0, 0)', true]);
      }
      await pick(b, 'theme-control', 'warm');
      expect(look(), 'warm').to.deep.equal(['rgb(138, 44, 110)', 'rgb(255, 247, 239)', false]);
    } finally {
      document.documentElement.removeAttribute('style');
    }
  });

  it('works by keyboard alone: Tab through every control, choose with arrows, type, copy with Enter', async () => {
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const wrapper = await fixture(
      html`<div><button>before</button><physio-snippet-builder .manifest=${manifest}></physio-snippet-builder></div>`,
    );
    const b = wrapper.querySelector('physio-snippet-builder')!;
    await b.settled();
    wrapper.querySelector('button')!.focus();
    const { focused, tab } = keyboardIn(b);
    await tab();
    expect(focused()?.id).to.equal('widget-control');
    expect(getComputedStyle(focused()!).outlineStyle, 'visible focus').not.to.equal('none');
    await sendKeys({ press: 'End' });
    await b.settled();
    expect(preview(b).localName).to.equal('physio-red-flags');
    await tab();
    expect(focused()?.id).to.equal('language-control');
    await sendKeys({ press: 'ArrowDown' });
    await b.settled();
    expect(document.documentElement.lang).to.equal('en-BE');
    await tab();
    expect(focused()?.id).to.equal('theme-control');
    await tab();
    expect(focused()?.id).to.equal('attribute-region');
    await tab();
    expect(focused()?.id).to.equal('attribute-emergency-number');
    await sendKeys({ type: '999' });
    await tab();
    await tab();
    await tab();
    expect(focused()?.id).to.equal('attribute-static');
    await sendKeys({ press: 'Space' });
    await b.settled();
    expect(widgetLines(b)).to.equal('<physio-red-flags emergency-number="999" static></physio-red-flags>');
    // On through the preview's own links (inside its closed root, so only the widget shows as focused) to Copy.
    const path: string[] = [];
    for (let i = 0; i < 10 && focused()?.localName !== 'button'; i++) {
      await tab();
      path.push(focused()?.localName ?? '');
    }
    expect(path).to.deep.equal(['physio-red-flags', 'physio-red-flags', 'button']);
    expect(text(focused())).to.equal('Copy snippet');
    await sendKeys({ press: 'Enter' });
    await delay(100);
    expect(writeText.args).to.deep.equal([[snippetText(b)]]);
    expect(text($(b, '.copy-status'))).to.equal('Copied');
  });

  it('has no axe violations (WCAG 2.2 AA) for any widget, and reflows at 320 px', async () => {
    const b = await builder();
    for (const widget of widgets()) {
      await pick(b, 'widget-control', widget.tagName);
      await expectNoAxeViolations(b);
    }
    await pick(b, 'widget-control', 'physio-booking-cta');
    await type(b, 'href', 'https://a-very-long-booking-address.example/with/a/long/path/for/booking?clinic=noord');
    await setViewport({ width: 320, height: 640 });
    await b.settled();
    await delay(50);
    expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    await expectNoAxeViolations(b);
  });
});
