/**
 * The facts a build records, from the runner's environment on GitHub Actions and from git
 * alone elsewhere (the CLI on a laptop): commit, ref, counter, run URL, builder identity.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BuildContext } from '../core/artifact/build.js';
import type { Git } from '../core/ports.js';

function msdeployVersion(): string {
  // The bundle sits at dist/<name>/index.js; package.json two levels up. Fall back quietly.
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(
        readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8'),
      ) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'msdeploy' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return 'unknown';
}

export async function gatherBuildContext(args: {
  git: Git;
  repoRoot: string;
  workDir: string;
  version?: string;
  counter?: number;
  defaultBranch?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<BuildContext> {
  const env = args.env ?? process.env;
  const onActions = env.GITHUB_ACTIONS === 'true';
  const commit =
    (await args.git.resolveCommit(onActions && env.GITHUB_SHA ? env.GITHUB_SHA : 'HEAD')) ?? '';
  if (!commit)
    throw new Error(
      `Cannot resolve the commit to build in ${args.repoRoot}: is it a git checkout with a commit?`,
    );
  const epoch = env.SOURCE_DATE_EPOCH
    ? Number(env.SOURCE_DATE_EPOCH)
    : await args.git.commitTime(commit);
  if (!Number.isInteger(epoch) || epoch < 0) {
    throw new Error(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970, got ${JSON.stringify(env.SOURCE_DATE_EPOCH)}.`,
    );
  }
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = env.GITHUB_REPOSITORY ?? args.repoRoot;
  const runId = env.GITHUB_RUN_ID;
  const counter =
    args.counter ??
    (onActions && env.GITHUB_RUN_NUMBER
      ? Number(env.GITHUB_RUN_NUMBER)
      : await args.git.countCommits(commit));
  return {
    repoRoot: args.repoRoot,
    commit,
    sourceDateEpoch: epoch,
    ref: env.GITHUB_REF ?? '',
    defaultBranch: args.defaultBranch ?? 'main',
    counter,
    attempt: env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : undefined,
    repository,
    serverUrl,
    runUrl:
      onActions && runId && env.GITHUB_REPOSITORY
        ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${runId}`
        : undefined,
    builderId:
      onActions && env.GITHUB_WORKFLOW_REF
        ? `${serverUrl}/${env.GITHUB_WORKFLOW_REF}`
        : 'msdeploy-cli',
    msdeployVersion: msdeployVersion(),
    // gzip output depends on the zlib build: the same zlib gives the same digest.
    toolchain: { node: process.versions.node, zlib: process.versions.zlib ?? 'unknown' },
    version: args.version,
    workDir: args.workDir,
  };
}
