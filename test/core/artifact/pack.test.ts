import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { digestFile } from '../../../src/core/artifact/digest.js';
import { packArchive } from '../../../src/core/artifact/pack.js';
import { UnsafeEntryError } from '../../../src/core/artifact/pack-entries.js';
import { unpackArchive } from '../../../src/core/artifact/unpack.js';

const MTIME = 1_700_000_000; // 2023-11-14 22:13:20 UTC
const LONG_SEGMENT = 'a-very-long-directory-name-'.repeat(5); // 135 bytes
const UNICODE = 'ünïcødé/名前 with spaces.txt';

/** Deterministic bytes that do not compress, larger than the small-file read path. */
function bigContent(): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; parts.length * 32 < 700 * 1024; i++) {
    parts.push(createHash('sha256').update(String(i)).digest());
  }
  return Buffer.concat(parts);
}

type FileSpec = { path: string; data: string | Buffer; mode: number };

const FILES: FileSpec[] = [
  { path: 'bin/run.sh', data: '#!/bin/sh\necho run\n', mode: 0o755 },
  { path: 'bin/helper', data: '#!/bin/sh\n', mode: 0o744 },
  { path: 'lib/app.js', data: 'console.log(1);\n', mode: 0o644 },
  { path: 'lib/config.json', data: '{}\n', mode: 0o600 },
  { path: `${LONG_SEGMENT}/${LONG_SEGMENT}/deep.txt`, data: 'deep\n', mode: 0o644 },
  { path: UNICODE, data: 'unicode\n', mode: 0o644 },
  { path: 'data/big.bin', data: bigContent(), mode: 0o644 },
  { path: 'data/empty.txt', data: '', mode: 0o644 },
];
const LINKS = [
  { path: 'current', target: 'lib/app.js' },
  { path: 'lib/tools', target: '../bin' },
];

interface TreeStyle {
  reverse: boolean;
  fileMtime: number;
  umask: number;
  owner?: number;
}

/** Builds the same content with different incidental metadata. */
function buildTree(dir: string, style: TreeStyle): void {
  const old = process.umask(style.umask);
  try {
    const files = style.reverse ? [...FILES].reverse() : FILES;
    mkdirSync(join(dir, 'empty-dir', 'nested-empty'), { recursive: true });
    for (const f of files) {
      mkdirSync(join(dir, f.path, '..'), { recursive: true });
      writeFileSync(join(dir, f.path), f.data);
      chmodSync(join(dir, f.path), style.reverse ? f.mode & 0o700 : f.mode);
      utimesSync(join(dir, f.path), style.fileMtime, style.fileMtime);
    }
    for (const l of style.reverse ? [...LINKS].reverse() : LINKS) {
      symlinkSync(l.target, join(dir, l.path));
    }
    // repository metadata at any depth must never be packed
    mkdirSync(join(dir, '.git', 'objects'), { recursive: true });
    writeFileSync(join(dir, '.git', 'HEAD'), `ref: ${style.fileMtime}\n`);
    mkdirSync(join(dir, 'lib', 'vendored', '.git'), { recursive: true });
    writeFileSync(join(dir, 'lib', 'vendored', '.git', 'config'), 'x');
    writeFileSync(join(dir, 'lib', 'vendored', 'index.js'), 'v\n');
    if (style.owner !== undefined && process.getuid?.() === 0) {
      for (const f of FILES) chownSync(join(dir, f.path), style.owner, style.owner);
    }
  } finally {
    process.umask(old);
  }
}

