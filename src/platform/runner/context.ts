/**
 * The ONE reader of the process environment (lint allows `process.env` only here and in the
 * CLI). Everything the runner says about the run becomes a RunContext; child processes get
 * their environment from {@link parentEnvironment}, filtered by whoever spawns them.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { RunContext } from '../../core/run-context.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/** Parse a RunContext from an environment (pure apart from reading the event file). */
export function readRunContext(env: Environment): RunContext {
  const onActions = env.GITHUB_ACTIONS === 'true';
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const serverUrl = stripSlash(env.GITHUB_SERVER_URL) ?? 'https://github.com';
  const repository = env.GITHUB_REPOSITORY || undefined;
  const runId = positiveInt(env.GITHUB_RUN_ID);
  const repo = payload.repository as { default_branch?: unknown } | undefined;
  return {
    onActions,
    repository,
    serverUrl,
    apiUrl: stripSlash(env.GITHUB_API_URL) ?? 'https://api.github.com',
    runId,
    runNumber: positiveInt(env.GITHUB_RUN_NUMBER),
    runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT),
    runUrl:
      onActions && repository && runId
        ? `${serverUrl}/${repository}/actions/runs/${runId}`
        : undefined,
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
    workflowFile: workflowFile(env.GITHUB_WORKFLOW_REF),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    defaultBranch: typeof repo?.default_branch === 'string' ? repo.default_branch : undefined,
    actor: env.GITHUB_ACTOR || undefined,
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || undefined,
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    workspace: env.GITHUB_WORKSPACE || undefined,
    debug: env.RUNNER_DEBUG === '1',
    oidc: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
    sourceDateEpoch: env.SOURCE_DATE_EPOCH || undefined,
  };
}

let cached: RunContext | undefined;

/** This process's RunContext, read on first use. */
export function runContext(): RunContext {
  cached ??= readRunContext(process.env);
  return cached;
}

/** The environment this process was started with: the base every child's environment is cut from. */
export function parentEnvironment(): Environment {
  return process.env;
}

/** The step-summary file, or undefined outside Actions. */
export function stepSummaryFile(): string | undefined {
  return process.env.GITHUB_STEP_SUMMARY || undefined;
}

/** A file the runner reads back after the step (outputs, environment), undefined when unset. */
export function runnerFile(variable: 'GITHUB_OUTPUT' | 'GITHUB_ENV'): string | undefined {
  return process.env[variable] || undefined;
}

/**
 * An action input as the runner hands it: `INPUT_<NAME>` (spaces as `_`, hyphens kept,
 * upper case), trimmed; '' when unset. Read at each call, like @actions/core did.
 */
export function inputValue(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Whether the run has step debug logging on (`RUNNER_DEBUG=1`). */
export function runnerDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

/** Sets a variable for the rest of this process too (the runner's GITHUB_ENV serves later steps). */
export function setProcessVariable(name: string, value: string): void {
  process.env[name] = value;
}

function readEventPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(
      `Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${(e as Error).message}`,
    );
  }
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`. */
function workflowFile(workflowRef: string | undefined): string | undefined {
  if (!workflowRef) return undefined;
  const path = workflowRef.split('@')[0] ?? '';
  return path.slice(path.lastIndexOf('/') + 1) || undefined;
}

function positiveInt(raw: string | undefined): number | undefined {
  const n = Number(raw);
  return raw && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function stripSlash(url: string | undefined): string | undefined {
  return url ? url.replace(/\/+$/, '') : undefined;
}
