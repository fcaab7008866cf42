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
 * Targets (medians): detect-changed-service ≤ 2× `node -e 0`; build-artifact, promote-stage and
 * deploy-env ≤ 3×; the CLI is shown without one.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  arg,
  interleaved,
  median,
  pairedRatio,
  timedProcess,
  Verdicts,
} from './support/measure.js';

const DIST = resolve(arg('--dist') ?? join(import.meta.dirname, '../dist'));
const RUNS = Number(arg('--runs') ?? 21);
const TARGETS: Record<string, number> = {
  'detect-changed-service': 2,
  'build-artifact': 3,
  'promote-stage': 3,
  'deploy-env': 3,
};

const empty = mkdtempSync(join(tmpdir(), 'msdeploy-startup-'));
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
const actionEnv = {
  ...baseEnv,
  GITHUB_ACTIONS: 'true',
  RUNNER_TEMP: empty,
  INPUT_SERVICE: 'catalog',
  INPUT_STORE: 'local',
};

const run = (argv: string[], env: NodeJS.ProcessEnv) => async () => {
  const r = await timedProcess(process.execPath, argv, { cwd: empty, env });
  if (r.code >= 128) throw new Error(`${argv.join(' ')} was killed`);
  return r;
};
const cases: Record<string, () => Promise<{ ms: number }>> = {
  'node -e 0': run(['-e', '0'], baseEnv),
};
for (const name of readdirSync(DIST).sort()) {
  const entry = join(DIST, name, 'index.js');
  if (!existsSync(entry)) continue;
  cases[name] = name === 'cli' ? run([entry, '--version'], baseEnv) : run([entry], actionEnv);
}
for (const name of Object.keys(TARGETS)) {
  if (!cases[name]) throw new Error(`no bundle ${name} in ${DIST}: run npm run bundle`);
}

const results = await interleaved(RUNS, cases);
rmSync(empty, { recursive: true, force: true });

const verdicts = new Verdicts();
const floor = median(results['node -e 0']!.samples);
console.log(`start-up, median of ${RUNS} runs each, interleaved (${DIST})`);
console.log('| process | median ms | × node -e 0 (paired; of medians) | target |');
console.log('|---|---|---|---|');
const floorSamples = results['node -e 0']!.samples;
for (const [name, { samples }] of Object.entries(results)) {
  const ms = median(samples);
  // The verdict: the median of per-round ratios (see pairedRatio).
  const ratio = pairedRatio(samples, floorSamples);
  const target = TARGETS[name];
  const verdict = target === undefined ? '' : `≤ ${target} ${verdicts.atMost(name, ratio, target)}`;
  console.log(
    `| ${name} | ${ms.toFixed(1)} | ${ratio.toFixed(2)}; ${(ms / floor).toFixed(2)} | ${verdict} |`,
  );
}
verdicts.finish();
