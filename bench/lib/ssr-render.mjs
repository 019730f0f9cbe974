// Child process of lib/ssr.mjs: reads [{ lang, html }] (one widget's tag each) on stdin, renders each with
// @lit-labs/ssr from dist/esm, the same build the client bundles, so the template hashes hydration compares match, and
// prints the HTML as a JSON array. A process of its own: the DOM shim patches globals the bench must not see.
import { renderToString } from '../../scripts/ssr-render.mjs';

const TAGS = ['physio-faq', 'physio-red-flags', 'physio-load-bucket', 'physio-exercise-card', 'physio-booking-cta'];
const dist = new URL('../../dist/esm/', import.meta.url);
// After the shim (imported above): the define entries, not all.js, which registers one widget per task.
for (const tag of TAGS) await import(new URL(`${tag}.js`, dist).href);
const { setLocale } = await import(new URL('localization.js', dist).href);
const { html } = await import('lit');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
// One render per widget, as a CMS renders a block. A widget rendered with defer-hydration would never hydrate: what
// @lit-labs/ssr 4.1 did to every widget after a registered FAQ (PhysioBase.define keeps it off a server since), so the
// render refuses it rather than measure a page that never hydrates.
for (const { lang, html: source } of JSON.parse(input)) {
  const strings = Object.assign([source], { raw: [source] }); // a template with no bindings: the tag as written
  const rendered = await renderToString(html(strings), { lang, setLocale });
  if (/^<[^>]*\sdefer-hydration[\s>]/.test(rendered.replace(/^(<!--[^>]*-->)+/, '')))
    throw new Error(`rendered with defer-hydration, would never hydrate: ${source.slice(0, 60)}`);
  out.push(rendered);
}
process.stdout.write(JSON.stringify(out));
