import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

// README's "How it looks" shows docs/screenshots/{after,before}: every picture it names exists, and every picture
// there is shown (a widget, device and page colour each).
const readme = readFileSync('README.md', 'utf8');
const named = new Set([...readme.matchAll(/src="(docs\/screenshots\/[^"]+\.png)"/g)].map((match) => match[1]));

describe('README screenshots', () => {
  it('names pictures that exist', () => {
    assert.ok(named.size > 0);
    for (const file of named) assert.ok(existsSync(file), `${file} is missing`);
  });

  for (const label of ['after', 'before']) {
    it(`shows all 20 pictures in docs/screenshots/${label}`, () => {
      const files = readdirSync(`docs/screenshots/${label}`).map((file) => `docs/screenshots/${label}/${file}`);
      assert.equal(files.length, 20);
      for (const file of files) assert.ok(named.has(file), `${file} is not in README`);
    });
  }
});
