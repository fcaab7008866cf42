/**
 * pack.bench.ts's own side, bundled by esbuild and run by plain node as the actions are: its peak
 * RSS is the packer's, not a TypeScript loader's. Prints one JSON line.
 *
 *   node <bundle>/index.js <dir> <out.tar.gz>
 */
import { packArchive } from '../../src/core/artifact/pack.js';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: pack-child <dir> <out.tar.gz>');
const t0 = performance.now();
const result = await packArchive(dir, out, { mtime: 1_700_000_000 });
const ms = performance.now() - t0;
console.log(
  JSON.stringify({
    ms,
    maxRssKb: process.resourceUsage().maxRSS,
    digest: result.digest,
    size: result.size,
  }),
);
