/**
 * The CLI's default base outside GitHub Actions: where this branch left the default branch
 * (merge-base with origin/HEAD, origin/main, main or master), or the previous commit when
 * HEAD is on the default branch itself.
 */
import type { Git } from '../ports.js';

const DEFAULT_BRANCHES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

export async function localDefaultBase(
  git: Git,
  head: string,
): Promise<{ base: string; reason: string } | undefined> {
  const headSha = await git.resolveCommit(head);
  if (!headSha) return undefined;
  for (const branch of DEFAULT_BRANCHES) {
    const tip = await git.resolveCommit(branch);
    if (!tip) continue;
    const mb = await git.mergeBase(tip, headSha);
    if (mb && mb !== headSha) return { base: mb, reason: `where ${head} left ${branch}` };
    if (mb === headSha) break; // HEAD is on the default branch: compare with its parent
  }
  const parent = await git.resolveCommit(`${headSha}^`);
  return parent ? { base: parent, reason: `the commit before ${head}` } : undefined;
}
