/**
 * Mirroring a promotion to GitHub (Deployments, commit status) and the store's stage tag: the
 * real GitHub client against the fake GitHub on loopback. Idempotence is counted in requests
 * and records, not assumed.
 */
import type { Digest } from '../../src/core/artifact/types.js';
import type { ArtifactStore, Logger } from '../../src/core/ports.js';
import {
  failedMirrors,
  mirrorPromotion,
  type MirrorReport,
  type MirrorTarget,
} from '../../src/app/promotion-mirrors.js';
import { createGitHubApi } from '../../src/platform/github.js';
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);
const A: Digest = `sha256:${'a'.repeat(64)}`;
const B: Digest = `sha256:${'b'.repeat(64)}`;
const RUN = 'https://github.com/acme/shop/actions/runs/7';

const target = (over: Partial<MirrorTarget> = {}): MirrorTarget => ({
  service: 'catalog',
  stage: 'uat',
  version: '1.0.0',
  digest: A,
  commit: C1,
  runUrl: RUN,
  environment: 'staging',
  production: false,
  ...over,
});
const secondTarget = (over: Partial<MirrorTarget> = {}) =>
  target({ version: '1.1.0', digest: B, commit: C2, ...over });

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: (_t, fn) => fn(),
  };
}

/** A store that only moves stage tags: the one part of a store the mirror uses. */
function taggingStore(fail?: Error) {
  const tags: [string, string, Digest][] = [];
  const store = {
    kind: 'oci' as const,
    tagStage: async (service: string, stage: string, digest: Digest) => {
      if (fail) throw fail;
      tags.push([service, stage, digest]);
    },
  };
  return { store: store as unknown as ArtifactStore, tags };
}

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ commits: [C1, C2] });
});
afterEach(async () => gh.close());

function ports(over: { store?: ArtifactStore } = {}) {
  const logger = recordingLogger();
  const api = createGitHubApi({
    token: FAKE_TOKEN,
    repository: 'acme/shop',
    apiUrl: gh.url,
    logger,
    timeoutMs: 5_000,
    retries: 2,
    delayUnitMs: 5,
  });
  return { api, logger, ...over };
}

const OK: MirrorReport = {
  deployments: { status: 'ok' },
  commitStatus: { status: 'ok' },
  stageTag: { status: 'ok' },
};
const states = (i: number) => gh.deployments[i]!.statuses.map((st) => st.state);
const endpoints = (from = 0) => gh.requests.slice(from).map((r) => `${r.method} ${r.path}`);

