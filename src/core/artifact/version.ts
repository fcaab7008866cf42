/**
 * Build versions: unique per build, traceable to the commit, sortable on the default branch,
 * and valid SemVer 2.0.
 *
 *   default branch:  MAJOR.MINOR.<counter>+<sha7>            e.g. 1.4.57+abc1234
 *   other refs:      MAJOR.MINOR.<counter>-<ref-slug>+<sha7>  e.g. 1.4.58-feature-login+9f8e7d6
 *                    (a pull request's refs/pull/7/merge is `pr-7`)
 *   re-run attempts: …+<sha7>.attempt<N>                      e.g. 1.4.57+abc1234.attempt2
 *
 * MAJOR.MINOR come from the manifest's `build.version` or the service's own package file; the
 * patch number is the build counter (the workflow run number), so versions on the default
 * branch sort by SemVer precedence in build order. Branch builds are pre-releases: they sort
 * below the default-branch build with the same counter and never look like releases.
 */

export interface VersionInput {
  /** `MAJOR.MINOR` or a full SemVer whose MAJOR.MINOR are kept (e.g. from package.json). */
  base: string;
  counter: number;
  commit: string;
  /** Branch or tag name the build ran on (`refs/heads/` stripped or not). */
  ref?: string;
  defaultBranch?: string;
  attempt?: number;
}

const BASE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:[-+].*)?$/;

export class VersionError extends Error {}

export function buildVersion(input: VersionInput): string {
  const m = BASE.exec(input.base.trim());
  if (!m) {
    throw new VersionError(
      `Base version ${JSON.stringify(input.base)} is not MAJOR.MINOR or a SemVer such as 1.4.0: ` +
        'set build.version in msdeploy.yml to e.g. "1.4".',
    );
  }
  if (!Number.isSafeInteger(input.counter) || input.counter < 0) {
    throw new VersionError(`Build counter must be a whole number ≥ 0, got ${input.counter}.`);
  }
  if (!/^[0-9a-f]{7,64}$/i.test(input.commit)) {
    throw new VersionError(`Commit ${JSON.stringify(input.commit)} is not a git sha.`);
  }
  const branch = (input.ref ?? '')
    .replace(/^refs\/pull\/(\d+)\/(merge|head)$/, 'pr-$1')
    .replace(/^refs\/(heads|tags)\//, '');
  const onDefault = !branch || branch === (input.defaultBranch ?? 'main');
  const pre = onDefault ? '' : `-${refSlug(branch)}`;
  const attempt = input.attempt && input.attempt > 1 ? `.attempt${input.attempt}` : '';
  return `${m[1]}.${m[2]}.${input.counter}${pre}+${input.commit.slice(0, 7).toLowerCase()}${attempt}`;
}

/** A SemVer pre-release identifier from a branch name: [0-9A-Za-z-] only, no leading zeros. */
export function refSlug(ref: string): string {
  const slug = ref
    .replace(/[^0-9A-Za-z-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '')
    .toLowerCase();
  if (!slug) return 'ref';
  // A purely numeric identifier must not have leading zeros in SemVer.
  return /^\d+$/.test(slug) ? `r${slug}` : slug;
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isSemVer(v: string): boolean {
  return SEMVER.test(v);
}

/** A version built from uncommitted changes: `dirty` added to its build metadata. */
export function markDirty(version: string): string {
  return version.includes('+') ? `${version}.dirty` : `${version}+dirty`;
}

/**
 * A version that may name a file: a local store tag, a release directory. It starts with a
 * letter or digit, so it is never `.` or `..`, and holds no `/`: always one path component.
 */
export const SAFE_VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,127}$/;
