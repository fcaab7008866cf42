/**
 * rollback as a use case: make an earlier release of a service live again in an environment —
 * the one the live release replaced, or a named version — by switching every target back to its
 * release directory (kept by prune as the rollback target), restarting and checking it. With
 * `reject`, the release it replaces is also rejected in the ledger, so it is never promoted or
 * deployed again. The lease and records are those of a deploy: `deploying`, then `rolled-back`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isDigest } from '../core/artifact/digest.js';
import { checkAccepted, type ReleaseTarget } from '../core/deploy/rules.js';
import { MsdeployError, ExitCode } from '../core/errors.js';
import { environmentByName, placementOf, serviceByName } from '../core/manifest/lookup.js';
import type { DeployTarget, Logger } from '../core/ports.js';
import { decideRejection } from '../core/promotion/rules.js';
import { artifactState, deploymentState } from '../core/promotion/state.js';
import type { LedgerRecord } from '../core/promotion/types.js';
import type { RunContext } from '../core/run-context.js';
import type { StoreSettings } from '../platform/stores.js';
import type { DeployOutcome } from './deploy.js';
import {
  abandon,
  closeLease,
  closeTargets,
  DEFAULT_LEASE_SECONDS,
  goLive,
  openTargets,
  releaseUrl,
  takeLease,
  type LeaseOutcome,
  type TargetReport,
} from './deploy-steps.js';
import { deployMirrorTarget, mirrorDeployStart } from './deploy-mirror.js';
import { appendWithRetry } from './ledger-write.js';
import {
  establishActor,
  openLedgerContext,
  storeFor,
  type LedgerSettings,
} from './promotion-context.js';
import { earlierReleaseFiles, resolveReleaseConfig } from './release-inputs.js';

export interface RollbackSettings extends LedgerSettings {
  service: string;
  environment: string;
  /** A version or digest that was live here before; default: the release the live one replaced. */
  to?: string;
  /** Also reject the release being rolled back from. */
  reject?: boolean;
  reason?: string;
  sshKey?: string;
  /** How long to wait for another deployer's lease before refusing (default 0). */
  waitSeconds?: number;
  /** Where earlier artifacts are, for drivers that fetch them again (command). */
  store?: StoreSettings;
  /** A secret's value by name, to resolve the configuration again for those drivers. */
  secret?: (name: string) => string | undefined;
}

