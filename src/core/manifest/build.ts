/** Turns a manifest that passed every check into the `Manifest` the rest of msdeploy uses. */
import type { SourceMap, ValuePath } from './issues.js';
import { dirPattern, escapeGlob, normaliseDir, normalisePattern } from './paths.js';
import { environmentSpecs } from './environments.js';
import { ledgerSpec, serviceStages } from './pipeline.js';
import type { RawBuild, RawComponent, RawManifest, RawServicePipeline } from './spec.js';
import type { BuildSpec, LibrarySpec, Manifest, ServiceSpec } from './types.js';

/** Requires a manifest without issues: every required value is then present. */
export function buildManifest(raw: RawManifest, file: string, locs: SourceMap): Manifest {
  const component = (key: 'libraries' | 'services') => {
    return ([name, c]: [
      string,
      RawComponent & { build?: RawBuild; pipeline?: RawServicePipeline },
    ]): ServiceSpec & LibrarySpec => {
      if (c.path === undefined)
        throw new Error(`internal: ${key}.${name} has no path after validation`);
      const path = normaliseDir(c.path);
      const at = [key, name];
      return {
        name,
        path,
        patterns: [dirPattern(path), ...(c.include ?? []).map(normalisePattern)],
        dependsOn: c['depends-on'] ?? [],
        pos: locs.key(at),
        sources: {
          path: locs.value([...at, 'path']),
          include: (c.include ?? []).map((pattern, i) => ({
            pattern,
            pos: locs.value([...at, 'include', i]),
          })),
        },
        ...(c.build && { build: buildSpec(name, c.build, [...at, 'build'], locs) }),
        stages: serviceStages(raw.pipeline, c.pipeline, at, locs),
      };
    };
  };
  const services: ServiceSpec[] = raw.services
    ? [...raw.services].map(component('services'))
    : [singleService(raw, locs)];
  const manifestPattern = escapeGlob(normaliseDir(file.replace(/\\/g, '/')));
  const global = [manifestPattern, ...(raw.global ?? []).map(normalisePattern)];
  return {
    file,
    ...(raw.name !== undefined && { name: raw.name }),
    services,
    libraries: [...(raw.libraries ?? [])].map(component('libraries')),
    global: [...new Set(global)],
    releaseGroups: [...(raw['release-groups'] ?? [])].map(([name, members]) => ({
      name,
      services: members,
    })),
    ledger: ledgerSpec(raw.pipeline),
    environments: environmentSpecs(raw, locs),
  };
}

/** Without a `services` map the whole repository is one service, named after the project. */
function singleService(raw: RawManifest, locs: SourceMap): ServiceSpec {
  if (raw.name === undefined) throw new Error('internal: single-service manifest without a name');
  return {
    name: raw.name,
    path: '.',
    patterns: ['**'],
    dependsOn: [],
    pos: locs.value(['name']),
    ...(raw.build && { build: buildSpec(raw.name, raw.build, ['build'], locs) }),
    stages: serviceStages(raw.pipeline, undefined, ['name'], locs),
  };
}

/** A complete `BuildSpec`: every default filled in, so builders never guess. */
function buildSpec(service: string, b: RawBuild, at: ValuePath, locs: SourceMap): BuildSpec {
  if (b.run === undefined || b.output === undefined) {
    throw new Error(`internal: ${at.join('.')} has no run or output after validation`);
  }
  const kind = b.kind ?? 'archive';
  const spec: BuildSpec = {
    run: b.run,
    output: normaliseDir(b.output),
    kind,
    ...(b.version !== undefined && { version: b.version }),
    tests: (b.tests ?? []).map(normalisePattern),
    env: b.env ?? [],
    pos: locs.key(at),
  };
  if (kind !== 'deb') return spec;
  const deb = b.deb;
  if (deb?.maintainer === undefined) {
    throw new Error(`internal: ${at.join('.')} builds a deb without a maintainer after validation`);
  }
  return {
    ...spec,
    deb: {
      package: deb.package ?? service,
      maintainer: deb.maintainer,
      description: deb.description ?? `${service} service (built by msdeploy)`,
      depends: deb.depends ?? [],
      architecture: deb.architecture ?? 'all',
      // `/opt//x/` → `/opt/x`: one spelling for the path the package installs into.
      prefix: (deb.prefix ?? `/opt/${service}`).replace(/\/+/g, '/').replace(/(.)\/$/, '$1'),
    },
  };
}
