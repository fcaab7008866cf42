/**
 * detect with a manifest to parse: parsed while git's diff runs, and its errors still first.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { detect } from '../../../src/core/changes/detect.js';
import { loadManifestOrThrow, ManifestError } from '../../../src/core/manifest/index.js';
import type { Git, Logger } from '../../../src/core/ports.js';
import { CliGit } from '../../../src/platform/git.js';
import { cleanupRepos, GitRepo } from '../../support/git-repo.js';

afterAll(cleanupRepos);

const MANIFEST = 'services:\n  web:\n    path: services/web\n  api:\n    path: services/api\n';

const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_t, fn) => fn(),
};

/** A CliGit that logs each call into `events`. */
function loggingGit(dir: string, events: string[]): Git {
  const real = new CliGit(dir);
  return new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        events.push(`git.${String(prop)}`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

async function repoWithChange() {
  const repo = await GitRepo.create();
  const base = await repo.commitFiles({
    'msdeploy.yml': MANIFEST,
    'services/web/a.ts': '1',
    'services/api/b.ts': '1',
  });
  const head = await repo.commitFiles({ 'services/api/b.ts': '2' });
  return { repo, base, head };
}

const event = (sha: string) => ({ eventName: 'push', sha, ref: 'refs/heads/main', payload: {} });

describe('detect with a manifest to parse', () => {
  it('parses it once the diff has started, and gives the same answer as a parsed one', async () => {
    const { repo, base, head } = await repoWithChange();
    const events: string[] = [];
    const git = loggingGit(repo.dir, events);
    const request = { base: { event: event(head), base, policy: 'event' as const } };
    const lazy = await detect(
      {
        ...request,
        manifest: () => {
          events.push('parse');
          return loadManifestOrThrow(MANIFEST);
        },
        onCompare: (from: string, to: string) => events.push(`compare ${from}..${to}`),
      },
      { git, logger },
    );
    // The caller hears of the comparison as git starts it, before the parse (app/detect.ts
    // starts listing the tree then).
    expect(events.indexOf(`compare ${base}..${head}`)).toBe(events.indexOf('git.diff') + 1);
    expect(events.indexOf('parse')).toBe(events.indexOf('git.diff') + 2);
    expect(events.filter((e) => e === 'parse')).toHaveLength(1);
    const eager = await detect(
      { ...request, manifest: loadManifestOrThrow(MANIFEST) },
      { git, logger },
    );
    expect(lazy).toEqual(eager);
    expect(lazy.affected.services.filter((s) => s.affected).map((s) => s.name)).toEqual(['api']);
  });

  it('reports an invalid manifest before a base that cannot be resolved', async () => {
    const { repo, head } = await repoWithChange();
    const invalid = () => loadManifestOrThrow('services:\n  web:\n    paht: services/web\n');
    const request = {
      base: { event: event(head), base: 'no-such-branch', policy: 'event' as const },
    };
    const git = new CliGit(repo.dir);
    await expect(detect({ ...request, manifest: invalid }, { git, logger })).rejects.toThrow(
      ManifestError,
    );
    // With a valid manifest, the base's own error.
    await expect(
      detect({ ...request, manifest: () => loadManifestOrThrow(MANIFEST) }, { git, logger }),
    ).rejects.toThrow(/no-such-branch/);
  });

  it('reports an invalid manifest even when the diff has started', async () => {
    const { repo, base, head } = await repoWithChange();
    const invalid = () => loadManifestOrThrow('services: []\n');
    await expect(
      detect(
        { base: { event: event(head), base, policy: 'event' }, manifest: invalid },
        { git: new CliGit(repo.dir), logger },
      ),
    ).rejects.toThrow(ManifestError);
  });
});
