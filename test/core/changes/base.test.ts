import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  resolveBase,
  type BaseDecision,
  type BaseRequest,
  type EventContext,
} from '../../../src/core/changes/base.js';
import type { Git, GitHubApi, Logger } from '../../../src/core/ports.js';
import { CliGit } from '../../../src/platform/git.js';
import { cleanupRepos, GitRepo } from '../../support/git-repo.js';

afterAll(cleanupRepos);

const ZEROS = '0'.repeat(40);

/** A CliGit that records which methods were called with which arguments. */
function recordingGit(dir: string): { git: Git; calls: { method: string; args: unknown[] }[] } {
  const real = new CliGit(dir);
  const calls: { method: string; args: unknown[] }[] = [];
  const git = new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push({ method: String(prop), args });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { git, calls };
}

function quietLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: (_t, fn) => fn(),
  };
}

function event(partial: Partial<EventContext> & { eventName: string; sha: string }): EventContext {
  return { ref: 'refs/heads/main', payload: {}, defaultBranch: 'main', ...partial };
}

async function decide(
  dir: string,
  req: Partial<BaseRequest> & { event: EventContext },
  github?: GitHubApi,
): Promise<{
  decision: BaseDecision;
  calls: { method: string; args: unknown[] }[];
  log: string[];
}> {
  const { git, calls } = recordingGit(dir);
  const logger = quietLogger();
  const decision = await resolveBase({ policy: 'event', ...req }, { git, github, logger });
  return { decision, calls, log: logger.lines };
}

const short = (sha: string) => sha.slice(0, 7);

/** Files changed by a diff decision, as the detect step would see them. */
async function changedPaths(dir: string, d: BaseDecision): Promise<string[]> {
  if (d.kind !== 'diff') throw new Error(`expected a diff decision, got: ${d.reason}`);
  return (await new CliGit(dir).diff(d.base, d.head))
    .map((f) => (f.oldPath ? `${f.oldPath} -> ${f.path}` : f.path))
    .sort();
}

/**
 * origin:  c0 ── c1 (main: svc/b changed after the PR was opened)
 *            └── f1 ── f2 (feature: svc/a)
 * plus refs/heads/pr-1-merge: the merge commit GitHub builds for the PR (c1 + feature).
 */
