// `npm run build:wordpress` (work in progress, issue 17): the plugin folder dist/wordpress/physio-elements/ from
// wordpress/physio-elements/ plus the current dist/cdn files and the element list from custom-elements.json. Run
// after `vite build --mode cdn`. The zip comes next.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const out = 'dist/wordpress/physio-elements';
rmSync(out, { recursive: true, force: true });
cpSync('wordpress/physio-elements', out, { recursive: true });
mkdirSync(`${out}/assets`, { recursive: true });
cpSync('dist/cdn', `${out}/assets`, { recursive: true });

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
console.log(`${out}: ${Object.keys(elements).length} elements`);
