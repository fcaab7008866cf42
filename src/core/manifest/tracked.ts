/**
 * Paths that match nothing fail open: a service whose `path` is a typo is never affected, and
 * an `include` that matches no file adds nothing. Checked against the files tracked at head.
 */
import { compilePatternList } from '../paths/glob.js';
import { normalisePattern } from './paths.js';
import { closest } from './suggest.js';
import type { LibrarySpec, Manifest, ManifestIssue, ServiceSpec } from './types.js';

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

/** Pure: the manifest's paths checked against `files`, the repo-relative files tracked at head. */
export function checkTrackedPaths(
  manifest: Manifest,
  files: readonly string[],
  opts: TrackedPathOptions = {},
): TrackedPathIssues {
  const file = opts.shownAs ?? manifest.file;
  const errors: ManifestIssue[] = [];
  const warnings: ManifestIssue[] = [];
  const only = opts.only && new Set(opts.only);
  let dirs: Set<string> | undefined;
  const components: [string, ServiceSpec | LibrarySpec][] = [
    ...manifest.services.map((s): [string, ServiceSpec] => ['services', s]),
    ...manifest.libraries.map((l): [string, LibrarySpec] => ['libraries', l]),
  ];
  for (const [kind, c] of components) {
    if (only && !only.has(c.name)) continue;
    const at = c.sources;
    if (c.path !== '.' && !files.some((f) => f.startsWith(`${c.path}/`))) {
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
      const normal = normalisePattern(pattern);
      if (normal.startsWith('!')) continue; // an exclusion that excludes nothing changes nothing
      let match: (path: string) => boolean;
      try {
        match = compilePatternList([normal]); // exactly how detection matches it
      } catch {
        continue; // validation reports invalid patterns
      }
      if (!files.some(match)) {
        warnings.push({
          file,
          ...pos,
          message: `${kind}.${c.name}.include \`${pattern}\` matches no file tracked at head: a typo?`,
        });
      }
    }
  }
  return { errors, warnings };
}

function directoriesOf(files: readonly string[]): Set<string> {
  const dirs = new Set<string>();
  for (const f of files) {
    for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1)) dirs.add(f.slice(0, i));
  }
  return dirs;
}
