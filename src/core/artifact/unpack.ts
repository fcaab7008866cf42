/**
 * Safe extraction of a tar.gz artifact (ours, or any ustar/PAX/GNU tar). An archive is data
 * from outside: nothing it says may write outside the destination. Extraction goes into a
 * temporary directory beside the destination, which is renamed into place only when the whole
 * archive was accepted, so a refused archive leaves nothing behind.
 *
 * Symlinks are created last, after every file and directory, and each is checked against the
 * complete set of links by resolving its target as the kernel would; during extraction the tree
 * on disk holds no symlink, so no write can be redirected through one.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsc, createReadStream } from 'node:fs';
import { link, mkdir, open, readdir, rename, rm, rmdir, symlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import {
  BLOCK_SIZE,
  decodeHeader,
  isZeroBlock,
  padding,
  parsePax,
  TarType,
  type TarHeader,
} from './tar.js';

export interface UnpackOptions {
  /** Most bytes the archive may expand to (headers and data), counted as they stream. Default 4 GiB. */
  maxBytes?: number;
  /** Most entries the archive may hold (extended headers not counted). Default 250,000. */
  maxEntries?: number;
}

export interface UnpackResult {
  /** Regular files written (hard links included). */
  files: number;
  /** Bytes of file content written. */
  bytes: number;
}

/** An archive entry that would escape or endanger the destination; nothing was extracted. */
export class UnsafeArchiveError extends Error {
  constructor(
    readonly entry: string,
    readonly reason: string,
  ) {
    super(`Refusing to extract ${JSON.stringify(shorten(entry))}: ${reason}`);
    this.name = 'UnsafeArchiveError';
  }
}

/** A hostile name can be megabytes long: messages quote its start and say how long it is. */
function shorten(name: string): string {
  return name.length <= 200 ? name : `${name.slice(0, 200)}… (${name.length} characters)`;
}

const GIB = 1024 * 1024 * 1024;
const DEFAULT_MAX_BYTES = 4 * GIB;
/**
 * Every entry costs a few file-system calls (about 0.1–0.5 ms on a busy machine): 250,000 entries
 * is four times the 60,000-file trees the pack bench makes, and still minutes, not hours (a
 * million empty entries once ran for more than 15 minutes).
 */
const DEFAULT_MAX_ENTRIES = 250_000;
/** Longest path or symlink target, in UTF-8 bytes (Linux PATH_MAX). */
export const MAX_PATH_BYTES = 4096;
/** Most `/`-separated components in a path or symlink target. */
export const MAX_PATH_COMPONENTS = 256;
/** Extended headers (PAX, GNU long names) are metadata: anything larger is hostile. */
const MAX_META_BYTES = 1024 * 1024;
/** Symlinks one resolution may follow, as Linux allows (MAXSYMLINKS). */
const MAX_LINK_HOPS = 40;

type Kind = 'dir' | 'file' | 'symlink';

