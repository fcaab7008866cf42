/** The validated manifest (`msdeploy.yml`), as plain data. Names keep their manifest order. */

/** Where a value came from in the manifest: 1-based line and column. */
export interface SourcePos {
  line: number;
  col: number;
}

/** An ordered list of repo-root-relative glob patterns; a leading `!` excludes. Last match wins. */
export type PatternList = readonly string[];

export interface ServiceSpec {
  name: string;
  /** Repo-relative directory, POSIX separators, no trailing slash; `.` for the whole repo. */
  path: string;
  /** The effective ordered patterns: `<path>/**` first, then the manifest's `include` entries. */
  patterns: PatternList;
  /** Names of libraries or services this service depends on. */
  dependsOn: readonly string[];
  /** Where the service is declared in the manifest (its name), for annotations. */
  pos?: SourcePos;
  /** Where its `path` and each `include` entry are written, for located issues. */
  sources?: ComponentSources;
  /** How to build the service's artifact; absent when the manifest declares no build. */
  build?: BuildSpec;
  /** The stages its artifacts are promoted through, in order (never empty). */
  stages: readonly StageSpec[];
}

/** One stage of a service's pipeline, every default filled in. */
export interface StageSpec {
  name: string;
  /** The environment it deploys to; absent when the stage deploys nowhere. */
  environment?: string;
  promote: 'auto' | 'manual';
  /** GitHub logins and `@org/team` entries allowed to promote into a manual stage; empty: anyone who is a person. */
  approvers: readonly string[];
  allowSelfApproval: boolean;
  /** Where the stage (or the override that shaped it) is written. */
  pos?: SourcePos;
}

/** Where promotions are recorded. */
export interface LedgerSpec {
  /** A full ref name: `refs/heads/msdeploy/ledger` by default. */
  ref: string;
  /** The CLI reads and writes the ledger on `origin` (the actions always do). */
  push: boolean;
}

/** A service's `build` section: what to run and what of its output becomes the artifact. */
export interface BuildSpec {
  /** A bash script run in the service's directory (like a workflow `run:` step). */
  run: string;
  /** Directory, relative to the service's path, whose contents become the artifact. */
  output: string;
  kind: 'archive' | 'deb';
  /** Base version (`MAJOR.MINOR` or SemVer); undefined → the service's package.json, else `0.1`. */
  version?: string;
  /** JUnit XML report globs, relative to the service's path, recorded in provenance. */
  tests: readonly string[];
  /** Names of environment variables forwarded to the build beyond the allow-list. */
  env: readonly string[];
  /** For kind `deb`. */
  deb?: DebSpec;
  pos?: SourcePos;
}

export interface DebSpec {
  /** Debian package name; defaults to the service name. */
  package: string;
  maintainer: string;
  description: string;
  depends: readonly string[];
  architecture: string;
  /** Absolute install prefix on the target, e.g. `/opt/catalog`. */
  prefix: string;
}

export interface LibrarySpec {
  name: string;
  path: string;
  patterns: PatternList;
  dependsOn: readonly string[];
  /** Where the library is declared in the manifest (its name), for annotations. */
  pos?: SourcePos;
  sources?: ComponentSources;
}

/** Where a component's paths are written in the manifest. */
export interface ComponentSources {
  /** The `path:` value. */
  path: SourcePos;
  /** The manifest's `include` entries, as written, with their positions (patterns[1 + i]). */
  include: readonly { pattern: string; pos: SourcePos }[];
}

export interface ReleaseGroupSpec {
  name: string;
  services: readonly string[];
}

export interface Manifest {
  /** Manifest file path, repo-relative (normally `msdeploy.yml`). */
  file: string;
  /** The project name (`name:`); also the service's name in a single-service repository. */
  name?: string;
  services: readonly ServiceSpec[];
  libraries: readonly LibrarySpec[];
  /** Patterns whose change affects every service. Always includes the manifest file itself. */
  global: PatternList;
  releaseGroups: readonly ReleaseGroupSpec[];
  ledger: LedgerSpec;
  /** Where services are deployed, in manifest order; empty when the manifest declares none. */
  environments: readonly EnvironmentSpec[];
}

export interface HealthSpec {
  /** Exactly one of `url` and `command`. */
  url?: string;
  command?: string;
  status: number;
  timeoutSeconds: number;
  intervalSeconds: number;
  retries: number;
}

/** How one service is placed in an environment, every default filled in. */
export interface PlacementSpec {
  service: string;
  /** ssh: the host names it goes to (every host by default). */
  hosts: readonly string[];
  /** Directory under the base: the service name by default. */
  dir: string;
  port?: number;
  unit?: string;
  /** Repo-relative config files, merged in order; undefined: the default pair, those that exist. */
  config?: readonly string[];
  start?: string;
  health?: HealthSpec;
}

export interface SshHostSpec {
  name: string;
  address: string;
  user: string;
  port: number;
  knownHosts: readonly string[];
}

interface EnvironmentBase {
  name: string;
  /** The stage that feeds it; undefined for a sandbox. */
  stage?: string;
  services: readonly PlacementSpec[];
  start?: string;
  health?: HealthSpec;
  secrets: readonly string[];
  keep: number;
  pos?: SourcePos;
}

export type EnvironmentSpec =
  | (EnvironmentBase & {
      driver: 'local';
      base: string;
      /** `deb` artifacts: where `dpkg --root` installs the live release. */
      dpkgRoot?: string;
    })
  | (EnvironmentBase & {
      driver: 'ssh';
      base: string;
      hosts: readonly SshHostSpec[];
      parallel: number;
    })
  | (EnvironmentBase & {
      driver: 'command';
      run: string;
      /** Names of variables forwarded to its scripts (its credentials, e.g. KUBECONFIG). */
      env: readonly string[];
    });

/** One problem found in a manifest, located precisely enough for an editor or a GitHub annotation. */
export interface ManifestIssue {
  file: string;
  line: number;
  col: number;
  /** What is wrong and how to fix it, as one or two sentences. */
  message: string;
}
