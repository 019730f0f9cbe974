#!/usr/bin/env node
// Server rendering with @lit-labs/ssr, as README "Server rendering" shows it. Run as a script (under tsx), it renders
// every story (test/support/stories.ts) from the sources and prints them as JSON, for test/build/ssr-stories.test.mts.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';

/**
 * Renders `template` (widgets defined beforehand) to HTML with declarative shadow DOM, in the language `lang` (a page's
 * `<html lang>`, e.g. `fr-BE`), which also gives the region as in the browser. One language per process at a time:
 * the language is global, as on a page, so render one request after the other.
 */
export async function renderToString(template, { lang, setLocale }) {
  await setLocale(lang);
  return collectResult(render(template));
}

/**
 * Defines the five widgets from the sources (under tsx) and returns their localization module. Imported dynamically,
 * after this module's DOM shim: imported statically by a caller, they would be evaluated before it and register
 * nowhere the renderer looks. The define entries, not all.ts, which registers one widget per task.
 */
export async function defineWidgets() {
  await import('../src/define/physio-faq.ts');
  await import('../src/define/physio-red-flags.ts');
  await import('../src/define/physio-load-bucket.ts');
  await import('../src/define/physio-exercise-card.ts');
  await import('../src/define/physio-booking-cta.ts');
  return import('../src/localization.ts');
}

/** Stories import stylesheets as text (Vite's `?raw`): the same for Node. */
const rawHook = `data:text/javascript,${encodeURIComponent(`
export async function load(url, context, next) {
  if (!url.endsWith('?raw')) return next(url, context);
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL(url.slice(0, -4)), 'utf8');
  return { format: 'module', source: 'export default ' + JSON.stringify(text), shortCircuit: true };
}`)}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  register(rawHook);
  const { setLocale } = await defineWidgets();
  const { stories } = await import('../test/support/stories.ts');
  const pages = [];
  for (const story of stories) {
    const lang = story.locale ?? 'en';
    try {
      pages.push({ id: story.id, lang, html: await renderToString(story.render(lang), { lang, setLocale }) });
    } catch (error) {
      pages.push({ id: story.id, lang, error: String(error) });
    }
  }
  process.stdout.write(JSON.stringify(pages));
}
