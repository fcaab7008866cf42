/**
 * `npm run demo`: the main job on the bundled example monorepo, with no servers and no network
 * (a local store, the ledger on a local ref, the local deploy driver), all through the msdeploy
 * CLI as a maintainer runs it:
 *   1. detect what a commit changed; 2. build each affected service once; 3. promote each build
 *   through every stage to production (production is manual: the CLI's git identity is a
 *   release manager, the commits are another person's); 4. deploy to the local `staging` and
 *   `production` environments, with catalog's health check answered by a small local process
 *   the demo starts and stops; 5. a broken catalog fails its health check in staging and is
 *   rolled back; 6. the value stream (`msdeploy status`).
 * Its work stays in one directory, named at the end (MSDEPLOY_DEMO_DIR, default
 * <tmp>/msdeploy-demo), emptied at the start of each run so it can run again.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(PROJECT_ROOT, 'bin', 'msdeploy.js');
const WORK = process.env.MSDEPLOY_DEMO_DIR || join(tmpdir(), 'msdeploy-demo');
const REPO = join(WORK, 'shop');
const STORE = join(WORK, 'artifacts');
// The commits are a developer's; the CLI acts as a release manager (production's approver).
const DEVELOPER = { GIT_AUTHOR_NAME: 'Alice', GIT_AUTHOR_EMAIL: 'alice@example.com' };

/** A step that must succeed: its failure ends the demo with the command's own output. */
function run(cmd: string, args: string[], opts: { env?: Record<string, string> } = {}): string {
  const r = spawnSync(cmd, args, {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
  });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`demo: \`${[cmd, ...args].join(' ')}\` exited ${r.status ?? r.signal}`);
  }
  return r.stdout;
}

function git(...args: string[]): string {
  return run('git', args, { env: DEVELOPER }).trim();
}

/** The msdeploy CLI, its output shown as a terminal shows it (JSON for the demo itself is not). */
function msdeploy(args: string[], expectFailure = false): string {
  const quiet = args.includes('--json');
  if (!quiet) console.log(`\n$ msdeploy ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8' });
  if (!quiet || r.status !== 0) process.stdout.write(r.stdout);
  process.stdout.write(r.stderr);
  if ((r.status === 0) === expectFailure) {
    throw new Error(`demo: msdeploy ${args[0]} exited ${r.status ?? r.signal}`);
  }
  return r.stdout;
}

function heading(text: string): void {
  console.log(`\n══ ${text}`);
}

/**
 * The "service" whose health the environments check: one local HTTP server that answers
 * /health/<environment> 200 while catalog's live release there is sound, 503 when it says BROKEN
 * (or is missing). It prints its port, then serves until stopped.
 */
async function startHealthServer(): Promise<{ port: number; stop: () => void }> {
  const server = `
    const http = require('node:http'), fs = require('node:fs'), path = require('node:path');
    const work = process.argv[1];
    const s = http.createServer((req, res) => {
      const env = /^\\/health\\/(staging|production)$/.exec(req.url || '');
      let ok = false;
      try {
        ok = !!env && !fs.readFileSync(path.join(work, env[1], 'catalog/current/artifact/index.mjs'), 'utf8').includes('BROKEN');
      } catch {}
      res.writeHead(ok ? 200 : 503).end(ok ? 'ok\\n' : 'unhealthy\\n');
    });
    s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;
  const child = spawn(process.execPath, ['-e', server, WORK], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`demo: the health server exited ${code}`)));
    createInterface({ input: child.stdout }).once('line', resolve);
  });
  return { port: Number(line), stop: () => child.kill() };
}

/** The example, plus the two local environments its `uat` and `production` stages name. */
function createRepository(port: number): void {
  cpSync(join(PROJECT_ROOT, 'examples', 'monorepo'), REPO, { recursive: true });
  const place = (env: string) => [
    `  ${env}:`,
    '    driver: local',
    `    base: ${join(WORK, env)}`,
    `    stage: ${env === 'staging' ? 'uat' : 'production'}`,
    '    services:',
    '      catalog:',
    '        health:',
    `          url: http://127.0.0.1:${port}/health/${env}`,
    '          retries: 3',
    '          interval-seconds: 1',
    '      web: {}',
    '      search: {}',
  ];
  appendFileSync(
    join(REPO, 'msdeploy.yml'),
    ['environments:', ...place('staging'), ...place('production'), ''].join('\n'),
  );
  run('git', ['init', '-q', '-b', 'main']);
  git('config', 'user.name', 'release-manager');
  git('config', 'user.email', 'release-manager@example.com');
  git('add', '-A');
  git('commit', '-q', '-m', 'import the example shop');
}

function changeCatalog(line: string): string {
  const file = join(REPO, 'services/catalog/src/index.ts');
  writeFileSync(file, `${readFileSync(file, 'utf8')}${line}\n`);
  git('commit', '-q', '-am', `catalog: ${line}`);
  return git('rev-parse', 'HEAD');
}

const STORE_ARGS = ['--store-path', STORE];

function build(service: string): { version: string; digest: string } {
  const b = JSON.parse(msdeploy(['build', service, ...STORE_ARGS, '--json'])) as {
    version: string;
    digest: string;
  };
  console.log(`built ${service} ${b.version} (${b.digest})`);
  return b;
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
const health = await startHealthServer();
try {
  createRepository(health.port);
  const base = git('rev-parse', 'HEAD');
  writeFileSync(
    join(REPO, 'libs/common/src/log.ts'),
    'export const log = (m: string) => console.error(m);\n',
  );
  git('commit', '-q', '-am', 'common: log to stderr');
  console.log(`The example shop is a git repository in ${REPO}; Alice changed libs/common.`);

  heading('1. detect: which services the change affects, and why');
  msdeploy(['detect', '--base', base]);
  const detail = JSON.parse(msdeploy(['detect', '--base', base, '--json'])) as {
    services: { name: string; affected: boolean }[];
  };
  const affected = detail.services.filter((s) => s.affected).map((s) => s.name);

  heading('2. build each affected service once into the local store');
  const builds = new Map(affected.map((s) => [s, build(s)]));

  heading(
    '3–4. promote each build through every stage, deploying where a stage has an environment',
  );
  const stages = ['commit', 'acceptance', 'uat', 'production'];
  const environment: Record<string, string> = { uat: 'staging', production: 'production' };
  for (const [service, { digest }] of builds) {
    for (const stage of stages) {
      msdeploy(['promote', service, '--to', stage, '--version', digest, ...STORE_ARGS]);
      const env = environment[stage];
      if (env) msdeploy(['deploy', service, '--env', env, '--version', digest, ...STORE_ARGS]);
    }
  }

  heading('5. a broken catalog: its health check fails in staging, and it is rolled back');
  changeCatalog('// BROKEN: the health check says so');
  const broken = build('catalog');
  for (const stage of ['commit', 'acceptance', 'uat']) {
    msdeploy(['promote', 'catalog', '--to', stage, '--version', broken.digest, ...STORE_ARGS]);
  }
  msdeploy(
    ['deploy', 'catalog', '--env', 'staging', '--version', broken.digest, ...STORE_ARGS],
    true,
  );

  heading('6. the value stream');
  msdeploy(['status']);

  console.log(`\nThe demo's work is in ${WORK}:`);
  console.log(`  ${REPO}     the repository; its ledger: git -C ${REPO} log msdeploy/ledger`);
  console.log(`  ${STORE}  the artifacts and their provenance`);
  console.log(`  ${join(WORK, 'staging')}, ${join(WORK, 'production')}  the releases deployed`);
  console.log('Run `npm run demo` again to start afresh.');
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  health.stop();
}
