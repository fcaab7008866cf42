/** Which digests an environment accepts, and the deploy lease, against states the ledger folds. */
import type { Digest } from '../../../src/core/artifact/types.js';
import { ExitCode } from '../../../src/core/errors.js';
import {
  decideDeployEnd,
  decideDeployStart,
  DeployRefused,
  LeaseHeld,
  ownLease,
  releaseName,
  type ReleaseTarget,
} from '../../../src/core/deploy/rules.js';
import type { EnvironmentSpec, ServiceSpec } from '../../../src/core/manifest/types.js';
import { parseCommitMessage, commitMessage } from '../../../src/core/promotion/message.js';
import {
  decidePromotion,
  decideRejection,
  type Decision,
  type Origin,
} from '../../../src/core/promotion/rules.js';
import {
  applyRecord,
  deploymentState,
  emptyState,
  parseState,
  serializeState,
} from '../../../src/core/promotion/state.js';
import type { Actor, LedgerState } from '../../../src/core/promotion/types.js';

const D1: Digest = `sha256:${'1'.repeat(64)}`;
const D2: Digest = `sha256:${'2'.repeat(64)}`;
const C1: Digest = `sha256:${'c'.repeat(64)}`;
const target = (digest: Digest, version: string, config: Digest = C1): ReleaseTarget => ({
  digest,
  version,
  config,
  release: releaseName(version, config),
});

const web: ServiceSpec = {
  name: 'web',
  path: 'w',
  patterns: [],
  dependsOn: [],
  stages: ['commit', 'uat'].map((name) => ({
    name,
    promote: 'auto' as const,
    approvers: [],
    allowSelfApproval: false,
  })),
};
const staging: EnvironmentSpec = {
  name: 'staging',
  driver: 'local',
  base: '/srv',
  stage: 'uat',
  services: [{ service: 'web', hosts: [], dir: 'web' }],
  secrets: [],
  keep: 5,
};
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- `stage` is what a sandbox lacks
const { stage: _fedBy, ...unfed } = staging;
const sandbox: EnvironmentSpec = { ...unfed, name: 'sandbox' };

const alice: Actor = { name: 'alice', via: 'git-identity', person: true };
const bob: Actor = { name: 'bob', via: 'git-identity', person: true };
const at = (iso: string, actor: Actor = alice): Origin => ({
  actor,
  at: iso,
  reason: null,
  run: null,
});
const T0 = '2026-12-02T10:00:00.000Z';

function apply(s: LedgerState, d: Decision): LedgerState {
  if (d.kind !== 'append') throw new Error(d.message);
  // Through the commit message and back, as the ledger stores it.
  return applyRecord(s, parseCommitMessage(commitMessage(d.record), 'x'));
}

function promoted(digest: Digest, version: string, stages = ['commit', 'uat']): LedgerState {
  let s = emptyState();
  for (const st of stages) {
    s = apply(
      s,
      decidePromotion(s, web, st, { digest, version, commit: null, artifact: null }, at(T0), {
        approver: true,
        author: false,
      }),
    );
  }
  return s;
}

function refused(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DeployRefused);
    expect((e as DeployRefused).exitCode).toBe(ExitCode.refused);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('what an environment accepts', () => {
  it('a stage-fed environment takes only digests that entered its stage and are not rejected', () => {
    const s = promoted(D1, '1.0.0', ['commit']);
    expect(
      refused(() => decideDeployStart(s, staging, 'web', target(D1, '1.0.0'), at(T0), 600)),
    ).toMatch(/takes only what entered stage `uat`.*msdeploy promote web --to uat/);
    const ok = promoted(D1, '1.0.0');
    expect(decideDeployStart(ok, staging, 'web', target(D1, '1.0.0'), at(T0), 600).kind).toBe(
      'append',
    );
    const rejected = apply(
      ok,
      decideRejection(
        ok,
        web,
        { digest: D1, version: '1.0.0', commit: null, artifact: null },
        { ...at(T0), reason: 'bad' },
      ),
    );
    expect(
      refused(() => decideDeployStart(rejected, staging, 'web', target(D1, '1.0.0'), at(T0), 600)),
    ).toMatch(/was rejected by alice/);
  });

  it('a sandbox takes any built artifact', () => {
    expect(
      decideDeployStart(emptyState(), sandbox, 'web', target(D2, '9.9.9'), at(T0), 600).kind,
    ).toBe('append');
  });
});

