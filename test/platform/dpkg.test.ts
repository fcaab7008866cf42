import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestFile } from '../../src/core/artifact/digest.js';
import { UnsafeEntryError } from '../../src/core/artifact/pack-entries.js';
import {
  buildDeb,
  controlFile,
  DebPackageError,
  debianVersion,
  type DebOptions,
} from '../../src/platform/dpkg.js';

const DPKG_DEB = '/usr/bin/dpkg-deb';
const MTIME = 1_700_000_000;

function dpkgDeb(...args: string[]): string {
  if (!existsSync(DPKG_DEB)) {
    throw new Error('dpkg-deb is missing: install the Debian package "dpkg" to run these tests.');
  }
  return execFileSync(DPKG_DEB, args, { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
}

describe('debianVersion', () => {
  it.each([
    ['1.4.0+12.abc1234', '1.4.0+12.abc1234'],
    ['1.4.0', '1.4.0'],
    ['2.0.0-rc.1+7.deadbee', '2.0.0~rc.1+7.deadbee'],
    ['1.0.0-alpha-2', '1.0.0~alpha.2'],
    ['1.0.0+build-5', '1.0.0+build.5'],
  ])('%s → %s', (semver, deb) => expect(debianVersion(semver)).toBe(deb));

  it('refuses what cannot be a Debian version', () => {
    expect(() => debianVersion('v1.0.0')).toThrow(/must start with a digit/);
    expect(() => debianVersion('1.0 0')).toThrow(DebPackageError);
  });

  it('orders a prerelease before its release, as semver does', () => {
    const lt = (a: string, b: string) => {
      try {
        execFileSync('dpkg', ['--compare-versions', a, 'lt', b]);
        return true;
      } catch {
        return false;
      }
    };
    expect(lt(debianVersion('1.0.0-rc.1'), debianVersion('1.0.0'))).toBe(true);
    expect(lt(debianVersion('1.0.0+1.a'), debianVersion('1.0.1-beta'))).toBe(true);
  });
});

describe('controlFile', () => {
  const base: DebOptions = {
    stageDir: '/nonexistent',
    outFile: '/nonexistent.deb',
    package: 'catalog',
    version: '1.0.0',
    maintainer: 'Platform Team <platform@example.com>',
    description: 'Catalog service',
    installPrefix: '/opt/catalog',
    mtime: MTIME,
  };

  it.each([
    [{ package: 'Catalog' }, /Package name "Catalog" is invalid/],
    [{ package: 'c' }, /at least two characters/],
    [{ package: 'cat_alog' }, /Package name/],
    [{ maintainer: 'nobody' }, /Full Name <email@example.com>/],
    [{ maintainer: 'A <a@b.c>\nEssential: yes' }, /Maintainer/],
    [{ depends: ['libc6 (>= 2.36)', 'x\nPre-Depends: evil'] }, /Dependency "x\nPre-Depends/],
    [{ depends: ['nodejs (~> 20)'] }, /Dependency/],
    [{ architecture: 'AMD64' }, /Architecture/],
    [{ description: '  \n' }, /needs a description/],
  ] as [Partial<DebOptions>, RegExp][])('refuses %j', (override, error) => {
    expect(() => controlFile({ ...base, ...override })).toThrow(error);
  });

  it('formats the extended description as continuation lines', () => {
    const text = controlFile(
      {
        ...base,
        description: 'Synopsis\nFirst para.\n\nSecond para.',
        depends: ['aa | bb (>= 1)'],
      },
      12,
    );
    expect(text).toContain('Installed-Size: 12\n');
    expect(text).toContain('Depends: aa | bb (>= 1)\n');
    expect(text.endsWith('Description: Synopsis\n First para.\n .\n Second para.\n')).toBe(true);
  });
});

describe('buildDeb', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'msdeploy-dpkg-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function stage(name: string, fileMtime: number, umask: number): string {
    const dir = join(work, name);
    const old = process.umask(umask);
    try {
      mkdirSync(join(dir, 'bin'), { recursive: true });
      mkdirSync(join(dir, 'empty'));
      writeFileSync(join(dir, 'bin', 'server'), '#!/bin/sh\nexec node ../lib/main.js\n');
      chmodSync(join(dir, 'bin', 'server'), 0o700);
      mkdirSync(join(dir, 'lib'));
      writeFileSync(join(dir, 'lib', 'main.js'), 'console.log("catalog");\n');
      symlinkSync('bin/server', join(dir, 'start'));
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, '.git', 'HEAD'), 'x');
      for (const f of ['bin/server', 'lib/main.js']) utimesSync(join(dir, f), fileMtime, fileMtime);
    } finally {
      process.umask(old);
    }
    return dir;
  }

  const options = (stageDir: string, outFile: string): DebOptions => ({
    stageDir,
    outFile,
    package: 'catalog',
    version: '1.4.0-rc.2+12.abc1234',
    maintainer: 'Platform Team <platform@example.com>',
    description: 'Catalog service\nServes the product catalog.',
    depends: ['nodejs (>= 20)'],
    installPrefix: '/opt/catalog',
    mtime: MTIME,
  });

  it('builds a valid, reproducible package', async () => {
    const a = stage('stage-a', 1000, 0o022);
    const b = stage('elsewhere/stage-b', 2_000_000, 0o077);
    const first = await buildDeb(options(a, join(work, 'a.deb')));
    const second = await buildDeb(options(b, join(work, 'b.deb')));
    expect(second.digest).toBe(first.digest);
    expect(first.digest).toBe(await digestFile(join(work, 'a.deb')));

    const info = dpkgDeb('--info', join(work, 'a.deb'));
    expect(info).toContain('Package: catalog');
    expect(info).toContain('Version: 1.4.0~rc.2+12.abc1234');
    expect(info).toContain('Architecture: all');
    expect(info).toContain('Depends: nodejs (>= 20)');
    expect(info).toContain('Description: Catalog service');
    expect(info).toContain(' Serves the product catalog.');

    const rows = dpkgDeb('--contents', join(work, 'a.deb')).trimEnd().split('\n');
    const byName = new Map(rows.map((r) => [r.split(/\s+/).slice(5).join(' '), r.split(/\s+/)]));
    expect([...byName.keys()].sort()).toEqual(
      [
        './',
        './opt/',
        './opt/catalog/',
        './opt/catalog/bin/',
        './opt/catalog/bin/server',
        './opt/catalog/empty/',
        './opt/catalog/lib/',
        './opt/catalog/lib/main.js',
        './opt/catalog/start -> bin/server',
      ].sort(),
    );
    for (const [, cols] of byName) {
      expect(cols[1]).toBe('root/root');
      expect(`${cols[3]} ${cols[4]}`).toBe('2023-11-14 22:13');
    }
    expect(byName.get('./opt/catalog/bin/server')![0]).toBe('-rwxr-xr-x');
    expect(byName.get('./opt/catalog/lib/main.js')![0]).toBe('-rw-r--r--');
    expect(byName.get('./opt/catalog/empty/')![0]).toBe('drwxr-xr-x');
  });

  it('refuses an invalid package before touching the disk', async () => {
    const dir = join(work, 'invalid');
    mkdirSync(dir);
    const opts = {
      ...options(stage('stage-invalid', 1, 0o022), join(dir, 'x.deb')),
      package: 'Bad',
    };
    await expect(buildDeb(opts)).rejects.toThrow(DebPackageError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to write the package inside the build output', async () => {
    const src = stage('stage-inside', 1, 0o022);
    await expect(buildDeb(options(src, join(src, 'pkg.deb')))).rejects.toThrow(
      /inside the build output/,
    );
  });

  it('refuses a relative or root install prefix', async () => {
    const src = stage('stage-prefix', 1, 0o022);
    for (const installPrefix of ['opt/catalog', '/', '/opt/../etc']) {
      await expect(
        buildDeb({ ...options(src, join(work, 'p.deb')), installPrefix }),
      ).rejects.toThrow(/Install prefix/);
    }
  });

  it('refuses an install prefix inside the control area DEBIAN, however it is spelled', async () => {
    const src = stage('stage-debian', 1, 0o022);
    for (const installPrefix of ['/DEBIAN', '//DEBIAN/', '/./DEBIAN', '/DEBIAN/x']) {
      await expect(
        buildDeb({ ...options(src, join(work, 'p.deb')), installPrefix }),
      ).rejects.toThrow(/inside \/DEBIAN, the package's control area/);
    }
  });

  it('refuses a build output with a symlink leaving it, leaving no partial file', async () => {
    const src = stage('stage-unsafe', 1, 0o022);
    symlinkSync('/etc/passwd', join(src, 'pw'));
    const dir = join(work, 'unsafe-out');
    mkdirSync(dir);
    await expect(buildDeb(options(src, join(dir, 'x.deb')))).rejects.toThrow(UnsafeEntryError);
    expect(readdirSync(dir)).toEqual([]);
  });
});
