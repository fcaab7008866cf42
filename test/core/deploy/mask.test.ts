import {
  MIN_FORM_LENGTH,
  maskForms,
  redact,
  redactingTarget,
} from '../../../src/core/deploy/mask.js';
import type { DeployTarget } from '../../../src/core/ports.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('maskForms', () => {
  it('includes the value, its base64, base64url and JSON escape, longest first', () => {
    const v = 'p@ss"w/rd?>>';
    const forms = maskForms(v);
    expect(forms).toEqual(
      expect.arrayContaining([v, b64(v), Buffer.from(v).toString('base64url'), 'p@ss\\"w/rd?>>']),
    );
    expect([...forms].sort((a, b) => b.length - a.length)).toEqual(forms);
  });

  it('includes each line of a multi-line value, trimmed, but not lines too short to matter', () => {
    const key = '-----BEGIN KEY-----\r\n  abcdefgh\nxyz\n}\n-----END KEY-----';
    const forms = maskForms(key);
    expect(forms).toEqual(
      expect.arrayContaining(['-----BEGIN KEY-----', 'abcdefgh', '-----END KEY-----']),
    );
    expect(forms).not.toContain('xyz');
    expect(forms).not.toContain('}');
    expect(forms.every((f) => f === key || f.length >= MIN_FORM_LENGTH)).toBe(true);
  });

  it('masks a short value itself, and nothing for an empty one', () => {
    // Its base64 (`YWI=`) is 4 characters, so it is masked too.
    expect(maskForms('ab')).toEqual(['YWI=', 'ab']);
    expect(maskForms('a')).toEqual(['YQ==', 'a']);
    expect(maskForms('')).toEqual([]);
  });
});

describe('redact', () => {
  const secret = 'correct-horse-battery-staple';

  it('hides the value, and leaves other text alone', () => {
    expect(redact(`user=me pass=${secret} done`, [secret])).toBe('user=me pass=*** done');
    expect(redact('nothing here', [secret])).toBe('nothing here');
    expect(redact('x', [])).toBe('x');
  });

  it('hides base64 and base64url forms, at any alignment inside a larger encoding', () => {
    expect(redact(`token ${b64(secret)} end`, [secret])).toBe('token *** end');
    for (const prefix of ['', 'a', 'ab', 'abc', '{"password":"']) {
      const blob = b64(`${prefix}${secret}"} and more text`);
      const out = redact(blob, [secret]);
      expect(out).toContain('***');
      // What is left cannot be decoded back to the secret.
      expect(
        Buffer.from(out.replace(/\*\*\*/g, 'AAAA'), 'base64').toString('latin1'),
      ).not.toContain(secret.slice(2, -2));
    }
    const url = Buffer.from(`??${secret}>>`).toString('base64url');
    expect(redact(url, [secret])).toContain('***');
  });

  it('hides a multi-line value whole, line by line, and JSON-escaped', () => {
    const pem =
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----';
    expect(redact(`key:\n${pem}\nok`, [pem])).toBe('key:\n***\nok');
    expect(redact('line: MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', [pem])).toBe('line: ***');
    expect(redact(JSON.stringify({ key: pem }), [pem])).toBe('{"key":"***"}');
    expect(redact(`  BKcwggSjAgEAAoIBAQC7  `, [pem])).toBe('  ***  ');
  });

  it('covers overlapping forms of several secrets without leaving fragments', () => {
    expect(redact('xxABCDEFGHyy', ['ABCDEF', 'DEFGH'])).toBe('xx***yy');
    expect(redact('aaaa', ['aaa'])).toBe('***');
  });
});

describe('redactingTarget', () => {
  const printing = (tail: string[]): DeployTarget => ({
    name: 'h1',
    keepsReleases: true,
    prepare: () => Promise.resolve({ created: true }),
    current: () => Promise.resolve('1.0-abc'),
    activate: () => Promise.resolve(undefined),
    prune: () => Promise.resolve(['0.9-abc']),
    run: () => Promise.resolve({ exitCode: 3, tail }),
  });

  it("redacts a script's output tail, a multi-line value across lines too", async () => {
    const secret = 'line-one-abc\nline-two-xyz';
    const t = redactingTarget(printing(['connecting', 'pw line-one-abc', 'line-two-xyz end']), [
      secret,
    ]);
    const r = await t.run('start', 'web', {}, 1000);
    expect(r).toEqual({ exitCode: 3, tail: ['connecting', 'pw *** end'] });
    expect(t.name).toBe('h1');
    expect(t.keepsReleases).toBe(true);
    expect(await t.current('web')).toBe('1.0-abc');
    expect(await t.prune('web', 2, [])).toEqual(['0.9-abc']);
  });

  it('is the target itself when there is no secret', () => {
    const t = printing([]);
    expect(redactingTarget(t, [])).toBe(t);
  });
});
