import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** Editor support, generated from the same analysis into editor/ (shipped in the package, checked for staleness in CI). */
const editorPlugins = [
  customElementVsCodePlugin({
    outdir: './editor',
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    hideLogs: true,
  }),
  customElementJetBrainsPlugin({ outdir: './editor', fileName: 'web-types.json', packageJson: false, hideLogs: true }),
  customElementJsxPlugin({
    outdir: './editor',
    fileName: 'custom-elements-jsx.d.ts',
    globalTypePath: 'physio-elements',
    hideLogs: true,
  }),
  customElementVuejsPlugin({
    outdir: './editor',
    fileName: 'vue.d.ts',
    globalTypePath: 'physio-elements',
    hideLogs: true,
  }),
];

/**
 * Events are dispatched as typed classes (`new PhysioFaqToggleEvent(…)`), whose names the analyzer cannot read;
 * their names and types come from the `@fires name {Type}` JSDoc, so the nameless duplicates are dropped.
 */
const dropNamelessEvents = () => ({
  name: 'physio-drop-nameless-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
});

/**
 * Internal reactive state declared in `static properties` (`{ state: true }`) has no attribute, but the analyzer
 * lists every entry there as one; private fields are never part of the public API, so their attributes go.
 */
const dropPrivateStateAttributes = () => ({
  name: 'physio-drop-private-state-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        const privateFields = new Set(
          (declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name),
        );
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter((a) => !privateFields.has(a.fieldName));
        }
        for (const member of declaration.members ?? []) if (privateFields.has(member.name)) delete member.attribute;
      }
    }
  },
});

/** The analyzer reads files concurrently, so module order can differ between runs; CI diffs the file, so sort. */
const sortModules = () => ({
  name: 'physio-sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/localization.ts', 'src/react/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropNamelessEvents(), dropPrivateStateAttributes(), sortModules(), ...editorPlugins],
};
