import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  MANIFEST_SCHEMA_ID,
  manifestJsonSchema,
  parseManifest,
  renderManifestSchema,
} from '../../../src/core/manifest/index.js';
import {
  INSIDE_REPO_PATTERN,
  exampleManifest,
  manifestSpec,
  type Spec,
} from '../../../src/core/manifest/spec.js';

const repoFile = (path: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');

type Schema = Record<string, unknown>;

/** Every object schema in the tree (union branches included), with its JSON pointer-ish path. */
function objectSchemas(schema: Schema, at = '#'): [string, Schema][] {
  const found: [string, Schema][] = schema.type === 'object' ? [[at, schema]] : [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'examples' || key === 'default' || value === null || typeof value !== 'object') {
      continue;
    }
    if (key === 'properties') {
      for (const [name, sub] of Object.entries(value as Record<string, Schema>)) {
        found.push(...objectSchemas(sub, `${at}/properties/${name}`));
      }
    } else if (key === 'oneOf') {
      (value as Schema[]).forEach((sub, i) =>
        found.push(...objectSchemas(sub, `${at}/oneOf/${i}`)),
      );
    } else if (!Array.isArray(value)) {
      found.push(...objectSchemas(value as Schema, `${at}/${key}`));
    }
  }
  return found;
}

describe('manifestJsonSchema', () => {
  const schema = manifestJsonSchema();

  it('is the committed schema/msdeploy.schema.json (run `npx tsx scripts/generate-schema.ts`)', () => {
    expect(repoFile('schema/msdeploy.schema.json')).toBe(renderManifestSchema());
  });

  it('declares draft 2020-12 and its $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(MANIFEST_SCHEMA_ID);
  });

  it('closes every object: fixed-key ones list properties, name maps constrain their keys', () => {
    for (const [at, object] of objectSchemas(schema)) {
      if (object.properties) {
        expect([at, object.additionalProperties]).toEqual([at, false]);
      } else {
        expect([at, (object.propertyNames as Schema | undefined)?.pattern]).toEqual([
          at,
          '^[a-z0-9][a-z0-9-]{0,62}$',
        ]);
      }
      expect([at, typeof object.title, typeof object.description]).toEqual([
        at,
        'string',
        'string',
      ]);
    }
  });

  it('has exactly the keys the loader accepts', () => {
    const top = schema.properties as Record<string, Schema>;
    expect(Object.keys(top)).toEqual(Object.keys(manifestSpec.fields));
    const service = (top.services!.additionalProperties as Schema).properties as Schema;
    expect(Object.keys(service)).toEqual(['path', 'include', 'depends-on', 'build', 'pipeline']);
    // A key the schema does not list is one the loader rejects.
    const r = parseManifest('services:\n  a: {path: a, dockerfile: x}\n');
    expect(r.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Unknown key `dockerfile`/),
    ]);
  });

  it('encodes "services or name" and the required path', () => {
    expect(schema.anyOf).toEqual([{ required: ['services'] }, { required: ['name'] }]);
    const top = schema.properties as Record<string, Schema>;
    expect((top.libraries!.additionalProperties as Schema).required).toEqual(['path']);
    expect((top['release-groups']!.additionalProperties as Schema).minItems).toBe(2);
  });

  it('keeps paths inside the repository with a pattern an editor can evaluate', () => {
    const inside = new RegExp(INSIDE_REPO_PATTERN);
    for (const ok of ['services/a', '.', '!docs/**', '.github/workflows/**', 'a..b/c']) {
      expect([ok, inside.test(ok)]).toEqual([ok, true]);
    }
    for (const bad of ['/etc', '~/x', 'C:/x', '../x', 'a/../b', '!../x', 'a\\b', 'a/..']) {
      expect([bad, inside.test(bad)]).toEqual([bad, false]);
    }
  });

  it('publishes an example that the loader accepts', () => {
    expect(schema.examples).toEqual([exampleManifest]);
    const text = JSON.stringify(exampleManifest); // JSON is YAML
    expect(parseManifest(text).issues).toEqual([]);
  });
});

describe('docs/manifest.md', () => {
  const docs = repoFile('docs/manifest.md');

  it('documents every key of the spec', () => {
    const keys = new Set<string>();
    const collect = (spec: Spec) => {
      if (spec.kind === 'object') {
        for (const [k, v] of Object.entries(spec.fields)) {
          keys.add(k);
          collect(v);
        }
      }
      if (spec.kind === 'union') {
        keys.add(spec.discriminator);
        Object.values(spec.variants).forEach(collect);
      }
      if (spec.kind === 'map') collect(spec.values);
      if (spec.kind === 'list') collect(spec.items);
    };
    collect(manifestSpec);
    for (const key of keys) expect([key, docs.includes(`\`${key}\``)]).toEqual([key, true]);
  });

  it('shows example manifests that are valid', () => {
    const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) expect([block, parseManifest(block).issues]).toEqual([block, []]);
  });
});
