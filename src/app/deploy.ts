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
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResolvedConfig } from '../core/deploy/config.js';
import { redactingTarget } from '../core/deploy/mask.js';
import { checkAccepted, ownLease, releaseName, type ReleaseTarget } from '../core/deploy/rules.js';
import { MsdeployError } from '../core/errors.js';
import { environmentByName, placementOf, serviceByName } from '../core/manifest/lookup.js';
import type { DeployTarget, Logger, ReleaseFiles } from '../core/ports.js';
import { artifactState, deploymentState } from '../core/promotion/state.js';
import type { RunContext } from '../core/run-context.js';
import { holderIsGone } from '../platform/process.js';
import type { StoreSettings } from '../platform/stores.js';
import { deployMirrorTarget, mirrorDeployStart, settleDeployMirror } from './deploy-mirror.js';
import {
  abandon,
  closeLease,
  closeTargets,
  DEFAULT_LEASE_SECONDS,
  goLive,
  inParallel,
  openTargets,
  releaseUrl,
  step,
  takeLease,
  type LeaseOutcome,
  type MakeTargets,
  type TargetReport,
} from './deploy-steps.js';
import { earlierReleaseFiles, resolveReleaseConfig } from './release-inputs.js';
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
  /** How long to wait for another deployer's lease before refusing (default 0: refuse at once). */
  waitSeconds?: number;
  /** Build targets for a driver (tests, and drivers that need more than the manifest says). */
  targets?: MakeTargets;
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
  const config = await resolveReleaseConfig(s.manifest.root, env, placement, s.secret, logger);
  const target: ReleaseTarget = {
    digest: artifact.digest,
    version: artifact.version,
    config: config.digest,
    release: releaseName(artifact.version, config.digest),
  };
  // Checked now: a bad URL is a manifest error before anything is touched.
  const url = releaseUrl(env, placement);
  const base = {
    service: service.name,
    environment: env.name,
    version: target.version,
    digest: target.digest,
    configDigest: target.config,
    release: target.release,
    ...(url !== undefined && { url }),
  };

  const work = await mkdtemp(join(run.runnerTemp, 'msdeploy-deploy-'));
  const opened: DeployTarget[] = [];
  try {
    // Fetched and verified before the lease: a tampered or missing artifact touches nothing and
    // leaves no record.
    const artifactFile = join(work, 'artifact');
    // Verifies the digest; resolveArtifact checked the metadata binds it to this service.
    const { kind } = (await store.get(artifact.artifact ?? artifact.digest, artifactFile)).meta;

    // The lease: nobody else deploys this service here until we close it (or it expires).
    const writer = { actor, identity };
    const resumed = ownLease(
      snapshot.state,
      env,
      service.name,
      { actor, at: new Date().toISOString(), reason: null, run: run.runUrl ?? null },
      holderIsGone,
    );
    const started =
      resumed !== undefined
        ? undefined
        : await takeLease(
            ctx,
            env,
            service,
            writer,
            {
              target,
              leaseSeconds: s.leaseSeconds ?? DEFAULT_LEASE_SECONDS,
              waitSeconds: s.waitSeconds ?? 0,
              ...(s.reason !== undefined && { reason: s.reason }),
            },
            logger,
          );
    const mirrorTarget = deployMirrorTarget(base, artifact.commit, env, run.runUrl);
    if (started && !started.changed) {
      // A re-run after the record landed: what GitHub shows catches up with the ledger.
      await settleDeployMirror(mirrorTarget, ctx.api, logger, {
        ...(base.url && { url: base.url }),
        description: `${target.release} is live`,
      });
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
    const liveRecord = deploymentState(
      started?.state ?? snapshot.state,
      env.name,
      service.name,
    ).live;
    const live: ReleaseTarget | undefined = liveRecord
      ? {
          digest: liveRecord.digest,
          version: liveRecord.version,
          config: liveRecord.config ?? target.config,
          release: liveRecord.release,
        }
      : undefined;
    const close = (outcome: LeaseOutcome, reason: string | undefined) =>
      closeLease(ctx, env, service, writer, leaseSeq, outcome, reason);

    const mirror = await mirrorDeployStart(mirrorTarget, ctx.api, logger);

    let closed = false;
    try {
      // Scripts' output redacted: a release may print a secret it read from its config.
      const targets = (
        await openTargets(
          env,
          placement,
          { work, root: s.manifest.root, sshKey: s.sshKey, logger },
          s.targets,
        )
      ).map((t) => redactingTarget(t, config.secretValues));
      opened.push(...targets);
      const files: ReleaseFiles = {
        service: service.name,
        dir: placement.dir,
        version: target.version,
        release: target.release,
        artifactFile,
        artifactDigest: target.digest,
        kind,
        config: config.json,
        configDigest: target.config,
      };
      const reports = targets.map((t): TargetReport => ({ target: t.name, steps: [] }));
      const limit = env.driver === 'ssh' ? env.parallel : 1;
      // What each target had live. A resumed deploy may find its own release current already: the
      // release to go back to is then what the ledger says was live.
      const currents = await Promise.all(targets.map((t) => t.current(placement.dir)));
      for (const [i, current] of currents.entries()) {
        const previous =
          current === target.release || !targets[i]!.keepsReleases ? live?.release : current;
        if (previous !== undefined) reports[i]!.previous = previous;
      }
      // A target that keeps no earlier releases is handed the live one again, to go back to.
      const forgetful = targets.filter((t) => !t.keepsReleases);
      if (live && live.release !== target.release && forgetful.length > 0) {
        const ref = artifactState(snapshot.state, service.name, live.digest)?.artifact ?? null;
        try {
          const earlier = await earlierReleaseFiles(store, placement, live, ref, config, work);
          for (const t of forgetful) await t.prepare(earlier);
        } catch (e) {
          const why = (e as Error).message;
          logger.warning(`If this deploy fails, ${live.release} cannot be restored: ${why}`);
        }
      }

      // Everything is put in place before anything switches: a failure here changes nothing live.
      let failure: string | undefined;
      try {
        await inParallel(
          limit,
          targets.map(
            (t, i) => () =>
              step(reports[i]!, 'prepare', async () => {
                const r = await t.prepare(files);
                return r.created ? 'unpacked' : 'already there';
              }),
          ),
        );
      } catch (e) {
        failure = `preparing the release failed: ${(e as Error).message}`;
      }
      for (const [i, t] of failure === undefined ? targets.entries() : []) {
        failure = await goLive(t, reports[i]!, env, placement, target);
        if (failure) break;
      }

      if (failure === undefined) {
        // Every target is live and healthy: pruning has no order to keep. A release that is
        // live stays so, whatever a prune says: a failure is a warning.
        await inParallel(
          limit,
          targets.map((t, i) => () => {
            const previous = reports[i]!.previous;
            return step(reports[i]!, 'prune', async () => {
              const removed = await t.prune(placement.dir, env.keep, previous ? [previous] : []);
              return removed.length ? `removed ${removed.join(', ')}` : 'nothing to remove';
            }).catch((e: Error) =>
              logger.warning(`${t.name}: pruning old releases failed: ${e.message}`),
            );
          }),
        );
        closed = true;
        await close({ kind: 'deployed', target }, s.reason);
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

      // Roll back every target that shows the new release — switched by this run or by the run
      // it resumes — to the release it had.
      for (const [i, t] of targets.entries()) {
        const report = reports[i]!;
        const switched =
          report.steps.some((x) => x.step === 'switch') || currents[i] === target.release;
        if (!switched || report.previous === undefined) continue;
        const back =
          live?.release === report.previous
            ? live
            : { version: versionOfRelease(report.previous), release: report.previous };
        const after = await goLive(t, report, env, placement, back, 'rollback');
        if (after) logger.error(`${t.name}: the release rolled back to is unhealthy too: ${after}`);
      }
      closed = true;
      await close(
        { kind: 'rolled-back', failed: target, restored: live ?? null },
        `deploy of ${target.release} failed: ${failure}`,
      );
      await mirror.finish({ ok: false, description: `failed: ${failure}` });
      return {
        ...base,
        changed: true,
        rolledBack: live !== undefined,
        failed: true,
        message:
          `Deploying ${service.name} ${target.release} to ${env.name} failed (${failure}); ` +
          (live
            ? `rolled back to ${live.release}.`
            : 'there was no earlier release to roll back to.'),
        ...(live && { previousVersion: live.version }),
        targets: reports,
      };
    } catch (e) {
      // Something failed before any target was switched (the steps above never throw after):
      // close the lease so the next deployer need not wait for it to expire.
      if (!closed) {
        const why = `deploy of ${target.release} aborted: ${(e as Error).message}`;
        const outcome = { kind: 'rolled-back' as const, failed: target, restored: live ?? null };
        await abandon(close, outcome, why, mirror, logger);
      }
      throw e;
    }
  } finally {
    await closeTargets(opened, logger);
    await rm(work, { recursive: true, force: true });
  }
}

/** `<version>-<12 hex>` → version (a release found on a host that the ledger does not know). */
function versionOfRelease(release: string): string {
  return release.replace(/-[0-9a-f]{12}$/, '');
}

export type { ResolvedConfig };
