/** Where an action finds the manifest: `manifest` inside `working-directory`. */
import { join, resolve } from 'node:path';
import { DEFAULT_MANIFEST_FILE } from '../core/manifest/problems.js';
import type { ManifestLocation } from '../platform/manifest-file.js';

/** Annotations name the file by its path from the workspace root, where GitHub places them. */
export function workspaceManifest(workingDirectory: string, file: string): ManifestLocation {
  const dir = workingDirectory || '.';
  const name = file || DEFAULT_MANIFEST_FILE;
  return { root: resolve(dir), file: name, shownAs: join(dir, name) };
}
