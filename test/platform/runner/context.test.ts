/** The one reader of the runner's environment: every field, its default, and bad input. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunContext } from '../../../src/platform/runner/context.js';

const dir = mkdtempSync(join(tmpdir(), 'msdeploy-context-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readRunContext', () => {
  it('reads a GitHub Actions run', () => {
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ repository: { default_branch: 'trunk' }, after: 'x' }));
    const ctx = readRunContext({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SERVER_URL: 'https://ghe.example/',
      GITHUB_API_URL: 'https://ghe.example/api/v3',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_NUMBER: '57',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/trunk',
      GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/ci.yml@refs/heads/trunk',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_ACTOR: 'alice',
      GITHUB_TRIGGERING_ACTOR: 'bob',
      RUNNER_TEMP: dir,
      RUNNER_DEBUG: '1',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
      SOURCE_DATE_EPOCH: '1700000000',
    });
    expect(ctx).toEqual({
      onActions: true,
      repository: 'acme/shop',
      serverUrl: 'https://ghe.example',
      apiUrl: 'https://ghe.example/api/v3',
      runId: 4242,
      runNumber: 57,
      runAttempt: 2,
      runUrl: 'https://ghe.example/acme/shop/actions/runs/4242',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/trunk',
      workflowRef: 'acme/shop/.github/workflows/ci.yml@refs/heads/trunk',
      workflowFile: 'ci.yml',
      eventName: 'push',
      payload: { repository: { default_branch: 'trunk' }, after: 'x' },
      defaultBranch: 'trunk',
      actor: 'alice',
      triggeringActor: 'bob',
      runnerTemp: dir,
      workspace: undefined,
      debug: true,
      oidc: true,
      sourceDateEpoch: '1700000000',
    });
  });

  it('outside Actions: public GitHub defaults, the system temp dir, no run', () => {
    const ctx = readRunContext({ GITHUB_RUN_ID: 'not-a-number' });
    expect(ctx).toMatchObject({
      onActions: false,
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      runId: undefined,
      runUrl: undefined,
      eventName: '',
      payload: {},
      runnerTemp: tmpdir(),
      debug: false,
      oidc: false,
    });
  });

  it('names the event file it cannot read', () => {
    expect(() => readRunContext({ GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toThrow(
      /Cannot read the event payload at GITHUB_EVENT_PATH=.*missing\.json/,
    );
  });
});
