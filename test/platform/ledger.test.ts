/** The promotion ledger on real git repositories: local refs, a bare origin, shallow clones. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LedgerSnapshot } from '../../src/core/ports.js';
import { subject } from '../../src/core/promotion/message.js';
import {
  applyRecord,
  emptyState,
  NotALedgerError,
  serializeState,
} from '../../src/core/promotion/state.js';
import type { LedgerRecord } from '../../src/core/promotion/types.js';
import { gitConfigEnv, openLedger, type GitLedger } from '../../src/platform/ledger.js';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';

afterAll(cleanupRepos);

const LEDGER = 'refs/heads/msdeploy/ledger';
const AUTHOR = { name: 'alice', email: 'alice@example.invalid' };

const digest = (n: number) => `sha256:${createHash('sha256').update(String(n)).digest('hex')}`;

function promoted(seq: number, over: Partial<LedgerRecord> = {}): LedgerRecord {
  return {
    v: 1,
    seq,
    kind: 'promoted',
    service: 'catalog',
    stage: 'uat',
    version: `1.0.${seq}`,
    digest: digest(seq) as LedgerRecord['digest'],
    previous: null,
    from: null,
    actor: 'alice',
    via: 'workflow_dispatch',
    at: new Date(Date.UTC(2025, 0, 1, 0, seq)).toISOString(),
    reason: null,
    run: null,
    commit: null,
    artifact: null,
    ...over,
  };
}

/** Append the next record on `base` as the promotion use case would. */
function appendNext(ledger: GitLedger, base: LedgerSnapshot, over: Partial<LedgerRecord> = {}) {
  const record = promoted(base.state.records + 1, over);
  const state = serializeState(applyRecord(base.state, record));
  return ledger.append(base, record, { state, readme: `# ledger\n\n${record.seq}\n` }, AUTHOR);
}

async function appendMany(ledger: GitLedger, count: number): Promise<LedgerSnapshot> {
  for (let i = 0; i < count; i++) {
    const r = await appendNext(ledger, await ledger.read());
    if (!r.appended) throw new Error('lost a race nobody runs');
  }
  return ledger.read();
}

/** A work repository with some code on `main`, a staged and an unstaged change. */
async function codeRepo(): Promise<GitRepo> {
  const repo = await GitRepo.create();
  await repo.commitFiles({ 'src/app.ts': 'export {};\n', 'README.md': '# app\n' }, 'code');
  repo.write('src/app.ts', 'export const staged = 1;\n');
  await repo.git('add', 'src/app.ts');
  repo.write('README.md', '# app, edited\n');
  return repo;
}

async function snapshotRepo(repo: GitRepo) {
  return {
    status: await repo.git('status', '--porcelain=v1', '--untracked-files=all'),
    head: await repo.git('rev-parse', 'HEAD'),
    symbolic: await repo.git('symbolic-ref', 'HEAD'),
    index: readFileSync(join(repo.dir, '.git/index')).toString('base64'),
    config: readFileSync(join(repo.dir, '.git/config'), 'utf8'),
    branches: await repo.git('for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes'),
  };
}

