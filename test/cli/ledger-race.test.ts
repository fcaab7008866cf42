/**
 * The ledger under real concurrency and real crashes: the committed CLI bundle (and the
 * promote-stage action bundle) as separate processes, against one bare origin over the file
 * transport. No mocks and no test hooks in production code: contention comes from 8 processes
 * pushing at once, crashes from SIGKILL at points that git hooks in the origin make observable.
 *
 * What must hold afterwards, whatever the interleaving: origin's ledger is one linear chain
 * whose records replay by the rules (no stage skipped, `previous` always what the stage held),
 * whose tip's state.json is exactly the replayed state, and whose promotions are exactly the
 * successful writes the promoters reported, each once.
 */
import { jest } from '@jest/globals';
import { existsSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseManifest } from '../../src/core/manifest/load.js';
import { parseCommitMessage } from '../../src/core/promotion/message.js';
import { replay } from '../../src/core/promotion/rules.js';
import { parseState, serializeState } from '../../src/core/promotion/state.js';
import type { LedgerRecord } from '../../src/core/promotion/types.js';
import { PROJECT_ROOT, cleanupRuns, parseFileCommands } from '../support/action-runner.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';
import { exampleRepo } from '../support/example-repo.js';
import { startFakeGitHub, FAKE_TOKEN } from '../support/fake-github.js';
import { cleanupRepos, GitRepo } from '../support/git-repo.js';
import { CLI, cliEnv } from '../support/cli-runner.js';
import { kill, start, waitFor, waitForTreeToEnd, type Proc } from '../support/processes.js';

jest.setTimeout(120_000);

afterAll(() => {
  cleanupRepos();
  cleanupBuilds();
  cleanupRuns();
});

const LEDGER = 'refs/heads/msdeploy/ledger';

/** mulberry32: a small seeded PRNG, so a failing interleaving of choices can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Built {
  version: string;
  digest: string;
}

interface PromoteJson {
  changed: boolean;
  record: LedgerRecord | null;
  message: string;
  commit: string | null;
  attempts: number;
}

const manifestText = readFileSync(join(PROJECT_ROOT, 'examples/monorepo/msdeploy.yml'), 'utf8');
const { manifest } = parseManifest(manifestText);
const stagesOf = (service: string): readonly string[] => {
  const svc = manifest!.services.find((s) => s.name === service);
  if (!svc) throw new Error(`no service ${service}`);
  return svc.stages.map((s) => s.name);
};

/**
 * The example monorepo on a bare origin, and a local store holding three builds (three
 * digests) of each of web and search, built once: every build follows a commit that changes
 * that service's output.
 */
async function world() {
  const repo = await exampleRepo('monorepo');
  const store = tempDir('race-store');
  const built: Record<string, Built[]> = { web: [], search: [] };
  const build = async (svc: string) => {
    const p = start(CLI, ['build', svc, '--store-path', store, '--json'], repo.dir, cliEnv());
    const { code } = await p.done;
    if (code !== 0) throw new Error(`build ${svc} exited ${code}: ${p.stderr()}`);
    built[svc]!.push(JSON.parse(p.stdout()) as Built);
  };
  for (let i = 0; i < 3; i++) {
    if (i > 0) {
      const yml = join(repo.dir, 'msdeploy.yml');
      writeFileSync(
        yml,
        readFileSync(yml, 'utf8').replace(/<title>shop[^<]*<\/title>/, `<title>shop ${i}</title>`),
      );
      const src = join(repo.dir, 'services/search/src/index.ts');
      writeFileSync(src, `${readFileSync(src, 'utf8')}// revision ${i}\n`);
      await repo.commit(`revision ${i}`);
    }
    await Promise.all([build('web'), build('search')]);
  }
  for (const svc of ['web', 'search']) {
    expect(new Set(built[svc]!.map((b) => b.digest)).size).toBe(3);
  }
  const origin = await GitRepo.create({ bare: true });
  await repo.git('remote', 'add', 'origin', origin.dir);
  await repo.git('push', '-q', 'origin', 'main');
  return { repo, store, built, origin };
}

