/**
 * `npm run demo` as a user runs it (scripts/demo.ts through tsx), twice into one directory: it
 * must tell the whole story each time and start afresh on the second run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './support/action-runner.js';
import { runGit } from './support/git-repo.js';

const work = mkdtempSync(join(tmpdir(), 'msdeploy-demo-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function demo(): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['scripts/demo.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, MSDEPLOY_DEMO_DIR: work },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

async function ledgerKinds(): Promise<string[]> {
  const log = await runGit(join(work, 'shop'), [
    'log',
    '--reverse',
    '--format=%b',
    'msdeploy/ledger',
  ]);
  return log
    .toString()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => (JSON.parse(l) as { kind: string }).kind);
}

test('npm run demo: detect, build, promote to production, deploy, a rollback, the value stream; re-runnable', async () => {
  for (let round = 1; round <= 2; round++) {
    const { code, out } = await demo();
    expect({ round, code, tail: out.slice(-3000) }).toMatchObject({ round, code: 0 });
    expect(out).toContain('1 changed files; 3 of 4 services affected');
    expect(out).toMatch(/● catalog +catalog ← common \(libs\/common\/src\/log\.ts\)/);
    for (const service of ['catalog', 'web', 'search']) {
      expect(out).toMatch(new RegExp(`^built ${service} \\S+ \\(sha256:[0-9a-f]{64}\\)$`, 'm'));
      expect(out).toMatch(new RegExp(`^Recorded promoted ${service} production as ledger`, 'm'));
      expect(out).toMatch(
        new RegExp(`^Deployed ${service} \\S+ to production \\(local\\)\\.$`, 'm'),
      );
    }
    const good = /^built catalog (\S+) /m.exec(out)![1]!;
    expect(out).toMatch(
      new RegExp(
        `Deploying catalog \\S+ to staging failed \\(unhealthy: HTTP 503, expected 200\\); rolled back to ${good.replace(/[+.]/g, '\\$&')}-`,
      ),
    );
    // The value stream: production keeps the sound catalog; uat holds the broken build.
    const status = out.slice(out.indexOf('$ msdeploy status'));
    expect(status).toMatch(new RegExp(`^  production +${good.replace(/[+.]/g, '\\$&')} `, 'm'));
    expect(out).toContain(`The demo's work is in ${work}:`);

    // What it leaves: the ledger (a fresh one each run), the releases, and no server running.
    const kinds = await ledgerKinds();
    expect(kinds.filter((k) => k === 'promoted')).toHaveLength(15);
    expect(kinds.at(-1)).toBe('rolled-back');
    for (const env of ['staging', 'production']) {
      const live = join(work, env, 'catalog', 'current');
      expect(readlinkSync(live)).toContain(good);
      expect(readFileSync(join(live, 'artifact/index.mjs'), 'utf8')).not.toContain('BROKEN');
    }
    const url = /url: (http:\/\/127\.0\.0\.1:\d+\/health\/staging)/.exec(
      readFileSync(join(work, 'shop', 'msdeploy.yml'), 'utf8'),
    )![1]!;
    await expect(fetch(url, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  }
}, 240_000);
