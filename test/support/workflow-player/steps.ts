/**
 * One step as the runner plays it: its `if:` with the job's status, `env:` layered over the
 * job's, then `run:` in bash, a JavaScript action's bundle with INPUT_* variables, a composite
 * action's own steps, or a third-party action's stand-in; afterwards the file commands
 * (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY) are read back.
 */
import { randomUUID } from 'node:crypto';
import { isString } from '@actions/workflow-parser';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { inputVariable, parseFileCommands, runProcess } from '../action-runner.js';
import { readStdoutCommands, type Annotation } from './commands.js';
import { PlayerError, withinAsync } from './errors.js';
import {
  evaluateCondition,
  evaluateString,
  evaluateStringMap,
  evaluateToken,
  truthy,
  type Json,
  type Scope,
} from './expressions.js';
import { loadAction, type ActionSpec, type StepSpec } from './load.js';
import type { Machine, RunInfo } from './machine.js';
import { resolveUses } from './resolve.js';
import { STAND_INS } from './stand-ins.js';
import type { StepOutcome, StepRecord } from './types.js';

export type StepContext = {
  outputs: Record<string, string>;
  outcome: StepOutcome;
  conclusion: StepOutcome;
};

/** What every step of one job shares. */
export interface JobState {
  run: RunInfo;
  machine: Machine;
  /** github, needs, strategy, matrix, secrets, vars, job: the contexts fixed for the job. */
  contexts: Scope['contexts'];
  /** The env context so far: workflow env, job env, then what steps wrote to GITHUB_ENV. */
  env: Record<string, string>;
  /** Job `defaults.run` (else the workflow's), evaluated. */
  defaults: { shell?: string; workingDirectory?: string };
  /** When the job's timeout-minutes run out (epoch ms). */
  deadline: number;
  timedOut: boolean;
}

/** A list of steps being played: the job's own, or a composite action's. */
interface Frame {
  job: JobState;
  inputs: Json;
  steps: Record<string, StepContext>;
  failed: boolean;
  /** The composite's caller step's env, under each of its steps' own. */
  outerEnv: Record<string, string>;
  composite?: { dir: string; label: string };
}

const actions = new Map<string, ActionSpec>();

function redact(text: string, masks: Set<string>): string {
  let out = text;
  for (const m of [...masks].sort((a, b) => b.length - a.length))
    if (m !== '') out = out.split(m).join('***');
  return out;
}

function scopeOf(frame: Frame, env: Record<string, string>): Scope {
  const github = frame.job.contexts.github as Record<string, Json>;
  return {
    contexts: {
      ...frame.job.contexts,
      github: frame.composite ? { ...github, action_path: frame.composite.dir } : github,
      inputs: frame.inputs,
      steps: { ...frame.steps },
      env,
    },
    status: { success: !frame.failed, failure: frame.failed },
  };
}

