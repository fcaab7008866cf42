/** docs/manifest.md's reference is generated from the schema: never stale, every key in it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderManifestDoc } from '../../scripts/generate-manifest-reference.js';
import { ROOT } from '../../scripts/generate-docs.js';

describe('the manifest reference', () => {
  it('is what the schema generates (npx tsx scripts/generate-manifest-reference.ts)', async () => {
    const { current, next } = await renderManifestDoc();
    expect(current).toBe(next);
  });

  it('names keys from every part of the schema, union variants and maps included', () => {
    const doc = readFileSync(join(ROOT, 'docs/manifest.md'), 'utf8');
    for (const key of [
      '`services.<service name>.build.run`',
      '`environments.<environment name>.hosts.<host name>.known-hosts[]`',
      '`environments.<environment name>.dpkg-root`',
      '`environments.<environment name>.run`',
      '`pipeline.stages[].approvers`',
    ]) {
      expect(doc).toContain(key);
    }
  });
});
