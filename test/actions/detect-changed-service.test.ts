/** The bundled detect action, run exactly as the runner runs it, on real git repositories. */
import {
  lstatSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import { exampleRepo } from '../support/example-repo.js';
import { FAKE_TOKEN, startFakeGitHub } from '../support/fake-github.js';
import { cleanupRuns, runActionBundle } from '../support/action-runner.js';

const ACTION = 'detect-changed-service';
afterAll(() => {
  cleanupRepos();
  cleanupRuns();
});

async function prScenario(): Promise<{ origin: GitRepo; base: string; head: string }> {
  const origin = await exampleRepo('monorepo');
  const base = await origin.head();
  await origin.checkoutNew('feature');
  origin.write('libs/common/src/log.ts', 'export const log = () => 1;\n');
  origin.write('services/catalog/docs/README.md', '# excluded by the manifest\n');
  const head = await origin.commit('touch common');
  return { origin, base, head };
}

describe('detect-changed-service (bundle, runner environment)', () => {
  it('a pull request: outputs, matrix, reasons, detail file and summary', async () => {
    const { origin, base, head } = await prScenario();
    const r = await runActionBundle(ACTION, {
      cwd: origin.dir,
      eventName: 'pull_request',
      sha: head,
      ref: 'refs/pull/7/merge',
      event: {
        pull_request: {
          number: 7,
          base: { sha: base, ref: 'main' },
          head: { sha: head, ref: 'feature' },
        },
        repository: { default_branch: 'main' },
      },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.services!)).toEqual(['catalog', 'web', 'search']);
    const matrix = JSON.parse(r.outputs.matrix!);
    expect(matrix.include[0]).toEqual({
      service: 'catalog',
      path: 'services/catalog',
      reason: 'catalog ← common (libs/common/src/log.ts)',
    });
    expect(matrix.include[2].reason).toMatch(
      /^release group storefront: search ← web ← catalog ← common/,
    );
    expect(r.outputs['any-changed']).toBe('true');
    expect(r.outputs.base).toBe(base);
    expect(r.outputs.head).toBe(head);
    expect(r.outputs['base-reason']).toMatch(
      /^pull request #7 \(feature\): changes since it left main at [0-9a-f]{7}/,
    );

    const detail = JSON.parse(readFileSync(r.outputs.detail!, 'utf8'));
    expect(detail.services.find((s: { name: string }) => s.name === 'payments').affected).toBe(
      false,
    );
    expect(detail.libraries.find((l: { name: string }) => l.name === 'common').files).toEqual([
      'libs/common/src/log.ts',
    ]);

    expect(r.summary).toContain('3 of 4 services affected');
    expect(r.summary).toMatch(/\*\*payments\*\* \| — unchanged/);
  });

  it('the detail file: a fresh private file per step, never through a planted symlink', async () => {
    const { origin, head } = await prScenario();
    const runnerTemp = mkdtempSync(join(tmpdir(), 'msdeploy-shared-temp-'));
    const outside = mkdtempSync(join(tmpdir(), 'msdeploy-outside-'));
    try {
      const victim = join(outside, 'victim');
      writeFileSync(victim, 'keep me\n');
      // The old fixed name, planted as a link to a file elsewhere.
      symlinkSync(victim, join(runnerTemp, 'msdeploy-detect.json'));
      const step = (inputs: Record<string, string> = {}) =>
        runActionBundle(ACTION, {
          cwd: origin.dir,
          eventName: 'workflow_dispatch',
          sha: head,
          inputs: { base: 'main', ...inputs },
          env: { RUNNER_TEMP: runnerTemp },
        });
      const first = await step();
      const second = await step();
      expect([first.code, second.code]).toEqual([0, 0]);
      const [a, b] = [first.outputs.detail!, second.outputs.detail!];
      expect(a).not.toBe(b); // a second detect step does not overwrite the first's
      for (const file of [a, b]) {
        expect(dirname(dirname(file))).toBe(runnerTemp);
        expect(lstatSync(file).isFile()).toBe(true);
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
        expect(JSON.parse(readFileSync(file, 'utf8')).services).toHaveLength(4);
      }

      // An explicit path may be overwritten, but a symlink there is refused, not followed.
      const explicit = join(runnerTemp, 'mine.json');
      writeFileSync(explicit, 'old');
      const ok = await step({ 'detail-file': explicit });
      expect(ok.code).toBe(0);
      expect(ok.outputs.detail).toBe(explicit);
      expect(JSON.parse(readFileSync(explicit, 'utf8')).services).toHaveLength(4);
      const linked = await step({ 'detail-file': join(runnerTemp, 'msdeploy-detect.json') });
      expect(linked.code).not.toBe(0);
      expect(linked.stdout + linked.stderr).toMatch(
        /is a symbolic link: refusing to write through it/,
      );
      expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    } finally {
      rmSync(runnerTemp, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('nothing affected: any-changed is false and the matrix is empty', async () => {
    const origin = await exampleRepo('monorepo');
    const base = await origin.head();
    origin.write('services/catalog/docs/guide.md', 'docs only\n');
    const head = await origin.commit('docs');
    const r = await runActionBundle(ACTION, {
      cwd: origin.dir,
      eventName: 'push',
      sha: head,
      event: { before: base, after: head, repository: { default_branch: 'main' } },
    });
    expect(r.code).toBe(0);
    expect(r.outputs['any-changed']).toBe('false');
    expect(r.outputs.matrix).toBe('{"include":[]}');
    expect(r.outputs.services).toBe('[]');
  });

  it('workflow_dispatch with a services input takes exactly those', async () => {
    const origin = await exampleRepo('monorepo');
    const r = await runActionBundle(ACTION, {
      cwd: origin.dir,
      eventName: 'workflow_dispatch',
      sha: await origin.head(),
      inputs: { services: 'payments, web' },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.services!)).toEqual(['payments', 'web']);
  });

  it('schedule without a base: every service, and says why', async () => {
    const origin = await exampleRepo('monorepo');
    const r = await runActionBundle(ACTION, {
      cwd: origin.dir,
      eventName: 'schedule',
      sha: await origin.head(),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.services!)).toHaveLength(4);
    expect(r.outputs['base-reason']).toMatch(/schedule/);
    expect(r.outputs.base).toBe('');
  });

  it('more affected services than one matrix holds: split into chunks, and says so', async () => {
    const repo = await GitRepo.create();
    const services = Array.from({ length: 300 }, (_, i) => `  s${i}:\n    path: services/s${i}`);
    repo.write('msdeploy.yml', `services:\n${services.join('\n')}\n`);
    for (let i = 0; i < 300; i++) repo.write(`services/s${i}/main.ts`, `${i}\n`);
    const sha = await repo.commit('300 services');
    const r = await runActionBundle(ACTION, { cwd: repo.dir, eventName: 'schedule', sha });
    expect(r.code).toBe(0);
    expect(r.outputs['matrix-chunk-count']).toBe('2');
    expect(JSON.parse(r.outputs.matrix!).include).toHaveLength(256);
    expect(JSON.parse(r.outputs['matrix-chunks']!)[1].include).toHaveLength(44);
    expect(r.stdout).toMatch(
      /^::warning::300 services are affected, more than GitHub's 256 jobs per matrix/m,
    );
  });

  it('base-policy last-successful asks GitHub (real octokit, fake API) for the last green commit', async () => {
    const origin = await exampleRepo('monorepo');
    const green = await origin.head();
    origin.write('services/payments/src/index.ts', 'export const pay = 1;\n');
    await origin.commit('payments, run failed');
    origin.write('services/search/src/index.ts', 'export const search = 2;\n');
    const head = await origin.commit('search');
    const api = await startFakeGitHub({
      runs: [
        {
          id: 90,
          workflow: 'ci.yml',
          head_branch: 'main',
          head_sha: green,
          status: 'completed',
          conclusion: 'success',
          created_at: '2026-11-20T10:00:00Z',
        },
        {
          id: 91,
          workflow: 'ci.yml',
          head_branch: 'main',
          head_sha: 'f'.repeat(40),
          status: 'completed',
          conclusion: 'failure',
          created_at: '2026-11-21T10:00:00Z',
        },
      ],
    });
    try {
      const r = await runActionBundle(ACTION, {
        cwd: origin.dir,
        eventName: 'push',
        sha: head,
        event: { before: `${head}~1`, after: head, repository: { default_branch: 'main' } },
        inputs: { 'base-policy': 'last-successful', token: FAKE_TOKEN },
        env: {
          GITHUB_API_URL: api.url,
          GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/ci.yml@refs/heads/main',
          GITHUB_RUN_ID: '92',
        },
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.outputs.base).toBe(green);
      expect(r.outputs['base-reason']).toMatch(/since the last successful run of ci\.yml on main/);
      expect(JSON.parse(r.outputs.services!)).toEqual(['payments', 'web', 'search']);
      expect(api.requests[0]!.url).toMatch(
        /^\/repos\/acme\/shop\/actions\/workflows\/ci\.yml\/runs\?/,
      );
    } finally {
      await api.close();
    }
  });

  it('an invalid manifest fails with a GitHub annotation on the exact line', async () => {
    const origin = await exampleRepo('monorepo');
    origin.write(
      'msdeploy.yml',
      'services:\n  web:\n    path: services/web\n    depends-on: [nope]\n',
    );
    const head = await origin.commit('break manifest');
    const r = await runActionBundle(ACTION, {
      cwd: origin.dir,
      eventName: 'push',
      sha: head,
      inputs: { base: 'HEAD~1' },
    });
    expect(r.code).toBe(3); // the manifest exit code, as on the CLI
    expect(r.stdout).toMatch(/^::error file=msdeploy\.yml,line=4,col=\d+::.*nope/m);
    expect(r.outputs).toEqual({});
  });

  it('file names cannot forge outputs or inject workflow commands', async () => {
    const origin = await exampleRepo('monorepo');
    const base = await origin.head();
    const evil =
      'services/web/x\nany-changed=false\n::set-output name=services::[]\n$(touch pwned).ts';
    origin.write(evil, 'x');
    const head = await origin.commit('evil name');
    const r = await runActionBundle(ACTION, {
      cwd: origin.dir,
      eventName: 'push',
      sha: head,
      inputs: { base },
    });
    expect(r.code).toBe(0);
    expect(r.outputs['any-changed']).toBe('true');
    expect(JSON.parse(r.outputs.services!)).toEqual(['web', 'search']);
    expect(r.stdout).not.toMatch(/^::set-output/m);
    expect(r.summary).not.toContain('\n::set-output');
  });
});