describe('pull requests', () => {
  let origin: GitRepo;
  let c0: string, c1: string, f2: string, merge: string;

  beforeAll(async () => {
    origin = await GitRepo.create();
    c0 = await origin.commitFiles({ 'svc/a/app.ts': 'a0\n', 'svc/b/app.ts': 'b0\n' }, 'c0');
    await origin.checkoutNew('feature');
    await origin.commitFiles({ 'svc/a/app.ts': 'a1\n' }, 'f1');
    f2 = await origin.commitFiles({ 'svc/a/extra.ts': 'x\n' }, 'f2');
    await origin.checkout('main');
    c1 = await origin.commitFiles({ 'svc/b/app.ts': 'b1\n' }, 'c1');
    await origin.checkoutNew('pr-1-merge');
    merge = await origin.merge('feature', 'Merge feature into main');
    await origin.checkout('main');
  });

  const prPayload = (head?: string) => ({
    number: 1,
    pull_request: {
      number: 1,
      base: { ref: 'main', sha: c1 },
      head: { ref: 'feature', ...(head ? { sha: head } : {}) },
    },
  });

  it('diffs from where the PR left its base, not from the moved base tip', async () => {
    const clone = await origin.clone();
    const { decision } = await decide(clone.dir, {
      event: event({
        eventName: 'pull_request',
        sha: merge,
        ref: 'refs/pull/1/merge',
        payload: prPayload(f2),
      }),
    });
    expect(decision).toEqual({
      kind: 'diff',
      base: c0,
      head: f2,
      reason: `pull request #1 (feature): changes since it left main at ${short(c0)}; main has moved on to ${short(c1)} since, and its own changes are not counted`,
    });
    expect(await changedPaths(clone.dir, decision)).toEqual(['svc/a/app.ts', 'svc/a/extra.ts']);
  });

  it('works from a depth-1 checkout of the merge commit, fetching head and base', async () => {
    const clone = await origin.clone({ depth: 1, branch: 'pr-1-merge' });
    const { decision, calls } = await decide(clone.dir, {
      event: event({
        eventName: 'pull_request',
        sha: merge,
        ref: 'refs/pull/1/merge',
        payload: prPayload(f2),
      }),
    });
    expect(decision).toMatchObject({ kind: 'diff', base: c0, head: f2 });
    expect(calls.filter((c) => c.method === 'deepen')).toHaveLength(1);
    expect(await changedPaths(clone.dir, decision)).toEqual(['svc/a/app.ts', 'svc/a/extra.ts']);
  });

  it('falls back to the event sha (the merge commit) when the payload has no head sha', async () => {
    const clone = await origin.clone();
    const { decision } = await decide(clone.dir, {
      event: event({
        eventName: 'pull_request',
        sha: merge,
        ref: 'refs/pull/1/merge',
        payload: prPayload(),
      }),
    });
    // The merge commit's first parent is the base tip: only the PR's own files differ.
    expect(decision).toEqual({
      kind: 'diff',
      base: c1,
      head: merge,
      reason: `pull request #1 (feature): changes since it left main at ${short(c1)}`,
    });
    expect(await changedPaths(clone.dir, decision)).toEqual(['svc/a/app.ts', 'svc/a/extra.ts']);
  });

  it('uses the PR head, not the base-branch sha, for pull_request_target', async () => {
    const clone = await origin.clone();
    const { decision } = await decide(clone.dir, {
      event: event({ eventName: 'pull_request_target', sha: c1, payload: prPayload(f2) }),
    });
    expect(decision).toMatchObject({ kind: 'diff', base: c0, head: f2 });
  });

  it('fetches origin/<base.ref> when the payload has no base sha', async () => {
    const clone = await origin.clone({ depth: 1, branch: 'feature' });
    const payload = {
      number: 1,
      pull_request: { base: { ref: 'main' }, head: { ref: 'feature', sha: f2 } },
    };
    const { decision } = await decide(clone.dir, {
      event: event({ eventName: 'pull_request', sha: f2, payload }),
    });
    expect(decision).toMatchObject({ kind: 'diff', base: c0, head: f2 });
  });

  it('never hands an option-like base branch to git, and fails closed', async () => {
    const clone = await origin.clone({ depth: 1, branch: 'feature' });
    const payload = {
      pull_request: {
        base: { ref: '--upload-pack=touch pwned' },
        head: { ref: 'feature', sha: f2 },
      },
    };
    const { decision, calls } = await decide(clone.dir, {
      event: event({ eventName: 'pull_request', sha: f2, payload }),
    });
    expect(decision.kind).toBe('all');
    expect(decision.reason).toContain('could not find base --upload-pack=touch pwned');
    expect(calls.filter((c) => c.method === 'fetch')).toHaveLength(0);
    expect(existsSync(join(clone.dir, 'pwned'))).toBe(false);
  });
});

