import { lazyGitHubApi } from '../../src/platform/github.js';
import {
  FAKE_TOKEN,
  startFakeGitHub,
  type FakeGitHub,
  type FakeRun,
} from '../support/fake-github.js';

const run = (id: number, over: Partial<FakeRun>): FakeRun => ({
  id,
  workflow: 'ci.yml',
  head_branch: 'main',
  head_sha: `${id}`.padStart(40, '0'),
  status: 'completed',
  conclusion: 'success',
  created_at: `2026-11-${String(id).padStart(2, '0')}T10:00:00Z`,
  ...over,
});

describe('lazyGitHubApi.lastSuccessfulRunHead (real octokit, fake GitHub on loopback)', () => {
  let gh: FakeGitHub;
  let savedUrl: string | undefined;
  beforeAll(async () => {
    gh = await startFakeGitHub({
      runs: [
        run(1, {}),
        run(2, { conclusion: 'failure' }),
        run(3, { head_branch: 'feature' }),
        run(4, {}),
        run(5, { status: 'in_progress', conclusion: null }),
        run(6, { workflow: 'other.yml' }),
      ],
    });
    savedUrl = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = gh.url; // octokit's base URL, as on GitHub Enterprise
  });
  afterAll(async () => {
    if (savedUrl === undefined) delete process.env.GITHUB_API_URL;
    else process.env.GITHUB_API_URL = savedUrl;
    await gh.close();
  });
  const env = { GITHUB_REPOSITORY: 'acme/shop' };

  it('finds the newest successful run on the branch', async () => {
    const api = lazyGitHubApi(FAKE_TOKEN, env);
    await expect(api.lastSuccessfulRunHead({ workflowId: 'ci.yml', branch: 'main' })).resolves.toBe(
      '4'.padStart(40, '0'),
    );
    const last = gh.requests.at(-1)!;
    expect(last.url).toMatch(/^\/repos\/acme\/shop\/actions\/workflows\/ci\.yml\/runs\?/);
    expect(last.url).toContain('status=success');
    expect(last.url).toContain('branch=main');
  });

  it('skips the current run', async () => {
    const api = lazyGitHubApi(FAKE_TOKEN, env);
    await expect(
      api.lastSuccessfulRunHead({ workflowId: 'ci.yml', branch: 'main', excludeRunId: 4 }),
    ).resolves.toBe('1'.padStart(40, '0'));
  });

  it('answers undefined when the branch has no successful run', async () => {
    const api = lazyGitHubApi(FAKE_TOKEN, env);
    await expect(
      api.lastSuccessfulRunHead({ workflowId: 'ci.yml', branch: 'nope' }),
    ).resolves.toBeUndefined();
  });

  it('surfaces GitHub errors (bad token, unknown workflow)', async () => {
    await expect(
      lazyGitHubApi('wrong', env).lastSuccessfulRunHead({ workflowId: 'ci.yml', branch: 'main' }),
    ).rejects.toThrow(/Bad credentials/);
    await expect(
      lazyGitHubApi(FAKE_TOKEN, env).lastSuccessfulRunHead({
        workflowId: 'missing.yml',
        branch: 'main',
      }),
    ).rejects.toThrow(/Not Found/);
  });

  it('says what is missing without a token or repository', async () => {
    await expect(
      lazyGitHubApi(undefined, env).lastSuccessfulRunHead({ workflowId: 1, branch: 'main' }),
    ).rejects.toThrow(/needs a token/);
    await expect(
      lazyGitHubApi(FAKE_TOKEN, {}).lastSuccessfulRunHead({ workflowId: 1, branch: 'main' }),
    ).rejects.toThrow(/GITHUB_REPOSITORY/);
  });
});
