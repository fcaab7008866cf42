/**
 * Local stand-ins for the third-party actions our workflows use. Each takes only the inputs it
 * honours (anything else fails the play) and does what the real action would leave behind:
 *
 * - actions/checkout: fetches the play's `origin` into the workspace, as the action does:
 *   `fetch-depth` commits (default 1; 0 = all branches and tags) of the run's ref, then checks
 *   out `github.sha` (a local branch for a branch ref, detached otherwise). Credentials are not
 *   persisted (the origin is a local path).
 * - actions/setup-node: the node running the tests; `node-version` is recorded, not installed,
 *   and `cache` is ignored (there is no cache service).
 * - actions/upload-artifact and actions/download-artifact: the run's artifacts are directories
 *   under the play's run directory, shared by its jobs. Upload takes literal paths (a file is
 *   stored under its name, a directory's contents under their paths in it; globs fail the
 *   play); download takes `name` or a `pattern` (`*` wildcards) and `merge-multiple`.
 */
import { basename, dirname, isAbsolute, join } from 'node:path';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { runProcess } from '../action-runner.js';
import type { Machine, RunInfo } from './machine.js';
import { PlayerError } from './errors.js';

export interface StandInContext {
  inputs: Record<string, string>;
  machine: Machine;
  run: RunInfo;
  addPath(dir: string): void;
}

export interface StandIn {
  inputs: string[];
  run(
    ctx: StandInContext,
  ): Promise<{ failed: boolean; outputs: Record<string, string>; log: string }>;
}

const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
};