describe('push', () => {
  let origin: GitRepo;
  let c0: string, c1: string, f1: string, merged: string;

  beforeAll(async () => {
    origin = await GitRepo.create();
    c0 = await origin.commitFiles({ 'svc/a/app.ts': 'a0\n', 'svc/b/app.ts': 'b0\n' }, 'c0');
    c1 = await origin.commitFiles({ 'svc/b/app.ts': 'b1\n' }, 'c1');
    await origin.checkoutNew('feature', c0);
    f1 = await origin.commitFiles({ 'svc/a/app.ts': 'a1\n' }, 'f1');
    await origin.checkoutNew('release', c1);
    merged = await origin.merge('feature');
    await origin.checkout('main');
  });

  it('diffs before..after for an ordinary push', async () => {
    const clone = await origin.clone();
    const { decision } = await decide(clone.dir, {
      event: event({ eventName: 'push', sha: c1, payload: { before: c0, after: c1 } }),
    });
    expect(decision).toEqual({
      kind: 'diff',
      base: c0,
      head: c1,
      reason: `push to main: ${short(c0)}..${short(c1)}`,
    });
    expect(await changedPaths(clone.dir, decision)).toEqual(['svc/b/app.ts']);
  });

  it('diffs before..merge for a pushed merge commit: the merged branch’s files', async () => {
    const clone = await origin.clone({ depth: 1, branch: 'release' });
    const { decision } = await decide(clone.dir, {
      event: event({
        eventName: 'push',
        ref: 'refs/heads/release',
        sha: merged,
        payload: { before: c1, after: merged },
      }),
    });
    expect(decision).toMatchObject({ kind: 'diff', base: c1, head: merged });
    expect(await changedPaths(clone.dir, decision)).toEqual(['svc/a/app.ts']);
  });

  it('diffs a new branch from where it left the default branch', async () => {
    const clone = await origin.clone({ depth: 1, branch: 'feature' });
    const { decision } = await decide(clone.dir, {
      event: event({
        eventName: 'push',
        ref: 'refs/heads/feature',
        sha: f1,
        payload: { before: ZEROS, after: f1, created: true },
      }),
    });
    expect(decision).toEqual({
      kind: 'diff',
      base: c0,
      head: f1,
      reason: `new branch feature: changes since it left main at ${short(c0)}`,
    });
    expect(await changedPaths(clone.dir, decision)).toEqual(['svc/a/app.ts']);
  });

  it('treats every service as affected on the first push of the default branch', async () => {
    const clone = await origin.clone();
    const { decision } = await decide(clone.dir, {
      event: event({
        eventName: 'push',
        sha: c1,
        payload: { before: ZEROS, after: c1, created: true },
      }),
    });
    expect(decision).toEqual({
      kind: 'all',
      head: c1,
      reason: 'first push of main: no earlier commit to compare with: every service',
    });
  });

  it('treats every service as affected for a new branch when the default branch is unknown', async () => {
    const clone = await origin.clone();
    const { decision } = await decide(clone.dir, {
      event: event({
        eventName: 'push',
        ref: 'refs/heads/feature',
        sha: f1,
        defaultBranch: undefined,
        payload: { before: ZEROS },
      }),
    });
    expect(decision).toMatchObject({
      kind: 'all',
      reason: 'new branch feature, and the default branch is unknown: every service',
    });
  });

  describe('force push', () => {
    // feature: c0 ── old1 ── old2   is rewritten to   c0 ── new1
    let forceOrigin: GitRepo;
    let base: string, old2: string, new1: string;
    let before: GitRepo;

    beforeAll(async () => {
      forceOrigin = await GitRepo.create();
      base = await forceOrigin.commitFiles(
        { 'svc/a/app.ts': 'a0\n', 'svc/b/app.ts': 'b0\n', 'svc/c/app.ts': 'c0\n' },
        'base',
      );
      await forceOrigin.checkoutNew('feature');
      await forceOrigin.commitFiles({ 'svc/a/app.ts': 'old\n' }, 'old1');
      old2 = await forceOrigin.commitFiles({ 'svc/c/app.ts': 'old\n' }, 'old2');
      before = await forceOrigin.clone({ branch: 'feature' }); // a checkout that saw the old tip
      await forceOrigin.git('reset', '-q', '--hard', base);
      new1 = await forceOrigin.commitFiles({ 'svc/b/app.ts': 'new\n' }, 'new1');
      await forceOrigin.checkout('main');
    });

    it('diffs from where the old and new tips meet', async () => {
      const { decision } = await decide(before.dir, {
        event: event({
          eventName: 'push',
          ref: 'refs/heads/feature',
          sha: new1,
          payload: { before: old2, after: new1, forced: true },
        }),
      });
      expect(decision).toEqual({
        kind: 'diff',
        base,
        head: new1,
        reason: `force push to feature: changes since ${short(base)}, where the old tip ${short(old2)} and the new tip ${short(new1)} meet`,
      });
      expect(await changedPaths(before.dir, decision)).toEqual(['svc/b/app.ts']);
    });

    it('detects a rewrite even when the payload does not say forced', async () => {
      const { decision } = await decide(before.dir, {
        event: event({
          eventName: 'push',
          ref: 'refs/heads/feature',
          sha: new1,
          payload: { before: old2, after: new1 },
        }),
      });
      expect(decision).toMatchObject({ kind: 'diff', base, head: new1 });
      expect(decision.reason).toMatch(/^force push to feature/);
    });

    it('falls back to the default branch when the old tip is gone', async () => {
      await forceOrigin.git('reflog', 'expire', '--expire=now', '--all');
      await forceOrigin.git('gc', '-q', '--prune=now');
      const fresh = await forceOrigin.clone({ depth: 1, branch: 'feature' });
      const { decision } = await decide(fresh.dir, {
        event: event({
          eventName: 'push',
          ref: 'refs/heads/feature',
          sha: new1,
          payload: { before: old2, after: new1, forced: true },
        }),
      });
      expect(decision).toEqual({
        kind: 'diff',
        base,
        head: new1,
        reason: `push to feature: the previous tip ${short(old2)} is no longer available (force push?): changes since it left main at ${short(base)}`,
      });
    });

    it('treats every service as affected when the default branch itself lost its old tip', async () => {
      const fresh = await forceOrigin.clone({ depth: 1 });
      const { decision } = await decide(fresh.dir, {
        event: event({
          eventName: 'push',
          sha: base,
          payload: { before: old2, after: base, forced: true },
        }),
      });
      expect(decision.kind).toBe('all');
      expect(decision.reason).toContain('on the default branch itself: every service');
    });
  });
});

