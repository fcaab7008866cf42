// Bundle every action entry (src/actions/<name>/index.ts) and the CLI into dist/<name>/ with
// esbuild: index.js plus the chunks it imports on demand, a package.json marking them ESM, and
// licenses.txt for every package inside.
// `--out <dir>` writes elsewhere (the dist freshness check bundles into a temp dir and diffs).
//
// Why esbuild and not ncc (measured in bench/startup.bench.ts, same machine, same run): ncc's
// webpack runtime links every module through its async-module wrapper and cannot tree-shake
// what it concatenates, so detect-changed-service started in 2.74× `node -e 0`; the same sources
// through esbuild start in 2.40×, and every other action gains the same 10–15 ms.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outIdx = process.argv.indexOf('--out');
const outRoot = outIdx > 0 ? process.argv[outIdx + 1] : 'dist';
const entries = readdirSync('src/actions', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('src/actions', d.name, 'index.ts')))
  .map((d) => ({ name: d.name, entry: join('src/actions', d.name, 'index.ts') }))
  .sort((a, b) => (a.name < b.name ? -1 : 1));
entries.push({ name: 'cli', entry: 'src/cli/index.ts' });

// CommonJS packages inside an ESM bundle call require() for Node built-ins: give them one.
const REQUIRE_SHIM = [
  "import { createRequire as __msdeployCreateRequire } from 'node:module';",
  'const require = __msdeployCreateRequire(import.meta.url);',
].join('\n');

for (const { name, entry } of entries) {
  const out = join(outRoot, name);
  rmSync(out, { recursive: true, force: true });
  let result;
  try {
    result = await build({
      entryPoints: { index: entry },
      outdir: out,
      bundle: true,
      // Chunks beside index.js: code that finds files relative to its own module (package.json,
      // the CLI next to run-cli) sees the same layout from every chunk.
      splitting: true,
      chunkNames: '[name]-[hash]',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      banner: { js: REQUIRE_SHIM },
      metafile: true,
      logLevel: 'warning',
    });
  } catch {
    console.error(`bundle: esbuild failed for ${entry}`);
    process.exit(1);
  }
  writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n');
  writeFileSync(join(out, 'licenses.txt'), licenses(result.metafile));
  console.log(`bundled ${entry} → ${out}/index.js`);
}

/** name, version, license and license text of every package the bundle holds, by name. */
function licenses(metafile) {
  const roots = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const root = packageRoot(input);
    if (root) roots.add(root);
  }
  const packages = [...roots]
    .map((root) => ({ root, ...JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  const seen = new Set();
  const parts = [];
  for (const p of packages) {
    const id = `${p.name}@${p.version}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const license = typeof p.license === 'string' ? p.license : (p.license?.type ?? 'UNKNOWN');
    parts.push(`${id}\n${license}\n${licenseText(p.root)}`.trimEnd());
  }
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}

/** The package an input file belongs to: node_modules/<name> or node_modules/@scope/<name>. */
function packageRoot(input) {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  return parts.slice(0, at + (parts[at + 1].startsWith('@') ? 3 : 2)).join('/');
}

function licenseText(root) {
  const file = readdirSync(root)
    .filter((f) => /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i.test(f))
    .sort()[0];
  return file ? readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n') : '';
}
