/**
 * The release layout on a filesystem this process owns (the `local` driver; the ssh driver runs
 * the same steps on remote hosts):
 *
 *   <base>/<service>/current                     symlink → releases/<name> (relative)
 *   <base>/<service>/releases/<name>/            one release, <name> = <version>-<config digest 12>
 *     artifact/                                  the artifact, unpacked by the safe unpacker
 *     <config file>                              the resolved config, mode 0600
 *     .msdeploy-release.json                     what the release is, and its deploy order
 *   <base>/<service>/releases/.staging-…/        a release being prepared
 *
 * Every step that makes something visible under a real name is a rename(): a release is
 * prepared in a staging directory and renamed into place whole, and `current` is replaced by
 * renaming a new symlink over it. A process killed at any point (kill -9) leaves the previous
 * release live and no half release under a release name; the next deploy sweeps what it left.
 *
 * The artifact goes into its own `artifact/` directory so nothing it contains can collide with
 * the config file or the release record.
 *
 * No lock here: the ledger's `deploying` lease serialises deployers of a service.
 */
import { releaseName } from '../core/deploy/rules.js';
import { randomBytes } from 'node:crypto';
import { constants as fsc } from 'node:fs';
import {
  copyFile,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
} from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { isDigest } from '../core/artifact/digest.js';
import type { Digest } from '../core/artifact/types.js';
import { unpackArchive, type UnpackOptions } from '../core/artifact/unpack.js';
import { NAME_PATTERN, NAME_RE } from '../core/manifest/spec.js';
import { STALE_TEMP_MS } from './local-store.js';

export const RELEASES_DIR = 'releases';
export const CURRENT_LINK = 'current';
export const ARTIFACT_DIR = 'artifact';
/** A `deb` artifact stays a package in its release: going live installs it (see dpkg.ts). */
export const DEB_FILE = 'artifact.deb';
export const RELEASE_RECORD = '.msdeploy-release.json';

const STAGING_PREFIX = '.staging-';
const TRASH_PREFIX = '.trash-';
const CURRENT_TMP_RE = /^current\.[0-9a-f]{12}\.tmp$/;
const RELEASE_NAME_RE = /^([0-9A-Za-z][0-9A-Za-z.+_-]{0,127})-([0-9a-f]{12})$/;
/** A config file is one plain name, never the artifact directory or a dot file. */
const CONFIG_FILE_RE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,127}$/;

/** `.msdeploy-release.json`: what a release is, and where it stands in the deploy order. */
export interface ReleaseRecord {
  name: string;
  version: string;
  artifactDigest: Digest;
  configDigest: Digest;
  configFile: string;
  preparedAt: string;
  /** Last time `current` was switched to it. */
  deployedAt?: string;
  /**
   * Deploy order: one more than any release's when prepared and again each time it is made
   * current. A counter, not a clock, so hosts with skewed clocks (or two steps in one
   * millisecond) still order releases the way they were deployed.
   */
  order: number;
}

export interface ReleaseInfo {
  name: string;
  version: string;
  /** Absent when the record is missing or unreadable (a directory msdeploy did not finish). */
  record?: ReleaseRecord;
  /** The record's order; -1 without a record, so such a directory is pruned first. */
  order: number;
}

export interface PrepareReleaseInput {
  /** The environment's base directory; the service's directory is `<base>/<service>`. */
  base: string;
  service: string;
  version: string;
  /** Digest of `archive`, verified by the caller before calling (a tampered artifact never gets here). */
  artifactDigest: Digest;
  configDigest: Digest;
  /** The artifact: a tar.gz, unpacked; or (kind `deb`) a package, kept as `artifact.deb`. */
  archive: string;
  kind?: 'archive' | 'deb';
  /** The resolved config's file name inside the release, e.g. `config.yml`. */
  configFile: string;
  config: string | Buffer;
  unpack?: UnpackOptions;
}

export interface PreparedRelease {
  serviceDir: string;
  name: string;
  dir: string;
  /** false: the release already existed complete, and nothing was written. */
  created: boolean;
}

