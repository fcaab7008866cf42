/**
 * promote-stage and the other ledger commands as use cases: each reads the ledger, decides by
 * the rules, and appends with compare-and-swap; when someone else moved the ledger first it
 * re-reads and re-decides against the new state (the digest may have been rejected, or promoted
 * by the other writer) before trying again, a bounded number of times with jittered backoff.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { MsdeployError } from '../core/errors.js';
import { serviceByName } from '../core/manifest/lookup.js';
import type { ServiceSpec } from '../core/manifest/types.js';
import type { ArtifactStore, LedgerSnapshot } from '../core/ports.js';
import {
  decideHold,
  decidePromotion,
  decideRejection,
  decideRelease,
  type ApprovalFacts,
  type Decision,
  type Origin,
} from '../core/promotion/rules.js';
import { applyRecord, serializeState } from '../core/promotion/state.js';
import type { LedgerRecord, LedgerState } from '../core/promotion/types.js';
import { ledgerReadme, serviceStatus, type ServiceStatus } from '../core/report/value-stream.js';
import type { Logger } from '../core/ports.js';
import type { RunContext } from '../core/run-context.js';
import type { StoreSettings } from '../platform/stores.js';
import { mirrorPromotion, type MirrorReport } from './promotion-mirrors.js';
import {
  approvalFacts,
  establishActor,
  openLedgerContext,
  resolveArtifact,
  storeFor,
  type LedgerContext,
  type LedgerSettings,
} from './promotion-context.js';

/** How many times a write is tried when other writers keep moving the ledger. */
export const MAX_LEDGER_ATTEMPTS = 20;

export interface LedgerOutcome {
  /** False for a no-op: nothing was appended. */
  changed: boolean;
  /** What was appended, or why nothing was. */
  record?: LedgerRecord;
  message: string;
  /** The ledger commit after the write (or the tip that made it a no-op). */
  commit?: string;
  state: LedgerState;
  /** The service's value stream after the write. */
  status: ServiceStatus;
  /** How many compare-and-swap attempts it took (1 when nobody raced). */
  attempts: number;
}

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

type Decide = (snapshot: LedgerSnapshot, origin: Omit<Origin, 'actor'>) => Promise<Decision>;

/**
 * Read, decide, append; on a lost compare-and-swap, read and decide again. A refusal (thrown by
 * `decide`) ends it at once with the ledger unchanged.
 */
async function appendWithRetry(
  ctx: LedgerContext,
  service: ServiceSpec,
  identity: { name: string; email: string },
  decide: Decide,
  reason: string | undefined,
): Promise<LedgerOutcome> {
  for (let attempt = 1; attempt <= MAX_LEDGER_ATTEMPTS; attempt++) {
    const snapshot = await ctx.ledger.read();
    const origin = {
      at: new Date().toISOString(),
      reason: reason?.trim() ? reason : null,
      run: ctx.run.runUrl ?? null,
    };
    const decision = await decide(snapshot, origin);
    if (decision.kind === 'noop') {
      return {
        changed: false,
        message: decision.message,
        ...(snapshot.commit && { commit: snapshot.commit }),
        state: snapshot.state,
        status: serviceStatus(snapshot.state, service),
        attempts: attempt,
      };
    }
    const { record } = decision;
    const state = applyRecord(snapshot.state, record);
    const files = {
      state: serializeState(state),
      readme: ledgerReadme(state, ctx.manifest.services, record),
    };
    const written = await ctx.ledger.append(snapshot, record, files, identity);
    if (written.appended) {
      return {
        changed: true,
        record,
        message: `Recorded ${record.kind} ${record.service}${record.stage ? ` ${record.stage}` : ''} as ledger record ${record.seq} (${written.commit.slice(0, 12)}).`,
        commit: written.commit,
        state,
        status: serviceStatus(state, service),
        attempts: attempt,
      };
    }
    ctx.logger.info(`The ledger moved while writing (attempt ${attempt}); reading it again.`);
    // Full jitter, capped: writers that collided spread out instead of colliding again.
    await sleep(Math.random() * Math.min(3000, 50 * 2 ** attempt));
  }
  throw new MsdeployError(
    `The ledger ${ctx.ledger.ref} kept moving: gave up after ${MAX_LEDGER_ATTEMPTS} attempts, nothing was written. Run it again.`,
  );
}
