// The real block editor, driven once as a clinic's editor would (issue 17): insert the FAQ through the inserter, write
// a question, switch on `single` in the sidebar, publish, and read the published page. Saves screenshots of the editor
// to PHYSIO_WORDPRESS_SCREENSHOTS (default: a fresh temp folder, printed). Run: `npm run test:wordpress`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exposeShadowRoots, launchBrowser, startPluginSite } from './plugin-site.mjs';

const shots = process.env.PHYSIO_WORDPRESS_SCREENSHOTS || mkdtempSync(join(tmpdir(), 'physio-wordpress-shots-'));
const titles = ['Low back pain FAQ', 'Back pain red flags', 'Load bucket', 'Exercise card', 'Booking call-to-action'];

describe('the blocks in the block editor', { timeout: 180_000 }, () => {
  let site;
  let browser;
  let page;
  /**
   * Console errors, uncaught exceptions and failed plugin files in the editor and the published page; not the
   * offline site's failed requests (gravatar, the block directory, the welcome guide's pictures).
   */
  const errors = [];
  before(async () => {
    mkdirSync(shots, { recursive: true });
    site = await startPluginSite();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(20_000);
    // The red flags close their shadow root; the tests read the preview's call links inside it.
    await exposeShadowRoots(page);
    // Leaving an unsaved post asks first; the tests below start each one afresh.
    page.on('dialog', (dialog) => dialog.accept());
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url().includes('/physio-elements/')) errors.push(response.url());
    });
  });
  after(async () => {
    console.log(`screenshots: ${shots}`);
    await browser?.close();
    await site?.stop();
  });

  /** The sidebar's labels for a block, as the editor script lists them (editor/attributes.js). */
  const labels = (block) =>
    page.evaluate((name) => window.physioElementsEditor.attributes[name].map((control) => control.label), block);
  const sidebar = () => page.locator('.block-editor-block-inspector');
  const insert = async (search, title) => {
    await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    await page.getByPlaceholder('Search').fill(search);
    const item = page.locator('.block-editor-block-types-list__item', { hasText: title });
    await item.waitFor();
    return item;
  };
  /** Inserts the block, closes the inserter (whose panel would cover the block) and opens the sidebar it closed. */
  const add = async (item) => {
    await item.click();
    await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    const settings = page.getByRole('button', { name: 'Settings', exact: true });
    if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
    await sidebar().waitFor();
  };

  /** A new post in the editor, without the welcome guide (closed once in the first test; closed here if it is back). */
  const newPost = async () => {
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.locator('.editor-post-title__input').waitFor();
    await page.evaluate(() => {
      const { dispatch, select } = window.wp.data;
      if (select('core/edit-post').isFeatureActive('welcomeGuide'))
        dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
  };
  /** The text and call links inside an element's shadow root, closed or not. */
  const shadow = (selector) =>
    page.waitForFunction((css) => {
      const root = window.__shadowRoots.get(document.querySelector(css));
      const links = [...(root?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => link.getAttribute('href'));
      return links.length && { text: root.textContent, tels: [...new Set(links)].sort() };
    }, selector);

  it('an editor adds a FAQ with a question, switches on single, publishes, and readers get it', async () => {
    await page.goto(`${site.url}/wp-login.php`);
    await page.fill('#user_login', 'admin');
    await page.fill('#user_pass', 'admin-pass-1');
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    const guide = page.locator('.edit-post-welcome-guide');
    await guide.waitFor();
    await guide.getByRole('button', { name: 'Close dialog' }).click();
    await page.locator('.editor-post-title__input').fill('Questions about back pain');

    // The inserter finds the five blocks by the plugin's name.
    const faqItem = await insert('physio', titles[0]);
    const found = await page.locator('.block-editor-block-types-list__item-title').allTextContents();
    assert.deepEqual([...found].sort(), [...titles].sort());
    await page.screenshot({ path: join(shots, 'inserter.png') });
    await add(faqItem);

    // With no questions of its own, the block says so and previews the built-in FAQ.
    const faq = page.locator('.wp-block-physio-elements-faq');
    await faq.getByText('the built-in low back pain FAQ is shown').waitFor();
    await page.waitForFunction(() => document.querySelector('.wp-block-physio-elements-faq physio-faq')?.shadowRoot);
    assert.ok(await faq.locator('physio-faq [part~=item]').count(), 'the built-in questions are previewed');

    await faq.getByRole('button', { name: 'Add a question' }).click();
    await faq.getByRole('textbox', { name: 'Question' }).fill('Can I keep working with back pain?');
    await faq.locator('.physio-elements-faq-answer [contenteditable=true]').first().click();
    await page.keyboard.type('Usually yes: staying active helps.');
    // The preview is the element with the question as WordPress saves it.
    await faq.locator('physio-faq > details > summary', { hasText: 'Can I keep working' }).waitFor();
    assert.equal(await faq.locator('physio-faq [part~=item]').count(), 0, 'the built-in questions are gone');

    // The FAQ's own sidebar: one control per attribute.
    await faq.locator('.physio-elements-preview-note').click();
    for (const label of await labels('physio-elements/faq')) {
      assert.equal(await sidebar().getByLabel(label, { exact: true }).count(), 1, label);
    }
    await sidebar().getByLabel('Opening one question closes the others').check();
    await page.waitForFunction(() => document.querySelector('.wp-block-physio-elements-faq physio-faq[single=""]'));
    await page.screenshot({ path: join(shots, 'faq-block.png') });

    // The red flags with their sidebar, which says under the field when the widget would not take a number.
    await page.locator('.physio-elements-preview-note').click();
    await add(await insert('red flags', titles[1]));
    for (const label of await labels('physio-elements/red-flags')) {
      assert.equal(await sidebar().getByLabel(label, { exact: true }).count(), 1, label);
    }
    await sidebar().getByLabel('Emergency number').fill('1-1-2 help');
    await sidebar().getByText('Not a phone number: the widget shows 112 instead.').waitFor();
    await page.waitForFunction(() => document.querySelector('physio-red-flags[emergency-number="1-1-2 help"]'));
    await page.locator('.wp-block-physio-elements-red-flags').evaluate((block) => block.scrollIntoView());
    await page.screenshot({ path: join(shots, 'red-flags-block.png') });
    await sidebar().getByLabel('Emergency number').fill('112');
    assert.equal(await sidebar().locator('.physio-elements-error').count(), 0);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('.post-publish-panel__postpublish').waitFor();
    const { link, id } = await page.evaluate(() => ({
      link: window.wp.data.select('core/editor').getPermalink(),
      id: window.wp.data.select('core/editor').getCurrentPostId(),
    }));

    await page.goto(link);
    const published = page.locator('physio-faq[single]');
    await published.locator('summary [role=heading]', { hasText: 'Can I keep working with back pain?' }).waitFor();
    assert.deepEqual(await published.locator(':scope > details > summary').allTextContents(), [
      'Can I keep working with back pain?',
    ]);
    assert.deepEqual(await published.locator(':scope > details > p').allTextContents(), [
      'Usually yes: staying active helps.',
    ]);
    assert.equal(await page.locator('physio-red-flags').getAttribute('emergency-number'), '112');

    // Opened again, the saved blocks are valid: what they saved is what they would save now.
    await page.goto(`${site.url}/wp-admin/post.php?post=${id}&action=edit`);
    await page.locator('.wp-block-physio-elements-faq-question').waitFor();
    assert.equal(await page.locator('.block-editor-warning').count(), 0, 'no block is invalid');
    assert.deepEqual(errors, []);
  });

  it('the preview shows the country and numbers of Settings → physio-elements, and the fields show the numbers', async () => {
    site.php(
      "update_option('physio_elements', ['country' => 'be', 'emergency_number' => '100', 'after_hours_number' => '09 123 45 67']);",
    );
    try {
      await newPost();
      await add(await insert('red flags', titles[1]));
      const preview = '.wp-block-physio-elements-red-flags physio-red-flags';
      const { text, tels } = await (await shadow(preview)).jsonValue();
      assert.deepEqual(tels, ['tel:091234567', 'tel:100']);
      assert.match(text, /the GP on call/, 'the Belgian route');
      assert.doesNotMatch(text, /huisartsenpost|SEH/, 'not the Dutch one');
      assert.equal(await sidebar().getByLabel('Emergency number').getAttribute('placeholder'), '100');
      assert.equal(
        await sidebar()
          .getByLabel(/^After-hours number/)
          .getAttribute('placeholder'),
        '09 123 45 67',
      );
      // The preview gets the numbers; the block keeps none, so a later change of the settings reaches the page.
      const attributes = await page.evaluate(
        () => window.wp.data.select('core/block-editor').getBlocks()[0].attributes,
      );
      assert.equal(attributes.emergencyNumber, undefined);
      // A number of its own wins, as on the page.
      await sidebar().getByLabel('Emergency number').fill('112');
      await page.waitForFunction(
        (css) => window.__shadowRoots.get(document.querySelector(css))?.querySelector('a[href="tel:112"]'),
        preview,
      );
    } finally {
      site.php("delete_option('physio_elements');");
    }
  });

  it('the preview gets only the element attributes, not the block ones WordPress adds (lock)', async () => {
    await newPost();
    await add(await insert('red flags', titles[1]));
    await page.evaluate(() => {
      const editor = window.wp.data;
      const [flags] = editor.select('core/block-editor').getBlocks();
      editor.dispatch('core/block-editor').updateBlockAttributes(flags.clientId, {
        lock: { move: true, remove: true },
        region: 'be',
      });
    });
    const preview = page.locator('.wp-block-physio-elements-red-flags physio-red-flags[region="be"]');
    await preview.waitFor();
    assert.deepEqual(await preview.evaluate((element) => element.getAttributeNames()), ['region']);
  });

  it('an error under a field goes into a live region that was there before it', async () => {
    await newPost();
    await add(await insert('red flags', titles[1]));
    const field = sidebar().getByLabel('Emergency number');
    const described = await field.getAttribute('aria-describedby');
    assert.ok(described, 'the field has a description');
    const status = page.locator(`[id="${described}"] [role=status]`);
    assert.equal(await status.count(), 1);
    assert.equal(await status.textContent(), '');
    const region = await status.elementHandle();
    await field.fill('1-1-2 help');
    await status.getByText('Not a phone number: the widget shows 112 instead.').waitFor();
    assert.equal(await region.evaluate((node) => node.isConnected), true, 'the same live region, not a new one');
  });

  it('a booking block with no way to book shows a warning, in the block and the sidebar, until it has one', async () => {
    await newPost();
    await add(await insert('booking', titles[4]));
    const text = 'Add an online booking page, a phone number or an e-mail address.';
    const block = page.locator('.wp-block-physio-elements-booking-cta');
    await block.locator('.components-notice.is-warning', { hasText: text }).waitFor();
    await sidebar().locator('.components-notice.is-warning', { hasText: text }).waitFor();
    assert.equal(await page.locator('.physio-elements-booking-notice .components-notice__dismiss').count(), 0);
    await sidebar().getByLabel('Phone number').fill('+32 15 12 34 56');
    await block.locator('physio-booking-cta a[part=phone]').waitFor();
    // Counted as notices: WordPress's own live region (a11y speak) keeps the text it last spoke.
    assert.equal(await page.locator('.components-notice', { hasText: text }).count(), 0);
  });

  it('the floating booking button stays inside its block in the editor, with a note on where it floats', async () => {
    await newPost();
    await add(await insert('booking', titles[4]));
    await sidebar().getByLabel('Layout').selectOption('floating');
    const block = page.locator('.wp-block-physio-elements-booking-cta');
    const button = block.locator('physio-booking-cta[variant=floating] .toggle');
    await button.waitFor();
    const [outer, inner] = [await block.boundingBox(), await button.boundingBox()];
    assert.ok(
      inner.x >= outer.x &&
        inner.y >= outer.y &&
        inner.x + inner.width <= outer.x + outer.width &&
        inner.y + inner.height <= outer.y + outer.height,
      `button ${JSON.stringify(inner)} inside block ${JSON.stringify(outer)}`,
    );
    await block.getByText('Floats in a corner of the published page.').waitFor();
    await page.screenshot({ path: join(shots, 'booking-floating-block.png') });
    assert.deepEqual(errors, []);
  });
});
