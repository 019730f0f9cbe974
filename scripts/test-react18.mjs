#!/usr/bin/env node
// Runs the React tests (test/react*.test.ts) against React 18. React 18 cannot sit beside the repository's React 19 (react-dom 18 asks
// for react ^18), so it is installed from the npm registry into a throwaway project outside the repository, and the
// test runner serves React from there (scripts/react-esm-plugin.mjs); everything else is the repository's own.
// Run after `npm run gen` (as `npm run test:react18` does).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const version = '18.3.1';
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'physio-react18-'));
try {
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'react18-check', private: true }));
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--silent', '--ignore-scripts', `react@${version}`, `react-dom@${version}`],
    { cwd: work, stdio: 'inherit' },
  );
  execFileSync(join(root, 'node_modules/.bin/wtr'), ['--files', 'test/react*.test.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PHYSIO_REACT_FROM: work, PHYSIO_REACT_MAJOR: '18' },
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
