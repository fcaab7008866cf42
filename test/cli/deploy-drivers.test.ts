/**
 * The drivers beyond local and ssh, as users run them through the committed CLI bundle: the
 * `command` driver (a script of the user's deploys to a "platform", here a directory) and `deb`
 * artifacts installed with dpkg into a root the environment names. Both go live, fail their
 * health check, and are rolled back to the earlier release.
 */
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';
import { msdeploy } from '../support/cli-runner.js';
import { exampleRepo } from '../support/example-repo.js';
import { cleanupRepos, type GitRepo } from '../support/git-repo.js';

afterAll(() => {
  cleanupRepos();
  cleanupBuilds();
});

const SECRET = 'k8s-Sup3r$ecret';

async function repoWith(environments: string[]): Promise<{ repo: GitRepo; store: string }> {
  const repo = await exampleRepo('monorepo');
  await repo.git('config', 'user.name', 'Alice');
  await repo.git('config', 'user.email', 'alice@example.com');
  const manifest = readFileSync(join(repo.dir, 'msdeploy.yml'), 'utf8');
  // The example's stages name these two; the tests deploy to their own environments.
  const named = [
    '  staging: {driver: local, base: /tmp/unused-staging, services: {web: {}, payments: {}}}',
    '  production: {driver: local, base: /tmp/unused-production, services: {web: {}, payments: {}}}',
  ];
  repo.write(
    'msdeploy.yml',
    `${manifest}environments:\n${[...named, ...environments].join('\n')}\n`,
  );
  await repo.commit('environments');
  return { repo, store: tempDir('store') };
}

async function build(repo: GitRepo, store: string, service: string) {
  const r = await msdeploy(['build', service, '--store-path', store, '--json'], repo.dir);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { version: string; digest: string };
}

async function lastRecord(repo: GitRepo): Promise<Record<string, unknown>> {
  const body = await repo.git('log', '-1', '--format=%B', 'msdeploy/ledger');
  return JSON.parse(body.split('\n\n')[1]!) as Record<string, unknown>;
}

describe('the command driver', () => {
  it('runs the script with the verified artifact and config as files, checks health, and rolls back by running it with the earlier release', async () => {
    const platform = tempDir('platform');
    // The "platform": the script unpacks the artifact and copies the config into PLATFORM_DIR
    // (a variable the environment forwards by name), and logs every deploy.
    const deployScript = [
      'set -eu',
      'echo "deploying $MSDEPLOY_SERVICE $MSDEPLOY_VERSION ($MSDEPLOY_ARTIFACT_KIND) to $MSDEPLOY_ENVIRONMENT"',
      'rm -rf "$PLATFORM_DIR/live" && mkdir -p "$PLATFORM_DIR/live"',
      'tar -xzf "$MSDEPLOY_ARTIFACT" -C "$PLATFORM_DIR/live"',
      'cp "$MSDEPLOY_CONFIG" "$PLATFORM_DIR/live/config.json"',
      'echo "$MSDEPLOY_RELEASE $MSDEPLOY_DIGEST ${DB_PASSWORD:-no-secret} ${GITHUB_TOKEN:-no-token}" >> "$PLATFORM_DIR/log"',
    ].join('\n');
    const { repo, store } = await repoWith([
      '  cluster:',
      '    driver: command',
      '    run: ./deploy/platform.sh',
      '    env: [PLATFORM_DIR]',
      '    secrets: [DB_PASSWORD]',
      '    health:',
      '      command: \'! grep -q broken "$PLATFORM_DIR/live/index.html"\'',
      '      retries: 2',
      '      interval-seconds: 0.1',
      '    services:',
      '      web: {}',
    ]);
    repo.write('deploy/platform.sh', `#!/usr/bin/env bash\n${deployScript}\n`);
    chmodSync(join(repo.dir, 'deploy/platform.sh'), 0o755);
    repo.write('config/web/base.yml', 'db:\n  password: ${secret:DB_PASSWORD}\n');
    await repo.commit('deploy script');
    const env = {
      PLATFORM_DIR: platform,
      DB_PASSWORD: SECRET,
      GITHUB_TOKEN: 'ghs_not-for-scripts',
    };
    const cli = (...args: string[]) => msdeploy([...args, '--store-path', store], repo.dir, env);

    const v1 = await build(repo, store, 'web');
    const first = await cli('deploy', 'web', '--env', 'cluster', '--version', v1.version);
    // The script's output is the deploy's log.
    expect(first.stderr).toBe(`deploying web ${v1.version} (archive) to cluster\n`);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/✓ switch +run → /);
    expect(first.stdout).toMatch(/✓ health /);
    expect(readFileSync(join(platform, 'live', 'index.html'), 'utf8')).toContain('<title>shop');
    // The config reached the platform with its secret; the script got no token of ours.
    expect(JSON.parse(readFileSync(join(platform, 'live', 'config.json'), 'utf8'))).toEqual({
      db: { password: SECRET },
    });
    const log1 = readFileSync(join(platform, 'log'), 'utf8').trim().split('\n');
    expect(log1).toEqual([expect.stringMatching(new RegExp(` ${v1.digest} no-secret no-token$`))]);
    expect(first.stdout + first.stderr).not.toContain(SECRET);

    // A broken release: health fails, the script runs again with v1's artifact and config.
    repo.write(
      'msdeploy.yml',
      readFileSync(join(repo.dir, 'msdeploy.yml'), 'utf8').replace(
        /<title>[^<]*<\/title>/,
        '<title>broken</title>',
      ),
    );
    await repo.commit('broken');
    const v2 = await build(repo, store, 'web');
    const bad = await cli('deploy', 'web', '--env', 'cluster', '--version', v2.version);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/failed \(unhealthy: .*\); rolled back to /);
    expect(bad.stdout).toMatch(/✓ rollback +run → /);
    expect(readFileSync(join(platform, 'live', 'index.html'), 'utf8')).not.toContain('broken');
    const digests = readFileSync(join(platform, 'log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' ')[1]);
    expect(digests).toEqual([v1.digest, v2.digest, v1.digest]);
    expect(await lastRecord(repo)).toMatchObject({ kind: 'rolled-back', digest: v1.digest });

    // An explicit rollback fetches the earlier artifact again: the platform keeps no history here.
    repo.write(
      'msdeploy.yml',
      readFileSync(join(repo.dir, 'msdeploy.yml'), 'utf8').replace(
        /<title>[^<]*<\/title>/,
        '<title>shop three</title>',
      ),
    );
    await repo.commit('three');
    const v3 = await build(repo, store, 'web');
    expect((await cli('deploy', 'web', '--env', 'cluster', '--version', v3.version)).code).toBe(0);
    const back = await cli('rollback', 'web', '--env', 'cluster');
    expect(back.stderr).toMatch(
      new RegExp(`^deploying web ${v1.version.replace(/[.+]/g, '\\$&')} `),
    );
    expect(back.code).toBe(0);
    expect(readFileSync(join(platform, 'live', 'index.html'), 'utf8')).toContain(
      '<title>shop</title>',
    );
    const last = readFileSync(join(platform, 'log'), 'utf8').trim().split('\n').at(-1)!;
    expect(last.split(' ')[1]).toBe(v1.digest);
  }, 120_000);
});

