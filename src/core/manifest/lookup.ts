/** Finding a service by the name a user typed, with a suggestion when it is misspelt. */
import type { Manifest, ServiceSpec } from './types.js';
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
