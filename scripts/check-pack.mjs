#!/usr/bin/env node
// Packs physio-elements as npm would publish it, installs the tarball into a throwaway project, and in real
// Chromium imports every public entry and renders each widget. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'physio-pack-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop();
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'pack-check', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', join(work, tarball)], work);

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
it('the CDN folder ships the French, German and opt-in parts beside the script', async () => {
  const files = ['physio-elements.js', 'physio-elements.css', 'physio-elements.fr.js', 'physio-elements.de.js'];
  const parts = ['faq-structured-data', 'booking-cta-floating-guard'];
  for (const file of [...files, ...parts.map((part) => \`physio-elements.\${part}.js\`)]) {
    const response = await fetch('${join(work, 'node_modules/physio-elements/dist/cdn')}/' + file);
    expect(response.ok, file).to.be.true;
  }
});
`,
  );
  writeFileSync(
    join(work, 'wtr.config.mjs'),
    `import config from '${root}/web-test-runner.config.mjs';
export default { ...config, rootDir: '/', files: ['${work}/entries.test.js'], plugins: [], coverage: false };`,
  );
  execFileSync(join(root, 'node_modules/.bin/wtr'), ['--config', join(work, 'wtr.config.mjs')], {
    cwd: work,
    stdio: 'inherit',
  });
  console.log('The packed package installs, and every entry imports and renders in Chromium.');
} finally {
  rmSync(work, { recursive: true, force: true });
}
