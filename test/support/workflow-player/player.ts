/**
 * The workflow player: jobs in `needs` order (one at a time), `if:` with the needs' results,
 * matrix legs, reusable workflow calls with typed inputs, secrets and outputs, job outputs,
 * `timeout-minutes` enforced, `concurrency` and `environment` recorded (nothing is cancelled,
 * nothing waits for approval). Every job gets a fresh machine (workspace, temp, home).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { PlayerError, within, withinAsync } from './errors.js';
import {
  evaluateCondition,
  scalarText,
  evaluateString,
  evaluateStringMap,
  evaluateToken,
  truthy,
  type Json,
  type Scope,
} from './expressions.js';
import { loadWorkflow, type JobSpec, type WorkflowSpec } from './load.js';
import { githubContext, newMachine, writeEvent, type RunInfo } from './machine.js';
import { expandMatrix, type Combination } from './matrix.js';
import { parseRemote, repositoryDir } from './resolve.js';
import { playSteps, type JobState } from './steps.js';
import type { JobRecord, JobResult, PlayOptions, PlayResult } from './types.js';

const DEFAULT_TIMEOUT_MINUTES = 360;

interface Call {
  inputs: Record<string, Json>;
  secrets: Record<string, string>;
  /** Job id path prefix inside a called workflow (`pipeline/`). */
  prefix: string;
}

interface JobOutcome {
  result: JobResult;
  outputs: Record<string, string>;
}

interface Play {
  run: RunInfo;
  records: JobRecord[];
  concurrency: { scope: string; group: string; cancelInProgress: boolean }[];
}

const runDirs = new Set<string>();

/** Remove every machine directory plays left behind (use in `afterAll`). */
export function cleanupPlays(): void {
  for (const dir of runDirs) rmSync(dir, { recursive: true, force: true });
  runDirs.clear();
}

function fields(token: TemplateToken | undefined): Map<string, TemplateToken> {
  const out = new Map<string, TemplateToken>();
  if (token && isMapping(token))
    for (const { key, value } of token) out.set(key.assertString('key').value, value);
  return out;
}

function literal(token: TemplateToken | undefined): string | undefined {
  if (!token) return undefined;
  if (isString(token) || isBoolean(token) || isNumber(token)) return String(token.value);
  return undefined;
}

/**
 * Typed inputs as a called or dispatched workflow sees them: declared names only, required ones
 * present, booleans and numbers converted, choices checked, defaults filled in.
 */
export function typedInputs(
  declared: MappingToken | undefined,
  given: Record<string, Json>,
  what: string,
  scope: Scope,
): Record<string, Json> {
  const decl = fields(declared);
  const unknown = Object.keys(given).filter((k) => !decl.has(k));
  if (unknown.length > 0)
    throw new PlayerError(
      `${what} does not declare the input(s) ${unknown.join(', ')} (it declares: ${[...decl.keys()].join(', ') || 'none'})`,
    );
  const out: Record<string, Json> = {};
  for (const [name, def] of decl) {
    const f = fields(def);
    const type = literal(f.get('type')) ?? 'string';
    const dflt = f.get('default');
    let value: Json | undefined =
      name in given ? given[name] : dflt ? evaluateToken(dflt, scope) : undefined;
    if (value === undefined) {
      if (literal(f.get('required')) === 'true')
        throw new PlayerError(`${what} requires the input ${name}`);
      value = type === 'boolean' ? false : type === 'number' ? 0 : '';
    }
    if (type === 'boolean') {
      if (value !== true && value !== false && value !== 'true' && value !== 'false')
        throw new PlayerError(
          `${what}: input ${name} must be a boolean, got ${JSON.stringify(value)}`,
        );
      value = value === true || value === 'true';
    } else if (type === 'number') {
      const n = Number(value);
      if (value === '' || Number.isNaN(n))
        throw new PlayerError(
          `${what}: input ${name} must be a number, got ${JSON.stringify(value)}`,
        );
      value = n;
    } else if (type === 'choice') {
      const listed = f.get('options');
      const options = listed && isSequence(listed) ? [...listed].map((t) => literal(t)) : [];
      if (!options.includes(scalarText(value)))
        throw new PlayerError(
          `${what}: input ${name} must be one of ${options.join(', ')}, got ${JSON.stringify(value)}`,
        );
    } else if (typeof value !== 'string') {
      value = scalarText(value);
    }
    out[name] = value;
  }
  return out;
}

