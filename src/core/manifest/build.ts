/** Turns a manifest that passed every check into the `Manifest` the rest of msdeploy uses. */
import type { SourceMap } from './issues.js';
import { dirPattern, escapeGlob, normaliseDir, normalisePattern } from './paths.js';
import type { RawComponent, RawManifest } from './spec.js';
import type { LibrarySpec, Manifest, ServiceSpec } from './types.js';

/** Requires a manifest without issues: every required value is then present. */
export function buildManifest(raw: RawManifest, file: string, locs: SourceMap): Manifest {
  const component = (key: 'libraries' | 'services') => {
    return ([name, c]: [string, RawComponent]): ServiceSpec & LibrarySpec => {
      if (c.path === undefined)
        throw new Error(`internal: ${key}.${name} has no path after validation`);
      const path = normaliseDir(c.path);
      return {
        name,
        path,
        patterns: [dirPattern(path), ...(c.include ?? []).map(normalisePattern)],
        dependsOn: c['depends-on'] ?? [],
        pos: locs.key([key, name]),
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
  };
}

/** Without a `services` map the whole repository is one service, named after the project. */
function singleService(raw: RawManifest, locs: SourceMap): ServiceSpec {
  if (raw.name === undefined) throw new Error('internal: single-service manifest without a name');
  return { name: raw.name, path: '.', patterns: ['**'], dependsOn: [], pos: locs.value(['name']) };
}
