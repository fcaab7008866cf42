/**
 * deploy-env's robustness rules, each with a test that fails without it: a deploy killed with
 * SIGKILL at every step boundary leaves the previous release live (or, past the switch, the new
 * one) and its re-run converges; a redeploy of the live release touches nothing; a tampered
 * artifact is never unpacked; secrets never leak; concurrent deployers never interleave.
 *
 * The committed CLI bundle in processes of its own, against a ledger on a real bare origin
 * (--push), a local store and a real HTTP health endpoint answering from the live release. Each
 * boundary is reached the way an operator's system would stall there — a slow origin (git
 * hooks), a slow start script, a hanging service, a big artifact being hashed or unpacked — and
 * observed from outside (marks, hook markers, the files the deployer holds open), never through
 * a hook in production code.
 */
import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { maskForms } from '../../src/core/deploy/mask.js';
import { decideDeployStart } from '../../src/core/deploy/rules.js';
import { parseManifest } from '../../src/core/manifest/load.js';
import { environmentByName } from '../../src/core/manifest/lookup.js';
import { applyRecord, serializeState } from '../../src/core/promotion/state.js';
import { ledgerReadme } from '../../src/core/report/value-stream.js';
import { openLedger } from '../../src/platform/ledger.js';
import type { LedgerRecord } from '../../src/core/promotion/types.js';
import { cleanupRuns, runActionBundle } from '../support/action-runner.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';
import { msdeploy, startCli } from '../support/cli-runner.js';
import {
  changeWeb,
  deployEnvStep,
  deployWorld,
  ledgerRecords,
  releaseDirs,
  SECRET,
  type DeployWorld,
} from '../support/deploy-world.js';
import { startFakeGitHub } from '../support/fake-github.js';
import { cleanupRepos, type GitRepo } from '../support/git-repo.js';
import { kill, openFiles, waitFor, waitForTreeToEnd, type Proc } from '../support/processes.js';

jest.setTimeout(180_000);

const worlds: DeployWorld[] = [];
afterAll(async () => {
  for (const w of worlds) await w.close();
  cleanupRepos();
  cleanupBuilds();
  cleanupRuns();
});

async function world(opts: Parameters<typeof deployWorld>[0], secret?: string) {
  const w = await deployWorld(opts, secret);
  worlds.push(w);
  return w;
}