describe('deb artifacts', () => {
  it('are kept as packages in the release and installed into dpkg-root when they go live; a rollback installs the earlier one', async () => {
    const base = tempDir('deb-releases');
    const root = tempDir('deb-root');
    const installed = join(root, 'opt', 'payments');
    const { repo, store } = await repoWith([
      '  boxes:',
      '    driver: local',
      `    base: ${base}`,
      `    dpkg-root: ${root}`,
      '    keep: 2',
      '    health:',
      `      command: test ! -e ${installed}/BROKEN && test -x ${installed}/bin/payments`,
      '      retries: 2',
      '      interval-seconds: 0.1',
      '    services:',
      '      payments: {}',
      '  plain:',
      '    driver: local',
      `    base: ${base}/plain`,
      '    services:',
      '      payments: {}',
    ]);
    const v1 = await build(repo, store, 'payments');
    const cli = (...args: string[]) => msdeploy([...args, '--store-path', store], repo.dir);

    const noRoot = await cli('deploy', 'payments', '--env', 'plain', '--version', v1.version);
    expect(noRoot.code).toBe(1);
    expect(noRoot.stderr).toMatch(/deb artifact: give the environment a `dpkg-root`/);

    const r = await cli('deploy', 'payments', '--env', 'boxes', '--version', v1.version);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(statSync(join(installed, 'bin', 'payments')).mode & 0o111).not.toBe(0);
    const release = readFileSync(join(base, 'payments', 'current', '.msdeploy-release.json'));
    expect(JSON.parse(release.toString())).toMatchObject({ artifactDigest: v1.digest });
    expect(existsSync(join(base, 'payments', 'current', 'artifact.deb'))).toBe(true);
    const status = () => readFileSync(join(root, 'var', 'lib', 'dpkg', 'status'), 'utf8');
    expect(status()).toMatch(/Package: shop-payments\nStatus: install ok installed/);
    const versionLine = /^Version: (.*)$/m.exec(status())![1]!;

    // v2 ships a BROKEN marker: unhealthy, so v1's package is installed again (a downgrade).
    const script = readFileSync(join(repo.dir, 'services/payments/build.sh'), 'utf8');
    repo.write('services/payments/build.sh', `${script}touch dist/BROKEN\n`);
    await repo.commit('payments: broken');
    const v2 = await build(repo, store, 'payments');
    const bad = await cli('deploy', 'payments', '--env', 'boxes', '--version', v2.version);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/rolled back to /);
    expect(existsSync(join(installed, 'BROKEN'))).toBe(false);
    expect(/^Version: (.*)$/m.exec(status())![1]).toBe(versionLine);
    expect(await lastRecord(repo)).toMatchObject({ kind: 'rolled-back', digest: v1.digest });
  }, 120_000);
});
