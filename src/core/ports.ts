/**
 * The interfaces the domain needs from the outside world. `core` depends only on these;
 * `platform/` implements them. Keeping them small keeps core testable with real or fake parts.
 */
import type { ArtifactKind, ArtifactMeta, Digest } from './artifact/types.js';
import type { ChangedFile } from './changes/types.js';
import type { ServiceSpec } from './manifest/types.js';
import type { LedgerRecord, LedgerState } from './promotion/types.js';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, where?: AnnotationPos): void;
  error(message: string, where?: AnnotationPos): void;
  /** Run `fn` inside a collapsible log group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Run `fn`, which writes untrusted output (a build's log, as it comes, in chunks) through
   * `write`. On Actions the whole of it is fenced with one `stop-commands` token, so nothing in
   * it (`::set-output`, `##[add-mask]`, a `::` split across chunks) is taken as a workflow
   * command. Without it, each chunk is logged with `info`.
   */
  untrusted?<T>(fn: (write: (chunk: string) => void) => Promise<T>): Promise<T>;
  /**
   * Hide a secret value from every later log line (Actions: `add-mask` for each form it may
   * take, core/deploy/mask.ts). Where there is no log masking (a terminal) it does nothing:
   * msdeploy never prints secret values anyway; this guards what other programs print.
   */
  mask?(value: string): void;
}

export interface AnnotationPos {
  file?: string;
  line?: number;
  col?: number;
}

/** Every git operation core needs. All paths and refs are passed as argv, never through a shell. */
export interface Git {
  /** Resolve a revision to a full commit sha, or `undefined` if it does not exist locally. */
  resolveCommit(rev: string): Promise<string | undefined>;
  /**
   * True when `rev` names a branch — local (`main`, `refs/heads/main`) or remote-tracking
   * (`origin/main`) — and not a tag, a sha or an expression such as `main~1`. A tag of the
   * same name wins, as it does for git itself.
   */
  isBranch(rev: string): Promise<boolean>;
  /** True when `ancestor` is an ancestor of (or equal to) `descendant`. Both must exist locally. */
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /** The best common ancestor of two commits, or `undefined` when they share no history (locally). */
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /** True when the repository is a shallow clone. */
  isShallow(): Promise<boolean>;
  /** Fetch more history of the given refs/shas from `origin` (`--deepen=<by>`). Returns false if fetching failed. */
  deepen(by: number, refs: readonly string[]): Promise<boolean>;
  /** Fetch a ref or sha from `origin` with the given depth (to obtain a commit missing locally). */
  fetch(refs: readonly string[], depth?: number): Promise<boolean>;
  /** `git diff -z --name-status -M base head`, parsed. */
  diff(base: string, head: string): Promise<ChangedFile[]>;
  /** The newest tag reachable from `rev`'s first parent (the previous release), or undefined. */
  previousTag(rev: string): Promise<string | undefined>;
  /** The committer time of `rev`, in seconds since the epoch (a reproducible build's clock). */
  commitTime(rev: string): Promise<number>;
  /** How many commits `rev` has in its history (a local build counter). */
  countCommits(rev: string): Promise<number>;
  /** The ref a symbolic ref points at (`HEAD` → `refs/heads/main`), or undefined (detached, absent). */
  symbolicRef(name: string): Promise<string | undefined>;
  /** The tags pointing at `rev`, sorted by name. */
  tagsAt(rev: string): Promise<string[]>;
  /** Every tracked file at `head` (used when all services are treated as changed). */
  listFiles(head: string): Promise<string[]>;
  /**
   * Tracked files with changes in the work tree or the index (`git status --porcelain=v1 -z
   * --untracked-files=no`), repo-relative; empty for a clean tree. Untracked files are not
   * listed: build byproducts (`dist/`, reports) that are not ignored would count otherwise.
   */
  dirtyFiles(): Promise<string[]>;
}

