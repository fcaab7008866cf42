/**
 * The GitHub calls promotion needs (who is acting, deployments, statuses): real octokit and its
 * plugins against the fake GitHub on loopback.
 */
import { getOctokit } from '@actions/github';
import type { Logger } from '../../src/core/ports.js';
import {
  createGitHubApi,
  GitHubApiError,
  type GitHubApiSettings,
} from '../../src/platform/github.js';
import {
  errorBody,
  FAKE_TOKEN,
  secondaryRateLimit,
  startFakeGitHub,
  type FakeGitHub,
} from '../support/fake-github.js';

const MAIN = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const LINKED = 'c'.repeat(40);
const UNKNOWN = 'd'.repeat(40);

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: (_t, fn) => fn(),
  };
}

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({
    refs: { main: MAIN },
    commits: [OTHER],
    commitAuthors: { [LINKED]: 'octocat' },
    users: { ghost: null },
    teams: {
      'acme/releasers': { members: ['octocat'], pending: ['newbie'] },
      'acme/secret': { unreadable: true },
    },
  });
});
afterEach(async () => gh.close());

function client(over: Partial<GitHubApiSettings> = {}) {
  const logger = recordingLogger();
  const api = createGitHubApi({
    token: FAKE_TOKEN,
    repository: 'acme/shop',
    apiUrl: gh.url,
    logger,
    timeoutMs: 5_000,
    retries: 2,
    delayUnitMs: 10,
    ...over,
  });
  return { api, logger };
}

const deployment = (environment: string, sha = MAIN) => ({
  sha,
  environment,
  description: 'catalog 1.0.0 entered uat',
  payload: { digest: 'sha256:1' },
  task: 'msdeploy:promote',
  productionEnvironment: false,
});

