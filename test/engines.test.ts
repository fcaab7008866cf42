/**
 * package.json's `engines.node` tells the truth: every package that ends up in a bundle (the
 * closure of what src/ imports, resolved through package-lock.json) accepts every Node.js
 * version we claim, and the dev tooling at least runs on our minimum's release line.
 *
 * Lockfile v3 records each package's `engines`; npm only warns about them at install time, and
 * the bundler bundles them regardless, so without this check a dependency can quietly raise our floor
 * (content-type 3 declares node >= 22 while we claim 20).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin, createRequire } from 'node:module';
import { join } from 'node:path';
import { PROJECT_ROOT } from './support/action-runner.js';

// semver (6 or 7, whichever npm hoisted; the API used here is the same) has no bundled types.
interface SemVer {
  version: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: readonly (string | number)[];
}
interface Comparator {
  operator: '' | '=' | '<' | '<=' | '>' | '>=';
  semver: SemVer | Record<string, never>;
}
const semver = createRequire(import.meta.url)('semver') as {
  Range: new (range: string) => { set: Comparator[][] };
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): SemVer | null;
  intersects(a: string, b: string): boolean;
  inc(version: string, release: 'patch'): string | null;
  compare(a: string, b: string): number;
  parse(version: string): SemVer | null;
};

interface LockPackage {
  version?: string;
  dev?: boolean;
  engines?: { node?: string } | string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
interface Lock {
  lockfileVersion: number;
  packages: Record<string, LockPackage>;
}

/**
 * The release versions inside `ours` that `theirs` rejects, or [] when `ours` is a subset of
 * `theirs` (prereleases aside). Exact: the versions outside `theirs` form intervals that start
 * at an upper bound of one of its comparators, so those points and the lower bounds of `ours`
 * are the only places a counterexample can first appear.
 */
function excludedVersions(ours: string, theirs: string): string[] {
  const points = new Set<string>();
  const release = (v: SemVer) => `${v.major}.${v.minor}.${v.patch}`;
  for (const range of [ours, theirs]) {
    for (const c of new semver.Range(range).set.flat()) {
      if (!('version' in c.semver)) continue; // `*`
      const v = c.semver as SemVer;
      const pre = v.prerelease.length > 0;
      if (c.operator === '<' || c.operator === '>=') points.add(release(v));
      else if (pre) points.add(release(v));
      else points.add(semver.inc(v.version, 'patch')!); // `<=`, `>`, `=`: the next patch
    }
  }
  const min = semver.minVersion(ours);
  if (min) points.add(min.version);
  return [...points]
    .filter((v) => semver.satisfies(v, ours) && !semver.satisfies(v, theirs))
    .sort(semver.compare);
}

function nodeRange(p: LockPackage | undefined): string | undefined {
  return p?.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
}

/** Where `name` required from the package at lock path `from` resolves (node's lookup). */
function resolveIn(lock: Lock, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const up = base.lastIndexOf('/node_modules/');
    base = up < 0 ? '' : base.slice(0, up);
  }
}

/** Bare package names imported anywhere under `dir` (static, dynamic and type imports). */
function importedPackages(dir: string, names = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) importedPackages(path, names);
    if (!entry.isFile() || !/\.[cm]?ts$/.test(entry.name)) continue;
    const code = readFileSync(path, 'utf8');
    const specifiers = code.matchAll(
      /(?:^\s*(?:import|export)\b[^;]*?\bfrom\s*|\bimport\s*\(\s*|^\s*import\s*)['"]([^'"./][^'"]*)['"]/gm,
    );
    for (const m of specifiers) {
      const spec = m[1]!;
      if (isBuiltin(spec)) continue;
      const parts = spec.split('/');
      names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return names;
}

/** Lock paths of `roots` and everything they depend on, transitively. */
function closure(lock: Lock, roots: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const p = lock.packages[path];
    if (!p) continue;
    const deps = { ...p.dependencies, ...p.optionalDependencies, ...p.peerDependencies };
    for (const name of Object.keys(deps)) {
      const target = resolveIn(lock, path, name);
      if (target) queue.push(target); // a missing optional/peer dependency is not installed
    }
  }
  return seen;
}

const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as Lock;
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  engines?: { node?: string };
};
const ours = pkg.engines?.node ?? '';
const imported = importedPackages(join(PROJECT_ROOT, 'src'));
const bundled = closure(
  lock,
  [...imported].map((name) => resolveIn(lock, '', name) ?? `(missing) ${name}`),
);

const describePkg = (path: string) =>
  `${path.replace(/^.*node_modules\//, '')}@${lock.packages[path]?.version}`;

describe('engines.node', () => {
  it('is declared, and package-lock.json agrees with package.json', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(semver.minVersion(ours)).not.toBeNull();
    expect(nodeRange(lock.packages[''])).toBe(ours);
  });

  it('bundled packages are found: src/ imports only what package-lock.json has', () => {
    expect([...bundled].filter((p) => p.startsWith('(missing)'))).toEqual([]);
    const names = [...bundled].map((p) => p.replace(/^.*node_modules\//, ''));
    expect(names).toEqual(
      expect.arrayContaining(['@actions/core', '@octokit/request', 'content-type', 'yaml']),
    );
  });

  it(`every bundled package accepts every Node.js version we claim`, () => {
    const problems: string[] = [];
    for (const path of [...bundled].sort()) {
      const range = nodeRange(lock.packages[path]);
      if (!range) continue;
      const excluded = excludedVersions(ours, range);
      if (excluded.length > 0) {
        problems.push(
          `${describePkg(path)} needs node ${JSON.stringify(range)}, ` +
            `which excludes ${excluded[0]} (we claim ${JSON.stringify(ours)})`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('dev tooling runs on some release of our minimum line', () => {
    // eslint and jest skip odd majors and pin late minors (20.19+): fine for contributors, who
    // follow README; a tool that drops our minimum's line altogether is not.
    const min = semver.minVersion(ours)!;
    const line = `>=${min.version} <${min.major + 1}.0.0`;
    const problems: string[] = [];
    for (const [path, p] of Object.entries(lock.packages)) {
      const range = nodeRange(p);
      if (!path || !range || bundled.has(path)) continue;
      if (!semver.intersects(range, line)) {
        problems.push(`${describePkg(path)} needs node ${JSON.stringify(range)}: none of ${line}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('excludedVersions', () => {
  it.each([
    ['>=20', '>=22', ['20.0.0']],
    ['>=20', '>= 20', []],
    ['>=20', '*', []],
    ['>=20', '^18.17.0 || >=20.5.0', ['20.0.0']],
    ['>=20.5.0', '^18.17.0 || >=20.5.0', []],
    ['>=20.5.0', '^18.14.0 || ^20.0.0 || ^22.0.0 || >=24.0.0', ['21.0.0', '23.0.0']],
    ['>=20', '18 || 20 || >=22', ['21.0.0']],
    ['>=20', '>=16 <=22.3.1', ['22.3.2']],
    ['^20.5.0 || >=22', '>=20.5.0', []],
  ])('%s against %s', (a, b, expected) => {
    expect(excludedVersions(a, b)).toEqual(expected);
  });
});
