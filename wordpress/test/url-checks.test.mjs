// The block sidebar warns under a field exactly when the element would refuse the value: the editor's checks
// (wordpress/physio-elements/editor/checks.js, a plain-JavaScript copy of the element rules) and the built elements
// run side by side in Chromium on a page of a made-up site, and must agree on every value below.
// No WordPress needed: the built plugin folder is served as the site. Run: `npm run test:wordpress`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './plugin-site.mjs';

const site = 'http://clinic.test';
const plugin = 'dist/wordpress/physio-elements';

/** Check name → values the element takes, values it refuses. */
const cases = {
  booking: {
    good: [
      'https://clinic.example/book',
      'http://clinic.example/book?type=new#form',
      'HTTPS://CLINIC.EXAMPLE/',
      ' https://clinic.example/book ',
      'https://clinic.example/a%20b',
      `${site}/book`,
      '/book',
      'book',
      'afspraak/nieuw',
      './book',
      '../book',
      '?book=1',
      '#book',
    ],
    bad: [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:info@clinic.example',
      'tel:+3215123456',
      'ftp://clinic.example/book',
      'https://',
      '//evil.example/book',
      '/\\evil.example/book',
      '\\\\evil.example\\book',
      'book now',
      '/a%zz',
      ' ',
    ],
  },
  video: {
    good: [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://vimeo.com/123456',
      'https://player.vimeo.com/video/123456',
      'https://clinic.example/bird-dog.mp4',
      'https://clinic.example/bird-dog.webm',
      'https://clinic.example/exercises/bird-dog',
      ' https://vimeo.com/123456 ',
    ],
    bad: [
      'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'youtube.com/watch?v=dQw4w9WgXcQ',
      '/media/bird-dog.mp4',
      'bird-dog.mp4',
      '//vimeo.com/123456',
      'javascript:alert(1)',
      'data:video/mp4;base64,AAAA',
      'ftp://clinic.example/bird-dog.mp4',
      'https://',
      'https://clinic.example/\u0000.mp4',
    ],
  },
  phone: {
    good: ['112', '1733', '+32 (0)15 12 34 56', '0031 20 123 45 67', '015/12.34.56', '(015) 12-34-56', '+31201234567'],
    bad: ['0800-PHYSIO', '015 12 34 56 ext 12', '12', '+32 15 12 34 56 78 90 12 34', 'tel:112', '112!', '++', ' '],
  },
  email: {
    good: ['info@clinic.example', 'first.last+book@fysio-test.be', ' info@clinic.example ', 'A_B@x-y.co.uk'],
    bad: [
      'info@clinic',
      'info@clinic.example?bcc=someone@evil.example',
      'a b@clinic.example',
      'mailto:info@clinic.example',
      'info@clinic..example',
      '@clinic.example',
      'info@@clinic.example',
      'info@clinic.example%0A',
      ' ',
    ],
  },
};

describe(
  'the block sidebar checks and the elements agree on links, phone numbers and e-mail',
  { timeout: 60_000 },
  () => {
    let browser;
    let page;
    before(async () => {
      browser = await launchBrowser();
      page = await browser.newPage();
      await page.route(`${site}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/')
          return route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><html lang="en"><head><script src="/editor/checks.js"></script><script type="module" src="/assets/physio-elements.js"></script></head><body></body></html>',
          });
        const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/plain';
        try {
          return route.fulfill({ contentType: type, body: readFileSync(join(plugin, path)) });
        } catch {
          return route.fulfill({ status: 404 });
        }
      });
      await page.goto(`${site}/`);
      await page.waitForFunction(
        () => customElements.get('physio-booking-cta') && customElements.get('physio-exercise-card'),
      );
    });
    after(() => browser?.close());

    for (const [check, { good, bad }] of Object.entries(cases)) {
      it(`${check}: the editor warns exactly where the element renders no link`, async () => {
        const results = await page.evaluate(
          async ({ check, values }) => {
            /** Whether the element makes a link (or video) of the value. */
            const element = async (value) => {
              const [tag, attribute, selector] = {
                booking: ['physio-booking-cta', 'href', 'a[part=button]'],
                phone: ['physio-booking-cta', 'phone', 'a[part=phone]'],
                email: ['physio-booking-cta', 'email', 'a[part=email]'],
                video: ['physio-exercise-card', 'video', '.video'],
              }[check];
              const el = document.createElement(tag);
              if (tag === 'physio-exercise-card') el.setAttribute('exercise', 'bird-dog');
              el.setAttribute(attribute, value);
              document.body.append(el);
              await el.updateComplete;
              const made = !!el.shadowRoot.querySelector(selector);
              el.remove();
              return made;
            };
            const out = [];
            for (const value of values) {
              out.push({
                value,
                editor: window.physioElementsEditor.checks[check](value),
                element: await element(value),
              });
            }
            return out;
          },
          { check, values: [...good, ...bad] },
        );
        for (const { value, editor, element } of results) {
          assert.equal(editor, element, `${JSON.stringify(value)}: editor ${editor}, element ${element}`);
        }
        // And both take the good values and refuse the bad ones, so agreeing on nothing cannot pass.
        assert.deepEqual(
          results.filter((r) => r.element).map((r) => r.value),
          good,
        );
      });
    }
  },
);
