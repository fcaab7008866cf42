/**
 * The manifest of a checkout, parsed and validated; apart from manifest-file.ts so that finding
 * and reading it loads no YAML.
 */
import { parseManifest } from '../core/manifest/load.js';
import { ManifestError } from '../core/manifest/problems.js';
import type { Manifest } from '../core/manifest/types.js';
import { readManifestText, type ManifestLocation } from './manifest-file.js';

export async function readManifest(at: ManifestLocation): Promise<Manifest> {
  return parseManifestText(await readManifestText(at), at);
}

/** The manifest in `text`, validated; a {@link ManifestError} listing every issue otherwise. */
export function parseManifestText(text: string, at: ManifestLocation): Manifest {
  const { manifest, issues } = parseManifest(text, at.file, at.shownAs);
  if (!manifest || issues.length) throw new ManifestError(issues);
  return manifest;
}
