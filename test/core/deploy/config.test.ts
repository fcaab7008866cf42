import {
  ConfigError,
  MAX_CONFIG_BYTES,
  resolveConfig,
  resolveConfigOrThrow,
  type ConfigInput,
  type ConfigSchema,
} from '../../../src/core/deploy/config.js';
import { canonicalJson } from '../../../src/core/deploy/canonical.js';
import { parseTemplate } from '../../../src/core/deploy/secret-refs.js';

const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;
const BASE = 'config/api/base.yml';
const PROD = 'config/api/prod.yml';

function input(base: string, prod?: string, more: Partial<ConfigInput> = {}): ConfigInput {
  return {
    sources: [
      { file: BASE, text: base },
      ...(prod === undefined ? [] : [{ file: PROD, text: prod }]),
    ],
    allowedSecrets: [],
    secret: () => undefined,
    environment: 'prod',
    ...more,
  };
}

const resolve = (base: string, prod?: string, more: Partial<ConfigInput> = {}) =>
  resolveConfigOrThrow(input(base, prod, more));

/** Every issue as `file:line:col message`. */
function issues(base: string, prod?: string, more: Partial<ConfigInput> = {}): string[] {
  const r = resolveConfig(input(base, prod, more));
  expect(r.resolved).toBeUndefined();
  return r.issues.map((i) => `${i.file}:${i.line}:${i.col} ${i.message}`);
}

