// Bundle every action entry (src/actions/<name>/index.ts) and the CLI with ncc into dist/<name>/.
// `--out <dir>` writes elsewhere (the dist freshness check bundles into a temp dir and diffs).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const outIdx = process.argv.indexOf('--out');
const outRoot = outIdx > 0 ? process.argv[outIdx + 1] : 'dist';
const entries = readdirSync('src/actions', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('src/actions', d.name, 'index.ts')))
  .map((d) => ({ name: d.name, entry: join('src/actions', d.name, 'index.ts') }));
entries.push({ name: 'cli', entry: 'src/cli/index.ts' });

for (const { name, entry } of entries) {
  const out = join(outRoot, name);
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      out,
      '--quiet',
      '--license',
      'licenses.txt',
    ],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) {
    console.error(`bundle: ncc failed for ${entry}`);
    process.exit(r.status ?? 1);
  }
  console.log(`bundled ${entry} → ${out}/index.js`);
}