describe('the deploy lease', () => {
  const s0 = promoted(D1, '1.0.0');
  const t1 = target(D1, '1.0.0');

  it('is taken before deploying and closed by deployed; then the release is live and redeploying is a no-op', () => {
    const start = decideDeployStart(s0, staging, 'web', t1, at(T0), 600);
    expect(start).toMatchObject({
      record: {
        kind: 'deploying',
        environment: 'staging',
        lease: { owner: 'alice', expires: '2026-12-02T10:10:00.000Z' },
      },
    });
    let s = apply(s0, start);
    const seq = s.records;
    s = apply(s, decideDeployEnd(s, staging, 'web', seq, { kind: 'deployed', target: t1 }, at(T0)));
    expect(deploymentState(s, 'staging', 'web')).toMatchObject({
      live: { digest: D1, release: t1.release },
      previous: null,
      lease: null,
    });
    const again = decideDeployStart(s, staging, 'web', t1, at(T0), 600);
    expect(again.kind === 'noop' && again.message).toMatch(/already live in `staging`/);
    // Config-only change: a new release of the same artifact.
    const t1b = target(D1, '1.0.0', `sha256:${'d'.repeat(64)}`);
    expect(decideDeployStart(s, staging, 'web', t1b, at(T0), 600).kind).toBe('append');
    expect(parseState(serializeState(s), 'x')).toEqual(s);
  });

  it('a second deployer is refused while the lease runs, naming who; an expired lease is taken over on the record', () => {
    const s = apply(
      s0,
      decideDeployStart(s0, staging, 'web', t1, { ...at(T0), run: 'https://ci/run/1' }, 600),
    );
    expect(
      refused(() =>
        decideDeployStart(s, staging, 'web', t1, at('2026-12-02T10:05:00.000Z', bob), 600),
      ),
    ).toMatch(/being deployed by alice \(https:\/\/ci\/run\/1\) until 2026-12-02T10:10:00\.000Z/);
    const later = decideDeployStart(
      s,
      staging,
      'web',
      t1,
      at('2026-12-02T10:11:00.000Z', bob),
      600,
    );
    expect(later).toMatchObject({
      record: { kind: 'deploying', tookOver: 'alice', lease: { owner: 'bob' } },
    });
    const s2 = apply(s, later);
    // alice comes back after losing her lease: her closing record is refused.
    expect(
      refused(() =>
        decideDeployEnd(s2, staging, 'web', s.records, { kind: 'deployed', target: t1 }, at(T0)),
      ),
    ).toMatch(/lease .* was lost; bob holds it now/);
  });

  it('a lease is resumed only by its owner in the same run, and outside Actions only once its process is gone', () => {
    const inRun = { ...at(T0), run: 'https://ci/run/7' };
    const s = apply(s0, decideDeployStart(s0, staging, 'web', t1, inRun, 600));
    const never = () => false;
    expect(ownLease(s, staging, 'web', inRun, never)).toBe(s.records);
    expect(ownLease(s, staging, 'web', { ...inRun, run: 'https://ci/run/8' }, never)).toBe(
      undefined,
    );
    expect(ownLease(s, staging, 'web', { ...at(T0, bob), run: inRun.run }, never)).toBe(undefined);
    expect(ownLease(s, staging, 'web', { ...inRun, at: '2026-12-02T10:10:00.000Z' }, never)).toBe(
      undefined,
    ); // expired: taken over on the record instead

    // The CLI: no run; the holder process tells two terminals of one person apart.
    const cli = decideDeployStart(s0, staging, 'web', t1, at(T0), 600, 'box:4242');
    expect(cli).toMatchObject({ record: { lease: { owner: 'alice', holder: 'box:4242' } } });
    const held = apply(s0, cli);
    const seen: string[] = [];
    const gone = (alive: boolean) => (h: string) => (seen.push(h), !alive);
    expect(ownLease(held, staging, 'web', at(T0), gone(true))).toBe(undefined);
    expect(ownLease(held, staging, 'web', at(T0), gone(false))).toBe(held.records);
    expect(seen).toEqual(['box:4242', 'box:4242']);
    // The same person's second terminal is another deployer (the holder survives the ledger).
    expect(() => decideDeployStart(held, staging, 'web', t1, at(T0), 600, 'box:4343')).toThrow(
      LeaseHeld,
    );
  });

  it('a rollback restores the previous release and forgets the failed one as a target', () => {
    let s = s0;
    const deploy = (st: LedgerState, t: ReleaseTarget) => {
      let n = apply(st, decideDeployStart(st, staging, 'web', t, at(T0), 600));
      n = apply(
        n,
        decideDeployEnd(n, staging, 'web', n.records, { kind: 'deployed', target: t }, at(T0)),
      );
      return n;
    };
    s = deploy(s, t1);
    const s2 = promoted(D2, '2.0.0');
    // Merge D2's promotions into s by replaying them on top (same service, fresh seqs).
    for (const st of ['commit', 'uat']) {
      s = apply(
        s,
        decidePromotion(
          s,
          web,
          st,
          { digest: D2, version: '2.0.0', commit: null, artifact: null },
          at(T0),
          { approver: true, author: false },
        ),
      );
    }
    expect(s2.records).toBe(2);
    const t2 = target(D2, '2.0.0');
    s = apply(s, decideDeployStart(s, staging, 'web', t2, at(T0), 600));
    const lease = s.records;
    s = apply(
      s,
      decideDeployEnd(
        s,
        staging,
        'web',
        lease,
        { kind: 'rolled-back', failed: t2, restored: t1 },
        { ...at(T0), reason: 'health: 500' },
      ),
    );
    expect(deploymentState(s, 'staging', 'web')).toMatchObject({
      live: { digest: D1 },
      previous: null,
      lease: null,
    });
  });
});
