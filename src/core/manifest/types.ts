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
}

export interface LibrarySpec {
  name: string;
  path: string;
  patterns: PatternList;
  dependsOn: readonly string[];
  /** Where the library is declared in the manifest (its name), for annotations. */
  pos?: SourcePos;
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
}

/** One problem found in a manifest, located precisely enough for an editor or a GitHub annotation. */
export interface ManifestIssue {
  file: string;
  line: number;
  col: number;
  /** What is wrong and how to fix it, as one or two sentences. */
  message: string;
}
