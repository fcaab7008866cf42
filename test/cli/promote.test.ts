/**
 * The ledger commands as users run them (the committed CLI bundle) on a real repository: build
 * with the local store, then promote, hold, release, reject, status and log, with the ledger in
 * the local repository or on a real bare origin.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import { exampleRepo } from '../support/example-repo.js';
import { PROJECT_ROOT } from '../support/action-runner.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';

afterAll(() => {
  cleanupRepos();
  cleanupBuilds();
});

function msdeploy(args: string[], cwd: string) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('GITHUB_')) delete env[k];
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/msdeploy.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Built {
  version: string;
  digest: string;
}

/** The example monorepo with a git identity, and a store outside it. */
async function setup() {
  const repo = await exampleRepo('monorepo');
  await repo.git('config', 'user.name', 'Alice');
  await repo.git('config', 'user.email', 'alice@example.com');
  const store = tempDir('store');
  const build = (): Built => {
    const r = msdeploy(['build', 'web', '--store-path', store, '--json'], repo.dir);
    expect(r.stderr).not.toMatch(/error/);
    return JSON.parse(r.stdout) as Built;
  };
  const run = (...args: string[]) => msdeploy([...args, '--store-path', store], repo.dir);
  const runNoStore = (...args: string[]) => msdeploy(args, repo.dir);
  return { repo, store, build, run, runNoStore };
}

/** A second build of web with other bytes. */
async function changeWeb(repo: GitRepo): Promise<void> {
  const file = join(repo.dir, 'msdeploy.yml');
  repo.write(
    'msdeploy.yml',
    readFileSync(file, 'utf8').replace('<title>shop</title>', '<title>shop 2</title>'),
  );
  await repo.commit('web 2');
}

const stagesOf = (stdout: string) => {
  const status = JSON.parse(stdout) as {
    services: {
      service: string;
      stages: { stage: string; digest: string | null; by: string | null; held: boolean }[];
    }[];
  };
  return Object.fromEntries(status.services[0]!.stages.map((s) => [s.stage, s]));
};

