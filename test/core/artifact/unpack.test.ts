import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  BLOCK_SIZE,
  encodePaxHeader,
  encodeUstarHeader,
  END_OF_ARCHIVE,
  padding,
  TarFormatError,
  TarType,
} from '../../../src/core/artifact/tar.js';
import { unpackArchive, UnsafeArchiveError } from '../../../src/core/artifact/unpack.js';

interface RawEntry {
  name: string;
  type?: string;
  data?: string | Buffer;
  linkName?: string;
  mode?: number;
  /** Extra headers (PAX, GNU long name) placed before this entry. */
  before?: Buffer[];
}

/** A tar stream as a hostile tool might write it: our encoder, no judgement. */
function tar(entries: RawEntry[], trailer: Buffer = END_OF_ARCHIVE): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.from(e.data ?? '');
    parts.push(...(e.before ?? []));
    parts.push(
      encodeUstarHeader({
        name: e.name,
        type: e.type ?? TarType.file,
        mode: e.mode ?? 0o644,
        size: data.length,
        linkName: e.linkName,
      }),
      data,
      Buffer.alloc(padding(data.length)),
    );
  }
  parts.push(trailer);
  return Buffer.concat(parts);
}

function gnuLongName(name: string): Buffer {
  const body = Buffer.from(`${name}\0`);
  return Buffer.concat([
    encodeUstarHeader({ name: '././@LongLink', type: TarType.gnuLongName, size: body.length }),
    body,
    Buffer.alloc(padding(body.length)),
  ]);
}