describe('tag push', () => {
  let origin: GitRepo;
  let c0: string, c1: string, c2: string;

  beforeAll(async () => {
    origin = await GitRepo.create();
    c0 = await origin.commitFiles({ 'svc/a/app.ts': 'a0\n', 'svc/b/app.ts': 'b0\n' }, 'c0');
    await origin.tag('v1.0.0', { message: 'first release' });
    c1 = await origin.commitFiles({ 'svc/a/app.ts': 'a1\n' }, 'c1');
    await origin.commitMany(20, 'svc/b/history.txt');
    c2 = await origin.commitFiles({ 'svc/b/app.ts': 'b2\n' }, 'c2');
    await origin.tag('v1.1.0');
  });

  it('diffs from the previous tag', async () => {
    const clone = await origin.clone();
    const { decision } = await decide(clone.dir, {
      event: event({
        eventName: 'push',
        ref: 'refs/tags/v1.1.0',
        sha: c2,
        payload: { before: ZEROS, after: c2 },
      }),
    });
    expect(decision).toEqual({
      kind: 'diff',
      base: c0,
      head: c2,
      reason: `tag v1.1.0: changes since the previous tag at ${short(c0)}`,
    });
    expect(await changedPaths(clone.dir, decision)).toEqual([
      'svc/a/app.ts',
      'svc/b/app.ts',
      'svc/b/history.txt',
    ]);
  });

  it('treats every service as affected for the first tag', async () => {
    const clone = await origin.clone();
    const { decision } = await decide(clone.dir, {
      event: event({
        eventName: 'push',
        ref: 'refs/tags/v1.0.0',
        sha: c0,
        payload: { before: ZEROS, after: c0 },
      }),
    });
    expect(decision).toEqual({
      kind: 'all',
      head: c0,
      reason: 'tag v1.0.0 is the first tag: every service',
    });
  });

  it('finds the previous tag from a tagless depth-1 checkout by fetching tags and deepening', async () => {
    const clone = await origin.clone({ depth: 1, noTags: true });
    const { decision, calls } = await decide(clone.dir, {
      event: event({
        eventName: 'push',
        ref: 'refs/tags/v1.1.0',
        sha: c2,
        payload: { before: ZEROS, after: c2 },
      }),
    });
    expect(decision).toMatchObject({ kind: 'diff', base: c0, head: c2 });
    expect(calls.filter((c) => c.method === 'deepen').length).toBeGreaterThanOrEqual(1);
    expect(c1).toBeDefined();
  });
});

