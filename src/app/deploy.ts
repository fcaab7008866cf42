/**
 * deploy-env as one use case: deploy a release — an artifact digest and a resolved
 * configuration — of one service to one environment.
 *
 *   1. refuse what is not defined (environment, placement) before anything is touched;
 *   2. check the digest in its store and against the ledger (the environment's stage), fetch
 *      the artifact and verify it; resolve the configuration (secrets masked at once);
 *   3. take the lease: a `deploying` record, by compare-and-swap, before any target is touched;
 *   4. prepare the release on every target, then make it current, start it and check health;
 *   5. healthy: prune old releases, record `deployed`. Unhealthy: switch every target back to
 *      the release it had, restart and check it, record `rolled-back`, and fail.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveConfigOrThrow, type ResolvedConfig } from '../core/deploy/config.js';
import { redactingTarget } from '../core/deploy/mask.js';
import {
  checkAccepted,
  ownLease,
  decideDeployStart,
  releaseName,
  type ReleaseTarget,
} from '../core/deploy/rules.js';
import { MsdeployError } from '../core/errors.js';
import { environmentByName, placementOf, serviceByName } from '../core/manifest/lookup.js';
import type { EnvironmentSpec, PlacementSpec } from '../core/manifest/types.js';
import type { DeployTarget, Logger, ReleaseFiles } from '../core/ports.js';
import { deploymentState } from '../core/promotion/state.js';
import type { RunContext } from '../core/run-context.js';
import { readConfigSources } from '../platform/config-files.js';
import { healthUrl } from '../platform/health.js';
import type { StoreSettings } from '../platform/stores.js';
import { mirrorDeployStart } from './deploy-mirror.js';
import { appendWithRetry } from './ledger-write.js';
import {
  addressOf,
  closeLease,
  DEFAULT_LEASE_SECONDS,
  defaultTargets,
  inParallel,
  releaseEnv,
  startAndCheck,
  step,
  type TargetReport,
} from './deploy-steps.js';
import {
  establishActor,
  openLedgerContext,
  resolveArtifact,
  storeFor,
  type LedgerSettings,
} from './promotion-context.js';

export interface DeploySettings extends LedgerSettings {
  service: string;
  environment: string;
  /** A version, a digest or a store reference. */
  version: string;
  reason?: string;
  store?: StoreSettings;
  /** A secret's value by name (the runner's environment); only the environment's names are asked. */
  secret: (name: string) => string | undefined;
  /**
   * A private key for the ssh driver (a secret: written 0600 to this run's temp directory and
   * removed afterwards); without it, ssh uses the agent and ~/.ssh as usual.
   */
  sshKey?: string;
  /** How long the deploy lease lasts before another deployer may take it over. */
  leaseSeconds?: number;
  /** Build targets for a driver (tests, and drivers that need more than the manifest says). */
  targets?: (env: EnvironmentSpec, placement: PlacementSpec, work: string) => DeployTarget[];
}

export type { TargetReport } from './deploy-steps.js';

export interface DeployOutcome {
  changed: boolean;
  /** The new release failed: the entry must fail the step or command (after reporting). */
  failed: boolean;
  rolledBack: boolean;
  message: string;
  service: string;
  environment: string;
  version: string;
  digest: string;
  configDigest: string;
  release: string;
  previousVersion?: string;
  url?: string;
  targets: TargetReport[];
}

/** A deploy that failed (and was rolled back where it could be): exit 1 after reporting. */
export class DeployFailed extends MsdeployError {}

export { DEFAULT_LEASE_SECONDS } from './deploy-steps.js';

