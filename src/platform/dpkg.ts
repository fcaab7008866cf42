/**
 * The `deb` artifact kind: a reproducible Debian package built with dpkg-deb. The staging tree
 * (DEBIAN/control + the build output under the install prefix) gets fixed mtimes and normalised
 * modes; dpkg-deb runs with --root-owner-group and SOURCE_DATE_EPOCH, so the same build output
 * always gives the same .deb bytes.
 */
import { randomBytes } from 'node:crypto';
import {
  chmod,
  copyFile,
  lutimes,
  mkdir,
  readlink,
  rename,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { digestFile } from '../core/artifact/digest.js';
import { listPackableEntries } from '../core/artifact/pack-entries.js';
import { TarType } from '../core/artifact/tar.js';
import type { Digest } from '../core/artifact/types.js';
import { ProgramNotFoundError, runProcess } from './process.js';
import { isInside } from '../core/paths/inside.js';

export interface DebOptions {
  /** The build output: its contents are installed under installPrefix. */
  stageDir: string;
  outFile: string;
  package: string;
  /** Our build version (semver, e.g. `1.4.0+12.abc1234`); converted with debianVersion(). */
  version: string;
  /** `Name <email>` */
  maintainer: string;
  /** First line: the synopsis; further lines: the extended description. */
  description: string;
  /** Debian relations, e.g. `libc6 (>= 2.36)` or `nodejs | nodejs-lts`. */
  depends?: string[];
  /** Default `all`. */
  architecture?: string;
  /** Absolute install directory, e.g. `/opt/catalog`. */
  installPrefix: string;
  /** Seconds since the epoch: the mtime of every file and of the package itself. */
  mtime: number;
}

export class DebPackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DebPackageError';
  }
}

const DPKG_DEB = 'dpkg-deb';

