// The installable zip that `npm run build:wordpress` makes: complete, current, versioned, licensed, and valid PHP.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { bundledPackages } from '../../scripts/wordpress-licences.mjs';
import { zip } from './plugin.mjs';
import { ensurePackages } from './wordpress-site.mjs';

const files = unzipSync(readFileSync(zip));
const text = (name) => Buffer.from(files[`physio-elements/${name}`]).toString('utf8');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const listed = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)));

describe('the plugin zip', () => {
  it('holds the plugin source and the current CDN module files, byte for byte, without source maps, classic script or integrity.json', () => {
    for (const name of listed('wordpress/physio-elements').filter((file) => !file.endsWith('.po'))) {
      assert.ok(files[`physio-elements/${name}`], `${name} is in the zip`);
    }
    // WordPress serves the module from the site itself: no classic script, no hashes for a public CDN.
    const notShipped = /\.map$|\.classic\.|^integrity\.json$/;
    for (const name of listed('dist/cdn').filter((file) => !notShipped.test(file))) {
      assert.deepEqual(
        Buffer.from(files[`physio-elements/assets/${name}`] ?? []),
        readFileSync(join('dist/cdn', name)),
        `assets/${name} is dist/cdn/${name}`,
      );
    }
    assert.deepEqual(
      Object.keys(files).filter(
        (name) => notShipped.test(name.replace('physio-elements/assets/', '')) || !name.startsWith('physio-elements/'),
      ),
      [],
    );
  });

  it('carries the package version and the WordPress.org readme fields', () => {
    const header = text('physio-elements.php');
    assert.match(header, new RegExp(`^ \\* Version:\\s+${version}$`, 'm'));
    assert.match(header, new RegExp(`define\\( 'PHYSIO_ELEMENTS_VERSION', '${version}' \\);`));
    assert.match(header, /^ \* Requires at least:\s+6\.1$/m);
    assert.match(header, /^ \* Requires PHP:\s+8\.1$/m);
    assert.match(header, /^ \* License:\s+GPL-2\.0-or-later$/m);
    const readme = text('readme.txt');
    assert.match(readme, /^=== physio-elements ===$/m);
    assert.match(readme, new RegExp(`^Stable tag: ${version}$`, 'm'));
    for (const field of ['Requires at least: 6.1', 'Requires PHP: 8.1', 'License: GPLv2 or later']) {
      assert.ok(readme.includes(`\n${field}\n`), field);
    }
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) {
      assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'));
    }
    const summary = readme.split('\n\n')[1];
    assert.ok(summary.length <= 150, `the short description is ${summary.length} characters (WordPress.org: 150)`);
  });

  it('ships the licence of physio-elements and of every package the bundle contains', () => {
    const licences = text('assets/LICENSE.txt');
    assert.match(licences, /MIT License/);
    const bundled = bundledPackages('dist/cdn/physio-elements.js.map');
    assert.ok(bundled.includes('lit-html'), 'the source map names the bundled packages');
    for (const name of bundled) assert.match(licences, new RegExp(`^${name} [\\d.]+ \\(`, 'm'), name);
  });

  it('passes php -l in every PHP file', () => {
    ensurePackages();
    const unpacked = mkdtempSync(join(tmpdir(), 'physio-plugin-zip-'));
    const php = Object.keys(files).filter((name) => name.endsWith('.php'));
    assert.ok(php.length >= 5);
    for (const name of php) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), files[name]);
      assert.match(execFileSync('php', ['-l', join(unpacked, name)], { encoding: 'utf8' }), /No syntax errors/, name);
    }
  });
});
