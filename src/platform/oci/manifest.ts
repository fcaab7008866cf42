/**
 * The OCI documents msdeploy pushes (image manifest v1.1 "artifact" form) and reads back:
 *   artifact manifest  — artifactType ARTIFACT_TYPE, empty config, one layer = the artifact file;
 *   provenance manifest — a referrer: `subject` = the artifact manifest, one layer = provenance JSON;
 *   referrers index    — the tag-schema fallback (`sha256-<hex>`) for registries without the
 *                        referrers API, listing the referrers of one manifest.
 */
import { isDigest, sha256 } from '../../core/artifact/digest.js';
import { checkArtifactFileName } from '../../core/artifact/file-name.js';
import { NAME_PATTERN, NAME_RE } from '../../core/manifest/spec.js';
import {
  ARTIFACT_MEDIA_TYPE,
  ARTIFACT_TYPE,
  PROVENANCE_MEDIA_TYPE,
  DigestMismatchError,
  type ArtifactKind,
  type ArtifactMeta,
  type Digest,
} from '../../core/artifact/types.js';

export const MEDIA_TYPE_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const MEDIA_TYPE_INDEX = 'application/vnd.oci.image.index.v1+json';
export const MEDIA_TYPE_EMPTY = 'application/vnd.oci.empty.v1+json';
/** The empty JSON object `{}`: the config of artifacts that have none. */
export const EMPTY_CONFIG = Buffer.from('{}');

export const ANNOTATION = {
  title: 'org.opencontainers.image.title',
  created: 'org.opencontainers.image.created',
  version: 'org.opencontainers.image.version',
  service: 'dev.msdeploy.service',
  artifactVersion: 'dev.msdeploy.artifact.version',
  kind: 'dev.msdeploy.artifact.kind',
  digest: 'dev.msdeploy.artifact.digest',
} as const;

