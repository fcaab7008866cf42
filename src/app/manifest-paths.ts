/** The manifest's paths checked against the repository: shared by detect and build. */
import { ManifestError } from '../core/manifest/problems.js';
import { checkTrackedPaths } from '../core/manifest/tracked.js';
import type { Manifest } from '../core/manifest/types.js';
import type { Git, Logger } from '../core/ports.js';
import type { ManifestLocation } from '../platform/manifest-file.js';

/**
 * The manifest's paths against the files tracked at `head`: a `path` holding no file is an
 * error (the service would never be affected), an `include` matching nothing a warning.
 * `only`: check just these services and libraries; `listed`: `git.listFiles(head)`, when the
 * caller already started it.
 */
export async function checkManifestPaths(
  manifest: Manifest,
  at: ManifestLocation,
  git: Git,
  head: string,
  logger: Logger,
  opts: { only?: readonly string[]; listed?: Promise<string[]> } = {},
): Promise<void> {
  const { only, listed } = opts;
  const files = await (listed ?? git.listFiles(head));
  const { errors, warnings } = checkTrackedPaths(manifest, files, { shownAs: at.shownAs, only });
  for (const w of warnings) logger.warning(w.message, { file: w.file, line: w.line, col: w.col });
  if (errors.length) throw new ManifestError(errors);
}
