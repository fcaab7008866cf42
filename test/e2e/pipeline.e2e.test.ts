/**
 * The pipeline as users run it: the example monorepo's own caller workflows played with the
 * local workflow player (test/support/workflow-player) against real parts — a bare "origin"
 * (the checkout and the ledger), a real docker-registry (the artifacts) and the fake GitHub API
 * (deployments and commit statuses).
 *
 * The copy of the example differs from examples/monorepo in one place: its pipeline caller
 * passes `store: oci` and the test registry, since GitHub's artifact service has no local twin
 * that also serves the REST artifact listing promote-stage reads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/action-runner.js';
import { exampleRepo } from '../support/example-repo.js';
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { cleanupPlays, playWorkflow, type PlayOptions } from '../support/workflow-player/index.js';

let registry: TestRegistry;
let gh: FakeGitHub;
let repo: GitRepo;
let origin: GitRepo;
let mainSha: string;

/** The caller workflow with the test registry as the store (see the file comment). */
function useRegistry(dir: string, host: string): void {
  const path = join(dir, '.github', 'workflows', 'pipeline.yml');
  const text = readFileSync(path, 'utf8');
  const marker = '    with:\n';
  if (!text.includes(marker)) throw new Error(`${path}: no with: block to add the store to`);
  writeFileSync(
    path,
    text.replace(marker, `${marker}      store: oci\n      registry: ${host}/shop\n`),
  );
}

beforeAll(async () => {
  registry = await startRegistry();
  repo = await exampleRepo('monorepo');
  useRegistry(repo.dir, registry.host);
  mainSha = await repo.commit('use the test registry');
  origin = await GitRepo.create({ bare: true });
  await repo.git('push', '-q', origin.dir, 'main');
  gh = await startFakeGitHub({
    repository: 'acme/shop',
    commits: [mainSha],
    refs: { main: mainSha },
  });
});
afterAll(async () => {
  cleanupPlays();
  await registry?.stop();
  await gh?.close();
  cleanupRepos();
});

interface LedgerRecord {
  seq: number;
  kind: string;
  service: string;
  stage?: string;
  environment?: string;
  version?: string;
  digest?: string;
  actor: string;
  via: string;
  [more: string]: unknown;
}

/** The ledger as origin holds it, oldest record first (one JSON record per commit message). */
async function ledger(): Promise<LedgerRecord[]> {
  const log = await origin.git('log', '--reverse', '--format=%B%x00', 'msdeploy/ledger');
  return log
    .split('\0')
    .map((m) => m.trim())
    .filter(Boolean)
    .map((m) => JSON.parse(m.slice(m.indexOf('\n{') + 1)) as LedgerRecord);
}

function play(
  workflow: string,
  more: Partial<PlayOptions> & Pick<PlayOptions, 'event' | 'sha' | 'ref'>,
) {
  return playWorkflow({
    workflow: join(repo.dir, '.github', 'workflows', workflow),
    repository: 'acme/shop',
    origin: origin.dir,
    token: FAKE_TOKEN,
    apiUrl: gh.url,
    repositories: { '*/msdeploy': PROJECT_ROOT },
    actor: 'mona',
    ...more,
  });
}

test('a pull request: detect → build each affected service once (matrix), into the registry → the first stage', async () => {
  await repo.checkoutNew('feature');
  repo.write(
    'services/catalog/src/index.ts',
    `${readFileSync(join(repo.dir, 'services/catalog/src/index.ts'), 'utf8')}// a change\n`,
  );
  const head = await repo.commit('catalog: a change');
  await repo.git('push', '-q', origin.dir, `${head}:refs/pull/1/merge`);
  gh.commits.add(head);
  const run = await play('pipeline.yml', {
    event: {
      name: 'pull_request',
      payload: {
        number: 1,
        pull_request: {
          number: 1,
          base: { ref: 'main', sha: mainSha },
          head: { ref: 'feature', sha: head },
        },
      },
    },
    sha: head,
    ref: 'refs/pull/1/merge',
  });
  const detect = run.job('pipeline/detect');
  expect(detect.result).toBe('success');
  expect(JSON.parse(detect.outputs.services!)).toEqual(['catalog', 'web', 'search']);
  expect(run.legs('pipeline/services/build').map((j) => [j.name, j.result])).toEqual([
    ['build catalog', 'success'],
    ['build web', 'success'],
    ['build search', 'success'],
  ]);
  // Each service was built once, from the pull request's head, into the test registry.
  for (const leg of run.legs('pipeline/services/build')) {
    const service = leg.matrix!.service as string;
    const build = leg.steps.find((s) => s.id === 'build')!;
    // The reference names the OCI manifest; the artifact's own digest is in its layer.
    expect(build.outputs.artifact).toMatch(
      new RegExp(`^oci://${registry.host}/shop/${service}@sha256:[0-9a-f]{64}$`),
    );
    expect(build.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(build.outputs.version).toMatch(new RegExp(`-pr-1\\+${head.slice(0, 7)}$`));
    const tags = (await (
      await fetch(`${registry.url}/v2/shop/${service}/tags/list`, {
        signal: AbortSignal.timeout(5000),
      })
    ).json()) as { tags: string[] };
    expect(tags.tags).toContain(build.outputs.version!.replace('+', '_'));
    expect(leg.summary).toContain(build.outputs.digest);
  }
  expect(detect.summary).toContain('release group storefront');
  // Each build entered the first stage, and nothing further on a pull request.
  const built = JSON.parse(run.job('pipeline/collect').outputs.digests!) as Record<string, string>;
  expect(Object.keys(built).sort()).toEqual(['catalog', 'search', 'web']);
  for (const leg of run.legs('pipeline/services/advance')) {
    const service = leg.matrix!.service as string;
    expect(leg.result).toBe('success');
    const first = leg.steps.find((s) => s.id === 'stage-0')!;
    expect(first.outputs).toMatchObject({ stage: 'commit', promoted: 'true', deployed: 'false' });
    expect(first.outputs.digest).toBe(built[service]);
    expect(leg.steps.find((s) => s.id === 'stage-1')!.outcome).toBe('skipped');
    expect(leg.summary).toMatch(/### Promoted[\s\S]*Value stream of /);
    expect(leg.summary).toContain(`| commit | ${first.outputs.version} |`);
  }
  const records = await ledger();
  expect(records.map((r) => [r.kind, r.service, r.stage, r.digest, r.actor, r.via])).toEqual(
    ['catalog', 'web', 'search'].map((s) => [
      'promoted',
      s,
      'commit',
      built[s],
      'mona',
      'workflow',
    ]),
  );
  // Mirrored: one GitHub deployment per service in its stage, one commit status each.
  expect(gh.deployments.map((d) => [d.environment, d.sha])).toEqual(
    ['catalog', 'web', 'search'].map((s) => [`${s}/commit`, head]),
  );
  expect(gh.statuses.map((st) => [st.context, st.sha, st.state]).sort()).toEqual(
    ['catalog', 'search', 'web'].map((s) => [`msdeploy/${s}/commit`, head, 'success']),
  );
});