describe('merging', () => {
  it('merges mappings recursively, later files winning', () => {
    const r = resolve(
      yaml('db:', '  host: localhost', '  port: 5432', 'name: api'),
      yaml('db:', '  host: db.prod', 'replicas: 3'),
    );
    expect(r.config).toEqual({ db: { host: 'db.prod', port: 5432 }, name: 'api', replicas: 3 });
  });

  it('applies files in the order given', () => {
    const a = yaml('x: a');
    const b = yaml('x: b');
    expect(resolveConfigOrThrow({ ...input(a, b) }).config).toEqual({ x: 'b' });
    expect(resolveConfigOrThrow({ ...input(b, a) }).config).toEqual({ x: 'a' });
  });

  it('replaces lists whole, never merging them', () => {
    const r = resolve(yaml('hosts: [a, b, c]', 'ports: [1]'), yaml('hosts: [z]'));
    expect(r.config).toEqual({ hosts: ['z'], ports: [1] });
  });

  it('replaces a value of another kind whole (mapping by scalar and back)', () => {
    expect(resolve(yaml('a: {x: 1}', 'b: 2'), yaml('a: off', 'b: {y: 2}')).config).toEqual({
      a: 'off',
      b: { y: 2 },
    });
  });

  it('deletes a key the overlay sets to null, and keeps no null members', () => {
    const r = resolve(
      yaml('db:', '  host: h', '  debug: true', 'cache: {ttl: 5}', 'unset:'),
      yaml('db:', '  debug: null', 'cache: ~', 'extra: {a: null, b: 1}'),
    );
    expect(r.config).toEqual({ db: { host: 'h' }, extra: { b: 1 } });
  });

  it('keeps null inside a list (lists are values, not overlays)', () => {
    expect(resolve(yaml('l: [1, null]')).config).toEqual({ l: [1, null] });
  });

  it('reads an empty or comment-only file as a mapping with nothing to change', () => {
    expect(resolve(yaml('a: 1'), '# nothing for prod\n').config).toEqual({ a: 1 });
    expect(resolve('').config).toEqual({});
  });

  it('follows YAML 1.2 core: yes/no/on are strings, 0o17 is octal, 017 a number', () => {
    expect(resolve(yaml('a: yes', 'b: on', 'c: 0o17', 'd: 1.5e3', 'e: "true"')).config).toEqual({
      a: 'yes',
      b: 'on',
      c: 15,
      d: 1500,
      e: 'true',
    });
  });

  it('expands anchors and aliases', () => {
    expect(resolve(yaml('d: &d {x: 1}', 'e: *d')).config).toEqual({ d: { x: 1 }, e: { x: 1 } });
  });

  it('keeps a `__proto__` key as data', () => {
    const r = resolve(yaml('__proto__: {polluted: true}'));
    expect(Object.getPrototypeOf(r.config)).toBe(Object.prototype);
    expect(JSON.parse(r.json)).toEqual(JSON.parse('{"__proto__":{"polluted":true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('canonical JSON and the digest', () => {
  it('is the same whatever order the keys are written in', () => {
    const a = resolve(yaml('b: 1', 'a: {y: 2, x: [3, {d: 1, c: 2}]}'));
    const b = resolve(yaml('a: {x: [3, {c: 2, d: 1}], y: 2}', 'b: 1'));
    expect(a.json).toBe(b.json);
    expect(a.digest).toBe(b.digest);
    expect(a.json).toBe(
      '{\n  "a": {\n    "x": [\n      3,\n      {\n        "c": 2,\n        "d": 1\n      }\n    ],\n    "y": 2\n  },\n  "b": 1\n}\n',
    );
    expect(Object.keys(a.config as object)).toEqual(['a', 'b']);
  });

  it('sorts keys in canonicalJson for any input', () => {
    expect(canonicalJson({ b: 1, a: [{ z: 1, y: 2 }] })).toBe(
      canonicalJson({ a: [{ y: 2, z: 1 }], b: 1 }),
    );
  });

  it('does not change when only a secret value changes, and never contains it', () => {
    const text = yaml('db:', '  url: postgres://api:${secret:DB_PASSWORD}@db/api');
    const run = (v: string) =>
      resolve(text, undefined, { allowedSecrets: ['DB_PASSWORD'], secret: () => v });
    const one = run('hunter2-first');
    const two = run('hunter2-second');
    expect(one.digest).toBe(two.digest);
    expect(one.json).not.toBe(two.json);
    expect(one.config).toEqual({ db: { url: 'postgres://api:hunter2-first@db/api' } });
    expect(one.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(one.usedSecrets).toEqual(['DB_PASSWORD']);
    expect(one.secretValues).toEqual(['hunter2-first']);
  });

  it('changes when the configuration changes, or a secret reference does', () => {
    const d = (t: string) =>
      resolve(t, undefined, { allowedSecrets: ['A', 'B'], secret: () => 'v' }).digest;
    expect(d(yaml('x: 1'))).not.toBe(d(yaml('x: 2')));
    expect(d(yaml('x: ${secret:A}'))).not.toBe(d(yaml('x: ${secret:B}')));
    expect(d(yaml('x: 1'))).toBe(d(yaml('x: 1', '# a comment')));
  });

  it('digests the merged result, not the files', () => {
    const merged = resolve(yaml('a: 1', 'b: 2'), yaml('b: 3'));
    expect(merged.digest).toBe(resolve(yaml('b: 3', 'a: 1')).digest);
  });
});

describe('secret references', () => {
  const secrets: Record<string, string> = { A: 'alpha-value', B: 'beta-value', EMPTY: '' };
  const withSecrets = (text: string, allowed = ['A', 'B', 'EMPTY']) =>
    resolveConfig(input(text, undefined, { allowedSecrets: allowed, secret: (n) => secrets[n] }));

  it('substitutes several references in one string, in lists and nested mappings', () => {
    const r = withSecrets(yaml('s: "${secret:A}:${secret:B}/${secret:A}"', 'l: ["x${secret:B}"]'));
    expect(r.resolved?.config).toEqual({
      s: 'alpha-value:beta-value/alpha-value',
      l: ['xbeta-value'],
    });
    expect(r.resolved?.usedSecrets).toEqual(['A', 'B']);
    expect(r.resolved?.secretValues.sort()).toEqual(['alpha-value', 'beta-value']);
  });

  it('escapes with $$ like %% in printf, and leaves other $ alone', () => {
    expect(withSecrets(yaml('a: $${secret:A}')).resolved?.config).toEqual({ a: '${secret:A}' });
    expect(withSecrets(yaml('a: $$${secret:A}')).resolved?.config).toEqual({ a: '$alpha-value' });
    expect(withSecrets(yaml('a: $$$${secret:A}')).resolved?.config).toEqual({
      a: '$${secret:A}',
    });
    expect(withSecrets(yaml('a: a$$b ${HOME} ${env:X} $')).resolved?.config).toEqual({
      a: 'a$$b ${HOME} ${env:X} $',
    });
    expect(withSecrets(yaml('a: $${secret:A}')).resolved?.usedSecrets).toEqual([]);
  });

  it('does not resolve references in keys', () => {
    expect(withSecrets(yaml('"${secret:A}": 1')).resolved?.config).toEqual({ '${secret:A}': 1 });
  });

  it('parses templates into text and references', () => {
    expect(parseTemplate('x${secret:A}y')).toEqual({
      parts: [{ text: 'x' }, { secret: 'A' }, { text: 'y' }],
      problems: [],
    });
    expect(parseTemplate('')).toEqual({ parts: [{ text: '' }], problems: [] });
  });

  it('refuses a secret the environment does not declare, one without a value, and bad references', () => {
    const r = withSecrets(
      yaml(
        'db:',
        '  password: ${secret:DB_PASSWORD}',
        '  user: ${secret:EMPTY}',
        'bad: ${secret:9x}',
        'open: "${secret:A"',
        'ok: ${secret:A}',
      ),
    );
    expect(r.issues.map((i) => `${i.line}:${i.col} ${i.message}`)).toEqual([
      '2:13 `db.password` references secret DB_PASSWORD, which is not among the secrets environment `prod` declares (A, B, EMPTY): add DB_PASSWORD to its `secrets` in msdeploy.yml, or fix the name.',
      '3:9 `db.user` references secret EMPTY, which has no value in this run: pass it to the deploy (a GitHub secret given to the workflow, or an environment variable for the CLI).',
      '4:6 `bad` references `${secret:9x}`, but a secret name is letters, digits and `_`, not starting with a digit: fix the name.',
      '5:7 `open` has `${secret:` without a closing `}`: write `${secret:NAME}`, or `$${secret:` for the literal text.',
    ]);
  });

  it('never puts a secret value (or its base64) in an issue', () => {
    const value = 'S3cr3t-Value-That-Must-Not-Leak';
    const r = resolveConfig(
      input(
        yaml(
          'a: ${secret:GOOD}',
          'b: ${secret:GOOD}${secret:NOT_ALLOWED}',
          'port: ${secret:GOOD}',
          'unknown: ${secret:GOOD}',
        ),
        undefined,
        {
          allowedSecrets: ['GOOD', 'NOT_ALLOWED_EITHER'],
          secret: () => value,
          schema: { types: { a: 'string', b: 'string', port: 'number' } },
        },
      ),
    );
    expect(r.issues.length).toBeGreaterThanOrEqual(3);
    const forms = [
      value,
      Buffer.from(value).toString('base64'),
      Buffer.from(value).toString('base64url'),
    ];
    for (const i of r.issues) for (const f of forms) expect(i.message).not.toContain(f);
    let thrown: unknown;
    try {
      resolveConfigOrThrow(
        input(yaml('a: ${secret:GOOD}', 'b: ${secret:NO}'), undefined, {
          allowedSecrets: ['GOOD'],
          secret: () => value,
        }),
      );
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const all = JSON.stringify({
      m: (thrown as ConfigError).message,
      a: (thrown as ConfigError).annotations,
    });
    for (const f of forms) expect(all).not.toContain(f);
  });
});

describe('validation against a schema', () => {
  const schema: ConfigSchema = {
    required: ['db.host', 'db.password', 'name'],
    types: {
      'db.port': 'number',
      'db.tls': 'boolean',
      'db.host': 'string',
      features: 'object',
      hosts: 'list',
    },
  };

  it('accepts a configuration that fits, with anything inside an open mapping', () => {
    const r = resolve(
      yaml('name: api', 'db: {host: h, password: p, port: 5432}', 'features: {x: {y: 1}}'),
      undefined,
      { schema },
    );
    expect(r.config).toMatchObject({ name: 'api' });
  });

  it('reports every problem at once, each at file:line:col with a fix', () => {
    const got = issues(
      yaml('db:', '  host: h', '  port: "5432"', '  tls: "true"', 'hosts: a', 'feature: {}'),
      yaml('db:', '  host: 7', '  pasword: x'),
      { schema },
    );
    expect(got).toEqual([
      `${BASE}:3:9 \`db.port\` must be a number, but it is a string ("5432"): remove the quotes.`,
      `${BASE}:4:8 \`db.tls\` must be a boolean (true or false), but it is a string ("true"): write true or false without quotes.`,
      `${BASE}:5:8 \`hosts\` must be a list, but it is a string ("a"): write a list here.`,
      `${BASE}:6:1 \`feature\` is not a configuration key the schema knows: did you mean \`features\`? Remove it, or add it to the schema.`,
      `${PROD}:1:1 \`name\` is required but not set: add \`name\` at the top level, here or in another of the service's configuration files (a later file's \`null\` removes a key).`,
      `${PROD}:2:3 \`db.password\` is required but not set: add \`password\` under \`db\`, here or in another of the service's configuration files (a later file's \`null\` removes a key).`,
      `${PROD}:2:9 \`db.host\` must be a string, but it is a number (7): quote it.`,
      `${PROD}:3:3 \`db.pasword\` is not a configuration key the schema knows: did you mean \`password\`? Remove it, or add it to the schema.`,
    ]);
  });

  it('points at a non-mapping in the way of a required key', () => {
    expect(issues(yaml('name: a', 'db: postgres'), undefined, { schema })).toEqual([
      `${BASE}:2:5 \`db.host\` is required, but \`db\` is a string ("postgres"): make \`db\` a mapping with \`host\` in it.`,
      `${BASE}:2:5 \`db.password\` is required, but \`db\` is a string ("postgres"): make \`db\` a mapping with \`password\` in it.`,
    ]);
  });

  it('treats a key deleted by null as missing', () => {
    const got = issues(
      yaml('name: a', 'db: {host: h, password: p}'),
      yaml('db: {password: null}'),
      {
        schema,
      },
    );
    expect(got).toEqual([
      expect.stringMatching(new RegExp(`^${PROD}:1:5 \`db.password\` is required but not set`)),
    ]);
  });

  it('allows unknown keys when allowUnknown is true, and without a schema', () => {
    const text = yaml('name: a', 'db: {host: h, password: p, extra: 1}', 'other: 2');
    expect(
      resolve(text, undefined, { schema: { ...schema, allowUnknown: true } }).config,
    ).toBeTruthy();
    expect(resolve(text).config).toBeTruthy();
  });

  it('lists the known keys when no name is close', () => {
    expect(
      issues(yaml('zzzzzz: 1'), undefined, { schema: { types: { a: 'number', b: 'string' } } }),
    ).toEqual([
      `${BASE}:1:1 \`zzzzzz\` is not a configuration key the schema knows; known here: a, b. Remove it, or add it to the schema.`,
    ]);
  });

  it('throws on a malformed schema', () => {
    expect(() => resolve(yaml('a: 1'), undefined, { schema: { required: ['a..b'] } })).toThrow(
      /empty segment/,
    );
    expect(() =>
      resolve(yaml('a: 1'), undefined, { schema: { types: { a: 'int' as 'number' } } }),
    ).toThrow(/not one of string, number, boolean, object, list/);
  });
});

describe('YAML that is refused', () => {
  it('reports duplicate keys in every file, and does not merge', () => {
    expect(issues(yaml('a: 1', 'a: 2'), yaml('b:', '  c: 1', '  c: 2'))).toEqual([
      `${BASE}:2:1 \`a\` is written twice in this mapping: each key may appear once, so remove or merge the repeated one.`,
      `${PROD}:3:3 \`b.c\` is written twice in this mapping: each key may appear once, so remove or merge the repeated one.`,
    ]);
  });

  it('reports syntax errors with their place', () => {
    const got = issues(yaml('a: [1, 2', 'b: 1'));
    expect(got[0]).toMatch(new RegExp(`^${BASE}:\\d+:\\d+ YAML syntax error: `));
  });

  it('refuses a file over 1 MiB before parsing it', () => {
    const big = `a: "${'x'.repeat(MAX_CONFIG_BYTES)}"\n`;
    expect(issues(yaml('a: 1'), big)).toEqual([
      `${PROD}:1:1 ${PROD} is ${MAX_CONFIG_BYTES + 6} bytes, over the 1048576 bytes (1 MiB) a configuration file may be; it was not parsed. Keep large data out of configuration (ship it in the artifact, or reference it by path or URL).`,
    ]);
  });

  it('refuses an alias bomb quickly', () => {
    const bomb = yaml(
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    );
    const started = Date.now();
    expect(issues(bomb)).toEqual([
      `${BASE}:1:1 ${BASE} expands its \`*aliases\` too often (over yaml's limit of 100), the shape of an alias bomb; it was not read. Write the repeated values out, or use fewer nested aliases.`,
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses merge keys, tags, non-string keys, a non-mapping root and unrepresentable numbers', () => {
    expect(
      issues(
        yaml(
          'a: !foo x',
          'b: !!binary aGVsbG8=',
          'c: !!set {x}',
          'd: !!timestamp 2020-01-01',
          'e: !!str 1',
        ),
      ),
    ).toEqual([`${BASE}:1:4 Unresolved tag: !foo: configuration is plain data; remove the tag.`]);
    expect(
      issues(yaml('b: !!binary aGVsbG8=', 'c: !!set {x}', 'd: !!timestamp 2020-01-01')),
    ).toEqual([
      `${BASE}:1:13 \`b\` is tagged !!binary: configuration is plain data (strings, numbers, booleans, mappings, lists), so remove the tag.`,
      `${BASE}:2:10 \`c\` is tagged !!set: configuration is plain data (strings, numbers, booleans, mappings, lists), so remove the tag.`,
      `${BASE}:3:16 \`d\` is tagged !!timestamp: configuration is plain data (strings, numbers, booleans, mappings, lists), so remove the tag.`,
    ]);
    expect(resolve(yaml('e: !!str 1', 'f: !!int "2"')).config).toEqual({ e: '1', f: 2 });
    expect(
      issues(
        yaml(
          'base: &b {x: 1}',
          'svc:',
          '  <<: *b',
          '1: one',
          'inf: .inf',
          'big: 12345678901234567890',
        ),
      ),
    ).toEqual([
      `${BASE}:3:3 Merge keys (\`<<\`) are not supported (YAML 1.2 has none): write the keys out, or put shared values in the base file, which every environment overlays.`,
      `${BASE}:4:1 The key 1 is not a string: configuration keys are names, so quote it (\`"1":\`).`,
      `${BASE}:5:6 \`inf\` is Infinity, which JSON cannot carry: quote it if it is text.`,
      `${BASE}:6:6 \`big\` is an integer too large to keep exactly (over 2^53): quote it so it stays text.`,
    ]);
    expect(issues('- a\n- b\n')).toEqual([
      `${BASE}:1:1 ${BASE} must be a mapping of keys to values (e.g. \`port: 8080\`), not a list.`,
    ]);
  });

  it('reports a second document as a syntax error', () => {
    expect(issues(yaml('a: 1', '---', 'b: 2'))[0]).toMatch(/YAML syntax error/);
  });
});