/** The release `current` names. */
const liveRelease = (serviceDir: string) =>
  readlinkSync(join(serviceDir, 'current')).replace(/^releases\//, '');

/**
 * 24 MiB the build adds to web's artifact: incompressible (AES-CTR of zeros, so every build is
 * the same) and big enough that hashing and unpacking it take long enough to be caught at.
 */
const BIG_ARTIFACT = [
  `node -e 'const c = require("crypto"); require("fs").writeFileSync("dist/blob.bin", ` +
    `c.createCipheriv("aes-256-ctr", Buffer.alloc(32), Buffer.alloc(16)).update(Buffer.alloc(24 << 20)))'`,
];

/**
 * A git hook on the origin that holds the push of a ledger record of `kind`: it leaves a marker
 * and waits (at most a minute) until the test releases it or kills the pusher.
 */
function holdPushOf(origin: string, hook: 'pre-receive' | 'post-receive', kind: string) {
  const marker = join(origin, `${hook}.${kind}.held`);
  const file = join(origin, 'hooks', hook);
  writeFileSync(
    file,
    [
      '#!/bin/sh',
      'while read old new ref; do',
      `  if git log -1 --format=%s "$new" | grep -q '^${kind} '; then`,
      `    : >'${marker}'; i=0`,
      `    while [ -e '${marker}' ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done`,
      '  fi',
      'done',
      '',
    ].join('\n'),
  );
  chmodSync(file, 0o755);
  return {
    held: () => existsSync(marker),
    /** Let the push go on. */
    release: () => rmSync(marker, { force: true }),
    remove: () => {
      rmSync(file, { force: true });
      rmSync(marker, { force: true });
    },
  };
}

describe('a deploy killed with SIGKILL at each step boundary', () => {
  let w: DeployWorld;
  let version: string;
  let blob: string;
  let marks: string;
  let round = 0;

  beforeAll(async () => {
    marks = tempDir('marks');
    w = await world({
      origin: true,
      webBuild: BIG_ARTIFACT,
      // Slow only while the test arms it: it leaves a mark, then takes its time.
      sandbox: [`start: 'if [ -e ${marks}/slow ]; then : >${marks}/started; sleep 60; fi'`],
    });
    const built = await w.build();
    version = built.version;
    blob = join(w.store, 'blobs', 'sha256', built.digest.slice('sha256:'.length));
    const first = await w.run('deploy', 'web', '--env', 'sandbox', '--version', version);
    if (first.code !== 0) throw new Error(`first deploy exited ${first.code}: ${first.stderr}`);
  });

  /** A new release of the same artifact: the sandbox's config changes. */
  async function nextRelease(): Promise<void> {
    round++;
    w.repo.write('config/web/sandbox.yml', `title: shop (sandbox round ${round})\n`);
    await w.repo.commit(`config round ${round}`);
  }

  /** The boundary where origin's `hook` holds the push of a `kind` record. */
  function originHolds(hook: 'pre-receive' | 'post-receive', kind: string) {
    let hold: ReturnType<typeof holdPushOf>;
    return {
      arm: () => void (hold = holdPushOf(w.origin!.dir, hook, kind)),
      at: () => waitFor(`origin's ${hook} hook on the ${kind} record`, () => hold.held()),
      disarm: () => hold.remove(),
    };
  }

  interface Boundary {
    /** Make the system stall at the boundary. */
    arm?: () => void;
    /** Resolves when the deployer is at the boundary. */
    at: (p: Proc) => Promise<void>;
    /** Undo `arm`, once the deployer is dead. */
    disarm?: () => void;
    /** Did the kill come after `current` was switched to the new release? */
    switched: boolean;
    /** The ledger just after the kill: the new records' kinds. */
    recorded: string[];
  }

  /**
   * Deploy a new release, kill the deployer's whole process tree at the boundary, check what is
   * live and what the ledger says, then re-run the same deploy and check it converged: the new
   * release live and healthy, one `deploying` and one `deployed` record for it, nothing in the
   * service directory but `keep` releases.
   */
  async function crashAndRecover(b: Boundary): Promise<{ stderr: string }> {
    const origin = w.origin!;
    const before = await ledgerRecords(origin);
    const previous = liveRelease(w.serviceDir);
    await nextRelease();
    const args = ['deploy', 'web', '--env', 'sandbox', '--version', version, ...w.common];
    b.arm?.();
    const p = startCli(args, w.repo.dir, { DB_PASSWORD: SECRET });
    try {
      await Promise.race([
        b.at(p),
        p.done.then(() => {
          throw new Error(`the deployer ended before the boundary:\n${p.stderr()}`);
        }),
      ]);
    } finally {
      await waitForTreeToEnd(kill(p, true));
      b.disarm?.();
    }
    expect((await p.done).signal).toBe('SIGKILL');

    const killed = (await ledgerRecords(origin)).slice(before.length);
    expect(killed.map((r) => r.kind)).toEqual(b.recorded);
    const live = liveRelease(w.serviceDir);
    if (b.switched) {
      // Past the switch the new release is live (and serving); the re-run finishes its deploy.
      expect(live).not.toBe(previous);
      expect(live).toMatch(new RegExp(`^${version.replace(/[.+]/g, '\\$&')}-[0-9a-f]{12}$`));
    } else {
      expect(live).toBe(previous);
    }
    expect(await w.endpoint.probe()).toEqual({ status: 200, release: live });

    const again = startCli([...args, '--json'], w.repo.dir, { DB_PASSWORD: SECRET });
    const { code } = await again.done;
    if (code !== 0) throw new Error(`the re-run exited ${code}:\n${again.stderr()}`);
    const out = JSON.parse(again.stdout()) as { release: string; changed: boolean };
    const mine = (await ledgerRecords(origin)).slice(before.length);
    expect(mine.map((r: LedgerRecord) => [r.kind, r.release])).toEqual([
      ['deploying', out.release],
      ['deployed', out.release],
    ]);
    if (b.switched) expect(out.release).toBe(live);
    expect(liveRelease(w.serviceDir)).toBe(out.release);
    expect(await w.endpoint.probe()).toEqual({ status: 200, release: out.release });
    // `keep: 2`: the new release and the one it replaced (the rollback target), nothing else.
    expect(releaseDirs(w.serviceDir)).toEqual({
      releases: [previous, out.release].sort(),
      leftovers: [],
    });
    return { stderr: again.stderr() };
  }

  it('while verifying the artifact, before the lease: nothing recorded, nothing touched', async () => {
    const r = await crashAndRecover({
      // The store's blob held open by the deployer: it is hashing it (inspect, before the lease).
      at: (p) => waitFor('the artifact being hashed', () => openFiles(pids(p)).includes(blob)),
      switched: false,
      recorded: [],
    });
    expect(r.stderr).not.toMatch(/Resuming/);
  });

  it('right after the lease record (origin still busy with the push): the re-run resumes it', async () => {
    const r = await crashAndRecover({
      ...originHolds('post-receive', 'deploying'),
      switched: false,
      recorded: ['deploying'],
    });
    expect(r.stderr).toMatch(/Resuming the deploy that took the lease in ledger record \d+/);
  });

  it('while unpacking the release: the staging directory is swept, the re-run resumes', async () => {
    let staged: string[] = [];
    const r = await crashAndRecover({
      at: (p) =>
        waitFor('the release being unpacked', () =>
          openFiles(pids(p)).some((f) => f.includes(`/web/releases/.staging-`)),
        ),
      disarm: () => (staged = releaseDirs(w.serviceDir).leftovers),
      switched: false,
      recorded: ['deploying'],
    });
    // The kill really came mid-unpack: it left a staging directory, which the re-run removed.
    expect(staged).toEqual([expect.stringMatching(/^\.staging-/)]);
    expect(r.stderr).toMatch(/Resuming/);
  });

  it('after the switch, while the start script runs: the new release is live, the re-run completes it', async () => {
    const r = await crashAndRecover({
      arm: () => writeFileSync(join(marks, 'slow'), ''),
      at: () => waitFor('the start script', () => existsSync(join(marks, 'started'))),
      disarm: () => ['slow', 'started'].forEach((f) => rmSync(join(marks, f))),
      switched: true,
      recorded: ['deploying'],
    });
    expect(r.stderr).toMatch(/Resuming/);
  });

  it('during the health check (the service hangs): the new release is live, the re-run completes it', async () => {
    const r = await crashAndRecover({
      arm: () => (w.endpoint.hang = true),
      at: () => waitFor('the health check', () => w.endpoint.hung > 0),
      disarm: () => (w.endpoint.hang = false),
      switched: true,
      recorded: ['deploying'],
    });
    expect(r.stderr).toMatch(/Resuming/);
  });

  it('while closing the lease (origin holds the push of `deployed`): lost, and the re-run records it once', async () => {
    const r = await crashAndRecover({
      ...originHolds('pre-receive', 'deployed'),
      switched: true,
      recorded: ['deploying'],
    });
    expect(r.stderr).toMatch(/Resuming/);
  });

  it('after the `deployed` record landed, before the deployer saw it: the re-run is a no-op', async () => {
    await crashAndRecover({
      ...originHolds('post-receive', 'deployed'),
      switched: true,
      recorded: ['deploying', 'deployed'],
    });
  });
});

/** The deployer's process, as the set openFiles and liveTree take. */
const pids = (p: Proc) => new Set([p.child.pid!]);

describe('a redeploy of the live release, and tampered artifacts', () => {
  let w: DeployWorld;
  let v1: { version: string; digest: string };
  let v2: { version: string; digest: string };
  let starts: string;
  const blobOf = (digest: string) =>
    join(w.store, 'blobs', 'sha256', digest.slice('sha256:'.length));
  const deploy = (version: string, ...more: string[]) =>
    w.run('deploy', 'web', '--env', 'sandbox', '--version', version, ...more);

  beforeAll(async () => {
    const marks = tempDir('marks');
    starts = join(marks, 'starts');
    w = await world({ origin: true, sandbox: [`start: 'echo started >>${starts}'`] });
    v1 = await w.build();
    const first = await deploy(v1.version);
    if (first.code !== 0) throw new Error(`first deploy exited ${first.code}: ${first.stderr}`);
    await changeWeb(w.repo, 'shop two');
    v2 = await w.build();
  });

  /** Everything a deploy could touch: the ledger on origin, `current`, the releases, the starts. */
  async function touchable() {
    const current = lstatSync(join(w.serviceDir, 'current'));
    const releases = join(w.serviceDir, 'releases');
    return {
      ledger: await w.origin!.git('rev-parse', 'refs/heads/msdeploy/ledger'),
      current: [readlinkSync(join(w.serviceDir, 'current')), current.ino, current.mtimeMs],
      releases: readdirSync(releases).map((n) => [
        n,
        statSync(join(releases, n, '.msdeploy-release.json')).mtimeMs,
      ]),
      starts: readFileSync(starts, 'utf8'),
    };
  }

  it('a redeploy of the live release is a no-op that says so: no record, nothing touched', async () => {
    const before = await touchable();
    const r = await deploy(v1.version, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { changed: boolean; message: string; targets: [] };
    expect(out).toMatchObject({ changed: false, targets: [] });
    expect(out.message).toMatch(/^web .* is already live in `sandbox` since .* nothing to do\.$/);
    expect((await deploy(v1.version)).stdout).toMatch(/already live in `sandbox`/);
    expect(await touchable()).toEqual(before);
  });

  /** Tamper with one of v2's store files, deploy v2: refused before anything is touched. */
  async function refusedWhenTampered(file: string, tamper: (bytes: Buffer) => Buffer) {
    const original = readFileSync(file);
    chmodSync(file, 0o644);
    writeFileSync(file, tamper(Buffer.from(original)));
    try {
      const before = await touchable();
      const r = await deploy(v2.version);
      expect(r.code).toBe(4);
      expect(await touchable()).toEqual(before); // no record, no release, `current` unchanged
      expect(releaseDirs(w.serviceDir).leftovers).toEqual([]);
      return r.stderr;
    } finally {
      writeFileSync(file, original);
    }
  }

  it('artifact bytes altered in the store: refused naming the expected and actual digests', async () => {
    const blob = blobOf(v2.digest);
    let altered = '';
    const stderr = await refusedWhenTampered(blob, (b) => {
      b[b.length >> 1]! ^= 0xff;
      altered = `sha256:${createHash('sha256').update(b).digest('hex')}`;
      return b;
    });
    expect(stderr).toContain(`web ${v2.digest} cannot be used: Digest mismatch`);
    expect(stderr).toContain(`expected ${v2.digest}, got ${altered}`);
    expect(stderr).toMatch(/altered or corrupted; it will not be used/);
  });

  it('the store metadata bound to other bytes: refused naming both digests', async () => {
    const stderr = await refusedWhenTampered(`${blobOf(v2.digest)}.meta.json`, (b) =>
      Buffer.from(b.toString().replace(v2.digest, v1.digest)),
    );
    expect(stderr).toContain(`The metadata of ${v2.digest} in the local store`);
    expect(stderr).toContain(`names ${v1.digest}: it belongs to other bytes`);
  });

  it('the provenance bound to other bytes: refused naming both digests', async () => {
    const hex = (d: string) => d.slice('sha256:'.length);
    const stderr = await refusedWhenTampered(`${blobOf(v2.digest)}.provenance.json`, (b) =>
      Buffer.from(b.toString().replaceAll(hex(v2.digest), hex(v1.digest))),
    );
    expect(stderr).toContain(`describes ${v1.digest}, not the artifact ${v2.digest}`);
  });

  it('artifact bytes altered in the store after the lease was taken: the copy verified before it goes live', async () => {
    const before = await ledgerRecords(w.origin!);
    const live = liveRelease(w.serviceDir);
    const releases = releaseDirs(w.serviceDir);
    const blob = blobOf(v2.digest);
    const original = readFileSync(blob);
    // Checked and leased; then, while origin takes the lease's push, the store's bytes change.
    const hold = holdPushOf(w.origin!.dir, 'post-receive', 'deploying');
    const p = startCli(
      ['deploy', 'web', '--env', 'sandbox', '--version', v2.version, ...w.common],
      w.repo.dir,
      { DB_PASSWORD: SECRET },
    );
    try {
      await waitFor('the deploying record', () => hold.held());
      const altered = Buffer.from(original);
      altered[0]! ^= 0xff;
      chmodSync(blob, 0o644);
      writeFileSync(blob, altered);
      hold.release();
      const { code } = await p.done;
      if (code !== 0) throw new Error(`the deploy exited ${code}:\n${p.stderr()}`);
      // The copy fetched and verified before the lease is what went live: the real v2.
      const mine = (await ledgerRecords(w.origin!)).slice(before.length);
      expect(mine.map((r) => [r.kind, r.digest])).toEqual([
        ['deploying', v2.digest],
        ['deployed', v2.digest],
      ]);
      expect(liveRelease(w.serviceDir)).not.toBe(live);
      expect(
        readFileSync(join(w.serviceDir, 'current', 'artifact', 'index.html'), 'utf8'),
      ).toContain('<title>shop two</title>');
      expect(releaseDirs(w.serviceDir)).toEqual({
        releases: [...releases.releases, liveRelease(w.serviceDir)].sort(),
        leftovers: [],
      });
    } finally {
      await waitForTreeToEnd(kill(p, true));
      hold.remove();
      writeFileSync(blob, original);
    }
  });
});

describe('secrets never leak', () => {
  const MULTI_LINE = 'first-line-Q9zX+/Kp\nsecond-line-W7kV==';

  /** Every regular file under `dir` (links not followed), but those named `except`. */
  function filesUnder(dir: string, except: string[] = []): Record<string, string> {
    const out: Record<string, string> = {};
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || except.includes(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      out[path] = readFileSync(path, 'latin1');
    }
    return out;
  }

  /** No form of `secret` (the value, each line, JSON and base64 forms) in any of `texts`. */
  function expectNowhere(secret: string, texts: Record<string, string>): void {
    const forms = maskForms(secret);
    expect(forms).toContain(Buffer.from(secret).toString('base64'));
    const leaks = Object.entries(texts).flatMap(([where, text]) =>
      forms.filter((f) => text.includes(f)).map((f) => `${where}: ${JSON.stringify(f)}`),
    );
    expect(leaks).toEqual([]);
  }

  /**
   * A world whose start script, once `fail` is set, prints the password from the release's
   * config (as a crashing service prints its connection string) and fails.
   */
  async function leakyWorld(secret: string, origin = false) {
    const marks = tempDir('marks');
    writeFileSync(
      join(marks, 'start.sh'),
      [
        `if [ -e ${marks}/fail ]; then`,
        `  node -e 'console.log("cannot connect with", require("./config.json").db.password)'`,
        '  exit 1',
        'fi',
        '',
      ].join('\n'),
    );
    const w = await world({ origin, sandbox: [`start: sh ${marks}/start.sh`] }, secret);
    /** `deploy` once as it is, then once more with a failing start: both results. */
    const okThenFailing = async <R extends { code: number | null }>(deploy: () => Promise<R>) => {
      const ok = await deploy();
      expect(ok.code).toBe(0);
      writeFileSync(join(marks, 'fail'), '');
      w.repo.write('config/web/sandbox.yml', 'title: shop (failing)\n');
      await w.repo.commit('a release that fails to start');
      const failed = await deploy();
      expect(failed.code).toBe(1);
      return { ok, failed };
    };
    return { w, okThenFailing };
  }

  /** The release directories' files but config.json, and each config.json: 0600, holding it. */
  function releaseFiles(w: DeployWorld, secret: string): Record<string, string> {
    const releases = join(w.serviceDir, 'releases');
    for (const name of readdirSync(releases)) {
      const config = join(releases, name, 'config.json');
      expect(statSync(config).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(config, 'utf8'))).toMatchObject({ db: { password: secret } });
    }
    return filesUnder(releases, ['config.json']);
  }

  it.each([
    ['a one-line secret', SECRET],
    ['a multi-line secret', MULTI_LINE],
  ])(
    'CLI, %s: not in its output, the ledger, the release files or its temp dir, even failing',
    async (_, secret) => {
      const { w, okThenFailing } = await leakyWorld(secret);
      const tmp = tempDir('cli-tmp');
      const v1 = await w.build();
      const deploy = () =>
        msdeploy(
          ['deploy', 'web', '--env', 'sandbox', '--version', v1.version, ...w.common],
          w.repo.dir,
          {
            DB_PASSWORD: secret,
            TMPDIR: tmp,
          },
        );
      const { ok, failed } = await okThenFailing(deploy);
      expect(failed.stderr).toMatch(/the start script exited 1.*rolled back to/);
      // The script's output is shown, with the secret redacted.
      expect(failed.stdout).toMatch(/✗ start +exit 1: \*\*\*|cannot connect with \*\*\*/);
      expectNowhere(secret, {
        'stdout (deployed)': ok.stdout,
        'stderr (deployed)': ok.stderr,
        'stdout (failed)': failed.stdout,
        'stderr (failed)': failed.stderr,
        ledger: await w.repo.git('log', '-p', '--format=%B', 'msdeploy/ledger'),
        ...releaseFiles(w, secret),
        ...filesUnder(tmp),
      });
    },
  );

  it('deploy-env action, a multi-line secret: masked in every form; not in the summary, outputs, ledger, release or runner temp', async () => {
    const { w, okThenFailing } = await leakyWorld(MULTI_LINE, true);
    const v1 = await w.build();
    const sha = await w.repo.head();
    const gh = await startFakeGitHub({ commits: [sha] });
    try {
      const action = () =>
        runActionBundle(
          'deploy-env',
          deployEnvStep(w, {
            sha,
            version: v1.version,
            apiUrl: gh.url,
            runId: '91',
            secret: MULTI_LINE,
          }),
        );
      const { ok, failed } = await okThenFailing(action);
      expect(failed.outputs['rolled-back']).toBe('true');
      expect(failed.summary).toContain('exit 1: cannot connect with &#42;&#42;&#42;');
      const texts: Record<string, string> = {};
      for (const [run, r] of Object.entries({ deployed: ok, failed })) {
        // Masked before anything else is printed: the value, each line, its base64.
        const masks = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
        const escaped = (v: string) =>
          v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
        for (const form of [
          MULTI_LINE,
          ...MULTI_LINE.split('\n'),
          Buffer.from(MULTI_LINE).toString('base64'),
        ]) {
          expect(masks).toContain(`::add-mask::${escaped(form)}`);
        }
        // What the runner shows (it consumes the add-mask commands).
        texts[`stdout (${run})`] = r.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n');
        texts[`stderr (${run})`] = r.stderr;
        Object.assign(texts, filesUnder(r.runnerTemp)); // summary, GITHUB_OUTPUT, GITHUB_ENV
      }
      expect(Object.keys(texts).some((k) => k.endsWith('/summary'))).toBe(true);
      texts.ledger = await w.origin!.git('log', '-p', '--format=%B', 'refs/heads/msdeploy/ledger');
      expectNowhere(MULTI_LINE, { ...texts, ...releaseFiles(w, MULTI_LINE) });
    } finally {
      await gh.close();
    }
  });
});

describe('concurrent deployers of one service to one environment', () => {
  let w: DeployWorld;
  let versions: string[];
  let clones: GitRepo[];
  let starts: string;

  beforeAll(async () => {
    // A start slow enough that the lease is held while the others try; it logs its start and end.
    starts = join(tempDir('marks'), 'starts');
    w = await world({
      origin: true,
      sandbox: [
        `start: 'echo "start $MSDEPLOY_RELEASE" >>${starts}; sleep 2; echo "end $MSDEPLOY_RELEASE" >>${starts}'`,
      ],
    });
    versions = [(await w.build()).version];
    for (let i = 2; i <= 4; i++) {
      await changeWeb(w.repo, `shop ${i}`);
      versions.push((await w.build()).version);
    }
    expect(new Set(versions).size).toBe(4);
    await w.repo.git('push', '-q', 'origin', 'HEAD');
    clones = await Promise.all(
      versions.map(async (_, i) => {
        const clone = await w.origin!.clone();
        await clone.git('remote', 'set-url', 'origin', w.origin!.dir);
        await clone.git('config', 'user.name', `deployer-${i + 1}`);
        await clone.git('config', 'user.email', `deployer-${i + 1}@example.com`);
        return clone;
      }),
    );
  });

  /** Deploy records of web in sandbox on origin, each a lease opened then closed, never two open. */
  async function leasesNeverOverlap(): Promise<LedgerRecord[]> {
    const records = (await ledgerRecords(w.origin!)).filter(
      (r) => r.service === 'web' && r.environment === 'sandbox',
    );
    let open: LedgerRecord | undefined;
    for (const r of records) {
      if (r.kind === 'deploying') {
        expect(open).toBeUndefined(); // a second lease while one is open: they interleaved
        open = r;
      } else {
        expect(r.actor).toBe(open?.actor); // closed by its holder
        expect(['deployed', 'rolled-back']).toContain(r.kind);
        open = undefined;
      }
    }
    expect(open).toBeUndefined();
    return records;
  }

  it('4 started together: one holds the lease at a time, the others are refused naming the holder', async () => {
    const before = (await ledgerRecords(w.origin!)).length;
    const runs = clones.map((clone, i) =>
      startCli(
        ['deploy', 'web', '--env', 'sandbox', '--version', versions[i]!, ...w.common],
        clone.dir,
        { DB_PASSWORD: SECRET },
      ),
    );
    const results = await Promise.all(runs.map((p) => p.done));
    const codes = results.map((r) => r.code);
    const won = codes.flatMap((c, i) => (c === 0 ? [i] : []));
    const refused = codes.flatMap((c, i) => (c === 4 ? [i] : []));
    expect([...won, ...refused].sort()).toEqual([0, 1, 2, 3]); // nothing else: no crash, no error
    expect(won.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    const records = (await leasesNeverOverlap()).slice(before);
    // Exactly the winners deployed, each once.
    expect(
      records
        .filter((r) => r.kind === 'deployed')
        .map((r) => r.actor)
        .sort(),
    ).toEqual(won.map((i) => `deployer-${i + 1}`).sort());
    for (const i of refused) {
      const m = /web in `sandbox` is being deployed by (deployer-\d) until /.exec(
        runs[i]!.stderr(),
      );
      expect(m).not.toBeNull();
      expect(won.map((j) => `deployer-${j + 1}`)).toContain(m![1]);
    }
    // What is live is the last release recorded deployed.
    expect(liveRelease(w.serviceDir)).toBe(
      records.filter((r) => r.kind === 'deployed').at(-1)!.release,
    );
  });

  it('4 started together with --lease-wait: each deploys in turn, never interleaving', async () => {
    // A config change makes each version a new release, none of them live yet.
    for (const clone of clones) {
      clone.write('config/web/sandbox.yml', 'title: shop (waiters)\n');
      await clone.commit('waiters');
    }
    const before = (await ledgerRecords(w.origin!)).length;
    writeFileSync(starts, '');
    const runs = clones.map((clone, i) =>
      startCli(
        [
          'deploy',
          'web',
          '--env',
          'sandbox',
          '--version',
          versions[i]!,
          '--lease-wait',
          '120',
          ...w.common,
        ],
        clone.dir,
        { DB_PASSWORD: SECRET },
      ),
    );
    const results = await Promise.all(runs.map((p) => p.done));
    results.forEach((r, i) => {
      if (r.code !== 0)
        throw new Error(`deployer-${i + 1} exited ${r.code}:\n${runs[i]!.stderr()}`);
    });
    expect(
      runs.some((p) =>
        /is being deployed by deployer-\d .*Waiting \(\d+ s left\)/.test(p.stderr()),
      ),
    ).toBe(true);
    const records = (await leasesNeverOverlap()).slice(before);
    const deployed = records.filter((r) => r.kind === 'deployed');
    expect(deployed.map((r) => r.actor).sort()).toEqual(clones.map((_, i) => `deployer-${i + 1}`));
    // The start scripts ran one whole start at a time, in the ledger's order.
    const lines = readFileSync(starts, 'utf8').trim().split('\n');
    expect(lines).toEqual(deployed.flatMap((r) => [`start ${r.release}`, `end ${r.release}`]));
    expect(liveRelease(w.serviceDir)).toBe(deployed.at(-1)!.release);
  });

  it('an expired lease is taken over, and that is recorded', async () => {
    // A deployer that took the lease an hour ago, for ten minutes, and never came back.
    const ledger = openLedger({
      root: clones[0]!.dir,
      ref: 'refs/heads/msdeploy/ledger',
      remote: true,
    });
    const { manifest } = parseManifest(readFileSync(join(w.repo.dir, 'msdeploy.yml'), 'utf8'));
    const snapshot = await ledger.read();
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    const decision = decideDeployStart(
      snapshot.state,
      environmentByName(manifest!, 'sandbox'),
      'web',
      {
        digest: `sha256:${'0'.repeat(64)}`,
        version: '0.0.1',
        config: `sha256:${'1'.repeat(64)}`,
        release: `0.0.1-${'1'.repeat(12)}`,
      },
      {
        actor: { name: 'ghost', via: 'git-identity', person: true },
        at: hourAgo,
        reason: null,
        run: null,
      },
      600,
    );
    if (decision.kind !== 'append') throw new Error(`no lease to take: ${decision.message}`);
    const state = applyRecord(snapshot.state, decision.record);
    const written = await ledger.append(
      snapshot,
      decision.record,
      {
        state: serializeState(state),
        readme: ledgerReadme(state, manifest!.services, decision.record),
      },
      { name: 'ghost', email: 'ghost@example.com' },
    );
    expect(written.appended).toBe(true);

    const live = liveRelease(w.serviceDir);
    const next = versions.find((v) => !live.startsWith(`${v}-`))!;
    const r = await msdeploy(
      ['deploy', 'web', '--env', 'sandbox', '--version', next, ...w.common, '--json'],
      clones[1]!.dir,
      { DB_PASSWORD: SECRET },
    );
    if (r.code !== 0) throw new Error(`deploy over an expired lease exited ${r.code}: ${r.stderr}`);
    const records = await ledgerRecords(w.origin!);
    const [taken, closed] = records.slice(-2);
    expect(taken).toMatchObject({ kind: 'deploying', actor: 'deployer-2', tookOver: 'ghost' });
    expect(closed).toMatchObject({ kind: 'deployed', actor: 'deployer-2' });
    expect(liveRelease(w.serviceDir)).toBe(closed!.release);
  });
});
