import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The file the CDN build writes last into its folder. */
export const integrityFile = 'integrity.json';

/**
 * `{ "<file>": "sha384-…" }` for every file under `dir` (paths relative to it, `/`-separated, sorted), as a page's
 * `integrity` attribute takes it: a pinned public CDN URL with it cannot be swapped for other code. Source maps are
 * listed too; integrity.json itself is not, as it cannot hold its own hash.
 */
export function integrityOf(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => file !== integrityFile)
    .sort();
  return Object.fromEntries(
    files.map((file) => [
      file,
      `sha384-${createHash('sha384')
        .update(readFileSync(join(dir, file)))
        .digest('base64')}`,
    ]),
  );
}

export function writeIntegrity(dir: string): void {
  writeFileSync(join(dir, integrityFile), JSON.stringify(integrityOf(dir), null, 2) + '\n');
}
