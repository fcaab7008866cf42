/**
 * Real git repositories in temp dirs for tests: commits with any file names (raw bytes too),
 * branches, tags, merges, long histories, and shallow clones over file:// like a CI checkout.
 *
 * Hermetic: the user's global and system git config are ignored (GIT_CONFIG_GLOBAL=/dev/null,
 * GIT_CONFIG_NOSYSTEM) and identity is passed with `-c`, so nothing outside the temp dirs is
 * read or written. Every git call is execFile with an argv array, never a shell.
 *
 *   const origin = await GitRepo.create();
 *   await origin.write('svc/a.txt', 'one');
 *   const first = await origin.commit('first');
 *   const ci = await origin.clone({ depth: 1 });
 *   ...
 *   afterAll(cleanupRepos);
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const IDENTITY = ['-c', 'user.name=msdeploy test', '-c', 'user.email=test@msdeploy.invalid'];
const QUIET_DEFAULTS = [
  '-c',
  'commit.gpgsign=false',
  '-c',
  'tag.gpgsign=false',
  '-c',
  'protocol.file.allow=always',
];
const ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
};

const live = new Set<string>();

/** Remove every repository created so far (use in `afterAll`). */
export function cleanupRepos(): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}

/** Run git in `cwd`; resolves with raw stdout. Rejects with the argv and stderr on failure. */
export function runGit(
  cwd: string,
  args: readonly string[],
  input?: string | Buffer,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...IDENTITY, ...QUIET_DEFAULTS, ...args],
      { cwd, env: ENV, encoding: 'buffer', maxBuffer: 1 << 30 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(
              `git ${args.join(' ')} (in ${cwd}) failed: ${stderr.toString() || error.message}`,
            ),
          );
        } else {
          resolve(stdout);
        }
      },
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}

function tempDir(kind: string): string {
  const dir = mkdtempSync(join(tmpdir(), `msdeploy-${kind}-`));
  live.add(dir);
  return dir;
}

export class GitRepo {
  private constructor(
    /** The work tree (or the git dir, for a bare repository). */
    readonly dir: string,
    readonly bare: boolean,
  ) {}

  /** A new repository on branch `main` (or `opts.branch`), no commits yet. */
  static async create(opts: { branch?: string; bare?: boolean } = {}): Promise<GitRepo> {
    const dir = tempDir(opts.bare ? 'origin' : 'repo');
    const repo = new GitRepo(dir, !!opts.bare);
    await repo.git('init', '-q', '-b', opts.branch ?? 'main', ...(opts.bare ? ['--bare'] : []));
    // Serve any reachable sha, as GitHub does: CI fetches PR heads and bases by sha.
    await repo.git('config', 'uploadpack.allowReachableSHA1InWant', 'true');
    return repo;
  }

  /** A clone of this repository over file:// (a real transport, so `--depth` applies). */
  async clone(opts: { depth?: number; branch?: string; noTags?: boolean } = {}): Promise<GitRepo> {
    const dir = tempDir('clone');
    const args = ['clone', '-q'];
    if (opts.depth) args.push(`--depth=${opts.depth}`);
    if (opts.branch) args.push('--branch', opts.branch);
    if (opts.noTags) args.push('--no-tags');
    args.push('--end-of-options', `file://${this.dir}`, dir);
    await runGit(tmpdir(), args);
    return new GitRepo(dir, false);
  }

  /** Run git here; returns stdout as UTF-8 with the trailing newline trimmed. */
  async git(...args: string[]): Promise<string> {
    return (await runGit(this.dir, args)).toString('utf8').replace(/\n$/, '');
  }

  /** Run git here; returns raw stdout. */
  gitRaw(args: readonly string[], input?: string | Buffer): Promise<Buffer> {
    return runGit(this.dir, args, input);
  }

  /** Write a file (creating parent directories). A Buffer path may hold any bytes, e.g. non-UTF-8. */
  write(path: string | Buffer, content: string | Buffer = `${String(path)}\n`): void {
    const full = this.abs(path);
    if (typeof full === 'string') mkdirSync(dirname(full), { recursive: true });
    else mkdirSync(full.subarray(0, full.lastIndexOf(0x2f)), { recursive: true });
    writeFileSync(full, content);
  }

  /** Move a file (creating the target's directories); `commit` records it as a rename. */
  move(from: string, to: string): void {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    renameSync(join(this.dir, from), join(this.dir, to));
  }

  remove(path: string | Buffer): void {
    unlinkSync(this.abs(path));
  }

  /** Stage everything and commit; returns the new commit's full sha. */
  async commit(message: string, opts: { allowEmpty?: boolean } = {}): Promise<string> {
    await this.git('add', '-A');
    await this.git(
      'commit',
      '-q',
      '--no-verify',
      ...(opts.allowEmpty ? ['--allow-empty'] : []),
      '-m',
      message,
    );
    return this.head();
  }

  /** Write the given files and commit them. */
  async commitFiles(files: Record<string, string>, message = 'change'): Promise<string> {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
    return this.commit(message);
  }

  /**
   * Append `count` commits to the current branch quickly (one `git fast-import`), each changing
   * `file`; the work tree is updated to the new head. Returns the new head sha.
   */
  async commitMany(count: number, file = 'history.txt'): Promise<string> {
    const branch = await this.git('symbolic-ref', 'HEAD');
    const parent = await this.git('rev-parse', '--verify', '--quiet', 'HEAD').catch(() => '');
    const chunks: string[] = [];
    const when = Math.floor(Date.now() / 1000);
    for (let i = 1; i <= count; i++) {
      const message = `commit ${i} of ${count}\n`;
      const content = `${file} revision ${i}\n`;
      chunks.push(
        `commit ${branch}\n`,
        `committer msdeploy test <test@msdeploy.invalid> ${when} +0000\n`,
        `data ${Buffer.byteLength(message)}\n${message}`,
        i === 1 && parent ? `from ${parent}\n` : '',
        `M 100644 inline ${file}\n`,
        `data ${Buffer.byteLength(content)}\n${content}\n`,
      );
    }
    await this.gitRaw(['fast-import', '--quiet'], chunks.join(''));
    if (!this.bare) await this.git('reset', '-q', '--hard');
    return this.head();
  }

  async head(): Promise<string> {
    return this.git('rev-parse', 'HEAD');
  }

  async branch(name: string, start = 'HEAD'): Promise<void> {
    await this.git('branch', '--end-of-options', name, start);
  }

  async checkout(name: string): Promise<void> {
    await this.git('checkout', '-q', name, '--');
  }

  async checkoutNew(name: string, start = 'HEAD'): Promise<void> {
    await this.git('checkout', '-q', '-b', name, start, '--');
  }

  /** A lightweight tag, or an annotated one with `message`. */
  async tag(name: string, opts: { rev?: string; message?: string } = {}): Promise<void> {
    const annotate = opts.message ? ['-a', '-m', opts.message] : [];
    await this.git('tag', ...annotate, '--end-of-options', name, opts.rev ?? 'HEAD');
  }

  /** Merge `branch` into the current branch with a merge commit; returns its sha. */
  async merge(branch: string, message = `merge ${branch}`): Promise<string> {
    await this.git(
      'merge',
      '-q',
      '--no-ff',
      '--no-edit',
      '-m',
      message,
      '--end-of-options',
      branch,
    );
    return this.head();
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
    live.delete(this.dir);
  }

  private abs(path: string | Buffer): string | Buffer {
    return typeof path === 'string'
      ? join(this.dir, path)
      : Buffer.concat([Buffer.from(`${this.dir}/`), path]);
  }
}
