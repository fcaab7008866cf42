/**
 * Benchmarks' artifacts: a real artifact file put into a LocalStore with its metadata and a
 * provenance statement bound to its digest, the way a build stores it, so the use cases under
 * test (promote, deploy) accept it exactly as they accept a built one.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { digestFile } from '../../src/core/artifact/digest.js';
import { provenanceBytes, provenanceStatement } from '../../src/core/artifact/provenance.js';
import type { Digest } from '../../src/core/artifact/types.js';
import type { LocalStore } from '../../src/platform/local-store.js';

export interface StoredArtifactFacts {
  service: string;
  version: string;
  /** The repository the provenance names (a local path is fine for the CLI). */
  repository: string;
  /** The commit it was "built" from. */
  commit: string;
}

/** Stores `file` (a tar.gz) as an archive artifact of `facts.service`; returns its digest. */
export async function storeArtifact(
  store: LocalStore,
  file: string,
  facts: StoredArtifactFacts,
): Promise<Digest> {
  const digest = await digestFile(file);
  const meta = {
    service: facts.service,
    version: facts.version,
    kind: 'archive' as const,
    digest,
    size: (await stat(file)).size,
    fileName: basename(file),
  };
  const now = new Date();
  const statement = provenanceStatement({
    artifact: meta,
    repository: facts.repository,
    serverUrl: 'https://github.com',
    commit: facts.commit,
    ref: 'refs/heads/main',
    builderId: 'msdeploy-cli',
    commands: ['true'],
    workingDirectory: `services/${facts.service}`,
    tests: [],
    startedOn: now,
    finishedOn: now,
    msdeployVersion: 'bench',
    toolchain: {},
  });
  await store.put(file, meta, provenanceBytes(statement));
  return digest;
}