export async function buildDeb(opts: DebOptions): Promise<{ digest: Digest; size: number }> {
  if (!Number.isInteger(opts.mtime) || opts.mtime < 0) {
    throw new DebPackageError(`Package mtime ${opts.mtime} is not whole seconds since the epoch.`);
  }
  controlFile(opts); // validate before touching the disk
  const prefix = checkInstallPrefix(opts.installPrefix);
  const out = resolve(opts.outFile);
  if (isInside(resolve(opts.stageDir), dirname(out))) {
    throw new DebPackageError(
      `The package file ${out} is inside the build output ${resolve(opts.stageDir)}; write it elsewhere.`,
    );
  }
  const work = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.partial`);
  const root = join(work, 'root');
  const tmpDeb = join(work, 'package.deb');
  try {
    await mkdir(root, { recursive: true });
    await stageTree(opts, root, prefix);
    await runDpkgDeb(['--root-owner-group', '-Zgzip', '--build', root, tmpDeb], opts.mtime, work);
    const [digest, { size }] = await Promise.all([digestFile(tmpDeb), stat(tmpDeb)]);
    await rename(tmpDeb, out);
    return { digest, size };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Our semver build version as a Debian version: the prerelease separator `-` becomes `~` (so
 * `1.0.0~rc.1` sorts before `1.0.0`, as in semver) and other hyphens become `.`, since a `-`
 * would start a Debian revision.
 */
export function debianVersion(version: string): string {
  const plus = version.indexOf('+');
  const main = plus === -1 ? version : version.slice(0, plus);
  const build = plus === -1 ? '' : version.slice(plus);
  const dash = main.indexOf('-');
  const converted =
    dash === -1 ? main : `${main.slice(0, dash)}~${main.slice(dash + 1).replaceAll('-', '.')}`;
  const result = converted + build.replaceAll('-', '.');
  if (!/^[0-9][A-Za-z0-9.+~]*$/.test(result)) {
    throw new DebPackageError(
      `Version "${version}" cannot be a Debian version (got "${result}"): it must start with a digit and use only letters, digits and . + ~ - (Debian policy 5.6.12).`,
    );
  }
  return result;
}

/** DEBIAN/control, refusing values that break Debian policy or could inject fields. */
export function controlFile(opts: DebOptions, installedSizeKb?: number): string {
  if (!/^[a-z0-9][a-z0-9+.-]+$/.test(opts.package)) {
    throw new DebPackageError(
      `Package name "${opts.package}" is invalid: Debian package names are at least two characters of lowercase letters, digits and + - . starting with a letter or digit (Debian policy 5.6.1).`,
    );
  }
  const architecture = opts.architecture ?? 'all';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(architecture)) {
    throw new DebPackageError(
      `Architecture "${architecture}" is invalid: use a Debian architecture such as all, amd64 or arm64.`,
    );
  }
  if (!/^[^\n<>]+ <[^\s<>@]+@[^\s<>]+>$/.test(opts.maintainer)) {
    throw new DebPackageError(
      `Maintainer "${opts.maintainer}" is invalid: write it as "Full Name <email@example.com>" (Debian policy 5.6.2).`,
    );
  }
  const depends = opts.depends ?? [];
  for (const dep of depends) checkRelation(dep);
  const [synopsis, ...rest] = opts.description.replace(/\r\n?/g, '\n').trimEnd().split('\n');
  if (!synopsis?.trim()) {
    throw new DebPackageError(
      `Package ${opts.package} needs a description: its first line is the synopsis.`,
    );
  }
  const extended = rest.map((line) => (line.trim() === '' ? ' .' : ` ${line}`));
  const fields = [
    `Package: ${opts.package}`,
    `Version: ${debianVersion(opts.version)}`,
    `Architecture: ${architecture}`,
    `Maintainer: ${opts.maintainer}`,
    ...(installedSizeKb === undefined ? [] : [`Installed-Size: ${installedSizeKb}`]),
    ...(depends.length ? [`Depends: ${depends.join(', ')}`] : []),
    `Section: misc`,
    `Priority: optional`,
    `Description: ${synopsis.trim()}`,
    ...extended,
  ];
  return `${fields.join('\n')}\n`;
}

const PACKAGE = '[a-z0-9][a-z0-9+.-]+(?::[a-z0-9-]+)?';
const VERSION_CONSTRAINT = '\\s*\\(\\s*(?:<<|<=|=|>=|>>)\\s*[A-Za-z0-9.+~:-]+\\s*\\)';
const RELATION = new RegExp(`^${PACKAGE}(?:${VERSION_CONSTRAINT})?$`);

function checkRelation(dep: string): void {
  const alternatives = dep.split('|').map((a) => a.trim());
  if (alternatives.some((a) => !RELATION.test(a))) {
    throw new DebPackageError(
      `Dependency "${dep}" is invalid: write each as "package", "package (>= 1.2)" or alternatives "a | b" (Debian policy 7.1).`,
    );
  }
}

function checkInstallPrefix(prefix: string): string {
  const normal = posix.normalize(prefix);
  if (
    !prefix.startsWith('/') ||
    normal === '/' ||
    prefix.split('/').includes('..') ||
    /[\n\\]/.test(prefix)
  ) {
    throw new DebPackageError(
      `Install prefix "${prefix}" is invalid: use an absolute directory below the root, such as /opt/<service>.`,
    );
  }
  // The first component DEBIAN is the package's control area (maintainer scripts run as root).
  if (normal.split('/')[1] === 'DEBIAN') {
    throw new DebPackageError(
      `Install prefix "${prefix}" is inside /DEBIAN, the package's control area: install the build output elsewhere, such as /opt/<service>.`,
    );
  }
  return normal.replace(/\/+$/, '');
}

