/** The manifest (`msdeploy.yml`): parse, validate with exact locations, and its JSON Schema. */
export {
  DEFAULT_MANIFEST_FILE,
  ManifestError,
  formatIssue,
  loadManifestOrThrow,
  parseManifest,
} from './load.js';
export { MANIFEST_SCHEMA_ID, manifestJsonSchema, renderManifestSchema } from './json-schema.js';
export { NAME_PATTERN } from './spec.js';
export type * from './types.js';
