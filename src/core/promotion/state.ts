/**
 * The ledger state as a pure fold over records: `applyRecord(state, record)` is the only way a
 * state changes, so the state in a commit's tree is always what its history adds up to.
 */
import { isDigest } from '../artifact/digest.js';
import type { Digest } from '../artifact/types.js';
import { NAME_RE } from '../manifest/spec.js';
import {
  LEDGER_FORMAT,
  type ArtifactState,
  type DeploymentState,
  type LedgerRecord,
  type LedgerState,
  type ServiceState,
  type StageState,
} from './types.js';

/** The ref holds something that is not an msdeploy ledger: it is never overwritten. */
export class NotALedgerError extends Error {
  constructor(where: string, why: string) {
    super(
      `${where} is not an msdeploy ledger (${why}); refusing to read or overwrite it. Point ` +
        '`pipeline.ledger.ref` (or the ledger-ref input) at another ref, or move that ref away.',
    );
    this.name = 'NotALedgerError';
  }
}

export function emptyState(): LedgerState {
  return { format: LEDGER_FORMAT, v: 1, records: 0, services: {} };
}

export function emptyStage(): StageState {
  return { digest: null, version: null, since: null, by: null, seq: null, held: null };
}

/** The service's state, or an empty one (a service the ledger has not seen yet). */
export function serviceState(state: LedgerState, service: string): ServiceState {
  return own(state.services, service) ?? { stages: {}, artifacts: {} };
}

export function stageState(state: LedgerState, service: string, stage: string): StageState {
  return own(serviceState(state, service).stages, stage) ?? emptyStage();
}

export function artifactState(
  state: LedgerState,
  service: string,
  digest: Digest,
): ArtifactState | undefined {
  return own(serviceState(state, service).artifacts, digest);
}

/** A new state with `record` applied; `record.seq` must be the next number. */
export function applyRecord(state: LedgerState, record: LedgerRecord): LedgerState {
  if (record.seq !== state.records + 1) {
    throw new Error(
      `internal: ledger record ${record.seq} applied to a state of ${state.records} records`,
    );
  }
  const next: LedgerState = structuredClone(state);
  next.records = record.seq;
  const svc = (next.services[record.service] ??= { stages: {}, artifacts: {} });
  const stamp = { at: record.at, by: record.actor, seq: record.seq };
  switch (record.kind) {
    case 'promoted': {
      const { stage, digest, version } = need(record, 'stage', 'digest', 'version');
      const current = (svc.stages[stage] ??= emptyStage());
      Object.assign(current, {
        digest,
        version,
        since: record.at,
        by: record.actor,
        seq: record.seq,
      });
      const artifact = (svc.artifacts[digest] ??= newArtifact(version));
      artifact.commit ??= record.commit;
      artifact.artifact ??= record.artifact;
      artifact.entered[stage] = stamp;
      break;
    }
    case 'held': {
      const { stage } = need(record, 'stage');
      (svc.stages[stage] ??= emptyStage()).held = { ...stamp, reason: record.reason ?? '' };
      break;
    }
    case 'released': {
      const { stage } = need(record, 'stage');
      (svc.stages[stage] ??= emptyStage()).held = null;
      break;
    }
    case 'rejected': {
      const { digest, version } = need(record, 'digest', 'version');
      const artifact = (svc.artifacts[digest] ??= newArtifact(version));
      artifact.rejected = { ...stamp, reason: record.reason ?? '' };
      break;
    }
    case 'deploying': {
      const d = deployment(next, record);
      if (!record.lease) throw new Error('internal: a deploying record without a lease');
      d.lease = { ...record.lease, seq: record.seq };
      break;
    }
    case 'deployed':
    case 'rolled-back': {
      const d = deployment(next, record);
      if (record.kind === 'rolled-back' && record.digest === null) {
        // The first release failed and there was nothing to go back to.
        Object.assign(d, { live: null, previous: null, lease: null });
        break;
      }
      const { digest, version } = need(record, 'digest', 'version');
      const live = {
        digest,
        version,
        config: record.config ?? null,
        release: record.release ?? version,
        since: record.at,
        by: record.actor,
        seq: record.seq,
      };
      // A deploy keeps what it replaced as the rollback target; a rollback goes back to it,
      // and the release it abandoned is no target for the next one.
      if (record.kind === 'deployed' && d.live?.release !== live.release) d.previous = d.live;
      if (record.kind === 'rolled-back') d.previous = null;
      d.live = live;
      d.lease = null;
      break;
    }
  }
  return next;
}

