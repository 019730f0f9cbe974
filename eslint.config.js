import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

const readonly = (names) => Object.fromEntries(names.map((name) => [name, 'readonly']));
const nodeGlobals = readonly(['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'performance']);
const browserGlobals = readonly([
  'window',
  'document',
  'customElements',
  'getComputedStyle',
  'requestAnimationFrame',
  'MessageChannel',
  'PerformanceObserver',
  'HTMLElement',
  'CSSStyleSheet',
  'location',
  'navigator',
  'innerHeight',
]);

export default defineConfig(
  globalIgnores([
    'dist/',
    'storybook-static/',
    'coverage/',
    'src/generated/',
    '.scratch/',
    'editor/',
    'bench/.build/',
    'examples/*/dist/',
    'examples/*/.next/',
    'examples/*/.astro/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  { settings: { wc: { elementBaseClasses: ['LitElement', 'PhysioElement'] } } },
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  {
    files: ['test/**/*.js'],
    languageOptions: { globals: { ...browserGlobals, ...readonly(['console', 'Element']) } },
  },
  {
    files: ['*.{js,mjs,ts}', 'scripts/**/*.mjs', '.storybook/*.ts', '.ci/*.mjs', 'wordpress/test/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly' } },
  },
  {
    // The benchmark, the README screenshots and the examples check run in Node and hand functions to the page: both
    // sets of names occur.
    files: [
      'bench/**/*.{js,mjs}',
      'scripts/docs-screenshots.mjs',
      'scripts/examples-check.mjs',
      'wordpress/test/*.test.mjs',
    ],
    languageOptions: { globals: { ...nodeGlobals, ...browserGlobals } },
  },
  {
    // The WordPress plugin's editor scripts: plain scripts in the block editor page, on its wp.* globals.
    files: ['wordpress/physio-elements/editor/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...browserGlobals, ...readonly(['wp', 'URL']) } },
  },
);
