/** The GitHub event this run was triggered by, read from the runner's environment. */
import { readFileSync } from 'node:fs';
import type { EventContext } from '../core/changes/base.js';

export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new Error(
        `Cannot read the event payload at GITHUB_EVENT_PATH=${eventPath}: ${(e as Error).message}`,
      );
    }
  }
  const repository = payload.repository as { default_branch?: string } | undefined;
  const runId = Number(env.GITHUB_RUN_ID);
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? 'HEAD',
    ref: env.GITHUB_REF ?? '',
    payload,
    defaultBranch: repository?.default_branch,
    workflowId: workflowFile(env.GITHUB_WORKFLOW_REF),
    runId: Number.isFinite(runId) && runId > 0 ? runId : undefined,
  };
}

/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml` (usable as a workflow_id). */
function workflowFile(workflowRef: string | undefined): string | undefined {
  if (!workflowRef) return undefined;
  const path = workflowRef.split('@')[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name || undefined;
}
