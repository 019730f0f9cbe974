import { defineConfig, type Plugin } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { preloadCss } from './src/preload-css.js';
import { noMessageHashing, shrinkTemplates } from './scripts/shrink-plugin.js';
import { minifyCss } from './scripts/minify-css.js';
import { staticImports } from './scripts/static-imports-plugin.js';
import { compactTranslations } from './scripts/compact-translations-plugin.js';
import { sideFiles } from './scripts/side-files-plugin.js';
import { classicScript, classicScriptAfterCdn } from './scripts/classic-script-plugin.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Writes preload.css next to the CDN file, from the same source the components use. */
const preloadStylesheet = (): Plugin => ({
  name: 'physio-preload-css',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'physio-elements.css',
      source: minifyCss(preloadCss, 'preload.css') + '\n',
    });
  },
});

/**
 * Copies the ready-made themes (src/themes/*.css) to `themes/` beside the CDN file, as they are: a theme is a handful
 * of tokens with comments that tell a designer what each one does, and the comments are worth their few hundred
 * bytes. npm's `physio-elements/themes/<name>.css` points at the same files.
 */
const themeStylesheets = (): Plugin => ({
  name: 'physio-themes',
  generateBundle() {
    for (const file of readdirSync('src/themes').filter((name) => name.endsWith('.css'))) {
      this.emitFile({ type: 'asset', fileName: `themes/${file}`, source: readFileSync(`src/themes/${file}`, 'utf8') });
    }
  },
});

/**
 * Parts a page opts in to, by an attribute or a variant: in the CDN build each is a file beside the script, which only
 * a page that uses it loads (the FAQ's `structured-data`, the booking button's `floating` variant).
 */
const optInParts = ['faq-structured-data', 'booking-cta-floating-guard'];

/**
 * physio-elements/react: each wrapper in a chunk of its own (`chunks/react-<tag>-<hash>.js`, their helper in `react-wrap`), which react.js only
 * re-exports, so a page's bundler drops the wrappers, and the elements they register, that the page does not import.
 * Left to itself, the bundler would put all five in react.js, and importing one would register all five.
 */
const reactWrapperChunks = {
  // Only the wrapper modules: the element code they import stays where it was, in the chunks the element entries use.
  includeDependenciesRecursively: false,
  groups: [
    {
      debugName: 'react-wrappers',
      // react/<file>.ts → chunks/react-<file>-<hash>.js; index.ts is react.js itself.
      name: (id: string) =>
        /[\\/]src[\\/]react[\\/]((?!index\.)[a-z-]+)\.ts$/.exec(id)?.[1].replace(/^/, 'react-') ?? null,
    },
  ],
};

// `vite build` → per-entry ES modules for npm (lit external, tree-shakeable; lit-html too, so that `isServer` is
// chosen where the package runs, not here);
// `vite build --mode cdn` → one self-contained, minified file with Lit, English and Dutch, and beside it a file per
// other locale and per opt-in part (scripts/side-files-plugin.ts), and the themes in themes/; then (started by the
// `cdn` build, scripts/classic-script-plugin.ts) `--mode cdn-classic` → the same as a classic script beside it, with
// its own side files, and integrity.json for the whole folder.
export default defineConfig(({ mode }) => {
  const classic = mode === 'cdn-classic';
  const cdn = mode === 'cdn' || classic;
  const sides = { xliffPath: 'locales/nl.xlf', locales: ['fr', 'de'], parts: optInParts, version };
  return {
    define: { __PHYSIO_VERSION__: JSON.stringify(version) },
    build: {
      target: 'es2022',
      sourcemap: true,
      // The classic build adds its files to the CDN build's folder.
      emptyOutDir: !classic,
      outDir: cdn ? 'dist/cdn' : 'dist/esm',
      lib: cdn
        ? classic
          ? {
              entry: 'scripts/classic-entry.ts',
              formats: ['iife'],
              // Required by Vite for an IIFE; the entry exports nothing, so no global of this name is made.
              name: 'physioElements',
              fileName: () => 'physio-elements.classic.js',
            }
          : { entry: 'src/all.ts', formats: ['es'], fileName: () => 'physio-elements.js' }
        : {
            entry: {
              index: 'src/index.ts',
              all: 'src/all.ts',
              localization: 'src/localization.ts',
              'physio-faq': 'src/define/physio-faq.ts',
              'physio-red-flags': 'src/define/physio-red-flags.ts',
              'physio-load-bucket': 'src/define/physio-load-bucket.ts',
              'physio-exercise-card': 'src/define/physio-exercise-card.ts',
              'physio-booking-cta': 'src/define/physio-booking-cta.ts',
              react: 'src/react/index.ts',
            },
            formats: ['es'],
          },
      rolldownOptions: cdn
        ? {
            output: {
              codeSplitting: false,
              minify: true,
              // One notice for the whole file instead of Lit's per-module license comments.
              comments: false,
              postBanner: `/*! physio-elements ${version} | MIT | includes Lit, BSD-3-Clause, Google LLC */`,
            },
          }
        : {
            external: [/^lit(-html)?($|\/)/, /^@lit\//, /^react($|\/)/],
            // Needed by `includeDependenciesRecursively: false`; the entries' exports stay as they were (checked).
            preserveEntrySignatures: 'allow-extension',
            output: { codeSplitting: reactWrapperChunks, chunkFileNames: 'chunks/[name]-[hash].js' },
          },
    },
    plugins: classic
      ? [
          classicScript(sides),
          staticImports([/^\.\/generated\/locales\//]),
          compactTranslations('locales/nl.xlf'),
          shrinkTemplates('locales/nl.xlf'),
          noMessageHashing(),
        ]
      : cdn
        ? [
            preloadStylesheet(),
            themeStylesheets(),
            staticImports([/^\.\/generated\/locales\//, ...optInParts.map((part) => new RegExp(`^\\./${part}\\.js$`))]),
            sideFiles(sides),
            compactTranslations('locales/nl.xlf'),
            shrinkTemplates('locales/nl.xlf'),
            noMessageHashing(),
            classicScriptAfterCdn('dist/cdn'),
          ]
        : [shrinkTemplates()],
  };
});
