// Types for <physio-*> tags in preact JSX. Add to your project: /// <reference types="physio-elements/editor/preact.d.ts" />
import type { CustomElements } from './custom-elements-jsx.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
