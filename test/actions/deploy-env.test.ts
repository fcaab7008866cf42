/**
 * The bundled deploy-env action as the runner runs it: the ledger on a real bare origin, a local
 * store, a real health endpoint, a loopback fake GitHub for the deployment and its statuses, and
 * a secret mapped through the step's environment.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import { exampleRepo } from '../support/example-repo.js';
import {
  cleanupRuns,
  PROJECT_ROOT,
  runActionBundle,
  startActionBundle,
  type StartedAction,
} from '../support/action-runner.js';
import { deployEnvStep, deployWorld, ledgerRecords, releaseDirs } from '../support/deploy-world.js';
import { kill, waitFor, waitForTreeToEnd } from '../support/processes.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const SECRET = 'p4ss\nword-with-two-lines';
let gh: FakeGitHub;
let server: Server;
afterAll(async () => {
  await gh?.close();
  await new Promise((r) => server?.close(r));
  cleanupRepos();
  cleanupRuns();
  cleanupBuilds();
});

describe('deploy-env (bundle, runner environment)', () => {
  it('deploys, records the lease and the release, shows a GitHub deployment, and masks the secret', async () => {
    const base = tempDir('deploy-env');
    server = createServer((_req, res) => {
      res.statusCode = 200;
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;

    const repo = await exampleRepo('monorepo');
    const manifest = readFileSync(join(repo.dir, 'msdeploy.yml'), 'utf8');
    repo.write(
      'msdeploy.yml',
      manifest +
        [
          'environments:',
          '  staging: {driver: local, base: /tmp/unused-staging, services: {web: {}}}',
          '  production: {driver: local, base: /tmp/unused-production, services: {web: {}}}',
          '  sandbox:',
          '    driver: local',
          `    base: ${base}`,
          '    secrets: [DB_PASSWORD]',
          `    health: {url: 'http://127.0.0.1:\${port}/health'}`,
          '    services:',
          `      web: {port: ${port}}`,
          '',
        ].join('\n'),
    );
    repo.write('config/web/base.yml', 'db: {password: "${secret:DB_PASSWORD}"}\n');
    const sha = await repo.commit('sandbox');
    const origin = await GitRepo.create({ bare: true });
    await repo.git('remote', 'add', 'origin', origin.dir);
    const store = tempDir('store');
    const built = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'bin/msdeploy.js'), 'build', 'web', '--store-path', store, '--json'],
      { cwd: repo.dir, encoding: 'utf8' },
    );
    const artifact = JSON.parse(built.stdout) as { version: string; digest: string };
    gh = await startFakeGitHub({ commits: [sha] });

    const r = await runActionBundle('deploy-env', {
      cwd: repo.dir,
      sha,
      inputs: {
        service: 'web',
        environment: 'sandbox',
        version: artifact.version,
        store: 'local',
        'store-path': store,
        token: FAKE_TOKEN,
      },
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '91',
        GITHUB_ACTOR: 'github-actions[bot]',
        DB_PASSWORD: SECRET,
      },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const url = `http://127.0.0.1:${port}/health`;
    expect(r.outputs).toMatchObject({
      url,
      version: artifact.version,
      digest: artifact.digest,
      changed: 'true',
      'rolled-back': 'false',
      'previous-version': '',
    });
    expect(r.outputs.release).toBe(
      `${artifact.version}-${r.outputs['config-digest']!.slice(7, 19)}`,
    );
    expect(readlinkSync(join(base, 'web', 'current'))).toBe(`releases/${r.outputs.release}`);
    // The secret is masked (each line too) and appears nowhere we wrote.
    for (const line of SECRET.split('\n')) expect(r.stdout).toContain(`::add-mask::${line}`);
    const ledger = await origin.git('log', '-p', '--format=%B', 'refs/heads/msdeploy/ledger');
    for (const text of [r.summary, ledger, JSON.stringify(r.outputs)]) {
      for (const line of SECRET.split('\n')) expect(text).not.toContain(line);
    }
    expect(r.summary).toMatch(/### web → sandbox/);
    expect(r.summary).toMatch(/\| health \| ✓ \|/);
    expect(
      gh.deployments.map((d) => [d.environment, d.sha, d.statuses.map((s) => s.state)]),
    ).toEqual([['sandbox', sha, ['in_progress', 'success']]]);
    expect(gh.deployments[0]!.statuses.at(-1)).toMatchObject({ environment_url: url });

    // A second release, then `rollback: true` (with `reject`) back to the first.
    const first = readlinkSync(join(base, 'web', 'current'));
    repo.write(
      'msdeploy.yml',
      readFileSync(join(repo.dir, 'msdeploy.yml'), 'utf8').replace(
        /<title>[^<]*<\/title>/,
        '<title>two</title>',
      ),
    );
    const sha2 = await repo.commit('two');
    gh.commits.add(sha2);
    const built2 = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'bin/msdeploy.js'), 'build', 'web', '--store-path', store, '--json'],
      { cwd: repo.dir, encoding: 'utf8' },
    );
    const v2 = JSON.parse(built2.stdout) as { version: string; digest: string };
    const step = (runId: string, inputs: Record<string, string>) =>
      runActionBundle('deploy-env', {
        cwd: repo.dir,
        sha: sha2,
        inputs: {
          service: 'web',
          environment: 'sandbox',
          store: 'local',
          'store-path': store,
          token: FAKE_TOKEN,
          ...inputs,
        },
        env: {
          GITHUB_API_URL: gh.url,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_RUN_ID: runId,
          GITHUB_ACTOR: 'alice',
          DB_PASSWORD: SECRET,
        },
      });
    expect((await step('92', { version: v2.version })).code).toBe(0);
    const noVersion = await step('93', {});
    expect(noVersion.code).toBe(2);
    expect(noVersion.stdout).toMatch(/input `version` is required to deploy/);
    const rejectAlone = await step('93', { version: v2.version, reject: 'true' });
    expect(rejectAlone.code).toBe(2);
    expect(rejectAlone.stdout).toMatch(/input `reject` only goes with `rollback: true`/);
    const back = await step('94', { rollback: 'true', reject: 'true', reason: 'slow pages' });
    expect(back.stderr).toBe('');
    expect(back.code).toBe(0);
    expect(back.outputs).toMatchObject({
      version: artifact.version,
      digest: artifact.digest,
      'previous-version': v2.version,
      'rolled-back': 'true',
      changed: 'true',
    });
    expect(readlinkSync(join(base, 'web', 'current'))).toBe(first);
    const kinds = (await origin.git('log', '--format=%s', 'refs/heads/msdeploy/ledger'))
      .split('\n')
      .slice(0, 3)
      .map((l) => l.split(' ')[0]);
    expect(kinds).toEqual(['reject', 'rolled', 'deploying']);
  }, 90_000);
});

describe('deploy-env killed with SIGKILL around its GitHub deployment', () => {
  it('right after the lease (deployment POST hangs) and after the record (status POST hangs): re-runs converge, one record each', async () => {
    const w = await deployWorld({ origin: true });
    const fake = await startFakeGitHub({ commits: [await w.repo.head()] });
    const v1 = await w.build();
    const sha = await w.repo.head();
    const start = (runId: string) =>
      startActionBundle(
        'deploy-env',
        deployEnvStep(w, { sha, version: v1.version, apiUrl: fake.url, runId, secret: SECRET }),
      );
    const live = () => readlinkSync(join(w.serviceDir, 'current')).replace(/^releases\//, '');
    let round = 0;
    const newRelease = async () => {
      w.repo.write('config/web/sandbox.yml', `title: shop (round ${++round})\n`);
      await w.repo.commit(`round ${round}`);
    };
    const requests = (endpoint: RegExp) =>
      fake.requests.filter((r) => endpoint.test(`${r.method} ${r.path}`));
    /** Kill the action's tree; check the records it left; re-run it; check it converged. */
    const crashAndRerun = async (
      a: StartedAction,
      runId: string,
      left: string[],
      rerun: { changed: string },
    ) => {
      const before = await ledgerRecords(w.origin!);
      await waitForTreeToEnd(kill(a.proc, true));
      expect((await a.proc.done).signal).toBe('SIGKILL');
      const killed = (await ledgerRecords(w.origin!)).slice(-left.length);
      expect(killed.map((r) => r.kind)).toEqual(left);
      const again = await start(runId).finish();
      if (again.code !== 0) throw new Error(`the re-run exited ${again.code}:\n${again.stdout}`);
      expect(again.outputs.changed).toBe(rerun.changed);
      const release = again.outputs.release!;
      expect(live()).toBe(release);
      const mine = (await ledgerRecords(w.origin!)).filter((r) => r.release === release);
      expect(mine.map((r) => r.kind)).toEqual(['deploying', 'deployed']);
      expect(before.length).toBeGreaterThan(0);
      expect(releaseDirs(w.serviceDir).leftovers).toEqual([]);
      return again;
    };

    try {
      const first = await start('100').finish();
      expect(first.code).toBe(0);

      // 1. The deployment's creation hangs: the lease is taken, nothing switched yet.
      await newRelease();
      const was = live();
      const created = requests(/^POST \/repos\/acme\/shop\/deployments$/).length;
      fake.failNext(1, 'hang', 'POST /repos/acme/shop/deployments');
      const a = start('101');
      await waitFor(
        'the deployment request',
        () => requests(/^POST \/repos\/acme\/shop\/deployments$/).length > created,
      );
      expect(live()).toBe(was);
      const resumed = await crashAndRerun(a, '101', ['deploying'], { changed: 'true' });
      expect(resumed.stdout).toMatch(/Resuming the deploy that took the lease/);
      expect(fake.deployments.at(-1)!.statuses.map((s) => s.state)).toEqual([
        'in_progress',
        'success',
      ]);

      // 2. The deployment's final status hangs: `deployed` is on the ledger, the release live.
      await newRelease();
      const statuses = /^POST \/repos\/acme\/shop\/deployments\/\d+\/statuses$/;
      const sent = requests(statuses).length;
      const b = start('102');
      await waitFor('the in_progress status', () => requests(statuses).length > sent);
      const id = fake.deployments.at(-1)!.id;
      fake.failNext(1, 'hang', `POST /repos/acme/shop/deployments/${id}/statuses`);
      await waitFor('the final status', () => requests(statuses).length > sent + 1);
      expect(fake.deployments.at(-1)!.statuses.map((s) => s.state)).toEqual(['in_progress']);
      const noop = await crashAndRerun(b, '102', ['deploying', 'deployed'], { changed: 'false' });
      expect(noop.stdout).toMatch(/already live in `sandbox`/);
    } finally {
      await fake.close();
      await w.close();
    }
  }, 120_000);
});
