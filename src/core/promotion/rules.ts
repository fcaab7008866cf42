/**
 * The promotion rules, as pure decisions over a ledger state: each returns the record to append,
 * a no-op that says why, or throws `PromotionRefused` naming what is missing. The app calls
 * them again on every compare-and-swap retry, against the state it just re-read, so a decision
 * is never appended to a state it was not checked against.
 */
import type { Digest } from '../artifact/types.js';
import { ExitCode, MsdeployError } from '../errors.js';
import type { ServiceSpec, StageSpec } from '../manifest/types.js';
import { didYouMean } from '../manifest/suggest.js';
import { applyRecord, artifactState, emptyState, serviceState, stageState } from './state.js';
import type { Actor, LedgerRecord, LedgerState, RecordKind } from './types.js';

/** The rules said no; nothing was written. Exits with ExitCode.refused (4). */
export class PromotionRefused extends MsdeployError {
  constructor(message: string) {
    super(message, { exitCode: ExitCode.refused });
  }
}

export type Decision = { kind: 'append'; record: LedgerRecord } | { kind: 'noop'; message: string };

/** Who asks, when, why and from which run: the part every record shares. */
export interface Origin {
  actor: Actor;
  /** ISO 8601, UTC. */
  at: string;
  reason: string | null;
  run: string | null;
}

/** An artifact as its store showed it (present, digest checked, provenance naming it). */
export interface BuiltArtifact {
  digest: Digest;
  version: string;
  /** The commit its provenance names. */
  commit: string | null;
  /** Its reference in the store. */
  artifact: string | null;
}

/** What the app established about the person, for a manual stage. */
export interface ApprovalFacts {
  /** The actor is one of the stage's `approvers` (a login, or a member of a listed team). */
  approver: boolean;
  /** The actor wrote the artifact's commit. */
  author: boolean;
}

export function decidePromotion(
  state: LedgerState,
  service: ServiceSpec,
  to: string,
  artifact: BuiltArtifact,
  origin: Origin,
  approval: ApprovalFacts,
): Decision {
  const { stage, index } = findStage(service, to);
  const { digest } = artifact;
  const who = `${service.name} ${artifact.version} (${digest})`;
  const known = artifactState(state, service.name, digest);
  if (known?.rejected) {
    throw new PromotionRefused(
      `${who} was rejected by ${known.rejected.by} at ${known.rejected.at} ` +
        `(${JSON.stringify(known.rejected.reason)}): a rejected artifact is never promoted again. ` +
        'Build and promote a new version.',
    );
  }
  const current = stageState(state, service.name, stage.name);
  if (current.digest === digest) {
    return {
      kind: 'noop',
      message: `${who} is already in \`${stage.name}\` since ${current.since} (moved by ${current.by}): nothing to do.`,
    };
  }
  if (current.held) {
    throw new PromotionRefused(
      `\`${stage.name}\` of ${service.name} is held by ${current.held.by} since ${current.held.at} ` +
        `(${JSON.stringify(current.held.reason)}): nothing enters it until it is released ` +
        `(msdeploy release ${service.name} --stage ${stage.name}).`,
    );
  }
  const from = index === 0 ? null : service.stages[index - 1]!.name;
  if (from !== null && !known?.entered[from]) {
    throw new PromotionRefused(
      `${who} has not passed \`${from}\`, the stage before \`${stage.name}\`; ${whereIs(service, known?.entered)}. ` +
        `Promote it to \`${from}\` first.`,
    );
  }
  const earlier = known?.entered[stage.name];
  if (earlier && !origin.actor.person) {
    // A re-run of an old pipeline run would otherwise roll the stage back behind everyone's back.
    throw new PromotionRefused(
      `${who} already entered \`${stage.name}\` at ${earlier.at} and was superseded by ` +
        `${current.version ?? 'another artifact'}: the pipeline never moves a stage back. A person ` +
        'can (a workflow_dispatch run, or the CLI).',
    );
  }
  if (stage.promote === 'manual') checkPerson(service, stage, origin.actor, approval);
  return {
    kind: 'append',
    record: record(state, 'promoted', service.name, origin, {
      stage: stage.name,
      version: artifact.version,
      digest,
      previous: current.digest,
      from,
      commit: artifact.commit,
      artifact: artifact.artifact,
    }),
  };
}

export function decideHold(
  state: LedgerState,
  service: ServiceSpec,
  stageName: string,
  origin: Origin,
): Decision {
  const { stage } = findStage(service, stageName);
  requireReason(origin, 'hold');
  const current = stageState(state, service.name, stage.name);
  if (current.held) {
    return {
      kind: 'noop',
      message: `\`${stage.name}\` of ${service.name} is already held by ${current.held.by} since ${current.held.at} (${JSON.stringify(current.held.reason)}): nothing to do.`,
    };
  }
  return {
    kind: 'append',
    record: record(state, 'held', service.name, origin, {
      stage: stage.name,
      version: current.version,
      digest: current.digest,
    }),
  };
}

export function decideRelease(
  state: LedgerState,
  service: ServiceSpec,
  stageName: string,
  origin: Origin,
): Decision {
  const { stage } = findStage(service, stageName);
  const current = stageState(state, service.name, stage.name);
  if (!current.held) {
    return {
      kind: 'noop',
      message: `\`${stage.name}\` of ${service.name} is not held: nothing to do.`,
    };
  }
  return {
    kind: 'append',
    record: record(state, 'released', service.name, origin, {
      stage: stage.name,
      version: current.version,
      digest: current.digest,
    }),
  };
}

