import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ChangeSetParseError, parseNameStatusZ } from '../../../src/core/changes/change-set.js';
import { cleanupRepos, GitRepo } from '../../support/git-repo.js';

const z = (...fields: string[]) => Buffer.from(fields.map((f) => `${f}\0`).join(''), 'utf8');

afterAll(cleanupRepos);

describe('parseNameStatusZ', () => {
  it('parses one-path records and rename/copy records with both paths', () => {
    const out = z(
      'M',
      'a.txt',
      'A',
      'svc/new.ts',
      'D',
      'gone',
      'T',
      'link',
      'R100',
      'old/x',
      'new/x',
      'C075',
      'src',
      'copy',
    );
    expect(parseNameStatusZ(out)).toEqual([
      { status: 'M', path: 'a.txt' },
      { status: 'A', path: 'svc/new.ts' },
      { status: 'D', path: 'gone' },
      { status: 'T', path: 'link' },
      { status: 'R', path: 'new/x', oldPath: 'old/x' },
      { status: 'C', path: 'copy', oldPath: 'src' },
    ]);
  });

  it('returns an empty change set for empty output', () => {
    expect(parseNameStatusZ(Buffer.alloc(0))).toEqual([]);
  });

  it('keeps every byte of a name: spaces, quotes, newlines, tabs, shell syntax, leading dash', () => {
    const names = [
      'a b',
      `it's "q"`,
      'line\nbreak',
      'tab\there',
      '$(touch pwned)',
      '-rf',
      'ünïcødé/文件',
    ];
    const out = z(...names.flatMap((n) => ['M', n]));
    expect(parseNameStatusZ(out).map((f) => f.path)).toEqual(names);
  });

  it('decodes invalid UTF-8 bytes as U+FFFD', () => {
    const out = Buffer.concat([
      Buffer.from('A\0bad-'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('.txt\0'),
    ]);
    expect(parseNameStatusZ(out)).toEqual([{ status: 'A', path: 'bad-\uFFFD\uFFFD.txt' }]);
  });

  it.each([
    ['an unknown status letter', z('M', 'a', 'X', 'b'), 'unexpected status "X"', 4],
    ['an unmerged path', z('U', 'a'), 'unmerged', 0],
    ['a score on a letter without one', z('A100', 'a'), 'unexpected status "A100"', 0],
    ['garbage in a score', z('R1x0', 'a', 'b'), 'unexpected status', 0],
    ['a status with no path', Buffer.from('M\0'), 'truncated record', 2],
    ['a path with no NUL', Buffer.from('M\0a'), 'truncated record', 2],
    ['a rename missing its new path', z('M', 'a', 'R100', 'old'), 'truncated record', 13],
    ['a status with no NUL', Buffer.from('M\0a\0R'), 'truncated record', 4],
    ['an empty status', Buffer.from('\0a\0'), 'empty status', 0],
  ])('throws on %s, naming the byte offset', (_name, out, message, offset) => {
    let error: unknown;
    try {
      parseNameStatusZ(out);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChangeSetParseError);
    expect((error as ChangeSetParseError).offset).toBe(offset);
    expect((error as Error).message).toContain(`at byte ${offset}`);
    expect((error as Error).message).toContain(message);
  });

  it('parses 100,000 entries in linear time', () => {
    const parts: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      if (i % 10 === 0)
        parts.push(
          `R095\0services/s${i % 500}/old/file-${i}.ts\0services/s${i % 500}/new/file-${i}.ts\0`,
        );
      else parts.push(`M\0services/s${i % 500}/src/deeply/nested/file-${i}.ts\0`);
    }
    const out = Buffer.from(parts.join(''));
    const started = performance.now();
    const files = parseNameStatusZ(out);
    const ms = performance.now() - started;
    expect(files).toHaveLength(100_000);
    expect(files[99_999]).toEqual({
      status: 'M',
      path: 'services/s499/src/deeply/nested/file-99999.ts',
    });
    expect(files[10]).toEqual({
      status: 'R',
      oldPath: 'services/s10/old/file-10.ts',
      path: 'services/s10/new/file-10.ts',
    });
    // ~20 ms on a laptop; a quadratic parser would take seconds.
    expect(ms).toBeLessThan(1000);
  });

  it('parses what real git prints for nasty names, renames and deletions, and runs nothing', async () => {
    const repo = await GitRepo.create();
    const nonUtf8 = Buffer.concat([
      Buffer.from('latin1-'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from('.txt'),
    ]);
    repo.write(
      'old/dir/moved.txt',
      'content that is long enough to be recognised as a rename\n'.repeat(5),
    );
    repo.write('doomed.txt', 'bye\n');
    const base = await repo.commit('base');

    const nasty = [
      'with space.txt',
      `quo"te's.txt`,
      'new\nline.txt',
      '$(touch pwned)',
      '-leading-dash',
      '`touch pwned2`',
    ];
    for (const name of nasty) repo.write(name, `${name}\n`);
    repo.write(nonUtf8, 'bytes\n');
    repo.move('old/dir/moved.txt', 'new/place/moved.txt');
    repo.remove('doomed.txt');
    const head = await repo.commit('nasty');

    const out = await repo.gitRaw(['diff', '-z', '--name-status', '-M', base, head]);
    const files = parseNameStatusZ(out);
    const byPath = new Map(files.map((f) => [f.path, f]));

    for (const name of nasty) expect(byPath.get(name)).toEqual({ status: 'A', path: name });
    expect(byPath.get('latin1-\uFFFD\uFFFD.txt')).toEqual({
      status: 'A',
      path: 'latin1-\uFFFD\uFFFD.txt',
    });
    expect(byPath.get('new/place/moved.txt')).toEqual({
      status: 'R',
      path: 'new/place/moved.txt',
      oldPath: 'old/dir/moved.txt',
    });
    expect(byPath.get('doomed.txt')).toEqual({ status: 'D', path: 'doomed.txt' });
    expect(files).toHaveLength(nasty.length + 3);
    expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
    expect(existsSync(join(repo.dir, 'pwned2'))).toBe(false);
  });
});
