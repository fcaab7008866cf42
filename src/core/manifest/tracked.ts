/**
 * Paths that match nothing fail open: a service whose `path` is a typo is never affected, and
 * an `include` that matches no file adds nothing. Checked against the files tracked at head.
 *
 * Linear in the tracked files: one set of their directories for the paths, and one PathIndex
 * over every include for one pass over the files (testing each include against every file was
 * O(services × files), seconds at 2,000 services × 50,000 files).
 */
import { globSyntaxError } from '../paths/glob.js';
import { PathIndex, type Owner } from '../paths/path-index.js';
import { normalisePattern } from './paths.js';
import { closest } from './suggest.js';
import type { LibrarySpec, Manifest, ManifestIssue, ServiceSpec, SourcePos } from './types.js';

export interface TrackedPathIssues {
  /** A `path` with no tracked file under it: the manifest is wrong. */
  errors: ManifestIssue[];
  /** An `include` entry that matches no tracked file: probably a typo. */
  warnings: ManifestIssue[];
}

export interface TrackedPathOptions {
  /** How issues name the manifest (default: `manifest.file`). */
  shownAs?: string;
  /** Check only these services and libraries (default: every one). */
  only?: readonly string[];
}

interface Include {
  where: string;
  pattern: string;
  pos: SourcePos;
}

/** Pure: the manifest's paths checked against `files`, the repo-relative files tracked at head. */
export function checkTrackedPaths(
  manifest: Manifest,
  files: readonly string[],
  opts: TrackedPathOptions = {},
): TrackedPathIssues {
  const file = opts.shownAs ?? manifest.file;
  const errors: ManifestIssue[] = [];
  const only = opts.only && new Set(opts.only);
  const components: [string, ServiceSpec | LibrarySpec][] = [
    ...manifest.services.map((s): [string, ServiceSpec] => ['services', s]),
    ...manifest.libraries.map((l): [string, LibrarySpec] => ['libraries', l]),
  ].filter(([, c]) => !only || only.has(c.name));
  const held = directoriesHolding(
    components.map(([, c]) => c.path).filter((p) => p !== '.'),
    files,
  );
  let dirs: Set<string> | undefined;
  const includes: Include[] = [];
  for (const [kind, c] of components) {
    const at = c.sources;
    if (c.path !== '.' && !held.has(c.path)) {
      dirs ??= directoriesOf(files);
      const hit = closest(c.path, dirs);
      const pos = at?.path ?? c.pos ?? { line: 1, col: 1 };
      errors.push({
        file,
        ...pos,
        message:
          `${kind}.${c.name}.path \`${c.path}\` holds no file tracked at head, so ${c.name} would ` +
          `never be affected: ${hit === undefined ? 'fix the path' : `did you mean \`${hit}\`?`}`,
      });
      continue; // its includes are relative to a missing directory's meaning anyway
    }
    for (const { pattern, pos } of at?.include ?? []) {
      // An exclusion that excludes nothing changes nothing; validation reports invalid patterns.
      if (pattern.startsWith('!') || globSyntaxError(normalisePattern(pattern))) continue;
      includes.push({ where: `${kind}.${c.name}.include`, pattern, pos });
    }
  }
  const warnings = unmatched(includes, files).map((i) => ({
    file,
    ...i.pos,
    message: `${i.where} \`${i.pattern}\` matches no file tracked at head: a typo?`,
  }));
  return { errors, warnings };
}

/** The includes no file matches, each matched exactly as detection matches it (PathIndex). */
function unmatched(includes: readonly Include[], files: readonly string[]): Include[] {
  if (includes.length === 0) return [];
  const owners: Owner[] = includes.map((i) => ({
    id: i.where,
    patterns: [normalisePattern(i.pattern)],
  }));
  const index = new PathIndex(owners);
  const hit = new Uint8Array(includes.length);
  let left = includes.length;
  for (let f = 0; f < files.length && left > 0; f++) {
    for (const o of index.ownersOf(files[f]!)) {
      if (hit[o] === 0) {
        hit[o] = 1;
        left--;
      }
    }
  }
  return includes.filter((_, o) => hit[o] === 0);
}

/**
 * Which of `paths` hold a file (some file lies below them). Only a file's directory prefixes
 * as long as one of the paths are cut and looked up, and the scan stops once all are found.
 */
function directoriesHolding(paths: readonly string[], files: readonly string[]): Set<string> {
  const wanted = new Set(paths);
  const lengths = new Set(paths.map((p) => p.length));
  const found = new Set<string>();
  for (let f = 0; f < files.length && found.size < wanted.size; f++) {
    const file = files[f]!;
    for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1)) {
      if (!lengths.has(i)) continue;
      const dir = file.slice(0, i);
      if (wanted.has(dir)) found.add(dir);
    }
  }
  return found;
}

/** Every directory holding a file, at any depth: `a/b/c.txt` → `a`, `a/b`. */
function directoriesOf(files: readonly string[]): Set<string> {
  const dirs = new Set<string>();
  for (const f of files) {
    for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1)) dirs.add(f.slice(0, i));
  }
  return dirs;
}
