import { DEFAULT_STAGE_NAMES } from '../../../src/core/manifest/pipeline.js';
import {
  MAX_MANIFEST_BYTES,
  ManifestError,
  formatIssue,
  loadManifestOrThrow,
  parseManifest,
} from '../../../src/core/manifest/index.js';

/** One YAML line per argument, so line numbers in assertions are easy to read off. */
const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;

const example = yaml(
  'version: 1', //                                                     1
  'name: shop',
  'global:',
  '  - package-lock.json',
  '  - .github/workflows/**', //                                      5
  'libraries:',
  '  common:',
  '    path: libs/common',
  "    include: ['proto/common/**', '!libs/common/**/*.md']",
  '    depends-on: [money]', //                                      10
  '  money:',
  '    path: libs/money',
  'services:',
  '  catalog:',
  '    path: services/catalog', //                                   15
  "    include: ['!services/catalog/docs/**']",
  '    depends-on: [common, payments]',
  '  payments:',
  '    path: services/payments',
  '  web:', //                                                       20
  '    path: services/web',
  'release-groups:',
  '  storefront: [web, catalog]',
);

describe('parseManifest on a valid manifest', () => {
  const { manifest, issues } = parseManifest(example);

  it('has no issues and keeps manifest order', () => {
    expect(issues).toEqual([]);
    expect(manifest?.services.map((s) => s.name)).toEqual(['catalog', 'payments', 'web']);
    expect(manifest?.libraries.map((l) => l.name)).toEqual(['common', 'money']);
    expect(manifest?.name).toBe('shop');
  });

  it('puts the directory pattern first, then include entries in their order', () => {
    expect(manifest?.libraries[0]).toMatchObject({
      name: 'common',
      path: 'libs/common',
      patterns: ['libs/common/**', 'proto/common/**', '!libs/common/**/*.md'],
      dependsOn: ['money'],
      pos: { line: 7, col: 3 },
    });
    expect(manifest?.services[0]).toMatchObject({
      path: 'services/catalog',
      patterns: ['services/catalog/**', '!services/catalog/docs/**'],
      dependsOn: ['common', 'payments'],
    });
    expect(manifest?.services[2]?.dependsOn).toEqual([]);
  });

  it('adds the manifest file itself to global, first', () => {
    expect(manifest?.global).toEqual(['msdeploy.yml', 'package-lock.json', '.github/workflows/**']);
    expect(manifest?.file).toBe('msdeploy.yml');
  });

  it('keeps release groups', () => {
    expect(manifest?.releaseGroups).toEqual([{ name: 'storefront', services: ['web', 'catalog'] }]);
  });
});

