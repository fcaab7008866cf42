/**
 * OciStore: msdeploy artifacts in any OCI registry (GHCR, ECR, Harbor, a local docker-registry).
 *
 * put() pushes the artifact file as the single layer of an OCI artifact manifest (artifactType
 * ARTIFACT_TYPE, empty config), tags it with the version (`+` → `_`, tags can't hold `+`),
 * and attaches the provenance as a referrer manifest whose `subject` is the artifact manifest.
 *
 * Layout: each service has its own repository under the configured one (`registry:
 * ghcr.io/acme/shop` keeps `catalog` in `ghcr.io/acme/shop/catalog`). Two services built from one
 * commit share a version, so one shared repository would refuse the second one's version tag as
 * a moving tag; and a stage tag (`uat`) can only point at one artifact per repository.
 *
 * Tags in a service's repository: the version (`1.4.57_abc1234`, never moves), the artifact
 * digest (`artifact-sha256-<hex>`, so a digest alone finds its manifest: inspect, tagStage), and
 * one per stage the ledger promoted an artifact into (`uat`, moved by tagStage).
 *
 * Refs: put() returns `oci://<host>/<repo>/<service>@sha256:<MANIFEST digest>` — the registry addresses
 * content by manifest digest. The artifact's own identity (the LAYER digest, ArtifactMeta.digest)
 * is recorded in the manifest's annotations; get() checks the layer against it and hashes the
 * downloaded bytes, so a ref by tag (`oci://<host>/<repo>:<tag>`) is just as safe to fetch.
 */
import { stat } from 'node:fs/promises';
import { checkProvenanceSubject } from '../../core/artifact/provenance.js';
import { NAME_PATTERN, NAME_RE } from '../../core/manifest/spec.js';
import {
  ArtifactNotFoundError,
  DigestMismatchError,
  PROVENANCE_MEDIA_TYPE,
  type ArtifactMeta,
  type Digest,
} from '../../core/artifact/types.js';
import type {
  ArtifactStore,
  InspectedArtifact,
  Progress,
  StoredArtifact,
} from '../../core/ports.js';
import type { Logger } from '../../core/ports.js';
import { DEFAULT_RETRY, type HttpOptions, type HttpTimeouts, type RetryPolicy } from '../http.js';
import { RegistryAuth } from './auth.js';
import { RegistryClient } from './client.js';
import {
  ANNOTATION,
  EMPTY_CONFIG,
  MEDIA_TYPE_MANIFEST,
  artifactManifest,
  createdFrom,
  encode,
  metaFromManifest,
  provenanceManifest,
  referrerDescriptor,
  sha256,
  type Descriptor,
  type ImageManifest,
} from './manifest.js';
import {
  OCI_SCHEME,
  digestTag,
  formatReference,
  parseReference,
  registryBaseUrl,
  serviceRepository,
  versionToTag,
  type OciReference,
} from './reference.js';

export interface OciStoreOptions {
  /**
   * `host[:port]/path`, e.g. `ghcr.io/acme/shop` or `127.0.0.1:5000/acme/shop`: each service's
   * artifacts go to the repository `<path>/<service>` under it.
   */
  repository: string;
  username?: string;
  password?: string;
  /** A ready bearer token sent as is, instead of username/password and a token exchange. */
  token?: string;
  /** Allow plain HTTP to a non-loopback registry (loopback always may use HTTP). */
  insecure?: boolean;
  logger?: Logger;
  /**
   * Upload every blob over this many bytes in chunks of it (a registry's OCI-Chunk-Min-Length
   * wins if larger). Unset: a blob goes up in one PUT, streamed from the file, up to 1 GiB
   * (MONOLITHIC_PUT_MAX), and in 8 MiB chunks above that or when the registry refuses the size.
   */
  chunkSize?: number;
  retry?: Partial<RetryPolicy>;
  /** Per-request limits (defaults: 30 s for the headers, 60 s idle while sending or receiving). */
  timeouts?: Partial<HttpTimeouts>;
  clock?: () => Date;
}

export interface OciStoredArtifact extends StoredArtifact {
  /** Digest of the artifact manifest (what the ref names). */
  manifestDigest: Digest;
  /** Digest of the provenance referrer manifest. */
  provenanceDigest: Digest;
  tag: string;
  /** Every blob byte sent (layer, provenance, config); `bytesUploaded` counts the layer only. */
  totalBytesUploaded: number;
}

export class OciStore implements ArtifactStore {
  readonly kind = 'oci' as const;
  private readonly target: OciReference;
  private readonly auth: RegistryAuth;
  private readonly clients = new Map<string, RegistryClient>();
  private readonly http: HttpOptions & { retry: RetryPolicy };

