/**
 * The release layout on a real filesystem: releases appear whole or not at all, `current` is
 * switched atomically under a reader polling it from another thread, a deployer killed with
 * SIGKILL mid-unpack leaves the live release serving, and pruning spares the live release and
 * the rollback target.
 */
import { spawn } from 'node:child_process';
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
import { symlink, rename, rm } from 'node:fs/promises';
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
import { UnsafeArchiveError } from '../../src/core/artifact/unpack.js';
import {
  currentRelease,
  listReleases,
  prepareRelease,
  prune,
  releaseName,
  switchCurrent,
  type PrepareReleaseInput,
} from '../../src/platform/release-layout.js';
import { PROJECT_ROOT } from '../support/action-runner.js';

let work: string;
let n = 0;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'msdeploy-layout-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh directory for one case. */
function fresh(): string {
  const dir = join(work, `case-${++n}`);
  mkdirSync(dir);
  return dir;
}

/** A tar.gz of the given files, written as a hostile tool could: names are not judged. */
function archive(
  dir: string,
  files: Record<string, string | Buffer>,
): { file: string; digest: Digest } {
  const parts: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    parts.push(
      encodeUstarHeader({ name, type: TarType.file, mode: 0o644, size: data.length }),
      data,
      Buffer.alloc(padding(data.length)),
    );
  }
  parts.push(END_OF_ARCHIVE);
  const bytes = gzipSync(Buffer.concat(parts), { level: 1 });
  const file = join(dir, `artifact-${++n}.tar.gz`);
  writeFileSync(file, bytes);
  return { file, digest: sha256(bytes) };
}

/** A release of `version` whose artifact holds `marker` = the release name. */
function input(base: string, version: string, config = 'port: 8080\n'): PrepareReleaseInput {
  const configDigest = sha256(config);
  const name = releaseName(version, configDigest);
  const a = archive(base, { marker: name, 'bin/run.sh': '#!/bin/sh\n' });
  return {
    base,
    service: 'api',
    version,
    artifactDigest: a.digest,
    configDigest,
    archive: a.file,
    configFile: 'config.yml',
    config,
  };
}

describe('prepareRelease', () => {
  it('unpacks the artifact, writes the config 0600, and is a no-op the second time', async () => {
    const base = fresh();
    const spec = input(base, '1.4.57+abc1234', 'db: ${secret:DB}\n');
    const r = await prepareRelease(spec);
    expect(r.created).toBe(true);
    expect(r.name).toBe(`1.4.57+abc1234-${spec.configDigest.slice(7, 19)}`);
    expect(r.dir).toBe(join(base, 'api', 'releases', r.name));
    expect(readFileSync(join(r.dir, 'artifact', 'marker'), 'utf8')).toBe(r.name);
    expect(readFileSync(join(r.dir, 'config.yml'), 'utf8')).toBe('db: ${secret:DB}\n');
    expect(lstatSync(join(r.dir, 'config.yml')).mode & 0o777).toBe(0o600);
    expect(readdirSync(r.dir).sort()).toEqual(['.msdeploy-release.json', 'artifact', 'config.yml']);
    // Nothing but the release is left under releases/: no staging, no temporary files.
    expect(readdirSync(join(base, 'api', 'releases'))).toEqual([r.name]);

    const before = lstatSync(join(r.dir, '.msdeploy-release.json')).mtimeMs;
    const again = await prepareRelease(spec);
    expect(again).toEqual({ ...r, created: false });
    expect(lstatSync(join(r.dir, '.msdeploy-release.json')).mtimeMs).toBe(before);
    expect(readdirSync(join(base, 'api', 'releases'))).toEqual([r.name]);
  });

  it('refuses a release name taken by other bytes', async () => {
    const base = fresh();
    const spec = input(base, '1.0.0');
    await prepareRelease(spec);
    const other = archive(base, { marker: 'other' });
    await expect(
      prepareRelease({ ...spec, archive: other.file, artifactDigest: other.digest }),
    ).rejects.toThrow(/a release name never changes content/);
  });

  it('refuses an archive that escapes, and leaves nothing under releases/', async () => {
    const base = fresh();
    const hostile = archive(base, { 'ok.txt': 'fine', '../../../escaped.txt': 'pwned' });
    await expect(
      prepareRelease({
        ...input(base, '1.0.0'),
        archive: hostile.file,
        artifactDigest: hostile.digest,
      }),
    ).rejects.toThrow(UnsafeArchiveError);
    expect(readdirSync(join(base, 'api', 'releases'))).toEqual([]);
    expect(existsSync(join(base, 'escaped.txt'))).toBe(false);
    expect(existsSync(join(work, 'escaped.txt'))).toBe(false);
  });

  it.each([
    ['..'],
    ['.'],
    ['../../etc'],
    ['a/b'],
    [''],
    ['-rf'],
    ['.hidden'],
    ['1.0\0'],
    ['1.0 0'],
    ['x'.repeat(129)],
  ])('refuses the hostile version %j before touching the filesystem', async (version) => {
    const base = fresh();
    const spec = input(base, '1.0.0');
    await expect(prepareRelease({ ...spec, version })).rejects.toThrow(/cannot name a release/);
    expect(readdirSync(base).filter((f) => !f.endsWith('.tar.gz'))).toEqual([]);
  });

  it('refuses hostile service, config file and release names', async () => {
    const base = fresh();
    const spec = input(base, '1.0.0');
    await expect(prepareRelease({ ...spec, service: '../x' })).rejects.toThrow(
      /not a service name/,
    );
    for (const configFile of ['../config.yml', '.msdeploy-release.json', 'artifact', 'a/b']) {
      await expect(prepareRelease({ ...spec, configFile })).rejects.toThrow(
        /not a plain file name/,
      );
    }
    for (const name of ['..', '../../etc-aaaaaaaaaaaa', '1.0.0', 'x/1.0.0-aaaaaaaaaaaa']) {
      await expect(switchCurrent(join(base, 'api'), name)).rejects.toThrow(/not a release name/);
    }
    expect(readdirSync(base).filter((f) => !f.endsWith('.tar.gz'))).toEqual([]);
  });
});

