/**
 * Which commit to compare against: the base decision for every GitHub event.
 *
 * The one rule above all: never fail open. When history is missing (shallow clones, force
 * pushes, shas origin no longer serves) we fetch what we need in bounded rounds, and if the
 * base still can't be found the answer is "every service", with a loud reason — never an empty
 * change set because a commit was absent.
 */
import type { Git, GitHubApi, Logger } from '../ports.js';

export interface EventContext {
  /** push, pull_request, pull_request_target, merge_group, workflow_dispatch, schedule, release, … */
  eventName: string;
  /** GITHUB_SHA */
  sha: string;
  /** GITHUB_REF, e.g. refs/heads/main, refs/tags/v1, refs/pull/3/merge */
  ref: string;
  /** The event JSON (GITHUB_EVENT_PATH). */
  payload: Record<string, unknown>;
  /** The repository's default branch (payload.repository.default_branch). */
  defaultBranch?: string;
  /** The running workflow (file name or id), for the last-successful policy. */
  workflowId?: string | number;
  runId?: number;
}

export type BasePolicy = 'event' | 'last-successful';

export interface BaseRequest {
  event: EventContext;
  /** Explicit inputs override every event rule (head defaults to the event's head). */
  base?: string;
  head?: string;
  policy: BasePolicy;
  /** Bound on deepening a shallow clone: rounds of 50, 100, 200, … commits (default 8). */
  maxFetchRounds?: number;
}

export type BaseDecision =
  | { kind: 'diff'; base: string; head: string; reason: string }
  | { kind: 'all'; head: string; reason: string; warning?: string };

export interface BasePorts {
  git: Git;
  github?: GitHubApi;
  logger: Logger;
}

