/**
 * The `archive` artifact kind: a reproducible tar.gz of a build output, written by our own
 * streaming tar writer. The same content always gives the same bytes (and so the same digest):
 * entries sorted by the bytes of their path, fixed mtime, owner 0/0 with no names, normalised
 * modes, a gzip header without time or name. Nothing is buffered whole: files stream through
 * zlib (on the thread pool) while the next ones are read, and sha256 is taken as bytes are written.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { constants } from 'node:fs';
import {
  lstat,
  open,
  readdir,
  readlink,
  realpath,
  rename,
  rm,
  type FileHandle,
} from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import { DigestStream } from './digest.js';
import { encodeEntryHeader, END_OF_ARCHIVE, padding, TarType, type TarEntry } from './tar.js';
import type { Digest } from './types.js';
import type { Progress } from '../ports.js';
import { isInside } from '../paths/inside.js';

export interface PackOptions {
  /** The mtime of every entry, in seconds: the commit time or SOURCE_DATE_EPOCH. */
  mtime: number;
  /** Called as file bytes are packed: (bytes of file content done, total). */
  onProgress?: Progress;
  /** Called once the tree is listed, before a byte is read: the window in which a file can be swapped. */
  onListed?: (entries: readonly PackEntry[]) => Promise<void> | void;
}

export interface PackResult {
  /** sha256 of the compressed archive bytes. */
  digest: Digest;
  /** Size of the compressed archive. */
  size: number;
  /** Regular files packed. */
  files: number;
  /** Bytes of file content packed. */
  bytesIn: number;
}

