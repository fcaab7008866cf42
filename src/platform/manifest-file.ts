/** Reads `msdeploy.yml` from a checkout and validates it. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseManifest, ManifestError } from '../core/manifest/index.js';
import type { Manifest } from '../core/manifest/types.js';

/**
 * @param dir       the repository root (working directory)
 * @param file      the manifest path relative to `dir`
 * @param shownAs   how the file is named in error locations (relative to the workspace, for annotations)
 */
export async function readManifest(dir: string, file: string, shownAs = file): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(join(dir, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `No manifest at ${shownAs}: create msdeploy.yml at the repository root (see docs/manifest.md) or point the manifest input at it.`
        : `Cannot read the manifest ${shownAs}: ${(e as Error).message}`,
    );
  }
  const { manifest, issues } = parseManifest(text, shownAs);
  if (!manifest || issues.length) throw new ManifestError(issues);
  return manifest;
}

/**
 * An action's manifest: `file` inside the `working-directory` input, named in annotations by
 * its path from the workspace root (where GitHub places them).
 */
export function readWorkspaceManifest(workingDirectory: string, file: string): Promise<Manifest> {
  return readManifest(resolve(workingDirectory), file, join(workingDirectory, file));
}