export async function rollback(
  s: RollbackSettings,
  run: RunContext,
  logger: Logger,
): Promise<DeployOutcome> {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const env = environmentByName(ctx.manifest, s.environment);
  const placement = placementOf(env, service.name);
  const { actor, identity } = await establishActor(ctx);
  const snapshot = await ctx.ledger.read();
  const d = deploymentState(snapshot.state, env.name, service.name);
  if (!d.live) {
    throw new MsdeployError(
      `Nothing of ${service.name} is live in ${env.name}: there is nothing to roll back.`,
      {
        exitCode: ExitCode.refused,
      },
    );
  }
  const live: ReleaseTarget = {
    digest: d.live.digest,
    version: d.live.version,
    config: d.live.config ?? d.live.digest,
    release: d.live.release,
  };
  const wanted =
    s.to === undefined ? d.previous : await earlierRelease(ctx, env.name, service.name, s.to);
  if (!wanted) {
    throw new MsdeployError(
      s.to === undefined
        ? `${service.name} in ${env.name} has no earlier release on record to roll back to: deploy a version instead.`
        : `${service.name} ${s.to} was never live in ${env.name}: deploy it instead (msdeploy deploy ${service.name} --env ${env.name} --version ${s.to}).`,
      { exitCode: ExitCode.refused },
    );
  }
  const target: ReleaseTarget = {
    digest: wanted.digest,
    version: wanted.version,
    config: wanted.config ?? wanted.digest,
    release: wanted.release,
  };
  checkAccepted(snapshot.state, env, service.name, target);
  const url = releaseUrl(env, placement);
  const base = {
    service: service.name,
    environment: env.name,
    version: target.version,
    digest: target.digest,
    configDigest: target.config,
    release: target.release,
    previousVersion: live.version,
    ...(url !== undefined && { url }),
  };
  const reason = s.reason ?? `rollback from ${live.release}`;
  const started = await takeLease(
    ctx,
    env,
    service,
    { actor, identity },
    { target, leaseSeconds: DEFAULT_LEASE_SECONDS, waitSeconds: s.waitSeconds ?? 0, reason },
    logger,
  );
  const leaseSeq = started.record!.seq;
  const writer = { actor, identity };
  const commit = artifactState(snapshot.state, service.name, target.digest)?.commit ?? null;
  const mirror = await mirrorDeployStart(
    deployMirrorTarget(base, commit, env, run.runUrl),
    ctx.api,
    logger,
  );
  let closed = false;
  const work = await mkdtemp(join(run.runnerTemp, 'msdeploy-rollback-'));
  const opened: DeployTarget[] = [];
  try {
    const targets = await openTargets(env, placement, {
      work,
      root: s.manifest.root,
      sshKey: s.sshKey,
      logger,
    });
    opened.push(...targets);
    // A target that keeps no earlier releases (command) is handed them again: the one to go
    // back to (required), and the live one in case that fails (best effort).
    const forgetful = targets.filter((t) => !t.keepsReleases);
    if (forgetful.length > 0) {
      const store = await storeFor(s.store, run, logger);
      const config = await resolveReleaseConfig(
        s.manifest.root,
        env,
        placement,
        s.secret ?? (() => undefined),
        logger,
      );
      const files = (r: ReleaseTarget) =>
        earlierReleaseFiles(
          store,
          placement,
          r,
          artifactState(snapshot.state, service.name, r.digest)?.artifact ?? null,
          config,
          work,
        );
      const wantedFiles = await files(target);
      for (const t of forgetful) await t.prepare(wantedFiles);
      try {
        const liveFiles = await files(live);
        for (const t of forgetful) await t.prepare(liveFiles);
      } catch (e) {
        logger.warning(
          `If the rollback fails, ${live.release} cannot be restored: ${(e as Error).message}`,
        );
      }
    }
    const reports = targets.map((t): TargetReport => ({ target: t.name, steps: [] }));
    let failure: string | undefined;
    for (const [i, t] of targets.entries()) {
      reports[i]!.previous = live.release;
      failure = await goLive(t, reports[i]!, env, placement, target, 'rollback');
      if (failure) break;
    }
    if (failure !== undefined) {
      // The earlier release does not work either (or was pruned): back to what was live.
      for (const [i, t] of targets.entries()) {
        if (!reports[i]!.steps.some((x) => x.step === 'rollback' && x.ok)) continue;
        const after = await goLive(t, reports[i]!, env, placement, live, 'rollback');
        if (after) logger.error(`${t.name}: ${live.release} is unhealthy too: ${after}`);
      }
    }
    const [failed, restored] = failure === undefined ? [live, target] : [target, live];
    closed = true;
    await closeLease(
      ctx,
      env,
      service,
      writer,
      leaseSeq,
      { kind: 'rolled-back', failed, restored },
      failure === undefined ? reason : `rollback to ${target.release} failed: ${failure}`,
    );
    await mirror.finish(
      failure === undefined
        ? { ok: true, ...(base.url && { url: base.url }), description: `${target.release} is live` }
        : { ok: false, description: `rollback failed: ${failure}` },
    );
    if (failure === undefined && s.reject) {
      const artifact = { digest: live.digest, version: live.version, commit: null, artifact: null };
      await appendWithRetry(
        ctx,
        service,
        identity,
        (snap, origin) =>
          Promise.resolve(decideRejection(snap.state, service, artifact, { ...origin, actor })),
        reason,
      );
    }
    return {
      ...base,
      changed: true,
      failed: failure !== undefined,
      rolledBack: failure === undefined,
      message:
        failure === undefined
          ? `Rolled ${service.name} back to ${target.release} in ${env.name}${s.reject ? `; ${live.version} is rejected` : ''}.`
          : `Rolling ${service.name} back to ${target.release} in ${env.name} failed (${failure}); ${live.release} is live again.`,
      targets: reports,
    };
  } catch (e) {
    // Nothing was switched (the steps never throw once targets exist): close the lease.
    if (!closed) {
      const why = `rollback to ${target.release} aborted: ${(e as Error).message}`;
      const close = (outcome: LeaseOutcome, reason: string) =>
        closeLease(ctx, env, service, writer, leaseSeq, outcome, reason);
      await abandon(
        close,
        { kind: 'rolled-back', failed: target, restored: live },
        why,
        mirror,
        logger,
      );
    }
    throw e;
  } finally {
    await closeTargets(opened, logger);
    await rm(work, { recursive: true, force: true });
  }
}

/** The newest release of `service` that went live in `environment` with version or digest `to`. */
async function earlierRelease(
  ctx: Awaited<ReturnType<typeof openLedgerContext>>,
  environment: string,
  service: string,
  to: string,
): Promise<
  | {
      digest: NonNullable<LedgerRecord['digest']>;
      version: string;
      config: LedgerRecord['config'];
      release: string;
    }
  | undefined
> {
  const history = await ctx.ledger.history();
  const match = (r: LedgerRecord) =>
    r.service === service &&
    r.environment === environment &&
    (r.kind === 'deployed' || r.kind === 'rolled-back') &&
    r.digest !== null &&
    r.release &&
    (isDigest(to) ? r.digest === to : r.version === to);
  const found = [...history].reverse().find((e) => match(e.record))?.record;
  return found
    ? {
        digest: found.digest!,
        version: found.version!,
        config: found.config ?? null,
        release: found.release!,
      }
    : undefined;
}
