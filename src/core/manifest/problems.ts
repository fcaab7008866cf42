/**
 * The manifest's file name, its size limit and its error type, apart from the parser: code that
 * only finds, reads or reports on a manifest does not load YAML (detect starts git's diff before
 * it loads the parser, see app/detect.ts).
 */
import { ManifestProblem } from '../errors.js';
import type { ManifestIssue } from './types.js';

export const DEFAULT_MANIFEST_FILE = 'msdeploy.yml';

/**
 * The largest manifest msdeploy parses: 4 MiB is hundreds of times a 5,000-service manifest, and
 * parsing costs ~50× the text in memory (a 50 MB file took 29 s and 2.7 GB).
 */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/** The issue for a manifest over {@link MAX_MANIFEST_BYTES}, reported before any parsing. */
export function manifestTooLarge(bytes: number, shownAs: string): ManifestIssue {
  return {
    file: shownAs,
    line: 1,
    col: 1,
    message:
      `${shownAs} is ${bytes} bytes, over the ${MAX_MANIFEST_BYTES} bytes (4 MiB) a manifest may ` +
      'be; it was not parsed. Is this the right file? See docs/manifest.md.',
  };
}

/** `msdeploy.yml:3:5: <message>`, the form editors and GitHub problem matchers understand. */
export function formatIssue(i: ManifestIssue): string {
  return `${i.file}:${i.line}:${i.col}: ${i.message}`;
}

/** A manifest that failed validation; `issues` holds every problem, in reading order. */
export class ManifestError extends ManifestProblem {
  readonly issues: ManifestIssue[];

  constructor(issues: ManifestIssue[]) {
    const n = issues.length;
    super(
      `${n} problem${n === 1 ? '' : 's'} in the manifest:\n${issues.map(formatIssue).join('\n')}`,
      issues,
    );
    this.issues = issues;
  }
}
