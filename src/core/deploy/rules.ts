/**
 * The deploy rules, as pure decisions over the ledger state (like promotion/rules.ts): which
 * digest an environment accepts, and the lease that keeps two deployers of one service in one
 * environment from interleaving. A deploy is `deploying` (takes the lease, by compare-and-swap,
 * before any host is touched) then `deployed` or `rolled-back` (closes it).
 */
import { isDigest } from '../artifact/digest.js';
import type { Digest } from '../artifact/types.js';
import { SAFE_VERSION_RE } from '../artifact/version.js';
import { ExitCode, MsdeployError } from '../errors.js';
import type { EnvironmentSpec } from '../manifest/types.js';
import type { Decision, Origin } from '../promotion/rules.js';
import { artifactState, deploymentState } from '../promotion/state.js';
import type { LedgerRecord, LedgerState } from '../promotion/types.js';

/** The rules said no (a digest the environment does not accept, a live lease); nothing written. */
export class DeployRefused extends MsdeployError {
  constructor(message: string) {
    super(message, { exitCode: ExitCode.refused });
  }
}

/** Someone else's unexpired lease: refused, or waited for when the deployer asked to wait. */
export class LeaseHeld extends DeployRefused {}

/** What is being deployed: an artifact and a resolved configuration. */
export interface ReleaseTarget {
  digest: Digest;
  version: string;
  config: Digest;
  /** `<version>-<config digest 12>`. */
  release: string;
}

/**
 * `<version>-<first 12 hex of the config digest>`: the release's directory name, on every
 * driver. The version's charset makes it one path component, never `.` or `..`.
 */
export function releaseName(version: string, configDigest: string): string {
  if (!SAFE_VERSION_RE.test(version)) {
    throw new Error(
      `Version ${JSON.stringify(version.slice(0, 200))} cannot name a release: a version starts with a ` +
        'letter or digit and holds only letters, digits and . + _ - (at most 128 characters).',
    );
  }
  if (!isDigest(configDigest)) {
    throw new Error(`Config digest ${JSON.stringify(configDigest)} is not sha256:<64 hex>.`);
  }
  return `${version}-${configDigest.slice('sha256:'.length, 'sha256:'.length + 12)}`;
}

/**
 * An environment fed by a stage takes only a digest the ledger shows entered that stage and is
 * not rejected; a sandbox (no stage) takes any built artifact.
 */
export function checkAccepted(
  state: LedgerState,
  env: EnvironmentSpec,
  service: string,
  t: Pick<ReleaseTarget, 'digest' | 'version'>,
): void {
  if (env.stage === undefined) return;
  const known = artifactState(state, service, t.digest);
  const who = `${service} ${t.version} (${t.digest})`;
  if (known?.rejected) {
    throw new DeployRefused(
      `${who} was rejected by ${known.rejected.by} at ${known.rejected.at} (${JSON.stringify(known.rejected.reason)}): it is never deployed to \`${env.name}\`.`,
    );
  }
  if (!known?.entered[env.stage]) {
    throw new DeployRefused(
      `\`${env.name}\` takes only what entered stage \`${env.stage}\`, and ${who} has not: promote it first (msdeploy promote ${service} --to ${env.stage} --version ${t.version}).`,
    );
  }
}

/**
 * The lease on `service` in `env` when it is the asker's own and unexpired — same owner, same run,
 * and (outside Actions) a holder process that `abandoned` says is gone: a deploy killed after
 * taking it resumes under it instead of waiting for it to expire. Its record number, else
 * undefined.
 */
export function ownLease(
  state: LedgerState,
  env: EnvironmentSpec,
  service: string,
  origin: Origin,
  abandoned: (holder: string) => boolean,
): number | undefined {
  const lease = deploymentState(state, env.name, service).lease;
  if (!lease || Date.parse(lease.expires) <= Date.parse(origin.at)) return undefined;
  if (lease.owner !== origin.actor.name || lease.run !== origin.run) return undefined;
  return lease.holder === undefined || abandoned(lease.holder) ? lease.seq : undefined;
}

