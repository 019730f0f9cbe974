import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** A plugin's transform hook, called as Vite would call it. */
export function transformOf(plugin: Plugin) {
  const hook = plugin.transform as unknown as (code: string, id: string) => unknown;
  return async (code: string, id: string) => (await hook.call({}, code, id)) as { code: string } | null;
}

/** Runs `test` with a temporary directory holding `files`, then removes it. */
export async function withFiles(files: Record<string, string>, test: (dir: string) => unknown): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'physio-build-test-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    await test(dir);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

/** An XLIFF file's worth of trans-units, as messageIds() reads them. */
export const xliff = (ids: string[]) =>
  `<xliff><file><body>\n${ids.map((id) => `<trans-unit id="${id}"><source>x</source></trans-unit>`).join('\n')}\n</body></file></xliff>\n`;
