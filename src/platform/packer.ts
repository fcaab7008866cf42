/** Packs a build output into its artifact kind: our reproducible tar.gz, or a .deb via dpkg-deb. */
import type { PackRequest } from '../core/ports.js';
import { packArchive } from '../core/artifact/pack.js';
import { buildDeb } from './dpkg.js';

export async function packArtifact(req: PackRequest) {
  if (req.kind === 'archive') {
    return packArchive(req.outputDir, req.outFile, {
      mtime: req.mtime,
      onProgress: req.onProgress,
    });
  }
  const deb = req.service.build?.deb;
  if (!deb)
    throw new Error(`Service ${req.service.name} builds a deb but has no build.deb section.`);
  return buildDeb({
    stageDir: req.outputDir,
    outFile: req.outFile,
    package: deb.package,
    version: req.version,
    maintainer: deb.maintainer,
    description: deb.description,
    depends: [...deb.depends],
    architecture: deb.architecture,
    installPrefix: deb.prefix,
    mtime: req.mtime,
  });
}
