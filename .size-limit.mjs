// Byte budgets, checked in CI with `npm run size` after `npm run build` (gzip -9, as the benchmark measures).
// KiB: a KB here is 1024 bytes, as in the shared benchmark whose figures set these budgets (../shared/bench).
// The benchmark (`npm run bench`) reports the same figures next to its timings.

/** Parts the FAQ loads with import() only when a page needs them (built-in questions, search, …) stay out. */
const onDemandPartsExternal = (config) => ({
  ...config,
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'on-demand-parts-external',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ],
});

export default [
  {
    name: 'CDN file: all five widgets, both languages, all drawings',
    path: 'dist/cdn/physio-elements.js',
    gzip: true,
    limit: '40 KiB',
  },
  {
    name: 'FAQ entry with Lit (a page with its own questions and preload.css)',
    path: 'dist/esm/physio-faq.js',
    import: '*',
    gzip: true,
    modifyEsbuildConfig: onDemandPartsExternal,
    limit: '9 KiB',
  },
  {
    name: 'FAQ entry with Lit and every on-demand part (built-in questions in both languages, search, …)',
    path: 'dist/esm/physio-faq.js',
    import: '*',
    gzip: true,
    limit: '18 KiB',
  },
];
