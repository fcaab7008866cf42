/**
 * Start-up cost of each bundle in dist/, as the runner starts it (a fresh `node` process),
 * against `node -e 0` measured in the same run, interleaved so machine load hits both alike.
 * Each action runs in an empty directory with its required inputs set, so it loads, reads its
 * run context and inputs, and stops at the first real work (no manifest: exit 3); the CLI prints
 * its version.
 *
 *   npx tsx bench/startup.bench.ts [--dist <dir>] [--runs <n>]
 *
 * `--dist` measures another tree's bundles (e.g. a checkout of main before a change).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const DIST = resolve(arg('--dist') ?? join(import.meta.dirname, '../dist'));
const RUNS = Number(arg('--runs') ?? 21);

const empty = mkdtempSync(join(tmpdir(), 'msdeploy-startup-'));
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
const actionEnv = {
  ...baseEnv,
  GITHUB_ACTIONS: 'true',
  RUNNER_TEMP: empty,
  INPUT_SERVICE: 'catalog',
  INPUT_STORE: 'local',
};

const cases: Record<string, string[]> = { 'node -e 0': ['-e', '0'] };
for (const name of readdirSync(DIST).sort()) {
  const entry = join(DIST, name, 'index.js');
  if (!existsSync(entry)) continue;
  cases[name] = name === 'cli' ? [entry, '--version'] : [entry];
}

const samples: Record<string, number[]> = Object.fromEntries(
  Object.keys(cases).map((k) => [k, []]),
);
for (let i = 0; i < RUNS; i++) {
  for (const [name, argv] of Object.entries(cases)) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, argv, {
      cwd: empty,
      env: name === 'cli' || name === 'node -e 0' ? baseEnv : actionEnv,
      stdio: 'ignore',
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status === null) throw new Error(`${name} was killed`);
    samples[name]!.push(ms);
  }
}
rmSync(empty, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const floor = median(samples['node -e 0']!);
console.log(`start-up, median of ${RUNS} runs each, interleaved (${DIST})`);
console.log(`${'bundle'.padEnd(24)}${'ms'.padStart(8)}${'× node -e 0'.padStart(14)}`);
for (const [name, xs] of Object.entries(samples)) {
  const ms = median(xs);
  console.log(
    `${name.padEnd(24)}${ms.toFixed(1).padStart(8)}${(ms / floor).toFixed(2).padStart(14)}`,
  );
}
