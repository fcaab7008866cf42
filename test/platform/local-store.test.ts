/**
 * LocalStore specifics: its ref forms and where the files go. What every store promises (round
 * trip, dedupe, digest checks, progress, …) is in test/contracts/local-store.contract.test.ts.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { digestFile } from '../../src/core/artifact/digest.js';
import type { ArtifactMeta } from '../../src/core/artifact/types.js';
import { LocalStore } from '../../src/platform/local-store.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';

afterAll(cleanupBuilds);

async function artifact(content = 'artifact bytes\n', version = '1.4.7+abc1234') {
  const dir = tempDir('src');
  const fileName = `catalog-${version}.tar.gz`;
  const file = join(dir, fileName);
  writeFileSync(file, content);
  const meta: ArtifactMeta = {
    service: 'catalog',
    version,
    kind: 'archive',
    digest: await digestFile(file),
    size: Buffer.byteLength(content),
    fileName,
  };
  const subject = [{ digest: { sha256: meta.digest.slice('sha256:'.length) } }];
  const statement = { _type: 'https://in-toto.io/Statement/v1', subject };
  return { file, meta, provenance: Buffer.from(JSON.stringify(statement) + '\n') };
}

describe('LocalStore', () => {
  it('stores by digest and gets the same bytes back by ref or service@version', async () => {
    const store = new LocalStore(tempDir('store'));
    const { file, meta, provenance } = await artifact();
    const stored = await store.put(file, meta, provenance);
    expect(stored.ref).toBe(`local:${store.root}@${meta.digest}`);
    expect(stored.location).toBe(
      join(store.root, 'blobs', 'sha256', meta.digest.slice('sha256:'.length)),
    );
    expect(stored.bytesUploaded).toBe(meta.size);
    expect(readFileSync(join(store.root, 'tags', 'catalog', '1.4.7+abc1234'), 'utf8')).toBe(
      `${meta.digest}\n`,
    );

    const out = join(tempDir('out'), 'b');
    await expect(store.get('catalog@1.4.7+abc1234', out)).resolves.toMatchObject({ meta });
    expect(readFileSync(out, 'utf8')).toBe('artifact bytes\n');
    await expect(store.get(meta.digest, join(tempDir('out'), 'c'))).resolves.toMatchObject({
      meta,
    });
  });

  it('never moves a version tag to another digest; the same bytes again are fine', async () => {
    const store = new LocalStore(tempDir('store'));
    const first = await artifact('first\n');
    await store.put(first.file, first.meta, first.provenance);
    await expect(store.put(first.file, first.meta, first.provenance)).resolves.toBeDefined();
    const other = await artifact('other bytes, same version\n');
    await expect(store.put(other.file, other.meta, other.provenance)).rejects.toThrow(
      `catalog@1.4.7+abc1234 is already ${first.meta.digest} in the local store ${store.root}, not ${other.meta.digest}: a version never moves to other bytes.`,
    );
    expect(readFileSync(join(store.root, 'tags', 'catalog', '1.4.7+abc1234'), 'utf8')).toBe(
      `${first.meta.digest}\n`,
    );
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

  it('refuses a service@version ref that would leave the store (../ in the service or version)', async () => {
    const base = tempDir('escape');
    const store = new LocalStore(join(base, 'store'));
    // A digest file outside the store, where `../../x@1.0.0` would lead: it must not be found.
    const { file, meta, provenance } = await artifact();
    await new LocalStore(join(base, 'other')).put(file, meta, provenance);
    const outside = `../../other/tags/catalog@${meta.version}`;
    for (const ref of [outside, `../../etc@1.0.0`, `a/../catalog@1.0.0`, 'catalog@..']) {
      const err = await store.get(ref, join(tempDir('out'), 'x')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/is not a service name|characters a tag cannot hold/);
    }
    const bad = { ...meta, service: '../evil' };
    await expect(store.put(file, bad, provenance)).rejects.toThrow(/is not a service name/);
    expect(existsSync(join(base, 'evil'))).toBe(false);
  });

  it('refuses metadata whose digest is not the artifact digest, leaving no file', async () => {
    const store = new LocalStore(tempDir('store'));
    const { file, meta, provenance } = await artifact('meta bytes\n');
    const stored = await store.put(file, meta, provenance);
    const other = `sha256:${'e'.repeat(64)}`;
    writeFileSync(`${stored.location}.meta.json`, JSON.stringify({ ...meta, digest: other }));
    const out = tempDir('out');
    await expect(store.get(stored.ref, join(out, 'x'))).rejects.toThrow(
      new RegExp(`names ${other}: it belongs to other bytes`),
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('inspect refuses metadata naming another digest, a ref of another artifact, and a hand-edited tag', async () => {
    const root = tempDir('store');
    const store = new LocalStore(root);
    const { file, meta, provenance } = await artifact('inspect bytes\n', '2.0.0');
    const stored = await store.put(file, meta, provenance);
    expect(await store.inspect('catalog', meta.digest, 'catalog@2.0.0')).toMatchObject({
      meta,
      ref: stored.ref,
    });

    const other = `sha256:${'e'.repeat(64)}` as const;
    await expect(store.inspect('catalog', other, stored.ref)).rejects.toThrow(
      `names ${meta.digest}, not ${other}`,
    );
    writeFileSync(`${stored.location}.meta.json`, JSON.stringify({ ...meta, digest: other }));
    await expect(store.inspect('catalog', meta.digest)).rejects.toThrow(
      new RegExp(`names ${other}: it belongs to other bytes`),
    );

    writeFileSync(join(root, 'tags', 'catalog', '2.0.0'), 'not a digest\n');
    await expect(store.findVersion('catalog', '2.0.0')).rejects.toThrow(
      /holds "not a digest", not a sha256 digest: it was edited by hand/,
    );
  });

  it('removes orphaned .tmp/.partial files of killed writers on the next write, not live ones', async () => {
    const store = new LocalStore(tempDir('store'));
    const first = await artifact('first\n');
    const stored = await store.put(first.file, first.meta, first.provenance);
    const dir = join(stored.location, '..');
    const stale = [join(dir, 'abc.1234.tmp'), join(dir, 'abc.partial')];
    const fresh = join(dir, 'def.5678.tmp');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    for (const f of stale) {
      writeFileSync(f, 'half');
      utimesSync(f, hourAgo, hourAgo);
    }
    writeFileSync(fresh, 'a writer still at work');
    const second = await artifact('second\n', '1.4.8+abc1234'); // a version never moves
    await store.put(second.file, second.meta, second.provenance);
    for (const f of stale) expect(existsSync(f)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});