function calledSecrets(
  declared: MappingToken | undefined,
  given: Record<string, string>,
  what: string,
): Record<string, string> {
  const decl = fields(declared);
  const unknown = Object.keys(given).filter((k) => !decl.has(k));
  if (unknown.length > 0)
    throw new PlayerError(`${what} does not declare the secret(s) ${unknown.join(', ')}`);
  for (const [name, def] of decl) {
    if (literal(fields(def).get('required')) === 'true' && !given[name])
      throw new PlayerError(`${what} requires the secret ${name}`);
  }
  return given;
}

/** Jobs ordered so every job comes after its needs (declaration order otherwise). */
function ordered(jobs: JobSpec[], file: string): JobSpec[] {
  const done = new Set<string>();
  const out: JobSpec[] = [];
  while (out.length < jobs.length) {
    const next = jobs.find((j) => !done.has(j.id) && j.needs.every((n) => done.has(n)));
    if (!next) throw new PlayerError(`${file}: the jobs' needs form a cycle or name a missing job`);
    done.add(next.id);
    out.push(next);
  }
  return out;
}

function ancestors(job: JobSpec, byId: Map<string, JobSpec>): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string): void => {
    for (const n of byId.get(id)?.needs ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      visit(n);
    }
  };
  visit(job.id);
  return seen;
}

function concurrencyOf(
  token: TemplateToken | undefined,
  scope: Scope,
): { group: string; cancelInProgress: boolean } | undefined {
  if (!token) return undefined;
  const value = evaluateToken(token, scope);
  if (typeof value === 'string') return { group: value, cancelInProgress: false };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return {
      group: scalarText(value.group ?? null),
      cancelInProgress: truthy(value['cancel-in-progress'] ?? false),
    };
  }
  throw new PlayerError(
    `concurrency must be a group name or a mapping, got ${JSON.stringify(value)}`,
  );
}

/** A leg's display name: a name with an expression is the leg's own; else GitHub appends the values. */
function legName(
  job: JobSpec,
  name: string,
  matrix: Combination | undefined,
  scope: Scope,
): string {
  if (job.name && isBasicExpression(job.name)) return evaluateString(job.name, scope);
  if (!matrix || Object.keys(matrix).length === 0) return name;
  const values = Object.values(matrix).map((v) =>
    typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v),
  );
  return `${name} (${values.join(', ')})`;
}