describe('parseManifest shapes', () => {
  it('treats a manifest without services as one service named `name` covering the whole repo', () => {
    const { manifest, issues } = parseManifest(yaml('name: hello', 'global: [package-lock.json]'));
    expect(issues).toEqual([]);
    expect(manifest?.services).toEqual([
      {
        name: 'hello',
        path: '.',
        patterns: ['**'],
        dependsOn: [],
        pos: { line: 1, col: 7 },
        stages: DEFAULT_STAGE_NAMES.map((name) => ({
          name,
          promote: name === 'production' ? 'manual' : 'auto',
          approvers: [],
          allowSelfApproval: false,
        })),
      },
    ]);
    expect(manifest?.global).toEqual(['msdeploy.yml', 'package-lock.json']);
  });

  it('accepts `path: .` as the whole repository', () => {
    const { manifest } = parseManifest(yaml('services:', '  app:', '    path: .'));
    expect(manifest?.services[0]).toMatchObject({ path: '.', patterns: ['**'] });
  });

  it('normalises paths and strips a leading ./ from patterns', () => {
    const { manifest, issues } = parseManifest(
      yaml(
        'global: [./tools/**]',
        'services:',
        '  a:',
        '    path: ./services//a/',
        "    include: ['./proto/a/**', '!./services/a/docs/**']",
        '  b:',
        '    path: ./',
      ),
    );
    expect(issues).toEqual([]);
    expect(manifest?.services[0]).toMatchObject({
      path: 'services/a',
      patterns: ['services/a/**', 'proto/a/**', '!services/a/docs/**'],
    });
    expect(manifest?.services[1]).toMatchObject({ path: '.', patterns: ['**'] });
    expect(manifest?.global).toEqual(['msdeploy.yml', 'tools/**']);
  });

  it('escapes glob characters in a directory name so it matches literally', () => {
    const { manifest } = parseManifest(yaml('services:', "  a: {path: 'svc/[a]{b}'}"));
    expect(manifest?.services[0]?.patterns).toEqual(['svc/\\[a\\]\\{b\\}/**']);
  });

  it('allows two services with the same path and a service nested in another', () => {
    const { issues } = parseManifest(
      yaml(
        'services:',
        '  api: {path: services/shop}',
        '  worker: {path: services/shop}',
        '  admin: {path: services/shop/admin}',
      ),
    );
    expect(issues).toEqual([]);
  });

  it('names the manifest file in issues and in the implicit global pattern', () => {
    const ok = parseManifest(yaml('name: x'), 'deploy/msdeploy.yml');
    expect(ok.manifest?.global).toEqual(['deploy/msdeploy.yml']);
    const bad = parseManifest(yaml('name: X'), 'deploy/msdeploy.yml');
    expect(bad.issues[0]?.file).toBe('deploy/msdeploy.yml');
  });

  it('keeps number-like names as written and in order', () => {
    const { manifest } = parseManifest(yaml('services:', '  b: {path: b}', '  42: {path: x}'));
    expect(manifest?.services.map((s) => s.name)).toEqual(['b', '42']);
  });

  it('resolves aliases', () => {
    const { manifest, issues } = parseManifest(
      yaml(
        'services:',
        '  a: {path: a, include: &shared [proto/**]}',
        '  b: {path: b, include: *shared}',
      ),
    );
    expect(issues).toEqual([]);
    expect(manifest?.services[1]?.patterns).toEqual(['b/**', 'proto/**']);
  });

  it('stops alias expansion that would blow up, with one issue', () => {
    // 300 services × 1,000 aliased include entries: 300,000 values from ~6 kB of YAML.
    const items = Array.from({ length: 1000 }, () => 'x').join(', ');
    const entries = Array.from({ length: 300 }, (_, i) => `  s${i}: *svc`);
    const text = yaml(
      `x-list: &list [${items}]`,
      'services:',
      `  s: &svc {path: s, include: *list}`,
      ...entries,
    );
    const { issues } = parseManifest(text);
    const blowUp = issues.filter((i) => i.message.includes('through aliases'));
    expect(blowUp).toHaveLength(1);
    expect(
      issues.filter((i) => i.message.startsWith('Unknown top-level key `x-list`')),
    ).toHaveLength(1);
  });
});

describe('formatIssue, ManifestError and loadManifestOrThrow', () => {
  it('formats file:line:col: message', () => {
    expect(formatIssue({ file: 'msdeploy.yml', line: 3, col: 5, message: 'Bad.' })).toBe(
      'msdeploy.yml:3:5: Bad.',
    );
  });

  it('returns the manifest when valid', () => {
    expect(loadManifestOrThrow(example).services).toHaveLength(3);
  });

  it('throws every issue at once', () => {
    const text = yaml('services:', '  A: {path: a}', '  b: {pth: b}');
    let error: unknown;
    try {
      loadManifestOrThrow(text, 'm.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ManifestError);
    const issues = (error as ManifestError).issues;
    expect(issues.map((i) => `${i.line}:${i.col}`)).toEqual(['2:3', '3:3', '3:7']);
    expect((error as Error).message).toMatch(/^3 problems in the manifest:\nm\.yml:2:3: /);
  });
});

describe('manifest size', () => {
  it('refuses a manifest over 4 MiB before parsing it, with one issue on the file', () => {
    // Broken YAML on purpose: had it been parsed, its syntax errors would be reported too.
    const text = `services: [\n${'#'.repeat(MAX_MANIFEST_BYTES)}\n`;
    const { manifest, issues } = parseManifest(text, 'msdeploy.yml');
    expect(manifest).toBeUndefined();
    expect(issues).toEqual([
      {
        file: 'msdeploy.yml',
        line: 1,
        col: 1,
        message: expect.stringMatching(
          /^msdeploy\.yml is 4194317 bytes, over the 4194304 bytes \(4 MiB\) a manifest may be; it was not parsed/,
        ) as string,
      },
    ]);
    expect(() => loadManifestOrThrow(text)).toThrow(ManifestError);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const text = `name: shop\n# ${'é'.repeat(MAX_MANIFEST_BYTES / 2)}\n`;
    expect(parseManifest(text).issues[0]?.message).toMatch(/over the 4194304 bytes/);
  });
});
