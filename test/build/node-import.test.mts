import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

/*
 * Every JavaScript entry package.json exports for npm (components.md "Server rendering"): a Next.js, Nuxt or Astro
 * build imports them in Node, where there is no DOM. Each is imported as `physio-elements/…` from a fresh build laid
 * out as the published package, in a child `node` with nothing patched, so no test's globals can hide a failure.
 */
const root = resolve(import.meta.dirname, '../..');
const pkg = createRequire(import.meta.url)('../../package.json') as { exports: Record<string, unknown> };

/** The exported subpaths whose default file is built by `vite build` (dist/esm). */
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => /^\.\/dist\/esm\/.+\.js$/.test((target as { default?: string })?.default ?? ''))
  .map(([subpath]) => `physio-elements${subpath.slice(1)}`);

describe('importing in Node with no DOM', () => {
  let dir = '';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'physio-node-import-'));
    // The package as it is published: package.json, dist/esm, and the dependencies it resolves at run time.
    copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const vite = join(root, 'node_modules/vite/bin/vite.js');
    execFileSync(process.execPath, [vite, 'build', '--outDir', join(dir, 'dist/esm'), '--logLevel', 'error'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the entries to check in package.json', () => {
    for (const name of ['', '/all.js', '/localization.js', '/physio-red-flags.js', '/physio-faq.js']) {
      assert.ok(entries.includes(`physio-elements${name}`), `physio-elements${name} is exported`);
    }
  });

  for (const entry of entries) {
    it(`imports ${entry}`, () => {
      const script = `await import(${JSON.stringify(entry)}); if (globalThis.document) throw new Error('a document appeared');`;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
      assert.equal(child.status, 0, child.stderr);
      assert.equal(child.stderr, '', 'nothing is written to stderr');
    });
  }
});