/**
 * Take the lease to deploy `t`: a no-op when it is already live; refused while someone else's
 * lease runs (naming who, which run, until when); an expired lease is taken over, on the record.
 */
export function decideDeployStart(
  state: LedgerState,
  env: EnvironmentSpec,
  service: string,
  t: ReleaseTarget,
  origin: Origin,
  leaseSeconds: number,
  holder?: string,
): Decision {
  checkAccepted(state, env, service, t);
  const d = deploymentState(state, env.name, service);
  const now = Date.parse(origin.at);
  if (d.lease && Date.parse(d.lease.expires) > now) {
    throw new LeaseHeld(
      `${service} in \`${env.name}\` is being deployed by ${d.lease.owner}` +
        `${d.lease.run ? ` (${d.lease.run})` : ''} until ${d.lease.expires}: wait for it, or for its lease to expire.`,
    );
  }
  if (d.live?.release === t.release && !d.lease) {
    return {
      kind: 'noop',
      message: `${service} ${t.release} is already live in \`${env.name}\` since ${d.live.since} (by ${d.live.by}): nothing to do.`,
    };
  }
  return {
    kind: 'append',
    record: deployRecord(state, 'deploying', env.name, service, origin, t, {
      previous: d.live?.digest ?? null,
      lease: {
        owner: origin.actor.name,
        run: origin.run,
        expires: new Date(now + leaseSeconds * 1000).toISOString(),
        ...(holder !== undefined && { holder }),
      },
      tookOver: d.lease?.owner ?? null,
    }),
  };
}

/**
 * Close a deploy: `deployed` when `t` went live and healthy, `rolled-back` when `t` failed and
 * `restored` is live again. Refused when the lease is no longer ours (it expired and someone
 * took it over): the other deployer's record must stand.
 */
export function decideDeployEnd(
  state: LedgerState,
  env: EnvironmentSpec,
  service: string,
  leaseSeq: number,
  outcome:
    | { kind: 'deployed'; target: ReleaseTarget }
    | { kind: 'rolled-back'; failed: ReleaseTarget; restored: ReleaseTarget | null },
  origin: Origin,
): Decision {
  const d = deploymentState(state, env.name, service);
  if (d.lease?.seq !== leaseSeq) {
    const now = d.lease ? `${d.lease.owner} holds it now` : 'nobody holds it now';
    throw new DeployRefused(
      `The lease to deploy ${service} in \`${env.name}\` (record ${leaseSeq}) was lost; ${now}. The other deployer's record stands.`,
    );
  }
  if (outcome.kind === 'deployed') {
    return {
      kind: 'append',
      record: deployRecord(state, 'deployed', env.name, service, origin, outcome.target, {
        previous: d.live?.digest ?? null,
      }),
    };
  }
  const restored = outcome.restored;
  return {
    kind: 'append',
    record: {
      ...deployRecord(state, 'rolled-back', env.name, service, origin, restored ?? outcome.failed, {
        previous: outcome.failed.digest,
      }),
      ...(restored === null && { digest: null, version: null, config: null, release: null }),
    },
  };
}

function deployRecord(
  state: LedgerState,
  kind: 'deploying' | 'deployed' | 'rolled-back',
  environment: string,
  service: string,
  origin: Origin,
  t: ReleaseTarget,
  more: { previous: Digest | null; lease?: LedgerRecord['lease']; tookOver?: string | null },
): LedgerRecord {
  return {
    v: 1,
    seq: state.records + 1,
    kind,
    service,
    stage: null,
    version: t.version,
    digest: t.digest,
    previous: more.previous,
    from: null,
    actor: origin.actor.name,
    via: origin.actor.via,
    at: origin.at,
    reason: origin.reason,
    run: origin.run,
    commit: null,
    artifact: null,
    environment,
    config: t.config,
    release: t.release,
    ...(more.lease !== undefined && { lease: more.lease }),
    ...(more.tookOver !== undefined && { tookOver: more.tookOver }),
  };
}
