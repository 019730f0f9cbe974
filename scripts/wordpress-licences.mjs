// The licence file shipped with the plugin's assets: physio-elements' own MIT licence and the licence of every
// package the CDN bundle contains, found from its source map, so a new bundled dependency cannot go unnamed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function bundledPackages(mapFile) {
  const { sources } = JSON.parse(readFileSync(mapFile, 'utf8'));
  const names = new Set();
  for (const source of sources) {
    const at = source.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const parts = source.slice(at + 'node_modules/'.length).split('/');
    names.add(parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]);
  }
  return [...names].sort();
}

export function bundledLicences(mapFile) {
  const sections = [
    "The files in this folder are physio-elements, built from the npm package of the same name. The plugin's PHP is\nGPL-2.0-or-later (see readme.txt); these files are under the licences below.",
    `physio-elements\n\n${readFileSync('LICENSE', 'utf8').trim()}`,
  ];
  for (const name of bundledPackages(mapFile)) {
    const folder = join('node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((candidate) => join(folder, candidate)).find(existsSync);
    if (!file) throw new Error(`${name} is bundled but has no licence file to ship`);
    sections.push(`${name} ${version} (${license}), bundled\n\n${readFileSync(file, 'utf8').trim()}`);
  }
  return `${sections.join(`\n\n${'-'.repeat(78)}\n\n`)}\n`;
}