/** The version of a release name, or undefined for anything that is not one. */
export function parseReleaseName(name: string): { version: string; config12: string } | undefined {
  const m = RELEASE_NAME_RE.exec(name);
  return m ? { version: m[1]!, config12: m[2]! } : undefined;
}

function checkReleaseName(name: string): string {
  if (parseReleaseName(name) === undefined) {
    throw new Error(
      `${JSON.stringify(name.slice(0, 200))} is not a release name (<version>-<12 hex of the config digest>).`,
    );
  }
  return name;
}

/**
 * Put a release in place: unpack into a staging directory, write the config (0600) and the
 * record, then rename the whole directory to its release name. A release that already exists
 * (it only ever appears complete) is left as it is and reported with `created: false`.
 */
export async function prepareRelease(input: PrepareReleaseInput): Promise<PreparedRelease> {
  if (!NAME_RE.test(input.service)) {
    throw new Error(
      `Service name ${JSON.stringify(input.service)} is not a service name (${NAME_PATTERN}).`,
    );
  }
  if (!isDigest(input.artifactDigest)) {
    throw new Error(
      `Artifact digest ${JSON.stringify(input.artifactDigest)} is not sha256:<64 hex>.`,
    );
  }
  if (!CONFIG_FILE_RE.test(input.configFile) || input.configFile === ARTIFACT_DIR) {
    throw new Error(
      `Config file name ${JSON.stringify(input.configFile)} is not a plain file name ` +
        `(letters, digits, . _ -, not starting with a dot, not "${ARTIFACT_DIR}").`,
    );
  }
  const name = releaseName(input.version, input.configDigest);
  const serviceDir = resolve(input.base, input.service);
  const releases = join(serviceDir, RELEASES_DIR);
  const dir = join(releases, name);
  await mkdir(releases, { recursive: true, mode: 0o755 });
  await sweep(serviceDir);

  if (await existingRelease(dir, input)) return { serviceDir, name, dir, created: false };

  const staging = join(releases, stagingName());
  await mkdir(staging, { mode: 0o755 });
  try {
    if (input.kind === 'deb') await copyFile(input.archive, join(staging, DEB_FILE));
    else await unpackArchive(input.archive, join(staging, ARTIFACT_DIR), input.unpack);
    await writeFileAtomic(join(staging, input.configFile), input.config, 0o600);
    const order = Math.max(-1, ...(await listReleases(serviceDir)).map((r) => r.order)) + 1;
    const record: ReleaseRecord = {
      name,
      version: input.version,
      artifactDigest: input.artifactDigest,
      configDigest: input.configDigest,
      configFile: input.configFile,
      preparedAt: new Date().toISOString(),
      order,
    };
    await writeRecord(staging, record);
    await syncDir(staging);
    try {
      await rename(staging, dir);
    } catch (err) {
      // Another preparer of the same release finished first: theirs is complete, keep it.
      const code = (err as NodeJS.ErrnoException).code;
      if ((code === 'ENOTEMPTY' || code === 'EEXIST') && (await existingRelease(dir, input))) {
        await rm(staging, { recursive: true, force: true });
        return { serviceDir, name, dir, created: false };
      }
      throw err;
    }
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  await syncDir(releases);
  return { serviceDir, name, dir, created: true };
}

/** true when `dir` holds this very release; throws when the name is taken by something else. */
async function existingRelease(dir: string, input: PrepareReleaseInput): Promise<boolean> {
  const info = await lstat(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (info === undefined) return false;
  if (!info.isDirectory()) {
    throw new Error(`${dir} exists and is not a release directory: move it away and deploy again.`);
  }
  const record = await readRecord(dir);
  if (record === undefined) {
    throw new Error(
      `${dir} exists without a readable ${RELEASE_RECORD}: msdeploy did not make it. Move it away and deploy again.`,
    );
  }
  if (
    record.artifactDigest !== input.artifactDigest ||
    record.configDigest !== input.configDigest
  ) {
    throw new Error(
      `Release ${record.name} in ${dir} is artifact ${record.artifactDigest} with config ${record.configDigest}, ` +
        `not ${input.artifactDigest} with ${input.configDigest}: a release name never changes content. ` +
        'Remove the old release on purpose, or deploy a new version.',
    );
  }
  return true;
}

/**
 * Point `current` at `releases/<name>` atomically: a new symlink renamed over the old one, so a
 * reader always sees either the old or the new release, never no link. Returns the release
 * `current` named before, if any.
 */
export async function switchCurrent(serviceDir: string, name: string): Promise<string | undefined> {
  checkReleaseName(name);
  const dir = resolve(serviceDir);
  const release = join(dir, RELEASES_DIR, name);
  const info = await lstat(release).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new Error(
      `Cannot switch ${join(dir, CURRENT_LINK)} to ${name}: ${release} is not a release directory.`,
    );
  }
  const previous = await currentRelease(dir);
  const tmp = join(dir, `${CURRENT_LINK}.${randomBytes(6).toString('hex')}.tmp`);
  // Relative, so the service directory can be moved or seen through a bind mount.
  await symlink(`${RELEASES_DIR}/${name}`, tmp);
  try {
    await rename(tmp, join(dir, CURRENT_LINK));
  } catch (err) {
    await rm(tmp, { force: true });
    if ((err as NodeJS.ErrnoException).code === 'EISDIR') {
      throw new Error(
        `${join(dir, CURRENT_LINK)} is a directory, not a symlink: msdeploy never replaces it. Move it away and deploy again.`,
      );
    }
    throw err;
  }
  await syncDir(dir);
  // After the switch: a kill before this only leaves the order one deploy behind.
  const record = await readRecord(release);
  if (record !== undefined) {
    const order = Math.max(-1, ...(await listReleases(dir)).map((r) => r.order)) + 1;
    await writeRecord(release, { ...record, deployedAt: new Date().toISOString(), order });
  }
  return previous;
}

/** The release `current` names, or undefined when there is no `current` yet. */
export async function currentRelease(serviceDir: string): Promise<string | undefined> {
  const link = join(resolve(serviceDir), CURRENT_LINK);
  let target: string;
  try {
    target = await readlink(link);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EINVAL') {
      throw new Error(
        `${link} is not a symlink: msdeploy manages it as one. Move it away and deploy again.`,
      );
    }
    throw err;
  }
  const prefix = `${RELEASES_DIR}/`;
  const name = target.startsWith(prefix) ? target.slice(prefix.length) : '';
  if (parseReleaseName(name) === undefined) {
    throw new Error(
      `${link} points at ${JSON.stringify(target.slice(0, 200))}, not at a release inside ${RELEASES_DIR}/: ` +
        'it was changed by hand. Point it back at a release or deploy one.',
    );
  }
  return name;
}

