/** The release's rewrite of internal `uses:` refs, on a copy of this repository's files. */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  filesWithRefs,
  internalRefs,
  parseInternalUses,
  releaseTags,
  rewriteInternalRefs,
  staleRefs,
} from '../../scripts/release-refs.js';
import { PROJECT_ROOT } from '../support/action-runner.js';
import { cleanupBuilds, tempDir } from '../support/build-harness.js';

afterAll(cleanupBuilds);

function copyOfRepository(): string {
  const root = tempDir('release');
  for (const part of ['action.yml', 'actions', '.github']) {
    cpSync(join(PROJECT_ROOT, part), join(root, part), { recursive: true });
  }
  return root + '/';
}

describe('release-refs', () => {
  it('recognises our actions and workflows, and nothing else', () => {
    expect(parseInternalUses('<org>/msdeploy/actions/promote-stage@main')).toEqual({
      owner: '<org>',
      path: '/actions/promote-stage',
      ref: 'main',
    });
    expect(parseInternalUses('acme/msdeploy@v1')).toEqual({ owner: 'acme', path: '', ref: 'v1' });
    expect(parseInternalUses('acme/msdeploy/.github/workflows/promote.yml@v1.2.3')?.path).toBe(
      '/.github/workflows/promote.yml',
    );
    for (const other of [
      'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1',
      'acme/msdeploy-fork/actions/x@v1',
      'acme/not-msdeploy@v1',
      './actions/promote-stage',
      'acme/msdeploy/scripts/x@v1',
    ]) {
      expect([other, parseInternalUses(other)]).toEqual([other, undefined]);
    }
  });

  it('rewrites owner and ref of internal uses only, keeping comments and other lines', () => {
    const text = [
      '      - uses: <org>/msdeploy/actions/deploy-env@main',
      '    uses: <org>/msdeploy/.github/workflows/service-chunk.yml@main # the chunk',
      '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      '        # uses: <org>/msdeploy@main is only a comment here',
      '',
    ].join('\n');
    expect(rewriteInternalRefs(text, 'acme/msdeploy', 'v1.2.3')).toBe(
      [
        '      - uses: acme/msdeploy/actions/deploy-env@v1.2.3',
        '    uses: acme/msdeploy/.github/workflows/service-chunk.yml@v1.2.3 # the chunk',
        '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
        '        # uses: <org>/msdeploy@main is only a comment here',
        '',
      ].join('\n'),
    );
  });

  it('refuses a repository or ref that would write a broken uses:', () => {
    expect(() => rewriteInternalRefs('', 'acme/other', 'v1.2.3')).toThrow(/<owner>\/msdeploy/);
    expect(() => rewriteInternalRefs('', 'acme/msdeploy', 'v1 2')).toThrow(/--ref/);
    expect(() => rewriteInternalRefs('', 'acme/msdeploy', '../x')).toThrow(/--ref/);
  });

  it('turns a version into the release tag and the major tag', () => {
    expect(releaseTags('1.2.3')).toEqual({ tag: 'v1.2.3', major: 'v1' });
    expect(releaseTags('v10.0.7')).toEqual({ tag: 'v10.0.7', major: 'v10' });
    for (const bad of ['1.2', 'v1.2.3-rc.1', 'latest', '1.2.3.4']) {
      expect(() => releaseTags(bad)).toThrow(/MAJOR\.MINOR\.PATCH/);
    }
  });

  it('rewrites every file of a copy of this repository, which --check then accepts', () => {
    const root = copyOfRepository();
    const before = staleRefs('acme/msdeploy', 'v2.0.0', root);
    expect(before.length).toBeGreaterThan(15);
    expect(before[0]).toMatch(/^(action\.yml|actions\/|\.github\/).*:\d+: uses <org>\/msdeploy/);

    const script = join(PROJECT_ROOT, 'scripts', 'release-refs.ts');
    const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
    const run = (...args: string[]) =>
      spawnSync(tsx, [script, '--root', root, ...args], { encoding: 'utf8' });
    const check = run('--repository', 'acme/msdeploy', '--ref', 'v2.0.0', '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('release with the release workflow');

    const rewrite = run('--repository', 'acme/msdeploy', '--ref', 'v2.0.0');
    expect([rewrite.status, rewrite.stderr]).toEqual([0, '']);
    expect(run('--repository', 'acme/msdeploy', '--ref', 'v2.0.0', '--check').status).toBe(0);
    expect(staleRefs('acme/msdeploy', 'v2.0.0', root)).toEqual([]);
    const refs = filesWithRefs(root).flatMap((f) => internalRefs(readFileSync(f, 'utf8')));
    expect(refs.length).toBe(before.length);
    expect(new Set(refs.map((r) => `${r.owner}@${r.ref}`))).toEqual(new Set(['acme@v2.0.0']));
  });
});
