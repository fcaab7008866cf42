/** The manifest (`msdeploy.yml`): parse, validate with exact locations, and its JSON Schema. */
export {
  DEFAULT_MANIFEST_FILE,
  MAX_MANIFEST_BYTES,
  ManifestError,
  manifestTooLarge,
  formatIssue,
} from './problems.js';
export { loadManifestOrThrow, parseManifest } from './load.js';
export { MANIFEST_SCHEMA_ID, manifestJsonSchema, renderManifestSchema } from './json-schema.js';
export { NAME_PATTERN } from './spec.js';
export type * from './types.js';