describe('other events', () => {
  let origin: GitRepo;
  let c0: string, c1: string, queued: string;

  beforeAll(async () => {
    origin = await GitRepo.create();
    c0 = await origin.commitFiles({ 'svc/a/app.ts': 'a0\n', 'svc/b/app.ts': 'b0\n' }, 'c0');
    c1 = await origin.commitFiles({ 'svc/b/app.ts': 'b1\n' }, 'c1');
    await origin.checkoutNew('gh-readonly-queue/main/pr-7');
    queued = await origin.commitFiles({ 'svc/a/app.ts': 'queued\n' }, 'queued PR #7');
    await origin.checkout('main');
  });

  it('workflow_dispatch without a base: every service', async () => {
    const { decision } = await decide(origin.dir, {
      event: event({ eventName: 'workflow_dispatch', sha: c1 }),
    });
    expect(decision).toEqual({
      kind: 'all',
      head: c1,
      reason: 'workflow_dispatch without a base input: every service',
    });
  });

  it('schedule: every service', async () => {
    const { decision } = await decide(origin.dir, {
      event: event({ eventName: 'schedule', sha: c1 }),
    });
    expect(decision).toEqual({
      kind: 'all',
      head: c1,
      reason: 'schedule without a base input: every service',
    });
  });

  it('workflow_dispatch with a base input diffs from it', async () => {
    const { decision } = await decide(origin.dir, {
      event: event({ eventName: 'workflow_dispatch', sha: c1 }),
      base: 'main~1',
    });
    expect(decision).toEqual({
      kind: 'diff',
      base: c0,
      head: c1,
      reason: `base input main~1 (${short(c0)}), a commit or tag: compared exactly`,
    });
  });

  it('explicit base and head override the event', async () => {
    const { decision } = await decide(origin.dir, {
      event: event({ eventName: 'push', sha: c1, payload: { before: ZEROS } }),
      base: c0,
      head: queued,
    });
    expect(decision).toEqual({
      kind: 'diff',
      base: c0,
      head: queued,
      reason: `base input ${short(c0)}, a commit or tag: compared exactly`,
    });
  });

  it('an explicit base in a shallow clone fetches origin/<branch> and finds where head left it', async () => {
    const clone = await origin.clone({ depth: 1, branch: 'gh-readonly-queue/main/pr-7' });
    const { decision } = await decide(clone.dir, {
      event: event({ eventName: 'workflow_dispatch', sha: queued }),
      base: 'origin/main',
    });
    expect(decision).toMatchObject({ kind: 'diff', base: c1, head: queued });
    expect(decision.reason).toMatch(/^base input origin\/main, a branch: changes since/);
  });

  it('an explicit base that does not exist is an error that says how to fix it', async () => {
    await expect(
      decide(origin.dir, {
        event: event({ eventName: 'workflow_dispatch', sha: c1 }),
        base: 'no-such-branch',
      }),
    ).rejects.toThrow(
      /base input "no-such-branch" is neither a commit .* Pass a sha, tag or branch/,
    );
  });

  it('a head that does not exist is an error, never an empty change set', async () => {
    await expect(
      decide(origin.dir, {
        event: event({ eventName: 'push', sha: 'f'.repeat(40), payload: { before: c0 } }),
      }),
    ).rejects.toThrow(/head commit f{40} is neither in the checkout nor fetchable/);
  });

  it('merge_group diffs base_sha..head_sha', async () => {
    const clone = await origin.clone({ depth: 1, branch: 'gh-readonly-queue/main/pr-7' });
    const payload = {
      merge_group: { base_sha: c1, head_sha: queued, base_ref: 'refs/heads/main' },
    };
    const { decision } = await decide(clone.dir, {
      event: event({
        eventName: 'merge_group',
        sha: queued,
        ref: 'refs/heads/gh-readonly-queue/main/pr-7',
        payload,
      }),
    });
    expect(decision).toEqual({
      kind: 'diff',
      base: c1,
      head: queued,
      reason: `merge queue for main: ${short(c1)}..${short(queued)}`,
    });
    expect(await changedPaths(clone.dir, decision)).toEqual(['svc/a/app.ts']);
  });

  it('rejects a nonsensical max-fetch-rounds', async () => {
    await expect(
      decide(origin.dir, {
        event: event({ eventName: 'schedule', sha: c1 }),
        maxFetchRounds: Number('abc'),
      }),
    ).rejects.toThrow(/max-fetch-rounds must be a whole number/);
  });
});

