// The plugin's own words in Dutch, French and German in a real WordPress (issue 17, point 6): the settings page reads
// the compiled .mo, block titles come through block.json's textdomain, the sidebar through the editor scripts' JSON
// files, and a Belgian locale shows its own terms over its base language. Expected words come from the .po files.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { baseLocale, readTranslations } from '../../scripts/wordpress-i18n.mjs';
import { assertNoPluginNotices, launchBrowser, logIn, startPluginSite } from './plugin-site.mjs';

const translations = readTranslations('wordpress/physio-elements/languages');
/** The translation of `msgid` (in `msgctxt`) for `locale`, as the shipped .po files give it. */
function t(locale, msgid, msgctxt) {
  const entry = translations[locale].entries.find((found) => found.msgid === msgid && found.msgctxt === msgctxt);
  assert.ok(entry?.msgstr[0], `${locale} translates "${msgid}"`);
  return entry.msgstr[0];
}
const settingsPath = '/wp-admin/options-general.php?page=physio-elements';
const settingsWords = ['physio-elements settings', 'Country', 'Emergency number', 'After-hours number (GP on call)'];

describe('the editor and settings page in Dutch, French and German', { timeout: 240_000 }, () => {
  let site;
  let browser;
  let admin;
  const speak = (locale) => site.php(`update_user_meta(1, 'locale', '${locale}');`);

  before(async () => {
    site = await startPluginSite();
    browser = await launchBrowser();
    admin = await logIn(browser, site, 'admin', 'admin-pass-1');
  });
  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  for (const locale of Object.keys(translations)) {
    it(`shows the settings page in ${locale}`, async () => {
      speak(locale);
      const page = await admin.newPage();
      await page.goto(site.url + settingsPath);
      const text = await page.innerText('#wpbody-content');
      for (const msgid of settingsWords) assert.ok(text.includes(t(locale, msgid)), `${locale}: ${t(locale, msgid)}`);
      assert.ok(!text.includes('Emergency number'), 'no English label left');
      await page.close();
    });
  }

  it('shows what differs in Belgium over the base language', async () => {
    // A Belgian file lists only what differs (fr_BE may list nothing); each word of its own must win on the page.
    const pairs = Object.entries(baseLocale).flatMap(([locale, base]) =>
      translations[locale].own
        .filter((entry) => entry.references.some((reference) => reference.startsWith('includes/settings.php')))
        .filter((entry) => !/%/.test(entry.msgid) && entry.msgstr[0] !== t(base, entry.msgid, entry.msgctxt))
        .map((entry) => [locale, entry]),
    );
    assert.ok(pairs.length > 0, 'a Belgian word on the settings page to look for');
    for (const [locale, entry] of pairs) {
      speak(locale);
      const page = await admin.newPage();
      await page.goto(site.url + settingsPath);
      assert.ok((await page.innerText('#wpbody-content')).includes(entry.msgstr[0]), `${locale}: ${entry.msgstr[0]}`);
      await page.close();
    }
  });

  it('shows Dutch block titles in the inserter and Dutch labels in the sidebar (nl_NL)', async () => {
    speak('nl_NL');
    const page = await admin.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(20_000);
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('physio-elements/faq'));
    // The welcome guide covers the editor on a first visit.
    await page.evaluate(() => {
      if (window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) {
        window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      }
    });
    const titles = await page.evaluate(() =>
      ['faq', 'red-flags', 'load-bucket', 'exercise-card', 'booking-cta'].map(
        (name) => window.wp.blocks.getBlockType(`physio-elements/${name}`).title,
      ),
    );
    assert.deepEqual(titles, [
      t('nl_NL', 'Low back pain FAQ', 'block title'),
      t('nl_NL', 'Back pain red flags', 'block title'),
      t('nl_NL', 'Load bucket', 'block title'),
      t('nl_NL', 'Exercise card', 'block title'),
      t('nl_NL', 'Booking call-to-action', 'block title'),
    ]);
    await page.evaluate(() => {
      const block = window.wp.blocks.createBlock('physio-elements/faq');
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    const sidebar = page.locator('.interface-complementary-area');
    for (const msgid of ['Search field', 'Opening one question closes the others', 'Country']) {
      await sidebar.getByText(t('nl_NL', msgid), { exact: true }).first().waitFor();
    }
    await page.getByRole('button', { name: t('nl_NL', 'Add a question') }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
    assertNoPluginNotices(site);
  });
});