  constructor(private readonly options: OciStoreOptions) {
    const target = parseReference(options.repository);
    if (target.tag || target.digest) {
      throw new Error(
        `OCI store repository "${options.repository}" must not carry a tag or digest: msdeploy tags each artifact with its version.`,
      );
    }
    if (
      options.chunkSize !== undefined &&
      !(Number.isInteger(options.chunkSize) && options.chunkSize > 0)
    ) {
      throw new Error(
        `OCI store chunkSize must be a positive integer of bytes, got ${options.chunkSize}.`,
      );
    }
    if (target.lowercasedFrom) {
      options.logger?.info(
        `OCI repository "${target.lowercasedFrom}" lower-cased to "${target.repository}": registries require lowercase repository names.`,
      );
    }
    this.target = target;
    this.http = {
      retry: { ...DEFAULT_RETRY, ...options.retry },
      timeouts: options.timeouts,
      logger: options.logger,
      insecure: options.insecure,
    };
    const { username, password, token } = options;
    this.auth = new RegistryAuth(
      target.host,
      { username, password, token },
      this.http,
      new URL(registryBaseUrl(target.host, options.insecure)).origin,
    );
  }

  private client(repository: string): RegistryClient {
    let client = this.clients.get(repository);
    if (!client) {
      client = new RegistryClient({
        baseUrl: registryBaseUrl(this.target.host, this.options.insecure),
        host: this.target.host,
        repository,
        auth: this.auth,
        http: this.http,
        chunkSize: this.options.chunkSize,
      });
      this.clients.set(repository, client);
    }
    return client;
  }

  async put(
    file: string,
    meta: ArtifactMeta,
    provenance: Buffer,
    onProgress?: Progress,
  ): Promise<OciStoredArtifact> {
    await checkSize(file, meta);
    const tag = versionToTag(meta.version);
    const repository = serviceRepository(this.target.repository, meta.service);
    const registry = this.client(repository);
    const log = this.options.logger;
    const created = createdFrom(provenance, this.options.clock?.() ?? new Date());

    // Everything a put writes is known before a request: the manifests depend on bytes and time only.
    const encoded = encode(artifactManifest(meta, created));
    const subject: Descriptor = {
      mediaType: MEDIA_TYPE_MANIFEST,
      digest: encoded.digest,
      size: encoded.bytes.length,
    };
    const provDescriptor: Descriptor = {
      mediaType: PROVENANCE_MEDIA_TYPE,
      digest: sha256(provenance),
      size: provenance.length,
    };
    const referrer = provenanceManifest(subject, provDescriptor, created);
    const referrerEncoded = encode(referrer);
    const at = { host: this.target.host, repository };
    const stored = (bytesUploaded: number, totalBytesUploaded: number): OciStoredArtifact => ({
      ref: `${OCI_SCHEME}${formatReference({ ...at, digest: encoded.digest })}`,
      location: formatReference({ ...at, tag }),
      bytesUploaded,
      manifestDigest: encoded.digest,
      provenanceDigest: referrerEncoded.digest,
      tag,
      totalBytesUploaded,
    });

    // Before any byte goes up: a version tag never moves to other bytes. (Two pushes racing on
    // one version are not serialised by the registry.)
    const [held, layerPresent] = await Promise.all([
      this.refuseMovingTag(registry, tag, meta),
      registry.hasBlob(meta.digest, 'push'),
    ]);
    if (
      held?.equals(encoded.bytes) &&
      layerPresent &&
      (await this.complete(registry, meta, encoded, referrerEncoded))
    ) {
      log?.info(
        `${registry.name}:${tag} already holds this artifact and provenance: nothing to push`,
      );
      onProgress?.(meta.size, meta.size);
      return stored(0, 0);
    }
    // The three blobs at once: the small ones' round trips hide behind the layer's upload.
    const uploadLayer = async () => {
      if (!layerPresent)
        return registry.uploadBlobFromFile(file, meta.digest, meta.size, onProgress);
      onProgress?.(meta.size, meta.size);
      return 0;
    };
    const [bytesUploaded, config, prov] = await Promise.all([
      uploadLayer(),
      registry.pushBlob(EMPTY_CONFIG),
      registry.pushBlob(provenance),
    ]);
    log?.info(
      bytesUploaded === 0
        ? `${registry.name} already has ${meta.digest}: no layer bytes uploaded`
        : `uploaded ${meta.fileName} (${bytesUploaded} bytes) to ${registry.name}`,
    );

    // No `?tag=` (docker-registry 2.8 lacks it): the manifest by digest and by version tag, and
    // the provenance referrer (whose subject is that digest), side by side.
    const attachProvenance = async () => {
      const pushed = await registry.putManifest(
        referrerEncoded.digest,
        referrerEncoded.bytes,
        MEDIA_TYPE_MANIFEST,
      );
      if (pushed.subjectAccepted) return;
      log?.debug(
        `${this.target.host} has no referrers API: listing the provenance under tag fallback`,
      );
      await registry.addFallbackReferrer(
        encoded.digest,
        referrerDescriptor(referrer, referrerEncoded),
      );
    };
    await Promise.all([
      registry.putManifest(encoded.digest, encoded.bytes, MEDIA_TYPE_MANIFEST),
      registry.putManifest(tag, encoded.bytes, MEDIA_TYPE_MANIFEST),
      attachProvenance(),
    ]);

    // The digest tag last, once the provenance is attached: what it names is complete. (Another
    // version with the very same bytes moves it to its own manifest; both describe the digest.)
    await registry.putManifest(digestTag(meta.digest), encoded.bytes, MEDIA_TYPE_MANIFEST);

    return stored(bytesUploaded, bytesUploaded + config.sent + prov.sent);
  }

