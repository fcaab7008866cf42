/**
 * A job's machine: a fresh workspace, temp directory and home (every job of a real run gets a
 * fresh runner), the github and runner contexts, and the environment the runner gives every
 * step (GITHUB_*, RUNNER_*), built once per job.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Json } from './expressions.js';
import type { PlayOptions } from './types.js';

export interface RunInfo {
  options: PlayOptions;
  repository: string;
  actor: string;
  runId: number;
  runDir: string;
  eventPath: string;
  /** Values replaced by *** in logs: secrets and ::add-mask:: values. */
  masks: Set<string>;
  /** The workflow the run started from (`owner/repo/.github/workflows/x.yml@ref`). */
  workflowRef: string;
  workflowName: string;
}

export interface Machine {
  workspace: string;
  temp: string;
  home: string;
  /** Directories GITHUB_PATH added, newest first. */
  path: string[];
  /** Process groups the steps started: what is left of them dies with the job. */
  groups: number[];
  github: Record<string, Json>;
  runner: Record<string, Json>;
  baseEnv(): Record<string, string>;
}

let machines = 0;

function text(value: Json | undefined): string {
  return typeof value === 'string' ? value : '';
}

function refParts(ref: string): { name: string; type: string } {
  if (ref.startsWith('refs/heads/'))
    return { name: ref.slice('refs/heads/'.length), type: 'branch' };
  if (ref.startsWith('refs/tags/')) return { name: ref.slice('refs/tags/'.length), type: 'tag' };
  if (ref.startsWith('refs/pull/')) return { name: ref.slice('refs/pull/'.length), type: 'branch' };
  return { name: ref, type: '' };
}

/** The github context of the run, as a job on a machine with this workspace sees it. */
export function githubContext(
  run: RunInfo,
  jobId: string,
  workspace: string,
): Record<string, Json> {
  const o = run.options;
  const { name: refName, type: refType } = refParts(o.ref);
  const payload = o.event.payload ?? {};
  const pr = payload.pull_request as Record<string, Record<string, Json>> | undefined;
  const apiUrl = o.apiUrl ?? 'https://api.github.com';
  return {
    action: '',
    action_path: '',
    actor: run.actor,
    api_url: apiUrl,
    base_ref: text(pr?.base?.ref),
    event: payload,
    event_name: o.event.name,
    event_path: run.eventPath,
    graphql_url: `${apiUrl}/graphql`,
    head_ref: text(pr?.head?.ref),
    job: jobId,
    ref: o.ref,
    ref_name: refName,
    ref_type: refType,
    repository: run.repository,
    repository_owner: run.repository.split('/')[0]!,
    retention_days: '90',
    run_id: String(run.runId),
    run_number: String(o.runNumber ?? 1),
    run_attempt: String(o.runAttempt ?? 1),
    server_url: o.serverUrl ?? 'https://github.com',
    sha: o.sha,
    token: o.token ?? '',
    triggering_actor: o.triggeringActor ?? run.actor,
    workflow: run.workflowName,
    workflow_ref: run.workflowRef,
    workspace,
  };
}

export function newMachine(run: RunInfo, jobId: string): Machine {
  const dir = mkdtempSync(join(run.runDir, `job${++machines}-`));
  const [workspace, temp, home, toolCache] = ['work', 'temp', 'home', 'tool-cache'].map((d) =>
    join(dir, d),
  ) as [string, string, string, string];
  for (const d of [workspace, temp, home, toolCache]) mkdirSync(d, { recursive: true });
  const github = githubContext(run, jobId, workspace);
  const runner: Record<string, Json> = {
    name: `player-${machines}`,
    os: 'Linux',
    arch: 'X64',
    temp,
    tool_cache: toolCache,
    environment: 'self-hosted',
    debug: '',
  };
  const machine: Machine = {
    workspace,
    temp,
    home,
    path: [],
    groups: [],
    github,
    runner,
    baseEnv() {
      const s = (k: string): string => text(github[k]);
      return {
        PATH: [...machine.path, process.env.PATH ?? ''].join(':'),
        HOME: home,
        LANG: 'C.UTF-8',
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKFLOW: s('workflow'),
        GITHUB_WORKFLOW_REF: s('workflow_ref'),
        GITHUB_RUN_ID: s('run_id'),
        GITHUB_RUN_NUMBER: s('run_number'),
        GITHUB_RUN_ATTEMPT: s('run_attempt'),
        GITHUB_JOB: s('job'),
        GITHUB_ACTOR: s('actor'),
        GITHUB_TRIGGERING_ACTOR: s('triggering_actor'),
        GITHUB_REPOSITORY: s('repository'),
        GITHUB_REPOSITORY_OWNER: s('repository_owner'),
        GITHUB_EVENT_NAME: s('event_name'),
        GITHUB_EVENT_PATH: run.eventPath,
        GITHUB_WORKSPACE: workspace,
        GITHUB_SHA: s('sha'),
        GITHUB_REF: s('ref'),
        GITHUB_REF_NAME: s('ref_name'),
        GITHUB_REF_TYPE: s('ref_type'),
        GITHUB_HEAD_REF: s('head_ref'),
        GITHUB_BASE_REF: s('base_ref'),
        GITHUB_SERVER_URL: s('server_url'),
        GITHUB_API_URL: s('api_url'),
        GITHUB_GRAPHQL_URL: s('graphql_url'),
        GITHUB_RETENTION_DAYS: '90',
        RUNNER_NAME: text(runner.name),
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_TEMP: temp,
        RUNNER_TOOL_CACHE: toolCache,
        RUNNER_ENVIRONMENT: 'self-hosted',
        ...run.options.env,
      };
    },
  };
  return machine;
}

/** Write the event payload once per run, where GITHUB_EVENT_PATH points. */
export function writeEvent(runDir: string, payload: Record<string, Json>): string {
  const path = join(runDir, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}
