/**
 * All GitHub REST calls. Octokit is imported on first use only, so actions that never call
 * the API don't pay for loading it at start-up.
 */
import type { GitHubApi } from '../core/ports.js';

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

interface RepoRef {
  owner: string;
  repo: string;
}

function currentRepo(env: NodeJS.ProcessEnv): RepoRef {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) {
    throw new Error('GITHUB_REPOSITORY is not set (expected owner/repo): the GitHub API needs it.');
  }
  return { owner, repo };
}

export function lazyGitHubApi(
  token: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): GitHubApi {
  let octokit: Promise<Octokit> | undefined;
  const client = () => {
    if (!token) {
      throw new Error(
        'The GitHub API needs a token: pass `token: ${{ github.token }}` (it is the default).',
      );
    }
    octokit ??= import('@actions/github').then((gh) => gh.getOctokit(token));
    return octokit;
  };
  return {
    async lastSuccessfulRunHead({ workflowId, branch, excludeRunId }) {
      const gh = await client();
      const { owner, repo } = currentRepo(env);
      const res = await gh.rest.actions.listWorkflowRuns({
        owner,
        repo,
        workflow_id: workflowId,
        branch,
        status: 'success',
        per_page: 10,
      });
      const run = res.data.workflow_runs.find((r) => r.id !== excludeRunId);
      return run?.head_sha;
    },
  };
}
