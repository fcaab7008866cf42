/**
 * The promotion ledger on a git ref (the `Ledger` port): one commit per record, each commit's
 * tree holding exactly `state.json` and `README.md`, the first commit an orphan.
 *
 * Written with plumbing only (hash-object, mktree, commit-tree, update-ref, push): the work tree,
 * the index and HEAD are never touched and no git config is written. Objects are written before
 * the ref moves, and the ref moves by compare-and-swap (`update-ref <new> <old>` locally, a push
 * with an exact lease on origin), so a crash or a concurrent writer leaves the old tip or the
 * new one, never a mix.
 *
 * Remote mode fetches the ref into a private tracking ref, `refs/msdeploy/remotes/origin/…`, so
 * a branch of the user's (`msdeploy/ledger` checked out on a laptop) is never overwritten.
 */
import { LEDGER_REF_PATTERN } from '../core/manifest/spec.js';
import type { CommitIdentity, Ledger, LedgerEntry, LedgerSnapshot, Logger } from '../core/ports.js';
import { commitMessage, parseCommitMessage } from '../core/promotion/message.js';
import { emptyState, NotALedgerError, parseState } from '../core/promotion/state.js';
import type { LedgerRecord } from '../core/promotion/types.js';
import { CliGit, GitCommandError } from './git.js';
import { parentEnvironment } from './runner/context.js';

export interface LedgerOptions {
  /** The repository (its work tree, or a bare repository's directory). */
  root: string;
  /** The full ref name, e.g. `refs/heads/msdeploy/ledger`. */
  ref: string;
  /** Read and write the ref on `origin` rather than in the local repository. */
  remote: boolean;
  logger?: Logger;
  /**
   * A token for an https `origin` (GITHUB_TOKEN). Optional: actions/checkout usually leaves its
   * own credentials configured, and ssh or file remotes need none.
   */
  token?: string;
  gitPath?: string;
}

export function openLedger(opts: LedgerOptions): GitLedger {
  const git = new CliGit(opts.root, { logger: opts.logger, gitPath: opts.gitPath });
  return new GitLedger(git, opts);
}

/** The only files a ledger commit holds. */
const FILES = ['README.md', 'state.json'] as const;
const TRACKING_PREFIX = 'refs/msdeploy/remotes/origin/';
const REF_TAIL_RE = new RegExp(LEDGER_REF_PATTERN);
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
 * update-ref lost the race: the ref moved (`is at X but expected Y`), was created meanwhile
 * (`reference already exists`), or was deleted (`unable to resolve reference`). A stale
 * `.lock` file says "Unable to create … File exists" instead and is an error, not a lost race:
 * retrying cannot help until someone removes it.
 */
const LOCAL_CAS_LOST = /but expected|reference already exists|unable to resolve reference/;
/** Push rejections that mean "origin moved first". */
const PUSH_CAS_LOST = /\((stale info|non-fast-forward|fetch first|already exists)\)/;
/** Server-side lost races: git's receive-pack says "but expected", GitHub "incorrect old value". */
const REMOTE_CAS_LOST = /but expected|incorrect old value|reference already exists/;

export class GitLedger implements Ledger {
  readonly ref: string;
  readonly remote: boolean;
  /** Where the tip is read from: the ref itself, or its private tracking copy. */
  private readonly localRef: string;
  private readonly logger?: Logger;
  private readonly token?: string;
  private authEnvPromise?: Promise<Record<string, string>>;

  constructor(
    private readonly git: CliGit,
    opts: { ref: string; remote: boolean; logger?: Logger; token?: string },
  ) {
    const { ref } = opts;
    if (!ref.startsWith('refs/') || !REF_TAIL_RE.test(ref.slice(5))) {
      throw new Error(
        `The ledger ref must be a full ref name such as refs/heads/msdeploy/ledger, got ${JSON.stringify(ref)}.`,
      );
    }
    if (ref.startsWith(TRACKING_PREFIX)) {
      throw new Error(`The ledger ref ${ref} is in msdeploy's own tracking namespace.`);
    }
    if (opts.token !== undefined && /\s/.test(opts.token)) {
      // It goes into an HTTP header: a newline would add headers of its own.
      throw new Error('The ledger token holds whitespace; it is not a token.');
    }
    this.ref = ref;
    this.remote = opts.remote;
    this.localRef = opts.remote ? TRACKING_PREFIX + ref.slice(5) : ref;
    this.logger = opts.logger;
    this.token = opts.token || undefined;
  }

  async read(): Promise<LedgerSnapshot> {
    const tip = await this.tip();
    if (tip === undefined) return { state: emptyState() };
    return { commit: tip, state: await this.stateAt(tip) };
  }

