/**
 * The two inputs of a release on the runner: the configuration resolved for an environment
 * (secrets masked as soon as they are known) and the files of an earlier release again, for
 * targets that keep no release history (the command driver) and must be handed it to go back.
 */
import { join } from 'node:path';
import { resolveConfigOrThrow, type ResolvedConfig } from '../core/deploy/config.js';
import type { ReleaseTarget } from '../core/deploy/rules.js';
import type { EnvironmentSpec, PlacementSpec } from '../core/manifest/types.js';
import type { ArtifactStore, Logger, ReleaseFiles } from '../core/ports.js';
import { readConfigSources } from '../platform/config-files.js';

/** The environment's configuration of `placement`, resolved now; every secret value masked. */
export async function resolveReleaseConfig(
  root: string,
  env: EnvironmentSpec,
  placement: PlacementSpec,
  secret: (name: string) => string | undefined,
  logger: Logger,
): Promise<ResolvedConfig> {
  const config = resolveConfigOrThrow({
    sources: await readConfigSources(root, env, placement),
    allowedSecrets: env.secrets,
    secret,
    environment: env.name,
  });
  for (const value of config.secretValues) logger.mask?.(value);
  return config;
}

/**
 * The files of `release` again: its artifact fetched from the store (digest verified) into
 * `work`, and the configuration this checkout resolves — only when it is the one the release had
 * (its digest), since an earlier configuration is not kept anywhere.
 */
export async function earlierReleaseFiles(
  store: ArtifactStore,
  placement: PlacementSpec,
  release: ReleaseTarget,
  artifactRef: string | null,
  config: ResolvedConfig,
  work: string,
): Promise<ReleaseFiles> {
  if (config.digest !== release.config) {
    throw new Error(
      `${release.release} ran with another configuration (${release.config.slice(0, 19)}…) than ` +
        `this checkout resolves (${config.digest.slice(0, 19)}…): deploy that version with the ` +
        'configuration of the commit it was deployed from instead.',
    );
  }
  const artifactFile = join(work, `artifact-${release.release}`);
  const { meta } = await store.get(artifactRef ?? release.digest, artifactFile);
  if (meta.digest !== release.digest || meta.service !== placement.service) {
    throw new Error(
      `The store's ${artifactRef ?? release.digest} is ${meta.service} ${meta.digest}, not ` +
        `${placement.service} ${release.digest}: refusing it.`,
    );
  }
  return {
    service: placement.service,
    dir: placement.dir,
    version: release.version,
    release: release.release,
    artifactFile,
    artifactDigest: release.digest,
    kind: meta.kind,
    config: config.json,
    configDigest: release.config,
  };
}
