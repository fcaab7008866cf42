/**
 * The ArtifactStore contract (src/core/ports.ts, docs/stores.md): what every store promises,
 * declared once and run against each implementation by `test/contracts/<store>.contract.test.ts`.
 *
 * Only what all stores promise is asserted unconditionally. Where a store legitimately differs,
 * the difference is an option (`ArtifactStoreContractOptions`) that its test file sets, citing
 * the store's documentation; store-specific behaviour (layouts, wire protocols, ref forms beyond
 * the canonical one) stays in the store's own test file under test/platform.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provenanceBytes, provenanceStatement } from '../../src/core/artifact/provenance.js';
import {
  ArtifactNotFoundError,
  DigestMismatchError,
  type ArtifactMeta,
  type Digest,
} from '../../src/core/artifact/types.js';
import type { ArtifactStore, StoredArtifact } from '../../src/core/ports.js';

export interface ArtifactStoreFixture {
  /**
   * A store with nothing in it yet (a fresh directory, workflow run or repository). A fixture may
   * carry more fields (its directory, run id, …) for the options' functions.
   */
  store: ArtifactStore;
  /**
   * Corrupt the stored bytes of the artifact `ref` (whose digest is `digest`) the way this backend
   * can be corrupted, keeping their size; resolve with the sha256 of the bytes now stored.
   */
  tamper(ref: string, digest: Digest): Promise<Digest>;
  /**
   * Make `forged` (a provenance statement of other bytes) the provenance `get` of the artifact
   * `ref` (digest `digest`) will read, the way this backend can be forged: replaced in place, or
   * a newer provenance attached beside the real one.
   */
  forgeProvenance(ref: string, digest: Digest, forged: Buffer): Promise<void>;
  cleanup(): Promise<void>;
}

/** A well-formed ref of the store's kind that names nothing stored, and what `get` says about it. */
export interface MissingRef {
  ref: string;
  message: RegExp;
}

export interface ArtifactStoreContractOptions<
  F extends ArtifactStoreFixture = ArtifactStoreFixture,
> {
  /** A second put of bytes the store already holds transfers nothing (`bytesUploaded: 0`). */
  dedupesUploads: boolean;
  /**
   * Puts of the same artifact at the same time all succeed. Where a store does not promise it,
   * some may be refused, but one succeeds and the stored artifact is intact either way.
   */
  concurrentPutsSucceed: boolean;
  /** Where puts may be refused: what such a refusal says. */
  concurrentPutRefusal?: RegExp;
  /** Refs `get` must report as not found; built from the fixture, so given as a function. */
  missingRefs(fixture: F): MissingRef[];
  /**
   * `inspect` needs the artifact's ref (a store that cannot search by digest); without one it
   * refuses with a message matching this. Unset: `inspect` finds an artifact by digest alone.
   */
  inspectNeedsRef?: RegExp;
  /**
   * `inspect` hashes the stored bytes, so bytes changed in storage are refused. A
   * content-addressed store that checks without downloading sets false, citing its docs.
   */
  inspectHashesBytes: boolean;
}

const REF_PREFIX: Record<ArtifactStore['kind'], string> = {
  local: 'local:',
  github: 'github:',
  oci: 'oci://',
};

interface Built {
  file: string;
  bytes: Buffer;
  meta: ArtifactMeta;
  provenance: Buffer;
}

/** A `Progress` callback that records every call. */
function recorder() {
  const calls: [done: number, total: number][] = [];
  return { calls, onProgress: (done: number, total: number) => void calls.push([done, total]) };
}

/** Called at least once, `total` is the artifact's size throughout, `done` never goes back, ends at total. */
function expectCompleteProgress(calls: [number, number][], size: number): void {
  expect(calls.length).toBeGreaterThan(0);
  let previous = 0;
  for (const [done, total] of calls) {
    expect(total).toBe(size);
    expect(done).toBeGreaterThanOrEqual(previous);
    expect(done).toBeLessThanOrEqual(total);
    previous = done;
  }
  expect(calls.at(-1)).toEqual([size, size]);
}

