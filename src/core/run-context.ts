/**
 * What the runner (or, for the CLI, the checkout) says about this run. Read once from the
 * environment by platform/runner/context.ts and passed, as plain values, to whatever needs it.
 */
export interface RunContext {
  /** Inside a GitHub Actions job (`GITHUB_ACTIONS=true`). */
  onActions: boolean;
  /** `owner/name`, when known. */
  repository?: string;
  serverUrl: string;
  apiUrl: string;
  runId?: number;
  runNumber?: number;
  runAttempt?: number;
  /** `<server>/<owner>/<name>/actions/runs/<id>` on Actions. */
  runUrl?: string;
  sha?: string;
  ref?: string;
  /** `owner/name/.github/workflows/ci.yml@refs/heads/main` */
  workflowRef?: string;
  /** The workflow's file name (`ci.yml`), usable as a workflow_id in the REST API. */
  workflowFile?: string;
  eventName: string;
  /** The event JSON (GITHUB_EVENT_PATH); `{}` outside Actions. */
  payload: Record<string, unknown>;
  defaultBranch?: string;
  actor?: string;
  triggeringActor?: string;
  /** A scratch directory for this job: RUNNER_TEMP, else the system temp directory. */
  runnerTemp: string;
  workspace?: string;
  /** Step debug logging is on (RUNNER_DEBUG=1). */
  debug: boolean;
  /** The job may request an OIDC token (`permissions: id-token: write`): signing is possible. */
  oidc: boolean;
  /** SOURCE_DATE_EPOCH as given (validated where a build uses it). */
  sourceDateEpoch?: string;
}