describe('switchCurrent and currentRelease', () => {
  it('points current at the release with a relative link and returns the previous one', async () => {
    const base = fresh();
    const a = await prepareRelease(input(base, '1.0.0'));
    const b = await prepareRelease(input(base, '1.0.1'));
    expect(await currentRelease(a.serviceDir)).toBeUndefined();
    expect(await switchCurrent(a.serviceDir, a.name)).toBeUndefined();
    expect(await switchCurrent(a.serviceDir, b.name)).toBe(a.name);
    expect(readlinkSync(join(a.serviceDir, 'current'))).toBe(`releases/${b.name}`);
    expect(await currentRelease(a.serviceDir)).toBe(b.name);
    expect(readFileSync(join(a.serviceDir, 'current', 'artifact', 'marker'), 'utf8')).toBe(b.name);
    // No temporary link is left beside current.
    expect(readdirSync(a.serviceDir).sort()).toEqual(['current', 'releases']);
  });

  it('refuses a release that does not exist, a current that is not a link, or one pointing outside', async () => {
    const base = fresh();
    const a = await prepareRelease(input(base, '1.0.0'));
    await expect(switchCurrent(a.serviceDir, '2.0.0-aaaaaaaaaaaa')).rejects.toThrow(
      /is not a release directory/,
    );
    mkdirSync(join(a.serviceDir, 'current'));
    await expect(switchCurrent(a.serviceDir, a.name)).rejects.toThrow(/is not a symlink/);
    rmSync(join(a.serviceDir, 'current'), { recursive: true });
    symlinkSync('/etc', join(a.serviceDir, 'current'));
    await expect(currentRelease(a.serviceDir)).rejects.toThrow(/changed by hand/);
    await expect(switchCurrent(a.serviceDir, a.name)).rejects.toThrow(/changed by hand/);
    expect(readlinkSync(join(a.serviceDir, 'current'))).toBe('/etc');
  });

  /**
   * A reader on another thread reads the link and a file through it in a tight loop while the
   * main thread switches; it records every read that fails or sees something that is not a
   * whole release. Returns its counts once `switches` is done.
   */
  async function pollWhile(
    serviceDir: string,
    names: string[],
    switches: () => Promise<void>,
  ): Promise<{ reads: number; failures: string[] }> {
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const started = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(
      `
      const { parentPort, workerData } = require('node:worker_threads');
      const { readlinkSync, readFileSync } = require('node:fs');
      const { join } = require('node:path');
      const { dir, names, stop, started } = workerData;
      const targets = new Set(names.map((name) => 'releases/' + name));
      const markers = new Set(names);
      let reads = 0;
      const failures = [];
      while (Atomics.load(stop, 0) === 0 && failures.length < 50) {
        try {
          const target = readlinkSync(join(dir, 'current'));
          if (!targets.has(target)) failures.push('link ' + JSON.stringify(target));
          const marker = readFileSync(join(dir, 'current', 'artifact', 'marker'), 'utf8');
          if (!markers.has(marker)) failures.push('marker ' + JSON.stringify(marker));
          reads++;
        } catch (err) {
          failures.push(err.code || String(err));
        }
        if (reads === 1) Atomics.store(started, 0, 1);
      }
      parentPort.postMessage({ reads, failures });
      `,
      { eval: true, workerData: { dir: serviceDir, names, stop, started } },
    );
    const result = new Promise<{ reads: number; failures: string[] }>((res, rej) => {
      worker.once('message', res);
      worker.once('error', rej);
    });
    while (Atomics.load(started, 0) === 0) await new Promise((r) => setTimeout(r, 5));
    try {
      await switches();
    } finally {
      Atomics.store(stop, 0, 1);
    }
    const out = await result;
    await worker.terminate();
    return out;
  }

  it('is atomic: a reader polling current during 1,000 switches never misses it', async () => {
    const base = fresh();
    const releases = [
      await prepareRelease(input(base, '1.0.0')),
      await prepareRelease(input(base, '1.0.1')),
      await prepareRelease(input(base, '1.0.2', 'port: 9090\n')),
    ];
    const dir = releases[0]!.serviceDir;
    const names = releases.map((r) => r.name);
    await switchCurrent(dir, names[0]!);
    let previous: string | undefined = names[0];
    const { reads, failures } = await pollWhile(dir, names, async () => {
      for (let i = 1; i <= 1000; i++) {
        const next = names[i % names.length]!;
        expect(await switchCurrent(dir, next)).toBe(previous);
        previous = next;
      }
    });
    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(1000);
    expect(readdirSync(dir).sort()).toEqual(['current', 'releases']);
  });

  it('(control) the same reader catches a remove-then-create switch', async () => {
    const base = fresh();
    const a = await prepareRelease(input(base, '1.0.0'));
    const b = await prepareRelease(input(base, '1.0.1'));
    const link = join(a.serviceDir, 'current');
    await switchCurrent(a.serviceDir, a.name);
    let seen: { reads: number; failures: string[] } = { reads: 0, failures: [] };
    // Bounded retries: the race window is small, but over thousands of switches it is hit.
    for (let attempt = 0; attempt < 5 && seen.failures.length === 0; attempt++) {
      seen = await pollWhile(a.serviceDir, [a.name, b.name], async () => {
        for (let i = 0; i < 2000; i++) {
          await rm(link, { force: true });
          await symlink(`releases/${i % 2 ? a.name : b.name}`, link);
        }
      });
    }
    expect(seen.failures.length).toBeGreaterThan(0);
    expect(seen.failures).toContain('ENOENT');
    // And renaming is what the real switch does: a temporary link renamed over current.
    await symlink(`releases/${b.name}`, `${link}.tmp`);
    await rename(`${link}.tmp`, link);
    expect(await currentRelease(a.serviceDir)).toBe(b.name);
  });
});

