import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestFile, isDigest, verifyFile } from '../../../src/core/artifact/digest.js';
import { DigestMismatchError, type Digest } from '../../../src/core/artifact/types.js';

describe('digest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'msdeploy-digest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the sha256 of the whole file, across read chunks', async () => {
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const file = join(dir, 'a.bin');
    writeFileSync(file, data);
    const expected = `sha256:${createHash('sha256').update(data).digest('hex')}`;
    expect(await digestFile(file)).toBe(expected);
    expect(isDigest(expected)).toBe(true);
  });

  it('verifies a matching file and names both digests and the place on a mismatch', async () => {
    const file = join(dir, 'b.bin');
    writeFileSync(file, 'hello');
    const good = await digestFile(file);
    await expect(verifyFile(file, good, 'artifact b')).resolves.toBeUndefined();

    const wrong: Digest = `sha256:${'0'.repeat(64)}`;
    const err = await verifyFile(file, wrong, 'artifact b from the store').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DigestMismatchError);
    expect((err as DigestMismatchError).actual).toBe(good);
    expect((err as Error).message).toContain('artifact b from the store');
    expect((err as Error).message).toContain(wrong);
  });

  it('refuses an expected value that is not a digest', async () => {
    const file = join(dir, 'c.bin');
    writeFileSync(file, 'x');
    await expect(verifyFile(file, 'sha256:ABC', 'c')).rejects.toThrow(
      /not of the form sha256:<64 lowercase hex/,
    );
  });

  it('fails with the path when the file is missing', async () => {
    await expect(digestFile(join(dir, 'missing'))).rejects.toThrow(/missing/);
  });
});