/** The complete releases of a service, newest deploy first. */
export async function listReleases(serviceDir: string): Promise<ReleaseInfo[]> {
  const releases = join(resolve(serviceDir), RELEASES_DIR);
  const names = await readdir(releases).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[];
    throw err;
  });
  const out: ReleaseInfo[] = [];
  for (const name of names) {
    const parsed = parseReleaseName(name);
    if (parsed === undefined) continue; // staging, trash, or something that is not ours
    const info = await lstat(join(releases, name)).catch(() => undefined);
    if (!info?.isDirectory()) continue;
    const record = await readRecord(join(releases, name));
    out.push({ name, version: parsed.version, record, order: record?.order ?? -1 });
  }
  return out.sort((a, b) => b.order - a.order || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/**
 * Remove the releases beyond the `keep` newest (by deploy order), but never the live one or a
 * name in `protect` (the rollback target). Each is renamed to a trash name before it is deleted,
 * so a kill mid-delete never leaves a partial tree under a release name. Returns what was removed.
 */
export async function prune(
  serviceDir: string,
  keep: number,
  protect: string[] = [],
): Promise<string[]> {
  if (!Number.isSafeInteger(keep) || keep < 1) {
    throw new Error(`keep must be a whole number ≥ 1, got ${keep}.`);
  }
  const dir = resolve(serviceDir);
  const live = await currentRelease(dir);
  const spared = new Set([...protect, ...(live === undefined ? [] : [live])]);
  const removed: string[] = [];
  for (const release of (await listReleases(dir)).slice(keep)) {
    if (spared.has(release.name)) continue;
    await removeTree(join(dir, RELEASES_DIR), release.name);
    removed.push(release.name);
  }
  await sweep(dir);
  return removed;
}

/**
 * What killed deployers left: staging directories whose owner is gone (this host, pid dead) or
 * that are older than STALE_TEMP_MS, trash directories, and temporary `current` links.
 */
async function sweep(serviceDir: string): Promise<void> {
  const releases = join(serviceDir, RELEASES_DIR);
  const now = Date.now();
  for (const name of await readdir(releases).catch(() => [] as string[])) {
    const path = join(releases, name);
    if (name.startsWith(TRASH_PREFIX)) {
      await rm(path, { recursive: true, force: true });
    } else if (name.startsWith(STAGING_PREFIX)) {
      const info = await lstat(path).catch(() => undefined);
      if (info === undefined) continue;
      if (stagingOwnerGone(name) || now - info.mtimeMs > STALE_TEMP_MS) {
        await removeTree(releases, name);
      }
    }
  }
  for (const name of await readdir(serviceDir).catch(() => [] as string[])) {
    if (!CURRENT_TMP_RE.test(name)) continue;
    const info = await lstat(join(serviceDir, name)).catch(() => undefined);
    if (info?.isSymbolicLink() && now - info.mtimeMs > STALE_TEMP_MS) {
      await rm(join(serviceDir, name), { force: true });
    }
  }
}

/** `.staging-<host>-<pid>-<random>`: who prepares it, so a re-run can tell it was killed. */
function stagingName(): string {
  return `${STAGING_PREFIX}${hostTag()}-${process.pid}-${randomBytes(6).toString('hex')}`;
}

function hostTag(): string {
  return (
    hostname()
      .replace(/[^0-9A-Za-z]+/g, '_')
      .slice(0, 48) || 'host'
  );
}

/** The staging directory was made on this host by a process that no longer exists. */
function stagingOwnerGone(name: string): boolean {
  const m = /^\.staging-(.*)-(\d+)-[0-9a-f]{12}$/.exec(name);
  if (!m || m[1] !== hostTag()) return false;
  const pid = Number(m[2]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    // EPERM: it exists under another user.
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function removeTree(parent: string, name: string): Promise<void> {
  const trash = join(parent, `${TRASH_PREFIX}${randomBytes(6).toString('hex')}`);
  await rename(join(parent, name), trash);
  await rm(trash, { recursive: true, force: true });
}

async function readRecord(releaseDir: string): Promise<ReleaseRecord | undefined> {
  try {
    const record = JSON.parse(
      await readFile(join(releaseDir, RELEASE_RECORD), 'utf8'),
    ) as ReleaseRecord;
    return typeof record.order === 'number' && isDigest(record.artifactDigest) ? record : undefined;
  } catch {
    return undefined;
  }
}

async function writeRecord(releaseDir: string, record: ReleaseRecord): Promise<void> {
  await writeFileAtomic(
    join(releaseDir, RELEASE_RECORD),
    JSON.stringify(record, null, 2) + '\n',
    0o644,
  );
}

/** Write beside `path` and rename over it: a reader sees the old file or the whole new one. */
async function writeFileAtomic(path: string, data: string | Buffer, mode: number): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  // O_EXCL|O_NOFOLLOW: never write through a link planted at the temporary name.
  const fh = await open(tmp, fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL | (fsc.O_NOFOLLOW ?? 0), mode);
  try {
    await fh.chmod(mode); // the umask may have taken bits; 0600 must be exactly that
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  await rename(tmp, path);
}

/** Make a rename in `dir` durable across a power loss, not only a kill. */
async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, fsc.O_RDONLY);
  try {
    await fh.sync();
  } catch (err) {
    // Some filesystems refuse fsync on a directory; the rename itself is still atomic.
    if (!['EINVAL', 'EISDIR', 'EBADF'].includes((err as NodeJS.ErrnoException).code ?? ''))
      throw err;
  } finally {
    await fh.close();
  }
}

export { releaseName };
