/**
 * `msdeploy deploy` with the local driver, as users run it (the committed CLI bundle): a real
 * repository, a local store, a local ledger, and a real HTTP health endpoint that answers from
 * whatever release is live.
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanupRepos, type GitRepo } from '../support/git-repo.js';
import { exampleRepo } from '../support/example-repo.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';
import { msdeploy, startCli } from '../support/cli-runner.js';
import { changeWeb, deployWorld, SECRET, type DeployWorld } from '../support/deploy-world.js';
import { kill, waitFor, waitForTreeToEnd } from '../support/processes.js';
import { startSshd, type TestSshd } from '../support/sshd.js';

const worlds: DeployWorld[] = [];
afterAll(async () => {
  for (const w of worlds) await w.close();
  cleanupRepos();
  cleanupBuilds();
});

async function setup(opts: Parameters<typeof deployWorld>[0] = {}) {
  const w = await deployWorld(opts);
  worlds.push(w);
  return w;
}

/** Give the sandbox environment a start script. */
async function withStart(repo: GitRepo, script: string): Promise<void> {
  const file = join(repo.dir, 'msdeploy.yml');
  repo.write(
    'msdeploy.yml',
    readFileSync(file, 'utf8').replace('    keep: 2\n', `    keep: 2\n    start: ${script}\n`),
  );
  await repo.commit('start script');
}

