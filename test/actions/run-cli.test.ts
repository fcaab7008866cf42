/**
 * The root action (action.yml → dist/run-cli) as the runner runs it: `args` split without a
 * shell, the CLI's stdout as an output, its exit code as the step's.
 */
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import { exampleRepo } from '../support/example-repo.js';
import { cleanupRuns, ROOT_ACTION_BUNDLE, runActionBundle } from '../support/action-runner.js';
import { tempDir, cleanupBuilds } from '../support/build-harness.js';

afterAll(() => {
  cleanupRepos();
  cleanupRuns();
  cleanupBuilds();
});

interface StatusJson {
  services: {
    service: string;
    stages: { stage: string; promote: string; environment?: string }[];
  }[];
}

describe('the root action', () => {
  it('runs a command and hands back its stdout and exit code', async () => {
    const repo = await exampleRepo('monorepo');
    // On Actions the CLI reads the ledger on origin, as the actions do.
    const origin = await GitRepo.create({ bare: true });
    await repo.git('remote', 'add', 'origin', origin.dir);
    await repo.git('push', '-q', 'origin', 'main');
    const r = await runActionBundle(ROOT_ACTION_BUNDLE, {
      cwd: repo.dir,
      inputs: { args: 'status catalog\n  --json --manifest "msdeploy.yml"' },
    });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.outputs['exit-code']).toBe('0');
    const status = JSON.parse(r.outputs.stdout!) as StatusJson;
    expect(status.services.map((s) => s.service)).toEqual(['catalog']);
    expect(status.services[0]!.stages.map((s) => [s.stage, s.promote, s.environment])).toEqual([
      ['commit', 'auto', undefined],
      ['acceptance', 'auto', undefined],
      ['uat', 'auto', 'staging'],
      ['production', 'manual', 'production'],
    ]);
    // The command line is logged, quoted back, before it runs.
    expect(r.stdout).toContain(
      "msdeploy 'status' 'catalog' '--json' '--manifest' 'msdeploy.yml'\n",
    );
  });

  it('passes $, backticks and globs through as written, and the exit code fails the step', async () => {
    const repo = await exampleRepo('monorepo');
    const r = await runActionBundle(ROOT_ACTION_BUNDLE, {
      cwd: repo.dir,
      inputs: { args: 'status $HOME`id`*' },
    });
    expect(r.code).toBe(1);
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.stdout + r.stderr).toContain('$HOME`id`*');
    expect(r.stdout).toContain('::error::msdeploy status exited with code 1');
  });

  it("keeps the CLI's own exit codes: 3 for a missing manifest", async () => {
    const r = await runActionBundle(ROOT_ACTION_BUNDLE, {
      cwd: tempDir('no-manifest'),
      inputs: { args: 'status' },
    });
    expect(r.code).toBe(3);
    expect(r.outputs['exit-code']).toBe('3');
  });

  it('refuses an unbalanced quote before running anything (exit 2), naming the input and column', async () => {
    const repo = await exampleRepo('monorepo');
    const r = await runActionBundle(ROOT_ACTION_BUNDLE, {
      cwd: repo.dir,
      inputs: { args: "promote web --reason 'it is done" },
    });
    expect(r.code).toBe(2);
    expect(r.outputs['exit-code']).toBeUndefined();
    expect(r.stdout).toMatch(
      /::error::The input `args` cannot be split: This ' starts a quote that is never closed: add the closing ' \(line 1, column 22\)/,
    );
    expect(r.stdout).not.toContain('msdeploy promote');
  });

  it('refuses empty args', async () => {
    const r = await runActionBundle(ROOT_ACTION_BUNDLE, {
      cwd: tempDir('empty-args'),
      inputs: { args: '  \n ' },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error::The input `args`');
  });

  it("gives the CLI the credentials in its own variables, and none of the action's inputs", async () => {
    const { getRunCliSettings } = await import('../../src/actions/run-cli/io.js');
    const saved = { ...process.env };
    try {
      Object.assign(process.env, {
        INPUT_ARGS: "promote web --reason 'a b'",
        INPUT_TOKEN: 'tok-123',
        'INPUT_REGISTRY-USERNAME': 'robot',
        'INPUT_REGISTRY-PASSWORD': 'pw-456',
        'INPUT_SSH-KEY': '',
        'INPUT_WORKING-DIRECTORY': 'services',
        PROBE: 'from the step',
      });
      const s = getRunCliSettings();
      expect(s.args).toEqual(['promote', 'web', '--reason', 'a b']);
      expect(s.cwd).toBe('services');
      expect(s.cli).toMatch(/[/\\]cli[/\\]index\.js$/);
      expect(s.env).toMatchObject({
        GITHUB_TOKEN: 'tok-123',
        MSDEPLOY_REGISTRY_USERNAME: 'robot',
        MSDEPLOY_REGISTRY_PASSWORD: 'pw-456',
        PROBE: 'from the step',
      });
      expect(s.env.MSDEPLOY_SSH_KEY).toBeUndefined();
      expect(Object.keys(s.env).filter((k) => k.startsWith('INPUT_'))).toEqual([]);
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});
