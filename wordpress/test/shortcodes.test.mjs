// Work in progress (issue 17): the built plugin in a real WordPress; every shortcode renders its widget in Chromium.
// Run: `npm run test:wordpress`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPluginNotices, createPost, launchBrowser, startPluginSite } from './plugin-site.mjs';

const shortcodes = [
  '[physio_red_flags]',
  '[physio_load_bucket preset="moving-house"]',
  '[physio_exercise_card exercise="bird-dog" sets="2"]',
  '[physio_faq searchable single="false"]',
  '[physio_booking_cta href="https://clinic.example/book" clinic="Fysio &quot;Test&quot;"]',
];

describe('the plugin in WordPress', { timeout: 180_000 }, () => {
  let site;
  let browser;
  let withWidgets;
  let without;
  before(async () => {
    site = await startPluginSite();
    withWidgets = createPost(site, 'Widgets', shortcodes.join('\n\n'));
    without = createPost(site, 'Plain', 'No widgets here.');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('renders every shortcode as its widget, with no console error', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(withWidgets);
    for (const tag of [
      'physio-red-flags',
      'physio-load-bucket',
      'physio-exercise-card',
      'physio-faq',
      'physio-booking-cta',
    ]) {
      await page.waitForFunction((name) => customElements.get(name) && document.querySelector(name), tag);
    }
    assert.equal(await page.getAttribute('physio-booking-cta', 'clinic'), 'Fysio "Test"');
    assert.equal(await page.getAttribute('physio-faq', 'searchable'), '');
    assert.equal(await page.getAttribute('physio-faq', 'single'), null, 'single="false" leaves the flag off');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('loads the script only on pages that use a widget', async () => {
    const page = await browser.newPage();
    const scripts = [];
    page.on('request', (request) => request.url().includes('physio-elements') && scripts.push(request.url()));
    await page.goto(without);
    assert.deepEqual(scripts, []);
    await page.close();
  });

  it('logs no PHP notice from the plugin', () => assertNoPluginNotices(site));
});
