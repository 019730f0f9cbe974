import { executeServerCommand } from '@web/test-runner-commands';

export interface Emulation {
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
  media?: 'print' | 'screen';
  colorScheme?: 'light' | 'dark';
}

/** Emulates media features for real (see the `emulate` plugin in web-test-runner.config.mjs); `{}` resets them. */
export async function emulate(features: Emulation): Promise<void> {
  await executeServerCommand('emulate', features);
  if (features.forcedColors === 'active' && !matchMedia('(forced-colors: active)').matches) {
    throw new Error('forced-colors emulation did not take effect');
  }
  if (features.colorScheme && !matchMedia(`(prefers-color-scheme: ${features.colorScheme})`).matches) {
    throw new Error('prefers-color-scheme emulation did not take effect');
  }
}
