import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import '../stories/theme-builder/theme-builder.js';
import type { PhysioThemeBuilder } from '../stories/theme-builder/theme-builder.js';
import { bannerTint, formatRatio, todayAmber } from '../stories/theme-builder/contrast.js';
import { colourTokens, otherTokens } from '../stories/theme-builder/tokens.js';
import { themeFiles, themeNamed } from '../stories/themes.js';
import { colorContrastFailures, expectNoAxeViolations } from './support/axe.js';
import { $ as inWidget, delay, keyboardIn, settleWidgets, text } from './support/dom.js';

const $ = <T extends Element = HTMLElement>(b: PhysioThemeBuilder, selector: string) =>
  b.shadowRoot!.querySelector<T>(selector)!;
const field = (b: PhysioThemeBuilder, id: string) => $<HTMLInputElement>(b, `#${id}`);
const preview = (b: PhysioThemeBuilder) => $(b, '.preview');
const bookingButton = (root: ParentNode) => inWidget(root.querySelector('physio-booking-cta')!, 'a.button');
const status = (b: PhysioThemeBuilder) => text($(b, '.contrast-status'));
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function builder(start?: string) {
  const b = await fixture<PhysioThemeBuilder>(
    html`<physio-theme-builder start=${ifDefined(start)}></physio-theme-builder>`,
  );
  await settleWidgets(preview(b));
  return b;
}

