/** buildService over real parts: bash, the example services, our packer, dpkg-deb, a local store. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import {
  BuildConfigError,
  BuildFailedError,
  findTestReports,
} from '../../../src/core/artifact/build.js';
import { ARCHIVE_FORMAT } from '../../../src/core/artifact/pack.js';
import { cleanupRepos } from '../../support/git-repo.js';
import { exampleRepo } from '../../support/example-repo.js';
import { buildIn, cleanupBuilds, context, tempDir } from '../../support/build-harness.js';

afterAll(() => {
  cleanupRepos();
  cleanupBuilds();
});

describe('buildService', () => {
  it('builds, packs, records provenance with the tests, and stores by digest', async () => {
    const repo = await exampleRepo('monorepo');
    const commit = await repo.head();
    const r = await buildIn(repo.dir, 'catalog', context(repo.dir, commit));
    expect(r.meta).toMatchObject({
      service: 'catalog',
      version: '1.4.7+' + commit.slice(0, 7),
      kind: 'archive',
      fileName: `catalog-1.4.7+${commit.slice(0, 7)}.tar.gz`,
    });
    expect(r.meta.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.stored.ref).toMatch(new RegExp(`^local:.*@${r.meta.digest}$`));

    const listing = spawnSync('tar', ['-tzf', r.artifactPath], { encoding: 'utf8' }).stdout.split(
      '\n',
    );
    expect(listing).toEqual(expect.arrayContaining(['index.mjs', 'build.json']));
    const statement = JSON.parse(readFileSync(r.provenancePath, 'utf8'));
    expect(statement.subject).toEqual([
      { name: r.meta.fileName, digest: { sha256: r.meta.digest.slice(7) } },
    ]);
    expect(statement.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit).toBe(
      commit,
    );
    expect(statement.predicate.buildDefinition.internalParameters.toolchain).toEqual({
      node: process.versions.node,
      zlib: process.versions.zlib,
      archive: ARCHIVE_FORMAT,
    });
    expect(statement.predicate.runDetails.metadata.invocationId).toBe(
      'https://github.com/acme/shop/actions/runs/42',
    );
    expect(statement.predicate.runDetails.byproducts[0].annotations).toMatchObject({
      tests: 1,
      passed: 1,
      failed: 0,
    });
  });

  it('is reproducible: two clones in different places at different times give the same digest', async () => {
    const origin = await exampleRepo('monorepo');
    const commit = await origin.head();
    const a = await origin.clone();
    const first = await buildIn(a.dir, 'search', context(a.dir, commit));
    await new Promise((r) => setTimeout(r, 1100)); // a later second, different file mtimes
    const b = await origin.clone();
    spawnSync('chmod', ['-R', 'g+w', b.dir]); // a different umask on the second machine
    const second = await buildIn(b.dir, 'search', context(b.dir, commit));
    expect(second.meta.digest).toBe(first.meta.digest);
    expect(first.meta.version).toBe(`2.3.7+${commit.slice(0, 7)}`); // base version from package.json
  });

  it('builds a deb that dpkg-deb can read', async () => {
    const repo = await exampleRepo('monorepo');
    const r = await buildIn(repo.dir, 'payments', context(repo.dir, await repo.head()));
    expect(r.meta.kind).toBe('deb');
    const info = spawnSync('dpkg-deb', ['--info', r.artifactPath], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Package: shop-payments/);
    expect(info).toMatch(/Maintainer: Shop Team <ops@example.com>/);
    const contents = spawnSync('dpkg-deb', ['--contents', r.artifactPath], {
      encoding: 'utf8',
    }).stdout;
    expect(contents).toMatch(/root\/root .*\.\/opt\/payments\//);
    // dpkg-deb shaped these bytes, not our archive format: provenance does not claim it.
    const statement = JSON.parse(readFileSync(r.provenancePath, 'utf8'));
    expect(statement.predicate.buildDefinition.internalParameters.toolchain).not.toHaveProperty(
      'archive',
    );
  });

  it('a failing build fails with its exit code and the tail of its output', async () => {
    const repo = await exampleRepo('monorepo');
    writeFileSync(
      `${repo.dir}/services/search/build.mjs`,
      'console.log("compiling");\nconsole.error("boom: syntax error");\nprocess.exit(7);\n',
    );
    const err = await buildIn(repo.dir, 'search', context(repo.dir, await repo.head())).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(BuildFailedError);
    expect(err.exitCode).toBe(7);
    expect(err.tail).toEqual(['compiling', 'boom: syntax error']);
  });

  it('says so when the build produced no output directory', async () => {
    const repo = await exampleRepo('monorepo');
    writeFileSync(`${repo.dir}/services/search/build.mjs`, '// builds nothing\n');
    await expect(buildIn(repo.dir, 'search', context(repo.dir, await repo.head()))).rejects.toThrow(
      BuildConfigError,
    );
  });

  it('names the service directory when it is missing or not a directory, not bash', async () => {
    const repo = await exampleRepo('monorepo');
    rmSync(`${repo.dir}/services/search`, { recursive: true });
    const ctx = context(repo.dir, await repo.head());
    const missing = await buildIn(repo.dir, 'search', ctx).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(BuildConfigError);
    expect((missing as Error).message).toMatch(
      /^Cannot build search: its directory services\/search \(.*\) does not exist/,
    );
    writeFileSync(`${repo.dir}/services/search`, '');
    await expect(buildIn(repo.dir, 'search', ctx)).rejects.toThrow(
      /^Cannot build search: its directory services\/search \(.*\) is not a directory/,
    );
  });

  it('empties the output directory before the build: a stale .env is not packed', async () => {
    const repo = await exampleRepo('monorepo');
    const dir = `${repo.dir}/services/search`;
    // A build that adds to dist/ without cleaning it first.
    writeFileSync(
      `${dir}/build.mjs`,
      "import { mkdirSync, writeFileSync } from 'node:fs';\n" +
        "mkdirSync('dist', { recursive: true });\nwriteFileSync('dist/index.js', 'ok');\n",
    );
    mkdirSync(`${dir}/dist/old`, { recursive: true });
    writeFileSync(`${dir}/dist/.env`, 'SECRET=1\n');
    writeFileSync(`${dir}/dist/old/bundle.js`, 'stale');
    const log: string[] = [];
    const r = await buildIn(repo.dir, 'search', context(repo.dir, await repo.head()), { log });
    const listing = spawnSync('tar', ['-tzf', r.artifactPath], { encoding: 'utf8' }).stdout;
    expect(listing.split('\n').filter(Boolean)).toEqual(['index.js']);
    expect(log).toContain(
      'Removed services/search/dist before the build: only what the build writes is packed.',
    );
  });

  it('refuses to empty an output reached through a symlink out of the service directory', async () => {
    const repo = await exampleRepo('monorepo');
    const dir = `${repo.dir}/services/search`;
    const outside = tempDir('outside');
    mkdirSync(`${outside}/dist`);
    writeFileSync(`${outside}/dist/keep`, 'precious');
    // build.output is `dist`; make `dist`'s parent lead out: replace the service dir's content
    // path with a manifest whose output goes through a symlinked directory.
    symlinkSync(outside, `${dir}/link`);
    repo.write(
      'msdeploy.yml',
      readFileSync(`${repo.dir}/msdeploy.yml`, 'utf8').replace(
        'run: node build.mjs\n      output: dist',
        'run: node build.mjs\n      output: link/dist',
      ),
    );
    await expect(buildIn(repo.dir, 'search', context(repo.dir, await repo.head()))).rejects.toThrow(
      /is not strictly inside the service directory/,
    );
    expect(readFileSync(`${outside}/dist/keep`, 'utf8')).toBe('precious');
  });

  it('refuses to pack an output the build made a symlink out of the service directory', async () => {
    const repo = await exampleRepo('monorepo');
    const outside = tempDir('outside');
    writeFileSync(`${outside}/secret`, 'not for the artifact');
    repo.write(
      'msdeploy.yml',
      readFileSync(`${repo.dir}/msdeploy.yml`, 'utf8').replace(
        'run: node build.mjs\n      output: dist',
        `run: ln -s ${outside} dist\n      output: dist`,
      ),
    );
    await repo.commit('output through a link');
    const error = await buildIn(repo.dir, 'search', context(repo.dir, await repo.head())).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/leads outside the service directory through a symlink/);
    expect(message).not.toContain(outside); // nor quotes what is there
  });

  it('a dirty build (CLI) says so in its version and provenance', async () => {
    const repo = await exampleRepo('monorepo');
    const commit = await repo.head();
    const r = await buildIn(repo.dir, 'catalog', context(repo.dir, commit, { dirty: true }));
    expect(r.meta.version).toBe(`1.4.7+${commit.slice(0, 7)}.dirty`);
    const statement = JSON.parse(readFileSync(r.provenancePath, 'utf8'));
    expect(statement.predicate.buildDefinition.internalParameters.dirty).toBe(true);
  });

  it('passes untrusted values to the build as variables, never spliced into the script', async () => {
    const repo = await exampleRepo('monorepo');
    const log: string[] = [];
    const ref = 'refs/heads/$(touch pwned)`id`';
    const r = await buildIn(repo.dir, 'catalog', context(repo.dir, await repo.head(), { ref }), {
      log,
    });
    expect(
      spawnSync('ls', [`${repo.dir}/services/catalog`], { encoding: 'utf8' }).stdout,
    ).not.toMatch(/pwned/);
    expect(r.meta.version).toMatch(/^1\.4\.7-touch-pwned-id\+/);
  });

  it('finds JUnit reports by the manifest globs only', async () => {
    const repo = await exampleRepo('monorepo');
    repo.write('services/catalog/reports/junit-a.xml', '<testsuite/>');
    repo.write('services/catalog/reports/other.xml', '<testsuite/>');
    repo.write('services/catalog/node_modules/x/reports/junit-b.xml', '<testsuite/>');
    const found = await findTestReports(`${repo.dir}/services/catalog`, ['reports/junit*.xml']);
    expect(found.map((f) => f.slice(repo.dir.length))).toEqual([
      '/services/catalog/reports/junit-a.xml',
    ]);
  });
});
