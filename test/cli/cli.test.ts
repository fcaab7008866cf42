/** The msdeploy command as users run it: the committed bundle behind bin/msdeploy.js. */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupRepos } from '../support/git-repo.js';
import { exampleRepo } from '../support/example-repo.js';
import { PROJECT_ROOT } from '../support/action-runner.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';

afterAll(() => {
  cleanupRepos();
  cleanupBuilds();
});

function msdeploy(args: string[], cwd = PROJECT_ROOT) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('GITHUB_')) delete env[k];
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/msdeploy.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('msdeploy CLI', () => {
  it('prints help, and exits 2 on bad usage', () => {
    expect(msdeploy(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Commands:'),
    });
    expect(msdeploy(['detect', '--help']).stdout).toContain('--base <rev>');
    expect(msdeploy([]).code).toBe(2);
    const unknown = msdeploy(['deploy-everything']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "deploy-everything"/);
    expect(msdeploy(['detect', '--no-such-flag']).code).toBe(2);
    expect(msdeploy(['build']).code).toBe(2);
  });

  it('detect: text by default, JSON with --json, default base where the branch left main', async () => {
    const repo = await exampleRepo('monorepo');
    await repo.checkoutNew('feature');
    repo.write('services/payments/src/index.ts', 'export const pay = () => "paid";\n');
    await repo.commit('pay');
    const text = msdeploy(['detect', '--cwd', repo.dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/1 of 4 services affected/);
    expect(text.stdout).toMatch(
      /● payments +own files changed \(services\/payments\/src\/index\.ts\)/,
    );
    expect(text.stderr).toMatch(/base: where HEAD left main/);
    const json = JSON.parse(msdeploy(['detect', '--cwd', repo.dir, '--json']).stdout);
    expect(
      json.services
        .filter((s: { affected: boolean }) => s.affected)
        .map((s: { name: string }) => s.name),
    ).toEqual(['payments']);
  });

  it('detect in a shallow clone deepens to find the base, and warns loudly when it cannot', async () => {
    const origin = await exampleRepo('monorepo');
    origin.write('services/payments/src/index.ts', 'export const pay = () => "paid";\n');
    await origin.commit('pay');
    const clone = await origin.clone({ depth: 1 });
    const r = msdeploy(['detect', '--cwd', clone.dir, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Shallow clone: fetching 50 more commits/);
    const json = JSON.parse(r.stdout);
    expect(json.warning).toBeNull();
    expect(
      json.services
        .filter((s: { affected: boolean }) => s.affected)
        .map((s: { name: string }) => s.name),
    ).toEqual(['payments']);

    // origin gone: the history can't be deepened, and the answer says so instead of a silent "all".
    const orphan = await origin.clone({ depth: 1 });
    await orphan.git('remote', 'set-url', 'origin', join(clone.dir, 'no-such-origin'));
    const lost = msdeploy(['detect', '--cwd', orphan.dir, '--json']);
    expect(lost.code).toBe(0);
    expect(lost.stderr).toMatch(/warning: Shallow clone: could not find where HEAD left/);
    const lostJson = JSON.parse(lost.stdout);
    expect(lostJson.warning).toMatch(/treating every service as affected/);
    expect(lostJson.services.every((s: { affected: boolean }) => s.affected)).toBe(true);
  });

  it('detect: control characters in file names are shown escaped', async () => {
    const repo = await exampleRepo('monorepo');
    const base = await repo.head();
    repo.write('services/web/\x1b[31mred\x07.ts', 'x');
    await repo.commit('odd name');
    const r = msdeploy(['detect', '--cwd', repo.dir, '--base', base]);
    expect(r.stdout).toContain('\\x1b[31mred\\x07.ts');
    expect(r.stdout).not.toContain('\x1b');
  });

  it('an invalid manifest exits 3 with file:line:col for every problem', async () => {
    const repo = await exampleRepo('monorepo');
    repo.write('msdeploy.yml', 'services:\n  Web:\n    path: ../web\n');
    await repo.commit('bad');
    const r = msdeploy(['detect', '--cwd', repo.dir]);
    expect(r.code).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^msdeploy\.yml:\d+:\d+: /);
  });

  it('a service path that holds no tracked file exits 3 at its location, with a did-you-mean', async () => {
    const repo = await exampleRepo('monorepo');
    const base = await repo.head();
    const text = readFileSync(join(repo.dir, 'msdeploy.yml'), 'utf8')
      .replace('path: services/web', 'path: services/wbe')
      .replace("include: ['proto/common.proto']", "include: ['proto/comon.proto']");
    repo.write('msdeploy.yml', text);
    await repo.commit('typo');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('services/wbe')) + 1;
    const col = lines[line - 1]!.indexOf('services/wbe') + 1;
    const r = msdeploy(['detect', '--cwd', repo.dir, '--base', base]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      `msdeploy.yml:${line}:${col}: services.web.path \`services/wbe\` holds no file tracked at head`,
    );
    expect(r.stderr).toContain('did you mean `services/web`?');
    expect(r.stderr).toMatch(
      /msdeploy\.yml:\d+:\d+: .*include `proto\/comon\.proto` matches no file/,
    );
    const build = msdeploy(['build', 'web', '--cwd', repo.dir]);
    expect(build.code).toBe(3);
    expect(build.stderr).toContain('did you mean `services/web`?');
  });

  it('build: stores the artifact locally and prints its identity; a failing build exits with its code', async () => {
    const repo = await exampleRepo('single-service');
    const store = tempDir('store');
    const r = msdeploy(['build', 'hello', '--cwd', repo.dir, '--store-path', store]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^built hello 0\.3\.1\+[0-9a-f]{7}$/m);
    expect(r.stdout).toMatch(/digest +sha256:[0-9a-f]{64}/);
    expect(r.stderr).toMatch(/packing +100%/);

    const again = JSON.parse(
      msdeploy(['build', 'hello', '--cwd', repo.dir, '--store-path', store, '--json']).stdout,
    );
    expect(again.ref).toBe(`local:${store}@${again.digest}`);
    expect(r.stdout).toContain(again.digest); // same commit, same bytes

    repo.write('src/index.js', 'process.exit(9);\n');
    await repo.commit('break');
    const failed = msdeploy(['build', 'hello', '--cwd', repo.dir, '--store-path', store]);
    expect(failed.code).toBe(9);
    expect(failed.stderr).toMatch(/The build of hello failed with exit code 9/);
  });

  it('build versions: a release on the default branch, a pre-release on a branch, tag or detached HEAD', async () => {
    const repo = await exampleRepo('single-service');
    const store = tempDir('store');
    const build = () =>
      JSON.parse(
        msdeploy(['build', 'hello', '--cwd', repo.dir, '--store-path', store, '--json']).stdout,
      ) as { version: string };
    expect(build().version).toMatch(/^0\.3\.\d+\+[0-9a-f]{7}$/);
    await repo.checkoutNew('feature/login');
    expect(build().version).toMatch(/^0\.3\.\d+-feature-login\+[0-9a-f]{7}$/);
    await repo.git('tag', 'v0.3.9');
    await repo.git('checkout', '-q', '--detach');
    expect(build().version).toMatch(/^0\.3\.\d+-v0-3-9\+[0-9a-f]{7}$/);
    await repo.git('commit', '-q', '--allow-empty', '-m', 'detached');
    expect(build().version).toMatch(/^0\.3\.\d+-detached\+[0-9a-f]{7}$/);
  });

  it('a manifest or service path that leads outside the repository through a symlink is refused, unquoted', async () => {
    const outside = tempDir('outside');
    writeFileSync(join(outside, 'msdeploy.yml'), 'services:\n  secret-token-1234: {}\n');
    const repo = await exampleRepo('monorepo');
    rmSync(join(repo.dir, 'msdeploy.yml'));
    symlinkSync(join(outside, 'msdeploy.yml'), join(repo.dir, 'msdeploy.yml'));
    await repo.commit('manifest via a symlink');
    const r = msdeploy(['detect', '--cwd', repo.dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/The manifest msdeploy\.yml leads outside the repository/);
    expect(r.stderr).not.toContain('secret-token-1234');

    const svc = await exampleRepo('single-service');
    symlinkSync(outside, join(svc.dir, 'out'));
    writeFileSync(
      join(svc.dir, 'msdeploy.yml'),
      'services:\n  hello:\n    path: out\n    build:\n      run: "true"\n      output: dist\n',
    );
    await svc.commit('service through a symlink');
    const b = msdeploy(['build', 'hello', '--cwd', svc.dir, '--store-path', tempDir('store')]);
    expect(b.code).toBe(3);
    expect(b.stderr).toMatch(/Service hello's path out leads outside the repository/);
  });

  it('help comes from each command option table; typos get a suggestion; --version', async () => {
    const { detectCommand } = await import('../../src/cli/commands/detect.js');
    const { buildCommand } = await import('../../src/cli/commands/build.js');
    for (const command of [detectCommand, buildCommand]) {
      const help = msdeploy([command.name, '--help']).stdout;
      for (const name of Object.keys(command.options)) expect(help).toContain(`--${name}`);
    }
    const typo = msdeploy(['build', 'x', '--stor', 'oci']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/build has no option --stor — did you mean --store\?/);
    expect(msdeploy(['biuld']).stderr).toMatch(/did you mean "build"\?/);
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(msdeploy(['--version'])).toMatchObject({ code: 0, stdout: `msdeploy ${pkg.version}\n` });
  });

  it('finds the manifest upward from a subdirectory; none at all exits 3', async () => {
    const repo = await exampleRepo('monorepo');
    const base = await repo.head();
    repo.write('services/web/src/x.ts', 'x');
    await repo.commit('web');
    const inside = msdeploy(['detect', '--base', base], join(repo.dir, 'services/web/src'));
    expect(inside.code).toBe(0);
    expect(inside.stdout).toMatch(/2 of 4 services affected/);
    expect(inside.stdout).toMatch(/● web +own files changed \(services\/web\/src\/x\.ts\)/);

    const empty = tempDir('no-manifest');
    const none = msdeploy(['detect'], empty);
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/No msdeploy\.yml in .* or its parents/);
    const named = msdeploy(['detect', '--manifest', 'nope.yml'], empty);
    expect(named.code).toBe(3);
    expect(named.stderr).toMatch(/No manifest at nope\.yml: .*point the option --manifest at it/);
  });

  it('build: a dirty tree is marked in the version and provenance; --version is no path', async () => {
    const repo = await exampleRepo('single-service');
    repo.write('src/index.js', 'console.log("edited, not committed");\n');
    const store = tempDir('store');
    const r = msdeploy(['build', 'hello', '--cwd', repo.dir, '--store-path', store, '--json']);
    expect(r.code).toBe(0);
    const built = JSON.parse(r.stdout);
    expect(built.version).toMatch(/^0\.3\.1\+[0-9a-f]{7}\.dirty$/);
    const provenance = JSON.parse(readFileSync(built.provenance, 'utf8'));
    expect(provenance.predicate.buildDefinition.internalParameters.dirty).toBe(true);

    const path = msdeploy(['build', 'hello', '--cwd', repo.dir, '--version', '1.0/../../x']);
    expect(path.code).toBe(2);
    expect(path.stderr).toMatch(/The option --version must be a SemVer/);
  });

  it('a wrong setting is worded as an option', async () => {
    const repo = await exampleRepo('single-service');
    const r = msdeploy(['build', 'hello', '--cwd', repo.dir, '--store', 's3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/The option --store is "s3": use one of local, github, oci\./);
  });
});