/** The deployment state a deploy record is about, created on first use. */
function deployment(state: LedgerState, record: LedgerRecord): DeploymentState {
  if (!record.environment) throw new Error(`internal: a ${record.kind} record without environment`);
  const envs = (state.environments ??= {});
  const env = (envs[record.environment] ??= {});
  return (env[record.service] ??= { live: null, previous: null, lease: null });
}

/** The deployment of `service` in `environment`, or an empty one. */
export function deploymentState(
  state: LedgerState,
  environment: string,
  service: string,
): DeploymentState {
  const env = state.environments && own(state.environments, environment);
  return (env && own(env, service)) ?? { live: null, previous: null, lease: null };
}

function newArtifact(version: string): ArtifactState {
  return { version, commit: null, artifact: null, entered: {}, rejected: null };
}

function need<K extends 'stage' | 'digest' | 'version'>(
  record: LedgerRecord,
  ...keys: K[]
): { [P in K]: NonNullable<LedgerRecord[P]> } {
  for (const k of keys) {
    if (record[k] === null) throw new Error(`internal: a ${record.kind} record without ${k}`);
  }
  return record as never;
}

/** `state.json`: sorted keys and a trailing newline, so equal states are equal bytes. */
export function serializeState(state: LedgerState): string {
  return JSON.stringify(sortKeys(state), null, 1) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    out[key] = sortKeys((value as Record<string, unknown>)[key]);
  }
  return out;
}

/**
 * Reads `state.json` of a ledger commit, checking enough of its shape that a ref holding
 * something else (or a hand-edited state) is refused rather than built upon.
 */
export function parseState(text: string, where: string): LedgerState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new NotALedgerError(where, `state.json is not JSON: ${(e as Error).message}`);
  }
  const fail = (why: string): never => {
    throw new NotALedgerError(where, why);
  };
  if (!isObject(value) || value.format !== LEDGER_FORMAT) {
    fail(`state.json has no "format": "${LEDGER_FORMAT}"`);
  }
  const state = value as LedgerState;
  if (state.v !== 1) fail(`state.json is format version ${String(state.v)}, this msdeploy reads 1`);
  if (!Number.isSafeInteger(state.records) || state.records < 0) fail('"records" is not a count');
  if (!isObject(state.services)) fail('"services" is not an object');
  for (const [service, svc] of Object.entries(state.services)) {
    if (!NAME_RE.test(service)) fail(`service ${JSON.stringify(service)} is not a service name`);
    if (!isObject(svc) || !isObject(svc.stages) || !isObject(svc.artifacts)) {
      fail(`service ${service} has no stages and artifacts`);
    }
    for (const [stage, st] of Object.entries(svc.stages)) {
      if (!NAME_RE.test(stage) || !isObject(st))
        fail(`${service} has a bad stage ${JSON.stringify(stage)}`);
      if (st.digest !== null && !isDigest(String(st.digest)))
        fail(`${service}/${stage} holds no digest`);
    }
    for (const [digest, a] of Object.entries(svc.artifacts)) {
      if (!isDigest(digest) || !isObject(a) || !isObject(a.entered)) {
        fail(`${service} has a bad artifact ${JSON.stringify(digest)}`);
      }
    }
  }
  if (state.environments !== undefined) {
    if (!isObject(state.environments)) fail('"environments" is not an object');
    for (const [env, services] of Object.entries(state.environments)) {
      if (!NAME_RE.test(env) || !isObject(services)) fail(`bad environment ${JSON.stringify(env)}`);
      for (const [service, d] of Object.entries(services)) {
        if (!NAME_RE.test(service) || !isObject(d)) fail(`bad deployment ${env}/${service}`);
      }
    }
  }
  return state;
}

function isObject(v: unknown): v is Record<string, unknown> & Record<string, never> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An own property only: state keys come from a file, and `constructor` is not a stage. */
function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
