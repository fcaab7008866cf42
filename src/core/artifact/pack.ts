/**
 * The `archive` artifact kind: a reproducible tar.gz of a build output, written by our own tar
 * writer. The same content always gives the same bytes (and so the same digest): entries sorted
 * by the bytes of their path, fixed mtime, owner 0/0 with no names, normalised modes, and gzip
 * members of fixed input size (gzip-members.ts) with headers without time or name. Files are read
 * synchronously straight into the blocks being compressed, while earlier blocks deflate on the
 * thread pool; sha256 is taken as members are written. Memory stays bounded whatever the tree.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DigestStream } from './digest.js';
import { GzipMemberWriter } from './gzip-members.js';
import { listPackableEntries, UnsafeEntryError, type PackEntry } from './pack-entries.js';
import { encodeEntryHeader, END_OF_ARCHIVE, padding, TarType } from './tar.js';
import type { Digest } from './types.js';
import type { Progress } from '../ports.js';
import { isInside } from '../paths/inside.js';

/**
 * The archive format, recorded in provenance's toolchain: a digest depends on it. 2 = gzip members
 * of 1 MiB input each (1 was one gzip stream); the same tree gives another digest than under 1.
 */
export const ARCHIVE_FORMAT = 'msdeploy-tar-gzip/2';

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
  format: typeof ARCHIVE_FORMAT;
}

/** Progress is reported every this many bytes of file content. */
const PROGRESS_STEP = 1024 * 1024;
/** Largest mtime a ustar header holds (11 octal digits). */
const MAX_MTIME = 8 ** 11 - 1;

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
  const entries = listPackableEntries(root, opts.mtime);
  await opts.onListed?.(entries);
  const tmp = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    const result = await writeArchive(entries, tmp, opts.onProgress);
    renameSync(tmp, out);
    return result;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

async function writeArchive(
  entries: readonly PackEntry[],
  tmp: string,
  onProgress: Progress | undefined,
): Promise<PackResult> {
  const fd = openSync(tmp, 'wx');
  try {
    const hash = new DigestStream();
    let size = 0;
    const out = new GzipMemberWriter((member) => {
      hash.update(member);
      for (let off = 0; off < member.length;) off += writeSync(fd, member, off);
      size += member.length;
    });
    const { files, bytesIn } = await writeTar(entries, out, onProgress);
    await out.end();
    return { digest: hash.digest(), size, files, bytesIn, format: ARCHIVE_FORMAT };
  } finally {
    closeSync(fd);
  }
}

/** Writes the tar stream of `entries`: headers, file contents, padding, end-of-archive. */
async function writeTar(
  entries: readonly PackEntry[],
  out: GzipMemberWriter,
  onProgress: Progress | undefined,
): Promise<{ files: number; bytesIn: number }> {
  const total = entries.reduce((n, e) => n + e.size, 0);
  let done = 0;
  let files = 0;
  let reported = 0;
  for (const e of entries) {
    await out.write(encodeEntryHeader(e));
    if (e.type !== TarType.file) continue;
    files++;
    await copyWalkedFile(e, out);
    await out.zeros(padding(e.size));
    done += e.size;
    if (onProgress && done - reported >= PROGRESS_STEP) {
      onProgress(done, total);
      reported = done;
    }
  }
  await out.write(END_OF_ARCHIVE);
  onProgress?.(done, total);
  return { files, bytesIn: done };
}

/**
 * Copies a file's contents as the very file the walk saw: never through a symlink swapped in
 * since (O_NOFOLLOW), the same device and inode, and the size listed, or the entry changed
 * while packing.
 */
async function copyWalkedFile(e: PackEntry, out: GzipMemberWriter): Promise<void> {
  const changed = () =>
    new UnsafeEntryError(
      e.path,
      'it was replaced (by a symlink or another file) while packing; finish the build before packing.',
    );
  let fd: number;
  try {
    fd = openSync(e.abs, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    throw (err as NodeJS.ErrnoException).code === 'ELOOP' ? changed() : err;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.dev !== e.dev || st.ino !== e.ino) throw changed();
    if (st.size !== e.size) throw sizeChanged(e, st.size);
    const read = await out.readFrom(fd, e.size);
    if (read !== e.size) throw sizeChanged(e, read);
  } finally {
    closeSync(fd);
  }
}

function sizeChanged(e: PackEntry, actual: number): UnsafeEntryError {
  return new UnsafeEntryError(
    e.path,
    `its size changed from ${e.size} to ${actual} bytes while packing; finish the build before packing.`,
  );
}