export const DEFAULT_MAX_FETCH_ROUNDS = 8;
const FIRST_DEEPEN = 50;
const ZERO_SHA = /^0+$/;
const HEX_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
/** What git allows in a branch name, minus what would confuse a refspec. */
// eslint-disable-next-line no-control-regex
const SAFE_BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)[^\s:^~?*[\\\x00-\x1f\x7f]+$/;
const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

export async function resolveBase(req: BaseRequest, ports: BasePorts): Promise<BaseDecision> {
  return new BaseResolver(req, ports).resolve();
}

/** `abc1234` for a sha; other revisions are shown as given. */
export function short(rev: string): string {
  return HEX_SHA.test(rev) ? rev.slice(0, 7) : rev;
}

/** A lookup in a history that may be incomplete: `complete` says a miss is definitive. */
interface Search<T> {
  found?: T;
  complete: boolean;
}

class BaseResolver {
  private readonly git: Git;
  private readonly logger: Logger;
  private readonly maxRounds: number;
  private readonly event: EventContext;
  /** Commits of history fetched by deepening so far (for the reason when we give up). */
  private deepened = 0;
  private rounds = 0;

  constructor(
    private readonly req: BaseRequest,
    private readonly ports: BasePorts,
  ) {
    this.git = ports.git;
    this.logger = ports.logger;
    this.event = req.event;
    const rounds = req.maxFetchRounds ?? DEFAULT_MAX_FETCH_ROUNDS;
    if (!Number.isInteger(rounds) || rounds < 0) {
      throw new Error(
        `max-fetch-rounds must be a whole number of rounds (0 or more), got ${String(req.maxFetchRounds)}.`,
      );
    }
    this.maxRounds = rounds;
  }

  async resolve(): Promise<BaseDecision> {
    const headRev = this.req.head ?? this.eventHead();
    const head = await this.requireHead(headRev);

    if (this.req.base !== undefined && this.req.base !== '') {
      return this.explicitBase(this.req.base, head);
    }
    if (this.req.policy === 'last-successful') {
      const last = await this.lastSuccessful(head);
      if ('kind' in last) return last;
      const fallback = await this.byEvent(head);
      this.logger.info(`last-successful: ${last.note}; using the event's base instead.`);
      return { ...fallback, reason: `${last.note}, so using the event's base: ${fallback.reason}` };
    }
    return this.byEvent(head);
  }

  private eventHead(): string {
    const p = this.event.payload;
    if (PR_EVENTS.has(this.event.eventName))
      return str(p, 'pull_request', 'head', 'sha') ?? this.event.sha;
    if (this.event.eventName === 'merge_group')
      return str(p, 'merge_group', 'head_sha') ?? this.event.sha;
    return this.event.sha;
  }

  private async requireHead(rev: string): Promise<string> {
    const sha = await this.ensureCommit(rev);
    if (sha) return sha;
    throw new Error(
      `The head commit ${rev} is neither in the checkout nor fetchable from origin. ` +
        'Check out the commit being built first (actions/checkout), or pass a head input that exists.',
    );
  }

  /**
   * An explicit base. A branch name means "where head left that branch" (their merge-base, as
   * for a pull request): a branch that moved on since must not bring its own changes along.
   * A sha, a tag or an expression (`main~3`) is taken exactly.
   */
  private async explicitBase(rev: string, head: string): Promise<BaseDecision> {
    let base = await this.git.resolveCommit(rev);
    let branch = base !== undefined && !HEX_SHA.test(rev) && (await this.git.isBranch(rev));
    if (!base) {
      if (HEX_SHA.test(rev)) {
        base = await this.ensureCommit(rev);
      } else {
        // Not in the checkout: only a branch of origin can be fetched by name.
        base = await this.branchTip(rev.startsWith('origin/') ? rev.slice('origin/'.length) : rev);
        branch = base !== undefined;
      }
    }
    if (!base) {
      throw new Error(
        `The base input ${JSON.stringify(rev)} is neither a commit in the checkout nor fetchable from ` +
          'origin. Pass a sha, tag or branch that exists (origin/<branch> works in shallow clones).',
      );
    }
    if (!branch) {
      const what = rev === base ? short(base) : `${rev} (${short(base)})`;
      return diff(base, head, `base input ${what}, a commit or tag: compared exactly`);
    }
    const label = `base input ${rev}, a branch`;
    const mb = await this.mergeBase(base, head);
    if (!mb.found) return this.noCommonHistory(label, base, head, mb.complete);
    let reason = `${label}: changes since ${short(head)} left it at ${short(mb.found)}`;
    if (mb.found !== base) {
      reason += `; ${rev} has moved on to ${short(base)} since, and its own changes are not counted`;
    }
    return diff(mb.found, head, reason);
  }

  private async byEvent(head: string): Promise<BaseDecision> {
    const name = this.event.eventName;
    if (PR_EVENTS.has(name)) return this.pullRequest(head);
    if (name === 'push') return this.push(head);
    if (name === 'merge_group') return this.mergeGroup(head);
    const what =
      name === 'local' || name === ''
        ? 'no base given and none could be worked out'
        : `${name} without a base input`;
    return { kind: 'all', head, reason: `${what}: every service` };
  }

  private async pullRequest(head: string): Promise<BaseDecision> {
    const p = this.event.payload;
    const number = num(p, 'number') ?? num(p, 'pull_request', 'number');
    const baseRef = str(p, 'pull_request', 'base', 'ref');
    const baseSha = str(p, 'pull_request', 'base', 'sha');
    const headRef = str(p, 'pull_request', 'head', 'ref');
    const label = `pull request${number === undefined ? '' : ` #${number}`}${headRef ? ` (${headRef})` : ''}`;
    const baseName = baseRef ?? 'its base branch';

    let base = baseSha ? await this.ensureCommit(baseSha) : undefined;
    if (!base && baseRef) base = await this.branchTip(baseRef);
    if (!base) return this.baseMissing(label, baseSha ?? baseRef ?? 'pull_request.base', head);

    const mb = await this.mergeBase(base, head);
    if (!mb.found) return this.noCommonHistory(label, base, head, mb.complete);
    let reason = `${label}: changes since it left ${baseName} at ${short(mb.found)}`;
    if (mb.found !== base) {
      reason += `; ${baseName} has moved on to ${short(base)} since, and its own changes are not counted`;
    }
    return diff(mb.found, head, reason);
  }

  private async push(head: string): Promise<BaseDecision> {
    const { ref, payload } = this.event;
    if (ref.startsWith('refs/tags/')) return this.tagPush(ref.slice('refs/tags/'.length), head);
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
    const before = str(payload, 'before');

    if (!before || ZERO_SHA.test(before)) {
      if (branch === this.event.defaultBranch) {
        return {
          kind: 'all',
          head,
          reason: `first push of ${branch}: no earlier commit to compare with: every service`,
        };
      }
      return this.sinceDefaultBranch(`new branch ${branch}`, branch, head);
    }

    const previous = await this.ensureCommit(before);
    if (!previous) {
      return this.sinceDefaultBranch(
        `push to ${branch}: the previous tip ${short(before)} is no longer available (force push?)`,
        branch,
        head,
      );
    }
    const forced = payload.forced === true;
    const mb = await this.mergeBase(previous, head);
    if (mb.found === previous) {
      const how = forced ? 'forced push (fast-forward)' : 'push';
      return diff(previous, head, `${how} to ${branch}: ${short(previous)}..${short(head)}`);
    }
    if (mb.found) {
      return diff(
        mb.found,
        head,
        `force push to ${branch}: changes since ${short(mb.found)}, where the old tip ` +
          `${short(previous)} and the new tip ${short(head)} meet`,
      );
    }
    const why = mb.complete
      ? `the old tip ${short(previous)} shares no history with ${short(head)}`
      : `could not find where the old tip ${short(previous)} and the new tip ${short(head)} meet`;
    return this.sinceDefaultBranch(`force push to ${branch}: ${why}`, branch, head);
  }

  /** Compare a branch with where it left the default branch. */
  private async sinceDefaultBranch(
    context: string,
    branch: string,
    head: string,
  ): Promise<BaseDecision> {
    const def = this.event.defaultBranch;
    if (!def) {
      return {
        kind: 'all',
        head,
        reason: `${context}, and the default branch is unknown: every service`,
      };
    }
    if (branch === def) {
      // Comparing the default branch with itself would yield nothing: fail closed.
      return {
        kind: 'all',
        head,
        reason: `${context}, on the default branch itself: every service`,
      };
    }
    const tip = await this.branchTip(def);
    if (!tip) return this.baseMissing(context, `origin/${def}`, head);
    const mb = await this.mergeBase(tip, head);
    if (!mb.found) return this.noCommonHistory(context, tip, head, mb.complete);
    return diff(mb.found, head, `${context}: changes since it left ${def} at ${short(mb.found)}`);
  }

  private async tagPush(tag: string, head: string): Promise<BaseDecision> {
    let previous = await this.git.previousTag(head);
    let complete = true;
    if (!previous && (await this.git.isShallow())) {
      // A CI checkout usually has no tags and little history: get the tags, then deepen.
      await this.git.fetch(['+refs/tags/*:refs/tags/*'], 1);
      const search = await this.deepenUntil(() => this.git.previousTag(head), [head]);
      previous = search.found;
      complete = search.complete;
    }
    if (previous) {
      return diff(
        previous,
        head,
        `tag ${tag}: changes since the previous tag at ${short(previous)}`,
      );
    }
    if (!complete) return this.lost(`tag ${tag}: could not find an earlier tag`, head);
    return { kind: 'all', head, reason: `tag ${tag} is the first tag: every service` };
  }

  private async mergeGroup(head: string): Promise<BaseDecision> {
    const p = this.event.payload;
    const baseSha = str(p, 'merge_group', 'base_sha');
    const target = str(p, 'merge_group', 'base_ref')?.replace(/^refs\/heads\//, '');
    const label = `merge queue${target ? ` for ${target}` : ''}`;
    if (!baseSha) {
      const reason = `${label}: the event has no merge_group.base_sha: every service`;
      return { kind: 'all', head, reason, warning: reason };
    }
    const base = await this.ensureCommit(baseSha);
    if (!base) return this.baseMissing(label, baseSha, head);
    return diff(base, head, `${label}: ${short(base)}..${short(head)}`);
  }

  /** The head of the last successful run, if it is in head's history; else why not. */
  private async lastSuccessful(head: string): Promise<BaseDecision | { note: string }> {
    const { github } = this.ports;
    const { workflowId, runId } = this.event;
    const branch = this.runBranch();
    if (!github) return { note: 'last-successful needs the GitHub API (a token)' };
    if (workflowId === undefined || workflowId === '') {
      return { note: 'last-successful needs to know the running workflow' };
    }
    if (!branch)
      return { note: `last-successful needs a branch, and ${this.event.eventName} has none` };

    let found: string | undefined;
    try {
      found = await github.lastSuccessfulRunHead({ workflowId, branch, excludeRunId: runId });
    } catch (e) {
      this.logger.warning(`Could not look up the last successful run: ${(e as Error).message}`);
      return { note: `looking up the last successful run of ${workflowId} on ${branch} failed` };
    }
    if (!found) return { note: `no earlier successful run of ${workflowId} on ${branch}` };
    const base = await this.ensureCommit(found);
    if (!base) {
      return { note: `the last successful run's commit ${short(found)} is not available` };
    }
    const mb = await this.mergeBase(base, head);
    if (mb.found !== base) {
      return {
        note: `the last successful run's commit ${short(base)} is not in the history of ${short(head)} (force push?)`,
      };
    }
    return diff(
      base,
      head,
      `since the last successful run of ${workflowId} on ${branch} at ${short(base)}`,
    );
  }

  private runBranch(): string | undefined {
    const { eventName, ref, payload } = this.event;
    if (PR_EVENTS.has(eventName)) return str(payload, 'pull_request', 'head', 'ref');
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  }

  // ---- history access ------------------------------------------------------------------

  /** Resolve a revision, fetching it from origin when the checkout lacks it. */
  private async ensureCommit(rev: string): Promise<string | undefined> {
    const sha = await this.git.resolveCommit(rev);
    if (sha) return sha;
    if (HEX_SHA.test(rev)) {
      this.logger.debug(`${short(rev)} is not in the checkout: fetching it from origin`);
      await this.git.fetch([rev], await this.fetchDepth());
      return this.git.resolveCommit(rev);
    }
    const remote = rev.startsWith('origin/') ? rev.slice('origin/'.length) : rev;
    return this.branchTip(remote);
  }

  /** origin/<branch>, fetched when missing; a local branch when there is no origin. */
  private async branchTip(branch: string): Promise<string | undefined> {
    if (!SAFE_BRANCH.test(branch)) {
      this.logger.warning(
        `Ignoring branch name ${JSON.stringify(branch)}: not a valid git branch name.`,
      );
      return undefined;
    }
    const tracking = `refs/remotes/origin/${branch}`;
    let sha = await this.git.resolveCommit(tracking);
    if (sha) return sha;
    this.logger.debug(`${tracking} is not in the checkout: fetching it`);
    if (await this.git.fetch([`+refs/heads/${branch}:${tracking}`], await this.fetchDepth())) {
      sha = await this.git.resolveCommit(tracking);
      if (sha) return sha;
    }
    return this.git.resolveCommit(`refs/heads/${branch}`);
  }

  /** In a shallow clone fetch just the commit (deepening comes later, only if needed). */
  private async fetchDepth(): Promise<number | undefined> {
    return (await this.git.isShallow()) ? 1 : undefined;
  }

  private mergeBase(a: string, b: string): Promise<Search<string>> {
    return this.deepenUntil(() => this.git.mergeBase(a, b), [a, b]);
  }

  /**
   * Probe; while it finds nothing and the clone is shallow, deepen by 50, 100, 200, … commits
   * (at most `maxRounds` times) and probe again.
   */
  private async deepenUntil<T>(
    probe: () => Promise<T | undefined>,
    refs: readonly string[],
  ): Promise<Search<T>> {
    let found = await probe();
    if (found !== undefined) return { found, complete: true };
    let depth = FIRST_DEEPEN << this.rounds;
    while (this.rounds < this.maxRounds) {
      if (!(await this.git.isShallow())) return { complete: true };
      this.rounds++;
      this.logger.info(
        `Shallow clone: fetching ${depth} more commits of history (round ${this.rounds} of at most ${this.maxRounds}).`,
      );
      if (!(await this.deepenRefs(depth, refs))) break;
      this.deepened += depth;
      found = await probe();
      if (found !== undefined) return { found, complete: true };
      depth *= 2;
    }
    return { complete: !(await this.git.isShallow()) };
  }

  /**
   * Deepen the histories of `refs`. If origin refuses one of them (a commit that exists only
   * locally), deepen what origin's configured branches lead to instead: that still extends the
   * shallow boundary a local commit sits on.
   */
  private async deepenRefs(depth: number, refs: readonly string[]): Promise<boolean> {
    if (await this.git.deepen(depth, refs)) return true;
    return refs.length > 0 && this.git.deepen(depth, []);
  }

  // ---- fail-closed answers -------------------------------------------------------------

  private noCommonHistory(
    context: string,
    base: string,
    head: string,
    complete: boolean,
  ): BaseDecision {
    if (complete && this.deepened === 0) {
      const reason = `${context}: ${short(base)} and ${short(head)} share no history: treating every service as affected`;
      return { kind: 'all', head, reason, warning: reason };
    }
    return this.lost(
      `${context}: could not find base ${short(base)} in the history of ${short(head)}`,
      head,
    );
  }

  private baseMissing(context: string, base: string, head: string): BaseDecision {
    const reason =
      `${context}: could not find base ${short(base)} (not in the checkout, and fetching it from ` +
      'origin failed): treating every service as affected';
    return { kind: 'all', head, reason, warning: reason };
  }

  private lost(what: string, head: string): BaseDecision {
    const reason = `${what} after fetching ${this.deepened} commits of history: treating every service as affected`;
    const warning =
      `${reason}. Check out more history (actions/checkout with fetch-depth: 0) or raise max-fetch-rounds ` +
      `(now ${this.maxRounds}).`;
    return { kind: 'all', head, reason, warning };
  }
}

function diff(base: string, head: string, reason: string): BaseDecision {
  return { kind: 'diff', base, head, reason };
}

function dig(obj: unknown, path: readonly string[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function str(obj: unknown, ...path: string[]): string | undefined {
  const v = dig(obj, path);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function num(obj: unknown, ...path: string[]): number | undefined {
  const v = dig(obj, path);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
