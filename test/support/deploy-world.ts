/**
 * A world to deploy in, as `msdeploy deploy` users have it: the example monorepo with a
 * `sandbox` environment (local driver, a secret in the config, a real HTTP health endpoint that
 * answers from whatever release is live) and the `staging`/`production` environments of the
 * pipeline, a local store, and the CLI to build and deploy with. Shared by the deploy tests.
 */
import { readFileSync, readlinkSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseCommitMessage } from '../../src/core/promotion/message.js';
import type { LedgerRecord } from '../../src/core/promotion/types.js';
import type { RunOptions } from './action-runner.js';
import { tempDir } from './build-harness.js';
import { msdeploy, type CliResult } from './cli-runner.js';
import { exampleRepo } from './example-repo.js';
import { FAKE_TOKEN } from './fake-github.js';
import { GitRepo } from './git-repo.js';

export const SECRET = 'hunter2-Sup3r$ecret';

/**
 * The service's health endpoint, served from the live release: 200 with the release's name as
 * the body while `current` names one whose index.html does not say "broken", 500 when it does,
 * 503 without a release. With `hang` set it takes requests and never answers (a service that
 * hangs), counting them in `hung`.
 */
export class LiveReleaseEndpoint {
  hang = false;
  hung = 0;
  private readonly server: Server;