async function checkout(
  ctx: StandInContext,
): Promise<{ failed: boolean; outputs: Record<string, string>; log: string }> {
  const { inputs, machine, run } = ctx;
  const origin = run.options.origin;
  if (!origin)
    throw new PlayerError(
      'actions/checkout: the play has no `origin` to fetch from (PlayOptions.origin)',
    );
  if (inputs.repository && inputs.repository !== run.repository) {
    throw new PlayerError(
      `actions/checkout: only the run's own repository (${run.repository}) can be checked out, not ${inputs.repository}`,
    );
  }
  const dir = join(machine.workspace, inputs.path ?? '');
  mkdirSync(dir, { recursive: true });
  const ref = inputs.ref || run.options.ref;
  const sha = inputs.ref ? '' : run.options.sha;
  const depth = Number(inputs['fetch-depth'] ?? '1');
  if (!Number.isInteger(depth) || depth < 0)
    throw new PlayerError(
      `actions/checkout: fetch-depth must be a whole number, not ${inputs['fetch-depth']}`,
    );
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const local = branch
    ? `refs/remotes/origin/${branch}`
    : ref.startsWith('refs/pull/')
      ? ref.replace(/^refs\/pull\//, 'refs/remotes/pull/')
      : `refs/tags/${ref.replace(/^refs\/tags\//, '')}`;
  const specs =
    depth === 0
      ? ['+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*', `+${ref}:${local}`]
      : [`+${ref}:${local}`];
  const fetchTags = depth === 0 || inputs['fetch-tags'] === 'true' ? [] : ['--no-tags'];
  const steps: string[][] = [
    ['init', '-q', dir],
    // file:// rather than a path: git ignores --depth over the local transport.
    ['-C', dir, 'remote', 'add', 'origin', isAbsolute(origin) ? `file://${origin}` : origin],
    [
      '-C',
      dir,
      'fetch',
      '-q',
      ...fetchTags,
      '--prune',
      ...(depth > 0 ? [`--depth=${depth}`] : []),
      'origin',
      ...specs,
    ],
    branch
      ? ['-C', dir, 'checkout', '-q', '--force', '-B', branch, sha || local]
      : ['-C', dir, 'checkout', '-q', '--force', '--detach', sha || local],
  ];
  let log = '';
  for (const args of steps) {
    const p = await runProcess('git', args, {
      cwd: machine.workspace,
      env: { ...machine.baseEnv(), ...GIT_ENV },
    });
    log += `git ${args.join(' ')}\n${p.stdout}${p.stderr}`;
    if (p.code !== 0) return { failed: true, outputs: {}, log };
  }
  const head = await runProcess('git', ['-C', dir, 'rev-parse', 'HEAD'], {
    cwd: dir,
    env: { ...machine.baseEnv(), ...GIT_ENV },
  });
  const commit = head.stdout.trim();
  if (sha && commit !== sha) {
    return {
      failed: true,
      outputs: {},
      log: `${log}the origin's ${ref} is at ${commit}, not the run's sha ${sha}\n`,
    };
  }
  return { failed: false, outputs: { ref, commit }, log };
}

type StandInResult = { failed: boolean; outputs: Record<string, string>; log: string };

function artifactsDir(run: RunInfo): string {
  return join(run.runDir, 'artifacts');
}

function upload({ inputs, machine, run }: StandInContext): Promise<StandInResult> {
  const name = inputs.name || 'artifact';
  const paths = (inputs.path ?? '')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  if (paths.length === 0) throw new PlayerError('actions/upload-artifact: `path` is required');
  const globbed = paths.find((p) => /[*?[\]!]/.test(p));
  if (globbed)
    throw new PlayerError(
      `actions/upload-artifact: the stand-in takes literal paths only, not ${globbed}`,
    );
  const dest = join(artifactsDir(run), name);
  if (existsSync(dest))
    return Promise.resolve({
      failed: true,
      outputs: {},
      log: `an artifact named ${name} already exists in this run\n`,
    });
  const found = paths
    .map((p) => (isAbsolute(p) ? p : join(machine.workspace, p)))
    .filter((p) => existsSync(p));
  if (found.length === 0) {
    const mode = inputs['if-no-files-found'] || 'warn';
    const log = `no files were found with the provided path: ${paths.join(', ')}\n`;
    return Promise.resolve(
      mode === 'error' ? { failed: true, outputs: {}, log } : { failed: false, outputs: {}, log },
    );
  }
  mkdirSync(dest, { recursive: true });
  for (const p of found)
    cpSync(p, statSync(p).isDirectory() ? dest : join(dest, basename(p)), { recursive: true });
  return Promise.resolve({
    failed: false,
    outputs: { 'artifact-id': name },
    log: `uploaded ${name}\n`,
  });
}

function download({ inputs, machine, run }: StandInContext): Promise<StandInResult> {
  const all = existsSync(artifactsDir(run)) ? readdirSync(artifactsDir(run)) : [];
  const pattern = inputs.pattern
    ? new RegExp(
        `^${inputs.pattern
          .split('*')
          .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      )
    : undefined;
  const names = inputs.name
    ? all.filter((n) => n === inputs.name)
    : all.filter((n) => !pattern || pattern.test(n));
  if (inputs.name && names.length === 0)
    return Promise.resolve({
      failed: true,
      outputs: {},
      log: `artifact not found: ${inputs.name}\n`,
    });
  const base = inputs.path
    ? isAbsolute(inputs.path)
      ? inputs.path
      : join(machine.workspace, inputs.path)
    : machine.workspace;
  // One named artifact, or merge-multiple, lands in path itself; several go to path/<name>.
  const merge = Boolean(inputs.name) || inputs['merge-multiple'] === 'true';
  for (const n of names)
    cpSync(join(artifactsDir(run), n), merge ? base : join(base, n), { recursive: true });
  mkdirSync(base, { recursive: true });
  return Promise.resolve({
    failed: false,
    outputs: { 'download-path': base },
    log: `downloaded ${names.join(', ') || 'nothing'}\n`,
  });
}

export const STAND_INS: Record<string, StandIn> = {
  'actions/upload-artifact': {
    inputs: [
      'name',
      'path',
      'if-no-files-found',
      'retention-days',
      'compression-level',
      'overwrite',
      'include-hidden-files',
    ],
    run: upload,
  },
  'actions/download-artifact': {
    inputs: ['name', 'pattern', 'path', 'merge-multiple', 'github-token'],
    run: download,
  },
  'actions/checkout': {
    inputs: [
      'ref',
      'fetch-depth',
      'fetch-tags',
      'path',
      'persist-credentials',
      'token',
      'repository',
      'clean',
    ],
    run: checkout,
  },
  'actions/setup-node': {
    inputs: ['node-version', 'node-version-file', 'cache', 'cache-dependency-path', 'check-latest'],
    run: ({ addPath }) => {
      addPath(dirname(process.execPath));
      return Promise.resolve({
        failed: false,
        outputs: { 'node-version': process.version, 'cache-hit': 'false' },
        log: `node ${process.version} (the test's own node)\n`,
      });
    },
  },
};
