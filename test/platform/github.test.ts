/** The GitHub REST client: real octokit and its plugins against the fake GitHub on loopback. */
import type { Logger } from '../../src/core/ports.js';
import {
  createGitHubApi,
  GitHubApiError,
  type GitHubApiSettings,
} from '../../src/platform/github.js';
import {
  FAKE_TOKEN,
  secondaryRateLimit,
  startFakeGitHub,
  type FakeGitHub,
  type FakeRun,
} from '../support/fake-github.js';

const sha = (id: number) => String(id).padStart(40, '0');
const run = (id: number, over: Partial<FakeRun> = {}): FakeRun => ({
  id,
  workflow: 'ci.yml',
  head_branch: 'main',
  head_sha: sha(id),
  status: 'completed',
  conclusion: 'success',
  created_at: new Date(Date.UTC(2026, 10, 1) + id * 60_000).toISOString().replace('.000', ''),
  ...over,
});
const forkRun = (id: number) =>
  run(id, { event: 'pull_request', head_repository: 'someone/shop', head_sha: 'f'.repeat(40) });

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
  const lastGreen = (args: { branch?: string; excludeRunId?: number } = {}) =>
    api.lastSuccessfulRunHead({ workflowId: 'ci.yml', branch: 'main', ...args });
  return { api, logger, lastGreen };
}

const gapMs = (i: number) => gh.requests[i]!.at - gh.requests[i - 1]!.at;

