/**
 * rollback as a use case: make an earlier release of a service live again in an environment —
 * the one the live release replaced, or a named version — by switching every target back to its
 * release directory (kept by prune as the rollback target), restarting and checking it. With
 * `reject`, the release it replaces is also rejected in the ledger, so it is never promoted or
 * deployed again. The lease and records are those of a deploy: `deploying`, then `rolled-back`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDigest } from '../core/artifact/digest.js';
import { checkAccepted, decideDeployStart, type ReleaseTarget } from '../core/deploy/rules.js';
import { MsdeployError, ExitCode } from '../core/errors.js';
import { environmentByName, placementOf, serviceByName } from '../core/manifest/lookup.js';
import type { Logger } from '../core/ports.js';
import { decideRejection } from '../core/promotion/rules.js';
import { deploymentState } from '../core/promotion/state.js';
import type { LedgerRecord } from '../core/promotion/types.js';
import type { RunContext } from '../core/run-context.js';
import type { DeployOutcome } from './deploy.js';
import {
  addressOf,
  closeLease,
  DEFAULT_LEASE_SECONDS,
  defaultTargets,
  releaseEnv,
  startAndCheck,
  step,
  type TargetReport,
} from './deploy-steps.js';
import { appendWithRetry } from './ledger-write.js';
import { establishActor, openLedgerContext, type LedgerSettings } from './promotion-context.js';

export interface RollbackSettings extends LedgerSettings {
  service: string;
  environment: string;
  /** A version or digest that was live here before; default: the release the live one replaced. */
  to?: string;
  /** Also reject the release being rolled back from. */
  reject?: boolean;
  reason?: string;
  sshKey?: string;
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
  const base = {
    service: service.name,
    environment: env.name,
    version: target.version,
    digest: target.digest,
    configDigest: target.config,
    release: target.release,
    previousVersion: live.version,
  };
  const reason = s.reason ?? `rollback from ${live.release}`;
  const started = await appendWithRetry(
    ctx,
    service,
    identity,
    (snap, origin) =>
      Promise.resolve(
        decideDeployStart(
          snap.state,
          env,
          service.name,
          target,
          { ...origin, actor },
          DEFAULT_LEASE_SECONDS,
        ),
      ),
    reason,
  );
  if (!started.changed) {
    return {
      ...base,
      changed: false,
      failed: false,
      rolledBack: false,
      message: started.message,
      targets: [],
    };
  }
  const leaseSeq = started.record!.seq;
  const work = await mkdtemp(join(run.runnerTemp, 'msdeploy-rollback-'));
  try {
    if (s.sshKey) {
      logger.mask?.(s.sshKey);
      await writeFile(join(work, 'ssh-key'), s.sshKey.endsWith('\n') ? s.sshKey : `${s.sshKey}\n`, {
        mode: 0o600,
      });
    }
    const targets = defaultTargets(
      env,
      placement,
      work,
      s.sshKey ? join(work, 'ssh-key') : undefined,
    );
    const reports = targets.map((t): TargetReport => ({ target: t.name, steps: [] }));
    const scriptEnv = releaseEnv(env, placement, target);
    const health = placement.health ?? env.health;
    const start = placement.start ?? env.start;
    let failure: string | undefined;
    for (const [i, t] of targets.entries()) {
      const report = reports[i]!;
      report.previous = live.release;
      try {
        await step(report, 'rollback', async () => {
          await t.activate(placement.dir, target.release);
          return `current → ${target.release}`;
        });
      } catch (e) {
        failure = `${t.name}: ${(e as Error).message} (pruned? deploy the version instead)`;
        break;
      }
      failure = await startAndCheck(
        t,
        report,
        placement,
        start,
        health,
        scriptEnv,
        addressOf(env, t),
      );
      if (failure) break;
    }
    if (failure !== undefined) {
      // The earlier release does not work either: back to what was live.
      for (const [i, t] of targets.entries()) {
        if (!reports[i]!.steps.some((x) => x.step === 'rollback' && x.ok)) continue;
        await t.activate(placement.dir, live.release);
        await startAndCheck(t, reports[i]!, placement, start, health, scriptEnv, addressOf(env, t));
      }
    }
    const [failed, restored] = failure === undefined ? [live, target] : [target, live];
    await closeLease(
      ctx,
      env,
      service,
      { actor, identity },
      leaseSeq,
      { kind: 'rolled-back', failed, restored },
      failure === undefined ? reason : `rollback to ${target.release} failed: ${failure}`,
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
  } finally {
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
