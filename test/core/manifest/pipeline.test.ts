/** `pipeline` in the manifest: defaults, a service's own stages and overrides, located errors. */
import { parseManifest } from '../../../src/core/manifest/load.js';

const issues = (...lines: string[]) =>
  parseManifest(lines.join('\n') + '\n').issues.map((i) => `${i.line}:${i.col} ${i.message}`);

describe('pipeline', () => {
  it('defaults to commit → acceptance → uat → performance → production, production manual', () => {
    const { manifest } = parseManifest('services:\n  a: {path: a}\n');
    const stages = manifest!.services[0]!.stages;
    expect(stages.map((s) => `${s.name}:${s.promote}`)).toEqual([
      'commit:auto',
      'acceptance:auto',
      'uat:auto',
      'performance:auto',
      'production:manual',
    ]);
    expect(manifest!.ledger).toEqual({ ref: 'refs/heads/msdeploy/ledger', push: false });
  });

  it('takes the manifest list, a service list, and overrides of named stages', () => {
    const { manifest, issues: found } = parseManifest(
      [
        'pipeline:',
        '  ledger: {ref: refs/msdeploy/ledger, push: true}',
        '  stages:',
        '    - name: commit',
        '    - {name: uat, environment: staging}',
        '    - {name: production, approvers: [alice, "@acme/release"]}',
        'services:',
        '  a:',
        '    path: a',
        '    pipeline:',
        '      override:',
        '        production: {approvers: [bob], allow-self-approval: true}',
        '  b:',
        '    path: b',
        '    pipeline:',
        '      stages: [{name: only, promote: manual}]',
      ].join('\n'),
    );
    expect(found).toEqual([]);
    const [a, b] = manifest!.services;
    expect(a!.stages.map((s) => s.name)).toEqual(['commit', 'uat', 'production']);
    expect(a!.stages[1]).toMatchObject({ environment: 'staging', promote: 'auto' });
    expect(a!.stages[2]).toMatchObject({
      promote: 'manual',
      approvers: ['bob'],
      allowSelfApproval: true,
      pos: { line: 12, col: 9 },
    });
    expect(b!.stages).toEqual([
      expect.objectContaining({ name: 'only', promote: 'manual', approvers: [] }),
    ]);
    expect(manifest!.ledger).toEqual({ ref: 'refs/msdeploy/ledger', push: true });
  });

  it('locates duplicate stages, unknown overrides, empty lists and bad approvers', () => {
    expect(
      issues(
        'pipeline:',
        '  stages:',
        '    - name: commit',
        '    - name: commit',
        '    - {name: production, approvers: [ok, "not a login", "@org"]}',
        'services:',
        '  a:',
        '    path: a',
        '    pipeline: {override: {prodution: {approvers: [x]}}}',
        '  b:',
        '    path: b',
        '    pipeline: {stages: []}',
      ),
    ).toEqual([
      '4:13 Stage `commit` is already in `pipeline.stages` on line 3: each stage appears once in a pipeline, so rename or remove one of them.',
      expect.stringMatching(
        /^5:42 `not a login` in `pipeline\.stages\[2\]\.approvers\[1\]` is not a GitHub login or team/,
      ),
      expect.stringMatching(/^5:57 `@org` in .* is not a GitHub login or team/),
      expect.stringMatching(
        /^9:27 `services\.a\.pipeline\.override` names stage `prodution`, which is not in this service's pipeline: did you mean `production`\?$/,
      ),
      expect.stringMatching(
        /^12:16 `services\.b\.pipeline\.stages` has 0 entries but needs at least 1/,
      ),
    ]);
  });

  it('refuses a ledger ref git could misread', () => {
    for (const ref of ['../x', 'a..b', 'x.lock', '-x', 'a b', 'refs/heads/x@{1}']) {
      expect(issues('name: a', `pipeline: {ledger: {ref: '${ref}'}}`)).toEqual([
        expect.stringMatching(/is not a ref name msdeploy writes/),
      ]);
    }
  });
});
