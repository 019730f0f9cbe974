// Types for <physio-*> tags in react JSX. Add to your project: /// <reference types="physio-elements/editor/react.d.ts" />
import type { CustomElements } from './custom-elements-jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
