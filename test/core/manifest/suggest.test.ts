import { closest, editDistance } from '../../../src/core/manifest/suggest.js';

describe('closest', () => {
  it('forgives case, underscores and a missing hyphen', () => {
    expect(closest('depends_on', ['path', 'include', 'depends-on'])).toBe('depends-on');
    expect(closest('DependsOn', ['path', 'include', 'depends-on'])).toBe('depends-on');
    expect(closest('release_groups', ['services', 'release-groups'])).toBe('release-groups');
  });

  it('finds typos and transpositions', () => {
    expect(closest('servcies', ['services', 'libraries'])).toBe('services');
    expect(closest('pth', ['path', 'include'])).toBe('path');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closest('dockerfile', ['path', 'include', 'depends-on'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });

  it('prefers the nearest candidate', () => {
    expect(closest('catalogs', ['catalog', 'catalogue'])).toBe('catalog');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
