/** The bundled build-artifact action, run as the runner runs it, against every store. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { cleanupRepos } from '../support/git-repo.js';
import { exampleRepo } from '../support/example-repo.js';
import { cleanupRuns, parseFileCommands, runActionBundle } from '../support/action-runner.js';
import { FakeResultsService } from '../support/fake-results-service.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { LocalStore } from '../../src/platform/local-store.js';
import { OciStore } from '../../src/platform/oci/store.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';

const ACTION = 'build-artifact';
afterAll(() => {
  cleanupRepos();
  cleanupRuns();
  cleanupBuilds();
});

async function checkout() {
  const repo = await exampleRepo('monorepo');
  return { repo, sha: await repo.head() };
}

const runnerEnv = (sha: string) => ({
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_NUMBER: '57',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/ci.yml@refs/heads/main',
  GITHUB_SHA: sha,
});

describe('build-artifact (bundle, runner environment)', () => {
  it('local store: outputs, provenance, summary, and the artifact is in the store', async () => {
    const { repo, sha } = await checkout();
    const storeDir = tempDir('store');
    const r = await runActionBundle(ACTION, {
      cwd: repo.dir,
      sha,
      inputs: { service: 'catalog', store: 'local', 'store-path': storeDir },
      env: runnerEnv(sha),
    });
    expect(r.code).toBe(0);
    const short = sha.slice(0, 7);
    expect(r.outputs.version).toBe(`1.4.57+${short}`);
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.artifact).toBe(`local:${storeDir}@${r.outputs.digest}`);
    expect(r.outputs.kind).toBe('archive');
    const provenance = JSON.parse(readFileSync(r.outputs.provenance!, 'utf8'));
    expect(provenance.predicate.runDetails.metadata.invocationId).toBe(
      'https://github.com/acme/shop/actions/runs/4242',
    );
    expect(provenance.predicate.runDetails.builder.id).toBe(
      'https://github.com/acme/shop/.github/workflows/ci.yml@refs/heads/main',
    );
    expect(r.summary).toContain('built catalog 1.4.57+' + short);
    expect(r.summary).toContain('1 run: 1 passed, 0 failed');
    expect(r.stdout).toMatch(/::group::build catalog/);

    const out = join(tempDir('out'), 'a.tgz');
    await new LocalStore(storeDir).get(r.outputs.artifact!, out);
    expect(existsSync(out)).toBe(true);
  });

  it('a failed build fails the step with the build’s exit code and its last lines in the summary', async () => {
    const { repo } = await checkout();
    repo.write(
      'services/search/build.mjs',
      'console.error("error TS2322: nope");\nprocess.exit(3);\n',
    );
    const sha = await repo.commit('break the search build');
    const r = await runActionBundle(ACTION, {
      cwd: repo.dir,
      sha,
      inputs: { service: 'search', store: 'local', 'store-path': tempDir('store') },
      env: runnerEnv(sha),
    });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^::error::The build of search failed with exit code 3/m);
    expect(r.summary).toContain('the build of search failed (exit code 3)');
    expect(r.summary).toContain('error TS2322: nope');
    expect(r.outputs).toEqual({});
  });

  it('the build cannot reach our outputs: no file commands, its process group is reaped, its whole log is fenced', async () => {
    const { repo } = await checkout();
    const outFile = join(tempDir('runner-files'), 'output');
    writeFileSync(outFile, '');
    const script = [
      // A background job that outlives the build and knows where our outputs go.
      `(sleep 2; echo digest=sha256:evil >> ${outFile}; echo digest=sha256:evil >> "\${GITHUB_OUTPUT:-/dev/null}") &`,
      'echo "GITHUB_OUTPUT=${GITHUB_OUTPUT-unset} GITHUB_ENV=${GITHUB_ENV-unset}"',
      'echo "::set-output name=digest::x"',
      'echo "##[add-mask]x"',
      'echo "##[error]boom"',
      "printf '::'; sleep 0.3; printf 'error::split\\n'",
      'mkdir -p dist && echo ok > dist/index.html',
    ].join('\n');
    repo.write(
      'msdeploy.yml',
      readFileSync(join(repo.dir, 'msdeploy.yml'), 'utf8').replace(
        /( {2}web:\n(?:.*\n)*? {4}build:\n {6}run: )\|\n(?: {8}.*\n)+/,
        (_m, head: string) => `${head}|\n${script.replace(/^/gm, '        ')}\n`,
      ),
    );
    const sha = await repo.commit('a hostile build');
    const r = await runActionBundle(ACTION, {
      cwd: repo.dir,
      sha,
      inputs: { service: 'web', store: 'local', 'store-path': tempDir('store') },
      env: { ...runnerEnv(sha), GITHUB_OUTPUT: outFile },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('GITHUB_OUTPUT=unset GITHUB_ENV=unset');
    // One fence, fresh token, around the whole build log, inside the group.
    const lines = r.stdout.split('\n');
    const start = lines.findIndex((l) => l.startsWith('::stop-commands::'));
    const token = lines[start]!.slice('::stop-commands::'.length);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const end = lines.indexOf(`::${token}::`);
    expect(lines.slice(0, start).some((l) => l.startsWith('::group::build web'))).toBe(true);
    expect(lines[end + 1]).toBe('::endgroup::');
    const inside = lines.slice(start + 1, end);
    for (const hostile of [
      '::set-output name=digest::x',
      '##[add-mask]x',
      '##[error]boom',
      '::error::split',
    ]) {
      expect(inside).toContain(hostile);
      expect(lines.filter((l) => l === hostile)).toHaveLength(1);
    }
    expect(lines.filter((l) => l.startsWith('::stop-commands::'))).toHaveLength(1);
    // Our outputs are the only ones, and stay so after the background job's time is up.
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    await new Promise((ok) => setTimeout(ok, 2_500));
    expect(parseFileCommands(readFileSync(outFile, 'utf8'))).toEqual(r.outputs);
  });

  it('attest: without an OIDC token the build succeeds and says why it was not attested', async () => {
    const { repo, sha } = await checkout();
    const r = await runActionBundle(ACTION, {
      cwd: repo.dir,
      sha,
      inputs: {
        service: 'web',
        store: 'local',
        'store-path': tempDir('store'),
        attest: 'true',
        token: 't',
      },
      env: runnerEnv(sha),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^::warning::Not attested: this job has no OIDC token.*id-token: write/m,
    );
    expect(r.outputs.attestation).toBe('');
  });

  it('attest: when the token is refused, the build succeeds with a warning naming the cause', async () => {
    const oidc = createServer((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
    });
    await new Promise<void>((ok) => oidc.listen(0, '127.0.0.1', ok));
    try {
      const { repo, sha } = await checkout();
      const port = (oidc.address() as AddressInfo).port;
      const r = await runActionBundle(ACTION, {
        cwd: repo.dir,
        sha,
        inputs: {
          service: 'web',
          store: 'local',
          'store-path': tempDir('store'),
          attest: 'true',
          token: 't',
        },
        env: {
          ...runnerEnv(sha),
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-token',
        },
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /^::warning::Not attested: invalid identity token.*id-token: write/m,
      );
      expect(r.outputs.digest).toMatch(/^sha256:/);
    } finally {
      oidc.close();
    }
  });

  it('a dirty checkout is refused, naming the changed files', async () => {
    const { repo, sha } = await checkout();
    repo.write('services/web/changed-by-a-step.txt', 'x\n');
    await repo.git('add', 'services/web/changed-by-a-step.txt');
    const r = await runActionBundle(ACTION, {
      cwd: repo.dir,
      sha,
      inputs: { service: 'web', store: 'local', 'store-path': tempDir('store') },
      env: runnerEnv(sha),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error::The checkout at .* has uncommitted changes to tracked files \(services\/web\/changed-by-a-step\.txt\)/m,
    );
    expect(r.outputs).toEqual({});
  });

  it('an unknown service is a clear error', async () => {
    const { repo, sha } = await checkout();
    const r = await runActionBundle(ACTION, {
      cwd: repo.dir,
      sha,
      inputs: { service: 'catalgo', store: 'local' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/No service "catalgo" in msdeploy\.yml — did you mean "catalog"\?/);
  });

  it('a wrong input is named as an input, exits 2, and secrets are masked first', async () => {
    const { repo, sha } = await checkout();
    const r = await runActionBundle(ACTION, {
      cwd: repo.dir,
      sha,
      inputs: { service: 'catalog', store: 's3', 'registry-password': 'hunter2-secret' },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /^::error::The input `store` is "s3": use one of local, github, oci\./m,
    );
    expect(r.stdout).toMatch(/^::add-mask::hunter2-secret$/m);
    expect(r.outputs).toEqual({});
  });

  it('github store: uploads the un-zipped artifact whose GitHub digest is ours', async () => {
    const fake = await FakeResultsService.start();
    try {
      const run = fake.addRun(4242, 'acme/shop');
      const { repo, sha } = await checkout();
      const r = await runActionBundle(ACTION, {
        cwd: repo.dir,
        sha,
        inputs: { service: 'web' },
        env: { ...runnerEnv(sha), ...fake.envFor(run) },
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.outputs.artifact).toMatch(
        new RegExp(
          `^github:4242/web-0\\.1\\.57\\+${sha.slice(0, 7)}\\.tar\\.gz@${r.outputs.digest}$`,
        ),
      );
      const uploaded = fake.artifacts.find((a) => a.name.startsWith('web-'));
      expect(uploaded).toBeDefined();
    } finally {
      await fake.close();
    }
  });

  describe('oci store (real docker-registry)', () => {
    let registry: TestRegistry;
    beforeAll(async () => {
      registry = await startRegistry();
    });
    afterAll(() => registry?.stop());

    it('pushes the artifact, and a second build of the same commit moves no layer bytes', async () => {
      const { repo, sha } = await checkout();
      const inputs = { service: 'payments', store: 'oci', registry: `${registry.host}/acme/shop` };
      const first = await runActionBundle(ACTION, {
        cwd: repo.dir,
        sha,
        inputs,
        env: runnerEnv(sha),
      });
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.outputs.kind).toBe('deb');
      // The service's own repository under the configured one.
      expect(first.outputs.artifact).toMatch(
        new RegExp(`^oci://${registry.host}/acme/shop/payments@sha256:`),
      );
      expect(first.outputs.location).toBe(
        `${registry.host}/acme/shop/payments:2.0.57_${sha.slice(0, 7)}`,
      );

      const second = await runActionBundle(ACTION, {
        cwd: repo.dir,
        sha,
        inputs,
        env: runnerEnv(sha),
      });
      expect(second.outputs.digest).toBe(first.outputs.digest);
      expect(second.summary).toContain('already there');

      const out = join(tempDir('out'), 'p.deb');
      const got = await new OciStore({ repository: `${registry.host}/acme/shop` }).get(
        first.outputs.artifact!,
        out,
      );
      expect(got.meta.digest).toBe(first.outputs.digest);
    });
  });
});
