// A @web/test-runner plugin that serves React to the browser tests as ES modules. React 18 and 19 ship CommonJS only,
// which the test runner does not convert, so `react`, `react-dom` and `react-dom/client` are bundled once with esbuild
// into one file (one copy of React, which hooks need) and each specifier becomes a small module with its named exports.
// `from` is the folder whose node_modules holds React: the repository's own (React 19) or the throwaway project that
// scripts/test-react18.mjs installs React 18 into.
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const specifiers = {
  react: 'react',
  'react/jsx-runtime': 'reactJsxRuntime',
  'react/jsx-dev-runtime': 'reactJsxDevRuntime',
  'react-dom': 'reactDom',
  'react-dom/client': 'reactDomClient',
};
const prefix = '/__react/';

/** `major`: the React major version the tests must get; the served `react` module throws on any other. */
export function reactEsm({ from = process.cwd(), major } = {}) {
  let bundle;
  const bundled = () =>
    (bundle ??= esbuild
      .build({
        stdin: {
          contents: Object.entries(specifiers)
            .map(([specifier, name]) => `export * as ${name} from '${specifier}';`)
            .join('\n'),
          resolveDir: from,
        },
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
        // Development builds: their warnings (console.error) are what the tests listen for.
        define: { 'process.env.NODE_ENV': '"development"' },
      })
      .then((result) => result.outputFiles[0].text));
  return {
    name: 'physio-react-esm',
    resolveImport({ source }) {
      if (source in specifiers) return `${prefix}${specifiers[source]}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const file = context.path.slice(prefix.length);
      if (file === 'bundle.js') return { body: await bundled(), type: 'js' };
      const specifier = Object.keys(specifiers).find((key) => `${specifiers[key]}.js` === file);
      if (!specifier) return undefined;
      const name = specifiers[specifier];
      // The names come from the installed React itself, so the same module works for 18 and 19; read in a child
      // process, because loading React in the runner's own process trips over the console the runner wraps.
      const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
      const names = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: from, encoding: 'utf8' })).filter(
        (key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default',
      );
      return {
        body:
          `import { ${name} as m } from './bundle.js';\n` +
          `const real = m.default ?? m;\nexport default real;\n` +
          `export const { ${names.join(', ')} } = real;\n` +
          (major && specifier === 'react'
            ? `if (!real.version.startsWith('${major}.')) throw new Error('React ' + real.version + ', not ${major}');\n`
            : ''),
        type: 'js',
      };
    },
  };
}
