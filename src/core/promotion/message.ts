/**
 * A ledger commit's message: one human line, then the record as one line of JSON.
 *
 *   promote catalog 1.4.17+2e82a93 → uat by alice [skip ci]
 *
 *   {"v":1,"seq":42,"kind":"promoted",…}
 *
 * Everything user-supplied (reason, version, actor) lives inside the JSON string, where a
 * newline is `\n`: it cannot start a line of its own, so it cannot forge a record, a trailer or
 * a second `[skip ci]`-free subject. The human line is built only from sanitised names.
 */
import { isDigest } from '../artifact/digest.js';
import type { LedgerRecord } from './types.js';

const KINDS = new Set([
  'promoted',
  'held',
  'released',
  'rejected',
  'deploying',
  'deployed',
  'rolled-back',
]);
const VIAS = new Set(['workflow_dispatch', 'workflow', 'git-identity']);

export function commitMessage(r: LedgerRecord): string {
  return `${subject(r)} [skip ci]\n\n${JSON.stringify(r)}\n`;
}

/** The first line: the kind, service, version and stage, and who. */
export function subject(r: LedgerRecord): string {
  const version = r.version === null ? '' : ` ${word(r.version)}`;
  const by = `by ${word(r.actor)}`;
  switch (r.kind) {
    case 'promoted':
      return `promote ${word(r.service)}${version} → ${word(r.stage ?? '')} ${by}`;
    case 'held':
      return `hold ${word(r.service)} ${word(r.stage ?? '')} ${by}`;
    case 'released':
      return `release ${word(r.service)} ${word(r.stage ?? '')} ${by}`;
    case 'rejected':
      return `reject ${word(r.service)}${version} ${by}`;
    case 'deploying':
      return `deploying ${word(r.service)}${version} → ${word(r.environment ?? '')} ${by}`;
    case 'deployed':
      return `deployed ${word(r.service)}${version} → ${word(r.environment ?? '')} ${by}`;
    case 'rolled-back':
      return `rolled back ${word(r.service)} in ${word(r.environment ?? '')} to${version || ' nothing'} ${by}`;
  }
}

/** At most 64 characters of `[A-Za-z0-9._+@-]`; anything else becomes `_`. */
function word(s: string): string {
  return s.replace(/[^A-Za-z0-9._+@-]/g, '_').slice(0, 64) || '_';
}

/** The record in a ledger commit's message, or an error saying why it is not one. */
export function parseCommitMessage(message: string, commit: string): LedgerRecord {
  const blank = message.indexOf('\n\n');
  const body = blank < 0 ? '' : message.slice(blank + 2).trim();
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new Error(`Ledger commit ${commit} carries no record (its message has no JSON body).`);
  }
  const r = value as LedgerRecord;
  const str = (v: unknown) => typeof v === 'string';
  const strOrNull = (v: unknown) => v === null || typeof v === 'string';
  const ok =
    typeof value === 'object' &&
    value !== null &&
    r.v === 1 &&
    Number.isSafeInteger(r.seq) &&
    KINDS.has(r.kind) &&
    str(r.service) &&
    strOrNull(r.stage) &&
    strOrNull(r.version) &&
    (r.digest === null || isDigest(String(r.digest))) &&
    (r.previous === null || isDigest(String(r.previous))) &&
    strOrNull(r.from) &&
    str(r.actor) &&
    VIAS.has(r.via) &&
    str(r.at) &&
    strOrNull(r.reason) &&
    strOrNull(r.run) &&
    strOrNull(r.commit) &&
    strOrNull(r.artifact) &&
    (r.environment === undefined || str(r.environment)) &&
    (r.config === undefined || r.config === null || isDigest(String(r.config))) &&
    (r.release === undefined || strOrNull(r.release)) &&
    (r.tookOver === undefined || strOrNull(r.tookOver)) &&
    (r.lease === undefined ||
      r.lease === null ||
      (str(r.lease.owner) &&
        strOrNull(r.lease.run) &&
        str(r.lease.expires) &&
        (r.lease.holder === undefined || str(r.lease.holder))));
  if (!ok) throw new Error(`Ledger commit ${commit} carries a malformed record.`);
  return r;
}
