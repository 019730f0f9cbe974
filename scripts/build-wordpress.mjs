// `npm run build:wordpress`: the installable plugin, dist/wordpress/physio-elements.zip (and its unpacked folder
// beside it), from wordpress/physio-elements/ plus the current dist/cdn files — never a copy kept by hand — the
// element list from custom-elements.json, the compiled translations and the licences of what it bundles.
// Run after `vite build --mode cdn` (the npm script does both).
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { compileTranslations, scriptHandles } from './wordpress-i18n.mjs';
import { bundledLicences } from './wordpress-licences.mjs';

const dist = 'dist/wordpress';
const out = `${dist}/physio-elements`;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync(dist, { recursive: true, force: true });
cpSync('wordpress/physio-elements', out, { recursive: true, filter: (path) => !path.endsWith('.po') });
// Source maps stay in the npm package: a clinic's server has no use for 360 kB of them. So do the classic script's
// files and integrity.json: WordPress loads the module from the site itself.
cpSync('dist/cdn', `${out}/assets`, {
  recursive: true,
  filter: (path) => !/\.map$|\.classic\.|integrity\.json$/.test(path),
});
writeFileSync(`${out}/assets/LICENSE.txt`, bundledLicences('dist/cdn/physio-elements.js.map'));

/** `flag` for a plain boolean attribute (present = on); `per-side` is `boolean | undefined` and reads "false" itself. */
const kind = (type) => (type === 'boolean' ? 'flag' : type.includes('number') ? 'number' : 'text');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = {};
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.customElement && declaration.tagName) {
      elements[declaration.tagName] = Object.fromEntries(
        (declaration.attributes ?? []).map((attribute) => [attribute.name, kind(attribute.type?.text ?? 'string')]),
      );
    }
  }
}
writeFileSync(`${out}/elements.json`, `${JSON.stringify(elements, null, 2)}\n`);

// The package's version is the plugin's: the header, readme.txt's stable tag and the assets' cache-busting query.
const stamp = (file, pattern, replacement) => {
  const text = readFileSync(join(out, file), 'utf8');
  if (!pattern.test(text)) throw new Error(`${file}: no ${pattern} to stamp the version into`);
  writeFileSync(join(out, file), text.replace(pattern, replacement));
};
stamp('physio-elements.php', /^( \* Version:\s+).*$/m, `$1${version}`);
stamp('physio-elements.php', /(define\( 'PHYSIO_ELEMENTS_VERSION', ')[^']*(' \);)/, `$1${version}$2`);
stamp('readme.txt', /^(Stable tag:\s+).*$/m, `$1${version}`);

const plugin = 'wordpress/physio-elements';
const locales = compileTranslations(plugin, `${out}/languages`, scriptHandles(plugin));

const files = {};
for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath ?? entry.path, entry.name);
  files[`physio-elements/${relative(out, path)}`] = [readFileSync(path), { mtime: new Date('2026-01-01') }];
}
writeFileSync(`${dist}/physio-elements.zip`, zipSync(files, { level: 9 }));
console.log(
  `${dist}/physio-elements.zip: ${Object.keys(elements).length} elements, ${Object.keys(files).length} files, ` +
    `translations ${locales.join(', ') || 'none'}`,
);