/** As a browser reports a colour picked or a value typed: input, then change. */
async function set(b: PhysioThemeBuilder, id: string, value: string) {
  const input = field(b, id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await b.updateComplete;
}

async function pickTheme(b: PhysioThemeBuilder, name: string) {
  const select = $<HTMLSelectElement>(b, '#theme-control');
  select.value = name;
  select.dispatchEvent(new Event('change'));
  await b.updateComplete;
}

async function showOn(b: PhysioThemeBuilder, scheme: 'light' | 'dark') {
  $<HTMLInputElement>(b, `input[name=scheme][value=${scheme}]`).click();
  await b.updateComplete;
  await settleWidgets(preview(b));
}

/** What a widget draws with the tokens: the colours, corners and room of its main parts. */
function look(root: ParentNode) {
  const card = inWidget(root.querySelector('physio-exercise-card')!, 'article');
  const tier = inWidget(root.querySelector('physio-red-flags')!, '.tier.emergency');
  const styles = [bookingButton(root), card, tier, root.querySelector('physio-faq')!].map((el) => getComputedStyle(el));
  return styles.map((s) => [
    s.color,
    s.backgroundColor,
    s.borderTopColor,
    s.borderInlineStartColor,
    s.borderTopLeftRadius,
    s.paddingTop,
    s.fontFamily,
  ]);
}

describe('theme builder (Docs/Theme builder)', () => {
  afterEach(async () => {
    sinon.restore();
    fixtureCleanup();
    document.documentElement.removeAttribute('style');
    await setViewport({ width: 800, height: 600 });
  });

  it('gives every token a labelled input: a colour for light and one for dark pages, a text field for the rest', async () => {
    const b = await builder();
    for (const token of colourTokens) {
      const group = field(b, `${token.name.slice(2)}-light`).closest('fieldset')!;
      expect(text(group.querySelector('legend')), token.name).to.equal(`${token.label} ${token.name}`);
      for (const scheme of ['light', 'dark']) {
        const input = field(b, `${token.name.slice(2)}-${scheme}`);
        expect(input.type).to.equal('color');
        expect(text(input.labels![0]), token.name).to.equal(`${token.label} on ${scheme} pages`);
      }
    }
    for (const token of otherTokens) {
      const input = field(b, token.name.slice(2));
      expect(input.type).to.equal('text');
      expect(text(input.labels![0])).to.equal(`${token.label} ${token.name}`);
      expect(text(b.shadowRoot!.getElementById(`${token.name.slice(2)}-hint`))).not.to.equal('');
    }
    for (const control of b.shadowRoot!.querySelectorAll<HTMLInputElement>('form input, form select')) {
      expect(control.labels!.length, control.id).to.be.at.least(1);
    }
  });

  it('starts from any ready-made theme: every input shows the file’s value', async () => {
    const b = await builder();
    expect($<HTMLSelectElement>(b, '#theme-control').value).to.equal('clinic');
    expect(
      [...$<HTMLSelectElement>(b, '#theme-control').options].map((o) => o.value),
      'the shipped themes',
    ).to.deep.equal(themeFiles.map((t) => t.name));
    for (const { name, tokens } of themeFiles) {
      await pickTheme(b, name);
      for (const token of colourTokens) {
        const value = tokens[token.name];
        const id = token.name.slice(2);
        if (token.unset)
          expect(field(b, `${id}-unset`).checked, `${name} ${id}`).to.equal(
            !value?.startsWith('#') && !value?.startsWith('light-dark'),
          );
        if (!value || value === 'currentColor' || value === 'initial') {
          expect(field(b, `${id}-light`).disabled, `${name} ${id} is the widgets’`).to.be.true;
          continue;
        }
        const [light, dark = light] = value.match(/#[0-9a-f]{6}/g)!;
        expect([field(b, `${id}-light`).value, field(b, `${id}-dark`).value], `${name} ${id}`).to.deep.equal([
          light,
          dark,
        ]);
      }
      for (const token of otherTokens) {
        expect(field(b, token.name.slice(2)).value).to.equal(tokens[token.name]);
        expect(field(b, token.name.slice(2)).getAttribute('aria-invalid'), `${name} ${token.name}`).to.equal('false');
      }
    }
    const b2 = await builder('high-contrast');
    expect(field(b2, 'physio-color-text-light').value).to.equal('#000000');
  });

  it('the preview follows every edit at once, on a light and on a dark page', async () => {
    const b = await builder('warm');
    expect(
      [...preview(b).children].map((el) => el.localName),
      'all five widgets',
    ).to.deep.equal([
      'physio-red-flags',
      'physio-load-bucket',
      'physio-exercise-card',
      'physio-faq',
      'physio-booking-cta',
    ]);
    expect(getComputedStyle(bookingButton(preview(b))).backgroundColor).to.equal(rgb('#8a2c6e'));
    await set(b, 'physio-color-accent-light', '#123456');
    expect(getComputedStyle(bookingButton(preview(b))).backgroundColor).to.equal(rgb('#123456'));
    await set(b, 'physio-radius', '0');
    expect(getComputedStyle(bookingButton(preview(b))).borderTopLeftRadius).to.equal('0px');
    await set(b, 'physio-color-surface-light', '#fafafa');
    const card = () => getComputedStyle(inWidget(preview(b).querySelector('physio-exercise-card')!, 'article'));
    expect(card().backgroundColor).to.equal(rgb('#fafafa'));
    field(b, 'physio-color-surface-unset').click();
    await b.updateComplete;
    expect(card().backgroundColor, 'left to the widget: transparent').to.equal('rgba(0, 0, 0, 0)');
    expect(field(b, 'physio-color-surface-light').disabled).to.be.true;

    await showOn(b, 'dark');
    expect(getComputedStyle(preview(b)).colorScheme).to.equal('dark');
    expect(getComputedStyle(preview(b)).backgroundColor).to.equal(rgb('#111111'));
    expect(getComputedStyle(bookingButton(preview(b))).backgroundColor, 'the dark accent').to.equal(rgb('#f0a3d9'));
    await set(b, 'physio-color-accent-dark', '#abcdef');
    expect(getComputedStyle(bookingButton(preview(b))).backgroundColor).to.equal(rgb('#abcdef'));
    await set(b, 'page-dark-background', '#222222');
    expect(getComputedStyle(preview(b)).backgroundColor).to.equal(rgb('#222222'));
  });

  it('a theme on the page around the builder does not show through what the builder leaves to the widgets', async () => {
    document.documentElement.setAttribute('style', '--physio-color-surface: #ff00ff; --physio-radius: 3em');
    const b = await builder('clinic');
    const card = getComputedStyle(inWidget(preview(b).querySelector('physio-exercise-card')!, 'article'));
    expect(card.backgroundColor, 'the widget’s own: transparent').to.equal('rgba(0, 0, 0, 0)');
    expect(card.borderTopLeftRadius, 'clinic’s 0.5em').to.equal(`${parseFloat(card.fontSize) * 0.5}px`);
  });

  it('warns in words beside the colour, and counts in a polite status, when a pair falls under WCAG AA', async () => {
    const b = await builder('clinic');
    expect(status(b)).to.match(/^All \d+ checks meet WCAG AA, on light and on dark pages\.$/);
    expect($(b, '.contrast-status').getAttribute('role')).to.equal('status');
    expect(b.shadowRoot!.querySelector('.warning')).to.equal(null);

    await set(b, 'physio-color-accent-light', '#7fa7d4');
    const warning = $(b, '#physio-color-accent-warning');
    expect(text(warning)).to.include('Below WCAG AA:');
    expect(text(warning)).to.match(
      /Links and outlined buttons \(accent\) on the page, light pages: 2\.\d\d:1 \(needs 4\.5:1\)/,
    );
    expect(text(warning)).to.include('Text on filled buttons');
    expect(field(b, 'physio-color-accent-light').getAttribute('aria-describedby')).to.include(
      'physio-color-accent-warning',
    );
    expect(status(b)).to.match(/^\d+ of \d+ checks are below WCAG AA: see the warnings beside the colours\.$/);
    const low = [...b.shadowRoot!.querySelectorAll('td.low')].map((td) => text(td));
    expect(low.length).to.be.at.least(2);
    for (const cell of low) expect(cell).to.match(/^⚠ \d+\.\d\d:1 too low$/);

    // A line needs 3:1: a border on a dark page.
    await set(b, 'physio-color-border-dark', '#333333');
    expect(text($(b, '#physio-color-border-warning'))).to.match(
      /Borders on the page, dark pages: 1\.\d\d:1 \(needs 3:1\)/,
    );
    // The page is the designer's: a mid-grey page makes the accent too weak there.
    await set(b, 'physio-color-accent-light', '#005eb8');
    await set(b, 'physio-color-border-dark', '#737373');
    expect(b.shadowRoot!.querySelector('.warning')).to.equal(null);
    await set(b, 'page-light-background', '#777777');
    expect(text($(b, '#physio-color-accent-warning'))).to.include('on the page, light pages');
  });

  it('a length, font or time that is not valid CSS is flagged in words and left out of the CSS', async () => {
    const b = await builder('warm');
    for (const [id, value] of [
      ['physio-radius', 'round'],
      ['physio-space', '1em; } body { display: none'],
      ['physio-duration', 'slow'],
    ]) {
      await set(b, id, value);
      expect(field(b, id).getAttribute('aria-invalid'), id).to.equal('true');
      expect(text($(b, `#${id}-warning`)), id).to.include(`“${value}” is not `);
      expect(b.css, id).not.to.include(value);
      expect(b.css, id).to.include(`/* --${id} is not set: the widgets use their own. */`);
    }
    await set(b, 'physio-font-family', 'Georgia, "Times New Roman", serif');
    expect(b.css).to.include('--physio-font-family: Georgia, "Times New Roman", serif;');
    expect(getComputedStyle(preview(b).querySelector('physio-faq')!).fontFamily).to.equal(
      'Georgia, "Times New Roman", serif',
    );
  });

  it('a value the widgets cannot use as they use it is flagged: two lengths, a radius pair, a list of times', async () => {
    const b = await builder('warm');
    // Each token with values the widgets cannot use (first) and ones they can.
    const cases: Array<[id: string, unusable: string[], usable: string[]]> = [
      ['physio-space', ['1em 2em', '-1em', '1em / 2em'], ['calc(0.5em + 2px)', '0']],
      ['physio-radius', ['1em 2em', '1em / 2em'], ['50%', '0']],
      ['physio-duration', ['1s, 2s', '-1s'], ['0s', '1.2s']],
    ];
    for (const [id, unusable, usable] of cases) {
      for (const value of [...unusable, ...usable]) {
        await set(b, id, value);
        const flagged = unusable.includes(value);
        expect(field(b, id).getAttribute('aria-invalid'), `${id}: ${value}`).to.equal(String(flagged));
        if (!flagged) {
          expect(b.css, `${id}: ${value}`).to.include(`--${id}: ${value};`);
          continue;
        }
        expect(text($(b, `#${id}-warning`)), `${id}: ${value}`).to.include(`“${value}” is not one `);
        expect(b.css, `${id}: ${value}`).to.include(`/* --${id} is not set: the widgets use their own. */`);
      }
    }
  });

  it('a value that could break the copied CSS or the page is flagged and left out: comments, backslashes, <, open quotes', async () => {
    const b = await builder('warm');
    for (const value of [
      'Georgia /*',
      'Georgia */ serif',
      '"x</style><script>alert(1)</script>"',
      'a\\',
      '"unterminated',
      "Georgia, 'Times",
      '"a" "b',
    ]) {
      await set(b, 'physio-font-family', value);
      expect(field(b, 'physio-font-family').getAttribute('aria-invalid'), value).to.equal('true');
      expect(text($(b, '#physio-font-family-warning')), value).to.include(`“${value}”`);
      expect(b.css, value).to.include('/* --physio-font-family is not set: the widgets use their own. */');
      expect(b.css, value).not.to.include(value);
      // The copied block still parses as one :root rule with every other token.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(b.css);
      expect(sheet.cssRules.length, value).to.equal(1);
      expect((sheet.cssRules[0] as CSSStyleRule).style.getPropertyValue('--physio-duration').trim(), value).to.equal(
        '450ms',
      );
    }
    for (const value of ['"Times New Roman", serif', "'Fira Sans', sans-serif", 'system-ui']) {
      await set(b, 'physio-font-family', value);
      expect(field(b, 'physio-font-family').getAttribute('aria-invalid'), value).to.equal('false');
      expect(b.css, value).to.include(`--physio-font-family: ${value};`);
    }
  });

  it('Copy CSS copies a paste-ready :root block with the edits, says "Copied" politely, and applied to a page reproduces the preview', async () => {
    const b = await builder('calm');
    await set(b, 'physio-color-accent-light', '#123456');
    await set(b, 'physio-color-surface-dark', '#0a1a18');
    await set(b, 'physio-radius', '0.25em');
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    $<HTMLButtonElement>(b, '.css button').click();
    await delay(100);
    expect(writeText.args).to.deep.equal([[b.css]]);
    expect(text($(b, '.copy-status'))).to.equal('Copied');
    expect($(b, '.copy-status').getAttribute('role')).to.equal('status');
    const css = writeText.args[0][0];
    expect(css).to.include('--physio-color-accent: light-dark(#123456, #6fd1c9);');
    expect(css).to.include('--physio-color-surface: light-dark(#f1f7f6, #0a1a18);');
    expect(css).to.include('--physio-radius: 0.25em;');
    expect(text($(b, 'code.css-code'))).to.equal(text({ textContent: css } as Element));
    // Tokens only: one :root rule, nothing but --physio-* declarations.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    expect([...sheet.cssRules].map((r) => (r as CSSStyleRule).selectorText)).to.deep.equal([':root']);
    expect([...(sheet.cssRules[0] as CSSStyleRule).style].every((p) => p.startsWith('--physio-'))).to.be.true;

    // Pasted into a page's stylesheet, the widgets there look as in the preview, on a light and on a dark page.
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const page = await fixture<HTMLElement>(
      html`<div style="background: #ffffff; color: #1a1a1a; font-family: ${getComputedStyle(b).fontFamily}">
        <physio-red-flags></physio-red-flags>
        <physio-exercise-card exercise="bird-dog"></physio-exercise-card>
        <physio-faq searchable></physio-faq>
        <physio-booking-cta variant="banner" href="https://clinic.example/book"></physio-booking-cta>
      </div>`,
    );
    try {
      await settleWidgets(page);
      expect(look(page)).to.deep.equal(look(preview(b)));
      await showOn(b, 'dark');
      Object.assign(page.style, { colorScheme: 'dark', background: '#111111', color: '#eeeeee' });
      expect(look(page)).to.deep.equal(look(preview(b)));
      expect(
        getComputedStyle(inWidget(page.querySelector('physio-exercise-card')!, 'article')).backgroundColor,
      ).to.equal(rgb('#0a1a18'));
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }

    await set(b, 'physio-space', '1.5em');
    expect(text($(b, '.copy-status')), 'no "Copied" for CSS that was not copied').to.equal('');
  });

  it('without clipboard access it selects the CSS and says how to copy it', async () => {
    const b = await builder();
    sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
    // The older copy command, tried next, fails too (as on a page where it is blocked).
    const execCommand = sinon.stub(document, 'execCommand').returns(false);
    $<HTMLButtonElement>(b, '.css button').click();
    await delay(100);
    expect(execCommand.args).to.deep.equal([['copy']]);
    expect(document.getSelection()!.toString().trim()).to.equal(b.css.trim());
    expect(text($(b, '.copy-status'))).to.equal('The CSS is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    // Where the older command still copies, that counts.
    execCommand.returns(true);
    $<HTMLButtonElement>(b, '.css button').click();
    await delay(100);
    expect(text($(b, '.copy-status'))).to.equal('Copied');
  });

  it('works by keyboard alone: choose a theme, change a colour and a length, copy, switch the page', async () => {
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const wrapper = await fixture(
      html`<div><button>before</button><physio-theme-builder></physio-theme-builder></div>`,
    );
    const b = wrapper.querySelector('physio-theme-builder')!;
    await settleWidgets(preview(b));
    wrapper.querySelector('button')!.focus();
    const { focused, tab } = keyboardIn(b);
    await tab();
    expect(focused()?.id).to.equal('theme-control');
    expect(getComputedStyle(focused()!).outlineStyle, 'visible focus').not.to.equal('none');
    await sendKeys({ press: 'ArrowDown' });
    await b.updateComplete;
    expect(field(b, 'physio-color-accent-light').value, 'warm').to.equal('#8a2c6e');
    const order: string[] = [];
    for (let i = 0; i < 30 && focused()?.id !== 'physio-radius'; i++) {
      await tab();
      order.push(focused()?.id ?? '');
    }
    expect(order.slice(0, 4)).to.deep.equal([
      'physio-color-accent-light',
      'physio-color-accent-dark',
      'physio-color-urgent-light',
      'physio-color-urgent-dark',
    ]);
    expect(order).to.include('physio-color-surface-unset');
    (focused() as HTMLInputElement).select();
    await sendKeys({ type: '2em' });
    await b.updateComplete;
    expect(getComputedStyle(bookingButton(preview(b))).borderTopLeftRadius).to.equal(
      `${2 * parseFloat(getComputedStyle(bookingButton(preview(b))).fontSize)}px`,
    );
    for (let i = 0; i < 12 && focused()?.localName !== 'button'; i++) await tab();
    expect(text(focused())).to.equal('Copy CSS');
    await sendKeys({ press: 'Enter' });
    await delay(100);
    expect(writeText.args[0][0]).to.include('--physio-radius: 2em;');
    await tab();
    expect((focused() as HTMLInputElement).value, 'the page radios').to.equal('light');
    await sendKeys({ press: 'ArrowRight' });
    await b.updateComplete;
    expect(getComputedStyle(preview(b)).colorScheme).to.equal('dark');
  });

  it('has no axe violations on a light or a dark preview, with warnings showing, and reflows at 320 px', async () => {
    const b = await builder('warm');
    await expectNoAxeViolations(b);
    await set(b, 'physio-color-accent-light', '#cccccc');
    await set(b, 'physio-radius', 'round');
    await showOn(b, 'dark');
    await expectNoAxeViolations(b);
    await setViewport({ width: 320, height: 640 });
    await delay(50);
    expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    await expectNoAxeViolations(b);
  });

  it('its verdict on text contrast agrees with axe on the preview, with the surface left to the widgets or set', async function () {
    this.timeout(60000); // axe on five widgets, twelve times
    // Token values from a ready-made theme, with a few changed, and on which pages text falls under 4.5:1: nowhere,
    // only on a widget's own background (the booking banner's tint), on the page, on the theme's surface.
    type Case = [start: string, changes: Array<[id: string, value: string]>, low: { light: boolean; dark: boolean }];
    const cases: Case[] = [
      ['clinic', [], { light: false, dark: false }],
      ['clinic', [['physio-color-accent-light', '#0076d0']], { light: true, dark: false }],
      ['clinic', [['physio-color-accent-dark', '#4a85c8']], { light: false, dark: true }],
      ['clinic', [['page-light-text', '#8a8a8a']], { light: true, dark: false }],
      ['warm', [['physio-color-accent-light', '#c0609f']], { light: true, dark: false }],
      ['high-contrast', [], { light: false, dark: false }],
    ];
    for (const [start, changes, low] of cases) {
      const b = await builder(start);
      for (const [id, value] of changes) await set(b, id, value);
      for (const scheme of ['light', 'dark'] as const) {
        await showOn(b, scheme);
        const axe = await colorContrastFailures(preview(b));
        const builderSays = b.checks
          .filter((c) => c.minimum === 4.5 && c.ratios[scheme] < 4.5)
          .map((c) => `${c.label}: ${formatRatio(c.ratios[scheme])}`);
        const what = `${start} ${JSON.stringify(changes)}, ${scheme} page; axe: ${axe.join(' | ')}; builder: ${builderSays.join(' | ')}`;
        expect([builderSays.length > 0, axe.length > 0], what).to.deep.equal([low[scheme], low[scheme]]);
      }
      fixtureCleanup();
    }
  });

  it('the amber and the tint the checks use are the red flags’ “today” edge and the booking banner’s own background', async () => {
    const b = await builder('clinic');
    const today = () =>
      getComputedStyle(inWidget(preview(b).querySelector('physio-red-flags')!, '.tier.today')).borderInlineStartColor;
    const banner = () =>
      getComputedStyle(inWidget(preview(b).querySelector('physio-booking-cta')!, '.banner')).backgroundColor;
    expect([today(), banner()]).to.deep.equal([rgb(todayAmber.light), rgb(bannerTint.light)]);
    await showOn(b, 'dark');
    expect([today(), banner()]).to.deep.equal([rgb(todayAmber.dark), rgb(bannerTint.dark)]);
  });

  it('is documentation tooling: not in the package’s manifest, and it reads the themes from the shipped files', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    expect(JSON.stringify(manifest)).not.to.include('physio-theme-builder');
    expect(themeNamed('warm').css).to.equal(await (await fetch('/src/themes/warm.css')).text());
  });
});
