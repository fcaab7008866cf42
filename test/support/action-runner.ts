/**
 * Runs a bundled action (dist/<name>/index.js) exactly as the GitHub runner does: a fresh node
 * process, inputs as INPUT_<NAME> variables (hyphens kept, action.yml defaults filled in),
 * the event JSON at GITHUB_EVENT_PATH, and outputs/summary read back from the files.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { start, type Proc } from './processes.js';

export const PROJECT_ROOT = resolve(import.meta.dirname ?? '.', '../..');

export interface RunOptions {
  cwd: string;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: Record<string, unknown>;
  sha?: string;
  ref?: string;
  env?: Record<string, string>;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputFileBytes: number;
  summary: string;
  millis: number;
  /** The run's RUNNER_TEMP (output, summary and env files included), removed by cleanupRuns(). */
  runnerTemp: string;
}

/** A bundled action started as the runner starts it, still running. */
export interface StartedAction {
  proc: Proc;
  runnerTemp: string;
  /** Wait for its end and read what it wrote. */
  finish: () => Promise<RunResult>;
}

/** Parse the runner's file-command format: `name<<DELIM\nvalue\nDELIM\n` (or `name=value`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const eq = line.indexOf('=');
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delim = line.slice(heredoc + 2);
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated value for ${name} (delimiter ${delim})`);
      out[name] = value.join('\n');
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`malformed file command line: ${JSON.stringify(line)}`);
    }
  }
  return out;
}

/** The root action.yml (the msdeploy CLI as an action) runs the bundle dist/run-cli. */
export const ROOT_ACTION_BUNDLE = 'run-cli';

/** Where the action.yml of a bundle is. */
export function actionMetadataPath(name: string): string {
  return name === ROOT_ACTION_BUNDLE
    ? join(PROJECT_ROOT, 'action.yml')
    : join(PROJECT_ROOT, 'actions', name, 'action.yml');
}

/** The variable the runner hands an input in: spaces become `_`, upper-cased, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
  millis: number;
  /** Killed (with its whole process group) because `timeoutMs` passed. */
  timedOut: boolean;
  /** The process group's id: what is left of it may be killed when the job ends. */
  pid: number | undefined;
}

/**
 * Run a program with an argv array in its own process group, as the runner runs a step: the
 * group is killed when `timeoutMs` passes (the runner's `timeout-minutes`).
 */
export async function runProcess(
  command: string,
  args: string[],
  opts: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<ProcessResult> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, detached: true });
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer =
    opts.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // already gone
          }
        }, opts.timeoutMs);
  const closed = new Promise<void>((res) => child.on('close', () => res()));
  const code = await new Promise<number>((res) => {
    child.on('error', (e) => {
      stderr += `${e.message}\n`;
      res(127);
    });
    child.on('exit', (c) => res(c ?? 1));
  });
  clearTimeout(timer);
  // A process it left in the background may hold the pipes open: the step ends when the
  // program exits, as on the runner, with a moment to drain what was already written.
  await Promise.race([closed, new Promise((res) => setTimeout(res, 500).unref())]);
  return { code, stdout, stderr, millis: performance.now() - started, timedOut, pid: child.pid };
}

/** An action's inputs with the defaults its action.yml declares, as the runner passes them. */
export function actionDefaults(name: string): Record<string, string> {
  const meta = parse(readFileSync(actionMetadataPath(name), 'utf8')) as {
    inputs?: Record<string, { default?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta.inputs ?? {})) {
    // Expressions such as ${{ github.token }} are the runner's to evaluate; none here.
    const d = v.default ?? '';
    out[k] = d.includes('${{') ? '' : String(d);
  }
  return out;
}

const runnerTemps = new Set<string>();

/** Remove every RUNNER_TEMP left by runActionBundle (files such as the detail JSON live there). */
export function cleanupRuns(): void {
  for (const dir of runnerTemps) rmSync(dir, { recursive: true, force: true });
  runnerTemps.clear();
}

/** A run's RUNNER_TEMP with its file-command files, and the environment the runner gives it. */
function prepareRun(name: string, opts: RunOptions) {
  const tmp = mkdtempSync(join(tmpdir(), 'msdeploy-runner-'));
  runnerTemps.add(tmp);
  const files = {
    output: join(tmp, 'output'),
    summary: join(tmp, 'summary'),
    env: join(tmp, 'env'),
    event: join(tmp, 'event.json'),
  };
  for (const f of [files.output, files.summary, files.env]) writeFileSync(f, '');
  writeFileSync(files.event, JSON.stringify(opts.event ?? {}));
  const inputs = { ...actionDefaults(name), ...(opts.inputs ?? {}) };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: tmp,
    GITHUB_WORKSPACE: opts.cwd,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_SHA: opts.sha ?? '',
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_REPOSITORY: 'acme/shop',
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[inputVariable(k)] = v;
  return { tmp, files, env };
}

/** What the run left: its output and summary files read back. */
function runResult(
  run: ReturnType<typeof prepareRun>,
  opts: RunOptions,
  r: { code: number; stdout: string; stderr: string; millis: number },
): RunResult {
  // A test may name its own output file (to look at it again later).
  const outputText = readFileSync(opts.env?.GITHUB_OUTPUT ?? run.files.output, 'utf8');
  return {
    ...r,
    outputs: parseFileCommands(outputText),
    outputFileBytes: Buffer.byteLength(outputText),
    summary: readFileSync(run.files.summary, 'utf8'),
    runnerTemp: run.tmp,
  };
}

const bundle = (name: string) => join(PROJECT_ROOT, 'dist', name, 'index.js');

export async function runActionBundle(name: string, opts: RunOptions): Promise<RunResult> {
  const run = prepareRun(name, opts);
  const { code, stdout, stderr, millis } = await runProcess(process.execPath, [bundle(name)], {
    cwd: opts.cwd,
    env: run.env,
  });
  return runResult(run, opts, { code, stdout, stderr, millis });
}

/** Start the action `name` as the runner does, to stop it midway; `finish()` reads its files. */
export function startActionBundle(name: string, opts: RunOptions): StartedAction {
  const run = prepareRun(name, opts);
  const started = performance.now();
  const proc = start(bundle(name), [], opts.cwd, run.env);
  const finish = async (): Promise<RunResult> => {
    const { code } = await proc.done;
    const millis = performance.now() - started;
    return runResult(run, opts, {
      code: code ?? 1,
      stdout: proc.stdout(),
      stderr: proc.stderr(),
      millis,
    });
  };
  return { proc, runnerTemp: run.tmp, finish };
}
