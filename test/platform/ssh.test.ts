import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  closeMaster,
  runRemote,
  sshArgs,
  SshConnectionError,
  SshHostKeyError,
  usableControlPath,
  type RemoteRun,
} from '../../src/platform/ssh.js';
import { startSshd, type TestSshd } from '../support/sshd.js';

// Three real sshd servers on loopback; the remote side is this machine, so files the remote
// script creates (or must not create) are visible here.
let servers: [TestSshd, TestSshd, TestSshd];
let dir: string;

beforeAll(async () => {
  servers = await Promise.all([startSshd(), startSshd(), startSshd()]);
});
afterAll(async () => {
  // Undefined when starting them failed (beforeAll's error is the news then).
  await Promise.all((servers as TestSshd[] | undefined)?.map((s) => s.stop()) ?? []);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'msdeploy-ssh-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function on(s: TestSshd, script: string, args: string[] = []): RemoteRun {
  return {
    host: s.host,
    port: s.port,
    user: s.user,
    knownHosts: [s.knownHostsLine],
    identityFile: s.clientKeyPath,
    script,
    args,
    timeoutMs: 20_000,
    tempDir: dir,
  };
}

const PRINT_ARGS = `printf '%s\\0' "$@"`;
const nulSeparated = (args: string[]) => Buffer.from(args.map((a) => a + '\0').join(''), 'utf8');

describe('runRemote against real sshd servers', () => {
  it('runs on several hosts in parallel; hostile argument values arrive intact and run nothing', async () => {
    const marker = join(dir, 'pwned');
    const hostile = [
      '',
      'two words',
      'line1\nline2\n',
      `$(touch ${marker})`,
      `\`touch ${marker}\``,
      `; touch ${marker} #`,
      `'; touch ${marker}; '`,
      `"; touch ${marker}; "`,
      `\\'$(touch ${marker})`,
      '*',
      '-n',
      '--',
      '日本語 🙂',
    ];
    const results = await Promise.all(
      servers.map(async (s) => ({
        s,
        r: await runRemote(on(s, PRINT_ARGS, [String(s.port), ...hostile])),
      })),
    );
    for (const { s, r } of results) {
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toEqual(nulSeparated([String(s.port), ...hostile]));
    }
    expect(existsSync(marker)).toBe(false);
    // The private known_hosts directory is gone after each run.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('runs the script sent on stdin, whose commands cannot read the rest of it', async () => {
    const script = [
      'rest=$(cat)', // stdin after the script: empty, even though the script came that way
      'printf "rest=[%s]\\n" "$rest"',
      'echo "first=$1"',
      // Past dash's read buffer: run as it arrives, the script would have fed this to cat.
      ...Array.from({ length: 2000 }, (_, i) => `# padding line ${i} ${'x'.repeat(40)}`),
      'echo "count=$#"',
    ].join('\n');
    const r = await runRemote(on(servers[0], script, ['a b', 'c']));
    expect(r.exitCode).toBe(0);
    expect(r.stdout.toString()).toBe('rest=[]\nfirst=a b\ncount=2\n');
  });

  it("returns a failing script's exit code and stderr, 255 included", async () => {
    const r = await runRemote(on(servers[1], 'echo "about to fail" >&2\nexit 7'));
    expect(r.exitCode).toBe(7);
    expect(r.tail).toContain('about to fail');
    // ssh's own failures also exit 255, but only ssh's words make them an exception.
    const r255 = await runRemote(on(servers[1], 'echo boom >&2; exit 255'));
    expect(r255.exitCode).toBe(255);
  });

  it('refuses a host whose key does not match its known-hosts entry, before running anything', async () => {
    const [a, b] = servers;
    const marker = join(dir, 'ran');
    const run = {
      ...on(a, 'touch "$1"', [marker]),
      knownHosts: [`[127.0.0.1]:${a.port} ${b.hostPublicKey}`], // a's name, b's key
    };
    const err = await runRemote(run).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SshHostKeyError);
    expect((err as Error).message).toContain(`${a.user}@127.0.0.1 port ${a.port}`);
    expect((err as Error).message).toMatch(/does not match its known-hosts entry/);
    expect(existsSync(marker)).toBe(false);
  });

  it.each([
    ['no known hosts at all', () => []],
    ["only another host's entry", () => [servers[1].knownHostsLine]],
  ])('refuses an unknown host (%s)', async (_, knownHosts) => {
    const s = servers[0];
    const marker = join(dir, 'ran');
    const err = await runRemote({
      ...on(s, 'touch "$1"', [marker]),
      knownHosts: knownHosts(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SshHostKeyError);
    expect((err as Error).message).toMatch(
      new RegExp(
        `No known-hosts entry matches .*127\\.0\\.0\\.1 port ${s.port} \\(known_hosts name \\[127\\.0\\.0\\.1\\]:${s.port}\\)`,
      ),
    );
    expect(existsSync(marker)).toBe(false);
  });

  it('says so when the key is not accepted', async () => {
    const [a, b] = servers;
    const err = await runRemote({ ...on(a, 'true'), identityFile: b.clientKeyPath }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SshConnectionError);
    expect((err as Error).message).toMatch(/failed: .*Permission denied \(publickey\)/);
  });

  it('kills a session that outlives its timeout', async () => {
    const err = await runRemote({ ...on(servers[2], 'sleep 10'), timeoutMs: 1500 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SshConnectionError);
    expect((err as Error).message).toMatch(/did not finish within 2 s/);
  });

  it('shares a connection only through a control path given, never a configured one', async () => {
    const s = servers[1];
    const optionsOf = (run: RemoteRun) =>
      sshArgs(run, '/kh').filter((_, i, a) => a[i - 1] === '-o');
    expect(optionsOf(on(s, 'true'))).toEqual(
      expect.arrayContaining(['ControlMaster=no', 'ControlPath=none', 'Compression=no']),
    );
    const controlPath = join(dir, 'c');
    expect(optionsOf({ ...on(s, 'true'), controlPath })).toEqual(
      expect.arrayContaining([
        'ControlMaster=auto',
        `ControlPath=${controlPath}`,
        'StrictHostKeyChecking=yes',
      ]),
    );
    const logins = () =>
      s
        .log()
        .split('\n')
        .filter((l) => l.includes('Accepted publickey')).length;
    const before = logins();
    for (const word of ['one', 'two', 'three']) {
      const r = await runRemote({ ...on(s, 'printf %s "$1"', [word]), controlPath });
      expect(r.stdout.toString()).toBe(word);
    }
    expect(logins() - before).toBe(1);
    await closeMaster({ ...on(s, 'true'), controlPath });
    expect(existsSync(controlPath)).toBe(false);
    await closeMaster({ ...on(s, 'true'), controlPath }); // none left: a no-op
  });

  it('accepts only control paths ssh can use as given', () => {
    expect(usableControlPath('/tmp/msdeploy-ssh-AbC123/c')).toBe(true);
    for (const bad of [
      'relative/c',
      '/tmp/a b/c',
      '/tmp/%h/c',
      '/tmp/"q"/c',
      `/${'x'.repeat(90)}`,
    ]) {
      expect(usableControlPath(bad)).toBe(false);
    }
    expect(() => sshArgs({ ...on(servers[0], 'true'), controlPath: '/tmp/a b' }, '/kh')).toThrow(
      /Cannot share an ssh connection/,
    );
  });

  it('refuses a NUL in an argument and bad names before starting ssh', async () => {
    const s = servers[0];
    await expect(runRemote(on(s, 'true', ['a\0b']))).rejects.toThrow(/NUL character/);
    await expect(runRemote({ ...on(s, 'true'), host: '-oProxyCommand=x' })).rejects.toThrow(
      /host "-oProxyCommand=x" is not a host name/,
    );
    await expect(runRemote({ ...on(s, 'true'), knownHosts: ['a\nb'] })).rejects.toThrow(/one line/);
  });
});
