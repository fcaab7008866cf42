/** The one process module: argv only, output tail, install hints, and nothing outlives a kill. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  holderIsGone,
  ProgramNotFoundError,
  runProcess,
  thisProcessHolder,
  WorkingDirectoryError,
} from '../../src/platform/process.js';

const dir = mkdtempSync(join(tmpdir(), 'msdeploy-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

describe('runProcess', () => {
  it('passes arguments as argv, never through a shell', async () => {
    const r = await runProcess('printf', ['%s|', '$(touch pwned)', 'a b', ';rm -rf x'], {
      cwd: dir,
      collectStdout: true,
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout.toString()).toBe('$(touch pwned)|a b|;rm -rf x|');
  });

  it('keeps the last lines of output and streams every chunk', async () => {
    const chunks: string[] = [];
    const r = await runProcess(
      'bash',
      ['-c', 'for i in $(seq 1 50); do echo line $i; done; exit 7'],
      {
        cwd: dir,
        tailLines: 3,
        onOutput: (c) => chunks.push(c),
      },
    );
    expect(r.exitCode).toBe(7);
    expect(r.tail).toEqual(['line 48', 'line 49', 'line 50']);
    expect(chunks.join('')).toContain('line 1\n');
  });

  it('names the package to install when the program is missing', async () => {
    const run = runProcess('msdeploy-no-such-program', [], { cwd: dir, installHint: 'dpkg' });
    await expect(run).rejects.toBeInstanceOf(ProgramNotFoundError);
    await expect(run).rejects.toThrow(/install dpkg .*apt-get install dpkg/);
  });

  it('blames a missing or non-directory working directory, not the program', async () => {
    const missing = runProcess('bash', ['-c', 'true'], { cwd: join(dir, 'no-such-dir') });
    await expect(missing).rejects.toBeInstanceOf(WorkingDirectoryError);
    await expect(missing).rejects.toThrow(
      `Cannot run bash: its working directory ${join(dir, 'no-such-dir')} does not exist.`,
    );
    writeFileSync(join(dir, 'a-file'), '');
    const file = runProcess('bash', ['-c', 'true'], { cwd: join(dir, 'a-file') });
    await expect(file).rejects.toThrow(
      `Cannot run bash: its working directory ${join(dir, 'a-file')} is not a directory.`,
    );
    const program = runProcess('msdeploy-no-such-program', [], { cwd: dir });
    await expect(program).rejects.toBeInstanceOf(ProgramNotFoundError);
  });

  it('on timeout kills the whole process group, grandchildren included', async () => {
    const pidFile = join(dir, 'grandchild.pid');
    const started = Date.now();
    const r = await runProcess('bash', ['-c', `sleep 30 & echo $! > ${pidFile}; wait`], {
      cwd: dir,
      timeoutMs: 300,
    });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    expect(r.exitCode).toBe(137);
    expect(Date.now() - started).toBeLessThan(5_000);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    expect(await waitUntil(() => !alive(grandchild), 2_000)).toBe(true);
  });

  it('with reapGroup, a background process cannot outlive the program or hold its pipes', async () => {
    const pidFile = join(dir, 'background.pid');
    const marker = join(dir, 'late-write');
    const started = Date.now();
    const r = await runProcess(
      'bash',
      ['-c', `(sleep 1; echo late > ${marker}) & echo $! > ${pidFile}; echo done`],
      { cwd: dir, reapGroup: true },
    );
    expect(r.exitCode).toBe(0);
    expect(r.tail).toEqual(['done']);
    expect(Date.now() - started).toBeLessThan(900); // did not wait for the background job
    const background = Number(readFileSync(pidFile, 'utf8'));
    expect(await waitUntil(() => !alive(background), 2_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 1_200));
    expect(existsSync(marker)).toBe(false);
  });

  it('gives the child exactly the environment it is handed', async () => {
    writeFileSync(join(dir, 'env.sh'), 'printf "%s" "${SECRET-unset}:${KEEP-unset}"');
    const r = await runProcess('bash', [join(dir, 'env.sh')], {
      cwd: dir,
      env: { PATH: process.env.PATH, KEEP: 'kept' },
      collectStdout: true,
    });
    expect(r.stdout.toString()).toBe('unset:kept');
  });

  it('writes input to stdin and closes it; a child that reads none of it still just exits', async () => {
    const big = 'x'.repeat(4 << 20); // more than a pipe holds: the write must not hang or throw
    const r = await runProcess('wc', ['-c'], { cwd: dir, input: big, collectStdout: true });
    expect(r.stdout.toString().trim()).toBe(String(big.length));
    const early = await runProcess('bash', ['-c', 'exit 3'], { cwd: dir, input: big });
    expect(early.exitCode).toBe(3);
    const none = await runProcess('cat', [], { cwd: dir, collectStdout: true });
    expect(none.stdout.length).toBe(0); // no input: stdin is empty, not our terminal
  });
});

describe('holderIsGone', () => {
  it('is true only for a process of this machine that has exited', async () => {
    const child = spawn('sleep', ['30']);
    const holder = `${hostname()}:${child.pid}`;
    expect(holderIsGone(holder)).toBe(false);
    expect(holderIsGone(thisProcessHolder())).toBe(false);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(holderIsGone(holder)).toBe(true);
    // Another machine's process is never judged from here; nonsense is not "gone" either.
    expect(holderIsGone(`not-${hostname()}:${child.pid}`)).toBe(false);
    for (const bad of ['', 'x', `${hostname()}:`, `${hostname()}:-1`, `${hostname()}:1.5`]) {
      expect(holderIsGone(bad)).toBe(false);
    }
  });
});