describe('msdeploy deploy', () => {
  it('deploys a release: artifact unpacked, config 0600 with the secret, current switched, ledger records', async () => {
    const { repo, base, build, run } = await setup();
    const v1 = await build();
    const r = await run('deploy', 'web', '--env', 'sandbox', '--version', v1.version, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { release: string; changed: boolean; configDigest: string };
    expect(out.changed).toBe(true);
    expect(out.release).toBe(`${v1.version}-${out.configDigest.slice(7, 19)}`);
    const current = join(base, 'web', 'current');
    expect(readlinkSync(current)).toBe(`releases/${out.release}`);
    expect(readFileSync(join(current, 'artifact', 'index.html'), 'utf8')).toContain(
      '<title>shop</title>',
    );
    const configFile = join(current, 'config.json');
    expect(statSync(configFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(configFile, 'utf8'))).toEqual({
      title: 'shop (sandbox)',
      db: { password: SECRET },
    });
    const kinds = (await repo.git('log', '--format=%s', 'msdeploy/ledger')).split('\n');
    expect(kinds).toEqual([
      `deployed web ${v1.version} → sandbox by Alice [skip ci]`,
      `deploying web ${v1.version} → sandbox by Alice [skip ci]`,
    ]);
    // The secret is nowhere but in the config file.
    const ledger = await repo.git('log', '-p', '--format=%B', 'msdeploy/ledger');
    for (const text of [r.stdout, r.stderr, ledger]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(Buffer.from(SECRET).toString('base64'));
    }
    const again = await run('deploy', 'web', '--env', 'sandbox', '--version', v1.version);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already live in `sandbox`/);
  });

  it('rolls back to the previous release when the new one is unhealthy, and says so', async () => {
    const { repo, base, build, run } = await setup();
    // The start script sees which release it starts: the rolled-back-to one gets its own values.
    await withStart(repo, 'echo "$MSDEPLOY_VERSION $MSDEPLOY_RELEASE" >> ../../starts');
    const v1 = await build();
    expect((await run('deploy', 'web', '--env', 'sandbox', '--version', v1.version)).code).toBe(0);
    const good = readlinkSync(join(base, 'web', 'current'));
    await changeWeb(repo, 'broken');
    const v2 = await build();
    const r = await run('deploy', 'web', '--env', 'sandbox', '--version', v2.version);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/failed \(unhealthy: HTTP 500.*rolled back to/);
    expect(readlinkSync(join(base, 'web', 'current'))).toBe(good);
    const last = JSON.parse(
      (await repo.git('log', '-1', '--format=%B', 'msdeploy/ledger')).split('\n\n')[1]!,
    );
    expect(last).toMatchObject({
      kind: 'rolled-back',
      digest: v1.digest,
      previous: v2.digest,
      environment: 'sandbox',
    });
    expect(last.reason).toMatch(/unhealthy/);
    const starts = readFileSync(join(base, 'web', 'starts'), 'utf8')
      .trim()
      .split('\n');
    expect(starts).toEqual([
      `${v1.version} ${good.slice('releases/'.length)}`,
      expect.stringMatching(
        new RegExp(
          `^${v2.version.replace(/[.+]/g, '\\$&')} ${v2.version.replace(/[.+]/g, '\\$&')}-`,
        ),
      ),
      `${v1.version} ${good.slice('releases/'.length)}`,
    ]);
  });

  it('refuses what the environment does not accept, and what is not defined, before touching anything', async () => {
    const { base, build, run } = await setup();
    const v1 = await build();
    const staged = await run('deploy', 'web', '--env', 'staging', '--version', v1.version);
    expect(staged.code).toBe(4);
    expect(staged.stderr).toMatch(/takes only what entered stage `uat`/);
    expect(existsSync(join(base, 'staging'))).toBe(false);
    const unknown = await run('deploy', 'web', '--env', 'stagng', '--version', v1.version);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/No environment "stagng".*did you mean "staging"/);
    const notPlaced = await run('deploy', 'catalog', '--env', 'sandbox', '--version', v1.version);
    expect(notPlaced.code).not.toBe(0);
    expect(notPlaced.stderr).toMatch(/does not deploy catalog/);
  });

  it('a missing secret is refused with its name, never a value', async () => {
    const { build, store, repo } = await setup();
    const v1 = await build();
    const r = await msdeploy(
      ['deploy', 'web', '--env', 'sandbox', '--version', v1.version, '--store-path', store],
      repo.dir,
      {
        DB_PASSWORD: '',
      },
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/DB_PASSWORD/);
  });

  it('ssh driver: deploys to several real sshd hosts, and rolls back the host whose start failed', async () => {
    const hosts: TestSshd[] = await Promise.all([startSshd(), startSshd()]);
    try {
      const repo = await exampleRepo('monorepo');
      await repo.git('config', 'user.name', 'Alice');
      await repo.git('config', 'user.email', 'alice@example.com');
      const base = tempDir('ssh-deploy');
      const manifest = readFileSync(join(repo.dir, 'msdeploy.yml'), 'utf8');
      const hostLines = hosts.map(
        (h, i) =>
          `      h${i}: {address: ${h.host}, user: ${h.user}, port: ${h.port}, known-hosts: ['${h.knownHostsLine}']}`,
      );
      repo.write(
        'msdeploy.yml',
        manifest +
          [
            'environments:',
            '  staging: {driver: local, base: /tmp/unused-staging, services: {web: {}}}',
            '  production: {driver: local, base: /tmp/unused-production, services: {web: {}}}',
            '  fleet:',
            '    driver: ssh',
            `    base: ${base}`,
            '    parallel: 2',
            '    start: test ! -e "$MSDEPLOY_RELEASE.fail" && grep -q shop artifact/index.html',
            '    hosts:',
            ...hostLines,
            '    services:',
            '      web: {}',
            '',
          ].join('\n'),
      );
      await repo.commit('fleet');
      const store = tempDir('store');
      const b = await msdeploy(['build', 'web', '--store-path', store, '--json'], repo.dir);
      const v1 = JSON.parse(b.stdout) as { version: string };
      // One deploy key for the fleet: authorise the first host's client key on the others too.
      const key = readFileSync(hosts[0]!.clientKeyPath, 'utf8');
      const pub = readFileSync(`${hosts[0]!.clientKeyPath}.pub`, 'utf8');
      for (const h of hosts.slice(1))
        appendFileSync(join(dirname(h.clientKeyPath), 'authorized_keys'), pub);
      const deployTo = (version: string) =>
        msdeploy(
          ['deploy', 'web', '--env', 'fleet', '--version', version, '--store-path', store],
          repo.dir,
          {
            MSDEPLOY_SSH_KEY: key,
          },
        );
      const r = await deployTo(v1.version);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Deployed web .* to fleet \(h0, h1\)/);
      const live = readlinkSync(join(base, 'web', 'current'));
      expect(
        readFileSync(join(base, 'web', 'current', 'artifact', 'index.html'), 'utf8'),
      ).toContain('shop');
      expect(statSync(join(base, 'web', 'current', 'config.json')).mode & 0o777).toBe(0o600);
      expect(live).toMatch(/^releases\//);
      // Both "hosts" are this machine, so they share one base: the second finds it prepared.
      for (const h of ['h0', 'h1']) {
        expect(r.stdout).toMatch(
          new RegExp(`^  ${h}.*\\n    ✓ prepare .*\\n    ✓ switch .*\\n    ✓ start`, 'm'),
        );
      }

      // A release whose start fails: switched back on the host that took it; the other never moved.
      await changeWeb(repo, 'broken');
      const b2 = await msdeploy(['build', 'web', '--store-path', store, '--json'], repo.dir);
      const v2 = JSON.parse(b2.stdout) as { version: string };
      const bad = await deployTo(v2.version);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/failed \(the start script exited 1\); rolled back to/);
      expect(bad.stdout).toMatch(/✓ rollback +current → /);
      expect(readlinkSync(join(base, 'web', 'current'))).toBe(live);
      const last = JSON.parse(
        (await repo.git('log', '-1', '--format=%B', 'msdeploy/ledger')).split('\n\n')[1]!,
      );
      expect(last).toMatchObject({ kind: 'rolled-back', environment: 'fleet' });
    } finally {
      await Promise.all(hosts.map((h) => h.stop()));
    }
  }, 120_000);

  it('a deploy killed after taking the lease: others are refused, its re-run resumes; one deploying, one deployed record', async () => {
    const marks = tempDir('marks');
    const started = join(marks, 'started');
    // A start script slow enough to be killed in: it leaves a mark, then sleeps.
    const { repo, base, build, store } = await setup({
      sandbox: [`start: touch ${started} && sleep 3`],
    });
    const v1 = await build();
    const args = [
      'deploy',
      'web',
      '--env',
      'sandbox',
      '--version',
      v1.version,
      '--store-path',
      store,
    ];
    const first = startCli(args, repo.dir, { DB_PASSWORD: SECRET });
    await waitFor('the start script', () => existsSync(started));
    await waitForTreeToEnd(kill(first, true)); // the deployer and its start script
    // Someone else meanwhile: refused, naming who holds the lease.
    await repo.git('config', 'user.name', 'Bob');
    const bob = await msdeploy(args, repo.dir, { DB_PASSWORD: SECRET });
    expect(bob.code).toBe(4);
    expect(bob.stderr).toMatch(/web in `sandbox` is being deployed by Alice until /);
    await repo.git('config', 'user.name', 'Alice');
    const again = await msdeploy(args, repo.dir, { DB_PASSWORD: SECRET });
    expect(again.stderr).toMatch(/Resuming the deploy that took the lease in ledger record \d+/);
    expect(again.code).toBe(0);
    const subjects = (await repo.git('log', '--format=%s', 'msdeploy/ledger')).split('\n');
    expect(subjects.filter((l) => l.startsWith('deploying'))).toHaveLength(1);
    expect(subjects.filter((l) => l.startsWith('deployed'))).toHaveLength(1);
    expect(readFileSync(join(base, 'web', 'current', 'artifact', 'index.html'), 'utf8')).toContain(
      'shop',
    );
  }, 60_000);

  it('rollback: the previous release live again, the bad one rejected; nothing earlier is refused', async () => {
    const { repo, base, build, run } = await setup();
    const cli = (...args: string[]) => msdeploy(args, repo.dir, { DB_PASSWORD: SECRET });
    const v1 = await build();
    const none = await cli('rollback', 'web', '--env', 'sandbox');
    expect(none.code).toBe(4);
    expect(none.stderr).toMatch(/Nothing of web is live in sandbox/);
    expect((await run('deploy', 'web', '--env', 'sandbox', '--version', v1.version)).code).toBe(0);
    const first = readlinkSync(join(base, 'web', 'current'));
    await changeWeb(repo, 'shop two');
    const v2 = await build();
    expect((await run('deploy', 'web', '--env', 'sandbox', '--version', v2.version)).code).toBe(0);
    const r = await cli(
      'rollback',
      'web',
      '--env',
      'sandbox',
      '--reject',
      '--reason',
      'slow pages',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Rolled web back to .* in sandbox; .* is rejected/);
    expect(readlinkSync(join(base, 'web', 'current'))).toBe(first);
    const log = JSON.parse((await cli('log', 'web', '--json')).stdout) as {
      kind: string;
      digest: string | null;
    }[];
    expect(log.slice(-3).map((x) => [x.kind, x.digest])).toEqual([
      ['deploying', v1.digest],
      ['rolled-back', v1.digest],
      ['rejected', v2.digest],
    ]);
    const again = await run('deploy', 'web', '--env', 'sandbox', '--version', v2.version);
    expect(again.code).toBe(0); // a sandbox takes any built artifact, rejected or not
    const unknown = await cli('rollback', 'web', '--env', 'sandbox', '--to', '9.9.9');
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toMatch(/9\.9\.9 was never live in sandbox/);
  }, 60_000);

  it('a second deployer — even the same person in another terminal — is refused while the lease runs, or waits with --lease-wait', async () => {
    const { repo, base, build, run } = await setup();
    await withStart(repo, 'echo "$MSDEPLOY_VERSION" >> ../../starts && sleep 2');
    const v1 = await build();
    await changeWeb(repo, 'shop two');
    const v2 = await build();
    const first = run('deploy', 'web', '--env', 'sandbox', '--version', v1.version);
    const starts = join(base, 'web', 'starts');
    for (let i = 0; i < 200 && !existsSync(starts); i++)
      await new Promise((r) => setTimeout(r, 50));
    const refused = await run('deploy', 'web', '--env', 'sandbox', '--version', v2.version);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/web in `sandbox` is being deployed by Alice until /);
    const waiter = await run(
      'deploy',
      'web',
      '--env',
      'sandbox',
      '--version',
      v2.version,
      '--lease-wait',
      '60',
    );
    expect(waiter.stderr).toMatch(/being deployed by Alice .* Waiting \(\d+ s left\)/);
    expect(waiter.code).toBe(0);
    expect((await first).code).toBe(0);
    // One after the other, never interleaved.
    expect(readFileSync(starts, 'utf8')).toBe(`${v1.version}\n${v2.version}\n`);
    const subjects = (await repo.git('log', '--reverse', '--format=%s', 'msdeploy/ledger'))
      .split('\n')
      .map((l) => l.split(' ').slice(0, 3).join(' '));
    expect(subjects).toEqual([
      `deploying web ${v1.version}`,
      `deployed web ${v1.version}`,
      `deploying web ${v2.version}`,
      `deployed web ${v2.version}`,
    ]);
    const bad = await run(
      'deploy',
      'web',
      '--env',
      'sandbox',
      '--version',
      v1.version,
      '--lease-wait',
      'soon',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/option --lease-wait must be a whole number of seconds/);
  }, 60_000);

  it('a deploy that fails before switching anything closes its lease: the next one is not blocked', async () => {
    const { repo, base, build, run } = await setup();
    const v1 = await build();
    // A `current` made by hand (a directory, not our link): reading it fails after the lease.
    mkdirSync(join(base, 'web', 'current'), { recursive: true });
    const r = await run('deploy', 'web', '--env', 'sandbox', '--version', v1.version);
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(4);
    expect(r.stderr).toMatch(/current/);
    const subjects = (await repo.git('log', '--reverse', '--format=%s', 'msdeploy/ledger')).split(
      '\n',
    );
    expect(subjects).toEqual([
      expect.stringMatching(/^deploying web /),
      expect.stringMatching(/^rolled back web /),
    ]);
    const last = JSON.parse(
      (await repo.git('log', '-1', '--format=%B', 'msdeploy/ledger')).split('\n\n')[1]!,
    );
    expect(last.reason).toMatch(/aborted: .*current/);
    rmSync(join(base, 'web', 'current'), { recursive: true });
    const again = await run('deploy', 'web', '--env', 'sandbox', '--version', v1.version);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
  }, 60_000);
});