  async append(
    base: LedgerSnapshot,
    record: LedgerRecord,
    files: { state: string; readme: string },
    author: CommitIdentity,
  ): Promise<{ appended: true; commit: string } | { appended: false }> {
    checkAppend(base, record, files.state);
    const commit = await this.writeCommit(base.commit, record, files, author);
    return this.remote ? this.push(base.commit, commit) : this.updateRef(base.commit, commit);
  }

  async history(): Promise<LedgerEntry[]> {
    const tip = await this.tip();
    if (tip === undefined) return [];
    await this.stateAt(tip); // a ref holding something else is refused before its log is parsed
    const r = await this.git.run([
      'log',
      '--first-parent',
      '--no-show-signature',
      '--encoding=UTF-8',
      '--format=%H%x00%B%x00',
      '--end-of-options',
      tip,
      '--',
    ]);
    // Each commit prints as `<sha>\0<message>\0\n`: split on NUL, the sha follows a newline.
    const fields = r.stdout.toString('utf8').split('\0');
    const entries: LedgerEntry[] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const commit = fields[i]!.trim();
      entries.push({ commit, record: parseCommitMessage(fields[i + 1]!, commit) });
    }
    return entries.reverse();
  }

  /** The tip commit (after fetching it, when remote), or undefined when the ref is missing. */
  private async tip(): Promise<string | undefined> {
    if (this.remote && !(await this.fetch())) return undefined;
    // The ref's own object, not `^{commit}`: a ref to a tag or a tree must be refused, not
    // read as missing (and then "created" over, which update-ref would refuse forever).
    const r = await this.git.run(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', this.localRef],
      [1],
    );
    return r.code === 0 ? r.stdout.toString('latin1').trim() : undefined;
  }

  /**
   * The state at `tip`, with the checks that tell a ledger from anything else: a commit whose
   * tree holds state.json (a ledger's, by parseState) and README.md, nothing more. One
   * `cat-file --batch` answers all three questions; shas are immutable, so no race.
   */
  private async stateAt(tip: string): Promise<LedgerSnapshot['state']> {
    const where = this.remote ? `${this.ref} on origin (${tip})` : `${this.ref} (${tip})`;
    const [commit, tree, state] = await this.catFile([tip, `${tip}^{tree}`, `${tip}:state.json`]);
    if (commit?.type !== 'commit') {
      throw new NotALedgerError(where, `it points at a ${commit?.type ?? 'missing object'}`);
    }
    const names = tree ? treeNames(tree.content, tip.length / 2) : [];
    const others = names.filter((n) => !(FILES as readonly string[]).includes(n));
    if (others.length) {
      const shown = others.slice(0, 5).map((n) => JSON.stringify(n));
      const more = others.length > 5 ? ` and ${others.length - 5} more` : '';
      throw new NotALedgerError(where, `its tree holds ${shown.join(', ')}${more}`);
    }
    if (state?.type !== 'blob') throw new NotALedgerError(where, 'its tree has no state.json');
    return parseState(state.content.toString('utf8'), where);
  }

  private async catFile(
    specs: readonly string[],
  ): Promise<({ type: string; content: Buffer } | undefined)[]> {
    const r = await this.git.run(['cat-file', '--batch'], [], { input: specs.join('\n') + '\n' });
    const out = r.stdout;
    const objects: ({ type: string; content: Buffer } | undefined)[] = [];
    let pos = 0;
    for (let i = 0; i < specs.length; i++) {
      const eol = out.indexOf(10, pos);
      if (eol < 0)
        throw new Error(`internal: git cat-file --batch answered ${i} of ${specs.length}`);
      // `<oid> <type> <size>`, or `<spec> missing` / `<spec> ambiguous`
      const header = out.toString('utf8', pos, eol).split(' ');
      pos = eol + 1;
      const size = Number(header[2]);
      if (header.length !== 3 || !Number.isSafeInteger(size)) {
        objects.push(undefined);
        continue;
      }
      objects.push({ type: header[1]!, content: out.subarray(pos, pos + size) });
      pos += size + 1;
    }
    return objects;
  }

  /** Blobs, tree and commit; nothing refers to them until the ref moves. */
  private async writeCommit(
    parent: string | undefined,
    record: LedgerRecord,
    files: { state: string; readme: string },
    author: CommitIdentity,
  ): Promise<string> {
    const [readme, state] = await Promise.all([
      this.writeBlob(files.readme),
      this.writeBlob(files.state),
    ]);
    const tree = await this.git.run(['mktree'], [], {
      input: `100644 blob ${readme}\t${FILES[0]}\n100644 blob ${state}\t${FILES[1]}\n`,
    });
    const name = identityPart(author.name) || 'msdeploy';
    const email = identityPart(author.email);
    const now = `@${Math.floor(Date.now() / 1000)} +0000`;
    const r = await this.git.run(
      [
        'commit-tree',
        '--no-gpg-sign', // a signing prompt would hang an unattended run
        '-F',
        '-',
        ...(parent === undefined ? [] : ['-p', parent]),
        '--end-of-options',
        tree.stdout.toString('latin1').trim(),
      ],
      [],
      {
        input: commitMessage(record),
        env: {
          GIT_AUTHOR_NAME: name,
          GIT_AUTHOR_EMAIL: email,
          GIT_AUTHOR_DATE: now,
          GIT_COMMITTER_NAME: name,
          GIT_COMMITTER_EMAIL: email,
          GIT_COMMITTER_DATE: now,
        },
      },
    );
    return r.stdout.toString('latin1').trim();
  }

  private async writeBlob(content: string): Promise<string> {
    const r = await this.git.run(['hash-object', '-w', '--stdin'], [], { input: content });
    return r.stdout.toString('latin1').trim();
  }

  private async updateRef(
    old: string | undefined,
    commit: string,
  ): Promise<{ appended: true; commit: string } | { appended: false }> {
    // The zero oid as the old value: git refuses if the ref exists (someone created it first).
    const expected = old ?? '0'.repeat(commit.length);
    try {
      await this.git.run([
        'update-ref',
        '-m',
        'msdeploy ledger',
        '--end-of-options',
        this.ref,
        commit,
        expected,
      ]);
    } catch (e) {
      if (e instanceof GitCommandError && LOCAL_CAS_LOST.test(e.stderr)) {
        this.logger?.debug(`${this.ref} moved since it was read: ${e.stderr.trim()}`);
        return { appended: false };
      }
      throw e;
    }
    return { appended: true, commit };
  }

  /**
   * A push with an exact lease: it lands only if origin's ref is still `old` (absent when
   * undefined). A plain non-force push would also take a ref that had gone *back* to an
   * ancestor of `old`; the lease makes it a true compare-and-swap, and since the new commit's
   * parent is `old`, origin still sees a fast-forward.
   */
  private async push(
    old: string | undefined,
    commit: string,
  ): Promise<{ appended: true; commit: string } | { appended: false }> {
    const args = [
      'push',
      '--porcelain',
      '--no-verify', // the user's pre-push hooks are for their code, not for msdeploy's records
      '--no-signed',
      '--no-follow-tags',
      '--recurse-submodules=no',
      `--force-with-lease=${this.ref}:${old ?? ''}`,
      '--end-of-options',
      'origin',
      `${commit}:${this.ref}`,
    ];
    const r = await this.git.run(args, [1], { env: await this.authEnv() });
    // `<flag>\t<from>:<to>\t<summary>`; flags: ' ' fast-forward, '*' new, '=' up to date, '!' rejected
    const line = r.stdout
      .toString('utf8')
      .split('\n')
      .find((l) => l.split('\t')[1] === `${commit}:${this.ref}`);
    const flag = line?.[0];
    if (r.code === 0 && (flag === ' ' || flag === '*' || flag === '=')) {
      await this.updateTracking(commit);
      return { appended: true, commit };
    }
    const summary = line?.split('\t')[2] ?? '';
    if (flag === '!' && /^\[rejected\]/.test(summary) && PUSH_CAS_LOST.test(summary)) {
      this.logger?.debug(`${this.ref} on origin moved since it was read: ${summary}`);
      return { appended: false };
    }
    if (flag === '!' && /^\[remote rejected\]/.test(summary) && REMOTE_CAS_LOST.test(r.stderr)) {
      this.logger?.debug(`${this.ref} on origin moved while pushing: ${r.stderr.trim()}`);
      return { appended: false };
    }
    const said = [summary, r.stderr.trim()].filter(Boolean).join('\n');
    throw new Error(
      `Pushing the ledger ${this.ref} to origin failed:\n${said || '(no reason given)'}`,
    );
  }

  /** Origin is the truth once the push landed: a failure here only costs the next read a fetch. */
  private async updateTracking(commit: string): Promise<void> {
    try {
      await this.git.run([
        'update-ref',
        '-m',
        'msdeploy ledger push',
        '--end-of-options',
        this.localRef,
        commit,
      ]);
    } catch (e) {
      this.logger?.warning(
        `The ledger was pushed, but ${this.localRef} was not updated: ${(e as Error).message}`,
      );
    }
  }

  /** Fetch the ref into its tracking copy; false when origin has no such ref. */
  private async fetch(): Promise<boolean> {
    try {
      await this.git.run(
        [
          'fetch',
          '--no-tags',
          '--no-recurse-submodules',
          '--no-write-fetch-head',
          '--end-of-options',
          'origin',
          `+${this.ref}:${this.localRef}`,
        ],
        [],
        { env: await this.authEnv() },
      );
      return true;
    } catch (e) {
      if (!(e instanceof GitCommandError) || !/couldn't find remote ref/i.test(e.stderr)) throw e;
      // Gone on origin (or never there): forget any copy of an earlier fetch.
      await this.git.run(['update-ref', '-d', '--end-of-options', this.localRef]);
      return false;
    }
  }

  /**
   * The token as an `http.<url>.extraheader` for origin's https URLs only, passed in the
   * environment (GIT_CONFIG_COUNT…) so it shows in no argv, log line or error message. The
   * empty value first clears headers configured for a broader URL (actions/checkout persists
   * `http.https://github.com/.extraheader`): two Authorization headers would be refused.
   */
  private authEnv(): Promise<Record<string, string>> {
    this.authEnvPromise ??= (async () => {
      if (!this.token) return {};
      const urls = new Set<string>();
      for (const push of [false, true]) {
        const args = [
          'remote',
          'get-url',
          ...(push ? ['--push'] : []),
          '--end-of-options',
          'origin',
        ];
        urls.add((await this.git.run(args)).stdout.toString('utf8').trim());
      }
      const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`;
      const pairs: [string, string][] = [];
      for (const url of urls) {
        const scope = httpsScope(url);
        if (scope === undefined) continue;
        pairs.push([`http.${scope}.extraheader`, ''], [`http.${scope}.extraheader`, header]);
      }
      if (!pairs.length) {
        this.logger?.warning(
          'A ledger token was given, but origin is not an https URL: it is not used.',
        );
      }
      return gitConfigEnv(pairs);
    })();
    return this.authEnvPromise;
  }
}

/** The base the caller read and the record it built must fit, or a later read would refuse. */
function checkAppend(base: LedgerSnapshot, record: LedgerRecord, state: string): void {
  if (base.commit !== undefined && !FULL_SHA.test(base.commit)) {
    throw new Error(`internal: ledger base ${JSON.stringify(base.commit)} is not a commit sha`);
  }
  if ((base.commit === undefined) !== (base.state.records === 0)) {
    throw new Error(
      `internal: ledger base ${base.commit ?? '(none)'} with ${base.state.records} records was not read from a ledger`,
    );
  }
  if (record.seq !== base.state.records + 1) {
    throw new Error(
      `internal: ledger record ${record.seq} appended to a state of ${base.state.records} records`,
    );
  }
  let records: number;
  try {
    records = parseState(state, 'the new state.json').records;
  } catch (e) {
    throw new Error(
      `internal: refusing to write a state.json the ledger could not read back: ${(e as Error).message}`,
    );
  }
  if (records !== record.seq) {
    throw new Error(
      `internal: state.json counts ${records} records, the new record is ${record.seq}`,
    );
  }
}

/** Names in a raw tree object: entries of `<mode> <name>\0<binary oid>`. */
function treeNames(tree: Buffer, oidBytes: number): string[] {
  const names: string[] = [];
  let pos = 0;
  while (pos < tree.length) {
    const space = tree.indexOf(0x20, pos);
    const nul = tree.indexOf(0, space);
    if (space < 0 || nul < 0) break;
    names.push(tree.toString('utf8', space + 1, nul));
    pos = nul + 1 + oidBytes;
  }
  return names;
}

/**
 * An identity git will take as given: no newline, `<` or `>` (which would end the name or
 * email early and let the rest of a value forge the header), no other control characters.
 */
// eslint-disable-next-line no-control-regex
const IDENT_CRUD = /[<>\u0000-\u001f\u007f]/g;

function identityPart(s: string): string {
  return s.replace(IDENT_CRUD, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** `scheme://host/path` of an https URL (credentials and query dropped), else undefined. */
export function httpsScope(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined; // scp-like `git@host:repo`, a path
  }
  return u.protocol === 'https:' ? `https://${u.host}${u.pathname}` : undefined;
}

/** Config for one git command through GIT_CONFIG_COUNT, after any the caller already set. */
export function gitConfigEnv(
  pairs: readonly (readonly [string, string])[],
): Record<string, string> {
  if (!pairs.length) return {};
  const first = Number(parentEnvironment().GIT_CONFIG_COUNT ?? 0) || 0;
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(first + pairs.length) };
  pairs.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${first + i}`] = key;
    env[`GIT_CONFIG_VALUE_${first + i}`] = value;
  });
  return env;
}