/** A file in the build output that cannot go into an artifact safely or reproducibly. */
export class UnsafeEntryError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Cannot pack ${path}: ${reason}`);
    this.name = 'UnsafeEntryError';
  }
}

/** One file, directory or symlink of a build output, as it will be packed. */
export interface PackEntry extends TarEntry {
  /** Absolute path on disk. */
  abs: string;
  /** UTF-8 bytes of the path: the sort key. */
  key: Buffer;
  /** The file walked (device and inode), so what is read later is known to be the same file. */
  id?: { dev: number; ino: number };
}

const MIB = 1024 * 1024;
/** Size of the tar stream chunks handed to zlib: large enough that per-chunk overhead vanishes. */
const CHUNK = MIB;
/** Chunks in flight (being filled, queued, compressing): the writer's whole input memory. */
const POOL_CHUNKS = 4;
/** zlib allocates a fresh output buffer of this size each time one fills. */
const GZIP_OUT_CHUNK = 256 * 1024;
/** Files up to this size are read whole, several at once, ahead of the writer. */
const SMALL_FILE = 256 * 1024;
const READ_AHEAD_FILES = 32;
const READ_AHEAD_BYTES = 4 * MIB;
/** lstat calls in flight while listing the tree. */
const WALK_CONCURRENCY = 32;
/** Largest mtime a ustar header holds (11 octal digits). */
const MAX_MTIME = 8 ** 11 - 1;
/** zlib's gzip header with mtime 0 and no name; byte 9 (OS) varies by platform and is set to Unix. */
const GZIP_HEADER_PREFIX = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00]);
const GZIP_OS_UNIX = 3;

export async function packArchive(
  srcDir: string,
  outFile: string,
  opts: PackOptions,
): Promise<PackResult> {
  if (!Number.isInteger(opts.mtime) || opts.mtime < 0 || opts.mtime > MAX_MTIME) {
    throw new RangeError(
      `Pack mtime ${opts.mtime} is not whole seconds between 0 and ${MAX_MTIME}; pass the commit time or SOURCE_DATE_EPOCH.`,
    );
  }
  const root = resolve(srcDir);
  const out = resolve(outFile);
  if (isInside(root, dirname(out))) {
    throw new Error(
      `The artifact file ${out} is inside the directory being packed (${root}); write it elsewhere.`,
    );
  }
  const entries = await listPackableEntries(root, opts.mtime);
  await opts.onListed?.(entries);
  const tmp = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    const result = await writeArchive(entries, tmp, opts.onProgress);
    await rename(tmp, out);
    return result;
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Every entry under srcDir except `.git` (at any depth), with normalised modes, checked for
 * safety (UnsafeEntryError) and sorted by the bytes of its path.
 */
export async function listPackableEntries(srcDir: string, mtime: number): Promise<PackEntry[]> {
  const root = resolve(srcDir);
  const realRoot = await realpath(root);
  const entries: PackEntry[] = [];
  // Depth first with a bounded number of lstat calls in flight: an unbounded fan-out over a
  // large tree costs tens of MB of pending requests for no speed gain.
  const visit = async (relDir: string): Promise<void> => {
    const names = (await readdir(relDir ? join(root, relDir) : root)).filter(
      (name) => name !== '.git', // repository metadata never belongs in an artifact
    );
    const found = await mapLimit(names, WALK_CONCURRENCY, (name) =>
      describe(root, realRoot, relDir ? `${relDir}/${name}` : name, mtime),
    );
    for (const entry of found) {
      entries.push(entry);
      if (entry.type === TarType.directory) await visit(entry.path);
    }
  };
  await visit('');
  return entries.sort((a, b) => Buffer.compare(a.key, b.key));
}

async function describe(
  root: string,
  realRoot: string,
  rel: string,
  mtime: number,
): Promise<PackEntry> {
  const abs = join(root, ...rel.split('/'));
  const st = await lstat(abs).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') {
      throw new UnsafeEntryError(
        rel,
        'it vanished while packing, or its name is not valid UTF-8. Finish the build before packing and use UTF-8 file names.',
      );
    }
    throw err;
  });
  const base = { path: rel, abs, key: Buffer.from(rel), mtime, size: 0 };
  if (st.isDirectory()) return { ...base, type: TarType.directory, mode: 0o755 };
  if (st.isFile()) {
    const mode = st.mode & 0o111 ? 0o755 : 0o644;
    return { ...base, type: TarType.file, mode, size: st.size, id: { dev: st.dev, ino: st.ino } };
  }
  if (st.isSymbolicLink()) {
    const linkName = await readlink(abs);
    await checkLinkInside(root, realRoot, rel, abs, linkName);
    return { ...base, type: TarType.symlink, mode: 0o777, linkName };
  }
  const kind = st.isSocket() ? 'a socket' : st.isFIFO() ? 'a named pipe (fifo)' : 'a device';
  throw new UnsafeEntryError(
    rel,
    `it is ${kind}; only files, directories and symlinks can be packed. Remove it from the build output.`,
  );
}

/** A packed symlink must point inside the packed tree, or the artifact would depend on the host. */
async function checkLinkInside(
  root: string,
  realRoot: string,
  rel: string,
  abs: string,
  target: string,
): Promise<void> {
  const refuse = (why: string) => {
    throw new UnsafeEntryError(rel, `symlink to "${target}" ${why}`);
  };
  if (isAbsolute(target)) {
    refuse('is absolute; make it relative to the link so it points inside the artifact.');
  }
  if (!isInside(root, resolve(dirname(abs), target))) {
    refuse(`points outside ${root}; copy the target into the build output instead.`);
  }
  let real: string | undefined;
  try {
    real = await realpath(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') refuse('is part of a symlink loop.');
    if (code !== 'ENOENT') throw err;
    // dangling but lexically inside: harmless, and unpacking checks it again
  }
  if (real !== undefined && !isInside(realRoot, real)) {
    refuse(`resolves through other links to ${real}, outside ${root}.`);
  }
}

/** `fn` over `items` with at most `limit` calls pending; results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function writeArchive(
  entries: readonly PackEntry[],
  tmp: string,
  onProgress: Progress | undefined,
): Promise<PackResult> {
  const gzip = createGzip({ level: 6, chunkSize: GZIP_OUT_CHUNK });
  const hash = new DigestStream();
  let size = 0;
  const hashed = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      if (size < 10) normaliseGzipHeader(chunk, size);
      hash.update(chunk);
      size += chunk.length;
      yield chunk;
    }
  };
  const written = pipeline(gzip, hashed, createWriteStream(tmp, { flags: 'wx' }));
  written.catch(() => undefined); // observed below; don't let an early failure go unhandled
  const out = new ChunkWriter(gzip, written);
  try {
    const { files, bytesIn } = await writeTar(entries, out, onProgress);
    out.flush();
    gzip.end();
    await written;
    return { digest: hash.digest(), size, files, bytesIn };
  } catch (err) {
    gzip.destroy();
    await written.catch(() => undefined);
    throw err;
  }
}

/**
 * zlib's gzip header is fixed except the OS byte, which depends on the platform zlib was built
 * for; set it to Unix so archives packed on any OS are identical. Anything else unexpected means
 * a zlib that breaks reproducibility, which must not pass silently.
 */
function normaliseGzipHeader(chunk: Buffer, offset: number): void {
  for (let i = offset; i < 10 && i - offset < chunk.length; i++) {
    if (i === 9) chunk[i - offset] = GZIP_OS_UNIX;
    else if (chunk[i - offset] !== GZIP_HEADER_PREFIX[i]) {
      throw new Error(
        `zlib wrote an unexpected gzip header byte ${i} (0x${chunk[i - offset]!.toString(16)}); archives would not be reproducible.`,
      );
    }
  }
}

/** Writes the tar stream of `entries`: headers, file contents, padding, end-of-archive. */
async function writeTar(
  entries: readonly PackEntry[],
  out: ChunkWriter,
  onProgress: Progress | undefined,
): Promise<{ files: number; bytesIn: number }> {
  const total = entries.reduce((n, e) => n + e.size, 0);
  let done = 0;
  let files = 0;
  let reported = 0;
  const smallReads = new ReadAhead(entries);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    await out.copy(encodeEntryHeader(e));
    if (e.type !== TarType.file) continue;
    files++;
    if (e.size <= SMALL_FILE) await out.copy(await smallReads.take(i));
    else await out.readFile(e);
    await out.zeros(padding(e.size));
    done += e.size;
    if (onProgress && done - reported >= CHUNK) {
      onProgress(done, total);
      reported = done;
    }
  }
  await out.copy(END_OF_ARCHIVE);
  onProgress?.(done, total);
  return { files, bytesIn: done };
}

/** Reads small files whole, several at a time, in the order the writer will need them. */
class ReadAhead {
  private readonly pending = new Map<number, Promise<Buffer>>();
  private next = 0;
  private bytesAhead = 0;

  constructor(private readonly entries: readonly PackEntry[]) {}

  async take(index: number): Promise<Buffer> {
    this.fill(index);
    const read = this.pending.get(index)!;
    this.pending.delete(index);
    const data = await read;
    this.bytesAhead -= this.entries[index]!.size;
    this.fill(index + 1);
    return data;
  }

  private fill(from: number): void {
    if (this.next < from) this.next = from;
    while (
      this.next < this.entries.length &&
      this.pending.size < READ_AHEAD_FILES &&
      (this.bytesAhead < READ_AHEAD_BYTES || this.pending.size === 0)
    ) {
      const e = this.entries[this.next]!;
      if (e.type === TarType.file && e.size <= SMALL_FILE) {
        const read = openWalked(e).then(async (fh) => {
          try {
            const data = await fh.readFile();
            return checkSize(e, data.length, data);
          } finally {
            await fh.close();
          }
        });
        read.catch(() => undefined); // awaited by take(); avoid an unhandled rejection meanwhile
        this.pending.set(this.next, read);
        this.bytesAhead += e.size;
      }
      this.next++;
    }
  }
}

/**
 * Fills fixed CHUNK-sized buffers from a small pool and hands each full one to zlib; a buffer
 * returns to the pool when zlib has consumed it. The pool is the backpressure and bounds the
 * memory in flight, and reusing buffers keeps the process from churning through garbage.
 */
class ChunkWriter {
  private readonly free: Buffer[] = [];
  private waiting: (() => void) | undefined;
  private buf: Buffer | undefined;
  private pos = 0;

  constructor(
    private readonly gzip: Gzip,
    private readonly failed: Promise<void>,
  ) {
    for (let i = 0; i < POOL_CHUNKS; i++) this.free.push(Buffer.allocUnsafe(CHUNK));
  }

  async copy(src: Buffer): Promise<void> {
    for (let off = 0; off < src.length;) {
      const buf = await this.current();
      const n = src.copy(buf, this.pos, off);
      off += n;
      this.advance(n);
    }
  }

  async zeros(count: number): Promise<void> {
    for (let left = count; left > 0;) {
      const buf = await this.current();
      const n = Math.min(left, CHUNK - this.pos);
      buf.fill(0, this.pos, this.pos + n);
      left -= n;
      this.advance(n);
    }
  }

  /** Reads a file's contents straight into the chunk buffers. */
  async readFile(e: PackEntry): Promise<void> {
    const fh = await openWalked(e);
    try {
      for (let pos = 0; pos < e.size;) {
        const buf = await this.current();
        const want = Math.min(CHUNK - this.pos, e.size - pos);
        const { bytesRead } = await fh.read(buf, this.pos, want, pos);
        if (bytesRead === 0) checkSize(e, pos, buf);
        pos += bytesRead;
        this.advance(bytesRead);
      }
    } finally {
      await fh.close();
    }
  }

  flush(): void {
    if (this.buf && this.pos > 0) this.send(this.buf.subarray(0, this.pos), this.buf);
    this.buf = undefined;
    this.pos = 0;
  }

  private async current(): Promise<Buffer> {
    if (this.buf) return this.buf;
    while (this.free.length === 0) {
      await Promise.race([new Promise<void>((r) => (this.waiting = r)), this.failed]);
    }
    this.buf = this.free.pop()!;
    this.pos = 0;
    return this.buf;
  }

  private advance(n: number): void {
    this.pos += n;
    if (this.pos === CHUNK) this.flush();
  }

  private send(chunk: Buffer, owner: Buffer): void {
    this.gzip.write(chunk, () => {
      this.free.push(owner);
      const wake = this.waiting;
      this.waiting = undefined;
      wake?.();
    });
  }
}

/**
 * Open a file for packing as the very file the walk saw: never through a symlink swapped in
 * since (O_NOFOLLOW), and the same device and inode, or the entry changed while packing.
 */
async function openWalked(e: PackEntry): Promise<FileHandle> {
  const changed = () =>
    new UnsafeEntryError(
      e.path,
      'it was replaced (by a symlink or another file) while packing; finish the build before packing.',
    );
  const fh = await open(e.abs, constants.O_RDONLY | constants.O_NOFOLLOW).catch(
    (err: NodeJS.ErrnoException) => {
      throw err.code === 'ELOOP' ? changed() : err;
    },
  );
  const st = await fh.stat();
  if (!st.isFile() || (e.id && (st.dev !== e.id.dev || st.ino !== e.id.ino))) {
    await fh.close();
    throw changed();
  }
  return fh;
}

function checkSize(e: PackEntry, actual: number, data: Buffer): Buffer {
  if (actual !== e.size) {
    throw new UnsafeEntryError(
      e.path,
      `its size changed from ${e.size} to ${actual} bytes while packing; finish the build before packing.`,
    );
  }
  return data;
}
