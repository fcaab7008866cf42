/** The ArtifactStore contract against the local store: a content-addressed directory. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '../../src/platform/local-store.js';
import { artifactStoreContract } from './artifact-store.contract.js';

artifactStoreContract(
  'local',
  async () => {
    const root = mkdtempSync(join(tmpdir(), 'msdeploy-local-contract-'));
    const store = new LocalStore(root);
    return {
      store,
      // A disk error or a hand edit: the blob under its digest name no longer holds those bytes.
      async tamper(_ref, digest) {
        const blob = join(root, 'blobs', 'sha256', digest.slice('sha256:'.length));
        const bytes = readFileSync(blob);
        bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
        writeFileSync(blob, bytes);
        return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      },
      async forgeProvenance(_ref, digest, forged) {
        const hex = digest.slice('sha256:'.length);
        writeFileSync(join(root, 'blobs', 'sha256', `${hex}.provenance.json`), forged);
      },
      async cleanup() {
        rmSync(root, { recursive: true, force: true });
      },
    };
  },
  {
    // docs/stores.md: "Storing bytes that are already there copies nothing (`bytesUploaded: 0`)."
    dedupesUploads: true,
    // docs/stores.md: "two builds writing the same digest at once ... never leave a half-written blob."
    concurrentPutsSucceed: true,
    // docs/stores.md: inspect "re-hashes the blob".
    inspectHashesBytes: true,
    missingRefs: ({ store }) => {
      const digest = `sha256:${'1'.repeat(64)}`;
      const root = store.root;
      return [
        {
          ref: `local:${root}@${digest}`,
          message: new RegExp(`Artifact ${digest} is not in the local store ${root}\\.`),
        },
      ];
    },
  },
);
