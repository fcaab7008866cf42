/** The command driver's target: files handed to the user's script, and how it fails. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Digest } from '../../src/core/artifact/types.js';
import { CommandTarget } from '../../src/platform/command-target.js';

const dir = mkdtempSync(join(tmpdir(), 'msdeploy-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const D: Digest = `sha256:${'a'.repeat(64)}`;

function files(release: string) {
  const artifactFile = join(dir, `in-${release}`);
  writeFileSync(artifactFile, `bytes of ${release}`);
  return {
    service: 'web',
    dir: 'web',
    version: release.split('-')[0]!,
    release,
    artifactFile,
    artifactDigest: D,
    kind: 'archive' as const,
    config: '{"db":{"password":"s3cret"}}\n',
    configDigest: D,
  };
}

describe('CommandTarget', () => {
  it('hands the script the artifact and config as files (config 0600), and runs health with the live ones', async () => {
    const work = mkdtempSync(join(dir, 'work-'));
    const logged: string[] = [];
    const t = new CommandTarget({
      run: 'cat "$MSDEPLOY_ARTIFACT"; echo; echo "$MSDEPLOY_RELEASE ${EXTRA:-none}"; stat -c %a "$MSDEPLOY_CONFIG"',
      root: dir,
      work,
      forward: [],
      log: { info: (m) => logged.push(m) },
    });
    expect(t.keepsReleases).toBe(false);
    await t.prepare(files('1.0.0-aaaaaaaaaaaa'));
    expect(await t.current()).toBeUndefined();
    await t.activate('web', '1.0.0-aaaaaaaaaaaa', { MSDEPLOY_RELEASE: '1.0.0-aaaaaaaaaaaa' });
    expect(logged.join('\n').split('\n').filter(Boolean)).toEqual([
      'bytes of 1.0.0-aaaaaaaaaaaa',
      '1.0.0-aaaaaaaaaaaa none',
      '600',
    ]);
    const health = await t.run(
      'test -s "$MSDEPLOY_CONFIG" && grep -q bytes "$MSDEPLOY_ARTIFACT"',
      'web',
      {},
      5000,
    );
    expect(health.exitCode).toBe(0);
    const cfg = join(work, 'releases', '1.0.0-aaaaaaaaaaaa', 'config.json');
    expect(statSync(cfg).mode & 0o777).toBe(0o600);
    expect(readFileSync(cfg, 'utf8')).toContain('s3cret');
    expect(await t.prune()).toEqual([]);
  });

  it('fails with the exit code and the last line when the script fails, and refuses a release it was not given', async () => {
    const t = new CommandTarget({
      run: 'echo "kubectl: context not found" >&2; exit 3',
      root: dir,
      work: mkdtempSync(join(dir, 'work-')),
      forward: [],
    });
    await t.prepare(files('2.0.0-bbbbbbbbbbbb'));
    await expect(t.activate('web', '2.0.0-bbbbbbbbbbbb')).rejects.toThrow(
      'the run script exited 3: kubectl: context not found',
    );
    await expect(t.activate('web', '1.0.0-aaaaaaaaaaaa')).rejects.toThrow(
      /Release 1\.0\.0-aaaaaaaaaaaa is not on this runner/,
    );
  });

  it('fences the output as untrusted where the logger can (Actions)', async () => {
    const fenced: string[] = [];
    const t = new CommandTarget({
      run: 'echo "::set-output name=url::https://evil"',
      root: dir,
      work: mkdtempSync(join(dir, 'work-')),
      forward: [],
      log: {
        info: () => {
          throw new Error('untrusted output must not go through info');
        },
        untrusted: async (fn) => fn((chunk) => fenced.push(chunk)),
      },
    });
    await t.prepare(files('3.0.0-cccccccccccc'));
    await t.activate('web', '3.0.0-cccccccccccc');
    expect(fenced.join('')).toBe('::set-output name=url::https://evil\n');
  });
});