describe('explicit base: a branch means where head left it, a sha or tag is exact', () => {
  /**
   * main:    m0 ── m1 … m60 (60 commits on main after the branch left it: svc/b/app.ts, tag v-m60)
   *           └── f1 (feature: svc/a/app.ts)
   */
  let origin: GitRepo;
  let m0: string, m60: string, f1: string;

  beforeAll(async () => {
    origin = await GitRepo.create();
    m0 = await origin.commitFiles({ 'svc/a/app.ts': 'a0\n', 'svc/b/app.ts': 'b0\n' }, 'm0');
    await origin.checkoutNew('feature');
    f1 = await origin.commitFiles({ 'svc/a/app.ts': 'a1\n' }, 'f1');
    await origin.checkout('main');
    for (let i = 1; i <= 60; i++) {
      m60 = await origin.commitFiles({ 'svc/b/app.ts': `b${i}\n` }, `m${i}`);
    }
    await origin.git('tag', 'v-m60', m60);
    await origin.checkout('feature');
  });

  it("--base main on a branch 60 commits behind main counts only the branch's own changes", async () => {
    const { decision } = await decide(origin.dir, {
      event: event({ eventName: 'local', sha: 'HEAD', ref: '' }),
      base: 'main',
      head: 'HEAD',
    });
    expect(decision).toEqual({
      kind: 'diff',
      base: m0,
      head: f1,
      reason:
        `base input main, a branch: changes since ${short(f1)} left it at ${short(m0)}; ` +
        `main has moved on to ${short(m60)} since, and its own changes are not counted`,
    });
    expect(await changedPaths(origin.dir, decision)).toEqual(['svc/a/app.ts']);
  });

  it('refs/heads/main and a remote-tracking origin/main are branches too', async () => {
    const clone = await origin.clone({ branch: 'feature' });
    for (const base of ['refs/heads/main', 'origin/main']) {
      const dir = base === 'origin/main' ? clone.dir : origin.dir;
      const { decision } = await decide(dir, {
        event: event({ eventName: 'workflow_dispatch', sha: f1 }),
        base,
      });
      expect(decision).toMatchObject({ kind: 'diff', base: m0, head: f1 });
      expect(decision.reason).toMatch(/, a branch: changes since/);
    }
  });

  it('a sha or a tag stays exact', async () => {
    for (const base of [m60, 'v-m60']) {
      const { decision } = await decide(origin.dir, {
        event: event({ eventName: 'workflow_dispatch', sha: f1 }),
        base,
      });
      expect(decision).toMatchObject({ kind: 'diff', base: m60, head: f1 });
      expect(decision.reason).toMatch(/a commit or tag: compared exactly$/);
      expect(await changedPaths(origin.dir, decision)).toEqual(['svc/a/app.ts', 'svc/b/app.ts']);
    }
  });
});

