/** The runner file commands: values with newlines or forged `name=value` lines stay one value. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportVariable, setOutputs } from '../../src/platform/runner/outputs.js';
import { parseFileCommands } from '../support/action-runner.js';

describe('platform/runner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'msdeploy-runner-unit-'));
  const saved = { out: process.env.GITHUB_OUTPUT, env: process.env.GITHUB_ENV };
  beforeAll(() => {
    process.env.GITHUB_OUTPUT = join(dir, 'output');
    process.env.GITHUB_ENV = join(dir, 'env');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    writeFileSync(process.env.GITHUB_ENV, '');
  });
  afterAll(() => {
    process.env.GITHUB_OUTPUT = saved.out;
    process.env.GITHUB_ENV = saved.env;
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes outputs with a delimiter no value can contain', () => {
    const forged = 'a.ts\nany-changed=false\nservices<<EOF\n[]\nEOF';
    setOutputs({ services: '["web"]', 'any-changed': 'true', note: forged });
    const parsed = parseFileCommands(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8'));
    expect(parsed).toEqual({ services: '["web"]', 'any-changed': 'true', note: forged });
  });

  it('writes environment variables the same way', () => {
    exportVariable('MSDEPLOY_BASE', 'abc\nPATH=/evil');
    const parsed = parseFileCommands(readFileSync(process.env.GITHUB_ENV!, 'utf8'));
    expect(parsed).toEqual({ MSDEPLOY_BASE: 'abc\nPATH=/evil' });
  });
});