/** DEBIAN/control plus the build output under the prefix, with fixed mtimes and normal modes. */
async function stageTree(opts: DebOptions, root: string, prefix: string): Promise<void> {
  const { mtime } = opts;
  const entries = listPackableEntries(opts.stageDir, mtime);
  // Installed-Size as dpkg-gencontrol counts it: KiB per file, one per directory or link.
  const installedSizeKb = entries.reduce(
    (kb, e) => kb + (e.type === TarType.file ? Math.ceil(e.size / 1024) : 1),
    0,
  );
  const control = controlFile(opts, installedSizeKb);
  const dirs: string[] = [join(root, 'DEBIAN')];
  await mkdir(join(root, 'DEBIAN'));
  await writeFile(join(root, 'DEBIAN', 'control'), control);
  await setMeta(join(root, 'DEBIAN', 'control'), 0o644, mtime);

  const segments = prefix.split('/').filter(Boolean);
  for (let i = 1; i <= segments.length; i++) dirs.push(join(root, ...segments.slice(0, i)));
  await mkdir(join(root, ...segments), { recursive: true });
  const base = join(root, ...segments);

  for (const e of entries) {
    const target = join(base, ...e.path.split('/'));
    if (e.type === TarType.directory) {
      await mkdir(target);
      dirs.push(target);
    } else if (e.type === TarType.file) {
      await copyFile(e.abs, target);
      await setMeta(target, e.mode, mtime);
    } else {
      await symlink(await readlink(e.abs), target);
      await lutimes(target, mtime, mtime);
    }
  }
  // Directories last: creating their children changed their mtimes.
  for (const dir of dirs.reverse()) await setMeta(dir, 0o755, mtime);
  await setMeta(root, 0o755, mtime);
}

async function setMeta(path: string, mode: number, mtime: number): Promise<void> {
  await chmod(path, mode);
  await utimes(path, mtime, mtime);
}

/** dpkg-deb through argv (no shell), with SOURCE_DATE_EPOCH fixing the ar member times. */
async function runDpkgDeb(args: string[], mtime: number, cwd: string): Promise<void> {
  let r;
  try {
    r = await runProcess(DPKG_DEB, args, {
      cwd,
      extraEnv: { SOURCE_DATE_EPOCH: String(mtime) },
      installHint: 'dpkg',
      tailLines: 60,
    });
  } catch (e) {
    throw new DebPackageError(
      e instanceof ProgramNotFoundError
        ? `Cannot build a deb: ${DPKG_DEB} is not installed. Install the Debian package "dpkg" (apt-get install dpkg).`
        : `Cannot start ${DPKG_DEB}: ${(e as Error).message}`,
    );
  }
  if (r.exitCode !== 0) {
    throw new DebPackageError(
      `${DPKG_DEB} ${args.join(' ')} failed (exit ${r.exitCode}):\n${r.tail.join('\n').trim()}`,
    );
  }
}

/**
 * Install `debFile` into the dpkg root `root` (its own database under `<root>/var/lib/dpkg`,
 * created on first use): the local driver's way to make a `deb` release live. An earlier version
 * installed over a later one is a downgrade, which dpkg does: that is how a rollback goes back.
 */
export async function installDeb(root: string, debFile: string): Promise<void> {
  const admin = join(root, 'var', 'lib', 'dpkg');
  for (const dir of ['updates', 'info']) await mkdir(join(admin, dir), { recursive: true });
  await mkdir(join(root, 'var', 'log'), { recursive: true });
  await writeFile(join(admin, 'status'), '', { flag: 'a' });
  const r = await runProcess(
    'dpkg',
    [
      `--root=${root}`,
      `--log=${join(root, 'var', 'log', 'dpkg.log')}`,
      // Not root (tests, containers): dpkg still installs into a root this user owns.
      '--force-not-root',
      // A root of its own knows none of the system's packages: dependencies are the system's
      // to satisfy, checked only when installing into the system itself.
      ...(resolve(root) === '/' ? [] : ['--force-depends']),
      '-i',
      debFile,
    ],
    { cwd: root, installHint: 'dpkg', timeoutMs: 10 * 60 * 1000 },
  );
  if (r.exitCode !== 0) {
    throw new DebPackageError(
      `dpkg -i into ${root} failed (exit ${r.exitCode}): ${r.tail.join('\n')}`,
    );
  }
}
