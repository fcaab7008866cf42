/**
 * Reading a service's configuration files for an environment out of the checkout: the files the
 * placement names (each must exist), else `config/<service>/base.yml` then
 * `config/<service>/<environment>.yml`, those that exist. Never through a link out of the
 * repository; the size cap is checked before reading (core/deploy/config.ts parses).
 */
import { readFile, stat } from 'node:fs/promises';
import type { ConfigSource } from '../core/deploy/config.js';
import { MAX_CONFIG_BYTES } from '../core/deploy/config.js';
import { MsdeployError, ExitCode } from '../core/errors.js';
import type { EnvironmentSpec, PlacementSpec } from '../core/manifest/types.js';
import { insideRepository } from './manifest-file.js';

export function configPaths(
  env: EnvironmentSpec,
  p: PlacementSpec,
): { paths: string[]; named: boolean } {
  if (p.config) return { paths: [...p.config], named: true };
  return {
    paths: [`config/${p.service}/base.yml`, `config/${p.service}/${env.name}.yml`],
    named: false,
  };
}

export async function readConfigSources(
  root: string,
  env: EnvironmentSpec,
  p: PlacementSpec,
): Promise<ConfigSource[]> {
  const { paths, named } = configPaths(env, p);
  const sources: ConfigSource[] = [];
  for (const file of paths) {
    const real = await insideRepository(root, file, `Configuration file`);
    if (real === undefined) {
      if (!named) continue;
      throw new MsdeployError(
        `Configuration file ${file}, named in \`environments.${env.name}.services.${p.service}.config\`, does not exist: create it or remove it from the list.`,
        { exitCode: ExitCode.manifest },
      );
    }
    const { size } = await stat(real);
    if (size > MAX_CONFIG_BYTES) {
      throw new MsdeployError(
        `Configuration file ${file} is ${size} bytes; the limit is ${MAX_CONFIG_BYTES}: keep large data out of configuration.`,
        { exitCode: ExitCode.manifest },
      );
    }
    sources.push({ file, text: await readFile(real, 'utf8') });
  }
  return sources;
}
