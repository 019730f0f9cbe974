// Settings → physio-elements in a real WordPress (issue 17): an administrator saves the real form and the widgets
// follow it; an author is refused; a save without a valid nonce and hostile values change nothing dangerous;
// uninstalling removes the option. Saves a screenshot of the saved form to PHYSIO_WORDPRESS_SCREENSHOTS (default: a
// temp folder). Run: `npm run test:wordpress`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import payloads from '../../test/support/xss-payloads.js';
import {
  assertNoPluginNotices,
  createPost,
  createUser,
  exposeShadowRoots,
  launchBrowser,
  logIn,
  startPluginSite,
} from './plugin-site.mjs';

const settingsPath = '/wp-admin/options-general.php?page=physio-elements';
// The saved form, for the docs (npm run docs:wordpress puts it in docs/screenshots/wordpress/).
const shots = process.env.PHYSIO_WORDPRESS_SCREENSHOTS || mkdtempSync(join(tmpdir(), 'physio-wordpress-shots-'));
mkdirSync(shots, { recursive: true });
const fields = ['country', 'emergency_number', 'after_hours_number', 'theme', 'accent'];

const widgets = [
  '[physio_red_flags]',
  '[physio_red_flags emergency_number="112" after_hours_number="1733"]',
  '[physio_faq]',
  '[physio_load_bucket]',
  // Pasted by the admin: PHP never writes this tag, so only the page-wide settings (meta, theme, accent) reach it.
  '<physio-red-flags static></physio-red-flags>',
].join('\n\n');