describe('lastSuccessfulRunHead', () => {
  beforeEach(async () => {
    gh = await startFakeGitHub({
      runs: [
        run(1),
        run(2, { conclusion: 'failure' }),
        run(3, { head_branch: 'feature' }),
        run(4),
        run(5, { status: 'in_progress', conclusion: null }),
        run(6, { workflow: 'other.yml' }),
        forkRun(7), // a fork's pull request from its own main branch
      ],
    });
  });

  it('asks the configured API, with the token, for the newest successful run on the branch', async () => {
    await expect(client().lastGreen()).resolves.toBe(sha(4));
    expect(gh.requests).toHaveLength(1);
    const [req] = gh.requests;
    expect(req!.path).toBe('/repos/acme/shop/actions/workflows/ci.yml/runs');
    expect(req!.query).toMatchObject({ branch: 'main', status: 'success' });
    expect(req!.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
  });

  it("skips the current run and forks' runs; undefined when nothing is left", async () => {
    const { lastGreen } = client();
    await expect(lastGreen({ excludeRunId: 4 })).resolves.toBe(sha(1));
    await expect(lastGreen({ branch: 'nope' })).resolves.toBeUndefined();
  });

  it('explains refusals (bad token, unknown workflow) without retrying them', async () => {
    const bad = client({ token: 'wrong' }).lastGreen();
    await expect(bad).rejects.toThrow(GitHubApiError);
    await expect(bad).rejects.toThrow(/rejected the token \(401 Bad credentials/);
    const api = client().api;
    await expect(
      api.lastSuccessfulRunHead({ workflowId: 'missing.yml', branch: 'main' }),
    ).rejects.toThrow(/failed with 404 \(Not Found.*`actions: read`/);
    expect(gh.requests).toHaveLength(2);
  });

  it('says what is missing before calling GitHub', async () => {
    await expect(client({ token: undefined }).lastGreen()).rejects.toThrow(/needs a token/);
    await expect(client({ repository: 'shop' }).lastGreen()).rejects.toThrow(
      /owner\/name, got "shop" \(on a runner: GITHUB_REPOSITORY\)/,
    );
    await expect(client({ apiUrl: 'api.github.com' }).lastGreen()).rejects.toThrow(
      /http\(s\) URL.*GITHUB_API_URL/,
    );
    expect(gh.requests).toHaveLength(0);
  });
});

describe('pagination', () => {
  it('follows link headers only until a run is found', async () => {
    // Newest first: 25 runs of forks, then this repository's runs 1..30; 3 pages of 20.
    const ours = Array.from({ length: 30 }, (_, i) => run(i + 1));
    const forks = Array.from({ length: 25 }, (_, i) => forkRun(100 + i));
    gh = await startFakeGitHub({ runs: [...ours, ...forks] });
    await expect(client().lastGreen()).resolves.toBe(sha(30));
    expect(gh.requests.map((r) => r.query.page)).toEqual([undefined, '2']);
    expect(gh.requests[1]!.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
  });
});

describe('retries and rate limits', () => {
  beforeEach(async () => {
    gh = await startFakeGitHub({ runs: [run(1)] });
  });

  it('retries a 502 and succeeds', async () => {
    gh.failNext(1, { status: 502, body: { message: 'Server Error' } });
    const { lastGreen, logger } = client();
    await expect(lastGreen()).resolves.toBe(sha(1));
    expect(gh.requests).toHaveLength(2);
    expect(logger.lines).toContainEqual(
      expect.stringMatching(
        /^info: GitHub API GET \/repos\/acme\/shop\/.*answered 502.*retrying \(1 of 2\)/,
      ),
    );
  });

  it('gives up after the retry bound, saying what failed and what to do', async () => {
    gh.failNext(10, { status: 503, body: { message: 'Service Unavailable' } });
    await expect(client({ retries: 2 }).lastGreen()).rejects.toThrow(
      /GET \/repos\/acme\/shop\/actions\/workflows\/ci\.yml\/runs\?.* failed with 503 after 3 attempts.*githubstatus\.com.*re-run the job later/,
    );
    expect(gh.requests).toHaveLength(3);
  });

  it.each([403, 429] as const)(
    'waits retry-after on a secondary rate limit (%i), then succeeds',
    async (status) => {
      gh.failNext(1, secondaryRateLimit({ status, retryAfter: 3 }));
      const { lastGreen, logger } = client({ delayUnitMs: 100 });
      await expect(lastGreen()).resolves.toBe(sha(1));
      expect(gh.requests).toHaveLength(2);
      expect(gapMs(1)).toBeGreaterThanOrEqual(290); // 3 × 100 ms, give or take a timer tick
      expect(logger.lines).toContainEqual(
        expect.stringMatching(/^warning: GitHub API secondary rate limit on GET .*waiting 3s/),
      );
    },
  );

  it('waits for x-ratelimit-reset when the primary limit is used up', async () => {
    const { lastGreen, logger } = client({ delayUnitMs: 1000 }); // real seconds: the fake's clock
    await lastGreen(); // loads octokit first: the import must not eat into the wait
    const reset = Math.ceil(Date.now() / 1000) + 1;
    gh.rateLimit.remaining = 0;
    gh.rateLimit.reset = reset;
    await expect(lastGreen()).resolves.toBe(sha(1));
    expect(gh.requests).toHaveLength(3);
    expect(gh.requests[2]!.at).toBeGreaterThanOrEqual(reset * 1000);
    expect(logger.lines).toContainEqual(
      expect.stringMatching(/^warning: GitHub API rate limit on GET .*waiting [23]s/),
    );
  }, 10_000);

  it('gives up on a secondary limit after the bound', async () => {
    gh.failNext(5, secondaryRateLimit({ retryAfter: 1 }));
    await expect(client({ rateLimitRetries: 1 }).lastGreen()).rejects.toThrow(
      /secondary rate limit still applies after 2 attempts.*Wait a few minutes and re-run the job/,
    );
    expect(gh.requests).toHaveLength(2);
  });

  it('does not wait an hour for a reset: fails at once with the reset time', async () => {
    gh.rateLimit.remaining = 0;
    const reset = new Date(gh.rateLimit.reset * 1000).toISOString();
    const { lastGreen, logger } = client();
    await expect(lastGreen()).rejects.toThrow(
      new RegExp(`rate limit is used up \\(API rate limit exceeded.*It resets at ${reset}`),
    );
    expect(gh.requests).toHaveLength(1);
    expect(logger.lines).toContainEqual(
      expect.stringMatching(/asks for a \d+s wait, more than the 120s allowed/),
    );
  });
});

describe('timeouts and the API origin', () => {
  beforeEach(async () => {
    gh = await startFakeGitHub({ runs: [run(1)] });
  });

  it('times out a request that hangs, retries it, then says so', async () => {
    gh.failNext(5, 'hang');
    const started = Date.now();
    await expect(client({ timeoutMs: 200, retries: 1 }).lastGreen()).rejects.toThrow(
      /timed out after 0\.2s \(2 attempts\)\. Check that http:\/\/127\.0\.0\.1:\d+ is reachable/,
    );
    expect(gh.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 10_000);

  describe('the token goes to the API origin only', () => {
    let other: FakeGitHub;
    beforeEach(async () => {
      other = await startFakeGitHub({ runs: [run(1)] });
    });
    afterEach(async () => other.close());
    const runsRoute = '/repos/:owner/:repo/actions/workflows/:id/runs';

    it('refuses a next-page link to another host', async () => {
      gh.route('GET', runsRoute, (req) => ({
        status: 200,
        body: { total_count: 40, workflow_runs: [] },
        headers: { link: `<${other.url}${req.path}?page=2>; rel="next"` },
      }));
      await expect(client().lastGreen()).rejects.toThrow(
        /Refused to send GET http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/shop\/.*the token goes nowhere else/,
      );
      expect(gh.requests).toHaveLength(1);
      expect(other.requests).toHaveLength(0);
    });

    it('refuses a redirect to another host', async () => {
      gh.route('GET', runsRoute, () => ({ status: 302, headers: { location: `${other.url}/x` } }));
      await expect(client().lastGreen()).rejects.toThrow(/Refused to send GET/);
      expect(other.requests).toHaveLength(0);
    });

    it('follows a redirect within the API (a renamed repository)', async () => {
      gh.route('GET', '/repos/acme/old-name/actions/workflows/:id/runs', (req) => ({
        status: 301,
        headers: {
          location: `${gh.url}/repos/acme/shop/actions/workflows/ci.yml/runs?${new URLSearchParams(req.query).toString()}`,
        },
        body: { message: 'Moved Permanently', documentation_url: 'https://docs.github.com/rest' },
      }));
      await expect(client({ repository: 'acme/old-name' }).lastGreen()).resolves.toBe(sha(1));
      expect(gh.requests.map((r) => r.path)).toEqual([
        '/repos/acme/old-name/actions/workflows/ci.yml/runs',
        '/repos/acme/shop/actions/workflows/ci.yml/runs',
      ]);
      expect(gh.requests[1]!.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
    });
  });
});

describe('deployment descriptions', () => {
  it('clips a long one to the 140 characters GitHub accepts, marking the cut', async () => {
    const commit = sha(7);
    gh = await startFakeGitHub({ commits: [commit] });
    const { api } = client();
    const failure = `failed: health check of catalog on web-1: ${'connection refused; '.repeat(12)}`;
    const d = await api.createDeployment({
      sha: commit,
      environment: 'staging',
      description: failure,
      payload: {},
      task: 'deploy',
      productionEnvironment: false,
    });
    await api.createDeploymentStatus({
      deploymentId: d.id,
      state: 'failure',
      description: failure,
    });
    const [recorded] = gh.deployments;
    const clipped = `${failure.slice(0, 139)}…`;
    expect(recorded!.description).toBe(clipped);
    expect(recorded!.statuses.at(-1)!.description).toBe(clipped);
    expect([...clipped]).toHaveLength(140);
  });
});
