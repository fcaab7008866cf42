/**
 * The composite action `actions/service-ci` in a caller's own job, played with the local
 * workflow player (test/support/workflow-player) on a pull request that changes a shared library
 * of the example monorepo: detection finds the services that depend on it, and each is built
 * once into the store the caller names — a local directory, or a real docker-registry — while
 * the `github` store is refused before anything is built.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/action-runner.js';
import { exampleRepo } from '../support/example-repo.js';
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { cleanupPlays, playWorkflow, type PlayOptions } from '../support/workflow-player/index.js';

/** The caller: one job, checkout, then service-ci with the store the play's `vars` name. */
const CALLER = `name: ci
on: [pull_request]
permissions: {}
jobs:
  ci:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: ci
        uses: <org>/msdeploy/actions/service-ci@main
        with:
          store: \${{ vars.STORE }}
          store-path: \${{ vars.STORE_PATH }}
          registry: \${{ vars.REGISTRY }}
`;

/** libs/common is shared: catalog depends on it, web on catalog, search shares web's release group. */
const AFFECTED = ['catalog', 'web', 'search'];

let registry: TestRegistry;
let gh: FakeGitHub;
let repo: GitRepo;
let origin: GitRepo;
let head: string;
let event: PlayOptions['event'];
const tempDirs: string[] = [];

beforeAll(async () => {
  registry = await startRegistry();
  repo = await exampleRepo('monorepo');
  // The caller is committed on main: a change to .github/workflows/** would affect every service.
  repo.write('.github/workflows/ci.yml', CALLER);
  const mainSha = await repo.commit('ci: service-ci');
  origin = await GitRepo.create({ bare: true });
  await repo.git('push', '-q', origin.dir, 'main');
  await repo.checkoutNew('feature');
  const lib = 'libs/common/src/log.ts';
  repo.write(lib, `${readFileSync(join(repo.dir, lib), 'utf8')}// a shared change\n`);
  head = await repo.commit('common: a shared change');
  await repo.git('push', '-q', origin.dir, `${head}:refs/pull/7/merge`);
  gh = await startFakeGitHub({ repository: 'acme/shop', commits: [mainSha, head] });
  event = {
    name: 'pull_request',
    payload: {
      number: 7,
      pull_request: {
        number: 7,
        base: { ref: 'main', sha: mainSha },
        head: { ref: 'feature', sha: head },
      },
    },
  };
});
afterAll(async () => {
  cleanupPlays();
  await registry?.stop();
  await gh?.close();
  cleanupRepos();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'msdeploy-service-ci-'));
  tempDirs.push(dir);
  return dir;
}

/** Plays the caller on the pull request with the given store settings; returns the ci step. */
async function playCi(vars: Record<string, string>) {
  const run = await playWorkflow({
    workflow: join(repo.dir, '.github', 'workflows', 'ci.yml'),
    event,
    sha: head,
    ref: 'refs/pull/7/merge',
    repository: 'acme/shop',
    origin: origin.dir,
    token: FAKE_TOKEN,
    apiUrl: gh.url,
    repositories: { '*/msdeploy': PROJECT_ROOT },
    vars: { STORE: '', STORE_PATH: '', REGISTRY: '', ...vars },
  });
  const job = run.job('ci');
  return { job, step: job.steps.find((s) => s.id === 'ci')! };
}

interface Build {
  service: string;
  version: string;
  digest: string;
  artifact: string;
}

