/**
 * The interfaces the domain needs from the outside world. `core` depends only on these;
 * `platform/` implements them. Keeping them small keeps core testable with real or fake parts.
 */
import type { ArtifactKind, ArtifactMeta, Digest } from './artifact/types.js';
import type { ChangedFile } from './changes/types.js';
import type { ServiceSpec } from './manifest/types.js';

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
  /** Packs the build output into the artifact file (archive: ours; deb: dpkg-deb). */
  pack(req: PackRequest): Promise<{ digest: Digest; size: number }>;
  onProgress?: (phase: 'pack' | 'upload', done: number, total: number) => void;
}
