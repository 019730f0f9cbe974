import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/all.js';
import { themeFiles, themeNamed, tokensOf } from '../stories/themes.js';
import {
  contrastChecks,
  contrastRatio,
  failures,
  fromComputed,
  fromHex,
  type Page,
  type Rgb,
} from '../stories/theme-builder/contrast.js';
import { fromTheme, schemes, type Scheme } from '../stories/theme-builder/tokens.js';
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
import { $, settleWidgets, shadow, systemColor } from './support/dom.js';

// Every file of src/themes/: test/build/theme-list.test.mts checks that themeFiles lists them all.
const names = themeFiles.map((t) => t.name);
const source = (name: string) => `/src/themes/${name}.css`;
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** Links a stylesheet as a clinic page does, at the end of <head>; resolves once it has loaded. */
async function link(href: string): Promise<HTMLLinkElement> {
  const el = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  el.dataset.themeTest = '';
  const loaded = new Promise((resolve, reject) => {
    el.addEventListener('load', resolve);
    el.addEventListener('error', () => reject(new Error(`${href} did not load`)));
  });
  document.head.append(el);
  await loaded;
  return el;
}

/** A page's own stylesheet (no link): its rules go before every linked theme. */
function pageStyle(css: string): void {
  const style = Object.assign(document.createElement('style'), { textContent: css });
  style.dataset.themeTest = '';
  document.head.prepend(style);
}

const setPage = (style: string) => document.documentElement.setAttribute('style', style);
/** A dark page that follows the visitor, who prefers dark: the browser's own dark canvas and text. */
async function darkVisitor(): Promise<void> {
  setPage('color-scheme: light dark; background: Canvas; color: CanvasText');
  await emulate({ colorScheme: 'dark' });
}

/** The tokens every widget documents (custom-elements.json), which a theme may set. */
async function documentedTokens(): Promise<Set<string>> {
  type Manifest = { modules: Array<{ declarations?: Array<{ cssProperties?: Array<{ name: string }> }> }> };
  const manifest: Manifest = await (await fetch('/custom-elements.json')).json();
  return new Set(
    manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
  );
}

const bookingButton = (root: ParentNode) => $(root.querySelector('physio-booking-cta')!, 'a.button');

