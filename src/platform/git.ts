/**
 * The one place msdeploy runs git. Every call is `spawn(git, argv)` — never a shell — so file
 * names, branch names and shas from events can't be interpreted as commands. Revisions are
 * placed after `--end-of-options` so a value beginning with `-` is never read as an option.
 * No git config is ever written: anything we need is passed with `-c` for that one call.
 */
import { parseNameStatusZ } from '../core/changes/change-set.js';
import type { ChangedFile } from '../core/changes/types.js';
import type { Git, Logger } from '../core/ports.js';
import { runProcess } from './process.js';

export interface CliGitOptions {
  logger?: Logger;
  /** The git executable (default: `git` on PATH). */
  gitPath?: string;
  /**
   * Pass `-c safe.directory=<cwd>` on each command line, for checkouts owned by another user
   * (container jobs). Off by default: that check protects against a hostile repository's
   * config, so only turn it on for a directory you chose to trust.
   */
  trustDirectory?: boolean;
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** A git command failed: the message names the command, its exit code and what git said. */
export class GitCommandError extends Error {
  constructor(
    readonly argv: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    readonly cwd: string,
  ) {
    const said = stderr.trim() ? `:\n${stderr.trim()}` : ' (git printed nothing on stderr)';
    super(
      `\`${displayArgv(argv)}\` in ${cwd} failed with exit code ${exitCode ?? 'none (killed)'}${said}`,
    );
    this.name = 'GitCommandError';
  }
}

const STDERR_TAIL_LINES = 40;
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Characters a ref name may hold (no revision syntax such as `~`, `^`, `:`, `@{`). */
// eslint-disable-next-line no-control-regex
const VALID_REF_CHARS = /^(?!.*@\{)(?!.*\.\.)[^\s~^:?*[\\\x00-\x1f\x7f]+$/;

export class CliGit implements Git {
  private readonly gitPath: string;
  private readonly logger?: Logger;
  private readonly prefix: readonly string[];

  constructor(
    readonly cwd: string,
    opts: CliGitOptions = {},
  ) {
    this.gitPath = opts.gitPath ?? 'git';
    this.logger = opts.logger;
    this.prefix = opts.trustDirectory ? ['-c', `safe.directory=${cwd}`] : [];
  }

  async resolveCommit(rev: string): Promise<string | undefined> {
    const r = await this.run(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
      [1, 128],
    );
    if (r.code !== 0) return undefined;
    const sha = r.stdout.toString('latin1').trim();
    return FULL_SHA.test(sha) ? sha : undefined;
  }

  async isBranch(rev: string): Promise<boolean> {
    if (rev === '' || rev.startsWith('-') || !VALID_REF_CHARS.test(rev)) return false;
    const exists = async (ref: string) => (await this.resolveCommit(ref)) !== undefined;
    if (rev.startsWith('refs/')) {
      return (rev.startsWith('refs/heads/') || rev.startsWith('refs/remotes/')) && exists(rev);
    }
    // git's own order (gitrevisions(7)): refs/<name>, refs/tags/, refs/heads/, refs/remotes/…
    if (await exists(`refs/${rev}`)) return /^(heads|remotes)\//.test(rev);
    if (await exists(`refs/tags/${rev}`)) return false;
    return (
      (await exists(`refs/heads/${rev}`)) ||
      (await exists(`refs/remotes/${rev}`)) ||
      exists(`refs/remotes/${rev}/HEAD`)
    );
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.run(
      ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant],
      [1],
    );
    return r.code === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    // Exit 1 with no output: the two commits share no (locally known) history.
    const r = await this.run(['merge-base', '--end-of-options', a, b], [1]);
    if (r.code !== 0) return undefined;
    return r.stdout.toString('latin1').trim() || undefined;
  }

  async isShallow(): Promise<boolean> {
    const r = await this.run(['rev-parse', '--is-shallow-repository']);
    return r.stdout.toString('latin1').trim() === 'true';
  }

  async deepen(by: number, refs: readonly string[]): Promise<boolean> {
    if (!Number.isInteger(by) || by < 1) {
      throw new RangeError(`deepen: depth must be a positive integer, got ${by}`);
    }
    return this.tryFetch([`--deepen=${by}`], refs);
  }

  async fetch(refs: readonly string[], depth?: number): Promise<boolean> {
    if (depth !== undefined && (!Number.isInteger(depth) || depth < 1)) {
      throw new RangeError(`fetch: depth must be a positive integer, got ${depth}`);
    }
    return this.tryFetch(depth === undefined ? [] : [`--depth=${depth}`], refs);
  }

  async diff(base: string, head: string): Promise<ChangedFile[]> {
    const r = await this.run([
      'diff',
      '-z',
      '--name-status',
      '-M',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--no-relative',
      '--end-of-options',
      base,
      head,
      '--',
    ]);
    return parseNameStatusZ(r.stdout);
  }

  async previousTag(rev: string): Promise<string | undefined> {
    const parent = await this.resolveCommit(`${rev}^`);
    if (!parent) return undefined; // a root commit has no earlier release
    const args = ['describe', '--tags', '--abbrev=0', '--end-of-options', parent];
    const r = await this.run(args, [128]);
    if (r.code !== 0) {
      // "No names found, cannot describe anything." / "No tags can describe '<sha>'."
      if (/cannot describe/i.test(r.stderr)) return undefined;
      throw new GitCommandError(this.argv(args), r.code, r.stderr, this.cwd);
    }
    const tag = r.stdout.toString('utf8').trim();
    return this.resolveCommit(`refs/tags/${tag}`);
  }

  async commitTime(rev: string): Promise<number> {
    const r = await this.run(['show', '-s', '--format=%ct', '--end-of-options', rev]);
    return Number(r.stdout.toString('utf8').trim());
  }

  async dirtyFiles(): Promise<string[]> {
    const r = await this.run(['status', '--porcelain=v1', '-z', '--untracked-files=no']);
    const fields = r.stdout.toString('utf8').split('\0');
    const files: string[] = [];
    for (let i = 0; i < fields.length; i++) {
      const entry = fields[i]!;
      if (entry.length < 4) continue;
      files.push(entry.slice(3));
      // A rename or copy is followed by its source path: skip it.
      if (entry[0] === 'R' || entry[0] === 'C') i++;
    }
    return files;
  }

  async countCommits(rev: string): Promise<number> {
    const r = await this.run(['rev-list', '--count', '--end-of-options', rev]);
    return Number(r.stdout.toString('utf8').trim());
  }

  async symbolicRef(name: string): Promise<string | undefined> {
    const r = await this.run(['symbolic-ref', '-q', '--end-of-options', name], [1, 128]);
    if (r.code !== 0) return undefined;
    return r.stdout.toString('utf8').trim() || undefined;
  }

  async tagsAt(rev: string): Promise<string[]> {
    const sha = await this.resolveCommit(rev);
    if (!sha) return [];
    const r = await this.run(['tag', '--list', '--sort=refname', '--points-at', sha]);
    return r.stdout
      .toString('utf8')
      .split('\n')
      .filter((t) => t !== '');
  }

  async listFiles(head: string): Promise<string[]> {
    const r = await this.run([
      'ls-tree',
      '-r',
      '-z',
      '--name-only',
      '--full-tree',
      '--end-of-options',
      head,
    ]);
    return splitZ(r.stdout);
  }

  /** Fetching is allowed to fail (no origin, sha not served): the caller decides what that means. */
  private async tryFetch(options: readonly string[], refs: readonly string[]): Promise<boolean> {
    const args = [
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      '--no-write-fetch-head',
      ...options,
      'origin',
      ...(refs.length ? ['--end-of-options', ...refs] : []),
    ];
    try {
      await this.run(args);
      return true;
    } catch (e) {
      if (!(e instanceof GitCommandError)) throw e;
      this.logger?.warning(e.message);
      return false;
    }
  }

  /**
   * Run git and collect stdout as Buffer chunks (joined once at the end: a diff of 100k files
   * is tens of MB). Exit codes in `okCodes` are returned to the caller; any other throws.
   * `input` is written to git's stdin; `env` is added to its environment and never logged
   * (it is where a credential goes, unlike `-c`, which shows in messages and `ps`).
   */
  async run(
    args: readonly string[],
    okCodes: readonly number[] = [],
    opts: { input?: string | Buffer; env?: Readonly<Record<string, string>> } = {},
  ): Promise<GitResult> {
    const argv = this.argv(args);
    this.logger?.debug(`$ ${displayArgv(argv)}`);
    const r = await runProcess(this.gitPath, argv.slice(1), {
      cwd: this.cwd,
      extraEnv: { ...opts.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
      installHint: 'git',
      collectStdout: true,
      tailLines: STDERR_TAIL_LINES,
      input: opts.input,
    });
    const stderr = r.tail.join('\n');
    if (r.exitCode === 0 || (!r.signal && okCodes.includes(r.exitCode))) {
      return { code: r.exitCode, stdout: r.stdout, stderr };
    }
    throw new GitCommandError(argv, r.signal ? null : r.exitCode, stderr, this.cwd);
  }

  private argv(args: readonly string[]): string[] {
    return [this.gitPath, ...this.prefix, ...args];
  }
}

function splitZ(buf: Buffer): string[] {
  const items: string[] = [];
  let pos = 0;
  while (pos < buf.length) {
    let end = buf.indexOf(0, pos);
    if (end < 0) end = buf.length;
    items.push(buf.toString('utf8', pos, end));
    pos = end + 1;
  }
  return items;
}

/** Quote an argv for display only (it is never run through a shell). */
export function displayArgv(argv: readonly string[]): string {
  return argv.map(displayArg).join(' ');
}

const ESCAPES: Record<string, string> = {
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
  '\\': '\\\\',
  "'": "\\'",
};

function displayArg(arg: string): string {
  if (/^[\w@%+=:,./^{}~-]+$/.test(arg)) return arg;
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u001f\u007f]/.test(arg)) return `'${arg.replace(/'/g, `'\\''`)}'`;
  // Control characters (a newline in a file name) would forge log lines: show them escaped,
  // in bash's $'…' notation.
  // eslint-disable-next-line no-control-regex
  const escaped = arg.replace(/[\u0000-\u001f\u007f\\']/g, (c) => {
    return ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
  return `$'${escaped}'`;
}
