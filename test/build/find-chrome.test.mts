import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { findChrome, missingChrome } from '../../scripts/find-chrome.mjs';

// chrome-launcher's getChromePath throws errors with these codes when it finds no browser.
const findsNothing = (code: string) => () => {
  throw Object.assign(new Error('not found'), { code });
};
const mustNotSearch = () => assert.fail('searched although CHROME_PATH is set');
const existing = process.execPath;

describe('findChrome (npm test and the bench)', () => {
  it('takes CHROME_PATH first, and a CHROME_PATH that does not exist finds nothing', () => {
    assert.equal(findChrome({ env: { CHROME_PATH: existing }, search: mustNotSearch }), existing);
    assert.equal(findChrome({ env: { CHROME_PATH: '/nonexistent/chrome' }, search: mustNotSearch }), undefined);
  });

  it('else takes what chrome-launcher finds', () => {
    assert.equal(findChrome({ env: {}, search: () => '/usr/bin/chromium' }), '/usr/bin/chromium');
  });

  it('finds nothing when chrome-launcher finds nothing', () => {
    for (const code of ['ERR_LAUNCHER_PATH_NOT_SET', 'ERR_LAUNCHER_NOT_INSTALLED']) {
      assert.equal(findChrome({ env: {}, search: findsNothing(code), platform: 'linux' }), undefined);
      assert.equal(findChrome({ env: {}, search: findsNothing(code), platform: 'darwin' }), undefined);
    }
  });

  it('lets any other chrome-launcher failure through', () => {
    assert.throws(() => findChrome({ env: {}, search: findsNothing('EACCES') }), /not found/);
  });
});

describe('missingChrome: the one line npm test prints without a browser', () => {
  it('says how to install one, and what is wrong with CHROME_PATH or chrome-launcher', () => {
    const lines = [
      missingChrome({}),
      missingChrome({ CHROME_PATH: '/opt/chrome' }),
      missingChrome({}, new Error('grep: not found\nmore')),
    ];
    for (const line of lines) assert.doesNotMatch(line, /\n/);
    assert.equal(
      lines[0],
      'No Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium; macOS/Windows: ' +
        'install Google Chrome) or set CHROME_PATH to its executable.',
    );
    assert.match(lines[1], /^CHROME_PATH=\/opt\/chrome does not exist\. No Chrome or Chromium found: install one/);
    assert.match(lines[2], /^No Chrome or Chromium found \(chrome-launcher: grep: not found\): install one/);
  });

  it('is all the script prints, with exit code 1', () => {
    const run = spawnSync(process.execPath, ['scripts/find-chrome.mjs'], {
      env: { ...process.env, CHROME_PATH: '/nonexistent/chrome' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `${missingChrome({ CHROME_PATH: '/nonexistent/chrome' })}\n`);
  });
});
