#!/usr/bin/env node
// Bundles what the byte budgets measure into dist/size/, so size-limit (and the benchmark) measure files as they
// are, with no bundler of their own: the FAQ entry with Lit as one file, once without and once with the parts it
// loads with import() only when a page needs them.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/** import() targets stay out of a bundle: parts a page loads only when it needs them. */
export const onDemandPartsExternal = {
  name: 'on-demand-parts-external',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/** The settings every measured bundle shares (those of the shared benchmark). */
export const bundleOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'silent',
};

/** The FAQ entry with Lit as one file; `withParts` inlines the on-demand parts too. */
export function bundleFaqEntry(entry, outfile, withParts = false) {
  return esbuild.build({
    ...bundleOptions,
    entryPoints: [entry],
    outfile,
    plugins: withParts ? [] : [onDemandPartsExternal],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleFaqEntry('dist/esm/physio-faq.js', 'dist/size/faq-entry.js');
  await bundleFaqEntry('dist/esm/physio-faq.js', 'dist/size/faq-with-all-parts.js', true);
}