  async get(
    ref: string,
    destFile: string,
    onProgress?: Progress,
  ): Promise<{ meta: ArtifactMeta; provenance: Buffer }> {
    const target = parseReference(ref);
    if (target.host !== this.target.host) {
      throw new Error(
        `OCI ref ${ref} is on registry ${target.host}, but this store is configured for ${this.target.host}; configure the store for that registry.`,
      );
    }
    const registry = this.client(target.repository);
    const reference = target.digest ?? target.tag;
    if (!reference) {
      throw new Error(
        `OCI ref ${ref} names neither a tag nor a digest: add :<tag> or @sha256:<hex>.`,
      );
    }
    const fetched = await registry.getManifest(reference, [MEDIA_TYPE_MANIFEST]);
    if (!fetched)
      throw new ArtifactNotFoundError(
        `Artifact ${ref} not found: ${registry.name} has no manifest ${reference}.`,
      );
    const manifest = JSON.parse(fetched.bytes.toString('utf8')) as ImageManifest;
    const { meta, layer } = metaFromManifest(manifest, `manifest ${formatReference(target)}`);

    // The provenance first: it must be bound to the layer before any byte reaches destFile.
    const provenance = await this.provenanceOf(registry, fetched.digest, ref);
    checkProvenanceSubject(provenance, meta.digest, ref);
    await registry.downloadBlob(layer, destFile, onProgress);
    return { meta, provenance };
  }

  /**
   * The digest the service's version tag names: `[]` when the tag is absent, or when it holds
   * another version that maps to the same tag (`1.0+1` and `1.0_1` are both tagged `1.0_1`).
   */
  async findVersion(service: string, version: string): Promise<Digest[]> {
    const registry = this.client(serviceRepository(this.target.repository, service));
    const tag = versionToTag(version);
    const fetched = await registry.getManifest(tag, [MEDIA_TYPE_MANIFEST]);
    if (!fetched) return [];
    const { meta } = this.artifactOf(registry, fetched, `${registry.name}:${tag}`, service);
    return meta.version === version ? [meta.digest] : [];
  }

