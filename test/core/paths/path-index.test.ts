import { GlobSyntaxError, globSyntaxError } from '../../../src/core/paths/glob.js';
import { naiveOwnersOf, PathIndex, type Owner } from '../../../src/core/paths/path-index.js';

function owners(...patternLists: string[][]): Owner[] {
  return patternLists.map((patterns, i) => ({ id: `o${i}`, patterns }));
}

/** Both implementations, so every example also checks the index against the oracle. */
function ownersOf(list: Owner[], path: string): number[] {
  const fromIndex = new PathIndex(list).ownersOf(path);
  expect({ path, fromIndex }).toEqual({ path, fromIndex: naiveOwnersOf(list, path) });
  return fromIndex;
}

describe('PathIndex', () => {
  test('returns the owners whose patterns match, ascending', () => {
    const list = owners(['services/b/**'], ['libs/common/**'], ['services/**'], ['services/b/**']);
    expect(ownersOf(list, 'services/b/src/main.go')).toEqual([0, 2, 3]);
    expect(ownersOf(list, 'libs/common/x.go')).toEqual([1]);
    expect(ownersOf(list, 'README.md')).toEqual([]);
  });

  test('the last matching pattern of an owner decides', () => {
    const list = owners(['services/a/**', '!services/a/**/*.md', 'services/a/KEEP.md']);
    expect(ownersOf(list, 'services/a/src/x.ts')).toEqual([0]);
    expect(ownersOf(list, 'services/a/docs/guide.md')).toEqual([]);
    expect(ownersOf(list, 'services/a/KEEP.md')).toEqual([0]);
    // An exclusion listed before the inclusion does not cancel it.
    expect(ownersOf(owners(['!a/**', 'a/**']), 'a/x')).toEqual([0]);
  });

  test('an exclusion in one owner does not affect another', () => {
    const list = owners(['**/*.md', '!docs/**'], ['docs/']);
    expect(ownersOf(list, 'docs/a.md')).toEqual([1]);
    expect(ownersOf(list, 'services/a/README.md')).toEqual([0]);
  });

  test('owners without patterns, or with only exclusions, own nothing', () => {
    const list = owners([], ['!a/**'], ['a/**']);
    expect(ownersOf(list, 'a/x')).toEqual([2]);
    expect(new PathIndex([]).ownersOf('a/x')).toEqual([]);
  });

  test.each<[string, string[], string[]]>([
    // Fully literal patterns: exact paths.
    ['package.json', ['package.json'], ['a/package.json', 'package.json5']],
    // Everything below a directory: no RegExp needed.
    ['services/a/**', ['services/a/x', 'services/a/b/c'], ['services/a', 'services/ab/x']],
    ['services/a/', ['services/a/x'], ['services/a', 'services/abc']],
    ['services/a/**/*', ['services/a/x', 'services/a/b/c'], ['services/a', 'services/ab/x']],
    ['**', ['x', 'a/b'], []],
    // A literal directory with more to check.
    ['services/a/src/*.ts', ['services/a/src/x.ts'], ['services/a/src/b/x.ts', 'services/a/x.ts']],
    ['services/a/**/*.md', ['services/a/R.md', 'services/a/d/R.md'], ['services/R.md', 'x.md']],
    [
      'services/a/**/Dockerfile',
      ['services/a/Dockerfile', 'services/a/b/Dockerfile'],
      ['services/a/xDockerfile'],
    ],
    ['services/a/**x', ['services/a/x', 'services/a/b/x', 'services/a/bx'], ['services/x']],
    // The suffix must lie after the directory, not overlap it.
    ['x/**x/y', ['x/x/y', 'x/ax/y', 'x/a/bx/y'], ['x/y']],
    ['x/**/x/y', ['x/x/y', 'x/a/x/y'], ['x/y', 'x/ax/y']],
    ['a/b/**/b/c', ['a/b/b/c', 'a/b/x/b/c'], ['a/b/c']],
    ['libs/**/gen/**', ['libs/gen/x', 'libs/a/gen/b'], ['libs/agen/x', 'gen/x', 'libs/a/gen']],
    // A partial segment after the directory.
    ['services/svc-*/src/**', ['services/svc-a/src/x'], ['services/a/src/x', 'services/svc-a/x']],
    ['Makefile*', ['Makefile', 'Makefile.inc'], ['a/Makefile']],
    ['services/a*', ['services/a', 'services/ab'], ['services/b', 'services/a/x']],
    // No literal directory: keyed by file name, extension or directory name.
    ['**/Dockerfile', ['Dockerfile', 'a/b/Dockerfile'], ['xDockerfile', 'Dockerfile/x']],
    ['**/a/Dockerfile', ['a/Dockerfile', 'x/a/Dockerfile'], ['xa/Dockerfile', 'Dockerfile']],
    ['**/*.md', ['R.md', 'a/b/R.md', '.md'], ['R.mdx', 'a.md/x']],
    ['*.md', ['R.md'], ['a/R.md']],
    ['**.proto', ['a.proto', 'x/y/a.proto'], ['a.proto.bak']],
    ['**/*.tar.gz', ['x.tar.gz', 'a/x.tar.gz'], ['x.gz', 'x.tar.gz/y']],
    ['**/migrations/**', ['migrations/1', 'a/migrations/b/1'], ['migrations', 'amigrations/1']],
    ['*/gen/*', ['a/gen/b'], ['gen/b', 'a/b/gen/c']],
    // Nothing to key on: a candidate for every path.
    ['*', ['x', '.env'], ['a/x']],
    ['**/*test*', ['test', 'a/my_test.go'], []],
    ['?', ['x'], ['xy', 'a/x']],
    // Alternations are expanded into separate entries.
    ['{package.json,yarn.lock}', ['package.json', 'yarn.lock'], ['package.jsonyarn.lock']],
    ['services/{a,b}/**', ['services/a/x', 'services/b/y'], ['services/c/x']],
    ['{**/*.md,docs/**}', ['x/y.md', 'docs/a'], ['x/y']],
  ])('%j', (pattern, matching, notMatching) => {
    const single = owners([pattern]);
    for (const path of matching)
      expect({ path, owners: ownersOf(single, path) }).toEqual({ path, owners: [0] });
    for (const path of notMatching)
      expect({ path, owners: ownersOf(single, path) }).toEqual({ path, owners: [] });
  });

  test('an alternation too large to expand is still matched correctly', () => {
    const pattern = '{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}/x'; // 256 alternatives
    const single = owners([pattern]);
    expect(ownersOf(single, 'abcd/x')).toEqual([0]);
    expect(ownersOf(single, 'abce/x')).toEqual([]);
  });

  test('a directory name that occurs twice in the path is harmless', () => {
    const list = owners(['**/gen/**', '!**/gen/*.bak'], ['gen/**']);
    expect(ownersOf(list, 'gen/a/gen/b.bak')).toEqual([1]);
    expect(ownersOf(list, 'gen/a/gen/b.txt')).toEqual([0, 1]);
  });

  test('hostile names are plain data', () => {
    const list = owners(['$(rm -rf ~)/**'], ['**/*`id`*'], ['-n/*'], ['a\nb/**']);
    expect(ownersOf(list, '$(rm -rf ~)/x')).toEqual([0]);
    expect(ownersOf(list, 'x/y`id`z')).toEqual([1]);
    expect(ownersOf(list, '-n/x')).toEqual([2]);
    expect(ownersOf(list, 'a\nb/c')).toEqual([3]);
  });

  test('the same index answers many lookups (its buffers are reused safely)', () => {
    const list = owners(['a/**'], ['**/*.md'], ['a/b/**', '!**/*.md']);
    const index = new PathIndex(list);
    const first = index.ownersOf('a/b/c.md');
    const second = index.ownersOf('a/b/c.ts');
    expect(first).toEqual([0, 1]);
    expect(second).toEqual([0, 2]);
    expect(index.ownersOf('a/b/c.md')).toEqual(first);
  });

  test('an invalid pattern fails construction naming the owner, position and problem', () => {
    const list: Owner[] = [
      { id: 'billing', patterns: ['services/billing/**'] },
      { id: 'catalog', patterns: ['services/catalog/**', 'libs/[x'] },
    ];
    const construct = () => new PathIndex(list);
    expect(construct).toThrow(GlobSyntaxError);
    expect(construct).toThrow(`Pattern 2 of "catalog" ("libs/[x"): ${globSyntaxError('libs/[x')}`);
    expect(() => naiveOwnersOf(list, 'x')).toThrow(/Pattern 2 of "catalog"/);
  });
});