describe('unpackArchive', () => {
  let work: string;
  let n = 0;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'msdeploy-unpack-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A sandbox holding only the archive; dest is sandbox/dest. */
  function sandbox(archive: Buffer) {
    const dir = join(work, `case-${++n}`);
    mkdirSync(dir);
    const file = join(dir, 'a.tar.gz');
    writeFileSync(file, gzipSync(archive));
    return { dir, file, dest: join(dir, 'dest') };
  }

  async function expectRefused(
    archive: Buffer,
    entry: string,
    reason: RegExp,
    opts?: Parameters<typeof unpackArchive>[2],
  ) {
    const box = sandbox(archive);
    const err = await unpackArchive(box.file, box.dest, opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnsafeArchiveError);
    expect((err as UnsafeArchiveError).entry).toBe(entry);
    expect((err as UnsafeArchiveError).reason).toMatch(reason);
    // nothing outside dest, and no partial dest or temp dir either
    expect(readdirSync(box.dir)).toEqual(['a.tar.gz']);
    return box;
  }

  it('extracts files, directories, links and modes', async () => {
    const box = sandbox(
      tar([
        { name: './app/', type: TarType.directory, mode: 0o700 },
        { name: './app/run', data: '#!/bin/sh\n', mode: 0o4755 },
        { name: 'app/readme', data: 'hi', mode: 0o600 },
        { name: 'app/current', type: TarType.symlink, linkName: 'run' },
        { name: 'app/same', type: TarType.hardLink, linkName: './app/readme' },
        { name: 'top-link', type: TarType.symlink, linkName: 'app/../app/readme' },
      ]),
    );
    expect(await unpackArchive(box.file, box.dest)).toEqual({ files: 3, bytes: 12 });
    expect(lstatSync(join(box.dest, 'app', 'run')).mode & 0o7777).toBe(0o755);
    expect(lstatSync(join(box.dest, 'app', 'readme')).mode & 0o7777).toBe(0o644);
    expect(lstatSync(join(box.dest, 'app')).mode & 0o777).toBe(0o755);
    expect(readlinkSync(join(box.dest, 'app', 'current'))).toBe('run');
    expect(lstatSync(join(box.dest, 'app', 'same')).ino).toBe(
      lstatSync(join(box.dest, 'app', 'readme')).ino,
    );
    expect(readFileSync(join(box.dest, 'top-link'), 'utf8')).toBe('hi');
  });

  it('reads PAX paths and GNU long names', async () => {
    const longName = `${'deep/'.repeat(30)}file.txt`;
    const box = sandbox(
      tar([
        {
          name: 'ignored-pax-standin',
          data: 'pax',
          before: [encodePaxHeader([['path', 'données/ünï.txt']])],
        },
        { name: 'ignored-gnu-standin', data: 'gnu', before: [gnuLongName(longName)] },
      ]),
    );
    await unpackArchive(box.file, box.dest);
    expect(readFileSync(join(box.dest, 'données', 'ünï.txt'), 'utf8')).toBe('pax');
    expect(readFileSync(join(box.dest, longName), 'utf8')).toBe('gnu');
  });

  it('extracts archives written by GNU tar in gnu and pax formats', async () => {
    const src = join(work, 'gnu-src');
    const long = `${'long-name-'.repeat(12)}/x.txt`;
    mkdirSync(join(src, long, '..'), { recursive: true });
    writeFileSync(join(src, long), 'long');
    writeFileSync(join(src, 'ü.txt'), 'u');
    for (const format of ['gnu', 'pax']) {
      const file = join(work, `gnu-${format}.tar.gz`);
      execFileSync('tar', [`--format=${format}`, '-czf', file, '-C', src, '.']);
      const dest = join(work, `gnu-${format}-out`);
      await unpackArchive(file, dest);
      expect(readFileSync(join(dest, long), 'utf8')).toBe('long');
      expect(readFileSync(join(dest, 'ü.txt'), 'utf8')).toBe('u');
    }
  });

  it('extracts a deep path (255 components) and many paths under it in linear work', async () => {
    const deep = Array.from({ length: 250 }, (_, i) => `d${i}`).join('/');
    const pax = (path: string) => [encodePaxHeader([['path', path]])];
    const entries: RawEntry[] = Array.from({ length: 2000 }, (_, i) => ({
      name: 'f',
      before: pax(`${deep}/f${i}`),
      data: 'x',
    }));
    entries.push({
      name: 'l',
      type: TarType.symlink,
      before: [
        encodePaxHeader([
          ['path', `${deep}/link`],
          ['linkpath', '../'.repeat(249)],
        ]),
      ],
    });
    const box = sandbox(tar(entries));
    await expect(unpackArchive(box.file, box.dest)).resolves.toEqual({ files: 2000, bytes: 2000 });
    expect(readFileSync(join(box.dest, ...deep.split('/'), 'f1999'), 'utf8')).toBe('x');
    expect(readlinkSync(join(box.dest, ...deep.split('/'), 'link'))).toBe('../'.repeat(249));
  });

  describe('refuses', () => {
    it('a ".." path', async () => {
      const box = await expectRefused(tar([{ name: '../evil', data: 'x' }]), '../evil', /"\.\."/);
      expect(existsSync(join(box.dir, '..', 'evil'))).toBe(false);
    });

    it('a ".." hidden inside a path', () =>
      expectRefused(
        tar([{ name: 'a/b/../../../evil', data: 'x' }]),
        'a/b/../../../evil',
        /"\.\."/,
      ));

    it('an absolute path', async () => {
      const target = join(work, 'absolute-target');
      await expectRefused(tar([{ name: target, data: 'x' }]), target, /absolute/);
      expect(existsSync(target)).toBe(false);
    });

    it('a ".." path smuggled in a PAX header', () =>
      expectRefused(
        tar([{ name: 'innocent', data: 'x', before: [encodePaxHeader([['path', '../evil']])] }]),
        '../evil',
        /"\.\."/,
      ));

    it('a symlink to /etc followed by a file through it', async () => {
      await expectRefused(
        tar([
          { name: 'a', type: TarType.symlink, linkName: '/etc' },
          { name: 'a/passwd', data: 'root::0:0::/:/bin/sh\n' },
        ]),
        'a',
        /absolute path "\/etc"/,
      );
    });

    it('a file whose parent is a symlink, even one pointing inside', () =>
      expectRefused(
        tar([
          { name: 'sub/', type: TarType.directory },
          { name: 'a', type: TarType.symlink, linkName: 'sub' },
          { name: 'a/passwd', data: 'x' },
        ]),
        'a/passwd',
        /parent "a" is a symlink/,
      ));

    it('a symlink that escapes', () =>
      expectRefused(
        tar([{ name: 'd/up', type: TarType.symlink, linkName: '../../outside' }]),
        'd/up',
        /leaves the destination/,
      ));

    it('a symlink that escapes through another symlink created later', () =>
      expectRefused(
        tar([
          // lexically "p/q", but p/q/l is the root, so its ".." is outside
          { name: 'via', type: TarType.symlink, linkName: 'p/q/l/..' },
          { name: 'p/q/l', type: TarType.symlink, linkName: '../..' },
        ]),
        'via',
        /leaves the destination/,
      ));

    it('a symlink loop', () =>
      expectRefused(
        tar([
          { name: 'x', type: TarType.symlink, linkName: 'y' },
          { name: 'y', type: TarType.symlink, linkName: 'x' },
        ]),
        'x',
        /loop/,
      ));

    it('a file replacing a symlink of the same name', () =>
      expectRefused(
        tar([
          { name: 'x', type: TarType.symlink, linkName: 'y' },
          { name: 'x', data: 'overwrite' },
        ]),
        'x',
        /appears twice/,
      ));

    it('a hard link to /etc/passwd', () =>
      expectRefused(
        tar([{ name: 'pw', type: TarType.hardLink, linkName: '/etc/passwd' }]),
        'pw',
        /hard link to "\/etc\/passwd": its path is absolute/,
      ));

    it('a hard link to something that is not an earlier file', () =>
      expectRefused(
        tar([
          { name: 'link', type: TarType.hardLink, linkName: 'later' },
          { name: 'later', data: 'x' },
        ]),
        'link',
        /not a regular file extracted earlier/,
      ));

    it('a character device', () =>
      expectRefused(tar([{ name: 'null', type: TarType.charDevice }]), 'null', /device/));

    it('a fifo', () => expectRefused(tar([{ name: 'p', type: TarType.fifo }]), 'p', /fifo/));

    it('a gzip bomb over maxBytes, counted as it streams', () =>
      expectRefused(
        tar([{ name: 'zeros.bin', data: Buffer.alloc(8 * 1024 * 1024) }]),
        'zeros.bin',
        /beyond/,
        { maxBytes: 1024 * 1024 },
      ));

    it('expansion that no header declares (zeros after the end of the archive)', () =>
      expectRefused(
        tar([{ name: 'small', data: 'x' }], Buffer.alloc(16 * 1024 * 1024)),
        '(archive)',
        /expands beyond 1048576 bytes/,
        { maxBytes: 1024 * 1024 },
      ));

    it('more entries than maxEntries', () =>
      expectRefused(
        tar(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}`, data: 'x' }))),
        'f3',
        /more than 3 entries/,
        { maxEntries: 3 },
      ));

    it('an oversized PAX header', () =>
      expectRefused(
        tar([{ name: 'f', before: [encodePaxHeader([['comment', 'x'.repeat(2 * 1024 * 1024)]])] }]),
        'PaxHeader',
        /extended header/,
      ));

    it('a 200 KB PAX path, before walking it (PATH_MAX 4096 bytes)', async () => {
      const long = 'a/'.repeat(100_000) + 'f';
      const rest = Array.from({ length: 1000 }, (_, i) => ({ name: `after-${i}`, data: 'x' }));
      const box = sandbox(
        tar([{ name: 'short', before: [encodePaxHeader([['path', long]])] }, ...rest]),
      );
      const err = await unpackArchive(box.file, box.dest).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UnsafeArchiveError);
      const e = err as UnsafeArchiveError;
      expect(e.entry).toBe(long);
      expect(e.reason).toMatch(/200001 bytes long, over 4096 \(PATH_MAX\)/);
      // The message quotes the start of the name, not all 200 KB of it.
      expect(e.message.length).toBeLessThan(400);
      expect(e.message).toContain('(200001 characters)');
      // Refused at the first entry: nothing after it was written, and no .partial is left.
      expect(readdirSync(box.dir)).toEqual(['a.tar.gz']);
    });

    it('a path of more than 256 components, even a short one', () => {
      const deep = 'a/'.repeat(300) + 'f';
      return expectRefused(
        tar([{ name: 'f', before: [encodePaxHeader([['path', deep]])] }]),
        deep,
        /301 components, over 256/,
      );
    });

    it('a GNU long name over PATH_MAX', () => {
      const long = 'x'.repeat(5000);
      return expectRefused(tar([{ name: 'f', before: [gnuLongName(long)] }]), long, /over 4096/);
    });

    it('a symlink target over PATH_MAX', () =>
      expectRefused(
        tar([
          {
            name: 'l',
            type: TarType.symlink,
            before: [encodePaxHeader([['linkpath', '../'.repeat(2000)]])],
          },
        ]),
        'l',
        /symlink target is 6000 bytes long/,
      ));

    it('more than 250,000 entries by default, however cheap each is', () => {
      const dir = encodeUstarHeader({ name: 'd/', type: TarType.directory, size: 0 });
      const parts = new Array<Buffer>(250_001).fill(dir);
      return expectRefused(
        Buffer.concat([...parts, END_OF_ARCHIVE]),
        'd/',
        /more than 250000 entries/,
      );
    }, 60_000);

    it('a truncated archive', async () => {
      const whole = tar([{ name: 'f', data: Buffer.alloc(4096, 1) }]);
      await expectRefused(whole.subarray(0, BLOCK_SIZE + 1000), '(archive)', /truncated/);
    });
  });

  it('refuses a corrupted header with a tar format error and writes nothing', async () => {
    const archive = tar([{ name: 'f', data: 'x' }]);
    archive[10] = 0x41;
    const box = sandbox(archive);
    await expect(unpackArchive(box.file, box.dest)).rejects.toThrow(TarFormatError);
    expect(readdirSync(box.dir)).toEqual(['a.tar.gz']);
  });

  it('refuses a destination that exists and is not empty', async () => {
    const box = sandbox(tar([{ name: 'f', data: 'x' }]));
    mkdirSync(box.dest);
    writeFileSync(join(box.dest, 'keep'), 'mine');
    await expect(unpackArchive(box.file, box.dest)).rejects.toThrow(/exists and is not empty/);
    expect(readFileSync(join(box.dest, 'keep'), 'utf8')).toBe('mine');
  });

  it('fails on a file that is not gzip', async () => {
    const dir = join(work, 'not-gzip');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.tar.gz'), 'plain text, not gzip');
    await expect(unpackArchive(join(dir, 'a.tar.gz'), join(dir, 'dest'))).rejects.toThrow(
      /incorrect header check/,
    );
    expect(readdirSync(dir)).toEqual(['a.tar.gz']);
  });
});
