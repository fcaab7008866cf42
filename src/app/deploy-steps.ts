/** The steps a deploy and a rollback share: targets per driver, start and check, recording. */
import type { EnvironmentSpec, PlacementSpec } from '../core/manifest/types.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  decideDeployEnd,
  decideDeployStart,
  LeaseHeld,
  type ReleaseTarget,
} from '../core/deploy/rules.js';
import type { ServiceSpec } from '../core/manifest/types.js';
import type { CommitIdentity, DeployTarget, Logger } from '../core/ports.js';
import type { Actor } from '../core/promotion/types.js';
import { checkHealth, healthUrl } from '../platform/health.js';
import { thisProcessHolder } from '../platform/process.js';
import { CommandTarget } from '../platform/command-target.js';
import { CONFIG_FILE, LocalTarget } from '../platform/local-target.js';
import { SshTarget } from '../platform/ssh-target.js';
import type { DeployMirror } from './deploy-mirror.js';
import { appendWithRetry, type LedgerOutcome } from './ledger-write.js';
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

/** How a lease is closed: `deployed`, or `rolled-back` with what failed and what is live. */
export type LeaseOutcome = Parameters<typeof decideDeployEnd>[4];

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
  outcome: LeaseOutcome,
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

/**
 * Make `release` live on `t`: switch `current` to it (step `stepName`), start it and check its
 * health. Returns the failure, or undefined. Never throws: a host that drops its connection half
 * way is a failure to roll back from, not a deploy abandoned with its lease open.
 */
export async function goLive(
  t: DeployTarget,
  report: TargetReport,
  env: EnvironmentSpec,
  p: PlacementSpec,
  release: Parameters<typeof releaseEnv>[2],
  stepName: 'switch' | 'rollback' = 'switch',
): Promise<string | undefined> {
  try {
    const scriptEnv = releaseEnv(env, p, release);
    await step(report, stepName, async () => {
      await t.activate(p.dir, release.release, scriptEnv);
      return t.keepsReleases ? `current → ${release.release}` : `run → ${release.release}`;
    });
    return await startAndCheck(t, report, env, p, scriptEnv);
  } catch (e) {
    return `${t.name}: ${(e as Error).message}`;
  }
}

/**
 * A deploy or rollback that failed before switching anything: close its lease with `outcome`
 * (so the next deployer need not wait for it to expire) and its GitHub deployment, saying why.
 */
export async function abandon(
  close: (outcome: LeaseOutcome, reason: string) => Promise<void>,
  outcome: LeaseOutcome,
  why: string,
  mirror: DeployMirror,
  logger: Logger,
): Promise<void> {
  await close(outcome, why).catch((err: Error) =>
    logger.error(`Closing the deploy lease failed too: ${err.message}`),
  );
  await mirror.finish({ ok: false, description: why });
}

/** Start the live release (if the manifest says how) and check its health; the failure, or undefined. */
async function startAndCheck(
  t: DeployTarget,
  report: TargetReport,
  env: EnvironmentSpec,
  p: PlacementSpec,
  scriptEnv: Record<string, string>,
): Promise<string | undefined> {
  const start = p.start ?? env.start;
  const health = p.health ?? env.health;
  if (start !== undefined) {
    const began = Date.now();
    const r = await t.run(start, p.dir, scriptEnv, START_TIMEOUT_MS);
    report.steps.push({
      step: 'start',
      ok: r.exitCode === 0,
      detail: r.exitCode === 0 ? 'started' : `exit ${r.exitCode}: ${r.tail.at(-1) ?? ''}`,
      ms: Date.now() - began,
    });
    if (r.exitCode !== 0) return `the start script exited ${r.exitCode}`;
  }
  if (health === undefined) return undefined;
  const began = Date.now();
  const host = addressOf(env, t);
  const h = await checkHealth(health, {
    ...(p.port !== undefined && { port: p.port }),
    ...(host !== undefined && { host }),
    run: (script, timeoutMs) => t.run(script, p.dir, scriptEnv, timeoutMs),
  });
  report.steps.push({
    step: 'health',
    ok: h.healthy,
    detail: `${h.last} after ${h.tries} tries`,
    ms: Date.now() - began,
  });
  return h.healthy ? undefined : `unhealthy: ${h.last}`;
}

/** How often a deployer waiting for someone else's lease reads the ledger again. */
const LEASE_POLL_MS = 2000;

/**
 * Take the lease to deploy `target` (a `deploying` record, by compare-and-swap). While someone
 * else holds it, wait up to `waitSeconds` (0: refuse at once), reading the ledger again every
 * couple of seconds; the refusal names who holds it.
 */
