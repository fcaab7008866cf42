/** The promotion rules, decided against ledger states built by the same fold the ledger uses. */
import type { Digest } from '../../../src/core/artifact/types.js';
import { ExitCode } from '../../../src/core/errors.js';
import type { ServiceSpec, StageSpec } from '../../../src/core/manifest/types.js';
import {
  decideHold,
  decidePromotion,
  decideRejection,
  decideRelease,
  PromotionRefused,
  replay,
  type ApprovalFacts,
  type BuiltArtifact,
  type Decision,
  type Origin,
} from '../../../src/core/promotion/rules.js';
import { applyRecord, emptyState, stageState } from '../../../src/core/promotion/state.js';
import type { Actor, LedgerRecord, LedgerState } from '../../../src/core/promotion/types.js';

const stage = (name: string, more: Partial<StageSpec> = {}): StageSpec => ({
  name,
  promote: name === 'production' ? 'manual' : 'auto',
  approvers: [],
  allowSelfApproval: false,
  ...more,
});

const catalog: ServiceSpec = {
  name: 'catalog',
  path: 'services/catalog',
  patterns: [],
  dependsOn: [],
  stages: ['commit', 'acceptance', 'uat', 'performance', 'production'].map((n) => stage(n)),
};

const D1: Digest = `sha256:${'a'.repeat(64)}`;
const D2: Digest = `sha256:${'b'.repeat(64)}`;
const art = (digest: Digest, version = '1.4.17+2e82a93'): BuiltArtifact => ({
  digest,
  version,
  commit: 'c'.repeat(40),
  artifact: `local:/store@${digest}`,
});

const pipeline: Actor = { name: 'github-actions[bot]', via: 'workflow', person: false };
const alice: Actor = { name: 'alice', via: 'workflow_dispatch', person: true };
const origin = (actor: Actor = pipeline, reason: string | null = null): Origin => ({
  actor,
  at: '2026-12-02T10:00:00.000Z',
  reason,
  run: 'https://github.com/acme/shop/actions/runs/1',
});
const anyone: ApprovalFacts = { approver: true, author: false };

function apply(state: LedgerState, d: Decision): LedgerState {
  if (d.kind !== 'append') throw new Error(`expected a record, got: ${d.message}`);
  return applyRecord(state, d.record);
}

/** D1 promoted through the first `n` stages. */
function through(n: number, digest: Digest = D1, start = emptyState()): LedgerState {
  let s = start;
  for (const st of catalog.stages.slice(0, n)) {
    s = apply(s, decidePromotion(s, catalog, st.name, art(digest), origin(alice), anyone));
  }
  return s;
}

function refusal(fn: () => unknown): PromotionRefused {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PromotionRefused);
    expect((e as PromotionRefused).exitCode).toBe(ExitCode.refused);
    return e as PromotionRefused;
  }
  throw new Error('expected a refusal');
}

describe('stage order', () => {
  it('enters the first stage with a built artifact, recording the previous digest (none)', () => {
    const d = decidePromotion(emptyState(), catalog, 'commit', art(D1), origin(), anyone);
    expect(d).toMatchObject({
      kind: 'append',
      record: { seq: 1, kind: 'promoted', stage: 'commit', digest: D1, previous: null, from: null },
    });
  });

  it('refuses a stage the digest has not reached the stage before of, naming where it is', () => {
    const s = through(1);
    const e = refusal(() => decidePromotion(s, catalog, 'uat', art(D1), origin(), anyone));
    expect(e.message).toContain('has not passed `acceptance`');
    expect(e.message).toContain('it is in `commit` since 2026-12-02T10:00:00.000Z');
  });

  it('refuses a later stage for an artifact that entered none', () => {
    const e = refusal(() =>
      decidePromotion(emptyState(), catalog, 'acceptance', art(D1), origin(), anyone),
    );
    expect(e.message).toContain('has not entered any stage yet (the first is `commit`)');
  });

  it('moves stage by stage and records what each stage held before', () => {
    let s = through(2, D1);
    s = through(1, D2, s);
    const d = decidePromotion(
      s,
      catalog,
      'acceptance',
      art(D2, '1.4.18+1111111'),
      origin(),
      anyone,
    );
    expect(d).toMatchObject({ record: { previous: D1, from: 'commit' } });
    s = apply(s, d);
    expect(stageState(s, 'catalog', 'acceptance').digest).toBe(D2);
    // D1 still passed acceptance: it may go on to uat though acceptance now holds D2.
    expect(decidePromotion(s, catalog, 'uat', art(D1), origin(), anyone).kind).toBe('append');
  });

  it('names a missing stage with a suggestion', () => {
    const e = refusal(() =>
      decidePromotion(emptyState(), catalog, 'uta', art(D1), origin(), anyone),
    );
    expect(e.message).toMatch(/no stage "uta".*`uat`/);
  });

  it('is a no-op that says so when the digest is already current in the stage', () => {
    const s = through(2);
    const d = decidePromotion(s, catalog, 'acceptance', art(D1), origin(), anyone);
    expect(d.kind).toBe('noop');
    expect(d.kind === 'noop' && d.message).toContain('already in `acceptance`');
  });
});

