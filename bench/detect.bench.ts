/**
 * detect-changed-service end to end, as the runner runs it: a real git repository with N
 * services and M changed files, the bundled action started in a fresh node process with the
 * runner's environment. Printed next to baselines measured in the same run:
 *   - `git diff -z --name-status -M` alone (the floor: we can't be faster than git),
 *   - a naive matcher testing every pattern of every service against every file
 *     (what dorny/paths-filter does), on the same change set.
 * Targets (issue #2): 500×20k: matching ≤ 50 ms, action ≤ 0.5 s;
 *                     5,000×100k: action ≤ 2 s, peak RSS ≤ 150 MB.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseNameStatusZ } from '../src/core/changes/change-set.js';
import { matchChanges } from '../src/core/changes/affected.js';
import { naiveOwnersOf, type Owner } from '../src/core/paths/path-index.js';
import { parseManifest } from '../src/core/manifest/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist/detect-changed-service/index.js');

interface Case {
  services: number;
  files: number;
  targets: { matchMs?: number; actionMs: number; rssMb?: number };
}
/** `--keep` leaves the synthetic repositories in place (for profiling); `--big` runs only the big case. */
const KEEP = process.argv.includes('--keep');
const ALL_CASES: Case[] = [
  { services: 500, files: 20_000, targets: { matchMs: 50, actionMs: 500 } },
  { services: 5_000, files: 100_000, targets: { actionMs: 2_000, rssMb: 150 } },
];
const CASES = process.argv.includes('--big') ? ALL_CASES.slice(1) : ALL_CASES;