export async function takeLease(
  ctx: LedgerContext,
  env: EnvironmentSpec,
  service: ServiceSpec,
  writer: Writer,
  request: { target: ReleaseTarget; leaseSeconds: number; waitSeconds: number; reason?: string },
  logger: Logger,
): Promise<LedgerOutcome> {
  const deadline = Date.now() + request.waitSeconds * 1000;
  // In Actions the run tells deploys apart; elsewhere the process does.
  const holder = ctx.run.runUrl === undefined ? thisProcessHolder() : undefined;
  for (;;) {
    try {
      return await appendWithRetry(
        ctx,
        service,
        writer.identity,
        (snap, origin) =>
          Promise.resolve(
            decideDeployStart(
              snap.state,
              env,
              service.name,
              request.target,
              { ...origin, actor: writer.actor },
              request.leaseSeconds,
              holder,
            ),
          ),
        request.reason,
      );
    } catch (e) {
      if (!(e instanceof LeaseHeld)) throw e;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw request.waitSeconds > 0
          ? new LeaseHeld(`${e.message} (waited ${request.waitSeconds} s)`)
          : e;
      }
      logger.info(`${e.message} Waiting (${Math.ceil(left / 1000)} s left).`);
      await sleep(Math.min(LEASE_POLL_MS, left));
    }
  }
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

/**
 * What start and health scripts get (documented in docs/deploy.md); never a secret. A release
 * found on a host but not in the ledger (put there by hand) has no known digests: they are left out
 * rather than guessed.
 */
export function releaseEnv(
  env: EnvironmentSpec,
  p: PlacementSpec,
  t: Pick<ReleaseTarget, 'version' | 'release'> & Partial<ReleaseTarget>,
): Record<string, string> {
  return {
    MSDEPLOY_SERVICE: p.service,
    MSDEPLOY_ENVIRONMENT: env.name,
    MSDEPLOY_VERSION: t.version,
    ...(t.digest !== undefined && { MSDEPLOY_DIGEST: t.digest }),
    ...(t.config !== undefined && { MSDEPLOY_CONFIG_DIGEST: t.config }),
    MSDEPLOY_RELEASE: t.release,
    ...(p.port !== undefined && { MSDEPLOY_PORT: String(p.port) }),
    ...(p.unit !== undefined && { MSDEPLOY_UNIT: p.unit }),
  };
}

/** What a driver's targets are made with besides the manifest. */
export interface TargetContext {
  /** This run's temp directory, removed afterwards. */
  work: string;
  /** The repository root: where the command driver's scripts run. */
  root: string;
  /** The ssh driver's key file, when one was given. */
  identityFile?: string;
  logger: Logger;
}

/** Builds a placement's targets (a driver per environment; tests pass their own). */
export type MakeTargets = (
  env: EnvironmentSpec,
  placement: PlacementSpec,
  ctx: TargetContext,
) => DeployTarget[];

/**
 * The placement's targets, after writing the ssh driver's key (a secret) 0600 into `work`, which
 * the caller removes; without a key, ssh uses the agent and ~/.ssh as usual.
 */
export async function openTargets(
  env: EnvironmentSpec,
  placement: PlacementSpec,
  ctx: Omit<TargetContext, 'identityFile'> & { sshKey: string | undefined },
  make: MakeTargets = defaultTargets,
): Promise<DeployTarget[]> {
  const { sshKey, ...rest } = ctx;
  if (!sshKey) return make(env, placement, rest);
  ctx.logger.mask?.(sshKey);
  const file = join(ctx.work, 'ssh-key');
  await writeFile(file, sshKey.endsWith('\n') ? sshKey : `${sshKey}\n`, { mode: 0o600 });
  return make(env, placement, { ...rest, identityFile: file });
}

export function defaultTargets(
  env: EnvironmentSpec,
  placement: PlacementSpec,
  ctx: TargetContext,
): DeployTarget[] {
  switch (env.driver) {
    case 'local':
      return [new LocalTarget(env.base, env.dpkgRoot)];
    case 'ssh':
      return placement.hosts.map(
        (name) =>
          new SshTarget({
            host: env.hosts.find((h) => h.name === name)!,
            base: env.base,
            configFile: CONFIG_FILE,
            tempDir: ctx.work,
            ...(ctx.identityFile && { identityFile: ctx.identityFile }),
          }),
      );
    case 'command':
      return [
        new CommandTarget({
          run: env.run,
          root: ctx.root,
          work: ctx.work,
          forward: env.env,
          log: ctx.logger,
        }),
      ];
  }
}

/** End what targets hold open (an ssh host's shared connection); a failure is only logged. */
export async function closeTargets(
  targets: readonly DeployTarget[],
  logger: Logger,
): Promise<void> {
  await Promise.all(
    targets.map(async (t) => {
      await t.close?.().catch((e: Error) => logger.debug(`${t.name}: closing: ${e.message}`));
    }),
  );
}

/** The release's page: its HTTP health check's URL (the deployment's `environment_url`). */
export function releaseUrl(env: EnvironmentSpec, p: PlacementSpec): string | undefined {
  const spec = p.health ?? env.health;
  if (spec?.url === undefined) return undefined;
  return healthUrl(spec.url, p.port === undefined ? {} : { port: p.port });
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