function stepFiles(
  machine: Machine,
): Record<'output' | 'env' | 'path' | 'summary' | 'state', string> {
  const dir = join(machine.temp, '_runner_file_commands');
  mkdirSync(dir, { recursive: true });
  const id = randomUUID();
  const files = {
    output: join(dir, `set_output_${id}`),
    env: join(dir, `set_env_${id}`),
    path: join(dir, `add_path_${id}`),
    summary: join(dir, `step_summary_${id}`),
    state: join(dir, `save_state_${id}`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  return files;
}

interface Execution {
  failed: boolean;
  outputs: Record<string, string>;
  log: string;
  annotations: Annotation[];
  children: StepRecord[];
  timedOut: boolean;
  /** The process's exit code (a composite: its failing step's); absent for stand-ins. */
  exitCode?: number;
  kind: string;
  /** A composite's log and annotations are its steps', already read. */
  composite?: boolean;
}

export async function playSteps(
  job: JobState,
  steps: StepSpec[],
  inputs: Json,
): Promise<{ records: StepRecord[]; failed: boolean }> {
  const frame: Frame = { job, inputs, steps: {}, failed: false, outerEnv: {} };
  const records: StepRecord[] = [];
  for (const step of steps) records.push(await playStep(frame, step));
  return { records, failed: frame.failed };
}

function skipped(step: StepSpec, name: string): StepRecord {
  return {
    id: step.id,
    name,
    kind: step.uses ?? 'run',
    outcome: 'skipped',
    conclusion: 'skipped',
    outputs: {},
    log: '',
    annotations: [],
    summary: '',
    steps: [],
    timedOut: false,
  };
}

async function playStep(frame: Frame, step: StepSpec): Promise<StepRecord> {
  const place = `${frame.composite ? `${frame.composite.label} ` : ''}step ${step.id}`;
  return withinAsync(place, async () => {
    const job = frame.job;
    const baseEnv = { ...job.env, ...frame.outerEnv };
    const defaultName =
      step.uses ?? `Run ${step.run && isString(step.run) ? step.run.value.split('\n')[0] : '…'}`;
    let record: StepRecord;
    if (job.timedOut || !evaluateCondition(step.if, scopeOf(frame, baseEnv))) {
      record = skipped(step, defaultName);
    } else {
      const stepEnv = evaluateStringMap(step.env, scopeOf(frame, baseEnv));
      const env = { ...baseEnv, ...stepEnv };
      const scope = scopeOf(frame, env);
      const name = step.name ? evaluateString(step.name, scope) : defaultName;
      const continueOnError = step.continueOnError
        ? truthy(evaluateToken(step.continueOnError, scope))
        : false;
      const stepTimeout = step.timeoutMinutes
        ? Number(evaluateToken(step.timeoutMinutes, scope)) * 60_000
        : Infinity;
      const timeoutMs = Math.max(0, Math.min(stepTimeout, job.deadline - Date.now()));
      const files = stepFiles(job.machine);
      const exec = await execute(frame, step, scope, env, stepEnv, files, timeoutMs);
      if (exec.timedOut && job.deadline <= Date.now()) job.timedOut = true;
      const commands = exec.composite
        ? { annotations: [], masks: [] }
        : readStdoutCommands(exec.log);
      for (const m of commands.masks) job.run.masks.add(m);
      applyFileCommands(job, files);
      const outcome: StepOutcome = exec.failed ? 'failure' : 'success';
      record = {
        id: step.id,
        name,
        kind: exec.kind,
        outcome,
        conclusion: exec.failed && continueOnError ? 'success' : outcome,
        outputs: exec.outputs,
        log: redact(exec.log, job.run.masks),
        annotations: [...commands.annotations, ...exec.annotations],
        // A composite's steps write their own summary files; the job summary shows them, as on GitHub.
        summary: exec.children.map((c) => c.summary).join('') + readFileSync(files.summary, 'utf8'),
        steps: exec.children,
        timedOut: exec.timedOut,
        ...(exec.exitCode !== undefined && { exitCode: exec.exitCode }),
      };
    }
    if (!step.generatedId)
      frame.steps[step.id] = {
        outputs: record.outputs,
        outcome: record.outcome,
        conclusion: record.conclusion,
      };
    if (record.conclusion === 'failure') frame.failed = true;
    return record;
  });
}

function applyFileCommands(job: JobState, files: ReturnType<typeof stepFiles>): void {
  Object.assign(job.env, parseFileCommands(readFileSync(files.env, 'utf8')));
  const added = readFileSync(files.path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  job.machine.path.unshift(...added.reverse());
}

function processEnv(
  job: JobState,
  env: Record<string, string>,
  files: ReturnType<typeof stepFiles>,
  extra: Record<string, string>,
): Record<string, string> {
  return {
    ...job.machine.baseEnv(),
    ...env,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    ...extra,
  };
}

function workingDirectory(job: JobState, dir: string | undefined): string {
  const cwd = dir
    ? isAbsolute(dir)
      ? dir
      : join(job.machine.workspace, dir)
    : job.machine.workspace;
  if (!existsSync(cwd))
    throw new PlayerError(
      `working-directory ${cwd} does not exist (the runner fails such a step too)`,
    );
  return cwd;
}

async function execute(
  frame: Frame,
  step: StepSpec,
  scope: Scope,
  env: Record<string, string>,
  stepEnv: Record<string, string>,
  files: ReturnType<typeof stepFiles>,
  timeoutMs: number,
): Promise<Execution> {
  const job = frame.job;
  const actionEnv: Record<string, string> = { GITHUB_ACTION: step.id };
  if (frame.composite) actionEnv.GITHUB_ACTION_PATH = frame.composite.dir;
  if (step.run) {
    const script = evaluateString(step.run, scope);
    const shell = step.shell
      ? evaluateString(step.shell, scope)
      : frame.composite
        ? undefined
        : job.defaults.shell;
    if (frame.composite && !step.shell)
      throw new PlayerError('a run step of a composite action needs shell: (GitHub requires it)');
    if (shell !== undefined && shell !== 'bash') {
      throw new PlayerError(
        `shell: ${shell} is not supported by the workflow player (only bash, the runner's default on Linux)`,
      );
    }
    const dir = step.workingDirectory
      ? evaluateString(step.workingDirectory, scope)
      : frame.composite
        ? undefined
        : job.defaults.workingDirectory;
    const scriptPath = join(job.machine.temp, `${randomUUID()}.sh`);
    writeFileSync(scriptPath, script);
    const p = await runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptPath], {
      cwd: workingDirectory(job, dir),
      env: processEnv(job, env, files, actionEnv),
      timeoutMs,
    });
    if (p.pid) job.machine.groups.push(p.pid);
    return {
      failed: p.code !== 0,
      outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
      log: p.stdout + p.stderr,
      annotations: [],
      children: [],
      timedOut: p.timedOut,
      exitCode: p.code,
      kind: 'run',
    };
  }
  for (const key of ['shell', 'workingDirectory'] as const) {
    if (step[key])
      throw new PlayerError(
        `${key === 'shell' ? 'shell' : 'working-directory'}: applies to run: steps only`,
      );
  }
  const uses = step.uses!;
  const target = resolveUses(uses, job.machine.workspace, job.run.options);
  const withValues = evaluateStringMap(step.with, scope);
  if (target.kind === 'stand-in') {
    const standIn = STAND_INS[target.name]!;
    const unknown = Object.keys(withValues).filter((k) => !standIn.inputs.includes(k));
    if (unknown.length > 0) {
      throw new PlayerError(
        `${uses}: the player's stand-in takes only ${standIn.inputs.join(', ')}; not ${unknown.join(', ')}`,
      );
    }
    const r = await standIn.run({
      inputs: withValues,
      machine: job.machine,
      run: job.run,
      addPath: (d) => job.machine.path.unshift(d),
    });
    return {
      failed: r.failed,
      outputs: r.outputs,
      log: r.log,
      annotations: [],
      children: [],
      timedOut: false,
      kind: `stand-in ${target.name}`,
    };
  }
  const action = cachedAction(target.file, target.dir, target.label);
  const inputs = actionInputs(action, withValues, scope, uses);
  if (action.runs.using === 'node') {
    const inputEnv = Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [inputVariable(k), v]),
    );
    const p = await runProcess(process.execPath, [join(action.dir, action.runs.main)], {
      cwd: job.machine.workspace,
      env: processEnv(job, env, files, { ...actionEnv, ...inputEnv }),
      timeoutMs,
    });
    if (p.pid) job.machine.groups.push(p.pid);
    return {
      failed: p.code !== 0,
      outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
      log: p.stdout + p.stderr,
      annotations: [],
      children: [],
      timedOut: p.timedOut,
      exitCode: p.code,
      kind: uses,
    };
  }
  const inner: Frame = {
    job,
    inputs,
    steps: {},
    failed: frame.failed,
    outerEnv: { ...frame.outerEnv, ...stepEnv },
    composite: { dir: action.dir, label: uses },
  };
  const children: StepRecord[] = [];
  for (const s of action.runs.steps) children.push(await playStep(inner, s));
  const innerScope: Scope = {
    contexts: {
      ...job.contexts,
      inputs,
      steps: inner.steps,
      env: { ...job.env, ...inner.outerEnv },
    },
  };
  const outputs: Record<string, string> = {};
  for (const [name, value] of action.outputs)
    outputs[name] = value ? evaluateString(value, innerScope) : '';
  return {
    failed: children.some((c) => c.conclusion === 'failure'),
    outputs,
    log: children.map((c) => c.log).join(''),
    annotations: children.flatMap((c) => c.annotations),
    children,
    timedOut: children.some((c) => c.timedOut),
    ...exitCodeOf(children),
    kind: uses,
    composite: true,
  };
}

