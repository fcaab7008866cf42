/**
 * Runs a bundled action (dist/<name>/index.js) exactly as the GitHub runner does: a fresh node
 * process, inputs as INPUT_<NAME> variables (hyphens kept, action.yml defaults filled in),
 * the event JSON at GITHUB_EVENT_PATH, and outputs/summary read back from the files.
 */
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

function actionDefaults(name: string): Record<string, string> {
  const meta = parse(readFileSync(join(PROJECT_ROOT, 'actions', name, 'action.yml'), 'utf8')) as {
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

/** Start the action `name` as the runner does; `finish()` waits for it and reads its files. */
export function startActionBundle(name: string, opts: RunOptions): StartedAction {
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
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;

  const started = performance.now();
  const proc = start(join(PROJECT_ROOT, 'dist', name, 'index.js'), [], opts.cwd, env);
  const finish = async (): Promise<RunResult> => {
    const { code } = await proc.done;
    const millis = performance.now() - started;
    // A test may name its own output file (to look at it again later).
    const outputText = readFileSync(opts.env?.GITHUB_OUTPUT ?? files.output, 'utf8');
    return {
      code: code ?? 1,
      stdout: proc.stdout(),
      stderr: proc.stderr(),
      outputs: parseFileCommands(outputText),
      outputFileBytes: Buffer.byteLength(outputText),
      summary: readFileSync(files.summary, 'utf8'),
      millis,
      runnerTemp: tmp,
    };
  };
  return { proc, runnerTemp: tmp, finish };
}

export function runActionBundle(name: string, opts: RunOptions): Promise<RunResult> {
  return startActionBundle(name, opts).finish();
}