describe('manual stages need a person', () => {
  const ready = through(4);

  it('refuses the pipeline itself', () => {
    const e = refusal(() =>
      decidePromotion(ready, catalog, 'production', art(D1), origin(), anyone),
    );
    expect(e.message).toContain('started by an event, not by a person');
  });

  it('refuses a bot that dispatched the run', () => {
    const bot: Actor = { name: 'renovate[bot]', via: 'workflow_dispatch', person: false };
    const e = refusal(() =>
      decidePromotion(ready, catalog, 'production', art(D1), origin(bot), anyone),
    );
    expect(e.message).toContain('renovate[bot] is a bot');
  });

  it('refuses a person who is not an approver', () => {
    const strict = {
      ...catalog,
      stages: catalog.stages.map((s) =>
        s.name === 'production' ? { ...s, approvers: ['bob'] } : s,
      ),
    };
    const e = refusal(() =>
      decidePromotion(ready, strict, 'production', art(D1), origin(alice), {
        approver: false,
        author: false,
      }),
    );
    expect(e.message).toContain('only bob may promote into it, and alice is not one of them');
  });

  it("refuses the commit's author unless self-approval is allowed", () => {
    const facts = { approver: true, author: true };
    const e = refusal(() =>
      decidePromotion(ready, catalog, 'production', art(D1), origin(alice), facts),
    );
    expect(e.message).toContain('four eyes');
    const lenient = {
      ...catalog,
      stages: catalog.stages.map((s) =>
        s.name === 'production' ? { ...s, allowSelfApproval: true } : s,
      ),
    };
    expect(decidePromotion(ready, lenient, 'production', art(D1), origin(alice), facts).kind).toBe(
      'append',
    );
  });

  it('lets a person who may approve in, recording how the actor was established', () => {
    const d = decidePromotion(ready, catalog, 'production', art(D1), origin(alice), anyone);
    expect(d).toMatchObject({ record: { actor: 'alice', via: 'workflow_dispatch' } });
  });
});

describe('hold, release and reject', () => {
  it('a hold stops promotions into the stage until released, and needs a reason', () => {
    let s = through(1);
    refusal(() => decideHold(s, catalog, 'acceptance', origin(alice, '  ')));
    s = apply(s, decideHold(s, catalog, 'acceptance', origin(alice, 'flaky env')));
    const e = refusal(() => decidePromotion(s, catalog, 'acceptance', art(D1), origin(), anyone));
    expect(e.message).toContain('held by alice');
    expect(e.message).toContain('"flaky env"');
    expect(decideHold(s, catalog, 'acceptance', origin(alice, 'again')).kind).toBe('noop');
    s = apply(s, decideRelease(s, catalog, 'acceptance', origin(alice)));
    expect(decideRelease(s, catalog, 'acceptance', origin(alice)).kind).toBe('noop');
    expect(decidePromotion(s, catalog, 'acceptance', art(D1), origin(), anyone).kind).toBe(
      'append',
    );
  });

  it('a rejected digest is never promoted again, even into a stage it passed', () => {
    let s = through(3);
    refusal(() => decideRejection(s, catalog, art(D1), origin(alice)));
    s = apply(s, decideRejection(s, catalog, art(D1), origin(alice, 'rolled back: 500s')));
    for (const st of ['commit', 'performance']) {
      const e = refusal(() => decidePromotion(s, catalog, st, art(D1), origin(), anyone));
      expect(e.message).toContain('was rejected by alice');
    }
    expect(decideRejection(s, catalog, art(D1), origin(alice, 'again')).kind).toBe('noop');
  });
});

describe('replay', () => {
  it('accepts a history the rules wrote and rejects one that skips a stage', () => {
    const s = through(3);
    const records: LedgerRecord[] = [];
    let t = emptyState();
    for (const st of catalog.stages.slice(0, 3)) {
      const d = decidePromotion(t, catalog, st.name, art(D1), origin(alice), anyone);
      if (d.kind === 'append') records.push(d.record);
      t = apply(t, d);
    }
    const names = () => catalog.stages.map((x) => x.name);
    expect(replay(records, names)).toEqual(s);
    const skipped = [records[0]!, { ...records[2]!, seq: 2, previous: null }];
    expect(() => replay(skipped, names)).toThrow(/skipped acceptance/);
  });
});

describe('moving a stage back', () => {
  it('is refused to the pipeline (an old run re-run) and allowed to a person', () => {
    let s = through(2, D1);
    s = through(2, D2, s);
    const e = refusal(() => decidePromotion(s, catalog, 'acceptance', art(D1), origin(), anyone));
    expect(e.message).toContain('the pipeline never moves a stage back');
    expect(decidePromotion(s, catalog, 'acceptance', art(D1), origin(alice), anyone)).toMatchObject(
      {
        kind: 'append',
        record: { previous: D2 },
      },
    );
  });
});