function cachedAction(file: string, dir: string, label: string): ActionSpec {
  let action = actions.get(file);
  if (!action) {
    action = loadAction(file, dir, label);
    actions.set(file, action);
  }
  return action;
}

/**
 * The action's inputs: `with:` values over its declared defaults (expressions in defaults such
 * as `${{ github.token }}` evaluated). The runner only warns about an input the action does not
 * declare; the player refuses it, so a typo in our workflows cannot pass unnoticed.
 */
function actionInputs(
  action: ActionSpec,
  given: Record<string, string>,
  scope: Scope,
  uses: string,
): Record<string, string> {
  const unknown = Object.keys(given).filter((k) => !action.inputs.has(k));
  if (unknown.length > 0) {
    throw new PlayerError(
      `${uses} does not declare the input(s) ${unknown.join(', ')} (it declares: ${[...action.inputs.keys()].join(', ')})`,
    );
  }
  const out: Record<string, string> = {};
  for (const [name, def] of action.inputs) {
    out[name] = given[name] ?? (def.default ? evaluateString(def.default, scope) : '');
  }
  return out;
}

/** A composite's exit code: its first failing step's, else 0 when its steps ran. */
function exitCodeOf(children: StepRecord[]): { exitCode?: number } {
  const failing = children.find((c) => c.outcome === 'failure');
  if (failing) return failing.exitCode === undefined ? {} : { exitCode: failing.exitCode };
  return { exitCode: 0 };
}
