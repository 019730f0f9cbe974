/** `import text from './x.css?raw'`: the file's text (Vite in Storybook; the `physio-raw-text` plugin in the tests). */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
