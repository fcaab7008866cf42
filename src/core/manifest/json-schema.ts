/**
 * The JSON Schema (draft 2020-12) of `msdeploy.yml`, generated from the same spec that drives
 * validation, for editors (yaml-language-server) and other tools. The loader checks more than
 * the schema can say (globs, references, cycles); the schema never accepts a key the loader rejects.
 */
import {
  INSIDE_REPO_PATTERN,
  NAME_PATTERN,
  exampleManifest,
  manifestSpec,
  nameDoc,
  variantSpec,
  type Spec,
} from './spec.js';

/** Where the published schema lives; editors use it as the schema's identity. */
export const MANIFEST_SCHEMA_ID =
  'https://raw.githubusercontent.com/msdeploy/msdeploy/main/schema/msdeploy.schema.json';

type Schema = Record<string, unknown>;

export function manifestJsonSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: MANIFEST_SCHEMA_ID,
    ...toSchema(manifestSpec),
    examples: [exampleManifest],
  };
}

/** The schema file's exact content: 2-space JSON and a final newline. */
export function renderManifestSchema(): string {
  return `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`;
}

/** The schema of one spec node; exported so tests can check a node the manifest does not use yet. */
export function toSchema(spec: Spec): Schema {
  const doc: Schema = { title: spec.title, description: spec.description };
  // Annotations go last: `default`, then `examples`.
  const annotations = {
    ...(spec.default !== undefined && { default: spec.default }),
    ...(spec.examples && { examples: [...spec.examples] }),
  };
  switch (spec.kind) {
    case 'string': {
      const pattern =
        spec.format === 'name'
          ? NAME_PATTERN
          : spec.format === 'dir' || spec.format === 'pattern'
            ? INSIDE_REPO_PATTERN // also right relative to a service: no `..`, not absolute
            : spec.pattern;
      return { ...doc, type: 'string', minLength: 1, ...(pattern && { pattern }), ...annotations };
    }
    case 'number':
      return {
        ...doc,
        type: spec.integer ? 'integer' : 'number',
        ...(spec.min !== undefined && { minimum: spec.min }),
        ...(spec.max !== undefined && { maximum: spec.max }),
        ...annotations,
      };
    case 'boolean':
      return { ...doc, type: 'boolean', ...annotations };
    case 'enum':
      return { ...doc, type: 'string', enum: [...spec.values], ...annotations };
    case 'const':
      return { ...doc, const: spec.value, ...annotations };
    case 'list':
      return {
        ...doc,
        type: 'array',
        items: toSchema(spec.items),
        ...(spec.unique && { uniqueItems: true }),
        ...(spec.minItems !== undefined && { minItems: spec.minItems }),
        ...annotations,
      };
    case 'map': {
      const key = nameDoc(spec.entry);
      return {
        ...doc,
        type: 'object',
        ...(spec.minEntries !== undefined && { minProperties: spec.minEntries }),
        propertyNames: { title: key.title, description: key.description, pattern: NAME_PATTERN },
        additionalProperties: toSchema(spec.values),
        ...annotations,
      };
    }
    case 'object': {
      const properties = Object.fromEntries(
        Object.entries(spec.fields).map(([key, field]) => [key, toSchema(field)]),
      );
      return {
        ...doc,
        type: 'object',
        properties,
        ...(spec.required?.length && { required: [...spec.required] }),
        ...(spec.requireOneOf && {
          anyOf: spec.requireOneOf.keys.map((k) => ({ required: [k] })),
        }),
        additionalProperties: false,
        ...annotations,
      };
    }
    case 'union':
      // Each branch requires its own `const` discriminator, so exactly one can match and an
      // editor reports the errors of the branch the user picked.
      return {
        ...doc,
        oneOf: Object.keys(spec.variants).map((value) => toSchema(variantSpec(spec, value))),
        ...annotations,
      };
  }
}
