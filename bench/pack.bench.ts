/**
 * packArchive against `tar --sort=name -cf - DIR | gzip -6 | sha256sum`, with
 * `tar | pigz -6 -p 2 | sha256sum` as the 2-core yardstick, on a generated build output: copies
 * of a node_modules-like tree (~60k small files of source-like text) plus large incompressible
 * files. The tree is deterministic (seeded), so every run and every machine packs the same bytes.
 * The sides run interleaved, in a rotating order, --runs times; figures are medians.
 *
 * Targets (issue 11): packArchive ≥ 1.5× the gzip pipeline's throughput; peak RSS ≤ 200 MB; the
 * same digest on every run.
 *
 *   npx tsx bench/pack.bench.ts [--copies N] [--large-mb N] [--runs N] [--tree DIR]
 *
 * --tree keeps the generated tree in DIR (generated there when DIR does not exist yet) for the
 * next run, and for profiling (`node --cpu-prof <bundle>/index.js DIR OUT`).
 *
 * Our side is support/pack-child.ts bundled by esbuild and run by plain node, as the actions run:
 * its peak RSS is the packer's own, not the TypeScript loader's (tsx adds ~35 MB).
 */
import { build } from 'esbuild';
import { createCipheriv } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIB, Targets, median, numberFlag, printTable, timedRun } from './support/measure.js';

const SPEED_TARGET = 1.5;
const RSS_LIMIT_MB = 200;
const GZIP = 'set -o pipefail; tar --sort=name -cf - -C "$1" . | gzip -6 | sha256sum';
const PIGZ = 'set -o pipefail; tar --sort=name -cf - -C "$1" . | pigz -6 -p 2 | sha256sum';

interface ChildReport {
  ms: number;
  maxRssKb: number;
  digest: string;
  size: number;
}

/** Bundles support/pack-child.ts into `out` as scripts/bundle.mjs does; returns the entry. */
async function bundleChild(out: string): Promise<string> {
  const outfile = join(out, 'index.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('support/pack-child.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

/** xorshift32: the tree's shape and sizes are the same on every machine. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

/** Source-like text (identifiers, punctuation, indentation) that gzip -6 shrinks about 4×. */
function textPool(bytes: number): Buffer {
  const rand = prng(0x9e3779b9);
  const words = Array.from({ length: 3000 }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 10) }, () =>
      String.fromCharCode(97 + Math.floor(rand() * 26)),
    ).join(''),
  );
  const punct = [' = ', '(', ') {\n', ';\n', ', ', '.', ' => ', '}\n', '  ', '    return '];
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const w = words[Math.floor(rand() ** 2 * words.length)]!; // some words far more common
    const p = punct[Math.floor(rand() * punct.length)]!;
    parts.push(w, p);
    size += w.length + p.length;
  }
  return Buffer.from(parts.join('')).subarray(0, bytes);
}

/** Deterministic incompressible bytes: an AES-CTR keystream. */
function noise(bytes: number, seed: number): Buffer {
  const key = Buffer.alloc(16, seed);
  return createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(bytes));
}

interface TemplateFile {
  path: string;
  size: number;
  offset: number;
}

/**
 * One node_modules: packages with a manifest, a readme, a licence and a lib/ of modules whose
 * sizes are log-normal around 2 KB (a few bundles of 50–300 KB), about 6,000 files in all.
 */
function nodeModulesTemplate(poolSize: number): TemplateFile[] {
  const rand = prng(42);
  const files: TemplateFile[] = [];
  const add = (path: string, size: number) =>
    files.push({ path, size, offset: Math.floor(rand() * (poolSize - size)) });
  for (let p = 0; p < 150; p++) {
    const pkg = `pkg-${p.toString(36)}${p % 5 === 0 ? `/node_modules/dep-${p}` : ''}`;
    add(`${pkg}/package.json`, 400 + Math.floor(rand() * 1200));
    add(`${pkg}/README.md`, 1000 + Math.floor(rand() * 12_000));
    add(`${pkg}/LICENSE`, 1070);
    const modules = 5 + Math.floor(rand() * 65);
    for (let m = 0; m < modules; m++) {
      const normal = Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand());
      const size =
        rand() < 0.02
          ? 50_000 + Math.floor(rand() * 250_000)
          : Math.min(200_000, Math.max(40, Math.round(Math.exp(Math.log(2000) + 1.1 * normal))));
      const dir = m % 3 === 0 ? 'lib' : m % 3 === 1 ? 'lib/internal' : 'dist';
      add(`${pkg}/${dir}/module-${m}.${m % 4 === 3 ? 'd.ts' : 'js'}`, size);
    }
  }
  return files;
}

