import { expect, fixture, html } from '@open-wc/testing';
import { safeUrl, telUrl } from '../src/base/safe-url.js';
import { slugify, uniqueId } from '../src/base/slug.js';
import { matchLocale, setLocale } from '../src/localization.js';
import { formatDate } from '../src/base/provenance.js';
import { pickInteger, pickOption } from '../src/base/warn.js';
import { captureWarnings } from './support/console-spy.js';

describe('safeUrl: the one URL allowlist', () => {
  it('keeps https, http, tel and mailto', () => {
    expect(safeUrl('https://clinic.example/book')).to.equal('https://clinic.example/book');
    expect(safeUrl(' http://clinic.example ')).to.equal('http://clinic.example/');
    expect(safeUrl('tel:+3215123456')).to.equal('tel:+3215123456');
    expect(safeUrl('mailto:info@clinic.example')).to.equal('mailto:info@clinic.example');
  });

  it('drops script, data and garbage URLs', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'https://',
      '',
      null,
      undefined,
    ]) {
      expect(safeUrl(bad), String(bad)).to.equal(undefined);
    }
  });

  it('treats a relative URL as leaving the site when <base href> points elsewhere', () => {
    const base = document.createElement('base');
    base.href = 'https://other.example/';
    document.head.prepend(base);
    try {
      expect(safeUrl('/book', { allowRelative: true })).to.equal(undefined);
    } finally {
      base.remove();
    }
  });

  it('limits protocols on request and accepts relative URLs only when asked', () => {
    expect(safeUrl('tel:112', { protocols: ['https:', 'http:'] })).to.equal(undefined);
    expect(safeUrl('/book')).to.equal(undefined);
    expect(safeUrl('/book', { allowRelative: true })).to.equal(`${location.origin}/book`);
    expect(safeUrl('#faq', { allowRelative: true })).to.equal(`${location.href.split('#')[0]}#faq`);
    expect(safeUrl('book/now', { allowRelative: true })).to.equal(new URL('book/now', location.href).href);
    expect(safeUrl('ht!tp://%%%', { allowRelative: true })).to.equal(undefined);
    expect(safeUrl('/a%zzb', { allowRelative: true })).to.equal(undefined);
    expect(safeUrl('//evil.example/x', { allowRelative: true })).to.equal(undefined);
    expect(safeUrl('/\\evil.example/x', { allowRelative: true })).to.equal(undefined);
    expect(safeUrl('\\\\evil.example', { allowRelative: true })).to.equal(undefined);
  });
});

describe('telUrl', () => {
  it('normalises written numbers into dialable ones', () => {
    expect(telUrl('112')).to.equal('tel:112');
    expect(telUrl('+32 (0)15 12 34 56')).to.equal('tel:+3215123456');
    expect(telUrl('020-123 45 67')).to.equal('tel:0201234567');
    expect(telUrl('0032 (0)15 12 34 56')).to.equal('tel:003215123456');
    expect(telUrl('(0)20 123 45 67'), 'no country code: the 0 is dialled').to.equal('tel:0201234567');
  });

  it('refuses text that is not a number', () => {
    expect(telUrl('call us')).to.equal(undefined);
    expect(telUrl('')).to.equal(undefined);
    expect(telUrl('javascript:alert(1)')).to.equal(undefined);
    expect(telUrl('0800-PHYSIO')).to.equal(undefined);
    expect(telUrl('020 1234567 ext 12')).to.equal(undefined);
    expect(telUrl('12')).to.equal(undefined);
  });
});

describe('slugify and uniqueId', () => {
  it('makes lower-case ASCII ids', () => {
    expect(slugify('Is mijn rugpijn ernstig?')).to.equal('is-mijn-rugpijn-ernstig');
    expect(slugify('Één café, twee crèmes!')).to.equal('een-cafe-twee-cremes');
    expect(slugify('背痛')).to.equal('');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40))).to.have.length.at.most(60);
  });

  it('adds -2, -3 to duplicates', () => {
    const taken = new Set(['faq-a', 'faq-a-2']);
    expect(uniqueId('faq-a', (id) => taken.has(id))).to.equal('faq-a-3');
    expect(uniqueId('faq-b', (id) => taken.has(id))).to.equal('faq-b');
  });
});

describe('language and region', () => {
  it('matches the page language to a locale', () => {
    expect(matchLocale('nl')).to.equal('nl');
    expect(matchLocale('NL-be')).to.equal('nl');
    expect(matchLocale('nl_NL')).to.equal('nl');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('fr-BE')).to.equal('fr');
    expect(matchLocale('FR')).to.equal('fr');
    expect(matchLocale('de-BE')).to.equal('de');
    expect(matchLocale('de_DE')).to.equal('de');
    expect(matchLocale('frr')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
  });
});

describe('review dates', () => {
  afterEach(() => setLocale('en'));

  it('are written out in the active language, with no time zone shifting the day', async () => {
    expect(formatDate('2026-11-25')).to.equal('25 November 2026');
    expect(formatDate('2026-01-01')).to.equal('1 January 2026');
    await setLocale('nl');
    expect(formatDate('2026-11-25')).to.equal('25 november 2026');
    expect(formatDate('2026-03-31')).to.equal('31 maart 2026');
  });
});

describe('attribute validation', () => {
  it('warns once per element and value, then uses the default', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    const { warnings } = await captureWarnings(() => {
      expect(pickOption(el, 'variant', 'Banner', ['inline', 'banner'] as const, 'inline')).to.equal('banner');
      expect(pickOption(el, 'variant', 'popup', ['inline', 'banner'] as const, 'inline')).to.equal('inline');
      expect(pickOption(el, 'variant', 'popup', ['inline', 'banner'] as const, 'inline')).to.equal('inline');
      expect(pickInteger(el, 'level', '4', 2, 6, 3)).to.equal(4);
      expect(pickInteger(el, 'level', '2.5', 2, 6, 3)).to.equal(3);
      expect(pickInteger(el, 'level', 'x', 2, 6, 3)).to.equal(3);
    });
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.include('variant="popup"');
  });
});

describe('the axe helper (negative control)', () => {
  it('fails on an unnamed button and on a too-small click target', async () => {
    const { expectNoAxeViolations } = await import('./support/axe.js');
    const unnamed = await fixture(html`<div><button></button></div>`);
    let failed = false;
    await expectNoAxeViolations(unnamed).catch(() => (failed = true));
    expect(failed, 'unnamed button').to.be.true;
    const tiny = await fixture(
      html`<div>
        <button style="width:10px;height:10px;padding:0">a</button
        ><button style="width:10px;height:10px;padding:0">b</button>
      </div>`,
    );
    failed = false;
    await expectNoAxeViolations(tiny).catch((error) => (failed = String(error).includes('target-size')));
    expect(failed, 'target-size').to.be.true;
  });
});
