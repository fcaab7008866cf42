/**
 * `npm run demo`: the main job on the bundled example, with no servers and no network.
 * Copies examples/monorepo into a fresh git repository, makes a pull request that touches
 * a shared library, and runs the bundled actions exactly as the GitHub runner would: detect,
 * then build-artifact for each affected service into a local store, then promote-stage into the
 * first stage (the ledger pushed to a local bare origin); then the CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleRepo } from '../test/support/example-repo.js';
import { cleanupRepos, GitRepo } from '../test/support/git-repo.js';
import { PROJECT_ROOT, cleanupRuns, runActionBundle } from '../test/support/action-runner.js';

const repo = await exampleRepo('monorepo');
try {
  const base = await repo.head();
  await repo.checkoutNew('feature/money-rounding');
  repo.write('libs/common/src/log.ts', 'export const log = (m: string) => console.error(m);\n');
  repo.write('services/catalog/docs/README.md', '# Catalog (docs are excluded by the manifest)\n');
  const head = await repo.commit('common: log to stderr');

  console.log(`example repository: ${repo.dir}`);
  console.log('pull request: libs/common/src/log.ts and services/catalog/docs/README.md changed\n');

  const r = await runActionBundle('detect-changed-service', {
    cwd: repo.dir,
    eventName: 'pull_request',
    sha: head,
    ref: 'refs/pull/1/merge',
    event: {
      pull_request: {
        number: 1,
        base: { sha: base, ref: 'main' },
        head: { sha: head, ref: 'feature/money-rounding' },
      },
      repository: { default_branch: 'main' },
    },
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  console.log(`\n── outputs (${r.millis.toFixed(0)} ms, as the runner runs the action)`);
  for (const [k, v] of Object.entries(r.outputs)) console.log(`${k}=${v}`);
  console.log('\n── step summary (Markdown)\n');
  console.log(r.summary);

  // The ledger goes to origin, as in Actions: a bare repository on this machine.
  const origin = await GitRepo.create({ bare: true });
  await repo.git('remote', 'add', 'origin', origin.dir);
  const store = mkdtempSync(join(tmpdir(), 'msdeploy-demo-store-'));
  const matrix = JSON.parse(r.outputs.matrix ?? '{"include":[]}') as {
    include: { service: string }[];
  };
  for (const { service } of matrix.include) {
    const b = await runActionBundle('build-artifact', {
      cwd: repo.dir,
      sha: head,
      ref: 'refs/pull/1/merge',
      inputs: { service, store: 'local', 'store-path': store },
      env: { GITHUB_RUN_NUMBER: '12', GITHUB_RUN_ID: '1001' },
    });
    console.log(`── build-artifact ${service} (${b.millis.toFixed(0)} ms)`);
    if (b.code !== 0) {
      process.stdout.write(b.stdout);
      process.exitCode = 1;
      continue;
    }
    console.log(
      `version=${b.outputs.version}\ndigest=${b.outputs.digest}\nartifact=${b.outputs.artifact}\n`,
    );
    const p = await runActionBundle('promote-stage', {
      cwd: repo.dir,
      sha: head,
      ref: 'refs/pull/1/merge',
      inputs: {
        service,
        version: b.outputs.digest!,
        to: 'commit',
        store: 'local',
        'store-path': store,
      },
      env: { GITHUB_RUN_ID: '1001', GITHUB_ACTOR: 'github-actions[bot]' },
    });
    console.log(`── promote-stage ${service} → commit (${p.millis.toFixed(0)} ms)`);
    process.stdout.write(p.stdout);
    if (p.code !== 0) process.exitCode = 1;
  }
  rmSync(store, { recursive: true, force: true });

  console.log('\n── the value stream on the ledger: msdeploy status --push\n');
  const status = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'bin/msdeploy.js'), 'status', '--push', '--cwd', repo.dir],
    { encoding: 'utf8' },
  );
  process.stdout.write(status.stdout);
  process.stderr.write(status.stderr);
  if (status.status !== 0) process.exitCode = 1;

  console.log('── the same detection with the CLI: msdeploy detect --base main\n');
  const cli = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'bin/msdeploy.js'), 'detect', '--base', 'main', '--cwd', repo.dir],
    {
      encoding: 'utf8',
    },
  );
  process.stdout.write(cli.stdout);
  process.stderr.write(cli.stderr);
  if (r.code !== 0 || cli.status !== 0) process.exitCode = 1;
} finally {
  cleanupRepos();
  cleanupRuns();
}
