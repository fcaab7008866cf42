/**
 * docs/manifest.md's reference table, generated from the JSON Schema (itself generated from the
 * manifest spec, `npm run schema`), so every key the schema knows is documented with its type,
 * whether it is required and what it means. It lives between `<!-- reference -->` and
 * `<!-- /reference -->`; nothing outside the markers is touched.
 *
 *   npx tsx scripts/generate-manifest-reference.ts           rewrite docs/manifest.md
 *   npx tsx scripts/generate-manifest-reference.ts --check   exit 1 when it is stale
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const MANIFEST_DOC = resolve(ROOT, 'docs/manifest.md');
const SCHEMA = resolve(ROOT, 'schema/msdeploy.schema.json');
const START = '<!-- reference -->';
const END = '<!-- /reference -->';

interface Schema {
  title?: string;
  description?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
}

interface Row {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

function typeOf(s: Schema): string {
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (s.type) return ([] as string[]).concat(s.type).join(' \\| ');
  if (s.anyOf ?? s.oneOf) return 'one of';
  return '';
}

/** `an environment name` → `<environment name>`: how a map's keys are written in a path. */
function keyPlaceholder(s: Schema | undefined): string {
  const title = s?.title?.replace(/^(an?|the) /, '') ?? 'name';
  return `<${title}>`;
}

function walk(s: Schema, path: string, required: boolean, rows: Map<string, Row>): void {
  if (path !== '' && !rows.has(path)) {
    rows.set(path, {
      path,
      type: typeOf(s),
      required,
      description: (s.description ?? s.title ?? '').replace(/\s+/g, ' ').trim(),
    });
  }
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    walk(child, path ? `${path}.${key}` : key, s.required?.includes(key) ?? false, rows);
  }
  if (typeof s.additionalProperties === 'object') {
    walk(s.additionalProperties, `${path}.${keyPlaceholder(s.propertyNames)}`, false, rows);
  }
  if (s.items) walk(s.items, `${path}[]`, false, rows);
  // Variants (a discriminated union, the manifest's two shapes): their keys under the same path.
  for (const variant of [...(s.anyOf ?? []), ...(s.oneOf ?? [])])
    walk(variant, path, required, rows);
}

export async function renderReference(): Promise<string> {
  const schema = JSON.parse(await readFile(SCHEMA, 'utf8')) as Schema;
  const rows = new Map<string, Row>();
  walk(schema, '', true, rows);
  const cell = (t: string) => t.replace(/\|/g, '\\|');
  const table = [
    '| key | type | required | meaning |',
    '| --- | --- | --- | --- |',
    ...[...rows.values()].map(
      (r) =>
        `| \`${cell(r.path)}\` | ${r.type} | ${r.required ? 'yes' : ''} | ${cell(r.description)} |`,
    ),
  ].join('\n');
  const options = (await prettier.resolveConfig(MANIFEST_DOC)) ?? {};
  return prettier.format(table, { ...options, parser: 'markdown' });
}

/** docs/manifest.md with the reference between the markers replaced. */
export async function renderManifestDoc(): Promise<{ current: string; next: string }> {
  const current = await readFile(MANIFEST_DOC, 'utf8');
  const a = current.indexOf(START);
  const b = current.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${MANIFEST_DOC} has no ${START} … ${END} markers.`);
  const next = `${current.slice(0, a + START.length)}\n\n${await renderReference()}\n${current.slice(b)}`;
  return { current, next };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { current, next } = await renderManifestDoc();
  if (process.argv.includes('--check')) {
    if (current !== next) {
      console.error(
        'docs/manifest.md reference is stale: run npx tsx scripts/generate-manifest-reference.ts',
      );
      process.exit(1);
    }
  } else if (current !== next) {
    await writeFile(MANIFEST_DOC, next);
  }
}