describe('packArchive', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'msdeploy-pack-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const fresh = (name: string) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  it('gives the same digest for the same content built differently elsewhere', async () => {
    const a = fresh('repro/first/out');
    const b = fresh('repro/elsewhere/second/build-output');
    buildTree(a, { reverse: false, fileMtime: 1_000_000, umask: 0o022 });
    buildTree(b, { reverse: true, fileMtime: 1_600_000_000, umask: 0o077, owner: 4321 });
    chmodSync(b, 0o700);

    const first = await packArchive(a, join(work, 'a.tar.gz'), { mtime: MTIME });
    const second = await packArchive(b, join(work, 'b.tar.gz'), { mtime: MTIME });
    expect(second.digest).toBe(first.digest);
    expect(second.size).toBe(first.size);
    expect(first.digest).toBe(await digestFile(join(work, 'a.tar.gz')));
    expect(first.files).toBe(FILES.length + 1);
    const contentBytes = FILES.reduce((n, f) => n + Buffer.byteLength(f.data), 0) + 2;
    expect(first.bytesIn).toBe(contentBytes);

    const other = await packArchive(a, join(work, 'c.tar.gz'), { mtime: MTIME + 1 });
    expect(other.digest).not.toBe(first.digest);
  });

  it('writes a fixed gzip header: no time, no name, Unix', async () => {
    const src = fresh('header/src');
    writeFileSync(join(src, 'f'), 'x');
    await packArchive(src, join(work, 'header.tar.gz'), { mtime: MTIME });
    const head = readFileSync(join(work, 'header.tar.gz')).subarray(0, 10);
    expect(head.toString('hex')).toBe('1f8b0800000000000003');
  });

  it('is listed by GNU tar in byte order with owner 0/0, the fixed mtime and normalised modes', async () => {
    const src = fresh('gnu/src');
    buildTree(src, { reverse: true, fileMtime: 123, umask: 0o027 });
    const file = join(work, 'gnu.tar.gz');
    await packArchive(src, file, { mtime: MTIME });
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvzf', file], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    const rows = listing.trimEnd().split('\n');
    const names = rows.map((r) => r.split(/\s+/).slice(5).join(' '));
    const expected = [
      `${LONG_SEGMENT}/`,
      `${LONG_SEGMENT}/${LONG_SEGMENT}/`,
      `${LONG_SEGMENT}/${LONG_SEGMENT}/deep.txt`,
      'bin/',
      'bin/helper',
      'bin/run.sh',
      'current -> lib/app.js',
      'data/',
      'data/big.bin',
      'data/empty.txt',
      'empty-dir/',
      'empty-dir/nested-empty/',
      'lib/',
      'lib/app.js',
      'lib/config.json',
      'lib/tools -> ../bin',
      'lib/vendored/',
      'lib/vendored/index.js',
      'ünïcødé/',
      UNICODE,
    ];
    expect(names).toEqual(expected);
    for (const row of rows) {
      const [mode, owner, , date, time] = row.split(/\s+/);
      expect(owner).toBe('0/0');
      expect(`${date} ${time}`).toBe('2023-11-14 22:13:20');
      if (mode!.startsWith('d')) expect(mode).toBe('drwxr-xr-x');
      if (mode!.startsWith('l')) expect(mode).toBe('lrwxrwxrwx');
    }
    const modeOf = (name: string) => rows[names.indexOf(name)]!.split(/\s+/)[0];
    expect(modeOf('bin/helper')).toBe('-rwxr-xr-x');
    expect(modeOf('bin/run.sh')).toBe('-rwxr-xr-x');
    expect(modeOf('lib/config.json')).toBe('-rw-r--r--');
    // owner names are empty in every header
    const tar = gunzipSync(readFileSync(file));
    expect(tar.toString('latin1', 265, 265 + 64).replace(/\0/g, '')).toBe('');

    // GNU tar extracts it to the same content
    const out = fresh('gnu/extracted');
    execFileSync('tar', ['-xzf', file, '-C', out]);
    for (const f of FILES) expect(readFileSync(join(out, f.path))).toEqual(Buffer.from(f.data));
  });

  it('round-trips through unpackArchive with empty dirs, exec bits, symlinks, long and unicode names', async () => {
    const src = fresh('round/src');
    buildTree(src, { reverse: false, fileMtime: 5, umask: 0o022 });
    const file = join(work, 'round.tar.gz');
    const packed = await packArchive(src, file, { mtime: MTIME });
    const dest = join(work, 'round', 'dest');
    const result = await unpackArchive(file, dest);
    expect(result).toEqual({ files: packed.files, bytes: packed.bytesIn });

    for (const f of FILES) {
      expect(readFileSync(join(dest, f.path))).toEqual(Buffer.from(f.data));
      const st = lstatSync(join(dest, f.path));
      expect(st.mode & 0o777).toBe(f.mode & 0o111 ? 0o755 : 0o644);
      expect(Math.floor(st.mtimeMs / 1000)).toBe(MTIME);
    }
    for (const l of LINKS) expect(readlinkSync(join(dest, l.path))).toBe(l.target);
    expect(readFileSync(join(dest, 'lib', 'tools', 'run.sh'), 'utf8')).toContain('echo run');
    expect(readdirSync(join(dest, 'empty-dir', 'nested-empty'))).toEqual([]);
    expect(existsSync(join(dest, '.git'))).toBe(false);
    expect(existsSync(join(dest, 'lib', 'vendored', '.git'))).toBe(false);
    expect(readFileSync(join(dest, 'lib', 'vendored', 'index.js'), 'utf8')).toBe('v\n');
  });

  it('reports progress up to the total of file bytes', async () => {
    const src = fresh('progress/src');
    buildTree(src, { reverse: false, fileMtime: 5, umask: 0o022 });
    const calls: [number, number][] = [];
    const r = await packArchive(src, join(work, 'progress.tar.gz'), {
      mtime: MTIME,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.at(-1)).toEqual([r.bytesIn, r.bytesIn]);
    for (let i = 1; i < calls.length; i++)
      expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
  });

  describe('refuses unsafe entries and leaves no file behind', () => {
    const refuses = async (name: string, setup: (src: string) => void, pattern: RegExp) => {
      const src = fresh(`unsafe/${name}/src`);
      writeFileSync(join(src, 'ok.txt'), 'ok');
      setup(src);
      const outDir = fresh(`unsafe/${name}/out`);
      const err = await packArchive(src, join(outDir, 'a.tar.gz'), { mtime: MTIME }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UnsafeEntryError);
      expect((err as Error).message).toMatch(pattern);
      expect(readdirSync(outDir)).toEqual([]);
    };

    it('a symlink to an absolute path', () =>
      refuses(
        'abs-link',
        (src) => symlinkSync('/etc/passwd', join(src, 'pw')),
        /pw: symlink to "\/etc\/passwd" is absolute/,
      ));

    it('a symlink leaving the tree', () =>
      refuses(
        'escape-link',
        (src) => {
          mkdirSync(join(src, 'sub'));
          symlinkSync('../../outside', join(src, 'sub', 'up'));
        },
        /sub\/up: symlink to "..\/..\/outside" points outside/,
      ));

    it('a symlink that leaves through another symlink', () =>
      refuses(
        'chained-link',
        (src) => {
          mkdirSync(join(src, 'p', 'q'), { recursive: true });
          symlinkSync('../..', join(src, 'p', 'q', 'l')); // the root itself: fine
          symlinkSync('p/q/l/..', join(src, 'via')); // lexically p/q, really the root's parent
        },
        /via: symlink to "p\/q\/l\/.." resolves through other links/,
      ));

    it('a named pipe', () =>
      refuses(
        'fifo',
        (src) => execFileSync('mkfifo', [join(src, 'pipe')]),
        /pipe: it is a named pipe/,
      ));
  });

  it.each([
    ['a small file', 100],
    ['a large file', 3 * 1024 * 1024],
  ])(
    '%s swapped for a symlink out of the tree after it was walked is refused, never packed',
    async (_what, size) => {
      const src = fresh(`swap-${size}/src`);
      const outside = fresh(`swap-${size}/outside`);
      writeFileSync(join(outside, 'secret'), 'x'.repeat(size));
      writeFileSync(join(src, 'config.json'), 'y'.repeat(size));
      const out = join(work, `swap-${size}.tar.gz`);
      const packing = packArchive(src, out, {
        mtime: MTIME,
        onListed: () => {
          rmSync(join(src, 'config.json'));
          symlinkSync(join(outside, 'secret'), join(src, 'config.json'));
        },
      });
      await expect(packing).rejects.toThrow(UnsafeEntryError);
      await expect(packing).rejects.toThrow(/config\.json.*replaced .* while packing/);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('a file replaced by another file after it was walked is refused', async () => {
    const src = fresh('replace/src');
    writeFileSync(join(src, 'a.txt'), 'same size');
    const packing = packArchive(src, join(work, 'replace.tar.gz'), {
      mtime: MTIME,
      onListed: () => {
        writeFileSync(join(src, 'b.tmp'), 'same size');
        renameSync(join(src, 'b.tmp'), join(src, 'a.txt')); // a new inode, the same size
      },
    });
    await expect(packing).rejects.toThrow(/a\.txt.*replaced/);
  });

  it('refuses to write the archive inside the tree it packs', async () => {
    const src = fresh('inside/src');
    await expect(packArchive(src, join(src, 'out.tar.gz'), { mtime: MTIME })).rejects.toThrow(
      /inside the directory being packed/,
    );
  });

  it('refuses an mtime that is not whole seconds', async () => {
    const src = fresh('mtime/src');
    await expect(packArchive(src, join(work, 'm.tar.gz'), { mtime: 1.5 })).rejects.toThrow(
      /SOURCE_DATE_EPOCH/,
    );
  });
});
