import {
  compileGlob,
  compilePatternList,
  expandAlternations,
  globSyntaxError,
  GlobSyntaxError,
  literalPrefix,
  parseGlob,
  splitNegation,
} from '../../../src/core/paths/glob.js';

/** Asserts which of `paths` the pattern matches, listing both sides so a failure is readable. */
function expectMatches(pattern: string, matching: string[], notMatching: string[]): void {
  const match = compileGlob(pattern);
  expect({ pattern, matched: matching.filter((p) => !match(p)) }).toEqual({ pattern, matched: [] });
  expect({ pattern, wrongly: notMatching.filter((p) => match(p)) }).toEqual({
    pattern,
    wrongly: [],
  });
}

describe('compileGlob', () => {
  test('a literal pattern matches exactly that path, anchored at both ends', () => {
    expectMatches('a/b.txt', ['a/b.txt'], ['a/b.txtx', 'xa/b.txt', 'a/b', 'c/a/b.txt', 'A/b.txt']);
  });

  test('* matches any run of characters except /', () => {
    expectMatches(
      'src/*.ts',
      ['src/a.ts', 'src/.ts', 'src/a.b.ts'],
      ['src/a/b.ts', 'a.ts', 'src/a.tsx'],
    );
    expectMatches('*', ['a', 'package.json', '.env'], ['a/b', 'a/']);
    expectMatches('a*b', ['ab', 'axxb'], ['a/b', 'axb/c']);
  });

  test('? matches exactly one character except /', () => {
    expectMatches('v?.txt', ['v1.txt', 'v_.txt'], ['v.txt', 'v12.txt', 'v/.txt']);
    expectMatches('?', ['é', '😀'], ['ab', '/']); // one code point, even outside the BMP
  });

  test('** matches any run including /', () => {
    expectMatches('a/**', ['a/b', 'a/b/c/d.ts', 'a/.hidden'], ['a', 'ab/c', 'b/a/c']);
    expectMatches('**', ['x', 'a/b/c'], []);
    expectMatches('**.js', ['x.js', 'a/b/c.js', '.js'], ['x.jsx', 'a/x.ts']);
    expectMatches('a**b', ['ab', 'a/x/b', 'axb'], ['a/x/c']);
  });

  test('**/ at the start of a segment matches zero or more whole directories', () => {
    expectMatches('**/x', ['x', 'a/x', 'a/b/x'], ['ax', 'a/xx', 'x/a']);
    expectMatches('a/**/b', ['a/b', 'a/x/b', 'a/x/y/b'], ['ab', 'a/xb', 'a/b/c']);
    expectMatches('**/*.md', ['README.md', 'docs/a/b.md'], ['README.mdx', 'a.md/x']);
    expectMatches('**/migrations/**', ['migrations/1.sql', 'a/migrations/b/c'], ['amigrations/x']);
  });

  test('character classes, ranges and negation never match /', () => {
    expectMatches('[abc].ts', ['a.ts', 'c.ts'], ['d.ts', 'ab.ts']);
    expectMatches('v[0-9].txt', ['v0.txt', 'v9.txt'], ['va.txt', 'v10.txt']);
    expectMatches('[!a]x', ['bx', '.x'], ['ax', '/x']);
    expectMatches('[^a]x', ['bx'], ['ax']);
    expectMatches('a[!b]c', ['axc'], ['a/c', 'abc']);
    expectMatches('[]]x', [']x'], ['x', '[x']);
    expectMatches('[!]]x', ['ax'], [']x']);
    expectMatches('[a-]x', ['ax', '-x'], ['bx']);
    expectMatches('[\\]\\\\]', [']', '\\'], ['a']);
    expectMatches('[^-^]', ['a'], ['-', '^']);
    expectMatches('[é-ë]', ['é', 'ê', 'ë'], ['e', 'ì']);
  });

  test('{a,b} alternation may be empty, hold / and nest', () => {
    expectMatches('{src,lib}/**', ['src/a', 'lib/b/c'], ['test/a', 'srclib/a']);
    expectMatches('*.{ts,tsx}', ['a.ts', 'a.tsx'], ['a.js', 'a.t']);
    expectMatches('a{,.bak}', ['a', 'a.bak'], ['a.b']);
    expectMatches('{a,b/{c,d}}/x', ['a/x', 'b/c/x', 'b/d/x'], ['b/x', 'c/x']);
    expectMatches('x/{**/,}y', ['x/y', 'x/a/y', 'x/a/b/y'], ['x/ay']);
  });

  test('\\ escapes the next character', () => {
    expectMatches('\\*.txt', ['*.txt'], ['a.txt']);
    expectMatches('a\\?', ['a?'], ['ab']);
    expectMatches('\\[x]', ['[x]'], ['x']);
    expectMatches('\\{a,b\\}', ['{a,b}'], ['a']);
    expectMatches('\\!important', ['!important'], ['important']);
    expectMatches('back\\\\slash', ['back\\slash'], ['back/slash']);
  });

  test('dotfiles and dot-directories are ordinary names', () => {
    expectMatches('*', ['.env', '.gitignore'], ['.github/x']);
    expectMatches('**/*.yml', ['.github/workflows/ci.yml', '.x.yml'], []);
    expectMatches('services/*/**', ['services/.hidden/a'], []);
    expectMatches('.github/**', ['.github/workflows/a.yml'], ['github/a']);
  });

  test('a trailing / means everything under the directory', () => {
    expectMatches('docs/', ['docs/a.md', 'docs/a/b.md'], ['docs', 'docsx/a', 'x/docs/a']);
    const dir = compileGlob('docs/');
    const star = compileGlob('docs/**');
    for (const p of ['docs', 'docs/a', 'docsa', 'docs/a/b']) expect(dir(p)).toBe(star(p));
  });

  test('matching is case-sensitive', () => {
    expectMatches('README.md', ['README.md'], ['readme.md', 'Readme.md']);
    expectMatches('*.MD', ['A.MD'], ['a.md']);
  });

  test('hostile and unusual names are plain characters', () => {
    expectMatches('has space/*', ['has space/a b.txt'], ['has/a']);
    expectMatches('-rf/**', ['-rf/x'], ['rf/x']);
    expectMatches('$(x)/`y`', ['$(x)/`y`'], ['x/y']);
    expectMatches(`q/"a'b"`, [`q/"a'b"`], ['q/ab']);
    expectMatches('a.b+c(d)|e^f$', ['a.b+c(d)|e^f$'], ['aXb+c(d)|e^f$', 'a.bbc(d)|e^f$']);
    expectMatches('nl/*', ['nl/line\nbreak'], ['nl/a/b']);
    expectMatches('nl/**', ['nl/a\n/b'], []);
    expectMatches('**/*.txt', ['x\n.txt', 'a\nb/c.txt'], []);
    expectMatches('日本/*.ts', ['日本/ファイル.ts'], ['日本/x/y.ts']);
    expectMatches('emoji/??', ['emoji/😀😀'], ['emoji/😀']);
  });

  test('runs of more than two stars behave like **', () => {
    expectMatches('a/***', ['a/b/c'], ['b']);
  });

  test('throws GlobSyntaxError with the syntax message for an invalid pattern', () => {
    expect(() => compileGlob('src/[ab')).toThrow(GlobSyntaxError);
    expect(() => compileGlob('src/[ab')).toThrow(globSyntaxError('src/[ab'));
  });

  test('refuses a pattern that still carries its ! so that negation is never silently lost', () => {
    expect(() => compileGlob('!docs/**')).toThrow(/leading `!`.*splitNegation/);
  });
});

