import {
  buildVersion,
  isSemVer,
  refSlug,
  VersionError,
} from '../../../src/core/artifact/version.js';

const sha = 'abc1234def5678abc1234def5678abc1234def56';

describe('buildVersion', () => {
  it('default branch: MAJOR.MINOR.counter+sha', () => {
    expect(buildVersion({ base: '1.4', counter: 57, commit: sha, ref: 'refs/heads/main' })).toBe(
      '1.4.57+abc1234',
    );
  });

  it('keeps MAJOR.MINOR of a full SemVer base (package.json style)', () => {
    expect(buildVersion({ base: '2.3.9-rc.1', counter: 3, commit: sha, ref: 'main' })).toBe(
      '2.3.3+abc1234',
    );
  });

  it('branch builds are pre-releases named after the branch', () => {
    const v = buildVersion({
      base: '1.4',
      counter: 58,
      commit: sha,
      ref: 'refs/heads/feature/Login_page',
      defaultBranch: 'main',
    });
    expect(v).toBe('1.4.58-feature-login-page+abc1234');
    expect(isSemVer(v)).toBe(true);
  });

  it('pull request builds are named after the PR', () => {
    expect(buildVersion({ base: '1.4', counter: 9, commit: sha, ref: 'refs/pull/7/merge' })).toBe(
      '1.4.9-pr-7+abc1234',
    );
  });

  it('re-run attempts stay unique', () => {
    expect(buildVersion({ base: '1.4', counter: 57, commit: sha, attempt: 2 })).toBe(
      '1.4.57+abc1234.attempt2',
    );
  });

  it('sorts by build counter on the default branch', () => {
    const vs = [9, 10, 100].map((n) => buildVersion({ base: '1.0', counter: n, commit: sha }));
    const patch = vs.map((v) => Number(v.split('.')[2]!.split('+')[0]));
    expect(patch).toEqual([9, 10, 100]);
  });

  it('untrusted branch names cannot break the version', () => {
    for (const ref of ['$(touch x)', '../..', '0001', '---', 'a'.repeat(200), 'ünïcode']) {
      const v = buildVersion({ base: '1.0', counter: 1, commit: sha, ref });
      expect([ref, isSemVer(v)]).toEqual([ref, true]);
    }
    expect(refSlug('0001')).toBe('r0001');
  });

  it('rejects a bad base, counter or commit with a clear error', () => {
    expect(() => buildVersion({ base: 'one', counter: 1, commit: sha })).toThrow(VersionError);
    expect(() => buildVersion({ base: 'one', counter: 1, commit: sha })).toThrow(/build\.version/);
    expect(() => buildVersion({ base: '1.0', counter: -1, commit: sha })).toThrow(/counter/);
    expect(() => buildVersion({ base: '1.0', counter: 1, commit: 'HEAD' })).toThrow(/git sha/);
  });
});
