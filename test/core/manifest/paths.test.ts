import {
  dirError,
  dirPattern,
  escapeGlob,
  normaliseDir,
  normalisePattern,
  patternError,
} from '../../../src/core/manifest/paths.js';
import { compileGlob } from '../../../src/core/paths/glob.js';

describe('directories', () => {
  it('normalises to POSIX form without ./ or trailing slash', () => {
    expect(normaliseDir('./a/b/')).toBe('a/b');
    expect(normaliseDir('a//b/./c')).toBe('a/b/c');
    expect(normaliseDir('./')).toBe('.');
    expect(normaliseDir('.')).toBe('.');
  });

  it('accepts ordinary directories, including dot-directories', () => {
    for (const ok of ['services/a', '.', './x/', '.github', 'a..b'])
      expect(dirError(ok)).toBeUndefined();
  });

  it('rejects directories outside the repository', () => {
    expect(dirError('/a')).toMatch(/^is absolute/);
    expect(dirError('\\\\server\\share')).toMatch(/^is absolute/);
    expect(dirError('D:\\x')).toMatch(/drive letter/);
    expect(dirError('~x')).toMatch(/`~`/);
    expect(dirError('a/../../b')).toMatch(/`\.\.`/);
    expect(dirError('a\nb')).toMatch(/control character/);
  });

  it('turns a directory into a pattern that matches it literally', () => {
    expect(dirPattern('.')).toBe('**');
    expect(dirPattern('svc/[x]')).toBe('svc/\\[x\\]/**');
    const matches = compileGlob(dirPattern('svc/[x]*{a,b}?'));
    expect(matches('svc/[x]*{a,b}?/file.ts')).toBe(true);
    expect(matches('svc/x/file.ts')).toBe(false);
    expect(escapeGlob('!important')).toBe('\\!important');
  });
});

describe('patterns', () => {
  it('strips a leading ./ but keeps the exclusion mark', () => {
    expect(normalisePattern('./a/**')).toBe('a/**');
    expect(normalisePattern('!./a/**')).toBe('!a/**');
    expect(normalisePattern('.github/**')).toBe('.github/**');
  });

  it('checks repository bounds before glob syntax', () => {
    expect(patternError('!/etc/**')).toMatch(/^is absolute.*`etc\/\*\*`/);
    expect(patternError('../**')).toMatch(/`\.\.`/);
    expect(patternError('a/{b')).toMatch(/^is not a valid glob: /);
    expect(patternError('./src/**')).toBeUndefined();
    expect(patternError('!docs/**')).toBeUndefined();
  });
});
