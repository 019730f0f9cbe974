#!/usr/bin/env node
// Packs physio-elements as npm would publish it, installs the tarball into a throwaway project, checks that every
// theme resolves through the exports map, and in real Chromium imports every public entry, renders each widget and
// links each theme; runs the server-rendering recipe (stories/docs/ssr-*recipe*) in Node and hydrates its page in
// Chromium. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'physio-pack-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const { build } = await import('esbuild');

/** A Belgian Dutch page of server-rendered widgets that records console errors and the server's nodes. */
const ssrPage = (body, client) => `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <script>
      window.problems = [];
      for (const level of ['error', 'warn']) {
        const original = console[level];
        console[level] = (...args) => (window.problems.push(args.join(' ')), original(...args));
      }
      addEventListener('error', (event) => window.problems.push(event.message));
    </script>
    <script type="module" src="${client}"></script>
  </head>
  <body>
    ${body}
    <script>
      window.serverNodes = [...document.querySelectorAll('physio-exercise-card, physio-booking-cta')].map((host) => [
        ...host.shadowRoot.children,
      ]);
    </script>
  </body>
</html>`;

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop();
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'pack-check', private: true, type: 'module' }));
  // React is an optional peer: installed here (the versions the repository tests with) for physio-elements/react,
  // and Lit's server renderer for the server-rendering recipe.
  const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const peers = ['react', 'react-dom', '@lit-labs/ssr', '@lit-labs/ssr-client'].map(
    (name) => `${name}@${devDependencies[name]}`,
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', join(work, tarball), ...peers], work);

  // The server-rendering recipe (Docs/Server rendering), as a site would run it: declarative shadow DOM in the
  // language and region asked for (the red flags' root closed, so page scripts cannot read what a reader ticks).
  copyFileSync(join(root, 'stories/docs/ssr-recipe.mjs'), join(work, 'ssr-recipe.mjs'));
  const rendered = JSON.parse(
    run(
      'node',
      [
        '--input-type=module',
        '-e',
        "const { renderWidgets } = await import('./ssr-recipe.mjs'); console.log(JSON.stringify({ en: await renderWidgets('en'), be: await renderWidgets('nl-BE') }));",
      ],
      work,
    ),
  );
  const roots = (html) => html.match(/shadowrootmode="\w+"/g)?.join(' ');
  const expected = {
    en: ['tel:112', 'not a diagnosis'],
    be: ['tel:112', 'tel:1733', 'kinesitherapeut', 'geen diagnose'],
  };
  for (const [lang, texts] of Object.entries(expected)) {
    const html = rendered[lang];
    if (roots(html) !== 'shadowrootmode="closed" shadowrootmode="open" shadowrootmode="open"') {
      throw new Error(`server-rendered ${lang}: shadow roots ${roots(html)}`);
    }
    for (const text of texts) if (!html.includes(text)) throw new Error(`server-rendered ${lang} lacks ${text}`);
  }
  if (rendered.en.includes('tel:1733')) throw new Error('server-rendered en has the Belgian GP on call');
  // Its browser half, bundled as the page says (one file), hydrates that HTML in Chromium (ssr.test.js below).
  copyFileSync(join(root, 'stories/docs/ssr-client-recipe.js'), join(work, 'ssr-client-recipe.js'));
  await build({
    entryPoints: [join(work, 'ssr-client-recipe.js')],
    bundle: true,
    format: 'esm',
    outfile: join(work, 'ssr-client.js'),
    logLevel: 'silent',
  });
  writeFileSync(join(work, 'ssr-page.html'), ssrPage(rendered.be, `${work}/ssr-client.js`));

  // physio-elements/react imports in plain Node, and a bundler keeps only the wrappers (and elements) imported.
  const reactExports = run(
    'node',
    ['--input-type=module', '-e', "console.log(Object.keys(await import('physio-elements/react')).join())"],
    work,
  ).trim();
  if (reactExports !== 'PhysioBookingCta,PhysioExerciseCard,PhysioFaq,PhysioLoadBucket,PhysioRedFlags') {
    throw new Error(`physio-elements/react exports ${reactExports}`);
  }
  const oneWrapper = await build({
    stdin: { contents: "export { PhysioFaq } from 'physio-elements/react';", resolveDir: work },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    external: ['react', 'lit', 'lit/*', '@lit/*'],
  });
  const bundled = oneWrapper.outputFiles[0].text;
  const kept = [
    'physio-faq',
    'physio-red-flags',
    'physio-load-bucket',
    'physio-exercise-card',
    'physio-booking-cta',
  ].filter((tag) => bundled.includes(`"${tag}"`));
  if (kept.join() !== 'physio-faq') throw new Error(`PhysioFaq alone bundles ${kept.join(', ')}`);

  // `import 'physio-elements/themes/<name>.css'` (a bundler) and the file beside the CDN script are one file, the
  // source as it is.
  const themes = readdirSync(join(root, 'src/themes'))
    .filter((file) => file.endsWith('.css'))
    .map((file) => file.slice(0, -'.css'.length));
  const cdnFolder = join(work, 'node_modules/physio-elements/dist/cdn');
  for (const name of themes) {
    const specifier = `physio-elements/themes/${name}.css`;
    const script = `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`;
    const resolved = fileURLToPath(run('node', ['--input-type=module', '-e', script], work).trim());
    if (resolved !== join(cdnFolder, 'themes', `${name}.css`)) throw new Error(`${specifier} resolves to ${resolved}`);
    if (readFileSync(resolved, 'utf8') !== readFileSync(join(root, 'src/themes', `${name}.css`), 'utf8')) {
      throw new Error(`${specifier} is not src/themes/${name}.css as it is`);
    }
  }
  // The light accent each theme gives a booking button, as getComputedStyle reports it.
  const accents = themes.map((name) => {
    const css = readFileSync(join(root, 'src/themes', `${name}.css`), 'utf8');
    const hex = /--physio-color-accent:[^#;]*(#[0-9a-f]{6})/.exec(css)[1];
    return [name, `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`];
  });

  writeFileSync(
    join(work, 'entries.test.js'),
    // chai only: @open-wc/testing would bring a second copy of Lit next to the package's own.
    `import { expect } from '${root}/node_modules/@esm-bundle/chai/esm/chai.js';
const tags = ['physio-faq', 'physio-red-flags', 'physio-load-bucket', 'physio-exercise-card', 'physio-booking-cta'];
const render = async (tag, attrs = '') => {
  const host = document.createElement('div');
  host.innerHTML = '<' + tag + ' ' + attrs + '></' + tag + '>';
  document.body.append(host);
  const el = host.firstElementChild;
  await el.updateComplete;
  return el;
};
it('the package root exports every class and registers nothing', async () => {
  const lib = await import('physio-elements');
  for (const name of ['PhysioFaq', 'PhysioRedFlags', 'PhysioLoadBucket', 'PhysioExerciseCard', 'PhysioBookingCta', 'safeUrl']) {
    expect(lib[name], name).to.exist;
  }
  for (const tag of tags) expect(customElements.get(tag), tag).to.equal(undefined);
});
it('each physio-elements/<tag>.js registers and renders its widget', async () => {
  const attrs = { 'physio-exercise-card': 'exercise="bird-dog"', 'physio-booking-cta': 'phone="020 123 45 67"' };
  // Literal specifiers, so the dev server resolves them through the package's exports map.
  const entries = {
    'physio-faq': () => import('physio-elements/physio-faq.js'),
    'physio-red-flags': () => import('physio-elements/physio-red-flags.js'),
    'physio-load-bucket': () => import('physio-elements/physio-load-bucket.js'),
    'physio-exercise-card': () => import('physio-elements/physio-exercise-card.js'),
    'physio-booking-cta': () => import('physio-elements/physio-booking-cta.js'),
  };
  for (const tag of tags) {
    await entries[tag]();
    const el = await render(tag, attrs[tag]);
    expect(customElements.get(tag), tag).to.exist;
    expect(el.matches(':defined'), tag).to.be.true;
  }
});
it('localization.js and all.js follow the page language', async () => {
  const { setLocale, getLocale } = await import('physio-elements/localization.js');
  await import('physio-elements/all.js');
  document.documentElement.lang = 'nl';
  await new Promise((r) => setTimeout(r, 50));
  expect(getLocale()).to.equal('nl');
  const faq = await render('physio-faq');
  expect(faq.shadowRoot.textContent).to.include('Is mijn rugpijn ernstig?');
  // French and German come from the package's own split-off files, loaded only now.
  document.documentElement.lang = 'fr-BE';
  await new Promise((r) => setTimeout(r, 300));
  expect(getLocale()).to.equal('fr');
  await faq.updateComplete;
  expect(faq.shadowRoot.textContent).to.include('Ce n’est pas un diagnostic.');
  await setLocale('de');
  await faq.updateComplete;
  expect(faq.shadowRoot.textContent).to.include('keine Diagnose');
  await setLocale('en');
});
it('the CDN folder ships the French, German and opt-in parts beside the script and the classic script, and integrity.json', async () => {
  const files = ['physio-elements.css', 'integrity.json'];
  const sides = ['fr', 'de', 'faq-structured-data', 'booking-cta-floating-guard'];
  for (const script of ['physio-elements', 'physio-elements.classic']) {
    files.push(script + '.js', ...sides.map((side) => \`\${script}.\${side}.js\`));
  }
  for (const file of files) {
    const response = await fetch('${cdnFolder}/' + file);
    expect(response.ok, file).to.be.true;
  }
});
it('each theme from the CDN folder, linked, gives the widgets its look', async () => {
  // Clinic's accent is the widgets' own, so a button on :root looks the same without the file. Under the theme's
  // class, inside a wrapper with a stand-in accent, only the loaded file can bring the theme's accent back.
  const standIn = 'rgb(1, 2, 3)';
  const booking = await render('physio-booking-cta', 'href="https://clinic.example/book"');
  const wrapped = await render('physio-booking-cta', 'href="https://clinic.example/book"');
  wrapped.parentElement.style.setProperty('--physio-color-accent', standIn);
  const button = (el) => getComputedStyle(el.shadowRoot.querySelector('a.button')).backgroundColor;
  for (const [name, accent] of ${JSON.stringify(accents)}) {
    const theme = Object.assign(document.createElement('div'), { className: 'physio-theme-' + name });
    wrapped.parentElement.append(theme);
    theme.append(wrapped);
    expect(button(wrapped), name + ' not loaded yet').to.equal(standIn);
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '${cdnFolder}/themes/' + name + '.css' });
    await new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error(name + '.css did not load'));
      document.head.append(link);
    });
    expect(button(booking), name + ' on :root').to.equal(accent);
    expect(button(wrapped), name + ' under its class').to.equal(accent);
    link.remove();
    wrapped.parentElement.before(wrapped);
    theme.remove();
  }
});
`,
  );
  writeFileSync(
    join(work, 'ssr.test.js'),
    `import { expect } from '${root}/node_modules/@esm-bundle/chai/esm/chai.js';
it('the server-rendering recipe hydrates with no error, keeping the server nodes and the red flags closed', async () => {
  const frame = document.createElement('iframe');
  frame.src = '${work}/ssr-page.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow;
  const tags = ['physio-red-flags', 'physio-exercise-card', 'physio-booking-cta'];
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  const hosts = tags.map((tag) => win.document.querySelector(tag));
  await Promise.all(hosts.map((host) => host.updateComplete));
  expect(win.problems).to.deep.equal([]);
  expect(hosts[0].shadowRoot, 'the red flags root').to.equal(null);
  hosts.slice(1).forEach((host, i) => expect([...host.shadowRoot.children], host.localName).to.deep.equal(win.serverNodes[i]));
  // Belgian after hydration too: the job title, and the phone link as the clinic gave it.
  expect(hosts[1].shadowRoot.textContent).to.include('kinesitherapeut');
  expect(hosts[2].shadowRoot.querySelector('a[href="tel:+3291234567"]'), 'phone link').to.exist;
  frame.remove();
});
`,
  );
  writeFileSync(
    join(work, 'wtr.config.mjs'),
    `import config from '${root}/web-test-runner.config.mjs';
export default { ...config, rootDir: '/', files: ['${work}/entries.test.js', '${work}/ssr.test.js'], plugins: [], coverage: false };`,
  );
  execFileSync(join(root, 'node_modules/.bin/wtr'), ['--config', join(work, 'wtr.config.mjs')], {
    cwd: work,
    stdio: 'inherit',
  });
  console.log(
    'The packed package installs, every entry imports and renders in Chromium, and every theme resolves and applies;',
    'physio-elements/react imports in Node and tree-shakes, and the server-rendering recipe renders in Node and hydrates in Chromium.',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
