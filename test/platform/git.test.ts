import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CliGit, displayArgv, GitCommandError } from '../../src/platform/git.js';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import type { Logger } from '../../src/core/ports.js';

afterAll(cleanupRepos);

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: (_t, fn) => fn(),
  };
}

describe('CliGit on a real repository', () => {
  let repo: GitRepo;
  let git: CliGit;
  let first: string;
  let second: string;
  let side: string;

  beforeAll(async () => {
    repo = await GitRepo.create();
    repo.write('svc/a/main.ts', 'export const a = 1;\n'.repeat(20));
    repo.write('svc/b/main.ts', 'export const b = 1;\n');
    first = await repo.commit('first');
    await repo.tag('v1.0.0', { message: 'release 1' });
    repo.write('svc/b/main.ts', 'export const b = 2;\n');
    second = await repo.commit('second');
    await repo.checkoutNew('side', first);
    side = await repo.commitFiles({ 'side.txt': 'side\n' }, 'side');
    await repo.checkout('main');
    git = new CliGit(repo.dir);
  });

  it('resolves revisions to full commit shas, peeling annotated tags', async () => {
    expect(await git.resolveCommit('HEAD')).toBe(second);
    expect(await git.resolveCommit('main~1')).toBe(first);
    expect(await git.resolveCommit('v1.0.0')).toBe(first);
    expect(await git.resolveCommit(first.slice(0, 10))).toBe(first);
  });

  it('returns undefined for unknown revisions, missing objects and option-like names', async () => {
    expect(await git.resolveCommit('no-such-branch')).toBeUndefined();
    expect(await git.resolveCommit('0123456789abcdef0123456789abcdef01234567')).toBeUndefined();
    expect(await git.resolveCommit('--output=/tmp/x')).toBeUndefined();
    expect(await git.resolveCommit(`${first}^`)).toBeUndefined(); // the root has no parent
    // a tree is not a commit
    expect(await git.resolveCommit(`${second}^{tree}`)).toBeUndefined();
  });

  it('tells a branch name from a sha, a tag and an expression', async () => {
    for (const b of ['main', 'side', 'refs/heads/side', 'heads/side']) {
      expect(await git.isBranch(b)).toBe(true);
    }
    for (const r of [second, 'v1.0.0', 'main~1', 'HEAD', 'no-such-branch', '--all', 'main@{1}']) {
      expect(await git.isBranch(r)).toBe(false);
    }
  });

  it('answers ancestry and merge-base questions', async () => {
    expect(await git.isAncestor(first, second)).toBe(true);
    expect(await git.isAncestor(second, first)).toBe(false);
    expect(await git.isAncestor(second, second)).toBe(true);
    expect(await git.mergeBase(second, side)).toBe(first);
    expect(await git.isShallow()).toBe(false);
  });

  it('returns undefined as the merge-base of unrelated histories', async () => {
    await repo.git('checkout', '-q', '--orphan', 'unrelated');
    const orphan = await repo.commitFiles({ 'orphan.txt': 'x\n' }, 'orphan');
    await repo.checkout('main');
    await repo.git('reset', '-q', '--hard');
    expect(await git.mergeBase(orphan, second)).toBeUndefined();
  });

  it('throws a GitCommandError with argv, exit code and stderr for a real failure', async () => {
    const failure = git.isAncestor('no-such-rev', second);
    await expect(failure).rejects.toBeInstanceOf(GitCommandError);
    await expect(failure).rejects.toMatchObject({ exitCode: 128 });
    await expect(failure).rejects.toThrow(
      /`git merge-base --is-ancestor --end-of-options no-such-rev [0-9a-f]{40}`/,
    );
    await expect(failure).rejects.toThrow(/exit code 128/);
    await expect(failure).rejects.toThrow(/no-such-rev/);
  });

  it('diffs with renames across directories and deletions', async () => {
    await repo.checkoutNew('renames', second);
    repo.move('svc/a/main.ts', 'libs/shared/main.ts');
    repo.remove('svc/b/main.ts');
    const head = await repo.commit('move and delete');
    expect(await git.diff(second, head)).toEqual(
      expect.arrayContaining([
        { status: 'R', path: 'libs/shared/main.ts', oldPath: 'svc/a/main.ts' },
        { status: 'D', path: 'svc/b/main.ts' },
      ]),
    );
    expect(await git.diff(second, head)).toHaveLength(2);
    expect(await git.diff(head, head)).toEqual([]);
    await repo.checkout('main');
  });

  it('treats a revision named like a file as a revision, not a path', async () => {
    // a file called "main" must not turn `git diff A main` into a path filter
    const r = await GitRepo.create();
    const a = await r.commitFiles({ main: 'x\n', other: '1\n' }, 'a');
    await r.commitFiles({ other: '2\n' }, 'b');
    expect(await new CliGit(r.dir).diff(a, 'main')).toEqual([{ status: 'M', path: 'other' }]);
  });

  it('finds the previous tag from the parent, as a commit sha', async () => {
    expect(await git.previousTag(second)).toBe(first);
    expect(await git.previousTag(first)).toBeUndefined(); // root commit: nothing before it
    const r = await GitRepo.create();
    await r.commitFiles({ a: '1\n' }, 'a');
    const b = await r.commitFiles({ a: '2\n' }, 'b');
    expect(await new CliGit(r.dir).previousTag(b)).toBeUndefined(); // no tags at all
  });

  it('lists every tracked file at a commit, nasty names intact', async () => {
    const r = await GitRepo.create();
    r.write('dir/a b.txt', '1');
    r.write('new\nline', '1');
    r.write('-dash', '1');
    r.write(Buffer.from([0x62, 0x61, 0x64, 0xff]), '1');
    const head = await r.commit('files');
    expect((await new CliGit(r.dir).listFiles(head)).sort()).toEqual(
      ['-dash', 'bad\uFFFD', 'dir/a b.txt', 'new\nline'].sort(),
    );
  });
});

