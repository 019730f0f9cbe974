import { defineConfig } from 'astro/config';

// Plain HTML files in dist/: the widgets are rendered into them at build time (src/components/Lit.astro).
export default defineConfig({ output: 'static' });
