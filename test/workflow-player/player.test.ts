/**
 * The workflow player on small fixture workflows (test/workflow-player/fixtures/repo): needs,
 * if:, matrix, outputs, env levels, defaults, reusable calls, composite and JavaScript actions,
 * file commands, continue-on-error, timeouts, and loud failures for what it cannot play.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import {
  cleanupPlays,
  playWorkflow,
  PlayerError,
  type PlayOptions,
} from '../support/workflow-player/index.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'repo');
let repo: GitRepo;
let sha: string;

beforeAll(async () => {
  repo = await GitRepo.create();
  cpSync(FIXTURE, repo.dir, { recursive: true });
  await repo.commit('fixture');
  await repo.commitFiles({ 'second.txt': 'two' }, 'second commit');
  sha = await repo.head();
});
afterAll(() => {
  cleanupPlays();
  cleanupRepos();
});

function play(workflow: string, more: Partial<PlayOptions> = {}) {
  return playWorkflow({
    workflow: join(repo.dir, '.github', 'workflows', workflow),
    event: { name: 'push', payload: {} },
    sha,
    ref: 'refs/heads/main',
    origin: repo.dir,
    actor: 'mona',
    ...more,
  });
}

test('jobs run in needs order with outputs, a fromJSON matrix with include/exclude, env levels and defaults', async () => {
  const run = await play('basics.yml');
  expect(run.conclusion).toBe('success');
  expect(run.jobs.map((j) => j.id)).toEqual([
    'plan',
    'build',
    'build',
    'build',
    'only-on-pr',
    'after-pr-job',
    'report',
  ]);
  expect(run.legs('build').map((j) => j.name)).toEqual([
    'build (a, linux, yes-a)',
    'build (c, linux)',
    'build (d, linux)',
  ]);
  expect(run.legs('build').map((j) => j.summary)).toEqual([
    'job from-workflow a:yes-a:0/3 in sub\n',
    'job from-workflow c::1/3 in sub\n',
    'job from-workflow d::2/3 in sub\n',
  ]);
  expect(run.job('only-on-pr').result).toBe('skipped');
  // success() is false when a need was skipped: the dependent is skipped too.
  expect(run.job('after-pr-job').result).toBe('skipped');
  expect(run.job('report').summary).toBe('pr=skipped built=d flavour=none loud=/false\n');
  expect(run.concurrency).toEqual([
    {
      scope: '.github/workflows/basics.yml',
      group: 'basics-refs/heads/main',
      cancelInProgress: false,
    },
  ]);
  expect(run.job('plan').steps[0]).toMatchObject({
    id: 'list',
    outcome: 'success',
    conclusion: 'success',
  });
});

test('a pull_request runs the job its if: allows; the github context follows the event', async () => {
  const run = await play('basics.yml', {
    event: { name: 'pull_request', payload: { pull_request: { number: 7 } } },
  });
  expect(run.job('only-on-pr').result).toBe('success');
  expect(run.job('after-pr-job').result).toBe('success');
  expect(run.job('report').summary).toContain('pr=success');
});

test('workflow_dispatch inputs are typed (boolean, choice) and checked', async () => {
  const run = await play('basics.yml', {
    event: { name: 'workflow_dispatch' },
    inputs: { flavour: 'fancy', loud: true },
  });
  expect(run.job('report').summary).toBe('pr=skipped built=d flavour=fancy loud=true/true\n');
  await expect(
    play('basics.yml', { event: { name: 'workflow_dispatch' }, inputs: { flavour: 'odd' } }),
  ).rejects.toThrow('input flavour must be one of plain, fancy, got "odd"');
  await expect(
    play('basics.yml', { event: { name: 'workflow_dispatch' }, inputs: { colour: 'red' } }),
  ).rejects.toThrow('does not declare the input(s) colour');
  await expect(play('basics.yml', { event: { name: 'schedule' } })).rejects.toThrow(
    'basics.yml does not run on schedule',
  );
});

test('a reusable workflow gets typed inputs and secrets (masked in logs) and returns outputs', async () => {
  const run = await play('call.yml', { secrets: { MY_SECRET: 's3cr3t-value' } });
  expect(run.conclusion).toBe('success');
  expect(run.job('call/greet').steps[0]!.log).toBe('the token is ***\n');
  expect(run.job('call').outputs).toEqual({ greeting: 'hello mona x3 loud=true on push' });
  expect(run.job('use').summary).toBe('hello mona x3 loud=true on push\n');
  expect(run.concurrency).toEqual([
    {
      scope: 'call (.github/workflows/reusable.yml)',
      group: 'greet-mona',
      cancelInProgress: false,
    },
  ]);
  await expect(play('call.yml')).rejects.toThrow('requires the secret token');
});

test('composite and JavaScript actions: inputs (defaults, expressions, name mangling), heredoc outputs, GITHUB_ENV, GITHUB_PATH, annotations; stand-ins', async () => {
  const run = await play('actions.yml');
  const job = run.job('use-actions');
  expect(job.result).toBe('success');
  const compo = job.steps[2]!;
  expect(compo.kind).toBe('./actions/compo');
  expect(compo.steps.map((s) => s.id)).toEqual(['first', 'second']);
  expect(compo.steps[0]!.outputs).toEqual({ lines: 'three\nwords\nhere' });
  expect(compo.annotations).toEqual([
    { level: 'notice', message: 'split 3 words', properties: { title: 'js' } },
  ]);
  expect(job.outputs).toEqual({ result: '3 compo caller-env' });
  // A composite's steps write the job summary as any step does, and its exit code is theirs.
  expect(job.summary).toBe('compo counted 3 lines\n');
  expect(compo.exitCode).toBe(0);
  expect(job.steps[3]!.log).toBe('env FROM_JS=hello-mona\ntool says fixture tool\nhistory 2\n');
  expect(job.steps[0]).toMatchObject({
    kind: 'stand-in actions/checkout',
    outputs: { commit: sha, ref: 'refs/heads/main' },
  });
  expect(job.steps[1]!.outputs['node-version']).toBe(process.version);
});

test('continue-on-error, failure(), always(), and jobs after a failure', async () => {
  const run = await play('failures.yml');
  expect(run.conclusion).toBe('failure');
  const steps = run.job('steps');
  expect(steps.result).toBe('failure');
  expect(steps.steps.map((s) => [s.id, s.outcome, s.conclusion])).toEqual([
    ['tolerated', 'failure', 'success'],
    ['still-runs', 'success', 'success'],
    ['breaks', 'failure', 'failure'],
    ['not-run', 'skipped', 'skipped'],
    ['on-failure', 'success', 'success'],
    ['always', 'success', 'success'],
  ]);
  expect(steps.summary).toBe(
    'tolerated outcome=failure conclusion=success\ncleaning up after a failure\nalways\n',
  );
  expect(steps.steps.map((s) => s.exitCode)).toEqual([3, 0, 1, undefined, 0, 0]);
  expect(steps.steps[2]!.annotations).toEqual([
    { level: 'error', message: 'it broke', properties: { file: 'app.js', line: '3' } },
  ]);
  expect(run.job('dependent').result).toBe('skipped');
  expect(run.job('rescue').summary).toBe('rescued\n');
  expect(run.job('tolerant').result).toBe('failure');
  expect(run.job('after-tolerant').summary).toBe('tolerant job did not stop me\n');
});

test('timeout-minutes is enforced for steps and jobs', async () => {
  const started = Date.now();
  const run = await play('timeout.yml');
  expect(Date.now() - started).toBeLessThan(20_000);
  const slowStep = run.job('slow-step');
  expect(slowStep.result).toBe('success');
  expect(slowStep.steps[0]).toMatchObject({
    outcome: 'failure',
    conclusion: 'success',
    timedOut: true,
  });
  expect(slowStep.summary).toBe('after the step timeout\n');
  const slowJob = run.job('slow-job');
  expect(slowJob.result).toBe('failure');
  expect(slowJob.error).toBe('the job exceeded its timeout-minutes (0.03)');
  expect(slowJob.steps.map((s) => s.outcome)).toEqual(['failure', 'skipped']);
});

test('a matrix above 256 jobs fails the job, as on GitHub', async () => {
  const run = await play('big-matrix.yml');
  expect(run.job('fan-out')).toMatchObject({
    result: 'failure',
    error: expect.stringContaining('272 jobs; GitHub allows at most 256'),
  });
});

test.each([
  ['services.yml', /job db uses `services`, which the workflow player does not support/],
  [
    'hashfiles.yml',
    /step __run: line 9, col \d+: cannot play the expression "hashFiles\('\*\*\/package-lock.json'\)"/,
  ],
  [
    'unknown-action.yml',
    /someone\/else@0123456789012345678901234567890123456789: the player has no copy of someone\/else and no stand-in for it/,
  ],
  [
    'undeclared-input.yml',
    /\.\/actions\/js does not declare the input\(s\) txt \(it declares: text, greeting word, actor\)/,
  ],
])('%s fails loudly', async (file, message) => {
  const failure = play(file);
  await expect(failure).rejects.toThrow(PlayerError);
  await expect(failure).rejects.toThrow(message);
});
