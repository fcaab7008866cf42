/**
 * The runner protocol we write ourselves (no @actions/core): byte for byte what the runner
 * expects, and no way for data to end a command early or forge an output.
 */
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileCommand, workflowCommand } from '../../../src/platform/runner/commands.js';
import { getBooleanInput, getInput, getSecretInput } from '../../../src/platform/runner/inputs.js';
import { actionsLogger } from '../../../src/platform/runner/logger.js';
import { setFailed } from '../../../src/platform/runner/outputs.js';
import { parseFileCommands } from '../../support/action-runner.js';

/** What `fn` writes to stdout. */
function stdoutOf(fn: () => void): string {
  const chunks: string[] = [];
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

describe('workflow commands', () => {
  it('escapes % CR LF in the message, and also : and , in property values', () => {
    expect(workflowCommand('error', { file: 'a:b,c.yml', line: 3, col: 5 }, '50%\r\nnext')).toBe(
      '::error file=a%3Ab%2Cc.yml,line=3,col=5::50%25%0D%0Anext',
    );
  });

  it('leaves out empty properties, as @actions/core does', () => {
    expect(workflowCommand('warning', { file: undefined, line: 0, title: '' }, 'w')).toBe(
      '::warning::w',
    );
    expect(workflowCommand('endgroup', {}, '')).toBe('::endgroup::');
  });

  it('the logger writes located annotations, groups and masks on stdout', async () => {
    const out = stdoutOf(() => {
      actionsLogger.error('bad\nvalue', { file: 'msdeploy.yml', line: 2, col: 7 });
      actionsLogger.warning('careful');
      actionsLogger.mask?.('s3cret');
    });
    const lines = out.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '::error file=msdeploy.yml,line=2,col=7::bad%0Avalue',
      '::warning::careful',
    ]);
    // The secret and its other log forms (base64, JSON): one add-mask command each.
    expect(lines.slice(2, -1)).toContain('::add-mask::s3cret');
    expect(lines.slice(2, -1)).toContain('::add-mask::czNjcmV0');
    expect(lines.slice(2, -1).every((l) => l.startsWith('::add-mask::'))).toBe(true);
    expect(lines.at(-1)).toBe('');
    const grouped: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
      grouped.push(String(c));
      return true;
    });
    try {
      await actionsLogger.group('two\nlines', () => Promise.resolve());
    } finally {
      spy.mockRestore();
    }
    expect(grouped.join('')).toBe('::group::two lines\n::endgroup::\n');
  });

  it('setFailed is an error annotation and exit code 1', () => {
    const saved = process.exitCode;
    try {
      expect(stdoutOf(() => setFailed('it broke'))).toBe('::error::it broke\n');
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = saved;
    }
  });
});

describe('inputs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  });

  it('reads INPUT_<NAME> (hyphens kept, spaces as _, upper case), trimmed', () => {
    process.env['INPUT_WORKING-DIRECTORY'] = '  sub/dir \n';
    process.env.INPUT_MY_INPUT = 'x';
    expect(getInput('working-directory')).toBe('sub/dir');
    expect(getInput('my input')).toBe('x');
    expect(getInput('absent')).toBe('');
    expect(() => getInput('absent', true)).toThrow(/input `absent` is required/);
  });

  it('masks a secret input before anything else can print it', () => {
    process.env.INPUT_TOKEN = 'ghs_abc%def';
    let value: string | undefined;
    expect(stdoutOf(() => (value = getSecretInput('token')))).toBe('::add-mask::ghs_abc%25def\n');
    expect(value).toBe('ghs_abc%def');
  });

  it('reads booleans the YAML 1.1 way and names the input when it is neither', () => {
    process.env.INPUT_ATTEST = 'Yes';
    expect(getBooleanInput('attest', false)).toBe(true);
    process.env.INPUT_ATTEST = 'maybe';
    expect(() => getBooleanInput('attest', false)).toThrow(/must be true or false, got "maybe"/);
  });
});

describe('file commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'msdeploy-commands-'));
  const saved = process.env.GITHUB_OUTPUT;
  afterAll(() => {
    process.env.GITHUB_OUTPUT = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends each value under a fresh random delimiter', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'out');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    fileCommand('GITHUB_OUTPUT', 'a', 'x\ny');
    fileCommand('GITHUB_OUTPUT', 'b', '');
    const text = readFileSync(process.env.GITHUB_OUTPUT, 'utf8');
    expect(parseFileCommands(text)).toEqual({ a: 'x\ny', b: '' });
    const delimiters = [...text.matchAll(/<<(ghadelimiter_[0-9a-f-]{36})\n/g)].map((m) => m[1]);
    expect(new Set(delimiters).size).toBe(2);
  });

  it('refuses a file the runner did not create, naming it', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'missing');
    expect(() => fileCommand('GITHUB_OUTPUT', 'a', 'x')).toThrow(
      /GITHUB_OUTPUT file .*missing does not exist/,
    );
  });

  it('falls back to the stdout command when the runner names no file', () => {
    delete process.env.GITHUB_OUTPUT;
    expect(stdoutOf(() => fileCommand('GITHUB_OUTPUT', 'a', 'x,y'))).toBe(
      '::set-output name=a::x,y\n',
    );
  });
});