export function decideRejection(
  state: LedgerState,
  service: ServiceSpec,
  artifact: BuiltArtifact,
  origin: Origin,
): Decision {
  requireReason(origin, 'reject');
  const known = artifactState(state, service.name, artifact.digest);
  if (known?.rejected) {
    return {
      kind: 'noop',
      message: `${service.name} ${artifact.version} (${artifact.digest}) is already rejected by ${known.rejected.by} since ${known.rejected.at}: nothing to do.`,
    };
  }
  return {
    kind: 'append',
    record: record(state, 'rejected', service.name, origin, {
      version: artifact.version,
      digest: artifact.digest,
      commit: artifact.commit,
      artifact: artifact.artifact,
    }),
  };
}

function findStage(service: ServiceSpec, name: string): { stage: StageSpec; index: number } {
  const index = service.stages.findIndex((s) => s.name === name);
  if (index < 0) {
    const names = service.stages.map((s) => s.name);
    const hint = didYouMean(name, names) ?? `its stages are ${names.join(' → ')}`;
    throw new PromotionRefused(
      `${service.name} has no stage ${JSON.stringify(name)}: ${hint}.`.replace(/\?\.$/, '?'),
    );
  }
  return { stage: service.stages[index]!, index };
}

/** "it is in `commit` since …": the furthest stage the artifact entered, in pipeline order. */
function whereIs(
  service: ServiceSpec,
  entered: Record<string, { at: string }> | undefined,
): string {
  const furthest = [...service.stages].reverse().find((s) => entered?.[s.name]);
  if (!furthest)
    return `it has not entered any stage yet (the first is \`${service.stages[0]!.name}\`)`;
  return `it is in \`${furthest.name}\` since ${entered![furthest.name]!.at}`;
}

function checkPerson(
  service: ServiceSpec,
  stage: StageSpec,
  actor: Actor,
  approval: ApprovalFacts,
): void {
  const into = `\`${stage.name}\` of ${service.name} is a manual stage`;
  if (!actor.person) {
    const how =
      actor.via === 'workflow'
        ? `this run was started by an event, not by a person (a workflow_dispatch run or the CLI)`
        : `${actor.name} is a bot`;
    throw new PromotionRefused(`${into}: a person must promote into it, and ${how}.`);
  }
  if (stage.approvers.length > 0 && !approval.approver) {
    throw new PromotionRefused(
      `${into}: only ${stage.approvers.join(', ')} may promote into it, and ${actor.name} is not one of them.`,
    );
  }
  if (approval.author && !stage.allowSelfApproval) {
    throw new PromotionRefused(
      `${into}: ${actor.name} wrote the artifact's commit and may not approve it (four eyes); ` +
        'ask another person, or set `allow-self-approval: true` on the stage.',
    );
  }
}

function requireReason(origin: Origin, what: 'hold' | 'reject'): void {
  if (origin.reason === null || origin.reason.trim() === '') {
    throw new PromotionRefused(
      `A ${what} needs a reason, recorded in the ledger for whoever comes next: give one (--reason).`,
    );
  }
}

function record(
  state: LedgerState,
  kind: RecordKind,
  service: string,
  origin: Origin,
  fields: Partial<
    Pick<LedgerRecord, 'stage' | 'version' | 'digest' | 'previous' | 'from' | 'commit' | 'artifact'>
  >,
): LedgerRecord {
  return {
    v: 1,
    seq: state.records + 1,
    kind,
    service,
    stage: fields.stage ?? null,
    version: fields.version ?? null,
    digest: fields.digest ?? null,
    previous: fields.previous ?? null,
    from: fields.from ?? null,
    actor: origin.actor.name,
    via: origin.actor.via,
    at: origin.at,
    reason: origin.reason,
    run: origin.run,
    commit: fields.commit ?? null,
    artifact: fields.artifact ?? null,
  };
}

/**
 * Checks a whole history: every record is the next in sequence, and every promotion was allowed
 * by the stage order against the state before it. Returns the state it adds up to. Used to
 * audit a ledger (and by the tests that race promoters against one origin).
 */
export function replay(
  records: readonly LedgerRecord[],
  stagesOf: (service: string) => readonly string[],
): LedgerState {
  let state = emptyState();
  for (const r of records) {
    if (r.kind === 'promoted') {
      const stages = stagesOf(r.service);
      const i = stages.indexOf(r.stage ?? '');
      if (i < 0) throw new Error(`record ${r.seq}: ${r.service} has no stage ${r.stage}`);
      const known = artifactState(state, r.service, r.digest!);
      if (i > 0 && !known?.entered[stages[i - 1]!]) {
        throw new Error(`record ${r.seq}: ${r.digest} skipped ${stages[i - 1]} of ${r.service}`);
      }
      if (known?.rejected) throw new Error(`record ${r.seq}: ${r.digest} was rejected`);
      const current = serviceState(state, r.service).stages[r.stage!];
      if (current?.held) throw new Error(`record ${r.seq}: ${r.stage} was held`);
      if ((current?.digest ?? null) !== r.previous) {
        throw new Error(
          `record ${r.seq}: previous ${r.previous} but the stage held ${current?.digest}`,
        );
      }
    }
    state = applyRecord(state, r);
  }
  return state;
}
