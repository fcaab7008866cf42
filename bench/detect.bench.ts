/**
 * detect-changed-service against dorny/paths-filter, whole process as the runner runs each:
 * a fresh `node <bundle>` with the runner's variables, a pull_request event and the inputs
 * set, in a real git repository with N services and M changed files. Both are given the same
 * filters and the same change set; their answers must agree (else the comparison is void).
 *
 * The yardstick is paths-filter's own published bundle (its committed dist/index.js), found at
 * $PATHS_FILTER_DIST or ~/.cache/msdeploy-bench/paths-filter/index.js (see bench/README.md for
 * how to put it there). Without it the bench says so and compares with the naive matcher
 * instead (node start + git diff + every pattern of every service against every file, each
 * measured in this run), labelled as such.
 *
 *   npx tsx bench/detect.bench.ts [--dist <dir>] [--runs <n>] [--small | --big] [--keep]
 *
 * `--dist` measures another tree's bundle (e.g. a checkout of main before a change).
 * Targets: ours ≤ 0.25× paths-filter at 500 × 20k, ≤ 0.05× at 2000 × 50k (medians, interleaved);
 * peak RSS ≤ 150 MB at 5000 × 100k (ours alone: paths-filter would take minutes there).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseNameStatusZ } from '../src/core/changes/change-set.js';
import { parseManifest } from '../src/core/manifest/index.js';
import { naiveOwnersOf, type Owner } from '../src/core/paths/path-index.js';
import { actionDefaults, parseFileCommands } from '../test/support/action-runner.js';
import {
  arg,
  interleaved,
  median,
  pairedRatio,
  timedProcess,
  Verdicts,
  type Timed,
} from './support/measure.js';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(arg('--dist') ?? join(ROOT, 'dist'));
const BUNDLE = join(DIST, 'detect-changed-service/index.js');
const MAX_RSS = join(ROOT, 'bench/support/max-rss.mjs');
const KEEP = process.argv.includes('--keep');

interface Case {
  services: number;
  files: number;
  /** Ours ≤ this × the yardstick. */
  target?: number;
  /** Without `target`: ours alone, its peak RSS ≤ this many MB. */
  rssMb?: number;
  runs: number;
}
const ALL_CASES: Case[] = [
  { services: 500, files: 20_000, target: 0.25, runs: 7 },
  { services: 2_000, files: 50_000, target: 0.05, runs: 5 },
  // The largest repository detect is built for: its memory, not a race (paths-filter would take
  // minutes here). The heap is tuned for it (app/detect.ts, platform/heap.ts).
  { services: 5_000, files: 100_000, rssMb: 150, runs: 3 },
];
const CASES = process.argv.includes('--big')
  ? ALL_CASES.slice(1)
  : process.argv.includes('--small')
    ? ALL_CASES.slice(0, 1)
    : ALL_CASES;
const RUNS_ARG = arg('--runs');

function pathsFilterBundle(): string | undefined {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const path = process.env.PATHS_FILTER_DIST || join(cache, 'msdeploy-bench/paths-filter/index.js');
  return existsSync(path) ? path : undefined;
}