async function playWorkflowJobs(
  play: Play,
  spec: WorkflowSpec,
  call: Call,
): Promise<{ failed: boolean; jobs: Record<string, JobOutcome> }> {
  const byId = new Map(spec.jobs.map((j) => [j.id, j]));
  const outcomes: Record<string, JobOutcome> = {};
  const vars = play.run.options.vars ?? {};
  const github = githubContext(play.run, '', '');
  const workflowScope: Scope = {
    contexts: { github, inputs: call.inputs, vars, secrets: call.secrets },
  };
  const workflowEnv = within(`${spec.file} env`, () => evaluateStringMap(spec.env, workflowScope));
  for (const job of ordered(spec.jobs, spec.file)) {
    const id = `${call.prefix}${job.id}`;
    await withinAsync(`${spec.file} job ${job.id}`, async () => {
      const needs = Object.fromEntries(job.needs.map((n) => [n, outcomes[n]!]));
      const up = ancestors(job, byId);
      const jobScope: Scope = {
        contexts: { github, inputs: call.inputs, vars, needs: needs as unknown as Json },
        status: {
          success: job.needs.every((n) => outcomes[n]!.result === 'success'),
          failure: [...up].some((n) => outcomes[n]!.result === 'failure'),
        },
      };
      const name = job.name ? evaluateString(job.name, jobScope) : job.id;
      if (!evaluateCondition(job.if, jobScope)) {
        play.records.push({ id, name, result: 'skipped', outputs: {}, steps: [], summary: '' });
        outcomes[job.id] = { result: 'skipped', outputs: {} };
        return;
      }
      const strategy = job.strategy
        ? (evaluateToken(job.strategy, jobScope) as Record<string, Json>)
        : undefined;
      let legs: (Combination | undefined)[];
      try {
        legs = strategy?.matrix !== undefined ? expandMatrix(strategy.matrix) : [undefined];
      } catch (e) {
        if (!(e instanceof PlayerError)) throw e;
        // GitHub fails a job whose matrix cannot be expanded; it is the workflow's failure.
        play.records.push({
          id,
          name,
          result: 'failure',
          outputs: {},
          steps: [],
          summary: '',
          error: e.message,
        });
        outcomes[job.id] = { result: 'failure', outputs: {} };
        return;
      }
      const failFast = strategy?.['fail-fast'] === undefined ? true : truthy(strategy['fail-fast']);
      const results: JobOutcome[] = [];
      for (const [index, matrix] of legs.entries()) {
        const strategyContext = {
          'fail-fast': failFast,
          'job-index': index,
          'job-total': legs.length,
          'max-parallel': legs.length,
        };
        const legScope: Scope = {
          contexts: { ...jobScope.contexts, matrix: matrix ?? {}, strategy: strategyContext },
        };
        const record: JobRecord = {
          id,
          name: legName(job, name, matrix, legScope),
          matrix,
          result: 'success',
          outputs: {},
          steps: [],
          summary: '',
        };
        play.records.push(record);
        if (failFast && results.some((r) => r.result === 'failure')) {
          record.result = 'cancelled';
          results.push({ result: 'cancelled', outputs: {} });
          continue;
        }
        record.concurrency = concurrencyOf(job.concurrency, legScope);
        if (record.concurrency)
          play.concurrency.push({ scope: record.name, ...record.concurrency });
        const outcome = job.call
          ? await playCall(play, spec, job, legScope, call, id)
          : await playJob(play, spec, job, legScope, call, workflowEnv, record);
        record.result = outcome.result;
        record.outputs = outcome.outputs;
        results.push(outcome);
      }
      const continueOnError = job.continueOnError
        ? truthy(evaluateToken(job.continueOnError, jobScope))
        : false;
      const failed = results.some((r) => r.result === 'failure' || r.result === 'cancelled');
      const outputs: Record<string, string> = {};
      // Matrix legs write the same outputs: a non-empty value from a later leg wins.
      for (const r of results)
        for (const [k, v] of Object.entries(r.outputs))
          if (v !== '' || !(k in outputs)) outputs[k] = v;
      outcomes[job.id] = { result: failed && !continueOnError ? 'failure' : 'success', outputs };
    });
  }
  return { failed: Object.values(outcomes).some((o) => o.result === 'failure'), jobs: outcomes };
}