describe('who is acting', () => {
  it("reads a commit's author login; undefined when the commit has no linked account", async () => {
    const { api } = client();
    await expect(api.commitAuthorLogin(LINKED)).resolves.toBe('octocat');
    await expect(api.commitAuthorLogin(MAIN)).resolves.toBeUndefined();
    expect(gh.requests[0]!.path).toBe(`/repos/acme/shop/commits/${LINKED}`);
  });

  it('fails fast on an unknown commit, with GitHub’s message', async () => {
    await expect(client().api.commitAuthorLogin(UNKNOWN)).rejects.toThrow(
      new RegExp(`failed with 422 \\(No commit found for SHA: ${UNKNOWN}.*contents: read`),
    );
    expect(gh.requests).toHaveLength(1);
  });

  it('tells bots from people; undefined for an account that does not exist', async () => {
    const { api } = client();
    await expect(api.accountType('github-actions[bot]')).resolves.toBe('Bot');
    await expect(api.accountType('octocat')).resolves.toBe('User');
    await expect(api.accountType('ghost')).resolves.toBeUndefined();
    expect(gh.requests[0]!.path).toBe('/users/github-actions%5Bbot%5D');
  });

  it('answers team membership: true when active, false when not (or only invited)', async () => {
    const { api } = client();
    await expect(api.isTeamMember('acme', 'releasers', 'octocat')).resolves.toBe(true);
    await expect(api.isTeamMember('acme', 'releasers', 'newbie')).resolves.toBe(false);
    await expect(api.isTeamMember('acme', 'releasers', 'stranger')).resolves.toBe(false);
    expect(gh.requests[0]!.path).toBe('/orgs/acme/teams/releasers/memberships/octocat');
  });

  it('answers undefined when the token cannot read the team, and says why in the log', async () => {
    const { api, logger } = client();
    await expect(api.isTeamMember('acme', 'secret', 'octocat')).resolves.toBeUndefined();
    expect(gh.requests).toHaveLength(1);
    expect(logger.lines).toContainEqual(
      expect.stringMatching(/cannot read team acme\/secret \(403 Resource not accessible/),
    );
  });

  it('takes a 403 rate limit for what it is: waits and retries, or fails — never "unreadable"', async () => {
    gh.failNext(1, secondaryRateLimit({ retryAfter: 1 }));
    await expect(client().api.isTeamMember('acme', 'releasers', 'octocat')).resolves.toBe(true);
    expect(gh.requests).toHaveLength(2);

    gh.rateLimit.remaining = 0; // resets in an hour: more than the wait allowed
    await expect(client().api.isTeamMember('acme', 'secret', 'octocat')).rejects.toThrow(
      /rate limit is used up/,
    );
  });
});

describe('deployments', () => {
  it('creates a deployment of the commit as is, whatever its other statuses say', async () => {
    const octokit = getOctokit(FAKE_TOKEN, { baseUrl: gh.url });
    // A pending check would make GitHub refuse (409) a deployment with the default contexts.
    await octokit.rest.repos.createCommitStatus({
      owner: 'acme',
      repo: 'shop',
      sha: MAIN,
      state: 'pending',
      context: 'ci',
    });
    const { api } = client();
    const created = await api.createDeployment({
      ...deployment('catalog/uat'),
      productionEnvironment: true,
    });
    expect(created).toMatchObject({
      sha: MAIN,
      environment: 'catalog/uat',
      task: 'msdeploy:promote',
      payload: { digest: 'sha256:1' },
    });
    expect(created.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(gh.requests.at(-1)!.body).toMatchObject({
      ref: MAIN,
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
    });
    expect(gh.deployments[0]!.production_environment).toBe(true);
  });

  it('lists every page of an environment’s deployments, newest first, and filters by commit', async () => {
    const { api } = client();
    for (let i = 0; i < 102; i++) await api.createDeployment(deployment('catalog/uat'));
    await api.createDeployment(deployment('catalog/uat', OTHER));
    await api.createDeployment(deployment('catalog/prod'));
    const ids = gh.deployments.filter((d) => d.environment === 'catalog/uat').map((d) => d.id);
    gh.requests.length = 0;

    const all = await api.listDeployments({ environment: 'catalog/uat' });
    expect(all.map((d) => d.id)).toEqual(ids.reverse());
    expect(gh.requests.map((r) => [r.query.page, r.query.per_page])).toEqual([
      [undefined, '100'],
      ['2', '100'],
    ]);
    const ofOther = await api.listDeployments({ environment: 'catalog/uat', sha: OTHER });
    expect(ofOther.map((d) => d.sha)).toEqual([OTHER]);
  });

  it('reads a payload sent as JSON text as an object, and free text as {}', async () => {
    const octokit = getOctokit(FAKE_TOKEN, { baseUrl: gh.url });
    const create = (payload: string) =>
      octokit.rest.repos.createDeployment({
        owner: 'acme',
        repo: 'shop',
        ref: 'main',
        environment: 'x',
        payload,
        required_contexts: [],
      });
    await create('{"digest":"sha256:2"}');
    await create('not json');
    const list = await client().api.listDeployments({ environment: 'x' });
    expect(list.map((d) => d.payload)).toEqual([{}, { digest: 'sha256:2' }]);
  });

  it('posts statuses (log URL, auto_inactive as asked) and lists them newest first', async () => {
    const { api } = client();
    const { id } = await api.createDeployment(deployment('catalog/uat'));
    await api.createDeploymentStatus({ deploymentId: id, state: 'in_progress', description: 'x' });
    await api.createDeploymentStatus({
      deploymentId: id,
      state: 'success',
      description: 'y'.repeat(200),
      logUrl: 'https://github.com/acme/shop/actions/runs/7',
      autoInactive: false,
    });
    expect(gh.requests.at(-1)!.body).toEqual({
      state: 'success',
      description: `${'y'.repeat(139)}…`, // GitHub refuses more than 140 characters
      log_url: 'https://github.com/acme/shop/actions/runs/7',
      auto_inactive: false,
    });
    await expect(api.listDeploymentStatuses(id)).resolves.toEqual([
      { state: 'success' },
      { state: 'in_progress' },
    ]);
  });

  it('explains a status for a deployment that does not exist (404) without retrying', async () => {
    await expect(
      client().api.createDeploymentStatus({ deploymentId: 999, state: 'success', description: '' }),
    ).rejects.toThrow(
      /POST \/repos\/acme\/shop\/deployments\/999\/statuses failed with 404.*deployments: write/,
    );
    expect(gh.requests).toHaveLength(1);
  });
});

describe('commit statuses', () => {
  it('posts one with its context, description and target URL', async () => {
    await client().api.createCommitStatus({
      sha: MAIN,
      state: 'success',
      context: 'msdeploy/catalog/uat',
      description: '1.0.0 entered uat',
      targetUrl: 'https://github.com/acme/shop/actions/runs/7',
    });
    expect(gh.statuses).toMatchObject([
      {
        sha: MAIN,
        state: 'success',
        context: 'msdeploy/catalog/uat',
        description: '1.0.0 entered uat',
        target_url: 'https://github.com/acme/shop/actions/runs/7',
      },
    ]);
  });

  it('reads the newest status of one context, across pages; undefined when there is none', async () => {
    const { api } = client();
    const post = (context: string, description: string) =>
      api.createCommitStatus({ sha: MAIN, state: 'success', context, description });
    await post('msdeploy/catalog/uat', 'old');
    for (let i = 0; i < 101; i++) await post('other', `noise ${i}`);
    await post('msdeploy/catalog/uat', 'new');
    await post('other', 'newest');
    expect(await api.latestCommitStatus(MAIN, 'msdeploy/catalog/uat')).toEqual({
      state: 'success',
      description: 'new',
    });
    expect(await api.latestCommitStatus(MAIN, 'msdeploy/catalog/prod')).toBeUndefined();
  }, 30_000);

  it('fails fast on a 422, with GitHub’s message and what to check', async () => {
    const post = client().api.createCommitStatus({
      sha: UNKNOWN,
      state: 'success',
      context: 'c',
      description: '',
    });
    await expect(post).rejects.toThrow(GitHubApiError);
    await expect(post).rejects.toThrow(
      new RegExp(`failed with 422 \\(No commit found for SHA: ${UNKNOWN}.*statuses: write`),
    );
    expect(gh.requests).toHaveLength(1);
  });
});

describe('artifacts', () => {
  it('lists every page of the artifacts of one name, newest first, expired ones marked', async () => {
    const digest = (i: number) => `sha256:${i.toString(16).padStart(64, '0')}`;
    for (let i = 1; i <= 205; i++) {
      gh.artifacts.push({
        id: i,
        name: 'catalog-1.0.0.tar.gz',
        runId: 5000 + i,
        expired: i === 1,
        digest: i === 2 ? null : digest(i),
        created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      });
    }
    gh.artifacts.push({ id: 999, name: 'catalog-1.0.0.deb', runId: 7000, digest: digest(999) });

    const list = await client().api.listArtifacts({ name: 'catalog-1.0.0.tar.gz' });

    expect(list).toHaveLength(205);
    expect(list.map((a) => a.id)).toEqual(Array.from({ length: 205 }, (_, i) => 205 - i));
    expect(list[0]).toEqual({
      id: 205,
      name: 'catalog-1.0.0.tar.gz',
      runId: 5205,
      expired: false,
      createdAt: '2026-01-01T00:03:25Z',
      digest: digest(205),
    });
    expect(list.at(-2)).not.toHaveProperty('digest'); // GitHub's null: uploaded before v4
    expect(list.at(-1)).toMatchObject({ id: 1, expired: true });
    const pages = gh.requests.filter((r) => r.path === '/repos/acme/shop/actions/artifacts');
    expect(pages.map((r) => r.query)).toEqual([
      { name: 'catalog-1.0.0.tar.gz', per_page: '100' },
      { name: 'catalog-1.0.0.tar.gz', per_page: '100', page: '2' },
      { name: 'catalog-1.0.0.tar.gz', per_page: '100', page: '3' },
    ]);
  });

  it('explains a token that may not read Actions', async () => {
    gh.failNext(1, { status: 403, body: errorBody(403, 'Resource not accessible by integration') });
    await expect(client().api.listArtifacts({ name: 'catalog-1.0.0.tar.gz' })).rejects.toThrow(
      /GET \/repos\/acme\/shop\/actions\/artifacts\?name=catalog-1\.0\.0\.tar\.gz.* failed with 403 \(Resource not accessible by integration\b.*actions: read/,
    );
  });
});

describe('the new calls share the client’s protections', () => {
  it('retries a 5xx on a write, creating one deployment', async () => {
    gh.failNext(1, { status: 502, body: { message: 'Server Error' } });
    const { api, logger } = client();
    await api.createDeployment(deployment('catalog/uat'));
    expect(gh.requests).toHaveLength(2);
    expect(gh.deployments).toHaveLength(1);
    expect(logger.lines).toContainEqual(
      expect.stringMatching(
        /^info: GitHub API POST \/repos\/acme\/shop\/deployments.*502.*retrying/,
      ),
    );
  });

  it('retries a 5xx on a paginated read', async () => {
    const { api } = client();
    await api.createDeployment(deployment('catalog/uat'));
    gh.failNext(2, { status: 503, body: { message: 'Service Unavailable' } });
    await expect(api.listDeployments({ environment: 'catalog/uat' })).resolves.toHaveLength(1);
    expect(gh.requests).toHaveLength(4);
  });

  it('waits retry-after on a 403 secondary rate limit, then posts', async () => {
    gh.failNext(1, secondaryRateLimit({ status: 403, retryAfter: 3 }));
    const { api, logger } = client({ delayUnitMs: 100 });
    await api.createCommitStatus({ sha: MAIN, state: 'success', context: 'c', description: '' });
    expect(gh.requests).toHaveLength(2);
    expect(gh.requests[1]!.at - gh.requests[0]!.at).toBeGreaterThanOrEqual(290);
    expect(gh.statuses).toHaveLength(1);
    expect(logger.lines).toContainEqual(
      expect.stringMatching(/^warning: GitHub API secondary rate limit on POST .*waiting 3s/),
    );
  });

  it('spaces writes by a second (in delay units), as GitHub asks', async () => {
    const { api } = client({ delayUnitMs: 200 });
    const post = () =>
      api.createCommitStatus({ sha: MAIN, state: 'success', context: 'c', description: '' });
    await Promise.all([post(), post(), post()]);
    const at = gh.requests.map((r) => r.at);
    // Started 200 ms apart (400 ms first to last); unspaced they would arrive within a few ms.
    // The margin absorbs how late each request reaches the server on a loaded machine.
    expect(at[2]! - at[0]!).toBeGreaterThanOrEqual(300);
  });
});