/** A clone of origin with its own git identity, as one promoter's machine. */
async function promoterClone(origin: GitRepo, n: number): Promise<GitRepo> {
  const clone = await origin.clone();
  // A plain path as origin's URL, as a laptop's remote would be.
  await clone.git('remote', 'set-url', 'origin', origin.dir);
  await clone.git('config', 'user.name', `promoter-${n}`);
  await clone.git('config', 'user.email', `promoter-${n}@example.com`);
  return clone;
}

interface LedgerCommit {
  sha: string;
  parents: string[];
  record: LedgerRecord;
}

/** Origin's ledger, root first, after checking it is one linear chain of ledger commits. */
async function originLedger(origin: GitRepo): Promise<{ tip?: string; commits: LedgerCommit[] }> {
  const tip = await origin.git('rev-parse', '--verify', '--quiet', LEDGER).catch(() => undefined);
  if (!tip) return { commits: [] };
  const raw = await origin.git(
    'log',
    '--first-parent',
    '--format=%H%x00%P%x00%B%x00',
    LEDGER,
    '--',
  );
  const fields = raw.split('\0');
  const commits: LedgerCommit[] = [];
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const sha = fields[i]!.trim();
    const parents = fields[i + 1]!.split(' ').filter(Boolean);
    commits.push({ sha, parents, record: parseCommitMessage(fields[i + 2]!, sha) });
  }
  commits.reverse();
  // Linear: the first-parent chain is all there is, and only the root has no parent.
  expect(Number(await origin.git('rev-list', '--count', LEDGER))).toBe(commits.length);
  commits.forEach((c, i) => expect(c.parents).toEqual(i === 0 ? [] : [commits[i - 1]!.sha]));
  // Each commit a ledger commit: its tree is state.json and README.md, its state parses.
  for (const c of [commits[0]!, commits[commits.length - 1]!]) {
    expect((await origin.git('ls-tree', '--name-only', c.sha)).split('\n')).toEqual([
      'README.md',
      'state.json',
    ]);
  }
  return { tip, commits };
}

/** The history replays by the rules, and the tip's state.json is the replayed state. */
async function checkLedger(origin: GitRepo): Promise<LedgerCommit[]> {
  const { tip, commits } = await originLedger(origin);
  const records = commits.map((c) => c.record);
  const replayed = replay(records, stagesOf);
  if (tip) {
    const text = await origin.git('show', `${tip}:state.json`);
    expect(serializeState(parseState(`${text}\n`, tip))).toBe(serializeState(replayed));
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => i + 1));
  }
  return commits;
}

const key = (r: LedgerRecord) => `${r.seq} ${r.actor} ${r.service} ${r.stage} ${r.digest}`;