describe('mirrorPromotion', () => {
  it('creates the deployment, brings it to success, and posts the commit status and the tag', async () => {
    const { store, tags } = taggingStore();
    const report = await mirrorPromotion(target(), ports({ store }));
    expect(report).toEqual(OK);
    expect(failedMirrors(report)).toEqual([]);

    expect(gh.deployments).toHaveLength(1);
    expect(gh.deployments[0]).toMatchObject({
      sha: C1,
      environment: 'catalog/uat',
      task: 'msdeploy:promote',
      payload: { service: 'catalog', stage: 'uat', version: '1.0.0', digest: A },
      production_environment: false,
      description: 'catalog 1.0.0 entered uat',
    });
    expect(states(0)).toEqual(['in_progress', 'success']);
    expect(gh.deployments[0]!.statuses[1]).toMatchObject({ log_url: RUN });
    expect(gh.statuses).toMatchObject([
      {
        sha: C1,
        state: 'success',
        context: 'msdeploy/catalog/uat',
        description: '1.0.0 entered uat',
        target_url: RUN,
      },
    ]);
    expect(tags).toEqual([['catalog', 'uat', A]]);
  });

  it('changes nothing on GitHub when run again for the same state', async () => {
    await mirrorPromotion(target(), ports());
    const before = JSON.stringify(gh.deployments);
    const from = gh.requests.length;

    await expect(mirrorPromotion(target(), ports())).resolves.toMatchObject({
      deployments: { status: 'ok' },
      commitStatus: { status: 'ok' },
    });
    expect(JSON.stringify(gh.deployments)).toBe(before);
    // Reads only: the deployment and the commit status already show this state.
    expect(endpoints(from)).toEqual([
      'GET /repos/acme/shop/deployments',
      `GET /repos/acme/shop/deployments/${gh.deployments[0]!.id}/statuses`,
      `GET /repos/acme/shop/commits/${C1}/statuses`,
    ]);
    expect(gh.statuses.map((st) => [st.context, st.state])).toEqual([
      ['msdeploy/catalog/uat', 'success'],
    ]);
  });

  it('marks the deployment of the digest a promotion replaced inactive — production too', async () => {
    await mirrorPromotion(target({ production: true }), ports());
    await mirrorPromotion(secondTarget({ production: true }), ports());
    expect(gh.deployments.map((d) => d.sha)).toEqual([C1, C2]);
    expect(states(0)).toEqual(['in_progress', 'success', 'inactive']);
    expect(states(1)).toEqual(['in_progress', 'success']);

    // Once inactive, it is left alone.
    await mirrorPromotion(secondTarget({ production: true }), ports());
    expect(states(0)).toEqual(['in_progress', 'success', 'inactive']);

    // Back to the first digest (a rollback): its deployment is reused, not duplicated.
    await mirrorPromotion(target({ production: true }), ports());
    expect(gh.deployments).toHaveLength(2);
    expect(states(0)).toEqual(['in_progress', 'success', 'inactive', 'in_progress', 'success']);
    expect(states(1)).toEqual(['in_progress', 'success', 'inactive']);
  });

  it('keeps each service × stage in its own environment', async () => {
    await mirrorPromotion(target(), ports());
    await mirrorPromotion(secondTarget({ stage: 'perf' }), ports());
    await mirrorPromotion(secondTarget({ service: 'orders' }), ports());
    expect(gh.deployments.map((d) => d.environment)).toEqual([
      'catalog/uat',
      'catalog/perf',
      'orders/uat',
    ]);
    expect(gh.deployments.map((d) => d.statuses.at(-1)!.state)).toEqual([
      'success',
      'success',
      'success',
    ]);
  });

  it('reports a failed deployment mirror, still does the others, and a re-run repairs it once', async () => {
    const { store, tags } = taggingStore();
    gh.failNext(
      3,
      { status: 503, body: { message: 'Service Unavailable' } },
      'POST /repos/acme/shop/deployments',
    );
    const first = ports({ store });
    const report = await mirrorPromotion(target(), first);
    expect(failedMirrors(report)).toEqual(['deployments']);
    expect(report.deployments).toMatchObject({
      status: 'failed',
      error: {
        message: expect.stringMatching(
          /POST \/repos\/acme\/shop\/deployments failed with 503 after 3 attempts/,
        ),
      },
    });
    expect(report.commitStatus).toEqual({ status: 'ok' });
    expect(report.stageTag).toEqual({ status: 'ok' });
    expect(gh.deployments).toHaveLength(0);
    expect(gh.statuses).toHaveLength(1);
    expect(tags).toHaveLength(1);
    expect(first.logger.lines).toContainEqual(
      expect.stringMatching(
        /^warning: Mirror of catalog 1\.0\.0 in uat: the GitHub deployment failed: .*503.*re-running the promotion repairs the mirror/,
      ),
    );

    await expect(mirrorPromotion(target(), ports({ store }))).resolves.toEqual(OK);
    await expect(mirrorPromotion(target(), ports({ store }))).resolves.toEqual(OK);
    expect(gh.deployments).toHaveLength(1);
    expect(states(0)).toEqual(['in_progress', 'success']);
  });

  it('repairs a deployment left without its statuses, reusing it', async () => {
    gh.failNext(
      1,
      { status: 422, body: { message: 'Validation Failed' } },
      'POST /repos/acme/shop/deployments/1/statuses',
    );
    const report = await mirrorPromotion(target(), ports());
    expect(report.deployments).toMatchObject({ status: 'failed' });
    expect(states(0)).toEqual([]);

    await expect(mirrorPromotion(target(), ports())).resolves.toMatchObject({
      deployments: { status: 'ok' },
    });
    expect(gh.deployments).toHaveLength(1);
    expect(states(0)).toEqual(['in_progress', 'success']);
  });

  it('skips GitHub, with a note, when the commit is unknown; the tag still moves', async () => {
    const { store, tags } = taggingStore();
    const p = ports({ store });
    const report = await mirrorPromotion(target({ commit: null }), p);
    expect(report).toEqual({
      deployments: { status: 'skipped', reason: 'the commit of 1.0.0 is unknown' },
      commitStatus: { status: 'skipped', reason: 'the commit of 1.0.0 is unknown' },
      stageTag: { status: 'ok' },
    });
    expect(gh.requests).toHaveLength(0);
    expect(tags).toHaveLength(1);
    expect(p.logger.lines).toContainEqual(
      'debug: Mirror of catalog 1.0.0 in uat: no GitHub deployment (the commit of 1.0.0 is unknown).',
    );
  });

  it('skips what it has no port for, and reports a failing stage tag', async () => {
    const logger = recordingLogger();
    const noTags = { kind: 'local' } as unknown as ArtifactStore;
    await expect(mirrorPromotion(target(), { logger, store: noTags })).resolves.toEqual({
      deployments: { status: 'skipped', reason: expect.stringMatching(/no GitHub API/) },
      commitStatus: { status: 'skipped', reason: expect.stringMatching(/no GitHub API/) },
      stageTag: { status: 'skipped', reason: 'the local store has no stage tags' },
    });
    const { store } = taggingStore(new Error('registry said 401'));
    const report = await mirrorPromotion(target(), { logger, store });
    expect(failedMirrors(report)).toEqual(['stageTag']);
    expect(logger.lines).toContainEqual(
      expect.stringMatching(/^warning: .*the stage tag failed: registry said 401/),
    );
  });

  it('keeps the commit status description within GitHub’s 140 characters', async () => {
    const version = `1.0.0+${'x'.repeat(150)}`;
    await mirrorPromotion(target({ version }), ports());
    expect(gh.statuses[0]!.description!.length).toBeLessThanOrEqual(140);
    expect(gh.deployments[0]!.description.length).toBeLessThanOrEqual(140);
    expect(gh.deployments[0]!.payload).toMatchObject({ version });
  });
});
