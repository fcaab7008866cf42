import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExitCode } from '../../src/core/errors.js';
import { MAX_MANIFEST_BYTES, ManifestError } from '../../src/core/manifest/index.js';
import { readManifest } from '../../src/platform/manifest-load.js';

describe('readManifest', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'msdeploy-manifest-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads and validates a manifest', async () => {
    writeFileSync(join(root, 'msdeploy.yml'), 'name: shop\n');
    await expect(
      readManifest({ root, file: 'msdeploy.yml', shownAs: 'msdeploy.yml' }),
    ).resolves.toMatchObject({ services: [expect.objectContaining({ name: 'shop' })] });
  });

  it('refuses a manifest over 4 MiB by its size, exit 3 and an annotation on the file', async () => {
    const file = join(root, 'msdeploy.yml');
    writeFileSync(file, '');
    // A sparse 50 MB file: if it were read and parsed, this would take half a minute.
    truncateSync(file, 50_000_000);
    const err = await readManifest({
      root,
      file: 'msdeploy.yml',
      shownAs: 'app/msdeploy.yml',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ManifestError);
    const e = err as ManifestError;
    expect(e.exitCode).toBe(ExitCode.manifest);
    expect(ExitCode.manifest).toBe(3);
    expect(e.annotations).toEqual([
      expect.objectContaining({
        file: 'app/msdeploy.yml',
        line: 1,
        col: 1,
        message: expect.stringContaining(
          `is 50000000 bytes, over the ${MAX_MANIFEST_BYTES} bytes (4 MiB) a manifest may be`,
        ) as string,
      }),
    ]);
  });
});
