/** The facts a build records, and the dirty-tree rule: refused on Actions, marked in the CLI. */
import { CliGit } from '../../src/platform/git.js';
import { DirtyTreeError, gatherBuildContext } from '../../src/platform/build-context.js';
import { readRunContext } from '../../src/platform/runner/context.js';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';

afterAll(() => {
  cleanupRepos();
  cleanupBuilds();
});

async function repoWithChanges() {
  const repo = await GitRepo.create();
  await repo.commitFiles({ 'svc/a.txt': 'a\n', 'svc/b.txt': 'b\n', 'svc/c.txt': 'c\n' }, 'first');
  return repo;
}

const gather = (repo: GitRepo, onActions: boolean) =>
  gatherBuildContext({
    git: new CliGit(repo.dir),
    run: readRunContext(onActions ? { GITHUB_ACTIONS: 'true', GITHUB_RUN_NUMBER: '3' } : {}),
    repoRoot: repo.dir,
    workDir: tempDir('work'),
  });

describe('gatherBuildContext and a dirty tree', () => {
  it('a clean tree (untracked files aside) is not dirty', async () => {
    const repo = await repoWithChanges();
    repo.write('svc/dist/out.js', 'built\n'); // an untracked byproduct
    expect((await gather(repo, true)).dirty).toBeUndefined();
    expect((await gather(repo, false)).dirty).toBeUndefined();
  });

  it('on Actions, tracked changes are refused, naming the files', async () => {
    const repo = await repoWithChanges();
    repo.write('svc/a.txt', 'changed\n');
    repo.remove('svc/b.txt');
    repo.write('svc/c.txt', 'staged\n');
    await repo.git('add', 'svc/c.txt');
    const e = await gather(repo, true).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DirtyTreeError);
    expect((e as Error).message).toMatch(
      /has uncommitted changes to tracked files \(svc\/a\.txt, svc\/b\.txt, svc\/c\.txt\)/,
    );
  });

  it('in the CLI, tracked changes mark the build dirty', async () => {
    const repo = await repoWithChanges();
    repo.write('svc/a.txt', 'changed\n');
    expect((await gather(repo, false)).dirty).toBe(true);
  });

  it('git dirtyFiles reads renames from the -z porcelain', async () => {
    const repo = await repoWithChanges();
    await repo.git('mv', 'svc/a.txt', 'svc/renamed.txt');
    expect(await new CliGit(repo.dir).dirtyFiles()).toEqual(['svc/renamed.txt']);
  });
});
