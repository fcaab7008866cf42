/**
 * Parsing of `git diff -z --name-status -M` output into a change set.
 *
 * With `-z` git writes every field NUL-terminated and never quotes paths, so any byte a file
 * name may contain (spaces, quotes, newlines, `$(…)`) arrives verbatim:
 *
 *   M\0path\0   A\0path\0   D\0path\0   T\0path\0
 *   R100\0old\0new\0        C75\0old\0new\0
 *
 * Paths are decoded as UTF-8. Git stores names as raw bytes, so a name that is not valid UTF-8
 * gets U+FFFD (�) in place of each invalid byte: it still matches patterns on its valid parts,
 * but it cannot be turned back into the exact original bytes.
 */
import type { ChangedFile, ChangeStatus } from './types.js';

export class ChangeSetParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`Cannot parse git diff --name-status -z output at byte ${offset}: ${message}`);
    this.name = 'ChangeSetParseError';
  }
}

const NUL = 0;
/** Renames and copies carry two paths (old, new); every other status one. */
const TWO_PATHS: ReadonlySet<string> = new Set(['R', 'C']);
const SCORED: ReadonlySet<string> = new Set(['R', 'C', 'M']);

/**
 * Parse the whole output in one pass. The buffer is decoded once and split on NUL: a NUL byte
 * is never part of a UTF-8 sequence, so the split is exact, and it is several times faster than
 * decoding 200,000 slices. Byte offsets (for errors) are recomputed only when something is wrong.
 */
export function parseNameStatusZ(out: Buffer): ChangedFile[] {
  const fields = out.toString('utf8').split('\0');
  // Every field ends with NUL, so a well-formed output leaves one empty string at the end.
  const last = fields.length - 1;
  if (fields[last] !== '') {
    throw new ChangeSetParseError(
      'truncated record: the last field has no terminating NUL (was the output cut short?)',
      byteOffsetOfField(out, last),
    );
  }
  const files: ChangedFile[] = [];
  let i = 0;
  while (i < last) {
    const status = parseStatus(fields[i]!, out, i);
    const paths = TWO_PATHS.has(status) ? 2 : 1;
    if (i + paths >= last) {
      throw new ChangeSetParseError(
        `truncated record: the ${status} record has ${last - i - 1} of its ${paths} path(s)`,
        byteOffsetOfField(out, last),
      );
    }
    const first = pathField(fields, i + 1, out);
    if (paths === 2) {
      files.push({ status, path: pathField(fields, i + 2, out), oldPath: first });
    } else {
      files.push({ status, path: first });
    }
    i += 1 + paths;
  }
  return files;
}

/** Byte offset where field number `index` starts (after `index` NULs); only used for errors. */
function byteOffsetOfField(out: Buffer, index: number): number {
  let pos = 0;
  for (let n = 0; n < index; n++) pos = out.indexOf(NUL, pos) + 1;
  return pos;
}

const STATUS = /^([AMDTRC])(\d*)$/;

/** A status is one letter, optionally followed by a similarity score (`R100`, `C075`). */
function parseStatus(field: string, out: Buffer, index: number): ChangeStatus {
  const m = STATUS.exec(field);
  // A score only belongs on renames and copies (and on M when git is run with -B).
  if (!m || (m[2] !== '' && !SCORED.has(m[1]!))) {
    const offset = byteOffsetOfField(out, index);
    if (field === '') throw new ChangeSetParseError('empty status field', offset);
    throw new ChangeSetParseError(
      `unexpected status ${JSON.stringify(field.slice(0, 16))}: expected one of A, M, D, T, ` +
        'R<score>, C<score>' +
        (field[0] === 'U' ? ' (U means an unmerged path: diff two commits, not the index)' : ''),
      offset,
    );
  }
  return m[1] as ChangeStatus;
}

function pathField(fields: readonly string[], index: number, out: Buffer): string {
  const path = fields[index]!;
  if (path === '') throw new ChangeSetParseError('empty path', byteOffsetOfField(out, index));
  return path;
}
