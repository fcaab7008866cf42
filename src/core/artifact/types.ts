/** Artifacts: the immutable output of one build of one service; identity = sha256 digest. */

/** `sha256:<64 lowercase hex>` */
export type Digest = `sha256:${string}`;

export type ArtifactKind = 'archive' | 'deb';

export const ARTIFACT_MEDIA_TYPE: Record<ArtifactKind, string> = {
  archive: 'application/vnd.msdeploy.artifact.layer.v1.tar+gzip',
  deb: 'application/vnd.debian.binary-package',
};
/** The OCI artifactType of an msdeploy artifact manifest. */
export const ARTIFACT_TYPE = 'application/vnd.msdeploy.artifact.v1';
/** The media type of a provenance document (in-toto statement, SLSA provenance predicate). */
export const PROVENANCE_MEDIA_TYPE = 'application/vnd.in-toto+json';

export interface ArtifactMeta {
  service: string;
  version: string;
  kind: ArtifactKind;
  digest: Digest;
  size: number;
  /** File name the artifact is stored under, e.g. `catalog-1.4.0+12.abc1234.tar.gz`. */
  fileName: string;
}

export class DigestMismatchError extends Error {
  constructor(
    readonly expected: Digest,
    readonly actual: Digest,
    where: string,
  ) {
    super(
      `Digest mismatch for ${where}: expected ${expected}, got ${actual}. The artifact was altered or corrupted; it will not be used.`,
    );
    this.name = 'DigestMismatchError';
  }
}

/** The store has no such artifact (unknown version, digest never stored, or expired). */
export class ArtifactNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactNotFoundError';
  }
}