/** The parts of the GitHub REST API core needs. */
export interface GitHubApi {
  /**
   * Head sha of the newest successful run of the given workflow on `branch`
   * (excluding `excludeRunId`), or undefined when there is none.
   */
  lastSuccessfulRunHead(args: {
    workflowId: string | number;
    branch: string;
    excludeRunId?: number;
  }): Promise<string | undefined>;
  /** The GitHub login of the author of commit `sha`, or undefined when no account is linked. */
  commitAuthorLogin(sha: string): Promise<string | undefined>;
  /** The account type of `login` (`User`, `Bot`, `Organization`), or undefined when unknown. */
  accountType(login: string): Promise<string | undefined>;
  /**
   * True when `login` is an active member of team `org/team`, false when not, undefined when the
   * token cannot read the team (then the caller must refuse, not guess).
   */
  isTeamMember(org: string, team: string, login: string): Promise<boolean | undefined>;
  /** Deployments of `environment` (newest first), optionally only those of commit `sha`. */
  listDeployments(args: { environment: string; sha?: string }): Promise<DeploymentInfo[]>;
  createDeployment(args: {
    sha: string;
    environment: string;
    description: string;
    payload: Record<string, unknown>;
    task: string;
    productionEnvironment: boolean;
  }): Promise<DeploymentInfo>;
  /** The newest status first; `environmentUrl`/`logUrl` optional. */
  listDeploymentStatuses(deploymentId: number): Promise<{ state: DeploymentState }[]>;
  createDeploymentStatus(args: {
    deploymentId: number;
    state: DeploymentState;
    description: string;
    logUrl?: string;
    /** Where the deployed release answers (shown on the Environments page). */
    environmentUrl?: string;
    autoInactive?: boolean;
  }): Promise<void>;
  /** The newest commit status of `context` on commit `sha`, or undefined when there is none. */
  latestCommitStatus(
    sha: string,
    context: string,
  ): Promise<{ state: string; description: string | null } | undefined>;
  /** A commit status (`context` such as `msdeploy/catalog/uat`) on commit `sha`. */
  createCommitStatus(args: {
    sha: string;
    state: 'pending' | 'success' | 'failure' | 'error';
    context: string;
    description: string;
    targetUrl?: string;
  }): Promise<void>;
  /**
   * The repository's Actions artifacts named `name`, in every workflow run, newest first,
   * expired ones included (`expired: true`); at most the newest 1000.
   */
  listArtifacts(args: { name: string }): Promise<ArtifactInfo[]>;
}

