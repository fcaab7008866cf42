/**
 * What a build output holds, as it will be packed (the `archive` kind and the deb's staging):
 * every file, directory and symlink except `.git`, with normalised modes, checked for safety and
 * sorted by the bytes of the path. Listing is synchronous: on a tree of 60k files, a promise and
 * a thread-pool round trip per lstat cost more than the lstat itself.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';

// The system's realpath(3): the JS realpathSync resolves `link/..` lexically, not through the link.
const realpath = realpathSync.native;
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { TarType, type TarEntry } from './tar.js';
import { isInside } from '../paths/inside.js';

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

/**
 * One file, directory or symlink of a build output, as it will be packed. A class of plain
 * fields: a tree may hold hundreds of thousands of entries, so each one is kept small.
 */
export class PackEntry implements TarEntry {
  constructor(
    /** The packed directory, absolute. */
    private readonly root: string,
    readonly path: string,
    readonly type: TarEntry['type'],
    readonly mode: number,
    readonly mtime: number,
    readonly size = 0,
    readonly linkName?: string,
    /** The file walked (device and inode), so what is read later is known to be the same file. */
    readonly dev = 0,
    readonly ino = 0,
  ) {}

  /** Absolute path on disk. */
  get abs(): string {
    return join(this.root, ...this.path.split('/'));
  }
}

/**
 * Every entry under srcDir except `.git` (at any depth), with normalised modes, checked for
 * safety (UnsafeEntryError) and sorted by the bytes of its path.
 */
export function listPackableEntries(srcDir: string, mtime: number): PackEntry[] {
  const root = resolve(srcDir);
  const realRoot = realpath(root);
  const entries: PackEntry[] = [];
  const visit = (relDir: string): void => {
    for (const name of readdirSync(relDir ? join(root, relDir) : root)) {
      if (name === '.git') continue; // repository metadata never belongs in an artifact
      const entry = describe(root, realRoot, relDir ? `${relDir}/${name}` : name, mtime);
      entries.push(entry);
      if (entry.type === TarType.directory) visit(entry.path);
    }
  };
  visit('');
  return entries.sort(byUtf8Bytes);
}

/**
 * The order of the paths' UTF-8 bytes, which is code point order. JavaScript compares UTF-16
 * code units, which agrees except for a surrogate (U+10000 and up) against U+E000–U+FFFF: only
 * paths holding one of those are compared as bytes, sparing a Buffer per entry.
 */
function byUtf8Bytes(a: PackEntry, b: PackEntry): number {
  if (HIGH_CODE_UNIT.test(a.path) || HIGH_CODE_UNIT.test(b.path)) {
    return Buffer.compare(Buffer.from(a.path), Buffer.from(b.path));
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
const HIGH_CODE_UNIT = /[\ud800-\uffff]/;

function describe(root: string, realRoot: string, rel: string, mtime: number): PackEntry {
  const abs = join(root, ...rel.split('/'));
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (!st) {
    throw new UnsafeEntryError(
      rel,
      'it vanished while packing, or its name is not valid UTF-8. Finish the build before packing and use UTF-8 file names.',
    );
  }
  if (st.isDirectory()) return new PackEntry(root, rel, TarType.directory, 0o755, mtime);
  if (st.isFile()) {
    const mode = st.mode & 0o111 ? 0o755 : 0o644;
    return new PackEntry(root, rel, TarType.file, mode, mtime, st.size, undefined, st.dev, st.ino);
  }
  if (st.isSymbolicLink()) {
    const linkName = readlinkSync(abs);
    checkLinkInside(root, realRoot, rel, abs, linkName);
    return new PackEntry(root, rel, TarType.symlink, 0o777, mtime, 0, linkName);
  }
  const kind = st.isSocket() ? 'a socket' : st.isFIFO() ? 'a named pipe (fifo)' : 'a device';
  throw new UnsafeEntryError(
    rel,
    `it is ${kind}; only files, directories and symlinks can be packed. Remove it from the build output.`,
  );
}

/** A packed symlink must point inside the packed tree, or the artifact would depend on the host. */
function checkLinkInside(
  root: string,
  realRoot: string,
  rel: string,
  abs: string,
  target: string,
): void {
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
    real = realpath(abs);
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
