import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shellCommand, shellQuote } from '../../../src/core/deploy/shell-quote.js';

// Real shells, not a model of them: dash (Debian's /bin/sh) and bash must both hand printf
// exactly the strings we quoted.
const SHELLS = ['/bin/sh', '/bin/bash'];

/** What `printf '%s\0' <args>` prints: each argument's UTF-8 bytes, NUL-terminated. */
function expected(args: readonly string[]): Buffer {
  return Buffer.concat(args.map((a) => Buffer.from(a + '\0', 'utf8')));
}

/** Runs printf over the quoted args in `shell -c` from an empty directory (globs match nothing there, and nothing may be created). */
function roundTrip(shell: string, args: readonly string[], cwd: string): Buffer {
  const script = shellCommand(['printf', '%s\\0', ...args]);
  const r = spawnSync(shell, ['-c', script], { cwd, env: { PATH: '/usr/bin:/bin' } });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${shell} exited ${r.status}: ${r.stderr.toString()}`);
  return r.stdout;
}

// Pieces that mean something to a shell, plus plain and multi-byte text.
const PIECES = [
  "'",
  '"',
  '\\',
  '$',
  '`',
  '$(touch pwned)',
  '`touch pwned`',
  '${HOME}',
  '$((1+1))',
  '*',
  '?',
  '[a-z]',
  '~',
  '!',
  '#',
  ';',
  '&',
  '|',
  '>',
  '<',
  '(',
  ')',
  '{',
  '}',
  ' ',
  '\t',
  '\n',
  '\r',
  '-',
  '--',
  '-n',
  '-e',
  '%s',
  '%%',
  '\\0',
  '\\n',
  "'\\''",
  'a',
  'Z',
  '0',
  'é',
  'ü',
  '日本',
  '🙂',
  '\u200b',
  '\u0001',
  '\u007f',
  '=',
  'IFS=x',
];

/** A small seeded PRNG (mulberry32): a failing case can be replayed from the seed in the message. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomString(next: () => number): string {
  const n = Math.floor(next() * 12);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (next() < 0.7) s += PIECES[Math.floor(next() * PIECES.length)];
    else {
      // Any code point but NUL and the surrogate range (not encodable as UTF-8 on its own).
      let cp = 1 + Math.floor(next() * 0x10fffe);
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xe000;
      s += String.fromCodePoint(cp);
    }
  }
  return s;
}

describe('shellQuote', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'msdeploy-quote-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('single-quotes, writing a quote as close, escaped quote, reopen', () => {
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellCommand(['echo', '$x'])).toBe("'echo' '$x'");
    expect(shellCommand([])).toBe('');
  });

  it.each(SHELLS)('hostile values round-trip through %s byte for byte and run nothing', (shell) => {
    const args = [
      '',
      "'",
      "''",
      'a\'b"c',
      'line1\nline2\n',
      '$(touch pwned)',
      '`touch pwned`',
      '; touch pwned #',
      '*',
      '-n',
      '--',
      '%s\\n',
      'trailing backslash\\',
      '日本語 🙂',
      ' leading and trailing ',
    ];
    expect(roundTrip(shell, args, dir)).toEqual(expected(args));
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(SHELLS)('random strings round-trip through %s', (shell) => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = rng(seed);
      const args = Array.from({ length: 50 }, () => randomString(next));
      const out = roundTrip(shell, args, dir);
      if (!out.equals(expected(args))) {
        // Narrow it down to the argument that broke, for a readable failure.
        const bad = args.find((a) => !roundTrip(shell, [a], dir).equals(expected([a])));
        throw new Error(`seed ${seed}: ${JSON.stringify(bad)} did not round-trip through ${shell}`);
      }
    }
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });

  it('refuses NUL, which no program argument can hold', () => {
    expect(() => shellQuote('a\0b')).toThrow(/NUL character.*index 1/);
    expect(() => shellCommand(['ok', '\0'])).toThrow(/NUL/);
  });
});
