/** Finding a service by the name a user typed, with a suggestion when it is misspelt. */
import type { EnvironmentSpec, Manifest, PlacementSpec, ServiceSpec } from './types.js';
import { closest } from './suggest.js';

export class UnknownServiceError extends Error {}

export function serviceByName(manifest: Manifest, name: string): ServiceSpec {
  const service = manifest.services.find((s) => s.name === name);
  if (service) return service;
  const names = manifest.services.map((s) => s.name);
  const near = closest(name, names);
  throw new UnknownServiceError(
    `No service "${name}" in ${manifest.file}${near ? ` — did you mean "${near}"?` : ''}. Services: ${names.join(', ')}.`,
  );
}

/** An environment by the name a user typed, refused (with a suggestion) before anything is touched. */
export function environmentByName(manifest: Manifest, name: string): EnvironmentSpec {
  const env = manifest.environments.find((e) => e.name === name);
  if (env) return env;
  const names = manifest.environments.map((e) => e.name);
  const near = closest(name, names);
  throw new UnknownServiceError(
    names.length === 0
      ? `No environment "${name}": ${manifest.file} declares no \`environments\` (see docs/deploy.md).`
      : `No environment "${name}" in ${manifest.file}${near ? ` — did you mean "${near}"?` : ''}. Environments: ${names.join(', ')}.`,
  );
}

/** Where `service` is placed in `env`, refused when the environment does not deploy it. */
export function placementOf(env: EnvironmentSpec, service: string): PlacementSpec {
  const p = env.services.find((x) => x.service === service);
  if (p) return p;
  throw new UnknownServiceError(
    `Environment "${env.name}" does not deploy ${service}: it places ${env.services.map((x) => x.service).join(', ')}. Add ${service} under \`environments.${env.name}.services\`.`,
  );
}
