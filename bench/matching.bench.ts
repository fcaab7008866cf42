/**
 * PathIndex against the naive every-pattern-of-every-owner scan (the loop paths-filter runs, but
 * with our compiled globs: it is not paths-filter, which bench/detect.bench.ts runs itself), on a
 * synthetic monorepo: services/<name>/..., libs/<name>/..., docs, root files.
 *
 *   npx tsx bench/matching.bench.ts
 *
 * Times are build + every lookup, median of several runs after one cold run (also shown); the
 * naive scan is the median of several runs too. Targets are ratios: index time ÷ naive time, both
 * from this run. For the large case the naive scan runs on a uniform sample of the paths and is
 * extrapolated (marked `~`): a full scan would take the better part of an hour, and the naive
 * scan does the same work for every path (every pattern of every owner), so its time is linear in
 * the paths by construction. Exits 1 when results differ or a target is missed.
 */
import { performance } from 'node:perf_hooks';
import { naiveOwnersOf, PathIndex, type Owner } from '../src/core/paths/path-index.js';
import { median, Verdicts } from './support/measure.js';

interface Case {
  name: string;
  owners: number;
  paths: number;
  /** Index time (build included) ≤ this × the naive scan's time. */
  target: number;
  /** How many paths the naive scan runs on (the rest is extrapolated). */
  naiveSample: number;
}

const CASES: Case[] = [
  {
    name: '500 owners x 20,000 paths',
    owners: 500,
    paths: 20_000,
    target: 0.05,
    naiveSample: 20_000,
  },
  {
    name: '5,000 owners x 100,000 paths',
    owners: 5_000,
    paths: 100_000,
    target: 0.01,
    naiveSample: 2_000,
  },
];
const RUNS = 7;
/** The naive scan is slow: fewer runs, still a median. */
const NAIVE_RUNS = 3;

/** mulberry32: a tiny seeded PRNG so every run sees the same repository. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function monorepo(ownerCount: number, pathCount: number, seed: number) {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const services = Array.from({ length: ownerCount - 1 }, (_, i) => `svc-${i.toString(36)}`);
  const libs = Array.from({ length: Math.max(4, ownerCount / 10) }, (_, i) => `lib-${i}`);

  const owners: Owner[] = services.map((name) => {
    const dir = `services/${name}`;
    const patterns = [`${dir}/**`, `!${dir}/**/*.md`];
    for (let k = Math.floor(rand() * 3); k > 0; k--) patterns.push(`libs/${pick(libs)}/`);
    const r = rand();
    // A few services follow cross-cutting files: every such file then belongs to all of them.
    if (r < 0.02) patterns.push('**/*.proto');
    else if (r < 0.03) patterns.push('**/*.md', `!docs/**`);
    else if (r < 0.15) patterns.push(`!${dir}/{docs,examples}/`);
    else if (r < 0.2) patterns.push(`${dir}-*/src/**/*.{ts,js}`);
    else if (r < 0.22) patterns.push('**/migrations/**', '!**/migrations/*.bak');
    else if (r < 0.24) patterns.push('**/Dockerfile');
    return { id: name, patterns };
  });
  owners.push({
    id: '(global)',
    patterns: ['package.json', 'package-lock.json', '.github/workflows/*.yml', 'tsconfig*.json'],
  });

  const dirs = ['src', 'src/api', 'src/domain/model', 'test', 'docs', 'migrations', 'deploy'];
  const files = ['index.ts', 'util.js', 'README.md', 'api.proto', 'Dockerfile', '001_init.sql'];
  const paths: string[] = [];
  for (let i = 0; i < pathCount; i++) {
    const r = rand();
    if (r < 0.8) paths.push(`services/${pick(services)}/${pick(dirs)}/${i}-${pick(files)}`);
    else if (r < 0.9) paths.push(`libs/${pick(libs)}/${pick(dirs)}/${pick(files)}`);
    else if (r < 0.95) paths.push(`docs/guide/${i}.md`);
    else
      paths.push(pick(['package.json', '.github/workflows/ci.yml', 'tsconfig.base.json', '.env']));
  }
  return { owners, paths };
}

function runIndex(owners: Owner[], paths: string[]): { ms: number; results: number[][] } {
  const t0 = performance.now();
  const index = new PathIndex(owners);
  const results = paths.map((p) => index.ownersOf(p));
  return { ms: performance.now() - t0, results };
}

const verdicts = new Verdicts();
const rows: string[][] = [['case', 'index ms (cold)', 'naive ms', 'index/naive', 'target', '']];
for (const c of CASES) {
  const { owners, paths } = monorepo(c.owners, c.paths, 42);
  const cold = runIndex(owners, paths);
  const times = [cold.ms];
  for (let r = 1; r < RUNS; r++) times.push(runIndex(owners, paths).ms);
  const indexMs = median(times);

  const step = Math.max(1, Math.floor(paths.length / c.naiveSample));
  const sample = paths.filter((_, i) => i % step === 0);
  naiveOwnersOf(owners, sample[0]!); // compile outside the timing, as the index build is timed
  const naiveTimes: number[] = [];
  let naive: number[][] = [];
  for (let r = 0; r < NAIVE_RUNS; r++) {
    const t0 = performance.now();
    naive = sample.map((p) => naiveOwnersOf(owners, p));
    naiveTimes.push(((performance.now() - t0) * paths.length) / sample.length);
  }
  const naiveMs = median(naiveTimes);
  const extrapolated = sample.length < paths.length;

  let same = true;
  sample.forEach((p, k) => {
    const got = cold.results[k * step]!.join(',');
    if (got !== naive[k]!.join(',')) {
      same = false;
      console.error(
        `MISMATCH for ${JSON.stringify(p)}: index [${got}] naive [${naive[k]!.join(',')}]`,
      );
    }
  });
  verdicts.require(`${c.name}: index agrees with the naive scan`, same);
  const ratio = indexMs / naiveMs;
  const matched = cold.results.reduce((n, r) => n + r.length, 0);
  rows.push([
    `${c.name} (${matched} matches)`,
    `${indexMs.toFixed(1)} (${cold.ms.toFixed(1)})`,
    `${extrapolated ? '~' : ''}${naiveMs.toFixed(0)}`,
    ratio.toFixed(4),
    `<= ${c.target}`,
    verdicts.atMost(`${c.name}: index / naive`, ratio, c.target),
  ]);
  if (extrapolated) {
    console.log(
      `note: naive scan for "${c.name}" timed on ${sample.length} of ${paths.length} paths ` +
        '(every path tests every pattern of every owner, so time is linear in paths) and ' +
        'extrapolated (~); results compared on that sample',
    );
  }
}

const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
for (const r of rows) console.log(r.map((cell, col) => cell.padEnd(widths[col]!)).join('  '));
console.log(
  `index ms: median of ${RUNS} runs, build included; (cold) is the first run; ` +
    `naive ms: median of ${NAIVE_RUNS} runs`,
);
verdicts.finish();
