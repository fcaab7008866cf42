/**
 * promote-stage and the other ledger commands as use cases: each reads the ledger, decides by
 * the rules, and appends with compare-and-swap; when someone else moved the ledger first it
 * re-reads and re-decides against the new state (the digest may have been rejected, or promoted
 * by the other writer) before trying again, a bounded number of times with jittered backoff.
 */
import { serviceByName } from '../core/manifest/lookup.js';
import type { ArtifactStore } from '../core/ports.js';
import {
  decideHold,
  decidePromotion,
  decideRejection,
  decideRelease,
  type ApprovalFacts,
} from '../core/promotion/rules.js';
import type { LedgerRecord } from '../core/promotion/types.js';
import { serviceStatus, type ServiceStatus } from '../core/report/value-stream.js';
import type { Logger } from '../core/ports.js';
import type { RunContext } from '../core/run-context.js';
import type { StoreSettings } from '../platform/stores.js';
import { appendWithRetry, type LedgerOutcome } from './ledger-write.js';
import { mirrorPromotion, type MirrorReport } from './promotion-mirrors.js';

export type { LedgerOutcome } from './ledger-write.js';
export { MAX_LEDGER_ATTEMPTS } from './ledger-write.js';
import {
  approvalFacts,
  establishActor,
  openLedgerContext,
  resolveArtifact,
  storeFor,
  type LedgerSettings,
} from './promotion-context.js';

export interface PromoteOutcome extends LedgerOutcome {
  stage: string;
  version: string;
  digest: string;
  previous: string | null;
  environment?: string;
  mirrors?: MirrorReport;
}

export interface PromoteSettings extends LedgerSettings {
  service: string;
  to: string;
  /** A version, a digest or a store reference. */
  version: string;
  reason?: string;
  store?: StoreSettings;
}

export async function promote(
  s: PromoteSettings,
  run: RunContext,
  logger: Logger,
): Promise<PromoteOutcome> {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const stage = service.stages.find((x) => x.name === s.to);
  const store = await storeFor(s.store, run, logger);
  const { actor, identity } = await establishActor(ctx);
  let artifact: Awaited<ReturnType<typeof resolveArtifact>> | undefined;
  let facts: ApprovalFacts | undefined;
  const outcome = await appendWithRetry(
    ctx,
    service,
    identity,
    async (snapshot, origin) => {
      // The store and GitHub are asked once; the ledger (which may have moved) every attempt.
      artifact ??= await resolveArtifact(ctx, store, service, s.version, snapshot);
      facts ??= stage
        ? await approvalFacts(ctx, stage, actor, artifact.commit)
        : { approver: false, author: false };
      return decidePromotion(snapshot.state, service, s.to, artifact, { ...origin, actor }, facts);
    },
    s.reason,
  );
  const a = artifact!;
  const result: PromoteOutcome = {
    ...outcome,
    stage: s.to,
    version: a.version,
    digest: a.digest,
    previous: outcome.record?.previous ?? null,
    ...(stage?.environment !== undefined && { environment: stage.environment }),
  };
  // Mirrors show the shared ledger: a local (CLI) ledger has none. A no-op still mirrors, so a
  // re-run after a crash or a failed mirror converges.
  if (ctx.ledger.remote) {
    result.mirrors = await mirrorPromotion(
      {
        service: service.name,
        stage: s.to,
        version: a.version,
        digest: a.digest,
        commit: a.commit,
        ...(run.runUrl && { runUrl: run.runUrl }),
        ...(stage?.environment !== undefined && { environment: stage.environment }),
        production: s.to === 'production',
      },
      { ...(ctx.api && { api: ctx.api }), store, logger },
    );
  }
  return result;
}

export interface StageSettings extends LedgerSettings {
  service: string;
  stage: string;
  reason?: string;
}

export async function hold(
  s: StageSettings,
  run: RunContext,
  logger: Logger,
): Promise<LedgerOutcome> {
  return stageCommand(s, run, logger, decideHold);
}

export async function release(
  s: StageSettings,
  run: RunContext,
  logger: Logger,
): Promise<LedgerOutcome> {
  return stageCommand(s, run, logger, decideRelease);
}

async function stageCommand(
  s: StageSettings,
  run: RunContext,
  logger: Logger,
  decide: typeof decideHold,
): Promise<LedgerOutcome> {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const { actor, identity } = await establishActor(ctx);
  return appendWithRetry(
    ctx,
    service,
    identity,
    (snapshot, origin) =>
      Promise.resolve(decide(snapshot.state, service, s.stage, { ...origin, actor })),
    s.reason,
  );
}

export interface RejectSettings extends LedgerSettings {
  service: string;
  version: string;
  reason?: string;
  store?: StoreSettings;
}

export async function reject(
  s: RejectSettings,
  run: RunContext,
  logger: Logger,
): Promise<LedgerOutcome> {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const store: ArtifactStore = await storeFor(s.store, run, logger);
  const { actor, identity } = await establishActor(ctx);
  let artifact: Awaited<ReturnType<typeof resolveArtifact>> | undefined;
  return appendWithRetry(
    ctx,
    service,
    identity,
    async (snapshot, origin) => {
      artifact ??= await resolveArtifact(ctx, store, service, s.version, snapshot);
      return decideRejection(snapshot.state, service, artifact, { ...origin, actor });
    },
    s.reason,
  );
}

/** The value stream of one service, or of every service of the manifest. */
export async function status(
  s: LedgerSettings & { service?: string },
  run: RunContext,
  logger: Logger,
): Promise<{ services: ServiceStatus[]; commit?: string }> {
  const ctx = await openLedgerContext(s, run, logger);
  const services = s.service ? [serviceByName(ctx.manifest, s.service)] : ctx.manifest.services;
  const snapshot = await ctx.ledger.read();
  return {
    services: services.map((svc) => serviceStatus(snapshot.state, svc)),
    ...(snapshot.commit && { commit: snapshot.commit }),
  };
}

/** A service's records, oldest first. */
export async function ledgerLog(
  s: LedgerSettings & { service: string },
  run: RunContext,
  logger: Logger,
): Promise<LedgerRecord[]> {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const history = await ctx.ledger.history();
  return history.map((e) => e.record).filter((r) => r.service === service.name);
}
