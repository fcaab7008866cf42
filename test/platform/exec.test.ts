/** BashRunner: the build command gets an allow-listed environment, not ours. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BashRunner } from '../../src/platform/exec.js';

const dir = mkdtempSync(join(tmpdir(), 'msdeploy-exec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('BashRunner', () => {
  const planted = {
    'INPUT_REGISTRY-PASSWORD': 'hunter2',
    INPUT_TOKEN: 'ghs_input',
    GITHUB_TOKEN: 'ghs_env',
    ACTIONS_RUNTIME_TOKEN: 'runtime',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    MSDEPLOY_REGISTRY_PASSWORD: 'cli-secret',
    NPM_TOKEN: 'npm-forwarded',
    SOME_SECRET: 'not-forwarded',
  };
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    for (const [k, v] of Object.entries(planted)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('runs the build without our inputs, credentials or file commands; forwards what the manifest names', async () => {
    let out = '';
    const r = await new BashRunner().run('env', {
      cwd: dir,
      env: { MSDEPLOY_VERSION: '1.0.0' },
      forward: ['NPM_TOKEN'],
      onOutput: (c) => (out += c),
    });
    expect(r.exitCode).toBe(0);
    const names = out
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(0, l.indexOf('=')));
    expect(names).toEqual(expect.arrayContaining(['PATH', 'MSDEPLOY_VERSION', 'NPM_TOKEN']));
    for (const secret of [
      'hunter2',
      'ghs_input',
      'ghs_env',
      'runtime',
      'cli-secret',
      'not-forwarded',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(names).not.toContain('GITHUB_OUTPUT');
    expect(names).not.toContain('GITHUB_ENV');
  });
});
