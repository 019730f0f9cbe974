// The built plugin in a real WordPress (issue 17): every shortcode renders its widget in Chromium, the files load as a
// module in the head of every page that shows one (a post, the blog page) and nowhere else. Run: `npm run test:wordpress`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPluginNotices, createPost, launchBrowser, openWidgets, startPluginSite } from './plugin-site.mjs';

const shortcodes = [
  '[physio_red_flags]',
  '[physio_load_bucket preset="moving-house"]',
  '[physio_exercise_card exercise="bird-dog" sets="2"]',
  '[physio_faq searchable single="false" /]',
  '[physio_booking_cta href="https://clinic.example/book" clinic="Fysio &quot;Test&quot;"]',
  // The classic editor's own questions, inside an enclosing shortcode; with both forms on one page, WordPress needs the
  // bare one written self-closing (above), or it reads up to the first closing tag.
  '[physio_faq]<details><summary>Can I keep working?</summary>Usually yes.</details>[/physio_faq]',
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
    const { page, errors } = await openWidgets(browser, withWidgets);
    assert.equal(await page.getAttribute('physio-booking-cta', 'clinic'), 'Fysio "Test"');
    assert.equal(await page.getAttribute('physio-faq', 'searchable'), '');
    assert.equal(await page.getAttribute('physio-faq', 'single'), null, 'single="false" leaves the flag off');
    assert.deepEqual(
      await page.$$eval('physio-faq', (faqs) =>
        faqs.map((faq) => [...faq.querySelectorAll(':scope > details > summary')].map((el) => el.textContent)),
      ),
      [[], ['Can I keep working?']],
      'the enclosed question is the second FAQ own content',
    );
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

  it('puts the module script in the head of the blog page that lists a post with a widget', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    assert.equal(await page.locator('head script[type="module"][src*="physio-elements.js"]').count(), 1);
    assert.equal(await page.locator('head link[href*="physio-elements.css"]').count(), 1);
    await page.close();
  });

  it('makes only its own script tag a module, once, whatever else the tag holds', () => {
    const tag = site.php(
      `echo apply_filters('script_loader_tag', "<script id='physio-elements-js-before'>window.a = 1;</script>\n<script type='text/javascript' src='x.js' id='physio-elements-js'></script>\n", 'physio-elements', 'x.js');`,
    );
    assert.equal(
      tag,
      "<script id='physio-elements-js-before'>window.a = 1;</script>\n<script type=\"module\" src='x.js' id='physio-elements-js'></script>\n",
    );
    const other = "<script src='y.js' id='other-js'></script>";
    assert.equal(site.php(`echo apply_filters('script_loader_tag', "${other}", 'other', 'y.js');`), other);
  });

  it('logs no PHP notice from the plugin', () => assertNoPluginNotices(site));
});