async function playJob(
  play: Play,
  spec: WorkflowSpec,
  job: JobSpec,
  scope: Scope,
  call: Call,
  workflowEnv: Record<string, string>,
  record: JobRecord,
): Promise<JobOutcome> {
  const machine = newMachine(play.run, job.id);
  const contexts: Scope['contexts'] = {
    ...scope.contexts,
    github: machine.github,
    runner: machine.runner,
    secrets: call.secrets,
    job: { status: 'success' },
  };
  const envScope: Scope = { contexts: { ...contexts, env: workflowEnv } };
  const env = { ...workflowEnv, ...evaluateStringMap(job.env, envScope) };
  const defaultsScope: Scope = { contexts: { ...contexts, env } };
  const defaultOf = (
    t: TemplateToken | undefined,
    w: TemplateToken | undefined,
  ): string | undefined =>
    t ? evaluateString(t, defaultsScope) : w ? evaluateString(w, defaultsScope) : undefined;
  const minutes = job.timeoutMinutes
    ? Number(evaluateToken(job.timeoutMinutes, defaultsScope))
    : DEFAULT_TIMEOUT_MINUTES;
  if (!(minutes > 0))
    throw new PlayerError(`timeout-minutes must be a positive number, got ${minutes}`);
  const state: JobState = {
    run: play.run,
    machine,
    contexts,
    env,
    defaults: {
      shell: defaultOf(job.defaults.shell, spec.defaults.shell),
      workingDirectory: defaultOf(job.defaults.workingDirectory, spec.defaults.workingDirectory),
    },
    deadline: Date.now() + minutes * 60_000,
    timedOut: false,
  };
  if (job.environment) record.environment = environmentOf(job.environment, defaultsScope);
  try {
    const { records, failed } = await playSteps(state, job.steps, call.inputs);
    record.steps = records;
    record.summary = records.map((r) => r.summary).join('');
    if (state.timedOut) record.error = `the job exceeded its timeout-minutes (${minutes})`;
    const stepsContext = Object.fromEntries(
      records
        .filter((r) => !job.steps.find((s) => s.id === r.id)?.generatedId)
        .map((r) => [r.id, { outputs: r.outputs, outcome: r.outcome, conclusion: r.conclusion }]),
    );
    const outScope: Scope = {
      contexts: { ...contexts, env: state.env, steps: stepsContext, inputs: call.inputs },
    };
    const outputs = evaluateStringMap(job.outputs, outScope);
    if (job.environment) record.environment = environmentOf(job.environment, outScope);
    return { result: failed || state.timedOut ? 'failure' : 'success', outputs };
  } finally {
    // "Cleaning up orphan processes": what the steps left running dies with the job.
    for (const pid of machine.groups) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

function environmentOf(token: TemplateToken, scope: Scope): { name: string; url?: string } {
  const value = evaluateToken(token, scope);
  if (typeof value === 'string') return { name: value };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return {
      name: scalarText(value.name ?? null),
      ...(value.url ? { url: scalarText(value.url) } : {}),
    };
  }
  throw new PlayerError(`environment must be a name or a mapping, got ${JSON.stringify(value)}`);
}

function calledWorkflowPath(
  spec: WorkflowSpec,
  uses: string,
  options: PlayOptions,
): { path: string; repoRoot: string } {
  if (uses.startsWith('./')) {
    if (!uses.startsWith('./.github/workflows/'))
      throw new PlayerError(
        `${uses}: a local reusable workflow must be under ./.github/workflows/`,
      );
    return { path: join(spec.repoRoot, uses), repoRoot: spec.repoRoot };
  }
  const remote = parseRemote(uses);
  if (!remote || !remote.path.startsWith('.github/workflows/'))
    throw new PlayerError(
      `${uses}: not a reusable workflow reference (owner/name/.github/workflows/x.yml@ref)`,
    );
  const repoRoot = repositoryDir(remote.repo, options, uses);
  return { path: join(repoRoot, remote.path), repoRoot };
}

async function playCall(
  play: Play,
  spec: WorkflowSpec,
  job: JobSpec,
  scope: Scope,
  call: Call,
  id: string,
): Promise<JobOutcome> {
  const c = job.call!;
  const { path, repoRoot } = calledWorkflowPath(spec, c.uses, play.run.options);
  const called = await loadWorkflow(path, repoRoot);
  if (!called.events.includes('workflow_call'))
    throw new PlayerError(`${c.uses} does not run on workflow_call`);
  const given = c.with ? (evaluateToken(c.with, scope) as Record<string, Json>) : {};
  const github = scope.contexts.github;
  const inputs = typedInputs(called.call.inputs, given, c.uses, {
    contexts: { github, vars: scope.contexts.vars },
  });
  const secretScope: Scope = { contexts: { ...scope.contexts, secrets: call.secrets } };
  const secrets =
    c.secrets === 'inherit'
      ? call.secrets
      : calledSecrets(called.call.secrets, evaluateStringMap(c.secrets, secretScope), c.uses);
  if (called.concurrency) {
    const conc = concurrencyOf(called.concurrency, {
      contexts: { github, inputs, vars: scope.contexts.vars },
    });
    if (conc) play.concurrency.push({ scope: `${id} (${called.file})`, ...conc });
  }
  const inner = await playWorkflowJobs(play, called, {
    inputs,
    secrets: { GITHUB_TOKEN: call.secrets.GITHUB_TOKEN ?? '', ...secrets },
    prefix: `${id}/`,
  });
  const jobsContext = inner.jobs as unknown as Json;
  const outputs: Record<string, string> = {};
  for (const [name, def] of fields(called.call.outputs)) {
    const value = fields(def).get('value');
    outputs[name] = value
      ? evaluateString(value, {
          contexts: { github, inputs, vars: scope.contexts.vars, jobs: jobsContext },
        })
      : '';
  }
  return { result: inner.failed ? 'failure' : 'success', outputs };
}

/** Play a workflow file as GitHub would for `options.event`. */
export async function playWorkflow(options: PlayOptions): Promise<PlayResult> {
  const path = resolve(options.workflow);
  const repoRoot = options.repoRoot ?? resolve(dirname(path), '../..');
  const spec = await loadWorkflow(path, repoRoot);
  if (!spec.events.includes(options.event.name)) {
    throw new PlayerError(
      `${spec.file} does not run on ${options.event.name} (it runs on: ${spec.events.join(', ')})`,
    );
  }
  const runDir = options.runDir ?? mkdtempSync(join(tmpdir(), 'msdeploy-play-'));
  runDirs.add(runDir);
  const repository = options.repository ?? 'acme/shop';
  const secrets = { ...(options.secrets ?? {}), GITHUB_TOKEN: options.token ?? '' };
  const dispatched = options.event.name === 'workflow_dispatch';
  const payload = { ...(options.event.payload ?? {}) };
  const run: RunInfo = {
    options,
    repository,
    actor: options.actor ?? 'octocat',
    runId: options.runId ?? 1000,
    runDir,
    eventPath: '',
    masks: new Set(Object.values(secrets).filter((s) => s !== '')),
    workflowRef: `${repository}/${spec.file}@${options.ref}`,
    workflowName: spec.name,
  };
  const play: Play = { run, records: [], concurrency: [] };
  const vars = options.vars ?? {};
  const inputs = dispatched
    ? typedInputs(spec.dispatchInputs, options.inputs ?? {}, spec.file, {
        contexts: { github: githubContext(run, '', ''), vars },
      })
    : {};
  // The payload carries dispatch inputs as strings, the inputs context typed.
  if (dispatched)
    payload.inputs = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, scalarText(v)]));
  run.eventPath = writeEvent(runDir, payload);
  run.options = { ...options, event: { name: options.event.name, payload } };
  const conc = concurrencyOf(spec.concurrency, {
    contexts: { github: githubContext(run, '', ''), inputs, vars },
  });
  if (conc) play.concurrency.push({ scope: spec.file, ...conc });
  const { failed } = await playWorkflowJobs(play, spec, { inputs, secrets, prefix: '' });
  const records = play.records;
  const legs = (id: string): JobRecord[] => records.filter((r) => r.id === id);
  return {
    conclusion: failed ? 'failure' : 'success',
    jobs: records,
    concurrency: play.concurrency,
    legs,
    job(id) {
      const found = legs(id);
      if (found.length !== 1)
        throw new Error(
          `expected one run of job ${id}, found ${found.length} (jobs: ${[...new Set(records.map((r) => r.id))].join(', ')})`,
        );
      return found[0]!;
    },
    summary: () => records.map((r) => r.summary).join(''),
  };
}