export async function unpackArchive(
  file: string,
  destDir: string,
  opts: UnpackOptions = {},
): Promise<UnpackResult> {
  const dest = resolve(destDir);
  await checkDestinationFree(dest);
  await mkdir(dirname(dest), { recursive: true });
  const tmp = join(dirname(dest), `.${basename(dest)}.${randomBytes(6).toString('hex')}.partial`);
  await mkdir(tmp);
  try {
    const result = await extract(file, tmp, {
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      maxEntries: opts.maxEntries ?? DEFAULT_MAX_ENTRIES,
    });
    await rmdir(dest).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await rename(tmp, dest);
    return result;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** The destination must not exist or be empty: a release directory is never overwritten. */
async function checkDestinationFree(dest: string): Promise<void> {
  try {
    if ((await readdir(dest)).length > 0) {
      throw new Error(
        `Cannot unpack into ${dest}: it exists and is not empty. Unpack into a new directory.`,
      );
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

interface Limits {
  maxBytes: number;
  maxEntries: number;
}

async function extract(file: string, root: string, limits: Limits): Promise<UnpackResult> {
  // pipeline() so a read error (missing file, bad gzip) reaches the reader instead of hanging it.
  const gunzip = pipeline(
    createReadStream(file, { highWaterMark: 1024 * 1024 }),
    createGunzip({ chunkSize: 256 * 1024 }),
    () => undefined,
  );
  const tree = new Tree(root);
  let current = '(archive)';
  const input = new StreamReader(gunzip, limits.maxBytes, () => {
    throw new UnsafeArchiveError(
      current,
      `the archive expands beyond ${limits.maxBytes} bytes (maxBytes); it may be a decompression bomb.`,
    );
  });
  let files = 0;
  let bytes = 0;
  let entries = 0;
  let pending: { path?: string; linkPath?: string; size?: number } = {};
  try {
    for (;;) {
      const offset = input.offset;
      const block = await input.read(BLOCK_SIZE);
      if (block === null) {
        throw new UnsafeArchiveError(
          '(archive)',
          'it ends without an end-of-archive marker; it is truncated.',
        );
      }
      if (isZeroBlock(block)) break;
      const h = decodeHeader(block, offset);
      const size = pending.size ?? h.size;
      const name = pending.path ?? h.name;
      current = name;

      if (isMetaType(h.type)) {
        if (size > MAX_META_BYTES) {
          throw new UnsafeArchiveError(
            name,
            `its extended header is ${size} bytes, over ${MAX_META_BYTES}.`,
          );
        }
        const body = await input.readBody(size);
        pending = applyMeta(h, body, offset, pending);
        continue;
      }
      if (++entries > limits.maxEntries) {
        throw new UnsafeArchiveError(
          name,
          `the archive has more than ${limits.maxEntries} entries (maxEntries).`,
        );
      }
      const entry = { ...h, name, size, linkName: pending.linkPath ?? h.linkName };
      pending = {};
      const path = entryPath(name);
      switch (entry.type) {
        case TarType.file:
        case TarType.oldFile:
        case TarType.contiguous: {
          if (path === '') throw new UnsafeArchiveError(name, 'a file entry has an empty path.');
          if (size > limits.maxBytes - input.offset) {
            throw new UnsafeArchiveError(
              name,
              `it declares ${size} bytes, beyond maxBytes ${limits.maxBytes}.`,
            );
          }
          await tree.writeFile(path, name, entry, input.chunks(size));
          files++;
          bytes += size;
          break;
        }
        case TarType.directory:
          if (path !== '') await tree.addDir(path, name);
          await input.skip(size);
          break;
        case TarType.symlink:
          if (path === '') throw new UnsafeArchiveError(name, 'a symlink entry has an empty path.');
          tree.addSymlink(path, name, entry.linkName);
          await input.skip(size);
          break;
        case TarType.hardLink:
          await tree.addHardLink(path, name, entry.linkName);
          files++;
          await input.skip(size);
          break;
        case TarType.charDevice:
        case TarType.blockDevice:
        case TarType.fifo:
          throw new UnsafeArchiveError(name, 'device and fifo entries are never extracted.');
        default:
          throw new UnsafeArchiveError(name, `entry type "${entry.type}" is not supported.`);
      }
      await input.skip(padding(size));
    }
    current = '(archive)';
    // Read to the end: the gzip trailer's CRC and length are checked only there, and trailing
    // zero padding still counts against maxBytes.
    await input.drain();
    await tree.createSymlinks();
  } finally {
    gunzip.destroy();
  }
  return { files, bytes };
}

function isMetaType(type: string): boolean {
  return (
    type === TarType.paxLocal ||
    type === TarType.paxGlobal ||
    type === TarType.gnuLongName ||
    type === TarType.gnuLongLink
  );
}

/** PAX and GNU long-name headers describe the next entry. Global PAX headers carry nothing we use. */
function applyMeta(
  h: TarHeader,
  body: Buffer,
  offset: number,
  pending: { path?: string; linkPath?: string; size?: number },
) {
  const next = { ...pending };
  if (h.type === TarType.gnuLongName) next.path = cString(body);
  else if (h.type === TarType.gnuLongLink) next.linkPath = cString(body);
  else if (h.type === TarType.paxLocal) {
    const records = parsePax(body, offset + BLOCK_SIZE);
    const path = records.get('path');
    const linkPath = records.get('linkpath');
    const size = records.get('size');
    if (path !== undefined) next.path = path;
    if (linkPath !== undefined) next.linkPath = linkPath;
    if (size !== undefined) {
      const n = Number(size);
      if (!/^\d+$/.test(size) || !Number.isSafeInteger(n)) {
        throw new UnsafeArchiveError(
          next.path ?? h.name,
          `PAX size "${size}" is not a valid size.`,
        );
      }
      next.size = n;
    }
  } else parsePax(body, offset + BLOCK_SIZE); // a global header must at least be well formed
  return next;
}

function cString(body: Buffer): string {
  const end = body.indexOf(0);
  return body.toString('utf8', 0, end === -1 ? body.length : end);
}

/**
 * The entry's path relative to the destination, '/'-separated without `.` segments; '' for the
 * root itself. Absolute paths, `..` segments, NULs, backslashes and drive letters are refused.
 */
function entryPath(name: string): string {
  checkPathSize(name, name, 'path');
  if (name.includes('\0')) throw new UnsafeArchiveError(name, 'its name contains a NUL byte.');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    throw new UnsafeArchiveError(name, 'its path is absolute.');
  }
  if (name.includes('\\')) {
    throw new UnsafeArchiveError(name, 'its path contains a backslash, a separator on Windows.');
  }
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) {
    throw new UnsafeArchiveError(
      name,
      'its path has a ".." segment that could leave the destination.',
    );
  }
  return segments.join('/');
}

/** Refuse a path over MAX_PATH_BYTES or MAX_PATH_COMPONENTS before anything walks it. */
function checkPathSize(name: string, path: string, what: string): void {
  const bytes = Buffer.byteLength(path, 'utf8');
  if (bytes > MAX_PATH_BYTES) {
    throw new UnsafeArchiveError(
      name,
      `its ${what} is ${bytes} bytes long, over ${MAX_PATH_BYTES} (PATH_MAX).`,
    );
  }
  let components = 1;
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) components++;
  if (components > MAX_PATH_COMPONENTS) {
    throw new UnsafeArchiveError(
      name,
      `its ${what} has ${components} components, over ${MAX_PATH_COMPONENTS}.`,
    );
  }
}

/** One path in the tree: a directory holds its children by name. */
interface Node {
  kind: Kind;
  children?: Map<string, Node>;
  /** A symlink's target. */
  target?: string;
  /** The directory exists on disk. */
  made?: boolean;
}

/**
 * What has been extracted so far, as a tree of path components: claiming a path walks its
 * components once, so the work per entry is linear in its length, however deep it is.
 */
class Tree {
  private readonly top: Node = { kind: 'dir', made: true };
  private readonly links: { path: string; name: string; target: string; chain: Node[] }[] = [];

  constructor(private readonly root: string) {}

  async addDir(path: string, name: string): Promise<void> {
    const chain = this.claim(path, name, 'dir', true);
    const node = chain[chain.length - 1]!;
    if (node.made) return;
    await mkdir(this.abs(path), { recursive: true });
    for (const n of chain) n.made = true;
  }

  async writeFile(
    path: string,
    name: string,
    h: TarHeader,
    data: AsyncIterable<Buffer>,
  ): Promise<void> {
    const chain = this.claim(path, name, 'file');
    await this.ensureParent(path, chain);
    // O_EXCL|O_NOFOLLOW: never write through anything already at this path.
    const flags = fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL | (fsc.O_NOFOLLOW ?? 0);
    const fh = await open(this.abs(path), flags, 0o600);
    try {
      for await (const chunk of data) {
        for (let off = 0; off < chunk.length;) {
          off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
        }
      }
      await fh.chmod(h.mode & 0o111 ? 0o755 : 0o644);
      await fh.utimes(h.mtime, h.mtime);
    } finally {
      await fh.close();
    }
  }

  async addHardLink(path: string, name: string, target: string): Promise<void> {
    if (path === '') throw new UnsafeArchiveError(name, 'a hard link entry has an empty path.');
    let targetPath: string;
    try {
      targetPath = entryPath(target);
    } catch (err) {
      if (!(err instanceof UnsafeArchiveError)) throw err;
      throw new UnsafeArchiveError(name, `hard link to "${shorten(target)}": ${err.reason}`);
    }
    if (this.lookup(targetPath)?.kind !== 'file') {
      throw new UnsafeArchiveError(
        name,
        `hard link to "${shorten(target)}", which is not a regular file extracted earlier from this archive.`,
      );
    }
    const chain = this.claim(path, name, 'file');
    await this.ensureParent(path, chain);
    await link(this.abs(targetPath), this.abs(path));
  }

  /** Recorded now, created by createSymlinks() once every entry is known. */
  addSymlink(path: string, name: string, target: string): void {
    if (target === '') throw new UnsafeArchiveError(name, 'symlink with an empty target.');
    checkPathSize(name, target, 'symlink target');
    if (target.startsWith('/') || /^[A-Za-z]:/.test(target)) {
      throw new UnsafeArchiveError(name, `symlink to the absolute path "${target}".`);
    }
    if (target.includes('\0'))
      throw new UnsafeArchiveError(name, 'symlink target contains a NUL byte.');
    const chain = this.claim(path, name, 'symlink');
    chain[chain.length - 1]!.target = target;
    this.links.push({ path, name, target, chain });
  }

  async createSymlinks(): Promise<void> {
    for (const l of this.links) {
      const from = l.path.split('/').slice(0, -1);
      const outcome = this.resolve(from, l.target, { hops: MAX_LINK_HOPS });
      if (typeof outcome === 'string') {
        throw new UnsafeArchiveError(l.name, `symlink to "${shorten(l.target)}" ${outcome}`);
      }
    }
    for (const l of this.links) {
      await this.ensureParent(l.path, l.chain);
      await symlink(l.target, this.abs(l.path));
    }
  }

  /**
   * Resolve `target` from the directory `from` the way the kernel would, following the
   * archive's own symlinks. Returns the resolved segments, or why the target is refused.
   * Each step is one child lookup in the tree, so a resolution is linear in the segments read.
   */
  private resolve(from: string[], target: string, budget: { hops: number }): string[] | string {
    const at = [...from];
    // nodes[i] is the tree node of at[0..i) (undefined below a path the archive does not hold)
    const nodes: (Node | undefined)[] = [this.top];
    for (const seg of at) nodes.push(nodes[nodes.length - 1]?.children?.get(seg));
    for (const seg of target.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (at.length === 0) return 'leaves the destination directory.';
        at.pop();
        nodes.pop();
        continue;
      }
      const node = nodes[nodes.length - 1]?.children?.get(seg);
      if (node?.kind !== 'symlink' || node.target === undefined) {
        at.push(seg);
        nodes.push(node);
        continue;
      }
      if (--budget.hops < 0) return 'is part of a symlink loop.';
      if (node.target.startsWith('/')) return 'goes through a symlink to an absolute path.';
      const resolved = this.resolve(at, node.target, budget);
      if (typeof resolved === 'string') return resolved;
      at.splice(0, at.length, ...resolved);
      nodes.length = 1;
      for (const s of at) nodes.push(nodes[nodes.length - 1]?.children?.get(s));
    }
    return at;
  }

  /** The node at `path`, if the archive holds it. */
  private lookup(path: string): Node | undefined {
    let node: Node | undefined = this.top;
    for (const seg of path.split('/')) node = node?.children?.get(seg);
    return node;
  }

  /**
   * Record `path` as `kind`, refusing duplicates and parents that are not directories; returns
   * the nodes from the root to the path's own. `reuseDir`: a directory seen before is fine.
   */
  private claim(path: string, name: string, kind: Kind, reuseDir = false): Node[] {
    const segments = path.split('/');
    const chain: Node[] = [this.top];
    let node = this.top;
    for (let i = 0; i < segments.length - 1; i++) {
      const seg = segments[i]!;
      let child = node.children?.get(seg);
      if (child === undefined) {
        child = { kind: 'dir' };
        (node.children ??= new Map()).set(seg, child);
      } else if (child.kind !== 'dir') {
        const parent = segments.slice(0, i + 1).join('/');
        throw new UnsafeArchiveError(
          name,
          `its parent "${shorten(parent)}" is a ${child.kind} in this archive.`,
        );
      }
      chain.push(child);
      node = child;
    }
    const last = segments[segments.length - 1]!;
    const existing = node.children?.get(last);
    if (existing !== undefined) {
      if (reuseDir && kind === 'dir' && existing.kind === 'dir') {
        chain.push(existing);
        return chain;
      }
      throw new UnsafeArchiveError(
        name,
        `"${shorten(path)}" appears twice in the archive (as ${existing.kind} and ${kind}).`,
      );
    }
    const own: Node = { kind };
    (node.children ??= new Map()).set(last, own);
    chain.push(own);
    return chain;
  }

  /** Make the parent directory of `path` (whose chain claim() returned) once. */
  private async ensureParent(path: string, chain: Node[]): Promise<void> {
    const parentNode = chain[chain.length - 2]!;
    if (parentNode.made) return;
    await mkdir(this.abs(path.split('/').slice(0, -1).join('/')), { recursive: true });
    for (let i = 0; i < chain.length - 1; i++) chain[i]!.made = true;
  }

  private abs(path: string): string {
    return path === '' ? this.root : join(this.root, ...path.split('/'));
  }
}

/** Exact-size reads over a decompressed stream, counting every byte against a limit. */
class StreamReader {
  private buf: Buffer = Buffer.alloc(0);
  private readonly it: AsyncIterator<Buffer>;
  /** Decompressed bytes handed out so far. */
  offset = 0;
  private pulled = 0;

  constructor(
    source: AsyncIterable<Buffer>,
    private readonly limit: number,
    private readonly onLimit: () => never,
  ) {
    this.it = source[Symbol.asyncIterator]();
  }

  private async more(): Promise<boolean> {
    const r = await this.it.next();
    if (r.done) return false;
    this.pulled += r.value.length;
    if (this.pulled > this.limit) this.onLimit();
    this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value;
    return true;
  }

  /** Exactly `n` bytes, or null at a clean end of stream. */
  async read(n: number): Promise<Buffer | null> {
    while (this.buf.length < n) {
      if (!(await this.more())) {
        if (this.buf.length === 0) return null;
        throw new UnsafeArchiveError(
          '(archive)',
          `it ends in the middle of a block at byte ${this.offset}; it is truncated.`,
        );
      }
    }
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    this.offset += n;
    return out;
  }

  /** An entry body read whole (only for small metadata bodies), padding skipped. */
  async readBody(size: number): Promise<Buffer> {
    const body = size === 0 ? Buffer.alloc(0) : await this.read(size);
    if (body === null)
      throw new UnsafeArchiveError(
        '(archive)',
        'it ends inside an extended header; it is truncated.',
      );
    await this.skip(padding(size));
    return Buffer.from(body);
  }

  /** Exactly `n` bytes in pieces as they arrive; throws if the stream ends first. */
  async *chunks(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !(await this.more())) {
        throw new UnsafeArchiveError(
          '(archive)',
          `it ends inside an entry at byte ${this.offset}; it is truncated.`,
        );
      }
      const take = Math.min(left, this.buf.length);
      const out = this.buf.subarray(0, take);
      this.buf = this.buf.subarray(take);
      this.offset += take;
      left -= take;
      yield out;
    }
  }

  async skip(n: number): Promise<void> {
    for (let left = n; left > 0;) {
      if (this.buf.length === 0 && !(await this.more())) {
        throw new UnsafeArchiveError(
          '(archive)',
          `it ends inside an entry at byte ${this.offset}; it is truncated.`,
        );
      }
      const take = Math.min(left, this.buf.length);
      this.buf = this.buf.subarray(take);
      this.offset += take;
      left -= take;
    }
  }

  /** Consume the rest of the stream (still counted against the limit). */
  async drain(): Promise<void> {
    this.buf = Buffer.alloc(0);
    while (await this.more()) this.buf = Buffer.alloc(0);
  }
}
