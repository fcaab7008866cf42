/**
 * The CLI's default base outside GitHub Actions: where this branch left the default branch
 * (merge-base with origin/HEAD, origin/main, main or master), or the previous commit when
 * HEAD is on the default branch itself.
 *
 * In a shallow clone the history is deepened in bounded rounds (50, 100, 200, … commits), as the
 * action does; if the base still can't be found the answer carries a loud warning — every service
 * is affected, and the user is told why instead of getting a silent "everything".
 */
import type { Git, Logger } from '../ports.js';
import { DEFAULT_MAX_FETCH_ROUNDS } from './base.js';

const DEFAULT_BRANCHES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];
const FIRST_DEEPEN = 50;

export type LocalBase = { base: string; reason: string } | { warning: string };

export async function localDefaultBase(
  git: Git,
  head: string,
  opts: { logger?: Logger; maxFetchRounds?: number } = {},
): Promise<LocalBase | undefined> {
  const headSha = await git.resolveCommit(head);
  if (!headSha) return undefined;
  let found = await lookup(git, head, headSha);
  if (found || !(await git.isShallow())) return found;

  const max = opts.maxFetchRounds ?? DEFAULT_MAX_FETCH_ROUNDS;
  let depth = FIRST_DEEPEN;
  let fetched = 0;
  for (let round = 1; round <= max && (await git.isShallow()); round++) {
    opts.logger?.info(
      `Shallow clone: fetching ${depth} more commits of history to find the base (round ${round} of at most ${max}).`,
    );
    if (!(await git.deepen(depth, []))) break;
    fetched += depth;
    found = await lookup(git, head, headSha);
    if (found) return found;
    depth *= 2;
  }
  if (!(await git.isShallow())) return undefined; // the whole history: a root commit has no base
  return {
    warning:
      `Shallow clone: could not find where ${head} left the default branch, nor the commit before ` +
      `it, after fetching ${fetched} more commits of history: treating every service as affected. ` +
      'Fetch the history (git fetch --unshallow) or pass --base.',
  };
}

async function lookup(
  git: Git,
  head: string,
  headSha: string,
): Promise<{ base: string; reason: string } | undefined> {
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
