// `npm run docs:screenshots -- <storybook-static folder> <label>`: the five widgets as README shows them, on a phone
// (390 px) and a desktop (1024 px), on a light and a dark page, written to docs/screenshots/<label>/. It shoots a
// static Storybook build, so a build of an older commit gives the "before" pictures the same way (see
// docs/screenshots/README.md). Not a test: the screenshot tests are `npm run test:visual`.
import http from 'node:http';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { launch, findChrome } from '../bench/lib/chrome.mjs';

const [storybook = 'storybook-static', label = 'after'] = process.argv.slice(2);
const out = resolve('docs/screenshots', label);
const widgets = {
  'red-flags': 'widgets-red-flags--default',
  'load-bucket': 'widgets-load-bucket--moving-house',
  'exercise-card': 'widgets-exercise-card--bird-dog',
  faq: 'widgets-faq--built-in',
  'booking-cta': 'widgets-booking-call-to-action--banner',
};
const widths = { phone: 390, desktop: 1024 };
// Only the page's own colours, as a clinic page sets them; nothing aimed at the widgets.
const pages = {
  light: 'color-scheme: light; background: #fff; color: #1a1a1a; font: 16px/1.5 system-ui, sans-serif',
  dark: 'color-scheme: dark; background: #111; color: #eee; font: 16px/1.5 system-ui, sans-serif',
};
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const server = http.createServer((request, response) => {
  const file = join(resolve(storybook), new URL(request.url, 'http://x').pathname);
  if (!existsSync(file) || !file.startsWith(resolve(storybook))) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launch(findChrome());
mkdirSync(out, { recursive: true });
try {
  for (const [widget, id] of Object.entries(widgets)) {
    for (const [device, width] of Object.entries(widths)) {
      for (const [scheme, css] of Object.entries(pages)) {
        const page = await browser.newPage({
          viewport: { width, height: 844 },
          reducedMotion: 'reduce',
          colorScheme: scheme,
        });
        await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`);
        await page.addStyleTag({ content: `html, body { ${css} }` });
        const root = page.locator('#storybook-root');
        await page.waitForFunction(() => {
          const widget = document.querySelector('#storybook-root [class], #storybook-root *');
          return widget && !document.querySelector('#storybook-root :not(:defined)');
        });
        await page.evaluate(() => document.fonts.ready);
        // The whole widget in one picture: a viewport as tall as the page, so nothing sticks halfway.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width, height: Math.max(844, height) });
        await page.waitForTimeout(200);
        await root.screenshot({ path: join(out, `${widget}-${device}-${scheme}.png`) });
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`20 screenshots in ${out}`);
