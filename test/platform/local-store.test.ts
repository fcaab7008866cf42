import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { digestFile } from '../../src/core/artifact/digest.js';
import { DigestMismatchError, type ArtifactMeta } from '../../src/core/artifact/types.js';
import { LocalStore } from '../../src/platform/local-store.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';

afterAll(cleanupBuilds);

async function artifact(content = 'artifact bytes\n') {
  const dir = tempDir('src');
  const file = join(dir, 'catalog-1.4.7+abc1234.tar.gz');
  writeFileSync(file, content);
  const meta: ArtifactMeta = {
    service: 'catalog',
    version: '1.4.7+abc1234',
    kind: 'archive',
    digest: await digestFile(file),
    size: Buffer.byteLength(content),
    fileName: 'catalog-1.4.7+abc1234.tar.gz',
  };
  return { file, meta, provenance: Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}\n') };
}

describe('LocalStore', () => {
  it('stores by digest and gets the same bytes back by ref or service@version', async () => {
    const store = new LocalStore(tempDir('store'));
    const { file, meta, provenance } = await artifact();
    const stored = await store.put(file, meta, provenance);
    expect(stored.ref).toBe(`local:${store.root}@${meta.digest}`);
    expect(stored.bytesUploaded).toBe(meta.size);

    const out = join(tempDir('out'), 'a.tar.gz');
    const got = await store.get(stored.ref, out);
    expect(readFileSync(out, 'utf8')).toBe('artifact bytes\n');
    expect(got.meta).toEqual(meta);
    expect(got.provenance).toEqual(provenance);
    await expect(
      store.get('catalog@1.4.7+abc1234', join(tempDir('out'), 'b')),
    ).resolves.toMatchObject({ meta });
  });

  it('stores the same artifact twice without copying it again', async () => {
    const store = new LocalStore(tempDir('store'));
    const { file, meta, provenance } = await artifact();
    await store.put(file, meta, provenance);
    expect((await store.put(file, meta, provenance)).bytesUploaded).toBe(0);
  });

  it('refuses to store a file that does not match its digest', async () => {
    const store = new LocalStore(tempDir('store'));
    const { file, meta, provenance } = await artifact();
    writeFileSync(file, 'changed after packing');
    await expect(store.put(file, meta, provenance)).rejects.toThrow(DigestMismatchError);
  });

  it('never returns tampered bytes, and leaves no partial file', async () => {
    const store = new LocalStore(tempDir('store'));
    const { file, meta, provenance } = await artifact();
    const stored = await store.put(file, meta, provenance);
    writeFileSync(stored.location, 'tampered');
    const outDir = tempDir('out');
    const err = await store.get(stored.ref, join(outDir, 'a')).catch((e) => e);
    expect(err).toBeInstanceOf(DigestMismatchError);
    expect(err.message).toContain(meta.digest);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('explains unknown references', async () => {
    const store = new LocalStore(tempDir('store'));
    await expect(store.get('catalog@9.9.9', join(tempDir('out'), 'x'))).rejects.toThrow(
      /No artifact catalog@9\.9\.9/,
    );
    await expect(store.get('nonsense', join(tempDir('out'), 'x'))).rejects.toThrow(
      /Cannot read artifact reference/,
    );
    await expect(store.get(`local:/elsewhere@sha256:${'0'.repeat(64)}`, 'x')).rejects.toThrow(
      /another local store/,
    );
    expect(existsSync('x')).toBe(false);
  });
});