describe('a ledger in the local repository', () => {
  it('reads a missing ref as the empty state, with no history', async () => {
    const repo = await codeRepo();
    const ledger = openLedger({ root: repo.dir, ref: LEDGER, remote: false });
    expect(await ledger.read()).toEqual({ state: emptyState() });
    expect(await ledger.history()).toEqual([]);
  });

  it('starts an orphan branch with state.json and README.md, and round-trips the state', async () => {
    const repo = await codeRepo();
    const before = await snapshotRepo(repo);
    const ledger = openLedger({ root: repo.dir, ref: LEDGER, remote: false });

    const first = await appendNext(ledger, await ledger.read());
    expect(first.appended).toBe(true);
    const tip = await repo.git('rev-parse', LEDGER);
    expect(first).toEqual({ appended: true, commit: tip });
    expect(await repo.git('rev-list', '--parents', '-n1', tip)).toBe(tip); // no parent
    expect(await repo.git('ls-tree', '--name-only', tip)).toBe('README.md\nstate.json');
    expect(await repo.git('show', `${tip}:README.md`)).toBe('# ledger\n\n1');
    expect(await repo.git('log', '-1', '--format=%an <%ae>|%cn <%ce>', tip)).toBe(
      'alice <alice@example.invalid>|alice <alice@example.invalid>',
    );

    const read = await ledger.read();
    const expected = applyRecord(emptyState(), promoted(1));
    expect(read).toEqual({ commit: tip, state: expected });
    expect(await repo.git('show', `${tip}:state.json`)).toBe(serializeState(expected).trimEnd());

    const second = await appendNext(ledger, read);
    expect(second.appended).toBe(true);
    const secondTip = await repo.git('rev-parse', LEDGER);
    expect(await repo.git('rev-parse', `${secondTip}^`)).toBe(tip);
    expect((await ledger.read()).state.records).toBe(2);

    // The work tree, the index, HEAD and the config are as they were.
    expect(await snapshotRepo(repo)).toEqual({
      ...before,
      branches: `${before.branches}\n${LEDGER}`,
    });
  });

  it('works on a custom ref outside refs/heads, in a bare repository too', async () => {
    const bare = await GitRepo.create({ bare: true });
    const ledger = openLedger({ root: bare.dir, ref: 'refs/msdeploy/ledger', remote: false });
    await appendMany(ledger, 2);
    expect(await bare.git('for-each-ref', '--format=%(refname)')).toBe('refs/msdeploy/ledger');
    expect((await ledger.history()).map((e) => e.record.seq)).toEqual([1, 2]);
  });

  it('compare-and-swap: a second append on the same base is refused, not merged', async () => {
    const repo = await codeRepo();
    const ledger = openLedger({ root: repo.dir, ref: LEDGER, remote: false });
    const empty = await ledger.read();
    const a = await appendNext(ledger, empty, { actor: 'a' });
    const b = await appendNext(ledger, empty, { actor: 'b' }); // both wanted to create it
    expect(a.appended).toBe(true);
    expect(b).toEqual({ appended: false });

    const base = await ledger.read();
    const [c, d] = await Promise.all([
      appendNext(ledger, base, { actor: 'c' }),
      appendNext(ledger, base, { actor: 'd' }),
    ]);
    expect([c.appended, d.appended].sort()).toEqual([false, true]);
    const winner = c.appended ? c : d;
    expect(await repo.git('rev-parse', LEDGER)).toBe(winner.appended && winner.commit);
    expect((await ledger.history()).map((e) => e.record.seq)).toEqual([1, 2]);

    // The ref deleted since it was read: a lost race too.
    await repo.git('update-ref', '-d', LEDGER);
    expect(await appendNext(ledger, base)).toEqual({ appended: false });
  });

  it('refuses a base and record that do not fit, before writing anything', async () => {
    const repo = await codeRepo();
    const ledger = openLedger({ root: repo.dir, ref: LEDGER, remote: false });
    const empty = await ledger.read();
    const state = serializeState(applyRecord(emptyState(), promoted(1)));
    const files = { state, readme: '' };
    await expect(ledger.append(empty, promoted(2), files, AUTHOR)).rejects.toThrow(
      /record 2 appended to a state of 0 records/,
    );
    await expect(
      ledger.append(empty, promoted(1), { state: '{}', readme: '' }, AUTHOR),
    ).rejects.toThrow(/refusing to write a state.json the ledger could not read back/);
    const head = await repo.head();
    await expect(
      ledger.append({ commit: head, state: emptyState() }, promoted(1), files, AUTHOR),
    ).rejects.toThrow(/was not read from a ledger/);
    expect(await repo.git('for-each-ref', '--format=%(refname)', LEDGER)).toBe('');
  });

  it('a ref holding anything but a ledger is refused and never written', async () => {
    const repo = await codeRepo();
    const code = await repo.head();
    const cases: [string, () => Promise<string>, RegExp][] = [
      ['code', async () => code, /its tree holds "README.md"|its tree holds "src"/],
      [
        'state.json among other files',
        async () => {
          const state = serializeState(applyRecord(emptyState(), promoted(1)));
          const blob = await repo.gitRaw(['hash-object', '-w', '--stdin'], state);
          const other = await repo.gitRaw(['hash-object', '-w', '--stdin'], 'x');
          const tree = await repo.gitRaw(
            ['mktree'],
            `100644 blob ${blob.toString().trim()}\tstate.json\n100644 blob ${other.toString().trim()}\tnotes.txt\n`,
          );
          return repo.git('commit-tree', '-m', 'x', tree.toString().trim());
        },
        /its tree holds "notes.txt"/,
      ],
      [
        'a state.json that is not JSON',
        async () => {
          const blob = await repo.gitRaw(['hash-object', '-w', '--stdin'], 'not json');
          const tree = await repo.gitRaw(
            ['mktree'],
            `100644 blob ${blob.toString().trim()}\tstate.json\n`,
          );
          return repo.git('commit-tree', '-m', 'x', tree.toString().trim());
        },
        /state.json is not JSON/,
      ],
      [
        'an empty tree',
        async () => repo.git('commit-tree', '-m', 'x', '4b825dc642cb6eb9a060e54bf8d69288fbee4904'),
        /no state.json/,
      ],
      ['a tree', async () => repo.git('rev-parse', `${code}^{tree}`), /points at a tree/],
    ];
    for (const [, target, why] of cases) {
      const sha = await target();
      // refs/heads/ holds only commits: a custom ref can hold a tree.
      await repo.git('update-ref', 'refs/msdeploy/ledger', sha);
      const ledger = openLedger({ root: repo.dir, ref: 'refs/msdeploy/ledger', remote: false });
      const failure = ledger.read();
      await expect(failure).rejects.toThrow(NotALedgerError);
      await expect(failure).rejects.toThrow(why);
      await expect(ledger.history()).rejects.toThrow(NotALedgerError);
      // A caller that took the failure for "empty" still cannot write over it.
      expect(await appendNext(ledger, { state: emptyState() })).toEqual({ appended: false });
      expect(await repo.git('rev-parse', 'refs/msdeploy/ledger')).toBe(sha);
    }
  });

  it('history: every record oldest first, with its commit', async () => {
    const repo = await GitRepo.create();
    const ledger = openLedger({ root: repo.dir, ref: LEDGER, remote: false });
    await appendMany(ledger, 5);
    const history = await ledger.history();
    const commits = (await repo.git('rev-list', '--reverse', LEDGER)).split('\n');
    expect(history.map((e) => e.commit)).toEqual(commits);
    expect(history.map((e) => e.record)).toEqual([1, 2, 3, 4, 5].map((n) => promoted(n)));
  });

  it('hostile values cannot change the subject, add trailers or forge the identity', async () => {
    const repo = await GitRepo.create();
    const ledger = openLedger({ root: repo.dir, ref: LEDGER, remote: false });
    const evil = '1.0\n\n[skip ci]\nSigned-off-by: Mallory <m@evil>\n# **Approved**';
    const over = { version: evil, reason: evil, actor: 'alice\n[skip ci]' };
    const record = promoted(1, over);
    const r = await ledger.append(
      { state: emptyState() },
      record,
      { state: serializeState(applyRecord(emptyState(), record)), readme: evil },
      { name: 'Mallory <m@evil>\nx', email: 'a>b\n<c' },
    );
    expect(r.appended).toBe(true);
    expect(await repo.git('log', '-1', '--format=%s', LEDGER)).toBe(`${subject(record)} [skip ci]`);
    expect(subject(record)).not.toMatch(/\n|\[skip ci\]/);
    const message = await repo.git('log', '-1', '--format=%B', LEDGER);
    expect(await repo.gitRaw(['interpret-trailers', '--parse'], message)).toEqual(Buffer.alloc(0));
    expect(await repo.git('log', '-1', '--format=%an|%ae', LEDGER)).toBe('Mallory m@evil x|a b c');
    expect((await ledger.history())[0]!.record).toEqual(record);
  });

  it('a stale lock file left by a killed git stops appends with git’s advice until removed', async () => {
    const repo = await GitRepo.create();
    const ledger = openLedger({ root: repo.dir, ref: LEDGER, remote: false });
    const base = await appendMany(ledger, 1);
    const lock = join(repo.dir, '.git/refs/heads/msdeploy/ledger.lock');
    writeFileSync(lock, '');
    await expect(appendNext(ledger, base)).rejects.toThrow(/ledger.lock': File exists/);
    expect(await repo.git('rev-parse', LEDGER)).toBe(base.commit);
    expect(await ledger.read()).toEqual(base); // reading needs no lock
    rmSync(lock);
    expect((await appendNext(ledger, base)).appended).toBe(true);
  });

  it('rejects a ref that is not a full ref name', () => {
    for (const ref of [
      'msdeploy/ledger',
      'refs/heads/../x',
      'refs/heads/-x',
      'refs/msdeploy/remotes/origin/x',
    ]) {
      expect(() => openLedger({ root: tmpdir(), ref, remote: false })).toThrow(/ledger ref/);
    }
  });
});

/** A bare origin with some code on main, and clones of it. */
async function originWithCode(): Promise<GitRepo> {
  const seed = await GitRepo.create();
  await seed.commitFiles({ 'src/app.ts': 'export {};\n' }, 'code');
  await seed.commitFiles({ 'src/app.ts': 'export const two = 2;\n' }, 'more code');
  const origin = await GitRepo.create({ bare: true });
  await seed.git('push', '-q', origin.dir, 'main');
  return origin;
}

describe('a ledger on origin', () => {
  let origin: GitRepo;
  beforeAll(async () => {
    origin = await originWithCode();
  });

  it('appends push to origin, another clone sees them, the user’s branches stay untouched', async () => {
    const a = await origin.clone();
    const b = await origin.clone();
    const before = await snapshotRepo(a);
    const ledgerA = openLedger({ root: a.dir, ref: LEDGER, remote: true });
    const ledgerB = openLedger({ root: b.dir, ref: LEDGER, remote: true });

    expect(await ledgerA.read()).toEqual({ state: emptyState() });
    const first = await appendNext(ledgerA, await ledgerA.read());
    expect(first.appended && (await origin.git('rev-parse', LEDGER)) === first.commit).toBe(true);
    // No local branch was created: only the private tracking ref moved, and (as with any push)
    // the remote-tracking ref that mirrors origin's branch.
    expect(await snapshotRepo(a)).toEqual({
      ...before,
      branches: `${before.branches}\nrefs/remotes/origin/msdeploy/ledger`,
    });
    expect(await a.git('rev-parse', 'refs/msdeploy/remotes/origin/heads/msdeploy/ledger')).toBe(
      first.appended ? first.commit : '',
    );

    const seenByB = await ledgerB.read();
    expect(seenByB.commit).toBe(first.appended ? first.commit : '');
    expect(seenByB.state.records).toBe(1);

    // B moves on; A's stale base loses, then wins after re-reading.
    const stale = await ledgerA.read();
    expect((await appendNext(ledgerB, seenByB, { actor: 'bob' })).appended).toBe(true);
    expect(await appendNext(ledgerA, stale, { actor: 'alice' })).toEqual({ appended: false });
    expect((await appendNext(ledgerA, await ledgerA.read())).appended).toBe(true);
    expect((await ledgerB.history()).map((e) => e.record.seq)).toEqual([1, 2, 3]);
  });

  it('compare-and-swap on origin: two creators and two appenders, one wins each time', async () => {
    const fresh = await originWithCode();
    const a = openLedger({
      root: (await fresh.clone()).dir,
      ref: 'refs/msdeploy/ledger',
      remote: true,
    });
    const b = openLedger({
      root: (await fresh.clone()).dir,
      ref: 'refs/msdeploy/ledger',
      remote: true,
    });
    const [ea, eb] = [await a.read(), await b.read()];
    // (Different actors: identical records in the same second would be the very same commit.)
    expect((await appendNext(a, ea, { actor: 'a' })).appended).toBe(true);
    expect(await appendNext(b, eb, { actor: 'b' })).toEqual({ appended: false });

    const [ba, bb] = [await a.read(), await b.read()];
    expect((await appendNext(b, bb, { actor: 'b' })).appended).toBe(true);
    expect(await appendNext(a, ba, { actor: 'a' })).toEqual({ appended: false });

    // Origin went *back* to an ancestor of A's base: a plain push would fast-forward, the
    // lease refuses.
    const base = await a.read();
    await fresh.git('update-ref', 'refs/msdeploy/ledger', `${base.commit}^`);
    expect(await appendNext(a, base)).toEqual({ appended: false });
  });

  it('a shallow clone (actions/checkout, depth 1) reads, appends and lists the whole history', async () => {
    const writer = openLedger({
      root: (await origin.clone()).dir,
      ref: 'refs/heads/shallow-test',
      remote: true,
    });
    await appendMany(writer, 3);
    const ci = await origin.clone({ depth: 1 });
    expect(await ci.git('rev-parse', '--is-shallow-repository')).toBe('true');
    const ledger = openLedger({ root: ci.dir, ref: 'refs/heads/shallow-test', remote: true });
    const base = await ledger.read();
    expect(base.state.records).toBe(3);
    expect((await appendNext(ledger, base)).appended).toBe(true);
    expect((await ledger.history()).map((e) => e.record.seq)).toEqual([1, 2, 3, 4]);
    expect((await writer.read()).state.records).toBe(4);
  });

  it('a ref holding code on origin is refused and nothing is pushed', async () => {
    const clone = await origin.clone();
    const main = await origin.git('rev-parse', 'refs/heads/main');
    const ledger = openLedger({ root: clone.dir, ref: 'refs/heads/main', remote: true });
    await expect(ledger.read()).rejects.toThrow(NotALedgerError);
    expect(await appendNext(ledger, { state: emptyState() })).toEqual({ appended: false });
    expect(await origin.git('rev-parse', 'refs/heads/main')).toBe(main);
  });

  it('tells a missing ref (empty) from an unreachable origin (an error with git’s words)', async () => {
    const clone = await origin.clone();
    const ledger = openLedger({ root: clone.dir, ref: 'refs/heads/nothing-here', remote: true });
    expect(await ledger.read()).toEqual({ state: emptyState() });
    await clone.git('remote', 'set-url', 'origin', join(tmpdir(), 'no-such-origin.git'));
    await expect(ledger.read()).rejects.toThrow(/does not appear to be a git repository/);
  });
});

describe('a token for an https origin', () => {
  let server: Server;
  let url: string;
  let certDir: string;
  const seen: string[][] = [];

  beforeAll(async () => {
    certDir = mkdtempSync(join(tmpdir(), 'msdeploy-https-'));
    const r = spawnSync('/usr/bin/openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(certDir, 'key.pem'),
      '-out',
      join(certDir, 'cert.pem'),
      '-subj',
      '/CN=127.0.0.1',
      '-days',
      '1',
    ]);
    if (r.status !== 0)
      throw new Error(`openssl (apt-get install openssl) failed: ${String(r.stderr)}`);
    server = createServer(
      {
        key: readFileSync(join(certDir, 'key.pem')),
        cert: readFileSync(join(certDir, 'cert.pem')),
      },
      (req, res) => {
        // Every Authorization header git sent, duplicates included.
        const auth: string[] = [];
        for (let i = 0; i < req.rawHeaders.length; i += 2) {
          if (req.rawHeaders[i]!.toLowerCase() === 'authorization')
            auth.push(req.rawHeaders[i + 1]!);
        }
        seen.push(auth);
        res.writeHead(403).end('no\n');
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/owner/repo.git`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(certDir, { recursive: true, force: true });
  });

  async function cloneAt(persisted?: string): Promise<GitRepo> {
    const repo = await GitRepo.create();
    await repo.git('remote', 'add', 'origin', url);
    await repo.git('config', 'http.sslVerify', 'false'); // the test's self-signed server
    if (persisted) {
      // What actions/checkout persists (for the whole server, not just this repository).
      const server = new URL(url);
      await repo.git('config', `http.${server.origin}/.extraheader`, persisted);
    }
    return repo;
  }

  it('sends only our header to origin, once, replacing a persisted one, and never shows it', async () => {
    const repo = await cloneAt('AUTHORIZATION: basic cGVyc2lzdGVk');
    const token = 'ghs_SECRETTOKEN123';
    const logged: string[] = [];
    const logger = {
      debug: (m: string) => logged.push(m),
      info: (m: string) => logged.push(m),
      warning: (m: string) => logged.push(m),
      error: (m: string) => logged.push(m),
      group: <T>(_t: string, fn: () => Promise<T>) => fn(),
    };
    const before = readFileSync(join(repo.dir, '.git/config'), 'utf8');
    seen.length = 0;
    const ledger = openLedger({ root: repo.dir, ref: LEDGER, remote: true, token, logger });
    const failure = await ledger.read().then(
      () => undefined,
      (e: Error) => e.message,
    );
    const expected = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
    expect(seen.length).toBeGreaterThan(0);
    expect(
      seen.every((auth) => auth.length === 1 && `AUTHORIZATION: ${auth[0]}` === expected),
    ).toBe(true);
    const b64 = Buffer.from(`x-access-token:${token}`).toString('base64');
    for (const text of [failure ?? '', ...logged]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(b64);
    }
    expect(failure).toMatch(/fetch/);
    expect(readFileSync(join(repo.dir, '.git/config'), 'utf8')).toBe(before); // nothing persisted
  });

  it('without a token, what actions/checkout persisted is used as it is', async () => {
    const repo = await cloneAt('AUTHORIZATION: basic cGVyc2lzdGVk');
    seen.length = 0;
    const ledger = openLedger({ root: repo.dir, ref: LEDGER, remote: true });
    await expect(ledger.read()).rejects.toThrow();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((auth) => auth.join() === 'basic cGVyc2lzdGVk')).toBe(true);
  });

  it('config for one command goes after any the environment already holds', () => {
    const saved = process.env.GIT_CONFIG_COUNT;
    try {
      process.env.GIT_CONFIG_COUNT = '2';
      expect(gitConfigEnv([['a.b', 'c']])).toEqual({
        GIT_CONFIG_COUNT: '3',
        GIT_CONFIG_KEY_2: 'a.b',
        GIT_CONFIG_VALUE_2: 'c',
      });
    } finally {
      if (saved === undefined) delete process.env.GIT_CONFIG_COUNT;
      else process.env.GIT_CONFIG_COUNT = saved;
    }
    expect(gitConfigEnv([])).toEqual({});
  });
});
