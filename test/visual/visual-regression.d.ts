// The package's index.d.ts re-exports './browser/commands.mjs', whose types ship as commands.d.ts, which
// TypeScript's bundler resolution does not pair with an .mjs file; this states the one function the tests use.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots the element and compares it with the baseline called `name` (see web-test-runner.visual.config.mjs). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
