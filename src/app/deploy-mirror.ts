/**
 * A deploy shown on GitHub: a deployment of the artifact's commit in the environment (the PR and
 * the Environments page show it), `in_progress` while it runs, then `success` with the release's
 * URL or `failure` with the run's log. A view of the ledger, never its truth: a failure to
 * mirror is a warning, and the deploy goes on.
 */
import type { GitHubApi, Logger } from '../core/ports.js';

export const DEPLOY_TASK = 'msdeploy:deploy';

export interface DeployMirrorTarget {
  service: string;
  environment: string;
  version: string;
  digest: string;
  configDigest: string;
  release: string;
  commit: string | null;
  production: boolean;
  runUrl?: string;
}

export interface DeployMirror {
  finish(outcome: { ok: boolean; url?: string; description: string }): Promise<void>;
}

/** Starts the deployment (or does nothing without an API or a commit) and returns its closer. */
export async function mirrorDeployStart(
  t: DeployMirrorTarget,
  api: GitHubApi | undefined,
  logger: Logger,
): Promise<DeployMirror> {
  const none: DeployMirror = { finish: () => Promise.resolve() };
  if (!api || t.commit === null) return none;
  const commit = t.commit;
  try {
    const d = await api.createDeployment({
      sha: commit,
      environment: t.environment,
      description: `${t.service} ${t.release}`,
      payload: {
        service: t.service,
        version: t.version,
        digest: t.digest,
        config: t.configDigest,
        release: t.release,
      },
      task: DEPLOY_TASK,
      productionEnvironment: t.production,
    });
    await api.createDeploymentStatus({
      deploymentId: d.id,
      state: 'in_progress',
      description: `deploying ${t.release}`,
      ...(t.runUrl !== undefined && { logUrl: t.runUrl }),
    });
    return {
      finish: async ({ ok, url, description }) => {
        try {
          await api.createDeploymentStatus({
            deploymentId: d.id,
            state: ok ? 'success' : 'failure',
            description,
            ...(t.runUrl !== undefined && { logUrl: t.runUrl }),
            ...(ok && url !== undefined && { environmentUrl: url }),
          });
        } catch (e) {
          logger.warning(
            `GitHub deployment ${d.id}: could not record the outcome: ${(e as Error).message}`,
          );
        }
      },
    };
  } catch (e) {
    logger.warning(
      `No GitHub deployment for ${t.service} in ${t.environment}: ${(e as Error).message}`,
    );
    return none;
  }
}
