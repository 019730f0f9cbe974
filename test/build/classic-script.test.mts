import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withoutTopLevelAwait } from '../../scripts/classic-script-plugin.js';
import { integrityOf, writeIntegrity } from '../../scripts/integrity.js';

describe('classic script build', () => {
  it('runs top-level statements that await in an async function, and leaves the others', () => {
    const code = `import { a } from './a.js';\nfirst();\nfor (const x of a) {\n  await tick();\n  x();\n}\nasync function f() { await g(); }\nexport { a };\n`;
    const out = withoutTopLevelAwait(code, 'all.ts');
    assert.equal(
      out,
      `import { a } from './a.js';\nfirst();\nvoid (async () => {\nfor (const x of a) {\n  await tick();\n  x();\n}\n})();\nasync function f() { await g(); }\nexport { a };\n`,
    );
  });
});

describe('integrity.json', () => {
  it('lists every file under the folder with its SHA-384, itself excepted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'physio-integrity-'));
    try {
      mkdirSync(join(dir, 'themes'));
      writeFileSync(join(dir, 'a.js'), 'alert(1)');
      writeFileSync(join(dir, 'themes', 'warm.css'), ':root{}');
      writeIntegrity(dir);
      const sha = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
      assert.deepEqual(integrityOf(dir), { 'a.js': sha('alert(1)'), 'themes/warm.css': sha(':root{}') });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
