/** The ArtifactStore contract against the OCI store, pushing to a real docker-registry on loopback. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
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
      async cleanup() {},
    };
  },
  {
    // docs/stores.md: "`HEAD` first, so blobs the registry has are never sent again (pushing an
    // unchanged artifact moves no layer bytes)"; `bytesUploaded` counts the layer.
    dedupesUploads: true,
    // Not promised by docs/stores.md.
    concurrentPutsSucceed: false,
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