describe('promoters racing on one origin (8 clones × 20 rounds)', () => {
  it('keeps one linear ledger that replays, with every reported promotion exactly once', async () => {
    const seed = Number(process.env.MSDEPLOY_RACE_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const context = `seed ${seed} (re-run with MSDEPLOY_RACE_SEED=${seed})`;
    const started = Date.now();
    const { store, built, origin } = await world();
    const clones = await Promise.all(
      Array.from({ length: 8 }, (_, n) => promoterClone(origin, n + 1)),
    );
    const setupMs = Date.now() - started;

    // Earlier stages more often, so that digests get far enough for later stages to be allowed;
    // production is manual (these promoters are no approvers) and must be refused.
    const stages = ['commit', 'commit', 'acceptance', 'acceptance', 'uat', 'uat', 'production'];
    const reported: PromoteJson[] = [];
    const attempts: number[] = [];
    let contended = 0;
    let refused = 0;
    for (let round = 1; round <= 20; round++) {
      const runs = clones.map((clone) => {
        const svc = pick(['web', 'search']);
        const args = ['promote', svc, '--to', pick(stages), '--version', pick(built[svc]!).digest];
        const p = start(
          CLI,
          [...args, '--push', '--store-path', store, '--json'],
          clone.dir,
          cliEnv(),
        );
        return { args, p };
      });
      let roundMax = 1;
      for (const { args, p } of runs) {
        const { code } = await p.done;
        const what = `round ${round}, ${clones.length} promoters, ${context}: msdeploy ${args.join(' ')}`;
        if (code === 4) {
          refused++;
          continue;
        }
        if (code !== 0) throw new Error(`${what} exited ${code}:\n${p.stderr()}`);
        const out = JSON.parse(p.stdout()) as PromoteJson;
        reported.push(out);
        attempts.push(out.attempts);
        roundMax = Math.max(roundMax, out.attempts);
      }
      if (roundMax > 1) contended++;
    }
    const raceMs = Date.now() - started - setupMs;

    const commits = await checkLedger(origin);
    const promoted = commits.map((c) => c.record).filter((r) => r.kind === 'promoted');
    const written = reported.filter((o) => o.changed).map((o) => key(o.record!));
    expect(new Set(written).size).toBe(written.length);
    expect(promoted.map(key).sort()).toEqual([...written].sort());
    // Every no-op names a stage that really held the digest at the ledger commit it read.
    for (const o of reported.filter((x) => !x.changed)) {
      expect(o.message).toMatch(/already in `[a-z]+`.*nothing to do/);
      expect(commits.some((c) => c.sha === o.commit)).toBe(true);
    }

    const retries = attempts.reduce((sum, a) => sum + (a - 1), 0);
    console.log(
      `ledger race, ${context}: setup ${setupMs} ms, 20 rounds ${raceMs} ms; ` +
        `${written.length} promotions, ${reported.length - written.length} no-ops, ${refused} refusals; ` +
        `${retries} CAS retries (max ${Math.max(...attempts)} attempts) in ${contended} contended rounds`,
    );
    expect(written.length).toBeGreaterThan(5);
    // Without lost compare-and-swaps this would not have tested the retry at all.
    expect(contended).toBeGreaterThan(0);
  });
});

describe('a promoter killed with SIGKILL', () => {
  let w: Awaited<ReturnType<typeof world>>;
  let clone: GitRepo;
  const hooks = () => join(w.origin.dir, 'hooks');
  const removeHooks = () => {
    for (const h of ['pre-receive', 'post-receive']) rmSync(join(hooks(), h), { force: true });
  };
  /** A hook that says it started (the marker), then takes its time. */
  const installHook = (name: string, marker: string, seconds: number) => {
    const file = join(hooks(), name);
    writeFileSync(file, `#!/bin/sh\ncat >/dev/null\n: >'${marker}'\nsleep ${seconds}\n`);
    chmodSync(file, 0o755);
  };

  beforeAll(async () => {
    w = await world();
    clone = await promoterClone(w.origin, 1);
  });

  /** The next promotion to try: each build (web's, then search's) through the stages in turn. */
  let step = 0;
  const nextArgs = () => {
    const stages = ['commit', 'acceptance', 'uat'];
    const builds = [
      ...w.built.web!.map((b) => ['web', b]),
      ...w.built.search!.map((b) => ['search', b]),
    ];
    const [svc, b] = builds[Math.floor(step / 3)]! as [string, Built];
    const stage = stages[step % 3]!;
    step++;
    return ['promote', svc, '--to', stage, '--version', b.digest, '--push'];
  };
  const promoteArgs = (args: string[]) => [...args, '--store-path', w.store, '--json'];

  /** Kill at `when`, then check origin holds the old tip or exactly one new record, then re-run. */
  async function crashAndRecover(
    args: string[],
    when: (p: Proc) => Promise<void>,
    opts: { tree?: boolean } = {},
  ): Promise<'landed' | 'lost'> {
    const before = await checkLedger(w.origin);
    const p = start(CLI, promoteArgs(args), clone.dir, cliEnv());
    await when(p);
    const tree = kill(p, opts.tree ?? false);
    const { code, signal } = await p.done;
    await waitForTreeToEnd(tree);
    removeHooks();

    const after = await checkLedger(w.origin);
    const [, svc, , stage, , digest] = args;
    const matches = (r: LedgerRecord) =>
      r.kind === 'promoted' && r.service === svc && r.stage === stage && r.digest === digest;
    let outcome: 'landed' | 'lost';
    if (after.length === before.length) {
      expect(after.map((c) => c.sha)).toEqual(before.map((c) => c.sha));
      outcome = 'lost';
    } else {
      expect(after.length).toBe(before.length + 1);
      expect(after.slice(0, -1).map((c) => c.sha)).toEqual(before.map((c) => c.sha));
      expect(matches(after[after.length - 1]!.record)).toBe(true);
      outcome = 'landed';
    }
    // Killed before it finished, or (random delays) it finished first: then it must have landed.
    if (signal !== 'SIGKILL') {
      expect(code).toBe(0);
      expect(outcome).toBe('landed');
    }

    const again = start(CLI, promoteArgs(args), clone.dir, cliEnv());
    const r = await again.done;
    if (r.code !== 0) throw new Error(`re-run exited ${r.code}: ${again.stderr()}`);
    const out = JSON.parse(again.stdout()) as PromoteJson;
    if (out.changed !== (outcome === 'lost')) {
      throw new Error(
        `the first run ${outcome} (exit ${code}, ${signal}), yet the re-run says: ${out.message}\n` +
          `first run's stderr: ${p.stderr()}`,
      );
    }
    if (outcome === 'landed') expect(out.message).toMatch(/already in `.*nothing to do/);
    const final = await checkLedger(w.origin);
    expect(final.length).toBe(before.length + 1);
    expect(
      final
        .slice(before.length)
        .map((c) => c.record)
        .filter(matches),
    ).toHaveLength(1);
    return outcome;
  }

  it('during the push (pre-receive running): origin keeps the old tip or takes the new one', async () => {
    // A first record, so the kills are not on the creation of the ref only.
    await crashAndRecover(nextArgs(), (p) => p.done.then(() => undefined));
    const marker = join(w.origin.dir, 'pre-receive.started');
    const atMarker = () => waitFor('pre-receive', () => existsSync(marker));
    // The promoter alone: its push goes on without it, and lands.
    installHook('pre-receive', marker, 2);
    expect(await crashAndRecover(nextArgs(), atMarker)).toBe('landed');
    // The promoter with its git push and origin's receive-pack: the push never completes.
    rmSync(marker);
    installHook('pre-receive', marker, 2);
    expect(await crashAndRecover(nextArgs(), atMarker, { tree: true })).toBe('lost');
  });

  it('after the push, before the promoter saw it (post-receive running): recorded once', async () => {
    const marker = join(w.origin.dir, 'post-receive.started');
    installHook('post-receive', marker, 2);
    const outcome = await crashAndRecover(
      nextArgs(),
      () => waitFor('post-receive', () => existsSync(marker)),
      { tree: true },
    );
    // The ref moved before post-receive ran: even killing the push with it, the record landed.
    expect(outcome).toBe('landed');
  });

  it('at random moments: always the old tip or the new one, and a re-run converges', async () => {
    const seed = Number(process.env.MSDEPLOY_RACE_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    // A run's typical length, measured here.
    const t0 = Date.now();
    await crashAndRecover(nextArgs(), (p) => p.done.then(() => undefined));
    const typical = Date.now() - t0;
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      const delay = Math.floor(random() * typical);
      try {
        seen.push(`${delay} ms: ${await crashAndRecover(nextArgs(), () => sleep(delay))}`);
      } catch (e) {
        throw new Error(`seed ${seed}, kill after ${delay} ms: ${(e as Error).message}`);
      }
    }
    console.log(`random kills (typical run ${typical} ms, seed ${seed}): ${seen.join(', ')}`);
  });
});

describe('promote-stage killed before its mirrors completed', () => {
  it('has the record on the ledger; a re-run is a no-op that completes the mirrors', async () => {
    const w = await world();
    const checkout = await w.origin.clone();
    await checkout.git('remote', 'set-url', 'origin', w.origin.dir);
    const web = w.built.web![2]!;
    const head = await checkout.head();
    const gh = await startFakeGitHub({ commits: [head] });
    try {
      const runAction = () => {
        const tmp = tempDir('race-runner');
        const files = ['output', 'summary', 'env'].map((f) => join(tmp, f));
        for (const f of files) writeFileSync(f, '');
        writeFileSync(join(tmp, 'event.json'), '{}');
        const env: NodeJS.ProcessEnv = {
          PATH: process.env.PATH ?? '',
          HOME: tmp,
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CONFIG_NOSYSTEM: '1',
          GITHUB_ACTIONS: 'true',
          CI: 'true',
          RUNNER_TEMP: tmp,
          GITHUB_WORKSPACE: checkout.dir,
          GITHUB_OUTPUT: files[0],
          GITHUB_STEP_SUMMARY: files[1],
          GITHUB_ENV: files[2],
          GITHUB_EVENT_PATH: join(tmp, 'event.json'),
          GITHUB_EVENT_NAME: 'push',
          GITHUB_SHA: head,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_API_URL: gh.url,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_ACTOR: 'alice',
          GITHUB_RUN_ID: '7',
          GITHUB_RUN_ATTEMPT: '1',
          INPUT_SERVICE: 'web',
          INPUT_VERSION: web.digest,
          INPUT_TO: 'commit',
          INPUT_TOKEN: FAKE_TOKEN,
          INPUT_STORE: 'local',
          'INPUT_STORE-PATH': w.store,
          INPUT_MANIFEST: 'msdeploy.yml',
          'INPUT_WORKING-DIRECTORY': '.',
        };
        const p = start(join(PROJECT_ROOT, 'dist/promote-stage/index.js'), [], checkout.dir, env);
        return { p, outputs: () => parseFileCommands(readFileSync(files[0]!, 'utf8')) };
      };

      gh.failNext(1, 'hang', 'POST /repos/acme/shop/deployments');
      const first = runAction();
      await waitFor('the deployment request', () =>
        gh.requests.some((r) => r.method === 'POST' && r.path === '/repos/acme/shop/deployments'),
      );
      const tree = kill(first.p, false);
      expect((await first.p.done).signal).toBe('SIGKILL');
      await waitForTreeToEnd(tree);
      const before = await checkLedger(w.origin);
      expect(before.map((c) => [c.record.kind, c.record.stage, c.record.digest])).toEqual([
        ['promoted', 'commit', web.digest],
      ]);
      expect(gh.deployments).toHaveLength(0);

      const second = runAction();
      const r = await second.p.done;
      if (r.code !== 0) throw new Error(`re-run exited ${r.code}:\n${second.p.stdout()}`);
      expect(second.outputs()).toMatchObject({ changed: 'false', digest: web.digest });
      expect((await checkLedger(w.origin)).map((c) => c.sha)).toEqual(before.map((c) => c.sha));

      const deployments = gh.deployments.filter(
        (d) =>
          d.environment === 'web/commit' &&
          (d.payload as { digest?: string } | undefined)?.digest === web.digest,
      );
      expect(deployments).toHaveLength(1);
      expect(deployments[0]!.statuses.at(-1)!.state).toBe('success');
      const statuses = gh.statuses.filter((s) => s.context === 'msdeploy/web/commit');
      expect(statuses.map((s) => s.state)).toEqual(['success']);
    } finally {
      await gh.close();
    }
  });
});