/** `copies` of the node_modules template and `largeMb` MiB in files of 64 MiB of noise. */
function generate(dir: string, copies: number, largeMb: number): { bytes: number; files: number } {
  mkdirSync(dir, { recursive: true });
  const pool = textPool(8 * MIB);
  const template = nodeModulesTemplate(pool.length);
  let bytes = 0;
  let files = 0;
  for (let c = 0; c < copies; c++) {
    const root = join(dir, `apps/app-${c}/node_modules`);
    for (const f of template) {
      const path = join(root, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, pool.subarray(f.offset, f.offset + f.size));
      bytes += f.size;
      files++;
    }
  }
  mkdirSync(join(dir, 'assets'), { recursive: true });
  for (let i = 0, left = largeMb * MIB; left > 0; i++) {
    const size = Math.min(64 * MIB, left);
    const fd = openSync(join(dir, `assets/blob-${i}.bin`), 'w');
    for (let done = 0; done < size; done += 8 * MIB) {
      writeSync(fd, noise(Math.min(8 * MIB, size - done), i * 1000 + done / (8 * MIB)));
    }
    closeSync(fd);
    bytes += size;
    files++;
    left -= size;
  }
  return { bytes, files };
}

/** Files and bytes of a tree kept from an earlier run. */
function measureTree(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

function stringFlag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function main(): Promise<void> {
  const copies = numberFlag('--copies', 10);
  const largeMb = numberFlag('--large-mb', 192);
  const runs = numberFlag('--runs', 3);
  const work = mkdtempSync(join(tmpdir(), 'msdeploy-pack-bench-'));
  const targets = new Targets();
  await timedRun(['bash', '-c', 'command -v pigz']).catch(() => {
    throw new Error('pigz is missing: the 2-core yardstick. Install it: sudo apt-get install pigz');
  });
  try {
    const kept = stringFlag('--tree');
    const dir = kept ?? join(work, 'out');
    const tree = existsSync(dir) ? measureTree(dir) : generate(dir, copies, largeMb);
    await timedRun(['sync']); // written pages flushed before anything is timed
    console.log(
      `tree: ${tree.files} files, ${(tree.bytes / MIB).toFixed(0)} MiB (${copies} node_modules copies + ${largeMb} MiB incompressible)`,
    );
    const child = await bundleChild(join(work, 'pack-child'));

    const samples = { gzip: [] as number[], pigz: [] as number[], ours: [] as number[] };
    const digests = new Set<string>();
    let maxRssKb = 0;
    let size = 0;
    const sides: Record<keyof typeof samples, (r: number) => Promise<number>> = {
      gzip: async () => (await timedRun(['bash', '-c', GZIP, 'bench', dir])).ms,
      pigz: async () => (await timedRun(['bash', '-c', PIGZ, 'bench', dir])).ms,
      ours: async (r) => {
        const out = join(work, `ours-${r}.tar.gz`);
        const run = await timedRun([process.execPath, child, dir, out]);
        rmSync(out);
        const report = JSON.parse(run.stdout.trim().split('\n').pop()!) as ChildReport;
        digests.add(report.digest);
        maxRssKb = Math.max(maxRssKb, report.maxRssKb);
        size = report.size;
        return report.ms;
      },
    };
    const order = Object.keys(sides) as (keyof typeof samples)[];
    for (let r = 0; r < runs; r++) {
      // Rotate who goes first, so a drift in machine load falls on every side alike.
      for (let i = 0; i < order.length; i++) {
        const side = order[(r + i) % order.length]!;
        samples[side].push(await sides[side](r));
      }
    }
    const mbps = (ms: number) => tree.bytes / MIB / (ms / 1000);
    const base = median(samples.gzip);
    const row = (name: string, xs: number[]) => [
      name,
      `${(median(xs) / 1000).toFixed(2)} s`,
      `${mbps(median(xs)).toFixed(1)} MiB/s`,
      `${(base / median(xs)).toFixed(2)}×`,
    ];
    printTable([
      ['side', 'median', 'throughput', 'speed vs gzip pipeline'],
      row('tar | gzip -6 | sha256sum', samples.gzip),
      row('tar | pigz -6 -p 2 | sha256sum (2 cores)', samples.pigz),
      row('packArchive', samples.ours),
    ]);
    for (const [side, xs] of Object.entries(samples)) {
      console.log(`${side} runs: ${xs.map((ms) => (ms / 1000).toFixed(1)).join(' ')} s`);
    }
    console.log(
      `median of ${runs} interleaved runs; archive ${(size / MIB).toFixed(1)} MiB, ${[...digests].join(', ')}`,
    );
    const speed = base / median(samples.ours);
    targets.check(
      'speed vs gzip pipeline',
      speed >= SPEED_TARGET,
      `${speed.toFixed(2)}×`,
      `≥ ${SPEED_TARGET}×`,
    );
    const rssMb = maxRssKb / 1024;
    targets.check(
      'peak RSS',
      rssMb <= RSS_LIMIT_MB,
      `${rssMb.toFixed(0)} MB`,
      `≤ ${RSS_LIMIT_MB} MB`,
    );
    targets.check('digest on every run', digests.size === 1, `${digests.size} distinct`, '1');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  targets.exit();
}

await main();
