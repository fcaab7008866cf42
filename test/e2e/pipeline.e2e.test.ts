/**
 * The pipeline as users run it: the example monorepo's own caller workflows played with the
 * local workflow player (test/support/workflow-player) against real parts — a bare "origin"
 * (the checkout and the ledger), a real docker-registry (the artifacts) and the fake GitHub API
 * (deployments and commit statuses).
 *
 * The copy of the example differs from examples/monorepo in two places: its callers pass
 * `store: oci` and the test registry, since GitHub's artifact service has no local twin that
 * also serves the REST artifact listing promote-stage reads; and its manifest defines the
 * `staging` and `production` environments its stages name, on two real sshd hosts.
 *
 * The scenarios run in order on one repository and one ledger: a pull request (first stage), a
 * push to main (automatic stages, staging), a maintainer's promotion to production (and two
 * refusals), and a push whose health check fails in staging (rolled back).
 */
import { appendFileSync, mkdtempSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../support/action-runner.js';
import { exampleRepo } from '../support/example-repo.js';
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { startSshd, type TestSshd } from '../support/sshd.js';
import { cleanupPlays, playWorkflow, type PlayOptions } from '../support/workflow-player/index.js';

let registry: TestRegistry;
let gh: FakeGitHub;
let repo: GitRepo;
let origin: GitRepo;
let mainSha: string;
let hosts: TestSshd[];
let deployKey: string;
const staging = mkdtempSync(join(tmpdir(), 'msdeploy-e2e-staging-'));
const production = mkdtempSync(join(tmpdir(), 'msdeploy-e2e-production-'));

/** The callers (pipeline and promote) with the test registry as the store (see the file comment). */
function useRegistry(dir: string, host: string): void {
  for (const file of ['pipeline.yml', 'promote.yml']) {
    const path = join(dir, '.github', 'workflows', file);
    const text = readFileSync(path, 'utf8');
    const marker = '    with:\n';
    if (!text.includes(marker)) throw new Error(`${path}: no with: block to add the store to`);
    writeFileSync(
      path,
      text.replace(marker, `${marker}      store: oci\n      registry: ${host}/shop\n`),
    );
  }
}

/**
 * The environments the example's stages name (`uat` → staging, `production` → production),
 * on the test's sshd hosts: staging on two hosts (catalog on both, the storefront on the first),
 * production on the second. catalog's health check fails when its code says BROKEN.
 */
function addEnvironments(dir: string): void {
  const host = (h: TestSshd) =>
    `{address: ${h.host}, user: ${h.user}, port: ${h.port}, known-hosts: ['${h.knownHostsLine}']}`;
  const catalogHealth =
    "{health: {command: '! grep -q BROKEN artifact/index.mjs', retries: 1, timeout-seconds: 10}}";
  appendFileSync(
    join(dir, 'msdeploy.yml'),
    [
      'environments:',
      '  staging:',
      '    driver: ssh',
      `    base: ${staging}`,
      '    stage: uat',
      `    hosts: {s1: ${host(hosts[0]!)}, s2: ${host(hosts[1]!)}}`,
      '    services:',
      `      catalog: ${catalogHealth}`,
      '      web: {hosts: [s1]}',
      '      search: {hosts: [s1]}',
      '  production:',
      '    driver: ssh',
      `    base: ${production}`,
      '    stage: production',
      `    hosts: {p1: ${host(hosts[1]!)}}`,
      '    services:',
      `      catalog: ${catalogHealth}`,
      '      web: {}',
      '      search: {}',
      '',
    ].join('\n'),
  );
}

beforeAll(async () => {
  [registry, ...hosts] = await Promise.all([startRegistry(), startSshd(), startSshd()]);
  // One deploy key for every host, as a repository's DEPLOY_KEY secret would be.
  deployKey = readFileSync(hosts[0]!.clientKeyPath, 'utf8');
  appendFileSync(
    join(dirname(hosts[1]!.clientKeyPath), 'authorized_keys'),
    readFileSync(`${hosts[0]!.clientKeyPath}.pub`, 'utf8'),
  );
  repo = await exampleRepo('monorepo');
  useRegistry(repo.dir, registry.host);
  addEnvironments(repo.dir);
  mainSha = await repo.commit('the test registry and hosts');
  origin = await GitRepo.create({ bare: true });
  await repo.git('push', '-q', origin.dir, 'main');
  gh = await startFakeGitHub({
    repository: 'acme/shop',
    commits: [mainSha],
    refs: { main: mainSha },
    // alice may approve production (a release manager), but never her own commits.
    teams: { 'shop/release-managers': { members: ['alice'] } },
  });
});
afterAll(async () => {
  cleanupPlays();
  await registry?.stop();
  await Promise.all((hosts ?? []).map((h) => h.stop()));
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
    secrets: { DEPLOY_KEY: deployKey },
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

/** A push of one commit changing catalog's code on main, by alice. */
async function pushCatalog(line: string): Promise<{ before: string; head: string }> {
  const before = await repo.git('rev-parse', 'main');
  await repo.git('checkout', '-q', 'main');
  repo.write(
    'services/catalog/src/index.ts',
    `${readFileSync(join(repo.dir, 'services/catalog/src/index.ts'), 'utf8')}${line}\n`,
  );
  const head = await repo.commit(`catalog: ${line}`);
  await repo.git('push', '-q', origin.dir, 'main');
  gh.commits.add(head);
  gh.commitAuthors.set(head, 'alice');
  gh.refs.set('main', head);
  return { before: before.trim(), head };
}

function playPush(before: string, head: string) {
  return play('pipeline.yml', {
    event: { name: 'push', payload: { ref: 'refs/heads/main', before, after: head } },
    sha: head,
    ref: 'refs/heads/main',
  });
}

let catalogVersion: string;
let catalogDigest: string;

test('a push to main: the same, then the automatic stages and a deploy to staging over ssh', async () => {
  const { before, head } = await pushCatalog('// main: a change');
  const seen = (await ledger()).length;
  const run = await playPush(before, head);
  expect(JSON.parse(run.job('pipeline/detect').outputs.services!)).toEqual([
    'catalog',
    'web',
    'search',
  ]);
  const digests = JSON.parse(run.job('pipeline/collect').outputs.digests!) as Record<
    string,
    string
  >;
  const versions = JSON.parse(run.job('pipeline/collect').outputs.versions!) as Record<
    string,
    string
  >;
  catalogVersion = versions.catalog!;
  catalogDigest = digests.catalog!;
  expect(catalogVersion).toMatch(new RegExp(`^1\\.4\\.\\d+\\+${head.slice(0, 7)}$`));
  for (const leg of run.legs('pipeline/services/advance')) {
    const service = leg.matrix!.service as string;
    expect([leg.name, leg.result]).toEqual([`advance ${service}`, 'success']);
    const outcome = (id: string) => leg.steps.find((s) => s.id === id)!.outcome;
    // commit; acceptance after the caller's test command; uat, deployed to staging; not production.
    expect(['stage-0', 'test-1', 'stage-1', 'stage-2', 'stage-3'].map(outcome)).toEqual([
      'success',
      'success',
      'success',
      'success',
      'skipped',
    ]);
    const uat = leg.steps.find((s) => s.id === 'stage-2')!.outputs;
    expect(uat).toMatchObject({
      stage: 'uat',
      environment: 'staging',
      deployed: 'true',
      digest: digests[service],
      'previous-version': '',
    });
    expect(uat.release).toMatch(new RegExp(`^${versions[service]!.replace(/[+.]/g, '\\$&')}-`));
    expect(leg.summary).toContain(`### ${service} → staging\n`);
  }

  // The ledger: each service promoted through commit, acceptance and uat, then deployed.
  const records = (await ledger()).slice(seen);
  const of = (service: string) =>
    records
      .filter((r) => r.service === service)
      .map((r) => [r.kind, r.stage ?? r.environment, r.digest]);
  for (const service of ['catalog', 'web', 'search']) {
    const d = digests[service];
    expect(of(service)).toEqual([
      ['promoted', 'commit', d],
      ['promoted', 'acceptance', d],
      ['promoted', 'uat', d],
      ['deploying', 'staging', d],
      ['deployed', 'staging', d],
    ]);
  }
  expect(records.every((r) => r.actor === 'mona' && r.via === 'workflow')).toBe(true);

  // The files on the hosts: each release is current where it is placed (both "hosts" are this
  // machine, so they share the environment's base).
  expect(readFileSync(join(staging, 'catalog/current/artifact/index.mjs'), 'utf8')).toContain(
    '// main: a change',
  );
  expect(
    JSON.parse(readFileSync(join(staging, 'catalog/current/artifact/build.json'), 'utf8')),
  ).toMatchObject({ version: catalogVersion, commit: head });
  expect(readFileSync(join(staging, 'web/current/artifact/index.html'), 'utf8')).toContain('shop');
  expect(readlinkSync(join(staging, 'search/current'))).toMatch(/^releases\//);

  // GitHub: a deployment per stage entered and one for staging, each ending in success.
  const forHead = gh.deployments.filter((d) => d.sha === head);
  expect(forHead.map((d) => d.environment).sort()).toEqual(
    ['catalog', 'web', 'search']
      .flatMap((s) => [`${s}/commit`, `${s}/acceptance`, `${s}/uat`, 'staging'])
      .sort(),
  );
  // Each succeeded; GitHub's auto_inactive (as the fake does) then marks an earlier deployment to
  // the shared `staging` inactive once another service's deployment there succeeds.
  for (const d of forHead) {
    expect(d.statuses.map((st) => st.state)).toContain('success');
    if (!d.environment.includes('/')) continue;
    expect(d.statuses.at(-1)!.state).toBe('success');
  }
  expect(
    gh.statuses
      .filter((st) => st.sha === head && st.context.startsWith('msdeploy/catalog/'))
      .map((st) => st.context)
      .sort(),
  ).toEqual(['msdeploy/catalog/acceptance', 'msdeploy/catalog/commit', 'msdeploy/catalog/uat']);
}, 300_000);

function promote(actor: string) {
  return play('promote.yml', {
    event: { name: 'workflow_dispatch', payload: {} },
    sha: gh.refs.get('main')!,
    ref: 'refs/heads/main',
    actor,
    triggeringActor: actor,
    inputs: { service: 'catalog', version: catalogVersion, stage: 'production', reason: 'e2e' },
  });
}

test('workflow_dispatch: a maintainer promotes to production; a bot and the commit author are refused', async () => {
  for (const [actor, why] of [
    ['github-actions[bot]', /bot|person/i],
    ['alice', /alice wrote the artifact's commit and may not approve it/],
  ] as const) {
    const seen = (await ledger()).length;
    const run = await promote(actor);
    const job = run.job('promote/promote');
    expect(job.result).toBe('failure');
    const step = job.steps.find((s) => s.id === 'promote')!;
    expect(step.exitCode).toBe(4);
    expect(step.steps.find((s) => s.id === 'deploy')!.outcome).toBe('skipped');
    expect(step.annotations.map((a) => a.message).join('\n')).toMatch(why);
    expect(await ledger()).toHaveLength(seen);
  }
  expect(gh.deployments.filter((d) => d.environment === 'production')).toEqual([]);

  const seen = (await ledger()).length;
  const run = await promote('release-manager');
  const job = run.job('promote/promote');
  expect(job.result).toBe('success');
  expect(job.environment?.name).toBe('production-approval');
  expect(job.outputs).toMatchObject({
    version: catalogVersion,
    digest: catalogDigest,
    environment: 'production',
    deployed: 'true',
  });
  expect(
    (await ledger()).slice(seen).map((r) => [r.kind, r.stage ?? r.environment, r.actor, r.via]),
  ).toEqual([
    ['promoted', 'production', 'release-manager', 'workflow_dispatch'],
    ['deploying', 'production', 'release-manager', 'workflow_dispatch'],
    ['deployed', 'production', 'release-manager', 'workflow_dispatch'],
  ]);
  expect(readFileSync(join(production, 'catalog/current/artifact/index.mjs'), 'utf8')).toContain(
    '// main: a change',
  );
  const deployments = gh.deployments.filter((d) => d.environment === 'production');
  expect(deployments).toHaveLength(1);
  expect(deployments[0]!.statuses.at(-1)!.state).toBe('success');
  expect(job.summary).toContain('### catalog → production\n');
}, 300_000);

test('a failing health check: the new release is rolled back and the live one stays', async () => {
  const live = readlinkSync(join(staging, 'catalog/current'));
  const { before, head } = await pushCatalog('// BROKEN');
  const seen = (await ledger()).length;
  const run = await playPush(before, head);
  const catalog = run
    .legs('pipeline/services/advance')
    .find((l) => l.matrix!.service === 'catalog')!;
  expect(catalog.result).toBe('failure');
  const uat = catalog.steps.find((s) => s.id === 'stage-2')!;
  expect(uat.outcome).toBe('failure');
  expect(catalog.summary).toMatch(/### ✗ catalog → staging: failed, rolled back/);
  expect(readlinkSync(join(staging, 'catalog/current'))).toBe(live);
  expect(readFileSync(join(staging, 'catalog/current/artifact/index.mjs'), 'utf8')).not.toContain(
    'BROKEN',
  );
  const records = (await ledger()).slice(seen).filter((r) => r.service === 'catalog');
  expect(records.map((r) => [r.kind, r.stage ?? r.environment])).toEqual([
    ['promoted', 'commit'],
    ['promoted', 'acceptance'],
    ['promoted', 'uat'],
    ['deploying', 'staging'],
    ['rolled-back', 'staging'],
  ]);
  // Mirrored as a failed GitHub deployment of catalog's new release to staging.
  const failed = gh.deployments.filter(
    (d) =>
      d.sha === head &&
      d.environment === 'staging' &&
      (d.payload as { service?: string }).service === 'catalog',
  );
  expect(failed.map((d) => d.statuses.at(-1)!.state)).toEqual(['failure']);
}, 300_000);