describe('shallow clones', () => {
  it('deepens a depth-1 clone to find a base 30 commits back, in one bounded round', async () => {
    const origin = await GitRepo.create();
    const base = await origin.commitFiles(
      { 'svc/a/app.ts': 'a0\n', 'svc/b/app.ts': 'b0\n' },
      'base',
    );
    await origin.checkoutNew('feature');
    await origin.commitMany(29, 'svc/a/app.ts');
    const head = await origin.commitFiles({ 'svc/a/last.ts': 'x\n' }, 'thirtieth');
    const clone = await origin.clone({ depth: 1, branch: 'feature' });
    expect(await clone.git('rev-parse', '--is-shallow-repository')).toBe('true');

    const payload = {
      number: 9,
      pull_request: { base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } },
    };
    const { decision, calls, log } = await decide(clone.dir, {
      event: event({ eventName: 'pull_request', sha: head, payload }),
    });
    expect(decision).toMatchObject({ kind: 'diff', base, head });
    const deepens = calls.filter((c) => c.method === 'deepen');
    expect(deepens).toEqual([{ method: 'deepen', args: [50, [base, head]] }]);
    expect(log).toContain(
      'Shallow clone: fetching 50 more commits of history (round 1 of at most 8).',
    );
    expect(await changedPaths(clone.dir, decision)).toEqual(['svc/a/app.ts', 'svc/a/last.ts']);
  });

  it('deepens around a local commit that origin does not have', async () => {
    const origin = await GitRepo.create();
    const base = await origin.commitFiles({ 'svc/a/app.ts': 'a0\n' }, 'base');
    await origin.commitMany(30, 'svc/b/app.ts');
    const clone = await origin.clone({ depth: 1 });
    const local = await clone.commitFiles({ 'svc/c/app.ts': 'local\n' }, 'not pushed');

    const { decision, calls } = await decide(clone.dir, {
      event: event({ eventName: 'push', sha: local, payload: { before: base } }),
    });
    expect(decision).toMatchObject({ kind: 'diff', base, head: local });
    // [base, local] is refused (origin lacks `local`), then origin's own branch is deepened.
    expect(calls.filter((c) => c.method === 'deepen').map((c) => c.args)).toEqual([
      [50, [base, local]],
      [50, []],
    ]);
    expect(await changedPaths(clone.dir, decision)).toEqual(['svc/b/app.ts', 'svc/c/app.ts']);
  });

  it('gives up after maxFetchRounds and treats every service as affected, loudly', async () => {
    const origin = await GitRepo.create();
    await origin.commitFiles({ 'svc/a/app.ts': 'a0\n' }, 'root');
    const head = await origin.commitMany(400);
    await origin.git('checkout', '-q', '--orphan', 'elsewhere');
    const unrelated = await origin.commitFiles({ 'other.txt': 'x\n' }, 'unrelated root');
    await origin.checkout('main');
    const clone = await origin.clone({ depth: 1 });

    const payload = {
      pull_request: {
        base: { ref: 'elsewhere', sha: unrelated },
        head: { ref: 'main', sha: head },
      },
    };
    const { decision, calls } = await decide(clone.dir, {
      event: event({ eventName: 'pull_request', sha: head, payload }),
      maxFetchRounds: 2,
    });
    expect(calls.filter((c) => c.method === 'deepen').map((c) => c.args[0])).toEqual([50, 100]);
    expect(decision.kind).toBe('all');
    expect(decision.reason).toBe(
      `pull request (main): could not find base ${short(unrelated)} in the history of ${short(head)} ` +
        'after fetching 150 commits of history: treating every service as affected',
    );
    expect(decision.kind === 'all' && decision.warning).toMatch(
      /fetch-depth: 0.*max-fetch-rounds \(now 2\)/,
    );
  });

  it('says plainly when full history shows no common ancestor', async () => {
    const origin = await GitRepo.create();
    const head = await origin.commitFiles({ a: '1\n' }, 'root');
    await origin.git('checkout', '-q', '--orphan', 'elsewhere');
    const unrelated = await origin.commitFiles({ b: '1\n' }, 'unrelated root');
    await origin.checkout('main');
    const payload = {
      pull_request: {
        base: { ref: 'elsewhere', sha: unrelated },
        head: { ref: 'main', sha: head },
      },
    };
    const { decision } = await decide(origin.dir, {
      event: event({ eventName: 'pull_request', sha: head, payload }),
    });
    expect(decision).toMatchObject({
      kind: 'all',
      reason: `pull request (main): ${short(unrelated)} and ${short(head)} share no history: treating every service as affected`,
    });
  });

  it('treats every service as affected when the base commit cannot be fetched at all', async () => {
    const origin = await GitRepo.create();
    const head = await origin.commitFiles({ a: '1\n' }, 'root');
    const clone = await origin.clone({ depth: 1 });
    const gone = 'a'.repeat(40);
    const { decision } = await decide(clone.dir, {
      event: event({
        eventName: 'merge_group',
        sha: head,
        payload: { merge_group: { base_sha: gone, head_sha: head } },
      }),
    });
    expect(decision).toMatchObject({ kind: 'all', head });
    expect(decision.reason).toBe(
      `merge queue: could not find base ${gone.slice(0, 7)} (not in the checkout, and fetching it from origin failed): treating every service as affected`,
    );
  });
});

