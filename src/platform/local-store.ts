/**
 * The `local` artifact store: a content-addressed directory.
 *
 *   <root>/blobs/sha256/<hex>               the artifact bytes
 *   <root>/blobs/sha256/<hex>.meta.json     its ArtifactMeta
 *   <root>/blobs/sha256/<hex>.provenance.json
 *   <root>/tags/<service>/<version>         the digest, so `service@version` finds it
 *
 * Files are written beside their destination and renamed into place, so a crash never leaves
 * a half-written blob under a digest name. Every read re-hashes the bytes.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { digestFile, isDigest, verifyFile } from '../core/artifact/digest.js';
import { checkProvenanceSubject } from '../core/artifact/provenance.js';
import {
  ArtifactNotFoundError,
  DigestMismatchError,
  type ArtifactMeta,
  type Digest,
} from '../core/artifact/types.js';
import type { ArtifactStore, InspectedArtifact, Progress, StoredArtifact } from '../core/ports.js';
import { NAME_PATTERN, NAME_RE } from '../core/manifest/spec.js';
import { SAFE_VERSION_RE } from '../core/artifact/version.js';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function writeAtomic(path: string, data: Buffer | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export class LocalStore implements ArtifactStore {
  readonly kind = 'local' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private blob(digest: Digest): string {
    return join(this.root, 'blobs', 'sha256', digest.slice('sha256:'.length));
  }

  async put(
    file: string,
    meta: ArtifactMeta,
    provenance: Buffer,
    onProgress?: Progress,
  ): Promise<StoredArtifact> {
    if (!isDigest(meta.digest)) throw new Error(`Not a sha256 digest: ${String(meta.digest)}`);
    serviceName(meta.service);
    await verifyFile(file, meta.digest, file);
    // A version names one artifact for good: its tag never moves to other bytes.
    const tagFile = join(this.root, 'tags', meta.service, tagName(meta.version));
    const tagged = (await readFile(tagFile, 'utf8').catch(() => undefined))?.trim();
    if (tagged !== undefined && tagged !== meta.digest) {
      throw new Error(
        `${meta.service}@${meta.version} is already ${tagged} in the local store ${this.root}, ` +
          `not ${meta.digest}: a version never moves to other bytes. Build a new version ` +
          '(commit the change, or pass another version), or remove the old tag on purpose.',
      );
    }
    const blob = this.blob(meta.digest);
    await removeStale(dirname(blob));
    let bytesUploaded = 0;
    if (!(await exists(blob))) {
      await mkdir(dirname(blob), { recursive: true });
      const tmp = `${blob}.${randomUUID()}.tmp`;
      await copyFile(file, tmp);
      await rename(tmp, blob);
      bytesUploaded = meta.size;
    }
    onProgress?.(meta.size, meta.size);
    await writeAtomic(`${blob}.meta.json`, JSON.stringify(meta, null, 2) + '\n');
    await writeAtomic(`${blob}.provenance.json`, provenance);
    if (tagged === undefined) await writeAtomic(tagFile, meta.digest + '\n');
    return { ref: `local:${this.root}@${meta.digest}`, location: blob, bytesUploaded };
  }

  /** The digest `tags/<service>/<version>` names: at most one, since a version never moves. */
  async findVersion(service: string, version: string): Promise<Digest[]> {
    const tagFile = join(this.root, 'tags', serviceName(service), tagName(version));
    const text = (await readFile(tagFile, 'utf8').catch(() => undefined))?.trim();
    if (text === undefined) return [];
    if (!isDigest(text)) {
      throw new Error(
        `The tag file ${tagFile} in the local store holds ${JSON.stringify(text.slice(0, 80))}, not a sha256 digest: ` +
          'it was edited by hand. Restore it or delete it (and the blob it named) to build the version again.',
      );
    }
    return [text];
  }

  /**
   * Everything `get` checks, without copying: the blob exists, its metadata and provenance name
   * the digest (and the service), and the bytes still hash to it. Re-hashing a local file is
   * cheap, and it is what keeps a blob edited on disk from being promoted.
   */
  async inspect(service: string, digest: Digest, ref?: string): Promise<InspectedArtifact> {
    serviceName(service);
    if (!isDigest(digest)) throw new Error(`Not a sha256 digest: ${String(digest)}`);
    if (ref !== undefined) {
      const named = await this.resolve(ref);
      if (named !== digest) {
        throw new Error(
          `Artifact reference ${ref} names ${named}, not ${digest}: pass the reference of the artifact being inspected.`,
        );
      }
    }
    const blob = this.blob(digest);
    const where = `${digest} in the local store ${this.root}`;
    if (!(await exists(blob))) {
      throw new ArtifactNotFoundError(
        `Artifact ${digest} of ${service} is not in the local store ${this.root}: build it (msdeploy build ${service}) or use the store it was built into.`,
      );
    }
    const { meta, provenance } = await this.boundMeta(digest);
    if (meta.service !== service) {
      throw new Error(
        `Artifact ${where} belongs to service ${meta.service}, not ${service}: check the service and digest.`,
      );
    }
    const actual = await digestFile(blob);
    if (actual !== digest) throw new DigestMismatchError(digest, actual, where);
    return { meta, provenance, ref: `local:${this.root}@${digest}` };
  }

  /** Metadata and provenance, used only when bound to the digest they are stored under. */
  private async boundMeta(digest: Digest): Promise<{ meta: ArtifactMeta; provenance: Buffer }> {
    const blob = this.blob(digest);
    const where = `${digest} in the local store ${this.root}`;
    const meta = JSON.parse(await readFile(`${blob}.meta.json`, 'utf8')) as ArtifactMeta;
    const provenance = await readFile(`${blob}.provenance.json`);
    if (meta.digest !== digest) {
      throw new Error(
        `The metadata of ${where} names ${String(meta.digest)}: it belongs to other bytes; refusing the artifact.`,
      );
    }
    checkProvenanceSubject(provenance, digest, where);
    return { meta, provenance };
  }

  /** Accepts `local:<root>@sha256:…`, a bare `sha256:…`, or `<service>@<version>`. */
  async resolve(ref: string): Promise<Digest> {
    const at = ref.lastIndexOf('@');
    const tail = at >= 0 ? ref.slice(at + 1) : ref;
    if (isDigest(tail)) {
      const head = ref.slice(0, Math.max(at, 0));
      if (head && !head.startsWith('local:')) {
        throw new Error(
          `Artifact reference ${JSON.stringify(ref)} names another kind of store, not the local store ${this.root}: open the store it names.`,
        );
      }
      if (head && resolve(head.slice('local:'.length)) !== this.root) {
        throw new Error(`Artifact ${ref} is in another local store than ${this.root}.`);
      }
      return tail;
    }
    if (at > 0) {
      const service = serviceName(ref.slice(0, at));
      const tagFile = join(this.root, 'tags', service, tagName(tail));
      const text = await readFile(tagFile, 'utf8').catch(() => undefined);
      if (text && isDigest(text.trim())) return text.trim() as Digest;
      throw new Error(`No artifact ${service}@${tail} in the local store ${this.root}.`);
    }
    throw new Error(
      `Cannot read artifact reference ${JSON.stringify(ref)}: expected local:<dir>@sha256:<hex> or <service>@<version>.`,
    );
  }

  async get(ref: string, destFile: string, onProgress?: Progress) {
    const digest = await this.resolve(ref);
    const blob = this.blob(digest);
    if (!(await exists(blob)))
      throw new ArtifactNotFoundError(`Artifact ${digest} is not in the local store ${this.root}.`);
    const { meta, provenance } = await this.boundMeta(digest);
    await mkdir(dirname(destFile), { recursive: true });
    const tmp = `${destFile}.${randomUUID()}.tmp`;
    await copyFile(blob, tmp);
    try {
      await verifyFile(tmp, digest, `${ref} (local store)`);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    await rename(tmp, destFile);
    onProgress?.(meta.size, meta.size);
    return { meta, provenance };
  }
}

