/** The ArtifactStore contract against the OCI store, pushing to a real docker-registry on loopback. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { PROVENANCE_MEDIA_TYPE } from '../../src/core/artifact/types.js';
import { DEFAULT_RETRY } from '../../src/platform/http.js';
import { RegistryAuth } from '../../src/platform/oci/auth.js';
import { DEFAULT_CHUNK_SIZE, RegistryClient } from '../../src/platform/oci/client.js';
import {
  MEDIA_TYPE_MANIFEST,
  encode,
  provenanceManifest,
  referrerDescriptor,
} from '../../src/platform/oci/manifest.js';
import { parseReference, registryBaseUrl } from '../../src/platform/oci/reference.js';
import { OciStore } from '../../src/platform/oci/store.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { artifactStoreContract } from './artifact-store.contract.js';

let registry: TestRegistry;
let nextRepo = 0;

beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
});

artifactStoreContract(
  'oci',
  async () => {
    // Each test in a new repository of the one registry.
    const repository = `${registry.host}/contract/catalog-${++nextRepo}`;
    return {
      repository,
      // Small chunks, so an upload and its progress come in several steps.
      store: new OciStore({ repository, chunkSize: 64 * 1024 }),
      // The registry's storage changed under it: the layer blob no longer holds its digest's bytes.
      async tamper(_ref, digest) {
        const blob = registry.blobDataPath(digest);
        const bytes = readFileSync(blob);
        bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
        writeFileSync(blob, bytes);
        return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      },
      // Anyone who may push can attach a newer provenance referrer to the artifact manifest.
      async forgeProvenance(ref, _digest, forged) {
        const { host, repository: repo, digest } = parseReference(ref);
        const http = { retry: DEFAULT_RETRY };
        const baseUrl = registryBaseUrl(host);
        const client = new RegistryClient({
          baseUrl,
          host,
          repository: repo,
          auth: new RegistryAuth(host, {}, http, new URL(baseUrl).origin),
          http,
          chunkSize: DEFAULT_CHUNK_SIZE,
        });
        const subject = await client.getManifest(digest!);
        const prov = await client.pushBlob(forged);
        const referrer = provenanceManifest(
          { mediaType: MEDIA_TYPE_MANIFEST, digest: digest!, size: subject!.bytes.length },
          { mediaType: PROVENANCE_MEDIA_TYPE, digest: prov.digest, size: forged.length },
          '2099-01-01T00:00:00Z',
        );
        const encoded = encode(referrer);
        await client.putManifest(encoded.digest, encoded.bytes, MEDIA_TYPE_MANIFEST);
        await client.addFallbackReferrer(digest!, referrerDescriptor(referrer, encoded));
      },
      async cleanup() {},
    };
  },
  {
    // docs/stores.md: "`HEAD` first, so blobs the registry has are never sent again (pushing an
    // unchanged artifact moves no layer bytes)"; `bytesUploaded` counts the layer.
    dedupesUploads: true,
    // Not promised by docs/stores.md.
    concurrentPutsSucceed: false,
    // docs/stores.md: inspect checks the manifest, the blob's presence and size and the
    // provenance "without downloading the layer"; get hashes the bytes.
    inspectHashesBytes: false,
    missingRefs: ({ repository }) => {
      const digest = `sha256:${'1'.repeat(64)}`;
      const name = repository.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return [
        {
          ref: `oci://${repository}@${digest}`,
          message: new RegExp(`not found: ${name} has no manifest ${digest}`),
        },
        {
          ref: `oci://${repository}:9.9.9`,
          message: new RegExp(`not found: ${name} has no manifest 9\\.9\\.9`),
        },
      ];
    },
  },
);