describe('globSyntaxError', () => {
  test.each([
    'a',
    'services/a/**',
    '!services/a/**/*.md',
    '**',
    '**/*',
    'docs/',
    '{a,{b,c}}/x',
    '[!a-z]',
    '\\*',
    'a,b',
    'a]b',
    '...',
    '.github/**',
    '.x/..y/z..',
  ])('accepts %j', (pattern) => {
    expect(globSyntaxError(pattern)).toBeUndefined();
  });

  test.each<[string, RegExp]>([
    ['', /empty/],
    ['!', /"!" excludes nothing/],
    ['!!x', /more than one `!`.*`\\!`/],
    ['/x', /starts with `\/`.*relative to the repository root.*write "x"/],
    ['../x', /leave the repository/],
    ['a/../../x', /leave the repository/],
    ['a/../b', /`\.\.` segment, which never matches/],
    ['./a', /`\.` segment/],
    ['a//b', /empty segment/],
    ['a\\', /lone `\\`.*column 2/],
    ['src\\foo\\*.ts', /Windows path separator.*`\/`/],
    ['a\\/b', /escapes a path separator/],
    ['src/[ab', /`\[` at column 5 is never closed.*`\\\[`/],
    ['[]', /never closed/],
    ['a{b,c', /`\{` at column 2 is never closed.*`\\\{`/],
    ['a{b,{c}', /never closed/],
    ['a}b', /`\}` at column 2 has no matching `\{`/],
    ['[z-a]', /range `z-a`.*reversed.*`a-z`/],
    ['[a/b]', /contains `\/`/],
    ['[+-0]', /includes `\/`/],
    ['[[:alpha:]]', /POSIX class/],
  ])('rejects %j', (pattern, message) => {
    const error = globSyntaxError(pattern);
    expect(error).toMatch(message);
    // One sentence: it names the pattern (when there is one) and ends with a full stop.
    expect(error).toMatch(/\.$/);
    if (pattern.length > 1)
      expect(error).toContain(JSON.stringify(pattern.replace(/^!/, '')).slice(1, -1));
  });

  test('reports the first problem in a pattern with several', () => {
    expect(globSyntaxError('/a/[b')).toMatch(/starts with `\/`/);
  });
});

