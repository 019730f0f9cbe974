/** `import text from './x.css?raw'`: the file's text (Vite in Storybook; the `physio-raw-text` plugin in the tests). */
declare module '*.css?raw' {
  const text: string;
  export default text;
}

/** The Docs/React recipe's source, shown on the page as written. */
declare module '*.tsx?raw' {
  const text: string;
  export default text;
}
