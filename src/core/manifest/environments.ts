/** The manifest's `environments`, every default filled in (see docs/deploy.md). */
import type { SourceMap } from './issues.js';
import type { RawEnvironment, RawManifest } from './spec.js';
import type { EnvironmentSpec, HealthSpec, PlacementSpec } from './types.js';

type RawHealth = NonNullable<RawEnvironment['health']>;
/** A service placement as validated (its spec is built by a function, so it is spelt out here). */
interface RawPlacement {
  hosts?: string[];
  dir?: string;
  port?: number;
  unit?: string;
  config?: string[];
  start?: string;
  health?: RawHealth;
}

export const DEFAULT_KEEP = 5;
export const DEFAULT_PARALLEL = 4;

/** Requires a manifest without issues. */
export function environmentSpecs(raw: RawManifest, locs: SourceMap): EnvironmentSpec[] {
  return [...(raw.environments ?? [])].map(([name, env]) => {
    const hostNames = env.driver === 'ssh' && env.hosts ? [...env.hosts.keys()] : [];
    const base = {
      name,
      ...(env.stage !== undefined && { stage: env.stage }),
      services: [...(env.services ?? [])].map(([service, p]) =>
        placement(service, p as RawPlacement, hostNames),
      ),
      ...(env.start !== undefined && { start: env.start }),
      ...(env.health !== undefined && { health: healthSpec(env.health) }),
      secrets: env.secrets ?? [],
      keep: env.keep ?? DEFAULT_KEEP,
      pos: locs.key(['environments', name]),
    };
    switch (env.driver) {
      case 'local':
        return {
          ...base,
          driver: 'local',
          base: env.base!,
          ...(env['dpkg-root'] !== undefined && { dpkgRoot: env['dpkg-root'] }),
        };
      case 'ssh':
        return {
          ...base,
          driver: 'ssh',
          base: env.base!,
          parallel: env.parallel ?? DEFAULT_PARALLEL,
          hosts: [...(env.hosts ?? [])].map(([host, h]) => ({
            name: host,
            address: h.address!,
            user: h.user!,
            port: h.port ?? 22,
            knownHosts: h['known-hosts'] ?? [],
          })),
        };
      case 'command':
        return { ...base, driver: 'command', run: env.run!, env: env.env ?? [] };
    }
  });
}

function placement(service: string, p: RawPlacement, hostNames: string[]): PlacementSpec {
  const raw = p;
  return {
    service,
    hosts: raw.hosts ?? hostNames,
    dir: raw.dir ?? service,
    ...(raw.port !== undefined && { port: raw.port }),
    ...(raw.unit !== undefined && { unit: raw.unit }),
    ...(raw.config !== undefined && { config: raw.config }),
    ...(raw.start !== undefined && { start: raw.start }),
    ...(raw.health !== undefined && { health: healthSpec(raw.health) }),
  };
}

function healthSpec(h: RawHealth): HealthSpec {
  return {
    ...(h.url !== undefined && { url: h.url }),
    ...(h.command !== undefined && { command: h.command }),
    status: h.status ?? 200,
    timeoutSeconds: h['timeout-seconds'] ?? 5,
    intervalSeconds: h['interval-seconds'] ?? 2,
    retries: h.retries ?? 10,
  };
}