/** A GitHub Actions artifact as the repository's artifact list describes it. */
export interface ArtifactInfo {
  id: number;
  name: string;
  /** The workflow run that uploaded it; undefined when GitHub does not say. */
  runId?: number;
  /** Its bytes are gone (retention ended). */
  expired: boolean;
  createdAt?: string;
  /** `sha256:<hex>` as GitHub recorded it at upload; undefined for older uploads. */
  digest?: string;
}

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentInfo {
  id: number;
  sha: string;
  environment: string;
  task: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

export interface Clock {
  now(): Date;
}

/** Runs the repository's own build commands (trusted config), streaming their output. */
export interface CommandRunner {
  /**
   * Run `script` with bash (`-eo pipefail`) in `cwd`. Untrusted values reach the script only
   * through `env`, never spliced into its text. Resolves with the exit code and the output's tail.
   * The script gets an allow-listed environment (artifact/build-env.ts): `env` on top of the
   * allowed names and those in `forward`; never our inputs, credentials or file commands.
   */
  run(
    script: string,
    opts: {
      cwd: string;
      env: Readonly<Record<string, string>>;
      /** Names of our environment the manifest forwards to the build (`build.env`). */
      forward?: readonly string[];
      onOutput?: (chunk: string) => void;
    },
  ): Promise<{ exitCode: number; tail: string[] }>;
}

/** Where an artifact was stored, and the reference later actions use to fetch it. */
export interface StoredArtifact {
  /** A reference string: `local:<dir>@sha256:…`, `oci://<host>/<repo>@sha256:…`, `github:<run-id>/<name>@sha256:…` */
  ref: string;
  /** Human-readable location for summaries (URL or path). */
  location: string;
  /** Bytes actually transferred (0 when the store already had them). */
  bytesUploaded: number;
}

export type Progress = (done: number, total: number) => void;

/**
 * One interface, three backends (local directory, GitHub Actions artifacts, OCI registry).
 * Every read verifies the digest before returning: a mismatch is an error naming both digests.
 */
export interface ArtifactStore {
  readonly kind: 'local' | 'github' | 'oci';
  /** Store the packed artifact at `file` with its provenance document (JSON bytes). */
  put(
    file: string,
    meta: ArtifactMeta,
    provenance: Buffer,
    onProgress?: Progress,
  ): Promise<StoredArtifact>;
  /** Fetch the artifact named by `ref` into `destFile`; verifies the digest; returns its provenance. */
  get(
    ref: string,
    destFile: string,
    onProgress?: Progress,
  ): Promise<{ meta: ArtifactMeta; provenance: Buffer }>;
  /**
   * The digests the store holds for `service` at `version` (its version tag or artifact name):
   * normally one, none when the version is unknown, several only when the store allows it.
   */
  findVersion(service: string, version: string): Promise<Digest[]>;
  /**
   * Checks that the store holds the artifact `digest` of `service` and returns its metadata and
   * provenance, both bound to the digest. A content-addressed store (local, oci) checks its
   * metadata and the blob's digest without downloading; the github store downloads and hashes.
   * `ref` (the store reference build-artifact printed) helps a store that cannot search by
   * digest. Throws `ArtifactNotFoundError` when absent and `DigestMismatchError` (naming both
   * digests) when the bytes or metadata are another artifact's.
   */
  inspect(service: string, digest: Digest, ref?: string): Promise<InspectedArtifact>;
  /**
   * The artifact digest that store reference `ref` names, for a store whose references carry
   * another digest (oci: `oci://…@sha256:<manifest>` names the manifest, not the artifact);
   * undefined when there is no such artifact of `service`.
   */
  digestOfRef?(service: string, ref: string): Promise<Digest | undefined>;
  /**
   * oci only: point the `stage` tag of the service's repository at the artifact, then read the
   * tag back and check it names the digest (a mirror of the ledger, moved after it).
   */
  tagStage?(service: string, stage: string, digest: Digest): Promise<void>;
}

export interface InspectedArtifact {
  meta: ArtifactMeta;
  provenance: Buffer;
  /** The store reference of the artifact (what build-artifact printed, or equivalent). */
  ref: string;
}

/** A ledger as read: its tip commit (undefined before the first record) and the state there. */
export interface LedgerSnapshot {
  commit?: string;
  state: LedgerState;
}

export interface LedgerEntry {
  commit: string;
  record: LedgerRecord;
}

/** Who a ledger commit names as its author (the actor). */
export interface CommitIdentity {
  name: string;
  email: string;
}

/**
 * The promotion ledger: an append-only history of commits on a git ref, one record per commit,
 * each commit's tree holding the whole state (`state.json`) and its rendering (`README.md`).
 */
export interface Ledger {
  /** The full ref name, e.g. `refs/heads/msdeploy/ledger`. */
  readonly ref: string;
  /** Read and written on `origin` (true) or in the local repository. */
  readonly remote: boolean;
  /**
   * The current tip and its state (fetched first when remote). A missing ref is an empty state;
   * a ref holding anything but a ledger throws NotALedgerError.
   */
  read(): Promise<LedgerSnapshot>;
  /**
   * Compare-and-swap: commit `record` with `files` on top of `base.commit` and move the ref only
   * if it still points there (a non-force push, or `update-ref <new> <old>`). `appended: false`
   * means someone else moved it first: re-read, re-decide, retry. Any other failure throws.
   */
  append(
    base: LedgerSnapshot,
    record: LedgerRecord,
    files: { state: string; readme: string },
    author: CommitIdentity,
  ): Promise<{ appended: true; commit: string } | { appended: false }>;
  /** Every record, oldest first (follows first parents from the tip). */
  history(): Promise<LedgerEntry[]>;
}

/** What the packer is asked to pack: the build output of one service, into one artifact file. */
export interface PackRequest {
  kind: ArtifactKind;
  service: ServiceSpec;
  outputDir: string;
  outFile: string;
  version: string;
  mtime: number;
  onProgress?: Progress;
}

/** What a build runs on: the build command runner, the packer, a store, a clock and a logger. */
export interface BuildPorts {
  runner: CommandRunner;
  store: ArtifactStore;
  logger: Logger;
  clock: Clock;
  /**
   * Packs the build output into the artifact file (archive: ours; deb: dpkg-deb). `format` names
   * the packer's format version when the digest depends on it; provenance records it.
   */
  pack(req: PackRequest): Promise<{ digest: Digest; size: number; format?: string }>;
  onProgress?: (phase: 'pack' | 'upload', done: number, total: number) => void;
}

/** What a target is given to put one release in place. */
export interface ReleaseFiles {
  service: string;
  /** The service's directory under the environment's base. */
  dir: string;
  version: string;
  /** `<version>-<config digest 12>`. */
  release: string;
  /** The artifact on this machine, its digest already verified. */
  artifactFile: string;
  artifactDigest: Digest;
  kind: ArtifactKind;
  /** The resolved configuration (secrets substituted): written 0600, never logged. */
  config: string;
  configDigest: Digest;
}

/** The outcome of a script run on a target: its exit code and the tail of its output. */
export interface ScriptResult {
  exitCode: number;
  tail: string[];
}

/**
 * One place a release goes: this machine (local), one ssh host, or a platform a script of the
 * user's deploys to (command). Every step is idempotent and each makes something visible only by
 * an atomic rename (or the user's script), so a deploy killed anywhere leaves the previous
 * release live and a re-run completes.
 */
export interface DeployTarget {
  /** For messages and the summary: `local`, the host's name, or `command`. */
  readonly name: string;
  /**
   * Whether earlier releases stay on the target (local, ssh), so going back is a switch; when not
   * (command), the release to go back to is prepared again first.
   */
  readonly keepsReleases: boolean;
  /** Unpack the verified artifact and write the config as release `files.release`; no-op if it exists. */
  prepare(files: ReleaseFiles): Promise<{ created: boolean }>;
  /** The live release of `dir`, or undefined before the first deploy. */
  current(dir: string): Promise<string | undefined>;
  /**
   * Make `release` live by renaming a new `current` link over the old (or by running the
   * command driver's script, with `env`: the release's MSDEPLOY_* values); returns the one it
   * replaced, when the target knows.
   */
  activate(
    dir: string,
    release: string,
    env?: Readonly<Record<string, string>>,
  ): Promise<string | undefined>;
  /**
   * Run a script from the manifest (start, or a health command) in the live release's directory,
   * with `env` (MSDEPLOY_*) on top of an allow-listed environment: never our secrets or files.
   */
  run(
    script: string,
    dir: string,
    env: Readonly<Record<string, string>>,
    timeoutMs: number,
  ): Promise<ScriptResult>;
  /** Remove releases beyond `keep` (newest by deploy order), never the live one or `protect`. */
  prune(dir: string, keep: number, protect: readonly string[]): Promise<string[]>;
  /**
   * Release what the steps shared (an ssh target's connection), before the temp directory it
   * was given goes; the target stays usable. Without it, an ssh connection idles out by itself.
   */
  close?(): Promise<void>;
}
