/**
 * The bundled promote-stage action as the runner runs it: a checkout whose origin is a real bare
 * repository (the ledger is pushed there), a local artifact store, and a loopback fake GitHub
 * for the actor checks and the mirrors.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import { exampleRepo } from '../support/example-repo.js';
import { cleanupRuns, PROJECT_ROOT, runActionBundle } from '../support/action-runner.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startRegistry } from '../support/registry.js';

const ACTION = 'promote-stage';
let gh: FakeGitHub;
afterAll(async () => {
  await gh?.close();
  cleanupRepos();
  cleanupRuns();
  cleanupBuilds();
});

/** A checkout of origin with web built into a local store (by the CLI, as a build job would). */
async function pipelineCheckout() {
  const repo = await exampleRepo('monorepo');
  const origin = await GitRepo.create({ bare: true });
  await repo.git('remote', 'add', 'origin', origin.dir);
  await repo.git('push', '-q', 'origin', 'main');
  const sha = await repo.head();
  const store = tempDir('store');
  const built = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'bin/msdeploy.js'), 'build', 'web', '--store-path', store, '--json'],
    { cwd: repo.dir, encoding: 'utf8' },
  );
  expect(built.status).toBe(0);
  const artifact = JSON.parse(built.stdout) as { version: string; digest: string };
  await gh?.close();
  gh = await startFakeGitHub({
    commits: [sha],
    commitAuthors: { [sha]: 'carol' },
    teams: { 'shop/release-managers': { members: ['dana'] } },
  });
  return { repo, origin, sha, store, artifact };
}

function promoteIn(
  p: Awaited<ReturnType<typeof pipelineCheckout>>,
  to: string,
  opts: { actor?: string; eventName?: string; reason?: string } = {},
) {
  return runActionBundle(ACTION, {
    cwd: p.repo.dir,
    sha: p.sha,
    eventName: opts.eventName ?? 'push',
    inputs: {
      service: 'web',
      version: p.artifact.version,
      to,
      store: 'local',
      'store-path': p.store,
      token: FAKE_TOKEN,
      ...(opts.reason && { reason: opts.reason }),
    },
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '77',
      GITHUB_ACTOR: opts.actor ?? 'github-actions[bot]',
    },
  });
}

