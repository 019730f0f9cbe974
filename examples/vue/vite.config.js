import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // The <physio-…> tags are custom elements, not Vue components: Vue renders them as they are.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('physio-') } },
    }),
  ],
});
