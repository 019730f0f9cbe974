export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/localization.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
