/** build-artifact as one use case: build one service once, pack it, bind provenance, store it. */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { buildService, type BuildResult } from '../core/artifact/build.js';
import { serviceByName } from '../core/manifest/lookup.js';
import type { ArtifactStore, BuildPorts, Logger } from '../core/ports.js';
import type { RunContext } from '../core/run-context.js';
import { attestProvenance, type AttestResult } from '../platform/attest.js';
import { gatherBuildContext } from '../platform/build-context.js';
import { BashRunner } from '../platform/exec.js';
import { CliGit } from '../platform/git.js';
import { checkManifestPaths } from './manifest-paths.js';
import { insideRepository, type ManifestLocation } from '../platform/manifest-file.js';
import { readManifest } from '../platform/manifest-load.js';
import { packArtifact } from '../platform/packer.js';
import { openStore, type StoreSettings } from '../platform/stores.js';

export interface BuildSettings {
  manifest: ManifestLocation;
  service: string;
  store: StoreSettings;
  /** Overrides the computed version. */
  version?: string;
  /** Sign the provenance with GitHub's artifact attestations. */
  attest: boolean;
  token?: string;
  /** Where the packed file and its provenance are written; default: a fresh directory in the runner's temp. */
  workDir?: string;
  onProgress?: BuildPorts['onProgress'];
}

export interface BuildOutcome {
  result: BuildResult;
  commit: string;
  attestation?: AttestResult;
}

export async function buildArtifact(
  settings: BuildSettings,
  run: RunContext,
  logger: Logger,
): Promise<BuildOutcome> {
  const root = settings.manifest.root;
  const manifest = await readManifest(settings.manifest);
  const service = serviceByName(manifest, settings.service);
  await insideRepository(root, service.path, `Service ${service.name}'s path`);
  const git = new CliGit(root, { logger });
  const workDir = settings.workDir ?? (await mkdtemp(join(run.runnerTemp, 'msdeploy-build-')));
  await mkdir(workDir, { recursive: true });
  const ctx = await gatherBuildContext({
    git,
    run,
    repoRoot: root,
    workDir,
    version: settings.version,
  });
  await checkManifestPaths(manifest, settings.manifest, git, ctx.commit, logger, {
    only: [service.name],
  });
  const store = await openStore(settings.store, run, logger);
  const result = await buildService(service, ctx, buildPorts(store, logger, settings.onProgress));
  const attestation = settings.attest
    ? await attestProvenance({
        statement: result.provenance,
        token: settings.token,
        logger,
        run,
      })
    : undefined;
  return { result, commit: ctx.commit, attestation };
}

/** The real ports a build runs on: bash, the system clock, our packer and the chosen store. */
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