function git(cwd: string, args: string[], input?: string | Buffer): Buffer {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.toString()}`);
  return r.stdout;
}

/**
 * Services `svc-<s>` (own directory, proto files, Markdown excluded, one of 20 libraries).
 * Every tenth service changes only Markdown, so it is affected only through `lib-9`, which
 * changes too: the answer tests exclusion and dependencies, not just "everything".
 */
const LIBS = 20;
const CHANGED_LIB = 9;
const docsOnly = (s: number) => s % 10 === 9;

function manifestYaml(services: number): string {
  const lines = ['version: 1', 'global: [package-lock.json]', 'libraries:'];
  for (let l = 0; l < LIBS; l++) lines.push(`  lib-${l}:`, `    path: libs/lib-${l}`);
  lines.push('services:');
  for (let s = 0; s < services; s++) {
    lines.push(`  svc-${s}:`, `    path: services/svc-${s}`);
    lines.push(`    include: ['proto/svc-${s}/**', '!services/svc-${s}/**/*.md']`);
    lines.push(`    depends-on: [lib-${s % LIBS}]`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The same filters for paths-filter, written the way its README suggests: one filter per
 * service, the library it depends on and the global files listed in it (paths-filter has no
 * dependencies), and the Markdown exclusion as a picomatch extglob, since a `!pattern` in its
 * default `some` mode would match every other file.
 */
function pathsFilterYaml(services: number): string {
  const lines: string[] = [];
  for (let s = 0; s < services; s++) {
    lines.push(
      `svc-${s}:`,
      `  - 'services/svc-${s}/**/!(*.md)'`,
      `  - 'proto/svc-${s}/**'`,
      `  - 'libs/lib-${s % LIBS}/**'`,
      `  - 'package-lock.json'`,
      `  - 'msdeploy.yml'`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Base and head commits built with git fast-import: no work tree, seconds for 100k files. */
function buildRepo(c: Case): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'msdeploy-bench-'));
  git(dir, ['init', '-q', '-b', 'main']);
  const paths: string[] = [];
  for (let i = 0; i < c.files; i++) {
    const s = i % c.services;
    const n = Math.floor(i / c.services);
    paths.push(
      docsOnly(s) || n % 10 === 9
        ? `services/svc-${s}/docs/note-${n}.md`
        : `services/svc-${s}/src/mod-${n}/file.ts`,
    );
  }
  const yaml = manifestYaml(c.services);
  const chunks: string[] = [];
  const blob = (mark: number, data: string) =>
    chunks.push(`blob\nmark :${mark}\ndata ${Buffer.byteLength(data)}\n${data}\n`);
  blob(1, 'v1\n');
  blob(2, 'v2\n');
  blob(3, yaml);
  const commit = (mark: number, msg: string, from: string | undefined, body: string[]) =>
    chunks.push(
      `commit refs/heads/main\nmark :${mark}\ncommitter Bench <bench@example.com> 1700000000 +0000\ndata ${msg.length}\n${msg}\n` +
        (from ? `from ${from}\n` : '') +
        body.join(''),
    );
  commit(10, 'base', undefined, [
    `M 100644 :3 msdeploy.yml\n`,
    ...paths.map((p) => `M 100644 :1 ${p}\n`),
    ...Array.from({ length: LIBS }, (_, l) => `M 100644 :1 libs/lib-${l}/index.ts\n`),
    // Each service's `include` matches a file, as in a real repository (else every include
    // would be warned about).
    ...Array.from({ length: c.services }, (_, s) => `M 100644 :1 proto/svc-${s}/api.proto\n`),
  ]);
  // head: every file modified but the first two, a deletion, a rename across services and
  // one changed library. M - 1 changed files in all (the rename is one entry).
  commit(11, 'head', ':10', [
    ...paths.slice(2, -1).map((p) => `M 100644 :2 ${p}\n`),
    `M 100644 :2 libs/lib-${CHANGED_LIB}/index.ts\n`,
    `D ${paths[0]}\n`,
    `R ${paths[1]} services/svc-${c.services - 1}/moved.ts\n`,
  ]);
  git(dir, ['fast-import', '--quiet'], chunks.join(''));
  // fast-import leaves a pack that is slow to read (10× for git diff); a clone from GitHub
  // arrives as one well-made pack, so repack to measure what a runner really sees.
  git(dir, ['repack', '-a', '-d', '-q']);
  writeFileSync(join(dir, 'msdeploy.yml'), yaml);
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/path-filters.yml'), pathsFilterYaml(c.services));
  return {
    dir,
    base: git(dir, ['rev-parse', 'main~1']).toString().trim(),
    head: git(dir, ['rev-parse', 'main']).toString().trim(),
  };
}

/** One yardstick sample: its time, and its peak RSS and outputs when it ran as a bundle. */
interface Sample {
  ms: number;
  rssMb?: number;
  outputs?: Record<string, string>;
}

interface Run extends Timed {
  rssMb: number;
  outputs: Record<string, string>;
}

/** One run of a bundle as the runner starts it, its peak RSS read by bench/support/max-rss.mjs. */
async function runBundle(
  bundle: string,
  repo: { dir: string; base: string; head: string },
  inputs: Record<string, string>,
): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), 'msdeploy-bench-run-'));
  try {
    const files = {
      output: join(tmp, 'output'),
      summary: join(tmp, 'summary'),
      event: join(tmp, 'event.json'),
    };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    writeFileSync(
      files.event,
      JSON.stringify({
        action: 'synchronize',
        number: 1,
        pull_request: {
          number: 1,
          base: { ref: 'main', sha: repo.base },
          head: { ref: 'feature', sha: repo.head },
        },
        repository: { full_name: 'acme/shop', default_branch: 'main' },
      }),
    );
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: tmp,
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: repo.head,
      GITHUB_REF: 'refs/pull/1/merge',
      GITHUB_REPOSITORY: 'acme/shop',
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const r = await timedProcess(process.execPath, [MAX_RSS, bundle], { cwd: repo.dir, env });
    if (r.code !== 0) throw new Error(`${bundle} failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
    const rssKb = Number(/MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
    return {
      ...r,
      rssMb: rssKb / 1024,
      outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The fallback yardstick, one sample per call: `node -e 0` and the `git diff` spawned, plus
 * every pattern of every owner tested against every changed file in this process.
 */
function naiveYardstick(repo: { dir: string }, diffArgs: string[]): () => Promise<Sample> {
  const manifest = parseManifest(readFileSync(join(repo.dir, 'msdeploy.yml'), 'utf8')).manifest!;
  const owners: Owner[] = [
    ...manifest.services.map((s) => ({ id: s.name, patterns: s.patterns })),
    ...manifest.libraries.map((l) => ({ id: l.name, patterns: l.patterns })),
    { id: '', patterns: manifest.global },
  ];
  return async () => {
    const node = await timedProcess(process.execPath, ['-e', '0']);
    const diff = await timedProcess('git', diffArgs, { cwd: repo.dir });
    const t = performance.now();
    const changes = parseNameStatusZ(Buffer.from(diff.stdout));
    for (const f of changes) naiveOwnersOf(owners, f.path);
    return { ms: node.ms + diff.ms + performance.now() - t };
  };
}

const ourInputs = { ...actionDefaults('detect-changed-service'), token: '' };
/** paths-filter's action.yml defaults, token '' so it diffs with git instead of calling the API. */
const theirInputs = {
  token: '',
  filters: '.github/path-filters.yml',
  'list-files': 'none',
  'initial-fetch-depth': '100',
  'predicate-quantifier': 'some',
};

/** How many names a JSON list output holds. */
const count = (json: string | undefined) => (JSON.parse(json ?? '[]') as string[]).length;
const sortedList = (json: string | undefined) =>
  (JSON.parse(json ?? '[]') as string[]).sort().join(',');

const verdicts = new Verdicts();
const PATHS_FILTER = pathsFilterBundle();
if (!PATHS_FILTER) {
  console.log(
    'paths-filter bundle NOT FOUND (set PATHS_FILTER_DIST or see bench/README.md): the yardstick ' +
      'is the NAIVE MATCHER instead (node start + git diff + every pattern against every file), ' +
      'not paths-filter.',
  );
}
console.log(`ours: ${BUNDLE}\nyardstick: ${PATHS_FILTER ?? 'naive matcher (fallback)'}`);

for (const c of CASES) {
  const runs = Number(RUNS_ARG ?? c.runs);
  console.log(`\n## ${c.services} services × ${c.files} changed files (median of ${runs} runs)`);
  const t0 = performance.now();
  const repo = buildRepo(c);
  console.log(`synthetic repo built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    if (c.target === undefined) {
      await memoryCase(c, repo, runs);
      continue;
    }
    const diffArgs = ['diff', '-z', '--name-status', '-M', repo.base, repo.head];
    const yardstick = PATHS_FILTER
      ? {
          label: 'paths-filter bundle',
          run: (): Promise<Sample> => runBundle(PATHS_FILTER, repo, theirInputs),
        }
      : {
          label: 'NAIVE MATCHER (fallback, not paths-filter): node start + git diff + scan',
          run: naiveYardstick(repo, diffArgs),
        };
    const res = await interleaved(runs, {
      'node -e 0': () => timedProcess(process.execPath, ['-e', '0']),
      'git diff': () => timedProcess('git', diffArgs, { cwd: repo.dir }),
      ours: () => runBundle(BUNDLE, repo, ourInputs),
      yardstick: yardstick.run,
    });
    const nodeMs = median(res['node -e 0'].samples);
    const gitMs = median(res['git diff'].samples);
    const oursRun = res.ours.last;
    const oursMs = median(res.ours.samples);
    const yardMs = median(res.yardstick.samples);
    const theirs = res.yardstick.last.outputs;
    if (theirs) {
      const same = sortedList(oursRun.outputs.services) === sortedList(theirs.changes);
      console.log(
        `affected: ours ${count(oursRun.outputs.services)}, paths-filter ` +
          `${count(theirs.changes)} — same services: ` +
          verdicts.require(`${c.services}×${c.files}: same answer`, same, 'outputs differ'),
      );
    } else {
      console.log(`affected: ours ${count(oursRun.outputs.services)}`);
    }
    // The verdict: the median of per-round ratios (see pairedRatio); the ratio of the medians
    // is shown beside it.
    const ratio = pairedRatio(res.ours.samples, res.yardstick.samples);
    const rss = (mb: number | undefined) => (mb === undefined ? '—' : `${mb.toFixed(0)} MB`);
    console.log('| process | median | peak RSS | × yardstick (paired; of medians) | target |');
    console.log('|---|---|---|---|---|');
    console.log(
      `| ${yardstick.label} | ${yardMs.toFixed(0)} ms | ${rss(res.yardstick.last.rssMb)} | 1 | |`,
    );
    console.log(
      `| detect-changed-service bundle | ${oursMs.toFixed(0)} ms | ${rss(oursRun.rssMb)} | ` +
        `${ratio.toFixed(3)}; ${(oursMs / yardMs).toFixed(3)} | ≤ ${c.target} ${verdicts.atMost(`${c.services}×${c.files}: ours / yardstick`, ratio, c.target)} |`,
    );
    console.log(
      `| git diff -M alone (floor) | ${gitMs.toFixed(0)} ms | | ${(gitMs / yardMs).toFixed(3)} | |`,
    );
    console.log(
      `| node -e 0 (floor) | ${nodeMs.toFixed(0)} ms | | ${(nodeMs / yardMs).toFixed(3)} | |`,
    );
  } finally {
    if (KEEP) console.log(`kept ${repo.dir} (base ${repo.base}, head ${repo.head})`);
    else rmSync(repo.dir, { recursive: true, force: true });
  }
}
verdicts.finish();

/** Ours alone, `runs` times in a row: its time (shown) and its largest peak RSS (judged). */
async function memoryCase(
  c: Case,
  repo: { dir: string; base: string; head: string },
  runs: number,
): Promise<void> {
  const samples: Run[] = [];
  for (let i = 0; i < runs; i++) samples.push(await runBundle(BUNDLE, repo, ourInputs));
  const ms = median(samples.map((r) => r.ms));
  const rss = Math.max(...samples.map((r) => r.rssMb));
  console.log(
    `affected: ${count(samples.at(-1)!.outputs.services)}; median ${ms.toFixed(0)} ms (shown, not judged)`,
  );
  console.log(
    `peak RSS: ${rss.toFixed(0)} MB (target ≤ ${c.rssMb} MB) ` +
      verdicts.atMost(`${c.services}×${c.files}: peak RSS MB`, rss, c.rssMb!),
  );
}