describe('last-successful policy', () => {
  let origin: GitRepo;
  let c0: string, c1: string, c2: string, side: string;

  beforeAll(async () => {
    origin = await GitRepo.create();
    c0 = await origin.commitFiles({ 'svc/a/app.ts': 'a0\n', 'svc/b/app.ts': 'b0\n' }, 'c0');
    c1 = await origin.commitFiles({ 'svc/a/app.ts': 'a1\n' }, 'c1');
    c2 = await origin.commitFiles({ 'svc/b/app.ts': 'b2\n' }, 'c2');
    await origin.checkoutNew('side', c0);
    side = await origin.commitFiles({ 'svc/a/app.ts': 'side\n' }, 'side');
    await origin.checkout('main');
  });

  const pushEvent = () =>
    event({
      eventName: 'push',
      sha: c2,
      payload: { before: c1, after: c2 },
      workflowId: 'ci.yml',
      runId: 42,
    });

  function fakeGitHub(answer: string | undefined | Error) {
    const calls: unknown[] = [];
    const api: Pick<GitHubApi, 'lastSuccessfulRunHead'> = {
      lastSuccessfulRunHead: async (args) => {
        calls.push(args);
        if (answer instanceof Error) throw answer;
        return answer;
      },
    };
    // The base decision calls nothing else of the API.
    return { api: api as GitHubApi, calls };
  }

  it('diffs from the last successful run’s head when it is in the history', async () => {
    const clone = await origin.clone({ depth: 1 });
    const gh = fakeGitHub(c0);
    const { decision } = await decide(
      clone.dir,
      { event: pushEvent(), policy: 'last-successful' },
      gh.api,
    );
    expect(gh.calls).toEqual([{ workflowId: 'ci.yml', branch: 'main', excludeRunId: 42 }]);
    expect(decision).toEqual({
      kind: 'diff',
      base: c0,
      head: c2,
      reason: `since the last successful run of ci.yml on main at ${short(c0)}`,
    });
    expect(await changedPaths(clone.dir, decision)).toEqual(['svc/a/app.ts', 'svc/b/app.ts']);
  });

  it('falls back to the event rule when that commit is not in the history', async () => {
    const gh = fakeGitHub(side);
    const { decision } = await decide(
      origin.dir,
      { event: pushEvent(), policy: 'last-successful' },
      gh.api,
    );
    expect(decision).toEqual({
      kind: 'diff',
      base: c1,
      head: c2,
      reason:
        `the last successful run's commit ${short(side)} is not in the history of ${short(c2)} (force push?), ` +
        `so using the event's base: push to main: ${short(c1)}..${short(c2)}`,
    });
  });

  it('falls back when there is no earlier successful run, or the API fails, or there is no API', async () => {
    const none = await decide(
      origin.dir,
      { event: pushEvent(), policy: 'last-successful' },
      fakeGitHub(undefined).api,
    );
    expect(none.decision).toMatchObject({ kind: 'diff', base: c1 });
    expect(none.decision.reason).toMatch(
      /^no earlier successful run of ci.yml on main, so using the event's base: push/,
    );

    const failing = await decide(
      origin.dir,
      { event: pushEvent(), policy: 'last-successful' },
      fakeGitHub(new Error('HTTP 502')).api,
    );
    expect(failing.decision).toMatchObject({ kind: 'diff', base: c1 });
    expect(
      failing.log.some((l) =>
        l.includes('warning: Could not look up the last successful run: HTTP 502'),
      ),
    ).toBe(true);

    const noApi = await decide(origin.dir, { event: pushEvent(), policy: 'last-successful' });
    expect(noApi.decision.reason).toMatch(/^last-successful needs the GitHub API/);
  });

  it('uses the PR head branch, and an explicit base still wins', async () => {
    const gh = fakeGitHub(c0);
    const payload = {
      pull_request: { base: { ref: 'main', sha: c0 }, head: { ref: 'side', sha: side } },
    };
    const pr = event({ eventName: 'pull_request', sha: side, payload, workflowId: 7, runId: 1 });
    const { decision } = await decide(origin.dir, { event: pr, policy: 'last-successful' }, gh.api);
    expect(gh.calls).toEqual([{ workflowId: 7, branch: 'side', excludeRunId: 1 }]);
    expect(decision).toMatchObject({ kind: 'diff', base: c0, head: side });

    const explicit = await decide(
      origin.dir,
      { event: pr, policy: 'last-successful', base: c1 },
      gh.api,
    );
    expect(explicit.decision).toMatchObject({
      kind: 'diff',
      base: c1,
      reason: `base input ${short(c1)}, a commit or tag: compared exactly`,
    });
    expect(gh.calls).toHaveLength(1);
  });
});
