/**
 * Writes schema/msdeploy.schema.json from the manifest spec.
 *   npx tsx scripts/generate-schema.ts          regenerate
 *   npx tsx scripts/generate-schema.ts --check  exit 1 when the committed file is stale (CI)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderManifestSchema } from '../src/core/manifest/json-schema.js';

const target = fileURLToPath(new URL('../schema/msdeploy.schema.json', import.meta.url));
const wanted = renderManifestSchema();

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current !== wanted) {
    console.error(
      `${current === undefined ? 'Missing' : 'Stale'} schema/msdeploy.schema.json: run ` +
        '`npx tsx scripts/generate-schema.ts` and commit the result.',
    );
    process.exit(1);
  }
  console.log('schema/msdeploy.schema.json is up to date.');
} else {
  await writeFile(target, wanted);
  console.log('Wrote schema/msdeploy.schema.json.');
}