describe('promote-stage (bundle, runner environment)', () => {
  it('the pipeline enters auto stages; the ledger is pushed; outputs, summary and mirrors', async () => {
    const p = await pipelineCheckout();
    const r = await promoteIn(p, 'commit');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      stage: 'commit',
      version: p.artifact.version,
      digest: p.artifact.digest,
      'previous-digest': '',
      environment: '',
      changed: 'true',
    });
    expect(await p.origin.git('log', '--format=%s', 'refs/heads/msdeploy/ledger')).toBe(
      `promote web ${p.artifact.version} → commit by github-actions_bot_ [skip ci]`,
    );
    expect(r.summary).toContain('### Promoted');
    expect(r.summary).toMatch(
      /\| commit \| 0\.1\.\d+\+[0-9a-f]{7} \| <code>sha256:[0-9a-f]{12}<\/code>/,
    );
    expect(r.summary).toContain('```mermaid\nflowchart LR\n  s0["commit<br/>');
    // Mirrors: one deployment in environment web/commit, success; a commit status on the commit.
    expect(
      gh.deployments.map((d) => [d.environment, d.sha, d.statuses.map((s) => s.state)]),
    ).toEqual([['web/commit', p.sha, ['in_progress', 'success']]]);
    expect(gh.statuses.map((s) => [s.context, s.state, s.sha])).toEqual([
      ['msdeploy/web/commit', 'success', p.sha],
    ]);

    // A re-run is a no-op for the ledger, and the mirrors are not duplicated.
    const again = await promoteIn(p, 'commit');
    expect(again.code).toBe(0);
    expect(again.outputs.changed).toBe('false');
    expect(again.summary).toContain('### Nothing to promote');
    expect(gh.deployments).toHaveLength(1);
    expect(await p.origin.git('rev-list', '--count', 'refs/heads/msdeploy/ledger')).toBe('1');
  });

  it('a manual stage: refuses an event-started run, a bot, a non-approver and the author; takes an approver by team', async () => {
    const p = await pipelineCheckout();
    for (const stage of ['commit', 'acceptance', 'uat']) {
      expect((await promoteIn(p, stage)).code).toBe(0);
    }
    expect((await promoteIn(p, 'uat')).outputs).toMatchObject({
      environment: 'staging',
      changed: 'false',
    });

    const byEvent = await promoteIn(p, 'production');
    expect(byEvent.code).toBe(4);
    expect(byEvent.stdout).toMatch(/::error::.*started by an event, not by a person/);

    const bot = await promoteIn(p, 'production', {
      eventName: 'workflow_dispatch',
      actor: 'renovate[bot]',
    });
    expect(bot.code).toBe(4);
    expect(bot.stdout).toMatch(/renovate\[bot\] is a bot/);

    const stranger = await promoteIn(p, 'production', {
      eventName: 'workflow_dispatch',
      actor: 'eve',
    });
    expect(stranger.code).toBe(4);
    expect(stranger.stdout).toMatch(/only release-manager, @shop\/release-managers may promote/);

    const author = await promoteIn(p, 'production', {
      eventName: 'workflow_dispatch',
      actor: 'release-manager',
    });
    expect(author.code).toBe(0); // carol wrote the commit, not release-manager

    const p2 = await pipelineCheckout();
    for (const stage of ['commit', 'acceptance', 'uat'])
      expect((await promoteIn(p2, stage)).code).toBe(0);
    const dana = await promoteIn(p2, 'production', {
      eventName: 'workflow_dispatch',
      actor: 'dana',
      reason: 'go',
    });
    expect(dana.stderr).toBe('');
    expect(dana.code).toBe(0);
    expect(dana.outputs).toMatchObject({
      stage: 'production',
      environment: 'production',
      changed: 'true',
    });
    const log = await p2.origin.git('log', '-1', '--format=%B', 'refs/heads/msdeploy/ledger');
    expect(JSON.parse(log.split('\n\n')[1]!)).toMatchObject({
      actor: 'dana',
      via: 'workflow_dispatch',
      reason: 'go',
    });
    expect(gh.deployments.at(-1)).toMatchObject({ environment: 'web/production' });
  }, 120_000);

  it('oci store: the stage tag moves to the digest only after the ledger commit', async () => {
    const registry = await startRegistry();
    try {
      const repo = await exampleRepo('monorepo');
      const origin = await GitRepo.create({ bare: true });
      await repo.git('remote', 'add', 'origin', origin.dir);
      const sha = await repo.head();
      const built = spawnSync(
        process.execPath,
        [
          join(PROJECT_ROOT, 'bin/msdeploy.js'),
          'build',
          'web',
          '--store',
          'oci',
          '--registry',
          `${registry.host}/acme/shop`,
          '--json',
        ],
        { cwd: repo.dir, encoding: 'utf8' },
      );
      expect(built.stderr).not.toMatch(/error/);
      const artifact = JSON.parse(built.stdout) as {
        version: string;
        digest: string;
        ref: string;
      };
      // build-artifact's reference names the manifest (oci://…@sha256:<manifest digest>).
      expect(artifact.ref).toMatch(/^oci:\/\/.*@sha256:[0-9a-f]{64}$/);
      expect(artifact.ref.endsWith(artifact.digest)).toBe(false);
      const tagOf = async (tag: string) => {
        const res = await fetch(`http://${registry.host}/v2/acme/shop/web/manifests/${tag}`, {
          headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
        });
        if (res.status === 404) return undefined;
        const m = (await res.json()) as { annotations: Record<string, string> };
        return m.annotations['dev.msdeploy.artifact.digest'];
      };
      expect(await tagOf('commit')).toBeUndefined();
      const r = await runActionBundle(ACTION, {
        cwd: repo.dir,
        sha,
        inputs: {
          service: 'web',
          version: artifact.ref, // the reference, as a workflow passes build's output
          to: 'commit',
          store: 'oci',
          registry: `${registry.host}/acme/shop`,
        },
        env: { GITHUB_RUN_ID: '78', GITHUB_ACTOR: 'github-actions[bot]' },
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.outputs.digest).toBe(artifact.digest);
      expect(await tagOf('commit')).toBe(artifact.digest);
      expect(await origin.git('rev-list', '--count', 'refs/heads/msdeploy/ledger')).toBe('1');

      // A digest the registry does not hold is refused before anything moves.
      const missing = `sha256:${'0'.repeat(64)}`;
      const refused = await runActionBundle(ACTION, {
        cwd: repo.dir,
        sha,
        inputs: {
          service: 'web',
          version: missing,
          to: 'commit',
          store: 'oci',
          registry: `${registry.host}/acme/shop`,
        },
        env: { GITHUB_RUN_ID: '79', GITHUB_ACTOR: 'github-actions[bot]' },
      });
      expect(refused.code).toBe(4);
      expect(refused.stdout).toContain(missing);
      expect(await tagOf('commit')).toBe(artifact.digest);
      expect(await origin.git('rev-list', '--count', 'refs/heads/msdeploy/ledger')).toBe('1');
    } finally {
      await registry.stop();
    }
  }, 120_000);
});
