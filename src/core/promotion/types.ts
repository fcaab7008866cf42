/**
 * The promotion ledger's data: records (one per commit on the ledger ref) and the state they
 * add up to (`state.json` in each commit's tree). Plain JSON, stable field names: `log --json`
 * prints records as stored and `status --json` is derived from the state.
 */
import type { Digest } from '../artifact/types.js';

/**
 * Who made a record, and how we know:
 * - `workflow_dispatch`: the actor of a manually started GitHub Actions run (a person unless a bot);
 * - `workflow`: the pipeline itself, in a run started by an event (push, PR, schedule…);
 * - `git-identity`: the CLI's local `user.name`/`user.email`, as configured, unverified.
 */
export type ActorSource = 'workflow_dispatch' | 'workflow' | 'git-identity';

export interface Actor {
  /** A GitHub login, or the git `user.name` for `git-identity`. */
  name: string;
  via: ActorSource;
  /** A person (not a bot, not the pipeline): only a person enters a manual stage. */
  person: boolean;
  /** The git `user.email`, for `git-identity`. */
  email?: string;
}

export type RecordKind =
  'promoted' | 'held' | 'released' | 'rejected' | 'deploying' | 'deployed' | 'rolled-back';

/** A deployer's claim on one service in one environment, until `expires` (ISO 8601). */
export interface Lease {
  owner: string;
  run: string | null;
  expires: string;
  /**
   * Outside Actions (no run to tell two deploys apart), the deploying process as
   * `<host>:<pid>`: the same person's second terminal is another deployer, while a re-run after
   * that process died resumes its lease.
   */
  holder?: string;
}

/**
 * One ledger entry. `stage`, `version` and `digest` are null where the kind has none (a hold of
 * an empty stage has no digest; a rejection belongs to no stage).
 */
export interface LedgerRecord {
  /** The record's format. */
  v: 1;
  /** 1 for the first record of the ledger, then +1 per record: gaps and repeats are detectable. */
  seq: number;
  kind: RecordKind;
  service: string;
  stage: string | null;
  version: string | null;
  digest: Digest | null;
  /** What the stage held before this record (promoted), else null. */
  previous: Digest | null;
  /** The stage the digest came from (promoted into a later stage), else null. */
  from: string | null;
  actor: string;
  via: ActorSource;
  /** ISO 8601, UTC. */
  at: string;
  reason: string | null;
  /** The Actions run that wrote it, when there was one. */
  run: string | null;
  /** The artifact's commit (from its provenance), when known. */
  commit: string | null;
  /** The artifact reference in its store, when known (first stage). */
  artifact: string | null;
  /** Deploy records only: the environment, the release (artifact × config) and the lease. */
  environment?: string;
  /** The digest of the resolved configuration. */
  config?: Digest | null;
  /** `<version>-<config digest 12>`. */
  release?: string | null;
  /** `deploying`: the lease it takes. */
  lease?: Lease | null;
  /** `deploying`: the owner of the expired lease it took over, if any. */
  tookOver?: string | null;
}

/** A stage's current content, or `digest: null` when nothing entered it yet. */
export interface StageState {
  digest: Digest | null;
  version: string | null;
  since: string | null;
  by: string | null;
  /** The record that put it there. */
  seq: number | null;
  held: { by: string; at: string; reason: string; seq: number } | null;
}

export interface ArtifactState {
  version: string;
  commit: string | null;
  artifact: string | null;
  /** Stage → when the digest entered it (kept after it left: it *passed* that stage). */
  entered: Record<string, { at: string; by: string; seq: number }>;
  rejected: { at: string; by: string; reason: string; seq: number } | null;
}

export interface ServiceState {
  stages: Record<string, StageState>;
  artifacts: Record<Digest, ArtifactState>;
}

/** One release (artifact × config) as it went live. */
export interface ReleaseState {
  digest: Digest;
  version: string;
  config: Digest | null;
  release: string;
  since: string;
  by: string;
  seq: number;
}

/** A service in an environment: what is live, what it replaced (the rollback target), who deploys. */
export interface DeploymentState {
  live: ReleaseState | null;
  previous: ReleaseState | null;
  lease: (Lease & { seq: number }) | null;
}

export const LEDGER_FORMAT = 'msdeploy-ledger';

/** The whole ledger state after `records` records. Keys are sorted when serialised. */
export interface LedgerState {
  format: typeof LEDGER_FORMAT;
  v: 1;
  records: number;
  services: Record<string, ServiceState>;
  /** Environment → service → deployment; absent until the first deploy record. */
  environments?: Record<string, Record<string, DeploymentState>>;
}
