/**
 * The one way msdeploy starts another program (git, bash, dpkg-deb; later ssh): argv arrays,
 * never a shell, each child in its own process group so a timeout or our own exit takes down
 * everything it started. Output is streamed to the caller and a bounded tail is kept for
 * messages; stdout can also be collected whole when it is the result (git's -z lists).
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { parentEnvironment, type Environment } from './runner/context.js';

export interface ProcessOptions {
  cwd: string;
  /**
   * The child's whole environment. Default: ours plus `extraEnv`. Untrusted children (build
   * commands) get an allow-listed one from their caller instead.
   */
  env?: Environment;
  extraEnv?: Readonly<Record<string, string>>;
  /** What to tell the user to install when the program is missing, e.g. `git` or `dpkg`. */
  installHint?: string;
  /** Kill the process group after this long. */
  timeoutMs?: number;
  /** Keep stdout as one Buffer (the result); otherwise it only feeds onOutput and the tail. */
  collectStdout?: boolean;
  /** Called with each chunk of stdout (when not collected) and stderr, decoded as UTF-8. */
  onOutput?: (chunk: string) => void;
  /** How many lines of output to keep for messages (default 30). */
  tailLines?: number;
  /**
   * Kill whatever is left of the process group once the program itself exits, so a background
   * process it started can't outlive it (and keep writing where we no longer look).
   */
  reapGroup?: boolean;
  /**
   * Written to the child's stdin, which is then closed (otherwise stdin is /dev/null). A stream
   * is piped (large payloads, e.g. an artifact sent over ssh, never sit in memory whole).
   */
  input?: string | Buffer | Readable;
}

export interface ProcessResult {
  /** The exit code; 128 + signal number style codes are mapped from signals. */
  exitCode: number;
  signal?: NodeJS.Signals;
  timedOut: boolean;
  stdout: Buffer;
  /** The last lines of output (stdout when not collected, and stderr). */
  tail: string[];
}

/** The program could not be started at all (missing, not executable). */
export class ProgramNotFoundError extends Error {}

/** The directory a program was to run in is missing or not a directory. */
export class WorkingDirectoryError extends Error {}

/** Why `cwd` cannot be a working directory, or undefined when it can. */
async function workingDirectoryProblem(cwd: string): Promise<string | undefined> {
  try {
    const s = await stat(cwd);
    return s.isDirectory() ? undefined : `its working directory ${cwd} is not a directory`;
  } catch {
    return `its working directory ${cwd} does not exist`;
  }
}

const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGKILL: 9,
  SIGTERM: 15,
};

const live = new Set<number>();
let exitHookInstalled = false;

/** Our own exit (normal or by error) takes down every process group still running. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of live) killGroup(pid, 'SIGKILL');
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export function runProcess(
  program: string,
  args: readonly string[],
  opts: ProcessOptions,
): Promise<ProcessResult> {
  installExitHook();
  const tailLines = opts.tailLines ?? 30;
  return new Promise((resolve, reject) => {
    let child: ChildProcessByStdio<Writable | null, Readable, Readable>;
    try {
      child = spawn(program, args, {
        cwd: opts.cwd,
        env: opts.env ?? { ...parentEnvironment(), ...opts.extraEnv },
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        shell: false,
        detached: true, // its own process group: killable as a whole
        windowsHide: true,
      }) as ChildProcessByStdio<Writable | null, Readable, Readable>;
    } catch (e) {
      // Some failures (ENOTDIR for a cwd that is a file) are thrown rather than emitted.
      startFailure(program, opts, e as NodeJS.ErrnoException).then(reject, reject);
      return;
    }
    const stdout: Buffer[] = [];
    let tail: string[] = [];
    let partial = '';
    let timedOut = false;
    const keep = (text: string) => {
      opts.onOutput?.(text);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      if (lines.length) tail = tail.concat(lines).slice(-tailLines);
    };
    if (opts.collectStdout) child.stdout.on('data', (c: Buffer) => stdout.push(c));
    else child.stdout.on('data', (c: Buffer) => keep(c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => keep(c.toString('utf8')));

    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid) killGroup(child.pid, 'SIGKILL');
          }, opts.timeoutMs);
    if (child.pid) live.add(child.pid);
    if (child.stdin && opts.input !== undefined) {
      // A child that exits without reading all of it (an error) makes the write fail with EPIPE:
      // its exit code and stderr are the news, not the broken pipe.
      child.stdin.on('error', () => {});
      if (typeof opts.input === 'string' || Buffer.isBuffer(opts.input)) {
        child.stdin.end(opts.input);
      } else {
        // Same for a stream: the child's exit is the news; a read error ends stdin early, which
        // the child sees as a short payload.
        const source = opts.input;
        source.on('error', () => child.stdin?.end());
        child.stdin.on('error', () => source.destroy());
        source.pipe(child.stdin);
      }
    }

    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      // Anything the program left behind still holds our pipes: end it, or 'close' never comes.
      if (opts.reapGroup && child.pid) killGroup(child.pid, 'SIGKILL');
    });
    let failedToStart = false;
    child.on('error', (e: NodeJS.ErrnoException) => {
      failedToStart = true; // 'close' follows; the rejection (after a stat) is the result
      clearTimeout(timer);
      if (child.pid) live.delete(child.pid);
      startFailure(program, opts, e).then(reject, reject);
    });
    child.on('close', (code, signal) => {
      if (failedToStart) return;
      clearTimeout(timer);
      if (child.pid) live.delete(child.pid);
      if (partial) tail = tail.concat(partial).slice(-tailLines);
      const sig = exit?.signal ?? signal ?? undefined;
      const exitCode = exit?.code ?? code ?? (sig ? 128 + (SIGNAL_CODES[sig] ?? 15) : 1);
      resolve({ exitCode, signal: sig, timedOut, stdout: Buffer.concat(stdout), tail });
    });
  });
}

/**
 * The error for a program that did not start. spawn says ENOENT both for a missing program and
 * a missing working directory (and ENOTDIR for a cwd that is a file): look at the directory to
 * blame the right one.
 */
async function startFailure(
  program: string,
  opts: ProcessOptions,
  e: NodeJS.ErrnoException,
): Promise<Error> {
  const problem =
    e.code === 'ENOENT' || e.code === 'ENOTDIR'
      ? await workingDirectoryProblem(opts.cwd)
      : undefined;
  if (problem) return new WorkingDirectoryError(`Cannot run ${program}: ${problem}.`, { cause: e });
  if (e.code === 'ENOENT') {
    const hint = opts.installHint ?? program;
    return new ProgramNotFoundError(
      `${program} was not found (needed in ${opts.cwd}): install ${hint} or put it on PATH` +
        (opts.installHint ? ` (e.g. apt-get install ${opts.installHint}).` : '.'),
    );
  }
  return new Error(`Cannot start ${program} in ${opts.cwd}: ${e.message}`, { cause: e });
}

/** This machine's deploying process, `<host>:<pid>`: a lease holder outside Actions. */
export function thisProcessHolder(): string {
  return `${hostname()}:${process.pid}`;
}

/**
 * Whether a lease holder `<host>:<pid>` is a process of this machine that is gone. A holder on
 * another machine is never judged gone from here (its lease runs until it expires).
 */
export function holderIsGone(holder: string): boolean {
  const at = holder.lastIndexOf(':');
  const pid = Number(holder.slice(at + 1));
  if (at < 0 || holder.slice(0, at) !== hostname() || !Number.isSafeInteger(pid) || pid <= 0) {
    return false;
  }
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0); // signal 0: is it there? (EPERM: there, someone else's)
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