/** A `.tmp`/`.partial` file this old was left by a writer that was killed: nobody renames it now. */
export const STALE_TEMP_MS = 15 * 60 * 1000;

/** Remove orphaned temporary files of killed writers (old enough that no live writer owns them). */
async function removeStale(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const now = Date.now();
  for (const name of names) {
    if (!name.endsWith('.tmp') && !name.endsWith('.partial')) continue;
    const file = join(dir, name);
    const info = await stat(file).catch(() => undefined);
    if (info && now - info.mtimeMs > STALE_TEMP_MS) await rm(file, { force: true });
  }
}

/**
 * A service name is a directory under tags/: only the manifest's NAME pattern, so a ref such as
 * `../../etc@1.0.0` can never name a path outside the store.
 */
function serviceName(service: string): string {
  if (!NAME_RE.test(service)) {
    throw new Error(
      `Service name ${JSON.stringify(service)} is not a service name (${NAME_PATTERN}): the local store refuses it.`,
    );
  }
  return service;
}

/** Versions may contain `+`; SAFE_VERSION_RE keeps a tag one file name inside tags/<service>/. */
function tagName(version: string): string {
  if (!SAFE_VERSION_RE.test(version))
    throw new Error(`Version ${JSON.stringify(version)} has characters a tag cannot hold.`);
  return version;
}
