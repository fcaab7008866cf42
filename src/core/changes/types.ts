/** A change set: the files changed between a base and a head commit. */

/** git's name-status letters we keep: Added, Modified, Deleted, Renamed, Copied, Type change. */
export type ChangeStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T';

export interface ChangedFile {
  status: ChangeStatus;
  /** The path at head (for a deletion: the path that was deleted). Repo-relative, POSIX. */
  path: string;
  /** For renames and copies: the path at base. */
  oldPath?: string;
}
