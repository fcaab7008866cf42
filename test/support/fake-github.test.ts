/**
 * The fake's deployments and commit statuses, driven by the real octokit: the answers must be
 * what GitHub documents (201 on create, 404 for unknown, 409/422 for refusals, newest first,
 * link-header pagination), or tests built on them would prove nothing.
 */
import { getOctokit } from '@actions/github';
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from './fake-github.js';

const MAIN = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const repo = { owner: 'acme', repo: 'shop' };

let gh: FakeGitHub;
let octokit: ReturnType<typeof getOctokit>;
beforeEach(async () => {
  gh = await startFakeGitHub({ refs: { main: MAIN }, commits: [OLD] });
  octokit = getOctokit(FAKE_TOKEN, { baseUrl: gh.url });
});
afterEach(async () => gh.close());

/** The status and body of a refused request (octokit throws a RequestError). */
async function refusal(call: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  const err = (await call.then(
    () => {
      throw new Error('expected GitHub to refuse');
    },
    (e: unknown) => e,
  )) as { status: number; response: { data: unknown } };
  return { status: err.status, data: err.response.data };
}

describe('fake GitHub: deployments', () => {
  it('creates one (201) with the documented defaults and lists it', async () => {
    const created = await octokit.rest.repos.createDeployment({ ...repo, ref: 'main' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      sha: MAIN,
      ref: 'main',
      task: 'deploy',
      environment: 'production',
      original_environment: 'production',
      production_environment: true,
      transient_environment: false,
      payload: {},
      creator: { login: 'github-actions[bot]' },
    });
    const id = (created.data as { id: number }).id;
    expect((created.data as { statuses_url: string }).statuses_url).toBe(
      `${gh.url}/repos/acme/shop/deployments/${id}/statuses`,
    );
    const list = await octokit.rest.repos.listDeployments({ ...repo, environment: 'production' });
    expect(list.data.map((d) => d.id)).toEqual([id]);
  });

  it('refuses an unknown ref or a missing one (422)', async () => {
    expect(await refusal(octokit.rest.repos.createDeployment({ ...repo, ref: 'nope' }))).toEqual({
      status: 422,
      data: expect.objectContaining({ message: 'No ref found for: nope' }),
    });
    const missing = await refusal(
      // Deliberately invalid, as a hand-written client might send it.
      octokit.request('POST /repos/{owner}/{repo}/deployments', {
        ...repo,
        environment: 'x',
      } as never),
    );
    expect(missing).toEqual({
      status: 422,
      data: expect.objectContaining({ message: `Invalid request.\n\n"ref" wasn't supplied.` }),
    });
  });

  it('refuses (409) while commit status checks are not all green, unless told which count', async () => {
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: MAIN,
      state: 'success',
      context: 'ci',
    });
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: MAIN,
      state: 'pending',
      context: 'e2e',
    });
    expect(await refusal(octokit.rest.repos.createDeployment({ ...repo, ref: 'main' }))).toEqual({
      status: 409,
      data: expect.objectContaining({
        message: 'Conflict: Commit status checks failed for main.',
        errors: [
          expect.objectContaining({
            contexts: [
              { context: 'ci', state: 'success' },
              { context: 'e2e', state: 'pending' },
            ],
            field: 'required_contexts',
            code: 'invalid',
          }),
        ],
      }),
    });
    const only = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: 'main',
      required_contexts: ['ci'],
    });
    expect(only.status).toBe(201);
  });

  it('records statuses newest first and marks the previous success inactive', async () => {
    const deploy = async () =>
      (await octokit.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'uat' }))
        .data as { id: number };
    const first = await deploy();
    const status = (id: number, state: 'in_progress' | 'success') =>
      octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state,
        log_url: 'https://ci.example/run/1',
      });
    await status(first.id, 'in_progress');
    const ok = await status(first.id, 'success');
    expect(ok.status).toBe(201);
    expect(ok.data).toMatchObject({
      state: 'success',
      environment: 'uat',
      log_url: 'https://ci.example/run/1',
      target_url: 'https://ci.example/run/1',
      deployment_url: `${gh.url}/repos/acme/shop/deployments/${first.id}`,
    });

    const second = await deploy();
    await status(second.id, 'success');
    const history = await octokit.rest.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: first.id,
    });
    expect(history.data.map((s) => s.state)).toEqual(['inactive', 'success', 'in_progress']);
  });

  it('refuses a status for an unknown deployment (404) or with an invalid state (422)', async () => {
    const unknown = octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: 999,
      state: 'success',
    });
    expect((await refusal(unknown)).status).toBe(404);
    const { data } = await octokit.rest.repos.createDeployment({ ...repo, ref: 'main' });
    const invalid = await refusal(
      // Deliberately invalid, as a hand-written client might send it.
      octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...repo,
        deployment_id: (data as { id: number }).id,
        state: 'done',
      } as never),
    );
    expect(invalid.status).toBe(422);
    expect(invalid.data).toMatchObject({
      message: expect.stringMatching(
        /^Invalid request\.\n\nFor 'properties\/state', "done" is not one of/,
      ),
    });
  });
});

