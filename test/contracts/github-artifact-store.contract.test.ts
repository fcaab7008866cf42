/**
 * The ArtifactStore contract against the github store: the real `@actions/artifact` client
 * talking to the fake Actions Results service, blob storage and REST API on loopback.
 */
import { createHash } from 'node:crypto';
import { GitHubArtifactStore, parseGitHubRef } from '../../src/platform/github-artifact-store.js';
import { createGitHubApi } from '../../src/platform/github.js';
import { useFakeResultsService } from '../support/fake-results-service.js';
import { artifactStoreContract } from './artifact-store.contract.js';

const REPOSITORY = 'acme/shop';
const results = useFakeResultsService(REPOSITORY, 7000);

artifactStoreContract(
  'github',
  async () => {
    // Each test in a new workflow run, whose job's environment becomes the process environment.
    const run = results.enterRun();
    const fake = results.service();
    return {
      runId: run.runId,
      store: new GitHubArtifactStore({
        runId: run.runId,
        repository: REPOSITORY,
        serverUrl: 'https://github.com',
        token: fake.restToken,
        api: createGitHubApi({
          token: fake.restToken,
          repository: REPOSITORY,
          apiUrl: fake.url,
          delayUnitMs: 10,
        }),
      }),
      // Blob storage changed behind GitHub's back: the digest GitHub recorded at upload stays.
      async tamper(ref) {
        const { runId, name } = parseGitHubRef(ref);
        let now = Buffer.alloc(0);
        fake.tamper(runId, name, (bytes) => {
          now = Buffer.from(bytes);
          now[now.length >> 1] = now[now.length >> 1]! ^ 0xff;
          return now;
        });
        return `sha256:${createHash('sha256').update(now).digest('hex')}`;
      },
      // Swapped behind GitHub's back, as the artifact's bytes are in tamper().
      async forgeProvenance(ref, _digest, forged) {
        const { runId, name } = parseGitHubRef(ref);
        fake.tamper(runId, `${name}.provenance.json`, () => forged);
      },
      async cleanup() {},
    };
  },
  {
    // docs/stores.md: the same name and digest again in a run "uploads nothing and reports
    // `bytesUploaded: 0`".
    dedupesUploads: true,
    // Not promised: a put that finds the name taken but not finalized is refused ("is being
    // uploaded by another job").
    concurrentPutsSucceed: false,
    concurrentPutRefusal:
      /is being uploaded by another job of run \d+ \(the name is taken but not finalized\)/,
    // docs/stores.md: inspect "needs the ref build-artifact printed", then downloads and hashes.
    inspectNeedsRef: /Pass the artifact reference build-artifact printed/,
    inspectHashesBytes: true,
    missingRefs: ({ runId }) => {
      return [
        {
          ref: `github:${runId}/ghost-1.0.0.tar.gz@sha256:${'1'.repeat(64)}`,
          message: new RegExp(
            `GitHub artifact "ghost-1\\.0\\.0\\.tar\\.gz" in run ${runId} of acme/shop was not found or has expired.*90 days`,
            's',
          ),
        },
      ];
    },
  },
);