  /**
   * Finds the artifact manifest and checks, without downloading the layer: the manifest's
   * annotations name `service` and `digest` and its layer is that digest, the registry has the
   * layer blob at the listed size (HEAD), and the newest provenance referrer is bound to the
   * digest. The bytes themselves are hashed by get() when deployed: a registry is content-
   * addressed, and re-downloading every artifact at each promotion is what it saves us.
   *
   * The manifest is found by `ref` when given (`oci://…@sha256:<manifest>` as put() returned it,
   * or `oci://…:<version tag>`), else by the digest tag put() writes (`artifact-sha256-<hex>`);
   * either way it must be in this store's repository for the service.
   */
  async inspect(service: string, digest: Digest, ref?: string): Promise<InspectedArtifact> {
    const repository = serviceRepository(this.target.repository, service);
    const registry = this.client(repository);
    const reference = ref === undefined ? digestTag(digest) : this.referenceIn(ref, repository);
    const fetched = await registry.getManifest(reference, [MEDIA_TYPE_MANIFEST]);
    if (!fetched) {
      throw new ArtifactNotFoundError(
        `Artifact ${digest} of ${service} is not in ${registry.name} (no manifest ${reference}): push it with build-artifact (store: oci, registry: ${formatReference({ ...this.target })}), or check the digest.`,
      );
    }
    const where = `${registry.name}@${fetched.digest}`;
    const { meta, layer } = this.artifactOf(registry, fetched, where, service);
    if (meta.digest !== digest) {
      throw new DigestMismatchError(digest, meta.digest, `the artifact manifest ${where}`);
    }
    const size = await registry.blobSize(layer.digest);
    if (size === undefined) {
      throw new ArtifactNotFoundError(
        `Artifact ${digest} of ${service}: manifest ${where} lists it, but ${registry.name} has no such blob (deleted by a registry clean-up?). Push the artifact again.`,
      );
    }
    if (size !== layer.size) {
      throw new Error(
        `Artifact ${digest} in ${registry.name} has ${size} bytes, but its manifest ${where} says ${layer.size}: the registry holds other bytes; refusing the artifact.`,
      );
    }
    const provenance = await this.provenanceOf(registry, fetched.digest, where);
    checkProvenanceSubject(provenance, digest, where);
    return {
      meta,
      provenance,
      ref: `${OCI_SCHEME}${formatReference({ host: this.target.host, repository, digest: fetched.digest })}`,
    };
  }

  async digestOfRef(service: string, ref: string): Promise<Digest | undefined> {
    const repository = serviceRepository(this.target.repository, service);
    const registry = this.client(repository);
    const fetched = await registry.getManifest(this.referenceIn(ref, repository), [
      MEDIA_TYPE_MANIFEST,
    ]);
    if (!fetched) return undefined;
    return this.artifactOf(registry, fetched, `${registry.name}@${fetched.digest}`, service).meta
      .digest;
  }

  /**
   * Points the service's `stage` tag at the artifact manifest of `digest` (found by its digest
   * tag), then reads the tag back: it must name the digest, or someone moved it at the same time.
   */
  async tagStage(service: string, stage: string, digest: Digest): Promise<void> {
    if (!NAME_RE.test(stage)) {
      throw new Error(
        `Stage "${stage}" can't be a tag in the OCI store: stage names match ${NAME_PATTERN}.`,
      );
    }
    const registry = this.client(serviceRepository(this.target.repository, service));
    const fetched = await registry.getManifest(digestTag(digest), [MEDIA_TYPE_MANIFEST]);
    if (!fetched) {
      throw new ArtifactNotFoundError(
        `Cannot tag ${service} ${digest} as ${stage}: ${registry.name} has no such artifact (no tag ${digestTag(digest)}). Push it to this registry first (build-artifact with store: oci).`,
      );
    }
    const where = `${registry.name}@${fetched.digest}`;
    const { meta } = this.artifactOf(registry, fetched, where, service);
    if (meta.digest !== digest) {
      throw new DigestMismatchError(digest, meta.digest, `the artifact manifest ${where}`);
    }
    // The exact bytes again: the stage tag then names the same manifest digest.
    await registry.putManifest(stage, fetched.bytes, MEDIA_TYPE_MANIFEST);
    const back = await registry.getManifest(stage, [MEDIA_TYPE_MANIFEST]);
    const held = back
      ? (JSON.parse(back.bytes.toString('utf8')) as ImageManifest).annotations?.[ANNOTATION.digest]
      : undefined;
    if (held !== digest) {
      throw new Error(
        `Tag ${registry.name}:${stage} reads back as ${held ?? 'missing'}, not ${digest}: something else moved it at the same time. The ledger is the record; promote again to mirror it.`,
      );
    }
    this.options.logger?.info(
      `${registry.name}:${stage} now names ${service} ${meta.version} (${digest}).`,
    );
  }

  /** The repository-local reference (digest or tag) of an `oci://` ref into `repository`. */
  private referenceIn(ref: string, repository: string): string {
    if (!ref.startsWith(OCI_SCHEME)) {
      throw new Error(
        `Artifact reference ${JSON.stringify(ref)} is not an oci:// reference: the OCI store ${formatReference({ ...this.target })} cannot look it up.`,
      );
    }
    const target = parseReference(ref);
    if (target.host !== this.target.host || target.repository !== repository) {
      throw new Error(
        `Artifact reference ${ref} is not in ${this.target.host}/${repository}, where this store keeps the service: open the store with the registry the artifact was pushed to.`,
      );
    }
    const reference = target.digest ?? target.tag;
    if (!reference) {
      throw new Error(
        `OCI ref ${ref} names neither a tag nor a digest: add :<tag> or @sha256:<hex>.`,
      );
    }
    return reference;
  }

