/**
 * Mirrors one ledger state — a digest in a stage, already committed to the ledger — where people
 * look: GitHub Deployments, a commit status on the artifact's commit, and the store's stage tag.
 * The ledger is the truth; a mirror is a view of it. So each mirror is idempotent (a re-run
 * repairs a failed one and never duplicates) and independent (one failing does not stop the
 * others); the report says which failed, for the caller to warn or exit non-zero.
 */
import type { Digest } from '../core/artifact/types.js';
import type { ArtifactStore, DeploymentInfo, GitHubApi, Logger } from '../core/ports.js';

export interface MirrorTarget {
  service: string;
  stage: string;
  version: string;
  digest: Digest;
  /** The artifact's commit; null when unknown (then nothing is mirrored on GitHub). */
  commit: string | null;
  runUrl?: string;
  /** the environment the stage deploys to, if any */
  environment?: string;
  production: boolean;
}

/** How one mirror went: done, not applicable here (and why), or failed. */
export type MirrorOutcome =
  { status: 'ok' } | { status: 'skipped'; reason: string } | { status: 'failed'; error: Error };

export interface MirrorReport {
  deployments: MirrorOutcome;
  commitStatus: MirrorOutcome;
  stageTag: MirrorOutcome;
}

/** The task of the deployments msdeploy creates: how a re-run recognises its own. */
export const PROMOTE_TASK = 'msdeploy:promote';

/**
 * One GitHub environment per service × stage (`catalog/uat`), not the stage's deploy
 * environment: the Deployments page then shows each service's value stream, stage by stage, and
 * these records never mix with the deployments deploy-env makes to the real environments (whose
 * protection rules and history belong to actual deploys, not to promotions).
 */
export function mirrorEnvironment(service: string, stage: string): string {
  return `${service}/${stage}`;
}

/** The commit status context of a stage: one per service × stage, like the environment. */
export function mirrorContext(service: string, stage: string): string {
  return `msdeploy/${service}/${stage}`;
}

/** The names of the mirrors that failed (empty when all are done or skipped). */
export function failedMirrors(report: MirrorReport): (keyof MirrorReport)[] {
  return (Object.keys(report) as (keyof MirrorReport)[]).filter(
    (k) => report[k].status === 'failed',
  );
}

export async function mirrorPromotion(
  target: MirrorTarget,
  ports: { api?: GitHubApi; store?: ArtifactStore; logger: Logger },
): Promise<MirrorReport> {
  const { api, store, logger } = ports;
  const what = `${target.service} ${target.version} in ${target.stage}`;
  const github = (): { api: GitHubApi; commit: string } | string => {
    if (!api) return 'no GitHub API here (no token or repository)';
    if (target.commit === null) return `the commit of ${target.version} is unknown`;
    return { api, commit: target.commit };
  };

  const run = async (
    name: string,
    mirror: () => Promise<string | undefined>,
  ): Promise<MirrorOutcome> => {
    try {
      const skipped = await mirror();
      if (skipped !== undefined) {
        logger.debug(`Mirror of ${what}: no ${name} (${skipped}).`);
        return { status: 'skipped', reason: skipped };
      }
      return { status: 'ok' };
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      logger.warning(
        `Mirror of ${what}: the ${name} failed: ${error.message} ` +
          'The ledger holds the promotion; re-running the promotion repairs the mirror.',
      );
      return { status: 'failed', error };
    }
  };

  return {
    deployments: await run('GitHub deployment', async () => {
      const gh = github();
      if (typeof gh === 'string') return gh;
      await mirrorDeployment(gh.api, target, gh.commit, logger);
      return undefined;
    }),
    commitStatus: await run('commit status', async () => {
      const gh = github();
      if (typeof gh === 'string') return gh;
      const context = mirrorContext(target.service, target.stage);
      const description = `${target.version} entered ${target.stage}`;
      // Already shown: a re-run adds nothing (GitHub keeps every status it is sent).
      const latest = await gh.api.latestCommitStatus(gh.commit, context);
      if (latest?.state === 'success' && latest.description === description) return undefined;
      await gh.api.createCommitStatus({
        sha: gh.commit,
        state: 'success',
        context,
        description,
        ...(target.runUrl !== undefined && { targetUrl: target.runUrl }),
      });
      return undefined;
    }),
    stageTag: await run('stage tag', async () => {
      if (!store) return 'no store here';
      if (!store.tagStage) return `the ${store.kind} store has no stage tags`;
      await store.tagStage(target.service, target.stage, target.digest);
      return undefined;
    }),
  };
}

/**
 * The deployment of (environment, commit, digest): reused when it exists, else created; brought
 * to `success`; every other deployment of the environment made `inactive`.
 */
async function mirrorDeployment(
  api: GitHubApi,
  t: MirrorTarget,
  commit: string,
  logger: Logger,
): Promise<void> {
  const environment = mirrorEnvironment(t.service, t.stage);
  const existing = await api.listDeployments({ environment }); // newest first
  const found = existing.find(
    (d) => d.sha === commit && d.task === PROMOTE_TASK && d.payload.digest === t.digest,
  );
  const deployment: DeploymentInfo =
    found ??
    (await api.createDeployment({
      sha: commit,
      environment,
      description: `${t.service} ${t.version} entered ${t.stage}`,
      payload: {
        service: t.service,
        stage: t.stage,
        version: t.version,
        digest: t.digest,
        // Where the stage deploys, for whoever reads the payload; not a GitHub environment here.
        ...(t.environment !== undefined && { environment: t.environment }),
      },
      task: PROMOTE_TASK,
      productionEnvironment: t.production,
    }));
  const logUrl = t.runUrl !== undefined ? { logUrl: t.runUrl } : {};
  const [latest] = found ? await api.listDeploymentStatuses(found.id) : [];
  if (latest?.state !== 'success') {
    for (const state of ['in_progress', 'success'] as const) {
      await api.createDeploymentStatus({
        deploymentId: deployment.id,
        state,
        description: `${t.version} ${state === 'success' ? 'entered' : 'entering'} ${t.stage}`,
        ...logUrl,
        // The loop below does it, for production environments too (GitHub's own skips them).
        autoInactive: false,
      });
    }
  }
  // Every other deployment here is a digest the stage no longer holds — or a duplicate left by
  // a create that GitHub performed but answered with a 5xx, then retried.
  for (const other of existing) {
    if (other.id === deployment.id) continue;
    const [last] = await api.listDeploymentStatuses(other.id);
    if (last?.state === 'inactive') continue;
    await api.createDeploymentStatus({
      deploymentId: other.id,
      state: 'inactive',
      description: `${t.version} replaced it in ${t.stage}`,
      autoInactive: false,
    });
  }
  logger.info(
    `Mirror of ${t.service} ${t.version} in ${t.stage}: deployment ${deployment.id} in environment ${environment} (${found ? 'reused' : 'created'}).`,
  );
}