export async function deploy(
  s: DeploySettings,
  run: RunContext,
  logger: Logger,
): Promise<DeployOutcome> {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const env = environmentByName(ctx.manifest, s.environment);
  const placement = placementOf(env, service.name);
  const store = await storeFor(s.store, run, logger);
  const { actor, identity } = await establishActor(ctx);

  const snapshot = await ctx.ledger.read();
  const artifact = await resolveArtifact(ctx, store, service, s.version, snapshot);
  // Refused before anything else is read or touched (checked again under the lease).
  checkAccepted(snapshot.state, env, service.name, artifact);
  const config = resolveConfigOrThrow({
    sources: await readConfigSources(s.manifest.root, env, placement),
    allowedSecrets: env.secrets,
    secret: s.secret,
    environment: env.name,
  });
  for (const value of config.secretValues) logger.mask?.(value);
  const target: ReleaseTarget = {
    digest: artifact.digest,
    version: artifact.version,
    config: config.digest,
    release: releaseName(artifact.version, config.digest),
  };
  const healthSpec = placement.health ?? env.health;
  const base = {
    service: service.name,
    environment: env.name,
    version: target.version,
    digest: target.digest,
    configDigest: target.config,
    release: target.release,
    ...(healthSpec?.url !== undefined && {
      // Checked now: a bad URL is a manifest error before anything is touched.
      url: healthUrl(healthSpec.url, placement.port === undefined ? {} : { port: placement.port }),
    }),
  };

  // The lease: nobody else deploys this service here until we close it (or it expires).
  const leaseSeconds = s.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  const resumed = ownLease(snapshot.state, env, service.name, {
    actor,
    at: new Date().toISOString(),
    reason: null,
    run: run.runUrl ?? null,
  });
  const started =
    resumed !== undefined
      ? undefined
      : await appendWithRetry(
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
                leaseSeconds,
              ),
            ),
          s.reason,
        );
  if (started && !started.changed) {
    return {
      ...base,
      changed: false,
      failed: false,
      rolledBack: false,
      message: started.message,
      targets: [],
    };
  }
  if (resumed !== undefined) {
    logger.info(
      `Resuming the deploy that took the lease in ledger record ${resumed} (same owner and run).`,
    );
  }
  const leaseSeq = resumed ?? started!.record!.seq;
  const live = deploymentState(started?.state ?? snapshot.state, env.name, service.name).live;

  const mirror = await mirrorDeployStart(
    {
      ...base,
      commit: artifact.commit,
      production: env.name === 'production' || env.stage === 'production',
      ...(run.runUrl !== undefined && { runUrl: run.runUrl }),
    },
    ctx.api,
    logger,
  );
  const work = await mkdtemp(join(run.runnerTemp, 'msdeploy-deploy-'));
  try {
    if (s.sshKey) {
      logger.mask?.(s.sshKey);
      await writeFile(join(work, 'ssh-key'), s.sshKey.endsWith('\n') ? s.sshKey : `${s.sshKey}\n`, {
        mode: 0o600,
      });
    }
    const targets = (s.targets ?? defaultTargets)(
      env,
      placement,
      work,
      s.sshKey ? join(work, 'ssh-key') : undefined,
    ).map((t) => redactingTarget(t, config.secretValues));
    const artifactFile = join(work, 'artifact');
    await store.get(artifact.artifact ?? artifact.digest, artifactFile); // verifies the digest
    const files: ReleaseFiles = {
      service: service.name,
      dir: placement.dir,
      version: target.version,
      release: target.release,
      artifactFile,
      artifactDigest: target.digest,
      kind: (await store.inspect(service.name, target.digest, artifact.artifact ?? undefined)).meta
        .kind,
      config: config.json,
      configDigest: target.config,
    };
    const reports = targets.map((t): TargetReport => ({ target: t.name, steps: [] }));
    const health = placement.health ?? env.health;
    const start = placement.start ?? env.start;
    const scriptEnv = releaseEnv(env, placement, target);

    // Everything is put in place before anything switches: a failure here changes nothing live.
    let failure: string | undefined;
    try {
      await inParallel(
        env.driver === 'ssh' ? env.parallel : 1,
        targets.map(
          (t, i) => () =>
            step(reports[i]!, 'prepare', async () => {
              const r = await t.prepare(files);
              return r.created ? 'unpacked' : 'already there';
            }),
        ),
      );
    } catch (e) {
      // Nothing was switched: what is live stays live; the lease is closed below.
      failure = `preparing the release failed: ${(e as Error).message}`;
    }
    for (const [i, t] of failure === undefined ? targets.entries() : []) {
      const report = reports[i]!;
      // A resumed deploy may find its own release current already: the target to go back to is
      // then what the ledger says was live.
      const current = await t.current(placement.dir);
      const previous = current === target.release ? live?.release : current;
      if (previous !== undefined) report.previous = previous;
      await step(report, 'switch', async () => {
        await t.activate(placement.dir, target.release);
        return `current → ${target.release}`;
      });
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

    if (failure === undefined) {
      for (const [i, t] of targets.entries()) {
        await step(reports[i]!, 'prune', async () => {
          const previous = reports[i]!.previous;
          const removed = await t.prune(placement.dir, env.keep, previous ? [previous] : []);
          return removed.length ? `removed ${removed.join(', ')}` : 'nothing to remove';
        });
      }
      await closeLease(
        ctx,
        env,
        service,
        { actor, identity },
        leaseSeq,
        { kind: 'deployed', target },
        s.reason,
      );
      await mirror.finish({
        ok: true,
        ...(base.url && { url: base.url }),
        description: `${target.release} is live`,
      });
      return {
        ...base,
        changed: true,
        failed: false,
        rolledBack: false,
        message: `Deployed ${service.name} ${target.release} to ${env.name} (${targets.map((t) => t.name).join(', ')}).`,
        ...(live && { previousVersion: live.version }),
        targets: reports,
      };
    }

    // Roll back every target that was switched, to the release it had.
    for (const [i, t] of targets.entries()) {
      const report = reports[i]!;
      if (!report.steps.some((x) => x.step === 'switch')) continue;
      if (report.previous === undefined) continue;
      const back = report.previous;
      await step(report, 'rollback', async () => {
        await t.activate(placement.dir, back);
        return `current → ${back}`;
      });
      const after = await startAndCheck(
        t,
        report,
        placement,
        start,
        health,
        scriptEnv,
        addressOf(env, t),
      );
      if (after) logger.error(`${t.name}: the release rolled back to is unhealthy too: ${after}`);
    }
    const restored: ReleaseTarget | null = live
      ? {
          digest: live.digest,
          version: live.version,
          config: live.config ?? target.config,
          release: live.release,
        }
      : null;
    await closeLease(
      ctx,
      env,
      service,
      { actor, identity },
      leaseSeq,
      { kind: 'rolled-back', failed: target, restored },
      `deploy of ${target.release} failed: ${failure}`,
    );
    await mirror.finish({ ok: false, description: `failed: ${failure}`.slice(0, 140) });
    return {
      ...base,
      changed: true,
      rolledBack: restored !== null,
      failed: true,
      message:
        `Deploying ${service.name} ${target.release} to ${env.name} failed (${failure}); ` +
        (restored
          ? `rolled back to ${restored.release}.`
          : 'there was no earlier release to roll back to.'),
      ...(live && { previousVersion: live.version }),
      targets: reports,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export type { ResolvedConfig };