  /** An artifact manifest read back, checked to be msdeploy's and to belong to `service`. */
  private artifactOf(
    registry: RegistryClient,
    fetched: { bytes: Buffer },
    where: string,
    service: string,
  ): { meta: ArtifactMeta; layer: Descriptor } {
    const manifest = JSON.parse(fetched.bytes.toString('utf8')) as ImageManifest;
    const found = metaFromManifest(manifest, `manifest ${where}`);
    if (found.meta.service !== service) {
      throw new Error(
        `Manifest ${where} holds an artifact of service ${found.meta.service}, not ${service}: ${registry.name} is ${service}'s repository, so something else pushed it there. Remove it, or check the registry setting.`,
      );
    }
    return found;
  }

  /**
   * A version tag never moves to other bytes: when the tag already names an artifact with another
   * digest, the put is an error, not a re-tag.
   */
  private async refuseMovingTag(
    registry: RegistryClient,
    tag: string,
    meta: ArtifactMeta,
  ): Promise<Buffer | undefined> {
    // Push access: the first request of a put fetches the one token all of it uses.
    const existing = await registry.getManifest(tag, [MEDIA_TYPE_MANIFEST], 'push');
    if (!existing) return undefined;
    const manifest = JSON.parse(existing.bytes.toString('utf8')) as ImageManifest;
    const held = manifest.annotations?.[ANNOTATION.digest];
    if (held !== meta.digest) {
      throw new Error(
        `${registry.name}:${tag} already holds ${meta.service} ${meta.version} as ${String(held)}, not ${meta.digest}: a version never moves to other bytes. Make the build reproducible, or give this build its own version.`,
      );
    }
    return existing.bytes;
  }

  /**
   * Whether an earlier put of this very manifest and provenance completed, so a re-run has
   * nothing to write: the digest tag (written last) names the manifest and the provenance
   * referrer is listed (the caller saw the layer). Checked at once: about one round trip.
   */
  private async complete(
    registry: RegistryClient,
    meta: ArtifactMeta,
    manifest: { bytes: Buffer; digest: Digest },
    referrer: { digest: Digest },
  ): Promise<boolean> {
    const [digestTagged, referrers] = await Promise.all([
      registry.getManifest(digestTag(meta.digest), [MEDIA_TYPE_MANIFEST], 'push'),
      registry.referrers(manifest.digest, PROVENANCE_MEDIA_TYPE, 'push'),
    ]);
    return (
      digestTagged?.bytes.equals(manifest.bytes) === true &&
      referrers.some((d) => d.digest === referrer.digest)
    );
  }

  /** The newest provenance referrer of an artifact manifest (referrers API, else tag schema). */
  private async provenanceOf(
    registry: RegistryClient,
    subject: Digest,
    ref: string,
  ): Promise<Buffer> {
    const referrers = await registry.referrers(subject, PROVENANCE_MEDIA_TYPE);
    const newest = referrers
      .slice()
      .sort((a, b) =>
        (a.annotations?.[ANNOTATION.created] ?? '').localeCompare(
          b.annotations?.[ANNOTATION.created] ?? '',
        ),
      )
      .at(-1);
    if (!newest) {
      throw new Error(
        `Artifact ${ref} has no provenance in ${registry.name} (no ${PROVENANCE_MEDIA_TYPE} referrer of ${subject}); push it again with msdeploy.`,
      );
    }
    const found = await registry.getManifest(newest.digest, [MEDIA_TYPE_MANIFEST]);
    if (!found)
      throw new Error(
        `Provenance manifest ${newest.digest} listed for ${ref} is missing from ${registry.name}.`,
      );
    const manifest = JSON.parse(found.bytes.toString('utf8')) as ImageManifest;
    const layer = manifest.layers?.[0];
    if (manifest.subject?.digest !== subject || layer?.mediaType !== PROVENANCE_MEDIA_TYPE) {
      throw new Error(
        `Manifest ${newest.digest} in ${registry.name} is not the provenance of ${subject}.`,
      );
    }
    return registry.fetchBlob(layer);
  }
}

/**
 * The file must be what meta says. Its size is checked here; its digest by the registry as the
 * bytes arrive (uploadBlobFromFile): hashing it first would read it twice.
 */
async function checkSize(file: string, meta: ArtifactMeta): Promise<void> {
  const { size } = await stat(file);
  if (size !== meta.size) {
    throw new Error(
      `Artifact file ${file} has ${size} bytes but its metadata says ${meta.size}; re-pack the artifact.`,
    );
  }
}
