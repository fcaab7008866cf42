/**
 * msdeploy installs from git or a tarball (`npm install -g github:<org>/msdeploy`) and runs
 * without pulling any dependency: bin/msdeploy.js runs the committed, self-contained bundle
 * dist/cli/ (index.js and its chunks). These tests pack the package the way npm does and install it offline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { isBuiltin } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './support/action-runner.js';
import { allImports } from './support/bundle-imports.js';

interface PackResult {
  filename: string;
  files: { path: string }[];
}

/** npm's environment without what jest or an enclosing `npm run` put there. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k) && k !== 'NODE_OPTIONS') env[k] = v;
  }
  return env;
}

function npm(args: string[], cwd = PROJECT_ROOT): string {
  return execFileSync('npm', args, {
    cwd,
    env: npmEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  bin?: Record<string, string>;
  files?: string[];
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

describe('the npm package', () => {
  let files: string[];
  beforeAll(() => {
    const [result] = JSON.parse(npm(['pack', '--dry-run', '--json'])) as PackResult[];
    files = (result?.files ?? []).map((f) => f.path).sort();
  });

  it('ships the bin and the whole CLI bundle, and nothing of the sources', () => {
    expect(files).toEqual(expect.arrayContaining(['bin/msdeploy.js', 'dist/cli/index.js']));
    expect(pkg.bin).toEqual({ msdeploy: 'bin/msdeploy.js' });
    const bundle = readdirSync(join(PROJECT_ROOT, 'dist/cli')).map((f) => `dist/cli/${f}`);
    expect(files).toEqual(expect.arrayContaining(bundle));
    expect(files.filter((f) => /^(src|test|scripts|node_modules|examples)\//.test(f))).toEqual([]);
  });

  it('has no runtime dependencies: the bundles carry everything', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
  });

  it('has no script that makes a git install run `npm install` of every dev dependency', () => {
    // npm (pacote) prepares a git dependency with a full install when any of these exists.
    const preparing = ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall'];
    expect(Object.keys(pkg.scripts ?? {}).filter((s) => preparing.includes(s))).toEqual([]);
  });

  it('loads nothing at run time but Node built-ins and its own files', () => {
    const bin = readFileSync(join(PROJECT_ROOT, 'bin/msdeploy.js'), 'utf8');
    expect([...bin.matchAll(/^import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1])).toEqual([
      '../dist/cli/index.js',
    ]);
    const cli = join(PROJECT_ROOT, 'dist/cli');
    const specifiers = new Set<string>();
    for (const f of readdirSync(cli).filter((f) => f.endsWith('.js'))) {
      for (const s of allImports(readFileSync(join(cli, f), 'utf8'))) specifiers.add(s);
    }
    const ownFiles = [...specifiers].filter((s) => s.startsWith('./'));
    expect(ownFiles.length).toBeGreaterThan(0);
    expect(ownFiles.filter((s) => !existsSync(join(cli, s)))).toEqual([]);
    const packages = [...specifiers].filter((s) => !s.startsWith('./'));
    expect(packages.length).toBeGreaterThan(0);
    expect(packages.filter((name) => !isBuiltin(name))).toEqual([]);
  });
});

describe('installed from the packed tarball, offline', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'msdeploy-pack-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs `msdeploy --help` with nothing but the package itself', () => {
    const [packed] = JSON.parse(
      npm(['pack', '--json', '--pack-destination', dir, '--ignore-scripts']),
    ) as PackResult[];
    const prefix = join(dir, 'prefix');
    npm(
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--offline',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        join(dir, packed!.filename),
      ],
      dir,
    );
    const installed = join(prefix, 'lib/node_modules/msdeploy');
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);

    for (const args of [['--help'], ['detect', '--help'], ['build', '--help']]) {
      const r = spawnSync(join(prefix, 'bin/msdeploy'), args, {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: dir },
        encoding: 'utf8',
      });
      expect([args.join(' '), r.status, r.stderr]).toEqual([args.join(' '), 0, '']);
      expect(r.stdout).toMatch(/Usage: msdeploy/);
    }
  });
});
