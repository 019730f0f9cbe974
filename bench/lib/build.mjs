// Builds what the pages load into bench/.build/ once per run, so every load of a run
// measures the same bytes even if someone rebuilds dist/ meanwhile:
//   native/        the floor's CSS
//   lit-accordion/ the Lit baseline (esbuild bundle with lit)
//   physio-faq/    dist/esm/physio-faq.js bundled with lit; splitting keeps any
//                  dynamic import() as its own chunk, fetched only when the page asks
//   faq-entry/     the same entry as ONE file with its import() parts left out: the byte budget
//                  "FAQ entry with Lit", measured as size-limit does in CI (.size-limit.mjs)
//   cdn/           dist/cdn/physio-elements.{js,css} copied as shipped, with the language files beside them
//                  (physio-elements.fr.js, .de.js), which the CDN file imports from its own folder on a French
//                  or German page: served from here, through the same fcp gate as every other .js
//   ssr/           scenario ssr's clients and server-rendered widgets (lib/ssr.mjs), only when a page needs them
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import * as esbuild from 'esbuild';
import { bundleFaqEntry, bundleOptions } from '../../scripts/size-bundles.mjs';
import { buildSsr } from './ssr.mjs';

/** Identical settings for every bundle (the ones the size budgets use), so byte counts compare. */
const JS = { ...bundleOptions, write: true, define: { 'process.env.NODE_ENV': '"production"' } };
const CSS = { bundle: true, minify: true, legalComments: 'none', write: true, logLevel: 'silent' };

/**
 * dist/ may vanish for a few seconds while `npm run build` runs elsewhere: retry.
 * @template T @param {() => Promise<T>} fn @param {string} what
 */
async function retry(fn, what, tries = 30) {
  for (let k = 1; ; k++) {
    try {
      return await fn();
    } catch (e) {
      if (k >= tries) throw new Error(`${what}: ${String(e.message || e).split('\n')[0]}`, { cause: e });
      if (k === 1) console.log(`bench: waiting for ${what} (dist/ being rebuilt?)`);
      await sleep(2000);
    }
  }
}

/** The languages the CDN file loads from files beside it (vite.config.ts, localeFiles). */
export const CDN_LOCALES = ['fr', 'de'];
/** @param {string} locale */
export const localeFile = (locale) => `physio-elements.${locale}.js`;

const sha = (f) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex').slice(0, 12);

/**
 * @param {{ bench: string, project: string, ssr?: Array<{ lang: string, widgets: string[] }> }} o
 *   ssr: the widgets of the server-rendered pages of this run, if any
 * @returns {Promise<{ root: string, hashes: Record<string, string>, rendered: Map<string, string> }>}
 *   rendered: the server-rendered widgets (lib/ssr.mjs)
 */
export async function buildAll({ bench, project, ssr = [] }) {
  const root = path.join(bench, '.build');
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  const dist = path.join(project, 'dist');
  const nodePaths = [path.join(project, 'node_modules')];

  await esbuild.build({
    ...CSS,
    entryPoints: [path.join(bench, 'baselines/native.css')],
    outfile: path.join(root, 'native/native.css'),
  });
  await esbuild.build({
    ...JS,
    nodePaths,
    entryPoints: [path.join(bench, 'baselines/lit-accordion.js')],
    outfile: path.join(root, 'lit-accordion/lit-accordion.js'),
  });
  await esbuild.build({
    ...CSS,
    entryPoints: [path.join(bench, 'baselines/lit-accordion.css')],
    outfile: path.join(root, 'lit-accordion/lit-accordion.css'),
  });

  await retry(async () => {
    const out = path.join(root, 'physio-faq');
    fs.rmSync(out, { recursive: true, force: true });
    await esbuild.build({
      ...JS,
      nodePaths,
      splitting: true,
      outdir: out,
      entryNames: '[name]',
      chunkNames: 'chunk-[hash]',
      entryPoints: [path.join(dist, 'esm/physio-faq.js')],
    });
    await bundleFaqEntry(path.join(dist, 'esm/physio-faq.js'), path.join(root, 'faq-entry/physio-faq.js'));
  }, 'dist/esm/physio-faq.js');

  // Every file of dist/cdn a page may load: the script, its stylesheet, the languages, the opt-in parts (the FAQ's
  // structured data, the floating booking button's guard).
  const cdnFiles = [
    'physio-elements.js',
    'physio-elements.css',
    ...CDN_LOCALES.map(localeFile),
    'physio-elements.faq-structured-data.js',
    'physio-elements.booking-cta-floating-guard.js',
  ];
  await retry(
    async () => {
      const out = path.join(root, 'cdn');
      fs.mkdirSync(out, { recursive: true });
      for (const f of cdnFiles) fs.copyFileSync(path.join(dist, 'cdn', f), path.join(out, f));
    },
    `dist/cdn/{${cdnFiles.join(',')}}`,
  );

  // no retry: dist/esm was there for physio-faq above, so a failure here is the server rendering's own
  const rendered = ssr.length ? await buildSsr({ project, root, js: { ...JS, nodePaths }, pages: ssr }) : new Map();

  const hashes = {};
  for (const f of walk(root)) hashes[path.relative(root, f)] = sha(f);
  return { root, hashes, rendered };
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    .sort();
}
