/** sha256 digests of artifact files: computed by streaming, never by reading a file whole. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { DigestMismatchError, type Digest } from './types.js';

const READ_CHUNK = 1024 * 1024;

export function isDigest(s: string): s is Digest {
  return /^sha256:[0-9a-f]{64}$/.test(s);
}

/** The `sha256:<hex>` digest of a file's bytes. */
export async function digestFile(path: string): Promise<Digest> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
    hash.update(chunk as Buffer);
  }
  return `sha256:${hash.digest('hex')}`;
}

/**
 * Throws DigestMismatchError unless the file's digest is `expected`. `where` names the file's
 * role for the message, e.g. "artifact catalog@1.4.0 downloaded from oci://…".
 */
export async function verifyFile(path: string, expected: Digest, where: string): Promise<void> {
  if (!isDigest(expected)) {
    throw new Error(
      `Expected digest "${expected}" for ${where} is not of the form sha256:<64 lowercase hex digits>.`,
    );
  }
  const actual = await digestFile(path);
  if (actual !== expected) throw new DigestMismatchError(expected, actual, where);
}