/** The tel: links of every widget that shows phone numbers, in page order, once all have rendered them. */
async function telLinks(page) {
  const selector = 'physio-red-flags, physio-faq';
  await page.waitForFunction(
    (widgets) =>
      [...document.querySelectorAll(widgets)].every((el) =>
        window.__shadowRoots.get(el)?.querySelector('a[href^="tel:"]'),
      ),
    selector,
  );
  return page.evaluate(
    (widgets) =>
      [...document.querySelectorAll(widgets)].map((el) => [
        ...new Set(
          [...window.__shadowRoots.get(el).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
        ),
      ]),
    selector,
  );
}

/** What the widgets look like: the bucket's first button's border colour and the red flags' corner radius token. */
async function widgetStyle(page) {
  await page.waitForFunction(() => document.querySelector('physio-load-bucket')?.shadowRoot?.querySelector('button'));
  return page.evaluate(() => ({
    button: getComputedStyle(document.querySelector('physio-load-bucket').shadowRoot.querySelector('button'))
      .borderTopColor,
    radius: getComputedStyle(document.querySelector('physio-red-flags')).getPropertyValue('--physio-radius').trim(),
  }));
}

describe('the settings page', { timeout: 240_000 }, () => {
  let site;
  let browser;
  let admin;
  let post;
  let plain;
  const option = () => JSON.parse(site.php("echo wp_json_encode(get_option('physio_elements', null));"));
  const nonce = async () => {
    const page = await admin.newPage();
    await page.goto(site.url + settingsPath);
    const value = await page.inputValue('input[name="_wpnonce"]');
    await page.close();
    return value;
  };
  const post_options = (values, wpnonce) =>
    admin.request.post(`${site.url}/wp-admin/options.php`, {
      maxRedirects: 0,
      form: {
        option_page: 'physio_elements',
        action: 'update',
        _wpnonce: wpnonce,
        _wp_http_referer: settingsPath,
        ...Object.fromEntries(Object.entries(values).map(([key, value]) => [`physio_elements[${key}]`, value])),
      },
    });

  before(async () => {
    site = await startPluginSite();
    post = createPost(site, 'Widgets', widgets, 1);
    plain = createPost(site, 'Plain', 'No widgets here.');
    browser = await launchBrowser();
    admin = await logIn(browser, site, 'admin', 'admin-pass-1');
  });
  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('applies country, numbers, theme and accent saved in the form to the widgets', async () => {
    const page = await admin.newPage();
    await exposeShadowRoots(page);
    await page.goto(post);
    const before = { links: await telLinks(page), style: await widgetStyle(page) };
    assert.equal(await page.$('meta[name="physio-region"]'), null);
    // An English page counts as the Netherlands: no after-hours number yet, where the widget has none of its own.
    assert.deepEqual(before.links, [['tel:112'], ['tel:112', 'tel:1733'], ['tel:112'], ['tel:112']]);

    await page.goto(site.url + settingsPath);
    await page.selectOption('#physio-elements-country', 'be');
    await page.fill('#physio-elements-emergency-number', '100');
    await page.fill('#physio-elements-after-hours-number', '+32 (0)9 123 45 67');
    assert.deepEqual(
      await page.$$eval('#physio-elements-theme option', (options) => options.map((o) => o.value)),
      ['', 'calm', 'clinic', 'high-contrast', 'warm'],
      'the themes the build copied',
    );
    await page.selectOption('#physio-elements-theme', 'warm');
    await page.fill('#physio-elements-accent', '#123456');
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    assert.deepEqual(option(), {
      country: 'be',
      emergency_number: '100',
      after_hours_number: '+32 (0)9 123 45 67',
      theme: 'warm',
      accent: '#123456',
    });
    assert.equal(await page.inputValue('#physio-elements-after-hours-number'), '+32 (0)9 123 45 67');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(shots, 'settings.png') });

    await page.goto(post);
    assert.equal(await page.getAttribute('head meta[name="physio-region"]', 'content'), 'be');
    assert.match(await page.getAttribute('link#physio-elements-theme-css', 'href'), /\/assets\/themes\/warm\.css/);
    const after = { links: await telLinks(page), style: await widgetStyle(page) };
    assert.deepEqual(after.style, { button: 'rgb(18, 52, 86)', radius: '1em' });
    assert.notDeepEqual(after.style, before.style);
    assert.deepEqual(after.links, [
      ['tel:100', 'tel:+3291234567'], // the defaults
      ['tel:112', 'tel:1733'], // its own numbers win
      ['tel:100', 'tel:+3291234567'], // the FAQ's built-in answers
      ['tel:112', 'tel:1733'], // pasted: Belgium from the meta, the element's own defaults
    ]);
    assert.equal(await page.getAttribute('physio-faq', 'emergency-number'), '100');
    assert.equal(await page.getAttribute('physio-load-bucket', 'emergency-number'), null, 'not one of its attributes');

    // The meta on every page, the stylesheets only with the widgets.
    await page.goto(plain);
    assert.equal(await page.getAttribute('head meta[name="physio-region"]', 'content'), 'be');
    assert.equal(await page.$('link#physio-elements-theme-css'), null);
    await page.close();
  });

  it('refuses the settings page to an author', async () => {
    createUser(site, 'writer', 'author');
    const author = await logIn(browser, site, 'writer', 'writer-pass-1');
    const page = await author.newPage();
    const response = await page.goto(site.url + settingsPath);
    assert.equal(response.status(), 403);
    assert.equal(await page.$('#physio-elements-country'), null);
    const save = await author.request.post(`${site.url}/wp-admin/options.php`, {
      form: { option_page: 'physio_elements', action: 'update', 'physio_elements[country]': 'nl' },
    });
    assert.equal(save.status(), 403);
    assert.equal(option().country, 'be');
    await author.close();
  });

  it('changes nothing on a save without a valid nonce', async () => {
    const stored = option();
    for (const wpnonce of ['', 'not-a-nonce']) {
      const response = await post_options({ country: 'nl', emergency_number: '999', theme: 'calm' }, wpnonce);
      assert.equal(response.status(), 403);
    }
    assert.deepEqual(option(), stored);
  });

  for (const payload of payloads) {
    it(`stores nothing of a hostile value in every field: ${payload}`, async () => {
      const response = await post_options(Object.fromEntries(fields.map((key) => [key, payload])), await nonce());
      assert.equal(response.status(), 302);
      assert.match(response.headers().location, /settings-updated=true/);
      assert.deepEqual(option(), Object.fromEntries(fields.map((key) => [key, ''])));

      // The redirect shows the notices, once (options.php keeps them for the page it sends the browser to).
      for (const url of [new URL(response.headers().location, site.url).href, post, plain]) {
        const page = await admin.newPage();
        await page.goto(url);
        if (url.includes('settings-updated')) {
          const notices = await page.locator('[id^="setting-error-physio-elements-"]').count();
          assert.equal(notices, fields.length, 'says what it refused');
        }
        if (url === post) await page.waitForFunction(() => customElements.get('physio-red-flags'));
        const html = await page.content();
        assert.ok(!html.includes(payload), `${url} shows the value unescaped`);
        assert.equal(await page.evaluate(() => window.__physioXss), undefined);
        await page.close();
      }
    });
  }

  it('removes its option on uninstall', () => {
    site.php("update_option('physio_elements', ['country' => 'be']);");
    site.php(
      "require_once ABSPATH . 'wp-admin/includes/plugin.php'; uninstall_plugin('physio-elements/physio-elements.php');",
    );
    assert.equal(option(), null);
  });

  it('logs no PHP notice from the plugin', () => assertNoPluginNotices(site));
});