/** The composite's detection outputs and one build per affected service, each built once. */
function expectBuiltOnce(step: Awaited<ReturnType<typeof playCi>>['step']): Build[] {
  expect(step.outcome).toBe('success');
  expect(JSON.parse(step.outputs.services!)).toEqual(AFFECTED);
  expect(step.outputs['any-changed']).toBe('true');
  expect(step.outputs.head).toBe(head);
  expect(step.outputs.base).toMatch(/^[0-9a-f]{40}$/);
  const matrix = JSON.parse(step.outputs.matrix!) as { include: { service: string }[] };
  expect(matrix.include.map((e) => e.service)).toEqual(AFFECTED);
  const builds = JSON.parse(step.outputs.builds!) as Build[];
  expect(builds.map((b) => b.service)).toEqual(AFFECTED);
  for (const b of builds) {
    expect(b.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.version).toMatch(new RegExp(`-pr-7\\+${head.slice(0, 7)}$`));
  }
  // The build step's log has one group per service: nothing built twice, nothing else built.
  const build = step.steps.find((s) => s.id === 'build')!;
  const groups = [...build.log.matchAll(/::group::build (\S+)|^build (\S+)$/gm)].map(
    (m) => m[1] ?? m[2],
  );
  expect(groups).toEqual(AFFECTED);
  return builds;
}

test('store local: each affected service is built once into the local store', async () => {
  const store = tempDir();
  const { job, step } = await playCi({ STORE: 'local', STORE_PATH: store });
  expect(job.result).toBe('success');
  const builds = expectBuiltOnce(step);
  // One tag per service, naming the digest its build reported; a blob with its metadata each.
  expect(readdirSync(join(store, 'tags')).sort()).toEqual([...AFFECTED].sort());
  for (const b of builds) {
    expect(b.artifact).toBe(`local:${store}@${b.digest}`);
    const tags = readdirSync(join(store, 'tags', b.service));
    expect(tags).toHaveLength(1);
    expect(readFileSync(join(store, 'tags', b.service, tags[0]!), 'utf8').trim()).toBe(b.digest);
    const blob = join(store, 'blobs', 'sha256', b.digest.slice('sha256:'.length));
    expect(JSON.parse(readFileSync(`${blob}.meta.json`, 'utf8'))).toMatchObject({
      service: b.service,
      version: b.version,
      digest: b.digest,
    });
  }
}, 300_000);

test('store oci: each affected service is built once into its own repository of the registry', async () => {
  const { job, step } = await playCi({ STORE: 'oci', REGISTRY: `${registry.host}/shop` });
  expect(job.result).toBe('success');
  const builds = expectBuiltOnce(step);
  for (const b of builds) {
    const ref = new RegExp(`^oci://${registry.host}/shop/${b.service}@(sha256:[0-9a-f]{64})$`);
    expect(b.artifact).toMatch(ref);
    const manifestDigest = ref.exec(b.artifact)![1]!;
    const tags = (await (
      await fetch(`${registry.url}/v2/shop/${b.service}/tags/list`, {
        signal: AbortSignal.timeout(5000),
      })
    ).json()) as { tags: string[] };
    // One version tag (the store's own index tags, `artifact-sha256-…` and the referrers'
    // `sha256-…`, aside): the service was pushed once.
    const versions = tags.tags.filter((t) => !/^(artifact-)?sha256-/.test(t));
    expect(versions).toEqual([b.version.replace('+', '_')]);
    const manifest = await fetch(
      `${registry.url}/v2/shop/${b.service}/manifests/${manifestDigest}`,
      {
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
        signal: AbortSignal.timeout(5000),
      },
    );
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('docker-content-digest')).toBe(manifestDigest);
  }
}, 300_000);

test('store github: refused with its message, nothing built', async () => {
  const store = tempDir();
  const { job, step } = await playCi({ STORE: 'github', STORE_PATH: store });
  expect(job.result).toBe('failure');
  expect(step.outcome).toBe('failure');
  expect(step.exitCode).toBe(2);
  // Detection ran; the build step refused before calling the CLI.
  expect(step.steps.find((s) => s.id === 'detect')!.outcome).toBe('success');
  const build = step.steps.find((s) => s.id === 'build')!;
  expect(build.outcome).toBe('failure');
  expect(build.annotations.map((a) => a.message).join('\n')).toMatch(
    /store github needs the runner's artifact token.*Use store oci or local here/,
  );
  expect(build.log).not.toMatch(/::group::build|^build /m);
  expect(step.outputs.builds ?? '').toBe('');
  expect(existsSync(join(store, 'tags'))).toBe(false);
}, 300_000);