/** Files the unpacker has written into a staging directory's data/ so far (0 before it starts). */
function unpackedSoFar(releasesDir: string): number {
  try {
    const staging = readdirSync(releasesDir).find((f) => f.startsWith('.staging-'));
    if (staging === undefined) return 0;
    const partial = readdirSync(join(releasesDir, staging)).find((f) => f.endsWith('.partial'));
    return partial === undefined
      ? 0
      : readdirSync(join(releasesDir, staging, partial, 'data')).length;
  } catch {
    return 0; // a directory not made yet, or renamed away between two reads
  }
}

describe('a deployer killed with SIGKILL mid-unpack', () => {
  it('leaves the live release serving, and a re-run completes and removes the staging directory', async () => {
    const base = fresh();
    const live = await prepareRelease(input(base, '1.0.0'));
    await switchCurrent(live.serviceDir, live.name);

    // Many files, so the unpack takes long enough to be caught in the middle.
    const files: Record<string, Buffer> = {};
    const body = Buffer.alloc(4096, 'x');
    for (let i = 0; i < 12_000; i++) files[`data/f${String(i).padStart(5, '0')}`] = body;
    files['marker'] = Buffer.from('big');
    const big = archive(base, files);
    const spec: PrepareReleaseInput = {
      ...input(base, '2.0.0'),
      archive: big.file,
      artifactDigest: big.digest,
    };
    const name = releaseName(spec.version, spec.configDigest);

    const script = join(base, 'deployer.mts');
    writeFileSync(
      script,
      `import { prepareRelease } from ${JSON.stringify(join(PROJECT_ROOT, 'src/platform/release-layout.ts'))};\n` +
        `await prepareRelease(JSON.parse(process.argv[2]));\n` +
        `console.log('prepared');\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(spec)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((res) =>
      child.on('close', (_c, sig) => res(sig)),
    );
    const releasesDir = join(live.serviceDir, 'releases');

    // Kill it once the unpack has written a few hundred files into its staging directory.
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (Date.now() > deadline || child.exitCode !== null) {
        throw new Error(
          `the deployer was not caught unpacking (exit ${child.exitCode}): ${stderr}`,
        );
      }
      if (unpackedSoFar(releasesDir) >= 300) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // Killed mid-way: a staging directory is left, the new release name does not exist, and the
    // live release is still current and readable.
    const left = readdirSync(releasesDir);
    expect(left.filter((f) => f.startsWith('.staging-'))).toHaveLength(1);
    expect(left).not.toContain(name);
    expect(await currentRelease(live.serviceDir)).toBe(live.name);
    expect(readFileSync(join(live.serviceDir, 'current', 'artifact', 'marker'), 'utf8')).toBe(
      live.name,
    );
    expect((await listReleases(live.serviceDir)).map((r) => r.name)).toEqual([live.name]);

    // The re-run completes, and the dead deployer's staging directory is gone.
    const again = await prepareRelease(spec);
    expect(again.created).toBe(true);
    expect(readdirSync(releasesDir).sort()).toEqual([live.name, name].sort());
    expect(readdirSync(join(again.dir, 'artifact', 'data'))).toHaveLength(12_000);
    expect(await switchCurrent(live.serviceDir, name)).toBe(live.name);
  }, 120_000);
});

describe('prune', () => {
  it('keeps the newest by deploy order, never the live release or a protected one', async () => {
    const base = fresh();
    const r: string[] = [];
    for (let i = 0; i < 7; i++) r.push((await prepareRelease(input(base, `1.0.${i}`))).name);
    const dir = join(base, 'api');
    for (const name of r) await switchCurrent(dir, name);
    // A rollback to 1.0.2 makes it the newest deploy.
    await switchCurrent(dir, r[2]!);
    expect((await listReleases(dir)).map((x) => x.name)).toEqual([
      r[2],
      r[6],
      r[5],
      r[4],
      r[3],
      r[1],
      r[0],
    ]);

    await expect(prune(dir, 0)).rejects.toThrow(/keep must be a whole number/);
    expect(await prune(dir, 3, [r[1]!])).toEqual([r[4], r[3], r[0]]);
    expect((await listReleases(dir)).map((x) => x.name)).toEqual([r[2], r[6], r[5], r[1]]);

    // Releases prepared after the live one and never deployed are newer than it: keep=1 keeps
    // the newest of them, and still spares the live release and the protected one.
    const later = [];
    for (let i = 7; i < 10; i++) later.push((await prepareRelease(input(base, `1.0.${i}`))).name);
    expect(await prune(dir, 1, [r[1]!])).toEqual([later[1], later[0], r[6], r[5]]);
    expect(readdirSync(join(dir, 'releases')).sort()).toEqual([r[1], r[2], later[2]].sort());
    expect(await currentRelease(dir)).toBe(r[2]);
    expect(readFileSync(join(dir, 'current', 'artifact', 'marker'), 'utf8')).toBe(r[2]);
  });
});
