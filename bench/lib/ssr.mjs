// Scenario ssr's files, made at the start of a run into bench/.build/ssr/:
//   client.js    dist/esm/all.js bundled with Lit: the widgets rendered in the browser
//   hydrate.js   the same with @lit-labs/ssr-client's hydration support imported first
//   widgets.json each widget of the page rendered by @lit-labs/ssr from dist/esm (lib/ssr-render.mjs, in a child
//                process), the same build as the clients, so the template hashes hydration compares match
// Both clients are ONE file: with splitting, Lit would sit in a shared chunk evaluated before the hydration support
// could patch LitElement, and every widget would render twice. Lit's production build, minified, as a clinic ships.
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';

const run = promisify(execFile);

/**
 * The French and German translations stay out of both clients: all.js imports them only on a French or German page,
 * and a clinic's bundler splits such an import() into a file of its own, which an English page never requests. One
 * file (see above) would otherwise carry them, a third of its bytes, into every English page.
 */
const languagesApart = {
  name: 'languages-apart',
  setup(build) {
    build.onResolve({ filter: /\/(fr|de)-[\w-]+\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/** The two clients differ in their first import only. */
const CLIENTS = {
  'client.js': [],
  'hydrate.js': ['@lit-labs/ssr-client/lit-element-hydrate-support.js'],
};

/** A widget's key in buildSsr()'s map: its page's language and its tag as written. */
export const ssrKey = (lang, widget) => `${lang} ${widget}`;

/**
 * @param {{ project: string, root: string, js: object, pages: Array<{ lang: string, widgets: string[] }> }} o
 *   js: the esbuild options every bench bundle shares; pages: the widgets each server-rendered page has
 * @returns {Promise<Map<string, string>>} `ssrKey(lang, widget)` -> the widget rendered on the server
 */
export async function buildSsr({ project, root, js, pages }) {
  const out = path.join(root, 'ssr');
  fs.mkdirSync(out, { recursive: true });
  for (const [file, first] of Object.entries(CLIENTS)) {
    await esbuild.build({
      ...js,
      stdin: {
        contents: [...first, './dist/esm/all.js'].map((m) => `import '${m}';`).join('\n'),
        resolveDir: project,
        sourcefile: file,
      },
      splitting: false,
      plugins: [languagesApart],
      outfile: path.join(out, file),
    });
  }
  const list = pages.flatMap(({ lang, widgets }) => widgets.map((html) => ({ lang, html })));
  const child = run(process.execPath, [path.join(project, 'bench/lib/ssr-render.mjs')], {
    cwd: project,
    maxBuffer: 64 * 2 ** 20,
  });
  child.child.stdin.end(JSON.stringify(list));
  const { stdout } = await child;
  /** @type {string[]} */
  const rendered = JSON.parse(stdout);
  fs.writeFileSync(
    path.join(out, 'widgets.json'),
    JSON.stringify(list.map((w, i) => ({ ...w, rendered: rendered[i] }))),
  );
  return new Map(list.map((w, i) => [ssrKey(w.lang, w.html), rendered[i]]));
}
