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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/localization.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropNamelessEvents()],
};