/** mulberry32: a small seeded PRNG, so the property test is the same on every run. */
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

describe('PathIndex agrees with naiveOwnersOf', () => {
  // Paths and patterns share one small vocabulary so that patterns match often.
  const names = ['a', 'b', 'src', 'svc-a', 'svc-b', 'gen', 'docs', '.github', '-x', 'a b', '日本'];
  const files = ['x.md', 'y.ts', 'z.tar.gz', 'Dockerfile', '.env', 'gen', 'a', 'svc-a.md', 'q\nr'];
  const segmentPatterns = [
    ...names,
    '*',
    '**',
    '?',
    'svc-*',
    's*',
    '*.md',
    '*.ts',
    '[ab]',
    '[!a]*',
    '{a,b}',
    '{src,docs/x.md}',
    '{,svc-}a',
    'x.*',
    '*a*',
    'Dockerfile',
    '*.gz',
    '\\-x',
  ];

  function randomPath(rand: () => number): string {
    const depth = Math.floor(rand() * 4);
    const parts: string[] = [];
    for (let i = 0; i < depth; i++) parts.push(names[Math.floor(rand() * names.length)]!);
    parts.push(files[Math.floor(rand() * files.length)]!);
    return parts.join('/');
  }

  function randomPattern(rand: () => number): string {
    const length = 1 + Math.floor(rand() * 4);
    const parts: string[] = [];
    for (let i = 0; i < length; i++) {
      const pool =
        i === length - 1 && rand() < 0.5 ? [...segmentPatterns, ...files] : segmentPatterns;
      parts.push(pool[Math.floor(rand() * pool.length)]!);
    }
    let pattern = parts.join('/');
    if (rand() < 0.15) pattern += '/';
    if (rand() < 0.3) pattern = `!${pattern}`;
    return pattern;
  }

  test.each([1, 2, 3, 4, 5])('on random owners and paths (seed %i)', (seed) => {
    const rand = prng(seed);
    const list: Owner[] = Array.from({ length: 60 }, (_, i) => ({
      id: `o${i}`,
      patterns: Array.from({ length: Math.floor(rand() * 6) }, () => randomPattern(rand)),
    }));
    for (const owner of list) {
      for (const pattern of owner.patterns)
        expect({ pattern, error: globSyntaxError(pattern) }).toEqual({ pattern, error: undefined });
    }
    const index = new PathIndex(list);
    let matches = 0;
    const mismatches: string[] = [];
    for (let i = 0; i < 2_000; i++) {
      const path = randomPath(rand);
      const expected = naiveOwnersOf(list, path);
      const actual = index.ownersOf(path);
      matches += expected.length;
      if (actual.join() !== expected.join()) {
        mismatches.push(
          `${JSON.stringify(path)}: index [${actual.join()}] naive [${expected.join()}]`,
        );
      }
    }
    expect(mismatches).toEqual([]);
    // The generator must produce real matches, or agreement would prove nothing.
    expect(matches).toBeGreaterThan(2_000);
  });
});