describe('fake GitHub: commit statuses', () => {
  it('creates them (201, context "default") and lists them for a ref, newest first', async () => {
    const created = await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: MAIN,
      state: 'pending',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ state: 'pending', context: 'default', description: null });
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: MAIN, state: 'success' });
    const list = await octokit.rest.repos.listCommitStatusesForRef({ ...repo, ref: 'main' });
    expect(list.data.map((s) => s.state)).toEqual(['success', 'pending']);
  });

  it('refuses unknown commits and short shas (422), and unknown refs (404)', async () => {
    const unknown = await refusal(
      octokit.rest.repos.createCommitStatus({ ...repo, sha: 'c'.repeat(40), state: 'success' }),
    );
    expect(unknown).toEqual({
      status: 422,
      data: expect.objectContaining({ message: `No commit found for SHA: ${'c'.repeat(40)}` }),
    });
    const short = await refusal(
      octokit.rest.repos.createCommitStatus({ ...repo, sha: 'abc123', state: 'success' }),
    );
    expect(short).toEqual({
      status: 422,
      data: expect.objectContaining({
        message: 'Validation Failed',
        errors: [expect.objectContaining({ field: 'sha', code: 'custom' })],
      }),
    });
    const list = octokit.rest.repos.listCommitStatusesForRef({ ...repo, ref: 'nope' });
    expect((await refusal(list)).status).toBe(404);
  });

  it('pages with link headers (rel next and last, then prev and first)', async () => {
    for (let i = 0; i < 45; i++) {
      await octokit.rest.repos.createCommitStatus({
        ...repo,
        sha: OLD,
        state: 'success',
        context: `c${i}`,
      });
    }
    const all = await octokit.paginate(octokit.rest.repos.listCommitStatusesForRef, {
      ...repo,
      ref: OLD,
      per_page: 20,
    });
    expect(all.map((s) => s.context)).toEqual(Array.from({ length: 45 }, (_, i) => `c${44 - i}`));
    const pages = gh.requests.filter((r) => r.method === 'GET');
    expect(pages.map((r) => r.query.page)).toEqual([undefined, '2', '3']);

    const middle = await octokit.rest.repos.listCommitStatusesForRef({
      ...repo,
      ref: OLD,
      per_page: 20,
      page: 2,
    });
    const rels = [...(middle.headers.link ?? '').matchAll(/page=(\d+)>; rel="(\w+)"/g)].map(
      ([, page, rel]) => `${rel}:${page}`,
    );
    expect(rels).toEqual(['prev:1', 'next:3', 'last:3', 'first:1']);
    expect(middle.headers['x-ratelimit-remaining']).toBe(String(5000 - gh.requests.length));
  });
});

describe('fake GitHub: commits, users and teams', () => {
  const LINKED = 'c'.repeat(40);
  beforeEach(async () => {
    await gh.close();
    gh = await startFakeGitHub({
      refs: { main: MAIN },
      commitAuthors: { [LINKED]: 'octocat' },
      users: { ghost: null, acme: 'Organization' },
      teams: {
        'acme/releasers': { members: ['Octocat'], pending: ['newbie'] },
        'acme/secret': { unreadable: true },
      },
    });
    octokit = getOctokit(FAKE_TOKEN, { baseUrl: gh.url });
  });

  it("gives a commit's author account, null when none is linked; 422 for an unknown sha", async () => {
    const linked = await octokit.rest.repos.getCommit({ ...repo, ref: LINKED });
    expect(linked.data).toMatchObject({ sha: LINKED, author: { login: 'octocat', type: 'User' } });
    const unlinked = await octokit.rest.repos.getCommit({ ...repo, ref: 'main' });
    expect(unlinked.data).toMatchObject({ sha: MAIN, author: null, commit: { author: {} } });
    expect(await refusal(octokit.rest.repos.getCommit({ ...repo, ref: OLD }))).toEqual({
      status: 422,
      data: expect.objectContaining({ message: `No commit found for SHA: ${OLD}` }),
    });
  });

  it('types accounts: [bot] logins are bots, configured ones as told, unknown ones 404', async () => {
    const type = async (username: string) =>
      (await octokit.rest.users.getByUsername({ username })).data.type;
    await expect(type('github-actions[bot]')).resolves.toBe('Bot');
    await expect(type('octocat')).resolves.toBe('User');
    await expect(type('ACME')).resolves.toBe('Organization');
    expect((await refusal(octokit.rest.users.getByUsername({ username: 'ghost' }))).status).toBe(
      404,
    );
  });

  it('answers team memberships: 200 active or pending, 404 for others, 403 when unreadable', async () => {
    const member = (team_slug: string, username: string) =>
      octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug, username });
    expect((await member('releasers', 'octocat')).data).toMatchObject({
      role: 'member',
      state: 'active',
    });
    expect((await member('releasers', 'newbie')).data.state).toBe('pending');
    expect((await refusal(member('releasers', 'stranger'))).status).toBe(404);
    expect((await refusal(member('nope', 'octocat'))).status).toBe(404);
    expect(await refusal(member('secret', 'octocat'))).toEqual({
      status: 403,
      data: expect.objectContaining({ message: 'Resource not accessible by integration' }),
    });
  });
});

describe('fake GitHub: descriptions', () => {
  it('refuses a deployment or status description over 140 characters, as GitHub does (422)', async () => {
    const long = 'x'.repeat(141);
    await expect(
      octokit.rest.repos.createDeployment({ ...repo, ref: 'main', description: long }),
    ).rejects.toMatchObject({ status: 422 });
    const ok = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: 'main',
      description: 'x'.repeat(140),
    });
    await expect(
      octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: (ok.data as { id: number }).id,
        state: 'failure',
        description: long,
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.rest.repos.createCommitStatus({
        ...repo,
        sha: MAIN,
        state: 'failure',
        description: long,
      }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
