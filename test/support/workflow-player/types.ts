/** What a play takes and what it leaves for a test to assert. */
import type { Annotation } from './commands.js';
import type { Json } from './expressions.js';

export interface PlayOptions {
  /** The workflow file to play. */
  workflow: string;
  /** Its repository (`uses: ./.github/workflows/…` resolves here); default: above `.github/`. */
  repoRoot?: string;
  /** The triggering event: its name and the webhook payload (GITHUB_EVENT_PATH). */
  event: { name: string; payload?: Record<string, Json> };
  sha: string;
  /** `refs/heads/main`, `refs/pull/7/merge`, … */
  ref: string;
  /** `owner/name` of the repository the run belongs to; default `acme/shop`. */
  repository?: string;
  actor?: string;
  triggeringActor?: string;
  runId?: number;
  runNumber?: number;
  runAttempt?: number;
  /** workflow_dispatch inputs (checked against the workflow's declared inputs). */
  inputs?: Record<string, string | boolean | number>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** github.token and secrets.GITHUB_TOKEN. */
  token?: string;
  /** GITHUB_API_URL (the fake GitHub's URL in tests); default https://api.github.com. */
  apiUrl?: string;
  serverUrl?: string;
  /**
   * Remote repositories an action or reusable workflow may come from, `owner/name` → a local
   * directory holding it (`*` as owner matches any). Anything else that is not a stand-in fails.
   */
  repositories?: Record<string, string>;
  /** The repository's "origin" (a bare repo path or URL): what the checkout stand-in fetches. */
  origin?: string;
  /** More variables for every step's environment (e.g. ACTIONS_RESULTS_URL for a fake). */
  env?: Record<string, string>;
  /** Where job machines (workspace, temp, home) are made; default: a new temp directory. */
  runDir?: string;
}

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';
export type StepOutcome = 'success' | 'failure' | 'skipped';

export interface StepRecord {
  id: string;
  name: string;
  /** `run`, the action reference, or the stand-in's name. */
  kind: string;
  outcome: StepOutcome;
  conclusion: StepOutcome;
  outputs: Record<string, string>;
  /** stdout then stderr, secrets and ::add-mask:: values replaced by `***`. */
  log: string;
  annotations: Annotation[];
  summary: string;
  /** Steps of a composite action, in order. */
  steps: StepRecord[];
  timedOut: boolean;
  /** The exit code of a `run:` or JavaScript action's process (a composite: its failing step's). */
  exitCode?: number;
}

export interface JobRecord {
  /** The job's id path: `build`, or `pipeline/build` inside a called workflow. */
  id: string;
  /** GitHub's display name: the name with the matrix values, e.g. `build (catalog)`. */
  name: string;
  matrix?: Record<string, Json>;
  result: JobResult;
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** The job summary: every step's GITHUB_STEP_SUMMARY, in order. */
  summary: string;
  environment?: { name: string; url?: string };
  concurrency?: { group: string; cancelInProgress: boolean };
  /** Why the job failed without a failing step (bad matrix, timeout, …). */
  error?: string;
}

export interface PlayResult {
  conclusion: 'success' | 'failure';
  /** Every job run (one per matrix combination), in the order they ran. */
  jobs: JobRecord[];
  /** Every concurrency group met (workflow, called workflow or job leg), in order: recorded only. */
  concurrency: { scope: string; group: string; cancelInProgress: boolean }[];
  /** The one job run with this id path (throws when none or several: use `legs`). */
  job(id: string): JobRecord;
  /** Every run of a job id path (matrix legs). */
  legs(id: string): JobRecord[];
  /** All job summaries joined, as the run's summary page shows them. */
  summary(): string;
}