function git(cwd: string, args: string[], input?: string | Buffer) {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.toString()}`);
  return r.stdout;
}

function manifestYaml(services: number): string {
  const lines = ['version: 1', 'global: [package-lock.json]', 'libraries:'];
  for (let l = 0; l < 20; l++) lines.push(`  lib-${l}:`, `    path: libs/lib-${l}`);
  lines.push('services:');
  for (let s = 0; s < services; s++) {
    lines.push(`  svc-${s}:`, `    path: services/svc-${s}`);
    lines.push(`    include: ['proto/svc-${s}/**', '!services/svc-${s}/**/*.md']`);
    lines.push(`    depends-on: [lib-${s % 20}]`);
  }
  return lines.join('\n') + '\n';
}

/** Build base and head commits with git fast-import: no work tree, seconds for 100k files. */
function buildRepo(c: Case): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'msdeploy-bench-'));
  git(dir, ['init', '-q', '-b', 'main']);
  const paths: string[] = [];
  for (let i = 0; i < c.files; i++) {
    const s = i % c.services;
    const n = Math.floor(i / c.services);
    paths.push(
      n % 10 === 9
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
  const commit = (
    ref: string,
    mark: number,
    msg: string,
    from: string | undefined,
    body: string[],
  ) =>
    chunks.push(
      `commit ${ref}\nmark :${mark}\ncommitter Bench <bench@example.com> 1700000000 +0000\ndata ${msg.length}\n${msg}\n` +
        (from ? `from ${from}\n` : '') +
        body.join(''),
    );
  commit('refs/heads/main', 10, 'base', undefined, [
    `M 100644 :3 msdeploy.yml\n`,
    ...paths.map((p) => `M 100644 :1 ${p}\n`),
    ...Array.from({ length: 20 }, (_, l) => `M 100644 :1 libs/lib-${l}/index.ts\n`),
  ]);
  // head: every file modified, plus a rename across services and a deletion.
  commit('refs/heads/main', 11, 'head', ':10', [
    ...paths.slice(2).map((p) => `M 100644 :2 ${p}\n`),
    `D ${paths[0]}\n`,
    `R ${paths[1]} services/svc-${c.services - 1}/moved.ts\n`,
  ]);
  git(dir, ['fast-import', '--quiet'], chunks.join(''));
  // fast-import leaves a pack that is slow to read (10× for git diff); a clone from GitHub
  // arrives as one well-made pack, so repack to measure what a runner really sees.
  git(dir, ['repack', '-a', '-d', '-q']);
  writeFileSync(join(dir, 'msdeploy.yml'), yaml);
  return {
    dir,
    base: git(dir, ['rev-parse', 'main~1']).toString().trim(),
    head: git(dir, ['rev-parse', 'main']).toString().trim(),
  };
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function runAction(
  dir: string,
  base: string,
  head: string,
): Promise<{ ms: number; rssKb: number; outBytes: number; services: number }> {
  const tmp = mkdtempSync(join(tmpdir(), 'msdeploy-bench-run-'));
  const out = join(tmp, 'out');
  writeFileSync(out, '');
  writeFileSync(join(tmp, 'summary'), '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: tmp,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: join(tmp, 'summary'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: head,
    GITHUB_REF: 'refs/heads/main',
    INPUT_BASE: base,
    INPUT_HEAD: head,
    INPUT_MANIFEST: 'msdeploy.yml',
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_BASE-POLICY': 'event',
    'INPUT_MAX-FETCH-ROUNDS': '8',
  };
  const t = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bench/support/max-rss.mjs'), BUNDLE], {
    cwd: dir,
    env,
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', (d) => (stdout += d));
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? 1)));
  const ms = performance.now() - t;
  if (code !== 0) throw new Error(`action failed (${code}):\n${stdout}\n${stderr}`);
  const rssKb = Number(/MAX_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN);
  const outText = readFileSync(out, 'utf8');
  const services = (JSON.parse(/services<<(.*)\n([\s\S]*?)\n\1/.exec(outText)![2]!) as string[])
    .length;
  rmSync(tmp, { recursive: true, force: true });
  return { ms, rssKb, outBytes: Buffer.byteLength(outText), services };
}

let failed = false;
const verdict = (ok: boolean) => {
  failed ||= !ok;
  return ok ? 'PASS' : 'FAIL';
};

for (const c of CASES) {
  console.log(`\n## ${c.services} services × ${c.files} changed files`);
  const [{ dir, base, head }, buildMs] = time(() => buildRepo(c));
  console.log(`synthetic repo built in ${(buildMs / 1000).toFixed(1)} s`);
  try {
    const manifest = parseManifest(readFileSync(join(dir, 'msdeploy.yml'), 'utf8')).manifest!;
    const gitMs = median(
      [0, 1, 2].map(
        () => time(() => git(dir, ['diff', '-z', '--name-status', '-M', base, head]))[1],
      ),
    );
    const changes = parseNameStatusZ(git(dir, ['diff', '-z', '--name-status', '-M', base, head]));
    const matchMs = median([0, 1, 2].map(() => time(() => matchChanges(manifest, changes))[1]));

    // Naive baseline: every pattern of every owner against every path; sampled when huge.
    const owners: Owner[] = [
      ...manifest.services.map((s) => ({ id: s.name, patterns: s.patterns })),
      ...manifest.libraries.map((l) => ({ id: l.name, patterns: l.patterns })),
      { id: '', patterns: manifest.global },
    ];
    const sample = c.files > 20_000 ? changes.filter((_, i) => i % 20 === 0) : changes;
    const [, naiveSampleMs] = time(() => sample.forEach((f) => naiveOwnersOf(owners, f.path)));
    const naiveMs = (naiveSampleMs * changes.length) / sample.length;

    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await runAction(dir, base, head));
    const actionMs = median(runs.map((r) => r.ms));
    const rssMb = Math.max(...runs.map((r) => r.rssKb)) / 1024;
    const [, nodeMs] = time(() => spawnSync(process.execPath, ['-e', '0']));

    console.log(
      `changed entries: ${changes.length}; affected services: ${runs[0]!.services}; GITHUB_OUTPUT ${(runs[0]!.outBytes / 1024).toFixed(0)} KiB`,
    );
    console.log('| figure | ours | baseline | ratio | target |');
    console.log('|---|---|---|---|---|');
    console.log(
      `| matching | ${matchMs.toFixed(1)} ms | naive ${naiveMs.toFixed(0)} ms${sample !== changes ? ' (sampled 1/20, extrapolated)' : ''} | ${(naiveMs / matchMs).toFixed(0)}× faster | ${c.targets.matchMs ? `≤ ${c.targets.matchMs} ms ${verdict(matchMs <= c.targets.matchMs)}` : '—'} |`,
    );
    console.log(
      `| whole action | ${actionMs.toFixed(0)} ms | git diff alone ${gitMs.toFixed(0)} ms + node start ${nodeMs.toFixed(0)} ms | ${(actionMs / (gitMs + nodeMs)).toFixed(2)}× the floor | ≤ ${c.targets.actionMs} ms ${verdict(actionMs <= c.targets.actionMs)} |`,
    );
    console.log(
      `| peak RSS | ${rssMb.toFixed(0)} MB | — | — | ${c.targets.rssMb ? `≤ ${c.targets.rssMb} MB ${verdict(rssMb <= c.targets.rssMb)}` : '—'} |`,
    );
  } finally {
    if (KEEP) console.log(`kept ${dir} (base ${base}, head ${head})`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
if (failed) {
  console.log('\nsome targets were missed');
  process.exitCode = 1;
}
