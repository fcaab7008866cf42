/**
 * The facts a build records, from the run context on GitHub Actions and from git alone
 * elsewhere (the CLI on a laptop): commit, ref, counter, run URL, builder identity.
 */
import type { BuildContext } from '../core/artifact/build.js';
import { MsdeployError, SettingError } from '../core/errors.js';
import type { Git } from '../core/ports.js';
import type { RunContext } from '../core/run-context.js';
import { msdeployVersion } from './package-info.js';

export async function gatherBuildContext(args: {
  git: Git;
  run: RunContext;
  repoRoot: string;
  workDir: string;
  version?: string;
}): Promise<BuildContext> {
  const { git, run } = args;
  const commit = (await git.resolveCommit(run.onActions && run.sha ? run.sha : 'HEAD')) ?? '';
  if (!commit)
    throw new Error(
      `Cannot resolve the commit to build in ${args.repoRoot}: is it a git checkout with a commit?`,
    );
  const dirty = await git.dirtyFiles();
  if (dirty.length > 0 && run.onActions) throw new DirtyTreeError(args.repoRoot, dirty);
  const epoch = run.sourceDateEpoch ? Number(run.sourceDateEpoch) : await git.commitTime(commit);
  if (!Number.isInteger(epoch) || epoch < 0) {
    throw new SettingError(
      'SOURCE_DATE_EPOCH',
      () =>
        `SOURCE_DATE_EPOCH must be whole seconds since 1970, got ${JSON.stringify(run.sourceDateEpoch)}.`,
    );
  }
  return {
    repoRoot: args.repoRoot,
    commit,
    sourceDateEpoch: epoch,
    ...(await refAndDefaultBranch(git, run, commit)),
    counter: run.onActions && run.runNumber ? run.runNumber : await git.countCommits(commit),
    attempt: run.runAttempt,
    repository: run.repository ?? args.repoRoot,
    serverUrl: run.serverUrl,
    runUrl: run.runUrl,
    builderId:
      run.onActions && run.workflowRef ? `${run.serverUrl}/${run.workflowRef}` : 'msdeploy-cli',
    msdeployVersion: msdeployVersion(),
    // gzip output depends on the zlib build: the same zlib gives the same digest.
    toolchain: { node: process.versions.node, zlib: process.versions.zlib ?? 'unknown' },
    version: args.version,
    ...(dirty.length > 0 && { dirty: true }),
    workDir: args.workDir,
  };
}

/** On Actions an artifact is built from a commit, never from changes on top of it. */
export class DirtyTreeError extends MsdeployError {
  constructor(repoRoot: string, files: readonly string[]) {
    const shown =
      files.slice(0, 10).join(', ') + (files.length > 10 ? `, … (${files.length} in all)` : '');
    super(
      `The checkout at ${repoRoot} has uncommitted changes to tracked files (${shown}): ` +
        'an artifact is built from a commit, so a step before the build changed the source. ' +
        'Commit those changes, or make that step leave tracked files alone.',
    );
  }
}

/**
 * On Actions the run context says; elsewhere git does: the branch HEAD is on, else a tag at
 * HEAD, else `detached`; the default branch is what origin/HEAD points at (else `main`). So a
 * laptop build on a branch, a tag or a detached HEAD is a pre-release, as docs/versioning.md says.
 */
async function refAndDefaultBranch(
  git: Git,
  run: RunContext,
  commit: string,
): Promise<{ ref: string; defaultBranch: string }> {
  if (run.onActions) return { ref: run.ref ?? '', defaultBranch: run.defaultBranch ?? 'main' };
  const originHead = await git.symbolicRef('refs/remotes/origin/HEAD');
  const defaultBranch =
    run.defaultBranch ?? originHead?.replace(/^refs\/remotes\/origin\//, '') ?? 'main';
  const branch = await git.symbolicRef('HEAD');
  if (branch) return { ref: branch, defaultBranch };
  const [tag] = await git.tagsAt(commit);
  return { ref: tag === undefined ? 'detached' : `refs/tags/${tag}`, defaultBranch };
}
