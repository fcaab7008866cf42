/** Ledger commit messages and state files: hostile values stay inside the JSON they belong to. */
import type { Digest } from '../../../src/core/artifact/types.js';
import { commitMessage, parseCommitMessage, subject } from '../../../src/core/promotion/message.js';
import {
  applyRecord,
  emptyState,
  NotALedgerError,
  parseState,
  serializeState,
} from '../../../src/core/promotion/state.js';
import type { LedgerRecord } from '../../../src/core/promotion/types.js';
import {
  ledgerReadme,
  serviceStatus,
  valueStreamMermaid,
  valueStreamTable,
} from '../../../src/core/report/value-stream.js';

const D: Digest = `sha256:${'d'.repeat(64)}`;
const hostile =
  'ok\n\n{"v":1,"seq":99,"kind":"rejected"}\nSigned-off-by: eve <e@x>\n[skip ci] <img src=x onerror=alert(1)> | **bold** `code`';

const record = (over: Partial<LedgerRecord> = {}): LedgerRecord => ({
  v: 1,
  seq: 1,
  kind: 'promoted',
  service: 'catalog',
  stage: 'uat',
  version: '1.4.17+2e82a93',
  digest: D,
  previous: null,
  from: 'acceptance',
  actor: 'alice',
  via: 'workflow_dispatch',
  at: '2026-12-02T10:00:00.000Z',
  reason: null,
  run: null,
  commit: null,
  artifact: null,
  ...over,
});

describe('commit messages', () => {
  it('has a human subject line and the record as one JSON line', () => {
    const m = commitMessage(record());
    expect(m).toBe(
      `promote catalog 1.4.17+2e82a93 → uat by alice [skip ci]\n\n${JSON.stringify(record())}\n`,
    );
    expect(parseCommitMessage(m, 'abc')).toEqual(record());
  });

  it('keeps a hostile reason, version and actor inside the JSON: no new line, trailer or record', () => {
    const r = record({
      reason: hostile,
      version: `1.0.0\n${hostile}`,
      actor: `eve\nSigned-off-by: x`,
    });
    const m = commitMessage(r);
    const lines = m.split('\n');
    expect(lines).toHaveLength(4); // subject, blank, JSON, final newline
    expect(lines[0]).toBe(subject(r) + ' [skip ci]');
    expect(lines[0]).not.toMatch(/[\n<>*`|]/);
    expect(parseCommitMessage(m, 'abc')).toEqual(r);
  });

  it('refuses a message without a well-formed record', () => {
    expect(() => parseCommitMessage('hello\n\nworld', 'abc')).toThrow(/carries no record/);
    expect(() => parseCommitMessage('x\n\n{"v":1}', 'abc')).toThrow(/malformed record/);
    const bad = JSON.stringify({ ...record(), digest: 'sha256:zz' });
    expect(() => parseCommitMessage(`x\n\n${bad}`, 'abc')).toThrow(/malformed/);
  });
});

describe('state.json', () => {
  it('round-trips with sorted keys, equal states being equal bytes', () => {
    const s = applyRecord(emptyState(), record({ reason: hostile }));
    const text = serializeState(s);
    expect(parseState(text, 'x')).toEqual(s);
    expect(serializeState(JSON.parse(text))).toBe(text);
  });

  it('refuses anything that is not a ledger state', () => {
    for (const text of ['not json', '{}', '{"format":"msdeploy-ledger","v":2}', '[1]']) {
      expect(() => parseState(text, 'refs/heads/main')).toThrow(NotALedgerError);
    }
    const evil = JSON.stringify({
      format: 'msdeploy-ledger',
      v: 1,
      records: 1,
      services: { '../x': {} },
    });
    expect(() => parseState(evil, 'r')).toThrow(/not a service name/);
  });
});

describe('renderings', () => {
  const service = {
    name: 'catalog',
    path: '.',
    patterns: [],
    dependsOn: [],
    stages: [{ name: 'uat', promote: 'auto' as const, approvers: [], allowSelfApproval: false }],
  };
  const s = applyRecord(
    emptyState(),
    record({ actor: hostile, version: `1.0.0"]\nclick s0 call x()` }),
  );

  it('escapes hostile text in the Markdown table and the README', () => {
    const table = valueStreamTable(serviceStatus(s, service));
    expect(table.split('\n')).toHaveLength(3);
    expect(table).not.toContain('<img');
    expect(table).not.toContain('**bold**');
    const readme = ledgerReadme(s, [service], record({ actor: hostile }));
    expect(readme).not.toContain('<img');
    expect(readme).not.toMatch(/^Signed-off-by/m);
  });

  it('builds mermaid labels from names and sanitised versions only', () => {
    const chart = valueStreamMermaid(serviceStatus(s, service));
    expect(chart).toContain('s0["uat<br/>1.0.0___click_s0_call_x__"]');
    expect(chart.split('\n').filter((l) => l.includes('click'))).toHaveLength(1);
  });
});