export interface Descriptor {
  mediaType: string;
  digest: Digest;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType: typeof MEDIA_TYPE_MANIFEST;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType: typeof MEDIA_TYPE_INDEX;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

export { sha256 };

export function emptyConfigDescriptor(): Descriptor {
  return { mediaType: MEDIA_TYPE_EMPTY, digest: sha256(EMPTY_CONFIG), size: EMPTY_CONFIG.length };
}

/** Manifests are stored and addressed by their exact bytes: serialise once, hash those. */
export function encode(doc: ImageManifest | ImageIndex): { bytes: Buffer; digest: Digest } {
  const bytes = Buffer.from(JSON.stringify(doc));
  return { bytes, digest: sha256(bytes) };
}

export function artifactManifest(meta: ArtifactMeta, created: string): ImageManifest {
  return {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_MANIFEST,
    artifactType: ARTIFACT_TYPE,
    config: emptyConfigDescriptor(),
    layers: [
      {
        mediaType: ARTIFACT_MEDIA_TYPE[meta.kind],
        digest: meta.digest,
        size: meta.size,
        annotations: { [ANNOTATION.title]: meta.fileName },
      },
    ],
    annotations: {
      [ANNOTATION.created]: created,
      [ANNOTATION.version]: meta.version,
      [ANNOTATION.title]: meta.fileName,
      [ANNOTATION.service]: meta.service,
      [ANNOTATION.artifactVersion]: meta.version,
      [ANNOTATION.kind]: meta.kind,
      [ANNOTATION.digest]: meta.digest,
    },
  };
}

export function provenanceManifest(
  subject: Descriptor,
  provenance: Descriptor,
  created: string,
): ImageManifest {
  return {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_MANIFEST,
    artifactType: PROVENANCE_MEDIA_TYPE,
    config: emptyConfigDescriptor(),
    layers: [provenance],
    subject,
    annotations: { [ANNOTATION.created]: created },
  };
}

/** The descriptor a referrers list holds for a manifest (artifactType and annotations hoisted). */
export function referrerDescriptor(
  manifest: ImageManifest,
  encoded: { bytes: Buffer; digest: Digest },
): Descriptor {
  return {
    mediaType: MEDIA_TYPE_MANIFEST,
    digest: encoded.digest,
    size: encoded.bytes.length,
    ...(manifest.artifactType ? { artifactType: manifest.artifactType } : {}),
    ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
  };
}

/** The tag the distribution spec's fallback stores a manifest's referrers index under. */
export function referrersTag(digest: Digest): string {
  return digest.replace(':', '-');
}

/** Add a referrer to a fallback index (kept once per digest), returning a new index. */
export function withReferrer(index: ImageIndex | undefined, referrer: Descriptor): ImageIndex {
  const manifests = (index?.manifests ?? []).filter((d) => d.digest !== referrer.digest);
  return { schemaVersion: 2, mediaType: MEDIA_TYPE_INDEX, manifests: [...manifests, referrer] };
}

/**
 * When the provenance was built, if it says so (an in-toto SLSA statement does); pushing the
 * same artifact with the same provenance then yields the same manifest digest.
 */
export function createdFrom(provenance: Buffer, fallback: Date): string {
  try {
    const doc = JSON.parse(provenance.toString('utf8')) as {
      predicate?: { runDetails?: { metadata?: { finishedOn?: unknown } } };
    };
    const finished = doc.predicate?.runDetails?.metadata?.finishedOn;
    if (typeof finished === 'string' && !Number.isNaN(Date.parse(finished))) return finished;
  } catch {
    // not JSON we understand: the push time is the best we know
  }
  return fallback.toISOString();
}

const KINDS = Object.keys(ARTIFACT_MEDIA_TYPE) as ArtifactKind[];

/**
 * Read an artifact manifest back into ArtifactMeta. The layer's digest must be the digest the
 * annotations record: that digest is the artifact's identity everywhere else in msdeploy.
 */
export function metaFromManifest(
  manifest: ImageManifest,
  where: string,
): { meta: ArtifactMeta; layer: Descriptor } {
  const bad = (why: string) =>
    new Error(
      `${where} is not an msdeploy artifact manifest: ${why}. Was it pushed by msdeploy's OCI store?`,
    );
  if (manifest.artifactType !== ARTIFACT_TYPE) {
    throw bad(
      `artifactType is ${JSON.stringify(manifest.artifactType)}, expected ${ARTIFACT_TYPE}`,
    );
  }
  if (manifest.layers?.length !== 1)
    throw bad(`it has ${manifest.layers?.length ?? 0} layers, expected 1`);
  const layer = manifest.layers[0]!;
  const a = manifest.annotations ?? {};
  const kind = a[ANNOTATION.kind] as ArtifactKind | undefined;
  const service = a[ANNOTATION.service];
  const version = a[ANNOTATION.artifactVersion];
  const recorded = a[ANNOTATION.digest];
  if (!service || !version || !recorded) {
    throw bad(
      `annotations ${ANNOTATION.service}, ${ANNOTATION.artifactVersion} and ${ANNOTATION.digest} are required`,
    );
  }
  if (!kind || !KINDS.includes(kind)) throw bad(`unknown kind ${JSON.stringify(kind)}`);
  if (layer.mediaType !== ARTIFACT_MEDIA_TYPE[kind]) {
    throw bad(`layer media type ${layer.mediaType} doesn't match kind ${kind}`);
  }
  // Everything here came from the registry: a digest goes into URLs, a title becomes a file name.
  if (!isDigest(layer.digest))
    throw bad(`the layer digest ${JSON.stringify(layer.digest)} is not sha256:<64 hex>`);
  if (!isDigest(recorded))
    throw bad(`${ANNOTATION.digest} ${JSON.stringify(recorded)} is not sha256:<64 hex>`);
  if (!Number.isSafeInteger(layer.size) || layer.size < 0) {
    throw bad(`the layer size ${JSON.stringify(layer.size)} is not a byte count`);
  }
  if (!NAME_RE.test(service))
    throw bad(`service ${JSON.stringify(service)} is not a service name (${NAME_PATTERN})`);
  if (recorded !== layer.digest) {
    throw new DigestMismatchError(recorded, layer.digest, `the layer listed by ${where}`);
  }
  const title = layer.annotations?.[ANNOTATION.title] ?? a[ANNOTATION.title];
  if (!title) throw bad(`the layer has no ${ANNOTATION.title} annotation`);
  const fileName = checkArtifactFileName(title, where);
  return {
    meta: { service, version, kind, digest: layer.digest, size: layer.size, fileName },
    layer,
  };
}
