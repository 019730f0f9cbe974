// Types for <physio-*> tags in solid-js JSX. Add to your project: /// <reference types="physio-elements/editor/solid.d.ts" />
import type { CustomElements } from './custom-elements-jsx.js';

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
