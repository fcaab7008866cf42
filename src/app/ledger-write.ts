/**
 * Appending to the ledger: read, decide, append with compare-and-swap; when someone else moved
 * the ledger first, read and decide again against the new state (the digest may have been
 * rejected, or the same change made by the other writer) before trying again, a bounded number
 * of times with jittered backoff. Every ledger command (promote, hold, deploy…) writes this way.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { MsdeployError } from '../core/errors.js';
import type { ServiceSpec } from '../core/manifest/types.js';
import type { LedgerSnapshot } from '../core/ports.js';
import type { Decision, Origin } from '../core/promotion/rules.js';
import { applyRecord, serializeState } from '../core/promotion/state.js';
import type { LedgerRecord, LedgerState } from '../core/promotion/types.js';
import { ledgerReadme, serviceStatus, type ServiceStatus } from '../core/report/value-stream.js';
import type { LedgerContext } from './promotion-context.js';

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

export type Decide = (snapshot: LedgerSnapshot, origin: Omit<Origin, 'actor'>) => Promise<Decision>;

/**
 * Read, decide, append; on a lost compare-and-swap, read and decide again. A refusal (thrown by
 * `decide`) ends it at once with the ledger unchanged.
 */
export async function appendWithRetry(
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
