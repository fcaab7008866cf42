/**
 * The ssh driver's target against real sshd servers on loopback. The "remote" filesystem is
 * this machine's, so each host gets its own base directory here and the tests look at (and
 * poll) what the remote scripts did directly.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { sha256 } from '../../src/core/artifact/digest.js';
import type { Digest } from '../../src/core/artifact/types.js';
import {
  encodeUstarHeader,
  END_OF_ARCHIVE,
  padding,
  TarType,
} from '../../src/core/artifact/tar.js';
import type { ReleaseFiles } from '../../src/core/ports.js';
import { releaseName } from '../../src/platform/release-layout.js';
import { SshHostKeyError } from '../../src/platform/ssh.js';
import { REMOTE_SCRIPTS, SshTarget, SshTargetError } from '../../src/platform/ssh-target.js';
import { startSshd, type TestSshd } from '../support/sshd.js';

import { jest } from '@jest/globals';

jest.setTimeout(120_000);

let servers: TestSshd[];
let work: string;
let n = 0;

beforeAll(async () => {
  servers = await Promise.all([startSshd(), startSshd(), startSshd(), startSshd()]);
  work = mkdtempSync(join(tmpdir(), 'msdeploy-ssh-target-'));
});
afterAll(async () => {
  await Promise.all((servers as TestSshd[] | undefined)?.map((s) => s.stop()) ?? []);
  rmSync(work, { recursive: true, force: true });
});

function fresh(): string {
  const dir = join(work, `case-${++n}`);
  mkdirSync(dir);
  return dir;
}

/** A target on server `s` whose base is `base` (a directory on this machine). */
function target(s: TestSshd, base: string, known = [s.knownHostsLine]): SshTarget {
  return new SshTarget({
    host: { name: `h${s.port}`, address: s.host, user: s.user, port: s.port, knownHosts: known },
    base,
    identityFile: s.clientKeyPath,
    tempDir: work,
  });
}

type Entry =
  { name: string; data: string | Buffer } | { name: string; type: string; linkName?: string };

/** A tar.gz written as a hostile tool could: names and link targets are not judged. */
function archive(dir: string, entries: Entry[]): { file: string; digest: Digest; size: number } {
  const parts: Buffer[] = [];
  for (const e of entries) {
    if ('data' in e) {
      const data = Buffer.from(e.data);
      parts.push(
        encodeUstarHeader({ name: e.name, type: TarType.file, mode: 0o644, size: data.length }),
        data,
        Buffer.alloc(padding(data.length)),
      );
    } else {
      parts.push(encodeUstarHeader({ name: e.name, type: e.type, linkName: e.linkName }));
    }
  }
  parts.push(END_OF_ARCHIVE);
  const bytes = gzipSync(Buffer.concat(parts), { level: 1 });
  const file = join(dir, `artifact-${++n}.tar.gz`);
  writeFileSync(file, bytes);
  return { file, digest: sha256(bytes), size: bytes.length };
}

const CONFIG_DIGEST = (c: string) => sha256(Buffer.from(`config:${c}`));

function files(
  a: { file: string; digest: Digest },
  version: string,
  config = 'port: 8080\n',
  dir = 'web',
): ReleaseFiles {
  const configDigest = CONFIG_DIGEST(config);
  return {
    service: 'web',
    dir,
    version,
    release: releaseName(version, configDigest),
    artifactFile: a.file,
    artifactDigest: a.digest,
    kind: 'archive',
    config,
    configDigest,
  };
}

/** What is under releases/, staging and trash included: a refusal must leave nothing. */
const releasesIn = (base: string, dir = 'web') =>
  existsSync(join(base, dir, 'releases')) ? readdirSync(join(base, dir, 'releases')) : [];