  private constructor(private readonly serviceDir: string) {
    this.server = createServer((_req, res) => {
      if (this.hang) {
        this.hung++;
        return;
      }
      try {
        const release = readlinkSync(join(this.serviceDir, 'current'));
        const html = readFileSync(join(this.serviceDir, 'current', 'artifact', 'index.html'));
        res.statusCode = html.includes('broken') ? 500 : 200;
        res.end(release.replace(/^releases\//, ''));
      } catch {
        res.statusCode = 503;
        res.end();
      }
    });
  }

  /** An endpoint for the service whose layout is `serviceDir` (`<base>/<service>`). */
  static async start(serviceDir: string): Promise<LiveReleaseEndpoint> {
    const e = new LiveReleaseEndpoint(serviceDir);
    await new Promise<void>((r) => e.server.listen(0, '127.0.0.1', r));
    return e;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/health`;
  }

  /** What a client sees now: the status and the release that answered. */
  async probe(): Promise<{ status: number; release: string }> {
    const res = await fetch(this.url, { signal: AbortSignal.timeout(5_000) });
    return { status: res.status, release: await res.text() };
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
}

export interface DeployWorldOptions {
  /** More lines for the sandbox environment (indented four spaces), e.g. a start script. */
  sandbox?: string[];
  /** More shell lines for web's build, run after the example's (e.g. to make it bigger). */
  webBuild?: string[];
  /** The ledger on a bare origin (`origin`), written with --push, as a team shares it. */
  origin?: boolean;
}

export interface DeployWorld {
  repo: GitRepo;
  /** The sandbox environment's base directory. */
  base: string;
  /** `<base>/web`: its `current` and `releases/`. */
  serviceDir: string;
  store: string;
  origin?: GitRepo;
  endpoint: LiveReleaseEndpoint;
  /** Build web into the store. */
  build: () => Promise<{ version: string; digest: string }>;
  /** msdeploy with the store (and --push with an origin) and DB_PASSWORD set to `secret`. */
  run: (...args: string[]) => Promise<CliResult>;
  /** The arguments `run` adds. */
  common: string[];
  secret: string;
  /** Stop the endpoint. */
  close: () => Promise<void>;
}

/** Indent YAML lines into the sandbox environment's mapping. */
const inSandbox = (lines: string[]) => lines.map((l) => `    ${l}`);

export async function deployWorld(
  opts: DeployWorldOptions = {},
  secret = SECRET,
): Promise<DeployWorld> {
  const repo = await exampleRepo('monorepo');
  await repo.git('config', 'user.name', 'Alice');
  await repo.git('config', 'user.email', 'alice@example.com');
  const base = tempDir('deploy');
  const serviceDir = join(base, 'web');
  const endpoint = await LiveReleaseEndpoint.start(serviceDir);
  let manifest = readFileSync(join(repo.dir, 'msdeploy.yml'), 'utf8');
  if (opts.webBuild) {
    const last = manifest.match(/^( +)node -e .*dist\/index\.html.*$/m)!;
    manifest = manifest.replace(
      last[0],
      [last[0], ...opts.webBuild.map((l) => `${last[1]}${l}`)].join('\n'),
    );
  }
  repo.write(
    'msdeploy.yml',
    manifest +
      [
        'environments:',
        '  sandbox:',
        '    driver: local',
        `    base: ${base}`,
        '    secrets: [DB_PASSWORD]',
        '    keep: 2',
        ...inSandbox(opts.sandbox ?? []),
        '    health:',
        `      url: ${endpoint.url}`,
        '      retries: 3',
        '      interval-seconds: 0.2',
        '    services:',
        '      web: {port: 8080}',
        '  staging:',
        '    driver: local',
        `    base: ${base}/staging`,
        '    stage: uat',
        '    services:',
        '      web: {}',
        '  production:',
        '    driver: local',
        `    base: ${base}/production`,
        '    stage: production',
        '    services:',
        '      web: {}',
        '',
      ].join('\n'),
  );
  repo.write('config/web/base.yml', 'title: shop\ndb:\n  password: ${secret:DB_PASSWORD}\n');
  repo.write('config/web/sandbox.yml', 'title: shop (sandbox)\n');
  await repo.commit('environments');
  let origin: GitRepo | undefined;
  if (opts.origin) {
    origin = await GitRepo.create({ bare: true });
    await repo.git('remote', 'add', 'origin', origin.dir);
    await repo.git('push', '-q', 'origin', 'HEAD');
  }
  const store = tempDir('store');
  const common = ['--store-path', store, ...(opts.origin ? ['--push'] : [])];
  const build = async () => {
    const r = await msdeploy(['build', 'web', '--store-path', store, '--json'], repo.dir);
    if (r.code !== 0) throw new Error(`build web exited ${r.code}: ${r.stderr}`);
    return JSON.parse(r.stdout) as { version: string; digest: string };
  };
  const run = (...args: string[]) =>
    msdeploy([...args, ...common], repo.dir, { DB_PASSWORD: secret });
  return {
    repo,
    base,
    serviceDir,
    store,
    ...(origin && { origin }),
    endpoint,
    build,
    run,
    common,
    secret,
    close: () => endpoint.close(),
  };
}

/** Change web's page title (its artifact's content) and commit: the next build is a new version. */
export async function changeWeb(repo: GitRepo, title: string): Promise<void> {
  const file = join(repo.dir, 'msdeploy.yml');
  repo.write(
    'msdeploy.yml',
    readFileSync(file, 'utf8').replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`),
  );
  await repo.commit(title);
}

/** The ledger's records on `ref` of `git`, oldest first (none when the ref does not exist). */
export async function ledgerRecords(
  git: GitRepo,
  ref = 'refs/heads/msdeploy/ledger',
): Promise<LedgerRecord[]> {
  const tip = await git.git('rev-parse', '--verify', '--quiet', ref).catch(() => '');
  if (!tip) return [];
  const raw = await git.git('log', '--first-parent', '--format=%H%x00%B%x00', ref, '--');
  const fields = raw.split('\0');
  const records: LedgerRecord[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    records.push(parseCommitMessage(fields[i + 1]!, fields[i]!.trim()));
  }
  return records.reverse();
}

/** What is in a service's `releases/` directory: release names, and anything else left there. */
export function releaseDirs(serviceDir: string): { releases: string[]; leftovers: string[] } {
  const names = readdirSync(join(serviceDir, 'releases')).sort();
  const leftovers = [
    ...names.filter((n) => n.startsWith('.')),
    ...readdirSync(serviceDir).filter((n) => n !== 'current' && n !== 'releases'),
  ];
  return { releases: names.filter((n) => !n.startsWith('.')), leftovers };
}

/**
 * How the deploy-env action is run for `w` (with startActionBundle or runActionBundle): web's
 * `version` to sandbox, the local store, a fake GitHub at `apiUrl`, the run `runId`, and
 * DB_PASSWORD mapped from the step's environment.
 */
export function deployEnvStep(
  w: DeployWorld,
  step: { sha: string; version: string; apiUrl: string; runId: string; secret: string },
): RunOptions {
  return {
    cwd: w.repo.dir,
    sha: step.sha,
    inputs: {
      service: 'web',
      environment: 'sandbox',
      version: step.version,
      store: 'local',
      'store-path': w.store,
      token: FAKE_TOKEN,
    },
    env: {
      GITHUB_API_URL: step.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: step.runId,
      GITHUB_ACTOR: 'github-actions[bot]',
      DB_PASSWORD: step.secret,
    },
  };
}