describe('ready-made themes (physio-elements/themes/<name>.css)', () => {
  const savedStyle = document.documentElement.getAttribute('style');
  afterEach(async () => {
    for (const el of document.querySelectorAll('[data-theme-test]')) el.remove();
    document.documentElement.className = '';
    if (savedStyle === null) document.documentElement.removeAttribute('style');
    else setPage(savedStyle);
    await emulate({});
  });

  it('the CDN build puts each beside the script as it is', async () => {
    for (const { name, css } of themeFiles) {
      expect(await (await fetch(source(name))).text(), `${name}: the stories read the shipped file`).to.equal(css);
      const built = await fetch(`/dist/cdn/themes/${name}.css`);
      expect(built.ok, `dist/cdn/themes/${name}.css`).to.be.true;
      expect(await built.text(), name).to.equal(css);
    }
  });

  it('the ?raw loader the stories use in the tests serves files of the repository only', async () => {
    const raw = await fetch('/src/themes/warm.css?raw');
    expect(raw.status).to.equal(200);
    expect(await raw.text()).to.equal(`export default ${JSON.stringify(themeNamed('warm').css)};`);
    // An encoded "../" is not a path separator to the browser, so it reaches the server as it is.
    const up = '%2e%2e%2f'.repeat(12);
    for (const path of [`/${up}etc%2fos-release?raw`, `/src%2f${up}etc%2fos-release?raw`, '/src/themes/none.css?raw'])
      expect((await fetch(path)).status, path).to.equal(404);
  });

  for (const name of names) {
    it(`${name}.css sets only --physio-* tokens the widgets document, at zero specificity and under its class`, async () => {
      const css = await (await fetch(source(name))).text();
      expect(css, 'a header that names the theme').to.match(/^\/\*\n \* physio-elements theme "/);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      expect(sheet.cssRules.length, 'one rule').to.equal(1);
      const rule = sheet.cssRules[0] as CSSStyleRule;
      expect(rule).to.be.instanceOf(CSSStyleRule);
      expect(rule.selectorText).to.equal(`:where(:root), .physio-theme-${name}`);
      expect(rule.cssRules.length, 'nothing nested').to.equal(0);
      const declared = [...rule.style];
      const documented = await documentedTokens();
      for (const property of declared) {
        expect(property, 'a token').to.match(/^--physio-/);
        expect(documented.has(property), `${property} is a token the widgets read`).to.be.true;
      }
      expect(declared, 'a look, not a page layout').not.to.include('--physio-sticky-top');
      // The stories, the builders and this file read the same declarations.
      expect(Object.keys(tokensOf(css))).to.deep.equal(declared);
      for (const [token, value] of Object.entries(tokensOf(css)).filter(([t]) => t.startsWith('--physio-color-'))) {
        expect(value, `${token}: a value for light and one for dark pages`).to.match(
          /^(light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)|#[0-9a-f]{6}|currentColor|initial)$/,
        );
      }
    });
  }

  it('every theme names every look token; only clinic leaves the surface to the widgets (initial), as they do', () => {
    const look = [
      '--physio-color-accent',
      '--physio-color-urgent',
      '--physio-color-text',
      '--physio-color-surface',
      '--physio-color-border',
      '--physio-radius',
      '--physio-space',
      '--physio-font-family',
      '--physio-duration',
    ];
    for (const { name, tokens } of themeFiles) {
      expect(Object.keys(tokens).sort(), name).to.deep.equal([...look].sort());
      const unset = Object.keys(tokens).filter((t) => tokens[t] === 'initial');
      expect(unset, name).to.deep.equal(name === 'clinic' ? ['--physio-color-surface'] : []);
    }
    expect(new Set(themeFiles.map((t) => t.tokens['--physio-color-accent'])).size, 'four looks').to.equal(4);
  });

  it('every theme passes the theme builder’s contrast checks on light (white, #f5f5f5) and dark (#000 to #222) pages', () => {
    const systemIn = (scheme: Scheme) => {
      setPage(`color-scheme: ${scheme}`);
      const colours = { canvas: fromComputed(systemColor('Canvas')), field: fromComputed(systemColor('Field')) };
      document.documentElement.removeAttribute('style');
      return colours;
    };
    const system = { light: systemIn('light'), dark: systemIn('dark') };
    const backgrounds: Array<Record<Scheme, string>> = [
      { light: '#ffffff', dark: '#000000' },
      { light: '#f5f5f5', dark: '#111111' },
      { light: '#ffffff', dark: '#1e1e1e' },
      { light: '#f5f5f5', dark: '#222222' },
    ];
    for (const { name, tokens } of themeFiles) {
      for (const background of backgrounds) {
        const pages: Record<Scheme, Page> = {
          light: { background: background.light, text: '#1a1a1a' },
          dark: { background: background.dark, text: '#eeeeee' },
        };
        const checks = contrastChecks(fromTheme(tokens), pages, system);
        // Clinic leaves the surface to the widgets: their tint, canvas and field are checked instead of it.
        expect(checks.length, name).to.equal(name === 'clinic' ? 14 : 12);
        expect(failures(checks), `${name} on ${background.light} / ${background.dark}`).to.deep.equal([]);
        if (name !== 'high-contrast') continue;
        // High contrast: text, links and the text of filled buttons reach 7:1 (WCAG AAA) on both.
        for (const check of checks.filter((c) => c.minimum === 4.5)) {
          for (const scheme of ['light', 'dark'] as const)
            expect(check.ratios[scheme], `${check.label}, ${scheme}`).to.be.at.least(7);
        }
      }
    }
  });

  it('the contrast each theme’s header states is true, on every background it names', () => {
    /** A hex colour of a token's value in a scheme; undefined for currentColor or initial (the page's). */
    const hexIn = (value: string | undefined, scheme: Scheme): string | undefined => {
      const [light, dark = light] = value?.match(/#[0-9a-f]{6}/g) ?? [];
      return scheme === 'light' ? light : dark;
    };
    const canvas = (scheme: Scheme) => {
      setPage(`color-scheme: ${scheme}`);
      const colour = fromComputed(systemColor('Canvas'));
      document.documentElement.removeAttribute('style');
      return colour;
    };
    // What each subject a header names is drawn in, and on what: the backgrounds of its sentence, or a fill.
    const subjects: Record<string, Array<[fg: string, on?: string]>> = {
      text: [['text']],
      'accent and urgent': [['accent'], ['urgent']],
      'text, accent and urgent': [['text'], ['accent'], ['urgent']],
      borders: [['border']],
      'text on filled buttons (the "call 112" button too)': [
        ['canvas', 'accent'],
        ['canvas', 'urgent'],
      ],
    };
    for (const { name, css, tokens } of themeFiles) {
      const header = /^\/\*([\s\S]*?)\*\//.exec(css)![1].replace(/\s*\n\s*\*\s?/g, ' ');
      const stated = /Contrast \(WCAG 2\.2\) (.*?:1(?: \(AAA\))?)\.(?: [A-Z][a-z]+ [a-z]|\s*$)/.exec(header);
      expect(stated, `${name}: a "Contrast (WCAG 2.2) on …: … N:1." sentence`).to.not.equal(null);
      const sentences = stated![1].split(/(?<=:1(?: \(AAA\))?)\. /);
      let claims = 0;
      for (const sentence of sentences) {
        const [, scope, list] = /^(?:on|On) (.+?): (.+)$/.exec(sentence) ?? [];
        expect(list, `${name}: “${sentence}”`).to.be.a('string');
        const backgrounds: Record<Scheme, string[]> = { light: [], dark: [] };
        if (scope.includes('white to #f5f5f5')) backgrounds.light.push('#ffffff', '#f5f5f5');
        if (scope.includes('#000 to #222')) backgrounds.dark.push('#000000', '#222222');
        if (scope.includes('the cards'))
          for (const scheme of schemes) {
            const surface = hexIn(tokens['--physio-color-surface'], scheme);
            if (surface) backgrounds[scheme].push(surface);
          }
        for (const claim of list.split('; ')) {
          const [, subject, minimum] = /^(.+?) (?:at least )?(\d+(?:\.\d+)?):1(?: \(AAA\))?$/.exec(claim) ?? [];
          expect(subjects[subject], `${name}: “${claim}” names colours this test knows`).to.be.an('array');
          for (const scheme of schemes) {
            const colour = (token: string): Rgb => {
              if (token === 'canvas') return canvas(scheme);
              const hex = hexIn(tokens[`--physio-color-${token}`], scheme);
              expect(hex, `${name}: ${token} is a colour of its own, not the page’s`).to.be.a('string');
              return fromHex(hex!);
            };
            for (const [fg, on] of subjects[subject]) {
              for (const bg of on ? [colour(on)] : backgrounds[scheme].map(fromHex)) {
                const ratio = contrastRatio(colour(fg), bg);
                expect(ratio, `${name}, ${scheme}: ${claim} (${fg}: ${ratio.toFixed(3)}:1)`).to.be.at.least(
                  Number(minimum),
                );
                claims++;
              }
            }
          }
        }
      }
      expect(claims, name).to.be.at.least(8);
    }
  });

  for (const name of names) {
    it(`${name}: all five widgets pass axe on a light page, contrast and lines checked`, async () => {
      await link(source(name));
      const root = await render(allFive());
      await expectReadable(root, 100, fills);
      await expectLinesAndRings(root, 100);
      await expectReadable(await render(floating()), 5, [/\.toggle/, /\.button/]);
    });

    it(`${name}: all five widgets pass axe on a dark page (a visitor who prefers dark), contrast and lines checked`, async () => {
      await link(source(name));
      await darkVisitor();
      const root = await render(allFive());
      expect(getComputedStyle(bookingButton(root)).backgroundColor, 'the dark accent').to.equal(
        rgb(
          /light-dark\(#\w+, (#\w+)\)/.exec(
            themeFiles.find((t) => t.name === name)!.tokens['--physio-color-accent'],
          )![1],
        ),
      );
      await expectReadable(root, 100, fills);
      await expectLinesAndRings(root, 100);
      const panel = await render(floating());
      await expectReadable(panel, 5, [/\.toggle/, /\.button/]);
      await expectLinesAndRings(panel, 5);
    });
  }

  for (const name of names) {
    it(`${name}: all five widgets pass axe on the darkest light page (#f5f5f5) and the lightest dark one (#222)`, async () => {
      await link(source(name));
      for (const page of [
        'color-scheme: light; background: #f5f5f5; color: #1a1a1a',
        'color-scheme: dark; background: #222222; color: #eeeeee',
      ]) {
        setPage(page);
        await expectReadable(await render(allFive()), 100, fills);
        await expectReadable(await render(floating()), 5, [/\.toggle/, /\.button/]);
        fixtureCleanup(); // the floating panel would cover the next page's widgets
      }
    });
  }

  it('forced colors: system colours with every theme, on a light and on a dark page', async () => {
    await emulate({ forcedColors: 'active' });
    for (const name of names) {
      const theme = await link(source(name));
      await expectSystemColours(await render(allFive()));
      setPage('color-scheme: dark; background: #111; color: #eee');
      await expectSystemColours(await render(allFive()));
      document.documentElement.removeAttribute('style');
      theme.remove();
    }
  });

  it('clinic is the widgets’ own look: with it, every part of every widget is drawn as without it', async () => {
    const drawn = (root: Element) =>
      [...root.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('physio-'))
        .flatMap((widget) => [widget, ...shadow(widget).querySelectorAll('*')])
        .map((el) => {
          const style = getComputedStyle(el);
          return [
            'color',
            'background-color',
            'border-top-color',
            'border-inline-start-color',
            'outline-color',
            'fill',
            'stroke',
            'border-top-left-radius',
            'padding-top',
            'margin-bottom',
            'font-family',
            'transition-duration',
          ].map((p) => style.getPropertyValue(p));
        });
    const both = () => html`<div>${allFive()}${floating()}</div>`;
    for (const page of ['', 'color-scheme: dark; background: #111; color: #eee']) {
      setPage(page);
      const own = drawn(await render(both()));
      const theme = await link(source('clinic'));
      expect(drawn(await render(both())), page || 'light page').to.deep.equal(own);
      theme.remove();
    }
  });

  it('tokens a page sets win over a theme: on :root before the link, on <html>, on a wrapper and on a widget', async () => {
    pageStyle(':root { --physio-color-accent: #123456 } html { --physio-radius: 0.125em }');
    await link(source('warm'));
    const root = await fixture<HTMLElement>(
      html`<div>
        <physio-booking-cta href="https://clinic.example/book"></physio-booking-cta>
        <div style="--physio-color-border: #222222">
          <physio-exercise-card exercise="bird-dog" style="--physio-color-surface: #fafafa"></physio-exercise-card>
        </div>
      </div>`,
    );
    await settleWidgets(root);
    const button = getComputedStyle(bookingButton(root));
    expect(button.backgroundColor).to.equal(rgb('#123456'));
    expect(button.borderTopLeftRadius).to.equal('2px');
    const card = getComputedStyle($(root.querySelector('physio-exercise-card')!, 'article'));
    expect(card.borderTopColor).to.equal(rgb('#222222'));
    expect(card.backgroundColor).to.equal(rgb('#fafafa'));
    // The theme still gives what the page did not set.
    expect(getComputedStyle(root.querySelector('physio-booking-cta')!).color).to.equal(rgb('#24150d'));
  });

  it('a theme’s class on <html> ties with a site’s own :root tokens after it; :where(:root) or :not() lets the class win', async () => {
    await link(source('high-contrast'));
    // The site's stylesheet, after the theme's link.
    const site = Object.assign(document.createElement('style'), { textContent: '' });
    site.dataset.themeTest = '';
    document.head.append(site);
    const root = await fixture<HTMLElement>(
      html`<div><physio-booking-cta href="https://clinic.example/book"></physio-booking-cta></div>`,
    );
    await settleWidgets(root);
    const accent = (on: boolean) => {
      document.documentElement.classList.toggle('physio-theme-high-contrast', on);
      return getComputedStyle(bookingButton(root)).backgroundColor;
    };
    const [brand, highContrast] = [rgb('#00704a'), rgb('#0037a4')];
    site.textContent = ':root { --physio-color-accent: #00704a }';
    expect(accent(false), ':root: the brand').to.equal(brand);
    expect(accent(true), ':root after the theme ties with the class on <html>: the later rule, the brand').to.equal(
      brand,
    );
    for (const selector of [':where(:root)', ':root:not(.physio-theme-high-contrast)']) {
      site.textContent = `${selector} { --physio-color-accent: #00704a }`;
      expect(accent(false), `${selector}: the brand`).to.equal(brand);
      expect(accent(true), `${selector}: the switch wins`).to.equal(highContrast);
    }
  });

  it('class="physio-theme-clinic" gives a section the widgets’ own look inside a page with another theme', async () => {
    await link(source('clinic'));
    await link(source('warm'));
    const root = await fixture<HTMLElement>(
      html`<div>
        <div class="physio-theme-clinic" style="background: #ffffff; color: #1a1a1a">${allFive()}</div>
        <div style="background: #ffffff; color: #1a1a1a">${allFive()}</div>
      </div>`,
    );
    await settleWidgets(root);
    const [clinic, plain] = root.children;
    const card = (section: Element) => getComputedStyle($(section.querySelector('physio-exercise-card')!, 'article'));
    const banner = (section: Element) => getComputedStyle($(section.querySelector('physio-booking-cta')!, '.banner'));
    expect(card(plain).backgroundColor, 'warm, linked last, on :root').to.equal(rgb('#fff7ef'));
    expect(card(clinic).backgroundColor, 'the widget’s own card: the page shows through').to.equal('rgba(0, 0, 0, 0)');
    expect(banner(clinic).backgroundColor, 'the booking banner’s own tint').to.equal(rgb('#f0f4f5'));
    expect(getComputedStyle(bookingButton(clinic)).backgroundColor).to.equal(rgb('#005eb8'));
    expect(getComputedStyle(clinic.querySelector('physio-faq')!).color, 'the page’s own text colour').to.equal(
      rgb('#1a1a1a'),
    );
  });

  it('a theme’s class scopes it: high contrast on <html> or a wrapper wins over another theme on :root', async () => {
    await link(source('high-contrast'));
    await link(source('warm'));
    const root = await fixture<HTMLElement>(
      html`<div>
        <physio-booking-cta href="https://clinic.example/book"></physio-booking-cta>
        <div class="physio-theme-high-contrast">
          <physio-booking-cta href="https://clinic.example/book"></physio-booking-cta>
        </div>
      </div>`,
    );
    await settleWidgets(root);
    const [page, wrapped] = [...root.querySelectorAll('physio-booking-cta')].map(
      (el) => getComputedStyle($(el, 'a.button')).backgroundColor,
    );
    expect(page, 'warm, linked last, on :root').to.equal(rgb('#8a2c6e'));
    expect(wrapped, 'high contrast in its wrapper').to.equal(rgb('#0037a4'));
    // A site's high-contrast switch: the class on <html>.
    document.documentElement.classList.add('physio-theme-high-contrast');
    expect(getComputedStyle(bookingButton(root)).backgroundColor).to.equal(rgb('#0037a4'));
  });
});