describe('SshTarget against real sshd servers', () => {
  it.each(Object.keys(REMOTE_SCRIPTS))('%s parses as POSIX sh (dash)', (key) => {
    const r = spawnSync('dash', ['-n'], {
      input: REMOTE_SCRIPTS[key as keyof typeof REMOTE_SCRIPTS],
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('prepares, activates and runs on several hosts in parallel; prepare is idempotent', async () => {
    const dir = fresh();
    const a = archive(dir, [
      { name: 'bin/', type: TarType.directory },
      { name: 'bin/start.sh', data: 'echo started\n' },
      { name: 'link', type: TarType.symlink, linkName: 'bin/start.sh' },
    ]);
    const f = files(a, '1.0.0', 'password: s3cret\n');
    const hosts = servers.slice(0, 3).map((s, i) => {
      const base = join(dir, `host${i}`);
      return { base, t: target(s, base) };
    });
    const results = await Promise.all(
      hosts.map(async ({ t }) => {
        const prepared = await t.prepare(f);
        const before = await t.current('web');
        const previous = await t.activate('web', f.release);
        const ran = await t.run(
          'echo "in $PWD as $MSDEPLOY_RELEASE"; cat artifact/link; exit 3',
          'web',
          { MSDEPLOY_RELEASE: f.release },
          10_000,
        );
        return { prepared, before, previous, ran, now: await t.current('web') };
      }),
    );
    for (const [i, r] of results.entries()) {
      const { base } = hosts[i]!;
      expect(r).toMatchObject({
        prepared: { created: true },
        before: undefined,
        previous: undefined,
      });
      expect(r.now).toBe(f.release);
      expect(r.ran.exitCode).toBe(3);
      expect(r.ran.tail).toEqual([
        `in ${join(base, 'web', 'releases', f.release)} as ${f.release}`,
        'echo started',
      ]);
      const rd = join(base, 'web', 'releases', f.release);
      expect(readlinkSync(join(base, 'web', 'current'))).toBe(`releases/${f.release}`);
      expect(readFileSync(join(rd, 'config.yml'), 'utf8')).toBe('password: s3cret\n');
      expect(lstatSync(join(rd, 'config.yml')).mode & 0o777).toBe(0o600);
      const record = JSON.parse(readFileSync(join(rd, '.msdeploy-release.json'), 'utf8')) as {
        artifactDigest: string;
        order: number;
        deployedAt?: string;
      };
      expect(record).toMatchObject({ artifactDigest: a.digest, order: 1 });
      expect(record.deployedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(readdirSync(join(base, 'web', 'releases'))).toEqual([f.release]);
    }
    // Again: the release exists complete, nothing is rewritten.
    const again = await hosts[0]!.t.prepare(f);
    expect(again).toEqual({ created: false });
    // The same name with other content is refused.
    const other = archive(dir, [{ name: 'x', data: 'other' }]);
    await expect(
      hosts[0]!.t.prepare({ ...f, artifactFile: other.file, artifactDigest: other.digest }),
    ).rejects.toMatchObject({ reason: 'name-taken' });
  });

  it('refuses an artifact whose bytes are not its digest, on the host, leaving nothing', async () => {
    const dir = fresh();
    const a = archive(dir, [{ name: 'app.txt', data: 'genuine' }]);
    const f = files(a, '1.0.0');
    const bytes = readFileSync(a.file);
    bytes[bytes.length - 5]! ^= 0xff; // same size, other bytes
    writeFileSync(a.file, bytes);
    const base = join(dir, 'host');
    const err = await target(servers[0]!, base)
      .prepare(f)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SshTargetError);
    expect(err).toMatchObject({ reason: 'digest-mismatch' });
    expect((err as Error).message).toMatch(
      /is sha256:[0-9a-f]{64}, not sha256:.*refusing to unpack/,
    );
    expect(releasesIn(base)).toEqual([]);
  });

  it.each<[string, Entry[]]>([
    ['a .. entry', [{ name: '../x', data: 'escaped' }]],
    ['a nested .. entry', [{ name: 'a/../../x', data: 'escaped' }]],
    ['an absolute path', [{ name: '/tmp/msdeploy-abs-x', data: 'escaped' }]],
    ['a symlink out', [{ name: 'esc', type: TarType.symlink, linkName: '../../..' }]],
    ['an absolute symlink', [{ name: 'etc', type: TarType.symlink, linkName: '/etc' }]],
    [
      'a file written through a symlink',
      [
        { name: 'd', type: TarType.symlink, linkName: '../../outside' },
        { name: 'd/x', data: 'escaped' },
      ],
    ],
    [
      'a symlink chain out',
      [
        { name: 'a', type: TarType.symlink, linkName: 'b/..' },
        { name: 'b', type: TarType.symlink, linkName: '.' },
        { name: 'c', type: TarType.symlink, linkName: 'a/../../outside' },
      ],
    ],
    ['a hard link out', [{ name: 'h', type: TarType.hardLink, linkName: '../outside/file' }]],
    [
      // GNU tar alone would strip the ../ and link to the entry inside.
      'a hard link with ..',
      [
        { name: 'outside/file', data: 'inside' },
        { name: 'h', type: TarType.hardLink, linkName: '../outside/file' },
      ],
    ],
    ['an absolute hard link', [{ name: 'h', type: TarType.hardLink, linkName: '/etc/hostname' }]],
    ['a device', [{ name: 'null', type: TarType.charDevice }]],
    ['a fifo', [{ name: 'p', type: TarType.fifo }]],
  ])('refuses a hostile archive (%s) on the host, leaving nothing', async (_, entries) => {
    const dir = fresh();
    const base = join(dir, 'base');
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'outside', 'file'), 'outside');
    const a = archive(dir, [{ name: 'ok.txt', data: 'fine' }, ...entries]);
    const err = await target(servers[1]!, base)
      .prepare(files(a, '1.0.0'))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SshTargetError);
    expect(err).toMatchObject({ reason: 'unsafe-archive' });
    expect((err as Error).message).toMatch(/refusing to unpack|not a readable/);
    expect(releasesIn(base)).toEqual([]);
    expect(readdirSync(join(dir, 'outside'))).toEqual(['file']);
    expect(existsSync(join(dir, 'x')) || existsSync('/tmp/msdeploy-abs-x')).toBe(false);
  });

  it('switches current atomically: a local reader never sees it missing during 40 switches (1,000 in release-layout.test.ts)', async () => {
    const dir = fresh();
    const base = join(dir, 'host');
    const t = target(servers[2]!, base);
    const names: string[] = [];
    for (const v of ['1.0.0', '2.0.0']) {
      const f = files(archive(dir, [{ name: 'marker', data: v }]), v);
      await t.prepare(f);
      names.push(f.release);
    }
    await t.activate('web', names[0]!);
    const serviceDir = join(base, 'web');
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(
      `
      const { parentPort, workerData } = require('node:worker_threads');
      const { readlinkSync, readFileSync } = require('node:fs');
      const { dir, targets, stop } = workerData;
      let reads = 0;
      const failures = [];
      while (Atomics.load(stop, 0) === 0 && failures.length < 50) {
        try {
          const t = readlinkSync(dir + '/current');
          if (!targets.includes(t)) failures.push('link ' + t);
          readFileSync(dir + '/current/artifact/marker');
          reads++;
        } catch (err) {
          failures.push(err.code || String(err));
        }
        // A breather now and then: on a small machine a spinning reader starves ssh and sshd.
        if (reads % 200 === 0) Atomics.wait(stop, 0, 0, 1);
      }
      parentPort.postMessage({ reads, failures });
      `,
      {
        eval: true,
        workerData: { dir: serviceDir, targets: names.map((x) => `releases/${x}`), stop },
      },
    );
    const result = new Promise<{ reads: number; failures: string[] }>((res, rej) => {
      worker.once('message', res);
      worker.once('error', rej);
    });
    let previous: string | undefined;
    try {
      for (let i = 0; i < 40; i++) previous = await t.activate('web', names[(i + 1) % 2]!);
    } finally {
      Atomics.store(stop, 0, 1);
    }
    const { reads, failures } = await result;
    await worker.terminate();
    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(200);
    expect(previous).toBe(names[1]);
    expect(await t.current('web')).toBe(names[0]);
    // No temporary links left beside current.
    expect(readdirSync(serviceDir).sort()).toEqual(['current', 'releases']);
  }, 120_000); // 40 ssh sessions: about 0.5 s each on a loaded 2-CPU machine

  it('refuses to switch a current link or directory made by hand', async () => {
    const dir = fresh();
    const base = join(dir, 'host');
    const t = target(servers[3]!, base);
    const f = files(archive(dir, [{ name: 'a', data: 'a' }]), '1.0.0');
    await t.prepare(f);
    symlinkSync('/etc', join(base, 'web', 'current'));
    await expect(t.current('web')).rejects.toThrow(/changed by hand/);
    await expect(t.activate('web', f.release)).rejects.toThrow(/changed by hand/);
    expect(readlinkSync(join(base, 'web', 'current'))).toBe('/etc');
    rmSync(join(base, 'web', 'current'));
    mkdirSync(join(base, 'web', 'current'));
    await expect(t.activate('web', f.release)).rejects.toThrow(/is not a symlink/);
    await expect(t.activate('web', '9.9.9-0123456789ab')).rejects.toMatchObject({
      reason: 'not-a-release',
    });
  });

  it('prunes by deploy order, never the live release or a protected one', async () => {
    const dir = fresh();
    const base = join(dir, 'host');
    const t = target(servers[0]!, base);
    const rel: string[] = [];
    for (const v of ['1.0.0', '2.0.0', '3.0.0', '4.0.0', '5.0.0']) {
      const f = files(archive(dir, [{ name: 'v', data: v }]), v);
      await t.prepare(f);
      rel.push(f.release);
    }
    // Deploy order: 1, 2, 3, 4, 5, then back to 2 (a rollback): 2 is newest, then 5, 4, 3, 1.
    for (const r of rel) await t.activate('web', r);
    await t.activate('web', rel[1]!);
    expect(await t.prune('web', 2, [rel[0]!])).toEqual([rel[3], rel[2]]);
    expect(releasesIn(base).sort()).toEqual([rel[0], rel[1], rel[4]].sort());
    expect(await t.prune('web', 1, [])).toEqual([rel[4], rel[0]]);
    expect(releasesIn(base)).toEqual([rel[1]]);
    expect(await t.current('web')).toBe(rel[1]);
  });

  it('passes env values intact and runs none of them; refuses other names', async () => {
    const dir = fresh();
    const base = join(dir, 'host');
    const t = target(servers[1]!, base);
    const f = files(archive(dir, [{ name: 'a', data: 'a' }]), '1.0.0');
    await t.prepare(f);
    await t.activate('web', f.release);
    const marker = join(dir, 'pwned');
    const values = {
      MSDEPLOY_A: `line1\nline2\n`,
      MSDEPLOY_B: `$(touch ${marker})`,
      MSDEPLOY_C: `\`touch ${marker}\`; '"; touch ${marker}`,
      MSDEPLOY_D: '',
    };
    const r = await t.run(
      // Hex of each value, so newlines and quotes are compared exactly.
      'for v in A B C D; do n=MSDEPLOY_$v; printf "%s=%s\\n" "$v" "$(printf "%s" "${!n}" | od -An -tx1 | tr -d " \\n")"; done; env | grep -c "^SECRET" || true',
      'web',
      values,
      10_000,
    );
    expect(r.exitCode).toBe(0);
    const hex = (s: string) => Buffer.from(s).toString('hex');
    expect(r.tail).toEqual([
      `A=${hex(values.MSDEPLOY_A)}`,
      `B=${hex(values.MSDEPLOY_B)}`,
      `C=${hex(values.MSDEPLOY_C)}`,
      'D=',
      '0',
    ]);
    expect(existsSync(marker)).toBe(false);
    await expect(t.run('true', 'web', { PATH: '/tmp' }, 5000)).rejects.toThrow(
      /only MSDEPLOY_\[A-Z0-9_\]\+ names/,
    );
    // The script's own exit code, even one the wrapper uses for its refusals.
    expect((await t.run('exit 64', 'web', {}, 5000)).exitCode).toBe(64);
    const slow = await t.run('sleep 30', 'web', {}, 1000);
    expect(slow.exitCode).toBe(124); // the host's `timeout` stopped it, and said so
    expect(slow.tail.join('\n')).toMatch(/timeout: sending signal TERM/);
    await expect(t.run('true', 'nothing-here', {}, 5000)).rejects.toMatchObject({
      reason: 'nothing-live',
    });
  });

  it('refuses a host whose key does not match before anything is written', async () => {
    const dir = fresh();
    const base = join(dir, 'host');
    const [a, b] = servers as [TestSshd, TestSshd];
    const t = target(a, base, [`[127.0.0.1]:${a.port} ${b.hostPublicKey}`]);
    const f = files(archive(dir, [{ name: 'a', data: 'a' }]), '1.0.0');
    await expect(t.prepare(f)).rejects.toBeInstanceOf(SshHostKeyError);
    await expect(t.activate('web', f.release)).rejects.toBeInstanceOf(SshHostKeyError);
    expect(existsSync(base)).toBe(false);
  });

  it("shares one connection across a target's steps (one login on the host); close() ends it", async () => {
    const dir = fresh();
    const s = servers[2]!;
    const temp = join(dir, 'temp');
    mkdirSync(temp);
    const t = new SshTarget({
      host: {
        name: 'h',
        address: s.host,
        user: s.user,
        port: s.port,
        knownHosts: [s.knownHostsLine],
      },
      base: join(dir, 'host'),
      identityFile: s.clientKeyPath,
      tempDir: temp,
    });
    const logins = () =>
      s
        .log()
        .split('\n')
        .filter((l) => l.includes('Accepted publickey')).length;
    const before = logins();
    const f = files(archive(dir, [{ name: 'index.html', data: 'ok' }]), '1.0.0');
    await t.prepare(f);
    await t.activate('web', f.release);
    expect((await t.run('test -f artifact/index.html', 'web', {}, 10_000)).exitCode).toBe(0);
    expect(await t.current('web')).toBe(f.release);
    await t.prune('web', 1, []);
    expect(logins() - before).toBe(1);
    const sockets = () => readdirSync(temp);
    expect(sockets()).toHaveLength(1);
    await t.close();
    expect(sockets()).toEqual([]);
    // Still usable: the next step logs in anew (and the host key is checked again).
    expect(await t.current('web')).toBe(f.release);
    expect(logins() - before).toBe(2);
    await t.close();
    const wrongKey = target(s, join(dir, 'host'), [
      `[127.0.0.1]:${s.port} ${servers[3]!.hostPublicKey}`,
    ]);
    await expect(wrongKey.current('web')).rejects.toBeInstanceOf(SshHostKeyError);
    await wrongKey.close();
  });

  it('verifies with sha256sum on a host whose openssl fails, and still refuses a tampered artifact', () => {
    const dir = fresh();
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'openssl'), '#!/bin/sh\necho "broken openssl" >&2\nexit 1\n', {
      mode: 0o755,
    });
    const prepare = (a: { file: string; digest: Digest }, base: string) => {
      const f = files(a, '1.0.0');
      const config = Buffer.from(f.config);
      const bytes = readFileSync(a.file);
      // PREPARE as sshd would run it (sh -c <script> sh <args>), here with the broken openssl first.
      return spawnSync(
        'sh',
        [
          '-c',
          REMOTE_SCRIPTS.PREPARE,
          'sh',
          base,
          'web',
          f.release,
          '1.0.0',
          a.digest,
          f.configDigest,
        ].concat(['config.yml', String(config.length), String(bytes.length), 'abc123']),
        { input: Buffer.concat([config, bytes]), env: { PATH: `${bin}:${process.env.PATH}` } },
      );
    };
    const a = archive(dir, [{ name: 'app.txt', data: 'genuine' }]);
    const ok = prepare(a, join(dir, 'good'));
    expect(ok.stderr.toString()).toBe('');
    expect(ok.stdout.toString()).toBe('created\n');
    const tampered = readFileSync(a.file);
    tampered[tampered.length - 5]! ^= 0xff;
    writeFileSync(a.file, tampered);
    const bad = prepare(a, join(dir, 'bad'));
    expect(bad.status).toBe(66);
    expect(bad.stderr.toString()).toMatch(/refusing to unpack/);
    expect(releasesIn(join(dir, 'bad'))).toEqual([]);
  });

  it('times a 20 MiB prepare on 1 host and on 4 in parallel', async () => {
    const dir = fresh();
    // Incompressible, so 20 MiB really cross the connection.
    const a = archive(dir, [{ name: 'blob', data: randomBytes(20 * 1024 * 1024) }]);
    const timed = async (count: number, round: string) => {
      const start = performance.now();
      await Promise.all(
        servers
          .slice(0, count)
          .map((s, i) => target(s, join(dir, `${round}-${i}`)).prepare(files(a, '1.0.0'))),
      );
      return performance.now() - start;
    };
    const one = await timed(1, 'one');
    const four = await timed(4, 'four');
    console.log(
      `prepare ${(a.size / 1048576).toFixed(1)} MiB: 1 host ${one.toFixed(0)} ms, 4 hosts in parallel ${four.toFixed(0)} ms (${(four / one).toFixed(2)}×)`,
    );
    expect(
      readFileSync(
        join(dir, 'four-3', 'web', 'releases', files(a, '1.0.0').release, 'artifact', 'blob'),
      ).length,
    ).toBe(20 * 1024 * 1024);
  });
});
