// Names shared by the build (side-files-plugin.ts) and the classic script's loader in the browser
// (classic-side-loader.ts), kept apart so that the browser bundle does not pull in the build's Node imports.

/**
 * A file beside the CDN file: `physio-elements.fr.js`, `physio-elements.faq-structured-data.js`; for the classic
 * script `physio-elements.classic.fr.js`.
 */
export const sideFileName = (name: string, classic = false) => `physio-elements.${classic ? 'classic.' : ''}${name}.js`;

/**
 * A classic side file hands its exports to the script element that loaded it, under this property, where the
 * loader reads them on `load`: no global name, so two copies on one page never meet.
 */
export const classicExportsProperty = 'physioExports';
