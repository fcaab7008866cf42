/**
 * The effective stages of each service: the manifest's `pipeline.stages` (or the default value
 * stream), replaced by a service's own `pipeline.stages`, then adjusted by its `override` map.
 */
import type { SourceMap, ValuePath } from './issues.js';
import type { RawPipeline, RawServicePipeline, RawStage, RawStageSettings } from './spec.js';
import type { LedgerSpec, StageSpec } from './types.js';

/** Compile and fast tests, slow tests, user acceptance, performance, live. */
export const DEFAULT_STAGE_NAMES = [
  'commit',
  'acceptance',
  'uat',
  'performance',
  'production',
] as const;

export const DEFAULT_LEDGER_REF = 'refs/heads/msdeploy/ledger';

/** A branch name (`msdeploy/ledger`) becomes `refs/heads/…`; a full `refs/…` name stays. */
export function ledgerRefName(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
}

export function ledgerSpec(raw: RawPipeline | undefined): LedgerSpec {
  return {
    ref: raw?.ledger?.ref === undefined ? DEFAULT_LEDGER_REF : ledgerRefName(raw.ledger.ref),
    push: raw?.ledger?.push ?? false,
  };
}

/** A stage with its defaults: `auto`, except `production`, which a person promotes into. */
function stageSpec(name: string, s: RawStageSettings, pos: StageSpec['pos']): StageSpec {
  return {
    name,
    ...(s.environment !== undefined && { environment: s.environment }),
    promote: s.promote ?? (name === 'production' ? 'manual' : 'auto'),
    approvers: s.approvers ?? [],
    allowSelfApproval: s['allow-self-approval'] ?? false,
    ...(pos && { pos }),
  };
}

function stageList(raw: readonly RawStage[], at: ValuePath, locs: SourceMap): StageSpec[] {
  return raw.map((s, i) => stageSpec(s.name!, s, locs.value([...at, i])));
}

/** Requires a manifest without issues (every stage has a name, overrides name real stages). */
export function serviceStages(
  pipeline: RawPipeline | undefined,
  own: RawServicePipeline | undefined,
  at: ValuePath,
  locs: SourceMap,
): StageSpec[] {
  const base = own?.stages
    ? stageList(own.stages, [...at, 'pipeline', 'stages'], locs)
    : pipeline?.stages
      ? stageList(pipeline.stages, ['pipeline', 'stages'], locs)
      : DEFAULT_STAGE_NAMES.map((name) => stageSpec(name, {}, undefined));
  const overrides = own?.override;
  if (!overrides) return base;
  return base.map((stage) => {
    const o = overrides.get(stage.name);
    if (!o) return stage;
    const merged: RawStageSettings = {
      environment: o.environment ?? stage.environment,
      promote: o.promote ?? stage.promote,
      approvers: o.approvers ?? [...stage.approvers],
      'allow-self-approval': o['allow-self-approval'] ?? stage.allowSelfApproval,
    };
    return stageSpec(stage.name, merged, locs.key([...at, 'pipeline', 'override', stage.name]));
  });
}
