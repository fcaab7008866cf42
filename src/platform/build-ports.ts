/** The real ports a build runs on: bash, the system clock, our packer and the chosen store. */
import type { BuildPorts } from '../core/artifact/build.js';
import type { ArtifactStore } from '../core/artifact/types.js';
import type { Logger } from '../core/ports.js';
import { BashRunner } from './exec.js';
import { packArtifact } from './packer.js';

export function buildPorts(
  store: ArtifactStore,
  logger: Logger,
  onProgress?: BuildPorts['onProgress'],
): BuildPorts {
  return {
    runner: new BashRunner(),
    store,
    logger,
    clock: { now: () => new Date() },
    pack: packArtifact,
    onProgress,
  };
}