describe('splitNegation', () => {
  test('separates a single leading ! from the glob', () => {
    expect(splitNegation('!docs/**')).toEqual({ negated: true, glob: 'docs/**' });
    expect(splitNegation('docs/**')).toEqual({ negated: false, glob: 'docs/**' });
    expect(splitNegation('\\!x')).toEqual({ negated: false, glob: '\\!x' });
  });

  test('rejects ! alone and !!', () => {
    expect(() => splitNegation('!')).toThrow(GlobSyntaxError);
    expect(() => splitNegation('!!a')).toThrow(GlobSyntaxError);
  });
});

describe('compilePatternList', () => {
  test('the last matching pattern decides; no match means not included', () => {
    const included = compilePatternList([
      'services/a/**',
      '!services/a/**/*.md',
      'services/a/KEEP.md',
    ]);
    expect(included('services/a/src/x.ts')).toBe(true);
    expect(included('services/a/docs/x.md')).toBe(false);
    expect(included('services/a/KEEP.md')).toBe(true);
    expect(included('services/b/x.ts')).toBe(false);
  });

  test('an exclusion before the inclusion it would cancel has no effect', () => {
    const included = compilePatternList(['!docs/**', 'docs/**']);
    expect(included('docs/a')).toBe(true);
  });

  test('a list of only exclusions includes nothing', () => {
    expect(compilePatternList(['!a/**'])('b/c')).toBe(false);
    expect(compilePatternList([])('a')).toBe(false);
  });

  test('names the position of an invalid entry', () => {
    expect(() => compilePatternList(['a/**', '!b/[x'])).toThrow(/^Pattern 2 "!b\/\[x": /);
  });
});

describe('literalPrefix', () => {
  test.each([
    ['services/a/src/*.ts', 'services/a/src'],
    ['services/a/src*', 'services/a'],
    ['**/x', ''],
    ['*.md', ''],
    ['docs/', 'docs'],
    ['docs/**', 'docs'],
    ['a/b.txt', 'a'],
    ['package.json', ''],
    ['a/{b,c}/d', 'a'],
    ['a/b[0-9]/c', 'a'],
    ['we\\*ird/x/*', 'we*ird/x'],
  ])('%j → %j', (pattern, prefix) => {
    expect(literalPrefix(pattern)).toBe(prefix);
  });
});

describe('parseGlob and expandAlternations', () => {
  test('expansion yields every alternative with neighbouring literals merged', () => {
    const expanded = expandAlternations(parseGlob('{a,b/{c,d}}/x'))!;
    expect(expanded).toEqual([
      [{ kind: 'literal', text: 'a/x' }],
      [{ kind: 'literal', text: 'b/c/x' }],
      [{ kind: 'literal', text: 'b/d/x' }],
    ]);
  });

  test('expansion gives up beyond the limit instead of exploding', () => {
    const pattern = '{a,b}{c,d}{e,f}{g,h}';
    expect(expandAlternations(parseGlob(pattern), 16)).toHaveLength(16);
    expect(expandAlternations(parseGlob(pattern), 15)).toBeUndefined();
  });

  test('**/ is a directory run only at the start of a segment', () => {
    expect(parseGlob('a/**/b').map((n) => n.kind)).toEqual(['literal', 'dirs', 'literal']);
    expect(parseGlob('a**/b').map((n) => n.kind)).toEqual(['literal', 'globstar', 'literal']);
  });
});
