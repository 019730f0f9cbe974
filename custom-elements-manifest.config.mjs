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

/** The analyzer reads files concurrently, so module order can differ between runs; CI diffs the file, so sort. */
const sortModules = () => ({
  name: 'physio-sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/localization.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropNamelessEvents(), sortModules()],
};