function sha256(bytes: Buffer): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function artifactStoreContract<F extends ArtifactStoreFixture>(
  name: string,
  setup: () => Promise<F>,
  options: ArtifactStoreContractOptions<F>,
): void {
  describe(`ArtifactStore contract: ${name}`, () => {
    let fixture: F;
    let store: ArtifactStore;
    let work: string;
    let seq = 0;

    beforeEach(async () => {
      work = mkdtempSync(join(tmpdir(), 'msdeploy-contract-'));
      fixture = await setup();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture?.cleanup();
      rmSync(work, { recursive: true, force: true });
    });

    /**
     * A packed artifact (random bytes, more than one upload chunk of the smallest store setting)
     * with a real provenance statement: the github store rebuilds the meta from it.
     */
    function build(size = 200_000): Built {
      const n = ++seq;
      const bytes = randomBytes(size);
      const version = `1.4.${n}+12.abc1234`;
      const fileName = `catalog-${version}.tar.gz`;
      const file = join(work, `packed-${n}.tar.gz`);
      writeFileSync(file, bytes);
      const meta: ArtifactMeta = {
        service: 'catalog',
        version,
        kind: 'archive',
        digest: sha256(bytes),
        size,
        fileName,
      };
      const provenance = provenanceBytes(
        provenanceStatement({
          artifact: meta,
          repository: 'acme/shop',
          serverUrl: 'https://github.com',
          commit: 'c'.repeat(40),
          ref: 'refs/heads/main',
          builderId: 'acme/shop/.github/workflows/ci.yml@refs/heads/main',
          commands: ['make package'],
          workingDirectory: 'services/catalog',
          tests: [],
          startedOn: new Date('2026-01-02T03:04:00Z'),
          finishedOn: new Date('2026-01-02T03:04:05Z'),
          msdeployVersion: '0.1.0',
          toolchain: { node: '24.0.0' },
        }),
      );
      return { file, bytes, meta, provenance };
    }

    /** A fresh, empty directory for `get` to write into: whatever is left in it afterwards is visible. */
    function outDir(): string {
      return mkdtempSync(join(work, 'out-'));
    }

    async function rejection(promise: Promise<unknown>): Promise<Error> {
      const outcome = await promise.then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      if (!('error' in outcome)) {
        const value = JSON.stringify(outcome.value, (key, v: unknown) =>
          key === 'provenance' ? '<bytes>' : v,
        );
        throw new Error(`expected a rejection, got ${value}`);
      }
      expect(outcome.error).toBeInstanceOf(Error);
      return outcome.error as Error;
    }

    it('put then get returns the identical bytes, the same meta and the same provenance', async () => {
      const built = build();
      const stored = await store.put(built.file, built.meta, built.provenance);

      expect(stored.ref.startsWith(REF_PREFIX[store.kind])).toBe(true);
      expect(stored.ref).toMatch(/@sha256:[0-9a-f]{64}$/);
      expect(stored.location).not.toBe('');
      // The first put transfers the artifact (some stores count the provenance document too).
      expect(stored.bytesUploaded).toBeGreaterThanOrEqual(built.meta.size);
      expect(stored.bytesUploaded).toBeLessThanOrEqual(built.meta.size + built.provenance.length);

      const dest = join(outDir(), built.meta.fileName);
      const got = await store.get(stored.ref, dest);
      expect(readFileSync(dest).equals(built.bytes)).toBe(true);
      expect(got.meta).toEqual(built.meta);
      expect(Buffer.isBuffer(got.provenance)).toBe(true);
      expect(got.provenance.equals(built.provenance)).toBe(true);
      expect(readdirSync(join(dest, '..'))).toEqual([built.meta.fileName]);
    });

    it(
      options.dedupesUploads
        ? 'the same bytes put twice get the same ref, and the second put uploads nothing'
        : 'the same bytes put twice get the same ref',
      async () => {
        const built = build();
        const first = await store.put(built.file, built.meta, built.provenance);
        const second = await store.put(built.file, built.meta, built.provenance);

        expect(second.ref).toBe(first.ref);
        expect(second.location).toBe(first.location);
        if (options.dedupesUploads) expect(second.bytesUploaded).toBe(0);
        const dest = join(outDir(), 'again.tar.gz');
        const got = await store.get(second.ref, dest);
        expect(readFileSync(dest).equals(built.bytes)).toBe(true);
        expect(got.meta).toEqual(built.meta);
      },
    );

    it('put refuses a file whose bytes do not match meta.digest, naming both digests', async () => {
      const built = build(4096);
      const claimed = sha256(Buffer.from('some other artifact'));
      const lying: ArtifactMeta = { ...built.meta, digest: claimed };

      const err = await rejection(store.put(built.file, lying, built.provenance));

      expect(err).toBeInstanceOf(DigestMismatchError);
      const mismatch = err as DigestMismatchError;
      expect(mismatch.expected).toBe(claimed);
      expect(mismatch.actual).toBe(built.meta.digest);
      expect(mismatch.message).toContain(claimed);
      expect(mismatch.message).toContain(built.meta.digest);
    });

    it('get of tampered bytes rejects with DigestMismatchError naming both digests, leaving no file', async () => {
      const built = build();
      const stored = await store.put(built.file, built.meta, built.provenance);
      const tampered = await fixture.tamper(stored.ref, built.meta.digest);
      expect(tampered).not.toBe(built.meta.digest); // the fixture did corrupt the bytes

      const dir = outDir();
      const dest = join(dir, 'tampered.tar.gz');
      const err = await rejection(store.get(stored.ref, dest));

      expect(err).toBeInstanceOf(DigestMismatchError);
      const mismatch = err as DigestMismatchError;
      expect(mismatch.expected).toBe(built.meta.digest);
      expect(mismatch.actual).toBe(tampered);
      expect(mismatch.message).toContain(built.meta.digest);
      expect(mismatch.message).toContain(tampered);
      expect(readdirSync(dir)).toEqual([]); // no dest, no half-written or temporary file
    });

    it('get refuses a provenance whose subject is not the artifact digest, leaving no file', async () => {
      const built = build(4096);
      const stored = await store.put(built.file, built.meta, built.provenance);
      const other = sha256(Buffer.from('other bytes'));
      const statement = JSON.parse(built.provenance.toString('utf8')) as {
        subject: { digest: { sha256: string } }[];
      };
      statement.subject[0]!.digest.sha256 = other.slice('sha256:'.length);
      await fixture.forgeProvenance(
        stored.ref,
        built.meta.digest,
        Buffer.from(JSON.stringify(statement, null, 2) + '\n'),
      );

      const dir = outDir();
      const err = await rejection(store.get(stored.ref, join(dir, 'forged.tar.gz')));
      expect(err.message).toMatch(/provenance/i);
      expect(err.message).toContain(other);
      expect(err.message).toContain(built.meta.digest);
      expect(readdirSync(dir)).toEqual([]);
    });

    it('get of a ref that names nothing stored rejects with a clear message, leaving no file', async () => {
      const missing = options.missingRefs(fixture);
      expect(missing.length).toBeGreaterThan(0);
      for (const { ref, message } of missing) {
        expect(ref.startsWith(REF_PREFIX[store.kind])).toBe(true);
        const dir = outDir();
        const err = await rejection(store.get(ref, join(dir, 'missing.tar.gz')));
        expect(err).not.toBeInstanceOf(DigestMismatchError);
        expect(err.message).toMatch(message);
        expect(readdirSync(dir)).toEqual([]);
      }
    });

    it('findVersion of a stored version gives its digest; of an unknown version, none', async () => {
      const built = build(4096);
      await store.put(built.file, built.meta, built.provenance);

      expect(await store.findVersion('catalog', built.meta.version)).toEqual([built.meta.digest]);
      expect(await store.findVersion('catalog', '9.9.9+1.unknown')).toEqual([]);
      expect(await store.findVersion('payments', built.meta.version)).toEqual([]);
    });

    it('inspect returns the meta and provenance bound to the digest, and a ref get accepts', async () => {
      const built = build(4096);
      const stored = await store.put(built.file, built.meta, built.provenance);

      const inspected = await store.inspect('catalog', built.meta.digest, stored.ref);
      expect(inspected.meta).toEqual(built.meta);
      expect(inspected.provenance.equals(built.provenance)).toBe(true);
      expect(inspected.ref.startsWith(REF_PREFIX[store.kind])).toBe(true);
      const got = await store.get(inspected.ref, join(outDir(), 'inspected.tar.gz'));
      expect(got.meta).toEqual(built.meta);

      if (options.inspectNeedsRef) {
        const err = await rejection(store.inspect('catalog', built.meta.digest));
        expect(err).not.toBeInstanceOf(ArtifactNotFoundError);
        expect(err.message).toMatch(options.inspectNeedsRef);
        expect(err.message).toContain(built.meta.digest);
      } else {
        const byDigest = await store.inspect('catalog', built.meta.digest);
        expect(byDigest.meta).toEqual(built.meta);
        expect(byDigest.provenance.equals(built.provenance)).toBe(true);
        expect(byDigest.ref).toBe(inspected.ref);
      }
    });

    it('inspect of a digest the store does not hold rejects with ArtifactNotFoundError', async () => {
      const unknown: Digest = `sha256:${'1'.repeat(64)}`;
      // A store that needs a ref is given one that names nothing stored (and says so as get does).
      const missing = options.inspectNeedsRef ? options.missingRefs(fixture)[0] : undefined;
      const err = await rejection(store.inspect('catalog', unknown, missing?.ref));
      expect(err).toBeInstanceOf(ArtifactNotFoundError);
      if (missing) expect(err.message).toMatch(missing.message);
      else expect(err.message).toContain(unknown);
    });

    it('inspect refuses an artifact of another service', async () => {
      const built = build(4096);
      const stored = await store.put(built.file, built.meta, built.provenance);
      const err = await rejection(store.inspect('payments', built.meta.digest, stored.ref));
      expect(err).not.toBeInstanceOf(DigestMismatchError);
      expect(err.message).toMatch(/catalog|payments/);
    });

    if (options.inspectHashesBytes) {
      it('inspect of tampered bytes rejects with DigestMismatchError naming both digests', async () => {
        const built = build();
        const stored = await store.put(built.file, built.meta, built.provenance);
        const tampered = await fixture.tamper(stored.ref, built.meta.digest);

        const err = await rejection(store.inspect('catalog', built.meta.digest, stored.ref));
        expect(err).toBeInstanceOf(DigestMismatchError);
        const mismatch = err as DigestMismatchError;
        expect(mismatch.expected).toBe(built.meta.digest);
        expect(mismatch.actual).toBe(tampered);
      });
    }

    it('inspect refuses a provenance whose subject is not the artifact digest, naming both', async () => {
      const built = build(4096);
      const stored = await store.put(built.file, built.meta, built.provenance);
      const other = sha256(Buffer.from('other bytes'));
      const statement = JSON.parse(built.provenance.toString('utf8')) as {
        subject: { digest: { sha256: string } }[];
      };
      statement.subject[0]!.digest.sha256 = other.slice('sha256:'.length);
      await fixture.forgeProvenance(
        stored.ref,
        built.meta.digest,
        Buffer.from(JSON.stringify(statement, null, 2) + '\n'),
      );

      const err = await rejection(store.inspect('catalog', built.meta.digest, stored.ref));
      expect(err.message).toMatch(/provenance/i);
      expect(err.message).toContain(other);
      expect(err.message).toContain(built.meta.digest);
    });

    it('progress callbacks report done ≤ total, never going back, and end at total', async () => {
      const built = build(300_000);
      const putProgress = recorder();
      const stored = await store.put(
        built.file,
        built.meta,
        built.provenance,
        putProgress.onProgress,
      );
      expectCompleteProgress(putProgress.calls, built.meta.size);

      // A put that has nothing to transfer still reports completion.
      const againProgress = recorder();
      await store.put(built.file, built.meta, built.provenance, againProgress.onProgress);
      expectCompleteProgress(againProgress.calls, built.meta.size);

      const getProgress = recorder();
      await store.get(stored.ref, join(outDir(), 'progress.tar.gz'), getProgress.onProgress);
      expectCompleteProgress(getProgress.calls, built.meta.size);
    });

    it('get refuses refs of another store kind, quoting the ref, even for an artifact it holds', async () => {
      const built = build(4096);
      await store.put(built.file, built.meta, built.provenance);
      const foreign: Record<ArtifactStore['kind'], string> = {
        local: `local:/elsewhere/artifacts@${built.meta.digest}`,
        github: `github:1/${built.meta.fileName}@${built.meta.digest}`,
        oci: `oci://registry.example/acme/catalog@${built.meta.digest}`,
      };
      for (const [kind, ref] of Object.entries(foreign)) {
        if (kind === store.kind) continue;
        const dir = outDir();
        const err = await rejection(store.get(ref, join(dir, 'foreign.tar.gz')));
        expect(err).not.toBeInstanceOf(DigestMismatchError);
        expect(err.message).toContain(ref);
        expect(readdirSync(dir)).toEqual([]);
      }
    });

    it(
      options.concurrentPutsSucceed
        ? 'concurrent puts of the same artifact all succeed with one ref and an intact artifact'
        : 'concurrent puts of the same artifact leave one ref and an intact artifact (some may be refused)',
      async () => {
        const built = build();
        const puts = await Promise.allSettled(
          [1, 2, 3].map(() => store.put(built.file, built.meta, built.provenance)),
        );

        const stored = puts
          .filter((p): p is PromiseFulfilledResult<StoredArtifact> => p.status === 'fulfilled')
          .map((p) => p.value);
        const refused = puts
          .filter((p): p is PromiseRejectedResult => p.status === 'rejected')
          .map((p) => p.reason as unknown);
        if (options.concurrentPutsSucceed) expect(refused).toEqual([]);
        for (const reason of refused) {
          expect(reason).toBeInstanceOf(Error);
          expect(reason).not.toBeInstanceOf(DigestMismatchError);
          if (options.concurrentPutRefusal) {
            expect((reason as Error).message).toMatch(options.concurrentPutRefusal);
          }
        }
        expect(stored.length).toBeGreaterThan(0);
        expect(new Set(stored.map((s) => s.ref)).size).toBe(1);

        const dest = join(outDir(), 'concurrent.tar.gz');
        const got = await store.get(stored[0]!.ref, dest);
        expect(readFileSync(dest).equals(built.bytes)).toBe(true);
        expect(got.meta).toEqual(built.meta);
        expect(got.provenance.equals(built.provenance)).toBe(true);
      },
    );
  });
}
