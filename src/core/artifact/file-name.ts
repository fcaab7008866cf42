/**
 * The artifact's file name: what the packer names it (`<service>-<version>.<ext>`) and what a
 * name read back from a store (an OCI title annotation, a provenance subject) must look like
 * before it is used as a file name: one path component of letters, digits and `. _ + -`,
 * starting with a letter or digit, never `..`, no `/`, `\`, NUL or control characters.
 */
import type { ArtifactKind } from './types.js';

export const FILE_EXT: Record<ArtifactKind, string> = { archive: 'tar.gz', deb: 'deb' };

const FILE_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$/;

export function isArtifactFileName(name: unknown): name is string {
  return typeof name === 'string' && FILE_NAME_RE.test(name) && !name.includes('..');
}

/** Throws unless `name` is a safe artifact file name; the message quotes it JSON-escaped. */
export function checkArtifactFileName(name: unknown, where: string): string {
  if (!isArtifactFileName(name)) {
    throw new Error(
      `${where} names the artifact file ${JSON.stringify(name)}: not a plain file name (letters, digits and . _ + -, starting with a letter or digit, no "..", "/", control characters). Refusing to use it.`,
    );
  }
  return name;
}

/** The name the packer gives an artifact; checked, so a store never records one it would refuse. */
export function artifactFileName(service: string, version: string, kind: ArtifactKind): string {
  return checkArtifactFileName(
    `${service}-${version}.${FILE_EXT[kind]}`,
    `The artifact of ${service} ${version}`,
  );
}
