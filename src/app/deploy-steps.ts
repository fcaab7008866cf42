/** The steps a deploy and a rollback share: targets per driver, start and check, recording. */
import type { EnvironmentSpec, HealthSpec, PlacementSpec } from '../core/manifest/types.js';
import { decideDeployEnd, type ReleaseTarget } from '../core/deploy/rules.js';
import type { ServiceSpec } from '../core/manifest/types.js';
import type { CommitIdentity, DeployTarget } from '../core/ports.js';
import type { Actor } from '../core/promotion/types.js';
import { MsdeployError } from '../core/errors.js';
import { checkHealth } from '../platform/health.js';
import { CONFIG_FILE, LocalTarget } from '../platform/local-target.js';
import { SshTarget } from '../platform/ssh-target.js';
import { appendWithRetry } from './ledger-write.js';
import type { LedgerContext } from './promotion-context.js';

/** What happened on one target, step by step, for the summary and the terminal. */
export interface TargetReport {
  target: string;
  previous?: string;
  steps: { step: string; ok: boolean; detail: string; ms: number }[];
}

const START_TIMEOUT_MS = 10 * 60 * 1000;

/** How long a deploy lease lasts before another deployer may take it over. */
export const DEFAULT_LEASE_SECONDS = 15 * 60;

/** Who is writing: the actor and the identity its ledger commits carry. */
export interface Writer {
  actor: Actor;
  identity: CommitIdentity;
}

/**
 * Close the lease taken in record `leaseSeq` with `deployed` or `rolled-back` (refused when the
 * lease was lost meanwhile), recording `reason`.
 */
export async function closeLease(
  ctx: LedgerContext,
  env: EnvironmentSpec,
  service: ServiceSpec,
  writer: Writer,
  leaseSeq: number,
  outcome: Parameters<typeof decideDeployEnd>[4],
  reason: string | undefined,
): Promise<void> {
  await appendWithRetry(
    ctx,
    service,
    writer.identity,
    (snap, origin) =>
      Promise.resolve(
        decideDeployEnd(snap.state, env, service.name, leaseSeq, outcome, {
          ...origin,
          actor: writer.actor,
        }),
      ),
    reason,
  );
}

/** Start the release (if the manifest says how) and check its health; the failure, or undefined. */
export async function startAndCheck(
  t: DeployTarget,
  report: TargetReport,
  p: PlacementSpec,
  start: string | undefined,
  health: HealthSpec | undefined,
  env: Record<string, string>,
  host?: string,
): Promise<string | undefined> {
  if (start !== undefined) {
    const r = await t.run(start, p.dir, env, START_TIMEOUT_MS);
    report.steps.push({
      step: 'start',
      ok: r.exitCode === 0,
      detail: r.exitCode === 0 ? 'started' : `exit ${r.exitCode}: ${r.tail.at(-1) ?? ''}`,
      ms: 0,
    });
    if (r.exitCode !== 0) return `the start script exited ${r.exitCode}`;
  }
  if (health === undefined) return undefined;
  const began = Date.now();
  const h = await checkHealth(health, {
    ...(p.port !== undefined && { port: p.port }),
    ...(host !== undefined && { host }),
    run: (script, timeoutMs) => t.run(script, p.dir, env, timeoutMs),
  });
  report.steps.push({
    step: 'health',
    ok: h.healthy,
    detail: `${h.last} after ${h.tries} tries`,
    ms: Date.now() - began,
  });
  return h.healthy ? undefined : `unhealthy: ${h.last}`;
}

/** Run one step on a target, recording what it said (or how it failed) and how long it took. */
export async function step(
  report: TargetReport,
  name: string,
  action: () => Promise<string>,
): Promise<void> {
  const began = Date.now();
  try {
    const detail = await action();
    report.steps.push({ step: name, ok: true, detail, ms: Date.now() - began });
  } catch (e) {
    report.steps.push({
      step: name,
      ok: false,
      detail: (e as Error).message,
      ms: Date.now() - began,
    });
    throw e;
  }
}

/** What start and health scripts get (documented in docs/deploy.md); never a secret. */
export function releaseEnv(
  env: EnvironmentSpec,
  p: PlacementSpec,
  t: ReleaseTarget,
): Record<string, string> {
  return {
    MSDEPLOY_SERVICE: p.service,
    MSDEPLOY_ENVIRONMENT: env.name,
    MSDEPLOY_VERSION: t.version,
    MSDEPLOY_DIGEST: t.digest,
    MSDEPLOY_CONFIG_DIGEST: t.config,
    MSDEPLOY_RELEASE: t.release,
    ...(p.port !== undefined && { MSDEPLOY_PORT: String(p.port) }),
    ...(p.unit !== undefined && { MSDEPLOY_UNIT: p.unit }),
  };
}

export function defaultTargets(
  env: EnvironmentSpec,
  placement: PlacementSpec,
  work: string,
  identityFile?: string,
): DeployTarget[] {
  switch (env.driver) {
    case 'local':
      return [new LocalTarget(env.base)];
    case 'ssh':
      return placement.hosts.map(
        (name) =>
          new SshTarget({
            host: env.hosts.find((h) => h.name === name)!,
            base: env.base,
            configFile: CONFIG_FILE,
            tempDir: work,
            ...(identityFile && { identityFile }),
          }),
      );
    case 'command':
      throw new MsdeployError(
        `Environment ${env.name} uses the command driver, which this msdeploy does not deploy with yet (local and ssh; see docs/deploy.md).`,
      );
  }
}

/** The address an HTTP health check's `${host}` means for a target: the ssh host's, else none. */
export function addressOf(env: EnvironmentSpec, t: DeployTarget): string | undefined {
  return env.driver === 'ssh' ? env.hosts.find((h) => h.name === t.name)?.address : undefined;
}

/** Run `tasks` with at most `limit` at once; rejects with the first failure once all settled. */
export async function inParallel(
  limit: number,
  tasks: readonly (() => Promise<unknown>)[],
): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      await task().catch((e: unknown) => errors.push(e));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (errors.length > 0) throw errors[0] as Error;
}
