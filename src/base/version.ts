declare const __PHYSIO_VERSION__: string;

/** The package version, resolved at build time by Vite's `define`; tests and Storybook fall back to 'dev'. */
export const version = typeof __PHYSIO_VERSION__ === 'string' ? __PHYSIO_VERSION__ : 'dev';
