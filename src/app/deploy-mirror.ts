/**
 * A deploy shown on GitHub: a deployment of the artifact's commit in the environment (the PR and
 * the Environments page show it), `in_progress` while it runs, then `success` with the release's
 * URL or `failure` with the run's log. A view of the ledger, never its truth: a failure to
 * mirror is a warning, and the deploy goes on.
 */
import type { EnvironmentSpec } from '../core/manifest/types.js';
import type { DeploymentInfo, DeploymentState, GitHubApi, Logger } from '../core/ports.js';

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
  /** `description` may be long: the GitHub client clips it to GitHub's 140 characters, with `…`. */
  finish(outcome: { ok: boolean; url?: string; description: string }): Promise<void>;
}

/** What a deploy or a rollback of `release` shows on GitHub, for `env`. */
export function deployMirrorTarget(
  release: Omit<DeployMirrorTarget, 'commit' | 'production' | 'runUrl'>,
  commit: string | null,
  env: EnvironmentSpec,
  runUrl: string | undefined,
): DeployMirrorTarget {
  return {
    ...release,
    commit,
    production: env.name === 'production' || env.stage === 'production',
    ...(runUrl !== undefined && { runUrl }),
  };
}

const UNFINISHED: readonly DeploymentState[] = ['in_progress', 'queued', 'pending'];

/**
 * A deployment of this very release that a killed run left unfinished (its latest status
 * in progress, or none yet): a re-run carries it on instead of starting a second one.
 */
async function unfinished(
  api: GitHubApi,
  t: DeployMirrorTarget,
  commit: string,
): Promise<DeploymentInfo | undefined> {
  const mine = (await api.listDeployments({ environment: t.environment, sha: commit })).filter(
    (d) => d.task === DEPLOY_TASK && d.payload.release === t.release,
  );
  const newest = mine[0];
  if (!newest) return undefined;
  const latest = (await api.listDeploymentStatuses(newest.id))[0];
  return latest === undefined || UNFINISHED.includes(latest.state) ? newest : undefined;
}

/**
 * A deploy that found its release live already (a re-run after the record landed): the
 * deployment a killed run left in progress is marked `success`, so GitHub shows what is live.
 */
export async function settleDeployMirror(
  t: DeployMirrorTarget,
  api: GitHubApi | undefined,
  logger: Logger,
  outcome: { url?: string; description: string },
): Promise<void> {
  if (!api || t.commit === null) return;
  try {
    const d = await unfinished(api, t, t.commit);
    if (!d) return;
    await api.createDeploymentStatus({
      deploymentId: d.id,
      state: 'success',
      description: outcome.description,
      ...(t.runUrl !== undefined && { logUrl: t.runUrl }),
      ...(outcome.url !== undefined && { environmentUrl: outcome.url }),
    });
  } catch (e) {
    logger.warning(
      `Could not settle the GitHub deployment of ${t.release}: ${(e as Error).message}`,
    );
  }
}

/**
 * Starts the deployment — or carries on one a killed run of this release left unfinished — (or
 * does nothing without an API or a commit) and returns its closer.
 */
export async function mirrorDeployStart(
  t: DeployMirrorTarget,
  api: GitHubApi | undefined,
  logger: Logger,
): Promise<DeployMirror> {
  const none: DeployMirror = { finish: () => Promise.resolve() };
  if (!api || t.commit === null) return none;
  const commit = t.commit;
  try {
    const d =
      (await unfinished(api, t, commit)) ??
      (await api.createDeployment({
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
      }));
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
