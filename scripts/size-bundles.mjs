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

/**
 * What physio-elements/react adds over the elements it wraps: react.js, the wrapper chunks and @lit/react, as one file.
 * React, Lit and every other file of the package (the elements) stay outside, as a page that uses the elements
 * already has them.
 */
export function bundleReactLayer(entry, outfile) {
  const ours = /(^|[\\/])react(\.js|-[a-z-]+-[\w-]+\.js)$/;
  return esbuild.build({
    ...bundleOptions,
    entryPoints: [entry],
    outfile,
    external: [
      'react',
      'react-dom',
      'lit',
      'lit/*',
      'lit-html',
      'lit-html/*',
      '@lit/reactive-element',
      '@lit/localize',
    ],
    plugins: [
      {
        name: 'elements-external',
        setup(build) {
          // Relative imports between the package's own files; @lit/react's own files are part of the layer.
          build.onResolve({ filter: /^\./ }, ({ path, importer }) =>
            !/[\\/]dist[\\/]esm[\\/]/.test(importer) || ours.test(path) ? undefined : { path, external: true },
          );
        },
      },
    ],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleFaqEntry('dist/esm/physio-faq.js', 'dist/size/faq-entry.js');
  await bundleFaqEntry('dist/esm/physio-faq.js', 'dist/size/faq-with-all-parts.js', true);
  await bundleReactLayer('dist/esm/react.js', 'dist/size/react-layer.js');
}
