/**
 * sha256 digests, the identity of every artifact, blob and document: one pattern, one way to
 * hash bytes, a stream or a file (streamed, never read whole), one way to verify.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { DigestMismatchError, type Digest } from './types.js';

const READ_CHUNK = 1024 * 1024;

/** `sha256:<64 lowercase hex>`, as a pattern source for larger expressions (refs). */
export const DIGEST_SOURCE = 'sha256:[0-9a-f]{64}';
const DIGEST_RE = new RegExp(`^${DIGEST_SOURCE}$`);

export function isDigest(s: string): s is Digest {
  return DIGEST_RE.test(s);
}

/** The digest of bytes in memory (manifests, provenance documents). */
export function sha256(bytes: Buffer | string): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** An incremental digest, for bytes that pass through on their way elsewhere (downloads). */
export class DigestStream {
  private readonly hash: Hash = createHash('sha256');

  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
  }

  digest(): Digest {
    return `sha256:${this.hash.digest('hex')}`;
  }
}

/** The `sha256:<hex>` digest of a file's bytes. */
export async function digestFile(path: string): Promise<Digest> {
  const hash = new DigestStream();
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest();
}

/** Throws DigestMismatchError unless `actual` is `expected`; `where` names what was checked. */
export function checkDigest(expected: Digest, actual: Digest, where: string): void {
  if (actual !== expected) throw new DigestMismatchError(expected, actual, where);
}

/**
 * Throws DigestMismatchError unless the file's digest is `expected`. `where` names the file's
 * role for the message, e.g. "artifact catalog@1.4.0 downloaded from oci://…".
 */
export async function verifyFile(path: string, expected: Digest, where: string): Promise<void> {
  if (!isDigest(expected)) {
    throw new Error(
      `Expected digest "${String(expected)}" for ${where} is not of the form sha256:<64 lowercase hex digits>.`,
    );
  }
  checkDigest(expected, await digestFile(path), where);
}