describe('msdeploy promote, status, log (local ledger)', () => {
  it('moves one digest stage by stage, refusing skips, with a no-op that says so', async () => {
    const { repo, build, run, runNoStore } = await setup();
    const head = await repo.head();
    const v1 = build();

    let st = stagesOf(runNoStore('status', 'web', '--json').stdout);
    expect(Object.keys(st)).toEqual(['commit', 'acceptance', 'uat', 'production']);
    expect(st.commit!.digest).toBeNull();

    const skip = run('promote', 'web', '--to', 'acceptance', '--version', v1.version);
    expect(skip.code).toBe(4);
    expect(skip.stderr).toContain('has not entered any stage yet (the first is `commit`)');

    const first = run(
      'promote',
      'web',
      '--to',
      'commit',
      '--version',
      v1.version,
      '--reason',
      'built',
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Recorded promoted web commit as ledger record 1/);
    const again = run('promote', 'web', '--to', 'commit', '--version', v1.digest);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already in `commit`.*nothing to do/);

    expect(run('promote', 'web', '--to', 'acceptance', '--version', v1.version).code).toBe(0);
    st = stagesOf(runNoStore('status', 'web', '--json').stdout);
    expect(st.acceptance).toMatchObject({ digest: v1.digest, by: 'Alice', held: false });

    // The ledger is a branch of its own: HEAD, the index and the work tree are untouched.
    expect(await repo.head()).toBe(head);
    expect(await repo.git('status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(await repo.git('log', '--format=%s', 'msdeploy/ledger')).toBe(
      [
        `promote web ${v1.version} → acceptance by Alice [skip ci]`,
        `promote web ${v1.version} → commit by Alice [skip ci]`,
      ].join('\n'),
    );
    const state = JSON.parse(await repo.git('show', 'msdeploy/ledger:state.json'));
    expect(state).toMatchObject({ format: 'msdeploy-ledger', records: 2 });
    expect(await repo.git('show', 'msdeploy/ledger:README.md')).toContain('## web');
    expect(await repo.git('rev-list', '--max-parents=0', 'msdeploy/ledger')).toBe(
      await repo.git('rev-list', '--reverse', 'msdeploy/ledger').then((l) => l.split('\n')[0]!),
    );

    const log = JSON.parse(runNoStore('log', 'web', '--json').stdout) as Record<string, unknown>[];
    expect(
      log.map((r) => [r.kind, r.stage, r.digest, r.previous, r.actor, r.via, r.reason]),
    ).toEqual([
      ['promoted', 'commit', v1.digest, null, 'Alice', 'git-identity', 'built'],
      ['promoted', 'acceptance', v1.digest, null, 'Alice', 'git-identity', null],
    ]);
  });

  it('holds, releases and rejects with reasons; unknown versions list candidates', async () => {
    const { repo, build, run, runNoStore } = await setup();
    const v1 = build();
    await changeWeb(repo);
    const v2 = build();
    expect(v2.digest).not.toBe(v1.digest);
    for (const v of [v1, v2]) {
      expect(run('promote', 'web', '--to', 'commit', '--version', v.version).code).toBe(0);
    }
    expect(runNoStore('hold', 'web', '--stage', 'acceptance').code).toBe(4);
    const held = runNoStore('hold', 'web', '--stage', 'acceptance', '--reason', 'env is down');
    expect(held.code).toBe(0);
    expect(held.stdout).toMatch(/HELD by Alice: env is down/);
    const blocked = run('promote', 'web', '--to', 'acceptance', '--version', v2.version);
    expect(blocked.code).toBe(4);
    expect(blocked.stderr).toMatch(/held by Alice .*"env is down"/);
    expect(runNoStore('release', 'web', '--stage', 'acceptance').code).toBe(0);
    expect(runNoStore('release', 'web', '--stage', 'acceptance').stdout).toMatch(
      /is not held: nothing to do/,
    );

    expect(run('reject', 'web', '--version', v2.version).code).toBe(4);
    expect(run('reject', 'web', '--version', v2.version, '--reason', 'bad build').code).toBe(0);
    const refused = run('promote', 'web', '--to', 'acceptance', '--version', v2.version);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/was rejected by Alice/);
    expect(run('promote', 'web', '--to', 'acceptance', '--version', v1.version).code).toBe(0);

    const unknown = run('promote', 'web', '--to', 'commit', '--version', '9.9.9');
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain(v1.version);
    expect(unknown.stderr).toContain(v2.version);

    const kinds = (JSON.parse(runNoStore('log', 'web', '--json').stdout) as { kind: string }[]).map(
      (r) => r.kind,
    );
    expect(kinds).toEqual(['promoted', 'promoted', 'held', 'released', 'rejected', 'promoted']);
  });

  it("a manual stage refuses the commit's author (four eyes) and takes another person", async () => {
    const { repo, build, run } = await setup();
    const v1 = build();
    for (const stage of ['commit', 'acceptance', 'uat']) {
      expect(run('promote', 'web', '--to', stage, '--version', v1.version).code).toBe(0);
    }
    // The example's production approvers are a team and `alice`; the CLI matches user.name.
    await repo.git('config', 'user.name', 'msdeploy test');
    await repo.git('config', 'user.email', 'test@msdeploy.invalid');
    const own = run('promote', 'web', '--to', 'production', '--version', v1.version);
    expect(own.code).toBe(4);
    expect(own.stderr).toMatch(/only release-manager, @shop\/release-managers may promote/);
    // An approver by name, but with the commit author's email: still the author.
    await repo.git('config', 'user.name', 'release-manager');
    const self = run('promote', 'web', '--to', 'production', '--version', v1.version);
    expect(self.code).toBe(4);
    expect(self.stderr).toMatch(/wrote the artifact's commit and may not approve it \(four eyes\)/);
    await repo.git('config', 'user.email', 'rm@example.com');
    const ok = run('promote', 'web', '--to', 'production', '--version', v1.version);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  });

  it('a tampered artifact is refused with both digests named, and nothing is written', async () => {
    const { repo, store, build, run } = await setup();
    const v1 = build();
    const blob = join(store, 'blobs', 'sha256', v1.digest.slice('sha256:'.length));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(blob, 'tampered');
    const r = run('promote', 'web', '--to', 'commit', '--version', v1.version);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(v1.digest);
    expect(r.stderr).toMatch(/sha256:[0-9a-f]{64}[^]*sha256:[0-9a-f]{64}/);
    await expect(repo.git('rev-parse', '--verify', '--quiet', 'msdeploy/ledger')).rejects.toThrow();
  });

  it('a ref that is not a ledger is refused, never overwritten', async () => {
    const { repo, build, run } = await setup();
    const v1 = build();
    const main = await repo.head();
    const r = run(
      'promote',
      'web',
      '--to',
      'commit',
      '--version',
      v1.version,
      '--ledger-ref',
      'main',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not an msdeploy ledger/);
    expect(await repo.git('rev-parse', 'main')).toBe(main);
  });
});

describe('msdeploy promote --push (ledger on origin)', () => {
  it('writes the ledger to origin, where another clone reads it; local branches stay untouched', async () => {
    const { repo, build, run } = await setup();
    const origin = await GitRepo.create({ bare: true });
    await repo.git('remote', 'add', 'origin', origin.dir);
    await repo.git('push', '-q', 'origin', 'main');
    const v1 = build();
    const r = run('promote', 'web', '--to', 'commit', '--version', v1.version, '--push');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(await origin.git('log', '--format=%s', 'refs/heads/msdeploy/ledger')).toBe(
      `promote web ${v1.version} → commit by Alice [skip ci]`,
    );
    await expect(
      repo.git('rev-parse', '--verify', '--quiet', 'refs/heads/msdeploy/ledger'),
    ).rejects.toThrow();

    const other = await origin.clone();
    const st = stagesOf(msdeploy(['status', 'web', '--json', '--push'], other.dir).stdout);
    expect(st.commit).toMatchObject({ digest: v1.digest, by: 'Alice' });
  });
});