describe('CliGit with nasty file names', () => {
  it('brings every name through diff intact and never runs them', async () => {
    const repo = await GitRepo.create();
    const base = await repo.commitFiles({ 'README.md': 'hi\n' }, 'base');
    const names = [
      'with space.txt',
      `"double" and 'single'.txt`,
      'new\nline.txt',
      '$(touch pwned)',
      '`touch pwned`',
      '-rf',
      '--output=pwned',
      'ünï/文件.txt',
    ];
    for (const name of names) repo.write(name, 'x\n');
    repo.write(Buffer.from([0x6e, 0x6f, 0x6e, 0x2d, 0xc3, 0x28, 0xff]), 'x\n');
    const head = await repo.commit('nasty');

    const paths = (await new CliGit(repo.dir).diff(base, head)).map((f) => f.path).sort();
    expect(paths).toEqual([...names, 'non-\uFFFD(\uFFFD'].sort());
    expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
  });

  it('refuses refs that look like options instead of running them as options', async () => {
    const repo = await GitRepo.create();
    const base = await repo.commitFiles({ a: '1\n' }, 'a');
    const git = new CliGit(repo.dir);
    await expect(git.diff('--output=pwned', base)).rejects.toThrow(GitCommandError);
    await expect(git.mergeBase('--all', base)).rejects.toThrow(GitCommandError);
    expect(await git.fetch(['--upload-pack=touch pwned'])).toBe(false);
    expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
  });
});

