/**
 * packArchive against the baseline `tar --sort=name -cf - DIR | gzip -6 | sha256sum`, on a
 * generated build output of ~1 GiB (thousands of small text files and a few large files of
 * mixed text and random data), in the same run. Each side runs twice; the best time counts.
 * Targets (issue #3): throughput ≥ baseline (ratio ≥ 1.0) and peak RSS ≤ 200 MB.
 *
 *   npx tsx bench/pack.bench.ts [--size-mb N] [--runs N]
 *
 * Our side runs in a child process (this file with --child) so its peak RSS is its own.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packArchive } from '../src/core/artifact/pack.js';

const MIB = 1024 * 1024;
const RSS_LIMIT_MB = 200;
const BASELINE = 'set -o pipefail; tar --sort=name -cf - -C "$1" . | gzip -6 | sha256sum';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number.`);
  return n;
}

/** Child mode: pack, then report time and peak RSS as one JSON line. */
async function child(dir: string, out: string): Promise<void> {
  const t0 = performance.now();
  const result = await packArchive(dir, out, { mtime: 1_700_000_000 });
  const ms = performance.now() - t0;
  const maxRssKb = process.resourceUsage().maxRSS;
  console.log(JSON.stringify({ ms, maxRssKb, digest: result.digest, size: result.size }));
}

/** Deterministic word text: compresses like source code and logs do (about 3-4×). */
function textPool(bytes: number): Buffer {
  const words = Array.from({ length: 4096 }, (_, i) => {
    const len = 2 + (((i * 2654435761) >>> 0) % 10);
    return Array.from({ length: len }, (_, j) =>
      String.fromCharCode(97 + ((i * 31 + j * 7) % 26)),
    ).join('');
  });
  let x = 0x9e3779b9;
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const w = words[(x >>> 0) % words.length]!;
    const sep = (x & 0xf) === 0 ? '\n' : ' ';
    parts.push(w, sep);
    size += w.length + 1;
  }
  return Buffer.from(parts.join('')).subarray(0, bytes);
}

/** ~30% of the bytes in many small files, the rest in four large files of mixed data. */
async function generate(dir: string, totalMb: number): Promise<number> {
  const pool = textPool(8 * MIB);
  const smallBytes = Math.round(totalMb * MIB * 0.3);
  let written = 0;
  for (let i = 0; written < smallBytes; i++) {
    const sub = join(dir, 'static', `d${String(i % 97).padStart(2, '0')}`, `m${i % 7}`);
    if (i < 97 * 7) mkdirSync(sub, { recursive: true });
    const size = 512 + ((i * 7919) % (60 * 1024));
    const off = (i * 104729) % (pool.length - size);
    writeFileSync(join(sub, `file-${i}.js`), pool.subarray(off, off + size));
    written += size;
  }
  const largeBytes = totalMb * MIB - written;
  mkdirSync(join(dir, 'lib'), { recursive: true });
  for (let f = 0; f < 4; f++) {
    const fh = await open(join(dir, 'lib', `blob-${f}.bin`), 'w');
    const target = Math.floor(largeBytes / 4);
    for (let pos = 0, block = 0; pos < target; block++) {
      const n = Math.min(MIB, target - pos);
      const off = (block * 1_000_003) % (pool.length - n);
      await fh.write(block % 2 === 0 ? pool.subarray(off, off + n) : randomBytes(n));
      pos += n;
    }
    await fh.close();
    written += target;
  }
  return written;
}

function run(cmd: string, args: string[]): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`));
      else resolvePromise({ ms: performance.now() - t0, stdout });
    });
  });
}

async function main(): Promise<void> {
  const sizeMb = flag('--size-mb', 1024);
  const runs = flag('--runs', 2);
  const work = mkdtempSync(join(tmpdir(), 'msdeploy-pack-bench-'));
  let pass = false;
  try {
    const dir = join(work, 'out');
    mkdirSync(dir);
    console.log(`generating ~${sizeMb} MiB build output in ${dir} …`);
    const bytes = await generate(dir, sizeMb);
    const self = fileURLToPath(import.meta.url);
    let baseMs = Infinity;
    let ours = { ms: Infinity, maxRssKb: 0, digest: '', size: 0 };
    for (let r = 0; r < runs; r++) {
      const base = await run('bash', ['-c', BASELINE, 'bench', dir]);
      baseMs = Math.min(baseMs, base.ms);
      const out = join(work, `ours-${r}.tar.gz`);
      const child = await run(process.execPath, [...process.execArgv, self, '--child', dir, out]);
      const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as typeof ours;
      if (ours.digest && report.digest !== ours.digest) {
        throw new Error(`Two packs of the same tree differ: ${ours.digest} vs ${report.digest}`);
      }
      ours = {
        ...report,
        ms: Math.min(ours.ms, report.ms),
        maxRssKb: Math.max(ours.maxRssKb, report.maxRssKb),
      };
      rmSync(out);
    }
    const mbps = (ms: number) => bytes / MIB / (ms / 1000);
    const ratio = mbps(ours.ms) / mbps(baseMs);
    const rssMb = ours.maxRssKb / 1024;
    console.log(`input: ${(bytes / MIB).toFixed(0)} MiB; best of ${runs} runs each`);
    console.log(
      `baseline tar|gzip -6|sha256sum: ${mbps(baseMs).toFixed(1)} MiB/s (${baseMs.toFixed(0)} ms)`,
    );
    console.log(
      `packArchive:                    ${mbps(ours.ms).toFixed(1)} MiB/s (${ours.ms.toFixed(0)} ms), ` +
        `${(ours.size / MIB).toFixed(1)} MiB, ${ours.digest}`,
    );
    console.log(`ratio ours/baseline: ${ratio.toFixed(2)} (target ≥ 1.00)`);
    console.log(`peak RSS: ${rssMb.toFixed(0)} MB (target ≤ ${RSS_LIMIT_MB} MB)`);
    pass = ratio >= 1 && rssMb <= RSS_LIMIT_MB;
    console.log(pass ? 'PASS' : 'FAIL');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (!pass) process.exitCode = 1;
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else await main();
