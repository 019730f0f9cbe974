// The plugin's blocks in a real WordPress (issue 17): a post with every block, saved by an Author (so KSES filters
// it), renders each widget with the element attributes the block set; the FAQ shows the post's own questions.
// Run: `npm run test:wordpress`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { block, launchBrowser, openWidgets, startPluginSite, widgetTags } from './plugin-site.mjs';

const answer = (html) => `<!-- wp:paragraph -->\n<p>${html}</p>\n<!-- /wp:paragraph -->`;
const list = (items) =>
  `<!-- wp:list -->\n<ul>${items.map((item) => `<!-- wp:list-item -->\n<li>${item}</li>\n<!-- /wp:list-item -->`).join('')}</ul>\n<!-- /wp:list -->`;
const question = (text, body) =>
  `<!-- wp:physio-elements/faq-question -->\n<details><summary>${text}</summary>${body}</details>\n<!-- /wp:physio-elements/faq-question -->`;

const content = [
  block('red-flags', { region: 'be', emergencyNumber: '112', afterHoursNumber: '1733', headingLevel: 3, static: true }),
  block('load-bucket', { preset: 'moving-house', headingLevel: 3 }),
  block('exercise-card', { exercise: 'glute-bridge', sets: 2, reps: 10, perSide: false, timesPerDay: 2 }),
  block('exercise-card', { exercise: 'single-leg-bridge', perSide: true, video: 'https://vimeo.com/123456' }),
  block('booking-cta', { href: '/book', phone: '+32 15 12 34 56', clinic: 'Fysio "Test"', cancellationHours: 48 }),
  `<!-- wp:physio-elements/faq {"single":true,"searchable":true,"headingLevel":2} -->`,
  question('Can I keep working with back pain?', answer('Usually yes: staying active helps.')),
  question(
    'What helps at home?',
    answer('A few things:') +
      list(['Walking', 'Heat']) +
      answer('See <a href="https://example.org/back">the guide</a>.'),
  ),
  '<!-- /wp:physio-elements/faq -->',
].join('\n\n');

describe('the blocks in WordPress', { timeout: 180_000 }, () => {
  let site;
  let browser;
  let withBlocks;
  let plain;
  before(async () => {
    site = await startPluginSite();
    // As an Author: no unfiltered_html, so KSES filters the content as it would in the editor.
    const create = (title, html) =>
      site.php(
        `$writer = get_user_by('login', 'writer');
         wp_set_current_user($writer ? $writer->ID : wp_insert_user(['user_login' => 'writer', 'user_pass' => 'writer-pass-1', 'role' => 'author']));
         $id = wp_insert_post(['post_title' => '${title}', 'post_status' => 'publish', 'post_content' => wp_slash(base64_decode('${Buffer.from(html).toString('base64')}'))]);
         echo json_encode(['url' => get_permalink($id), 'saved' => get_post($id)->post_content]);`,
      );
    withBlocks = JSON.parse(create('Blocks', content));
    plain = JSON.parse(create('Plain', 'No widgets here.'));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('an Author can save every block: KSES leaves the markup as it was', () => {
    assert.equal(withBlocks.saved, content);
  });

  it('writes each block as its element with the kebab-case attributes the block set', async () => {
    const html = await (await fetch(withBlocks.url)).text();
    const tags = [...html.matchAll(/<(physio-[a-z-]+)((?:\s[^>]*)?)>/g)].map(([, tag, attributes]) => [
      tag,
      Object.fromEntries([...attributes.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map(([, n, v]) => [n, v ?? ''])),
    ]);
    assert.deepEqual(tags, [
      [
        'physio-red-flags',
        { region: 'be', 'emergency-number': '112', 'after-hours-number': '1733', 'heading-level': '3', static: '' },
      ],
      ['physio-load-bucket', { preset: 'moving-house', 'heading-level': '3' }],
      [
        'physio-exercise-card',
        { exercise: 'glute-bridge', sets: '2', reps: '10', 'per-side': 'false', 'times-per-day': '2' },
      ],
      ['physio-exercise-card', { exercise: 'single-leg-bridge', 'per-side': '', video: 'https://vimeo.com/123456' }],
      [
        'physio-booking-cta',
        { href: '/book', phone: '+32 15 12 34 56', clinic: 'Fysio &quot;Test&quot;', 'cancellation-hours': '48' },
      ],
      ['physio-faq', { single: '', 'heading-level': '2', searchable: '' }],
    ]);
  });

  it('renders every block as its widget, as the attributes ask, with no console error', async () => {
    const { page, errors } = await openWidgets(browser, withBlocks.url);
    for (const tag of widgetTags) {
      const box = await page.locator(tag).first().boundingBox();
      assert.ok(box && box.height > 50, `${tag} shows something`);
    }
    // What the elements made of the attributes (the red flags keep their shadow root closed: read the properties).
    assert.deepEqual(
      await page.evaluate(() => {
        const [flags, [card, sided]] = [
          document.querySelector('physio-red-flags'),
          document.querySelectorAll('physio-exercise-card'),
        ];
        return [flags.staticPanel, flags.headingLevel, card.perSide, sided.perSide, card.sets];
      }),
      [true, 3, false, true, 2],
    );
    assert.equal(await page.locator('physio-booking-cta').getAttribute('clinic'), 'Fysio "Test"');
    assert.equal(
      await page.locator('physio-booking-cta a[part=button]').getAttribute('href'),
      new URL('/book', withBlocks.url).href,
    );
    assert.ok(await page.locator('physio-exercise-card').nth(1).locator('.video').count());
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the FAQ shows the post questions, upgraded, with their list and link, one open at a time', async () => {
    const page = await browser.newPage();
    await page.goto(withBlocks.url);
    const faq = page.locator('physio-faq');
    await page.waitForFunction(() => document.querySelector('physio-faq summary [role=heading]'));
    assert.deepEqual(await faq.locator(':scope > details > summary').allTextContents(), [
      'Can I keep working with back pain?',
      'What helps at home?',
    ]);
    assert.equal(await faq.locator('[part~=item]').count(), 0, 'none of the built-in questions');
    assert.equal(await faq.locator('summary [role=heading]').first().getAttribute('aria-level'), '2');
    assert.deepEqual(await faq.locator('details ul > li').allTextContents(), ['Walking', 'Heat']);
    assert.equal(await faq.locator('details a').getAttribute('href'), 'https://example.org/back');
    const details = faq.locator(':scope > details');
    await details.nth(0).locator('summary').click();
    await details.nth(1).locator('summary').click();
    await page.waitForFunction(() => !document.querySelector('physio-faq > details').open);
    assert.equal(await details.nth(1).evaluate((element) => element.open), true);
    await page.close();
  });

  it('puts the script and preload.css in the head of a post with blocks, and nothing on a plain post', async () => {
    const head = (html) => html.slice(0, html.indexOf('</head>'));
    const withHtml = await (await fetch(withBlocks.url)).text();
    assert.match(head(withHtml), /<script type="module" [^>]*src=['"][^'"]*\/assets\/physio-elements\.js/);
    assert.match(head(withHtml), /<link [^>]*href=['"][^'"]*\/assets\/physio-elements\.css/);
    const plainHtml = await (await fetch(plain.url)).text();
    assert.ok(plainHtml.includes('No widgets here.'));
    assert.doesNotMatch(plainHtml, /physio-elements\.(js|css)/);
  });
});