describe('CliGit diff at scale', () => {
  it('streams the name-status of 20,000 changed files', async () => {
    const repo = await GitRepo.create();
    const base = await repo.commitFiles({ 'README.md': 'hi\n' }, 'base');
    // One fast-import commit adding 20,000 files.
    const lines = [
      'commit refs/heads/main',
      'committer t <t@t.invalid> 1700000000 +0000',
      'data 4',
      'many',
      `from ${base}`,
    ];
    for (let i = 0; i < 20_000; i++)
      lines.push(`M 100644 inline services/s${i % 100}/src/file-${i}.ts`, 'data 2', `${i % 10}`);
    await repo.gitRaw(['fast-import', '--quiet'], `${lines.join('\n')}\n`);
    const head = await repo.git('rev-parse', 'main');

    const started = performance.now();
    const files = await new CliGit(repo.dir).diff(base, head);
    const ms = performance.now() - started;
    expect(files).toHaveLength(20_000);
    expect(files.every((f) => f.status === 'A')).toBe(true);
    expect(new Set(files.map((f) => f.path)).size).toBe(20_000);
    expect(ms).toBeLessThan(5000);
  });
});

describe('CliGit fetching from origin', () => {
  it('fetches a missing sha into a shallow clone, deepens it, and reports failures as false', async () => {
    const origin = await GitRepo.create();
    const old = await origin.commitFiles({ a: '0\n' }, 'old');
    await origin.commitMany(10);
    const clone = await origin.clone({ depth: 1 });
    const logger = recordingLogger();
    const git = new CliGit(clone.dir, { logger });

    expect(await git.isShallow()).toBe(true);
    expect(await git.resolveCommit(old)).toBeUndefined();
    expect(await git.fetch([old], 1)).toBe(true);
    expect(await git.resolveCommit(old)).toBe(old);

    const head = await clone.head();
    expect(await git.resolveCommit(`${head}~5`)).toBeUndefined();
    expect(await git.deepen(5, [head])).toBe(true);
    expect(await git.resolveCommit(`${head}~5`)).toBeDefined();
    expect(logger.lines.some((l) => l.startsWith('debug: $ git fetch --no-tags'))).toBe(true);

    expect(await git.fetch(['0123456789abcdef0123456789abcdef01234567'])).toBe(false);
    expect(logger.lines.some((l) => l.startsWith('warning: `git fetch'))).toBe(true);
    await expect(git.deepen(0, [head])).rejects.toThrow(RangeError);
  });

  it('does not touch any git config', async () => {
    const origin = await GitRepo.create();
    await origin.commitFiles({ a: '1\n' }, 'a');
    const clone = await origin.clone({ depth: 1 });
    const before = await clone.git('config', '--local', '--list');
    const git = new CliGit(clone.dir, { trustDirectory: true });
    await git.fetch(['main'], 1);
    await git.resolveCommit('HEAD');
    expect(await clone.git('config', '--local', '--list')).toBe(before);
  });

  it('run feeds stdin and adds environment variables that never reach the log', async () => {
    const repo = await GitRepo.create();
    const logger = recordingLogger();
    const git = new CliGit(repo.dir, { logger });
    const blob = await git.run(['hash-object', '-w', '--stdin'], [], { input: 'hello\n' });
    const sha = blob.stdout.toString().trim();
    expect(await repo.git('cat-file', 'blob', sha)).toBe('hello');
    const r = await git.run(['var', 'GIT_AUTHOR_IDENT'], [], {
      env: { GIT_AUTHOR_NAME: 'Secret Name', GIT_AUTHOR_EMAIL: 's@example.invalid' },
    });
    expect(r.stdout.toString()).toMatch(/^Secret Name <s@example.invalid> /);
    expect(logger.lines.join('\n')).not.toContain('Secret');
  });

  it('says so when git itself is missing', async () => {
    const git = new CliGit('/', { gitPath: '/nonexistent/git' });
    await expect(git.resolveCommit('HEAD')).rejects.toThrow(/git was not found .*install git/);
  });
});

describe('displayArgv', () => {
  it('quotes arguments for display without letting them forge log lines', () => {
    expect(displayArgv(['git', 'diff', 'a b', "it's", 'x\ny'])).toBe(
      `git diff 'a b' 'it'\\''s' $'x\\ny'`,
    );
    expect(displayArgv(['git', 'rev-parse', 'HEAD^{commit}'])).toBe('git rev-parse HEAD^{commit}');
  });
});
