/**
 * Views of the ledger state: where each of a service's artifacts stands, stage by stage, as
 * stable JSON (`status --json`), a terminal table, a Markdown table with a mermaid flowchart
 * (step summary), and the README.md committed with every ledger record (GitHub renders it).
 */
import type { ServiceSpec } from '../manifest/types.js';
import { serviceState, stageState } from '../promotion/state.js';
import type { LedgerRecord, LedgerState } from '../promotion/types.js';
import { md, table } from './markdown.js';

/** One row of `status --json`: keep these field names stable (documented in docs/promotion.md). */
export interface StageStatus {
  stage: string;
  version: string | null;
  digest: string | null;
  since: string | null;
  by: string | null;
  held: boolean;
  /** Why and by whom, when held. */
  hold?: { by: string; at: string; reason: string };
  environment?: string;
  promote: 'auto' | 'manual';
}

export interface ServiceStatus {
  service: string;
  stages: StageStatus[];
}

/**
 * The stages of a service in pipeline order, then any the ledger knows that the manifest no
 * longer lists (renamed or removed: shown rather than hidden).
 */
export function serviceStatus(state: LedgerState, service: ServiceSpec): ServiceStatus {
  const listed = service.stages.map((s) => s.name);
  const extra = Object.keys(serviceState(state, service.name).stages)
    .filter((s) => !listed.includes(s))
    .sort();
  const specs = new Map(service.stages.map((s) => [s.name, s]));
  return {
    service: service.name,
    stages: [...listed, ...extra].map((name) => {
      const st = stageState(state, service.name, name);
      const spec = specs.get(name);
      return {
        stage: name,
        version: st.version,
        digest: st.digest,
        since: st.since,
        by: st.by,
        held: st.held !== null,
        ...(st.held && { hold: { by: st.held.by, at: st.held.at, reason: st.held.reason } }),
        ...(spec?.environment !== undefined && { environment: spec.environment }),
        promote: spec?.promote ?? 'auto',
      };
    }),
  };
}

const short = (digest: string | null): string =>
  digest === null ? '' : digest.slice(0, 'sha256:'.length + 12);

/** `2026-12-02T10:15:00.000Z` → `2026-12-02 10:15Z`. */
const when = (iso: string | null): string =>
  iso === null ? '' : iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z');

/** A plain-text table for the terminal (untrusted cells are shown with escapes, never raw). */
export function statusText(statuses: readonly ServiceStatus[]): string {
  const out: string[] = [];
  for (const s of statuses) {
    out.push(s.service);
    const rows = s.stages.map((st) => [
      st.stage,
      st.version ?? '—',
      short(st.digest),
      when(st.since),
      st.by ?? '',
      st.held ? `HELD by ${st.hold!.by}: ${st.hold!.reason}` : '',
    ]);
    const cells = rows.map((r) => r.map(terminalSafe));
    const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...cells.map((r) => r[i]!.length), 0));
    for (const r of cells) {
      const line = r.map((c, i) => (i < 5 ? c.padEnd(widths[i]!) : c)).join('  ');
      out.push(`  ${line.trimEnd()}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Control characters (a newline, an escape sequence) would forge terminal lines: escape them. */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** The value stream as a Markdown table: stage, version, digest, since, by. */
export function valueStreamTable(s: ServiceStatus): string {
  return table(
    ['Stage', 'Version', 'Digest', 'Since', 'By', ''],
    s.stages.map((st) => [
      `${md(st.stage)}${st.promote === 'manual' ? ' (manual)' : ''}`,
      st.version === null ? '—' : md(st.version),
      st.digest === null ? '' : `<code>${md(short(st.digest))}</code>`,
      md(when(st.since)),
      st.by === null ? '' : md(st.by),
      st.held ? `⏸ held by ${md(st.hold!.by)}: ${md(st.hold!.reason)}` : '',
    ]),
  );
}

/**
 * A mermaid flowchart, stage → stage, each box showing its version. Labels are built only from
 * stage names (validated names) and versions reduced to `[A-Za-z0-9.+_-]`: nothing a user
 * wrote can close a label or add a node or a click handler.
 */
export function valueStreamMermaid(s: ServiceStatus): string {
  const lines = ['```mermaid', 'flowchart LR'];
  s.stages.forEach((st, i) => {
    const version = st.version === null ? '—' : st.version.replace(/[^A-Za-z0-9.+_-]/g, '_');
    const held = st.held ? ' ⏸' : '';
    lines.push(`  s${i}["${st.stage}${held}<br/>${version}"]`);
    if (i > 0) lines.push(`  s${i - 1} --> s${i}`);
  });
  lines.push('```');
  return lines.join('\n');
}

/** The ledger's README.md: every service the state knows, in `services` order first. */
export function ledgerReadme(
  state: LedgerState,
  services: readonly ServiceSpec[],
  last: LedgerRecord,
): string {
  const known = new Set(Object.keys(state.services));
  const listed = services.filter((s) => known.has(s.name));
  const others = [...known]
    .filter((n) => !listed.some((s) => s.name === n))
    .sort()
    .map((name): ServiceSpec => ({ name, path: '.', patterns: [], dependsOn: [], stages: [] }));
  const parts = [
    '# msdeploy ledger',
    '',
    "Where every service's artifacts stand, stage by stage. Each commit on this ref is one " +
      'record (its message carries it as JSON); `state.json` is the whole state after it. ' +
      'Written by msdeploy: do not edit by hand.',
    '',
    `Record ${last.seq}: ${md(last.kind)} ${md(last.service)} at ${md(last.at)} by ${md(last.actor)}.`,
  ];
  for (const s of [...listed, ...others]) {
    parts.push('', `## ${md(s.name)}`, '', valueStreamTable(serviceStatus(state, s)));
  }
  return parts.join('\n') + '\n';
}
