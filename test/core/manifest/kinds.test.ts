/**
 * The `number`, `boolean` and `union` spec kinds, on small specs of their own: no manifest
 * section uses them yet, so they are driven through `validateYaml` and `toSchema`.
 */
import Ajv from 'ajv';
import { toSchema } from '../../../src/core/manifest/json-schema.js';
import { validateYaml } from '../../../src/core/manifest/load.js';
import type { Infer, MapSpec, ObjectSpec, UnionSpec } from '../../../src/core/manifest/spec.js';

const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;

const hostname = {
  kind: 'string',
  title: 'a host name',
  description: 'A host to deploy to.',
  examples: ['web-1.example.com'],
} as const;

const ssh = {
  kind: 'object',
  title: 'an SSH environment',
  description: 'Deploys over SSH to each host.',
  required: ['hosts'],
  fields: {
    hosts: { kind: 'list', title: 'a list of hosts', description: 'The hosts.', items: hostname },
    port: {
      kind: 'number',
      integer: true,
      min: 1,
      max: 65535,
      default: 22,
      title: 'a port number',
      description: 'The SSH port.',
    },
  },
} as const satisfies ObjectSpec;

const local = {
  kind: 'object',
  title: 'a local environment',
  description: 'Deploys into a directory of this machine.',
  fields: {
    dir: { kind: 'string', title: 'a directory', description: 'Where releases go.' },
  },
} as const satisfies ObjectSpec;

const command = {
  kind: 'object',
  title: 'a command environment',
  description: 'Deploys by running a command.',
  required: ['run'],
  examples: [{ run: './deploy.sh' }],
  fields: {
    run: {
      kind: 'string',
      title: 'a command',
      description: 'What to run.',
      examples: ['./deploy.sh'],
    },
    'timeout-seconds': {
      kind: 'number',
      min: 0.5,
      title: 'a number of seconds',
      description: 'How long the command may take.',
      examples: [30],
    },
  },
} as const satisfies ObjectSpec;

const environment = {
  kind: 'union',
  discriminator: 'driver',
  title: 'an environment',
  description: 'A deploy target; `driver` says how msdeploy reaches it.',
  variants: { ssh, local, command },
} as const satisfies UnionSpec;

const spec = {
  kind: 'object',
  title: 'settings',
  description: 'Numbers, switches and environments.',
  fields: {
    keep: {
      kind: 'number',
      integer: true,
      min: 1,
      max: 100,
      default: 5,
      title: 'a number of releases',
      description: 'How many releases to keep on each host.',
      rangeHint: 'keep at least one release to roll back to, e.g. `keep: 5`',
    },
    parallel: {
      kind: 'number',
      integer: true,
      max: 8,
      title: 'a number of hosts',
      description: 'How many hosts to deploy to at once.',
    },
    wait: {
      kind: 'boolean',
      default: true,
      title: 'whether to wait for health',
      description: 'Wait until the new release is healthy.',
    },
    flags: {
      kind: 'list',
      title: 'a list of switches',
      description: 'Switches.',
      items: { kind: 'boolean', title: 'a switch', description: 'A switch.' },
    },
    target: environment,
    targets: {
      kind: 'list',
      title: 'a list of environments',
      description: 'More.',
      items: environment,
    },
  },
} as const satisfies ObjectSpec;

/**
 * Cases side by side, one per entry (`a: {keep: "5"}`), so that one document can show
 * several problems with the same key.
 */
const cases = {
  kind: 'map',
  entry: 'case',
  title: 'cases',
  description: 'Test cases by name.',
  values: spec,
} as const satisfies MapSpec;

/** Every issue as `line:col message`, in reading order. */
function issues(...lines: string[]): string[] {
  const r = validateYaml(yaml(...lines), cases, 'settings.yml');
  expect(r.value).toBeUndefined();
  return r.issues.map((i) => `${i.line}:${i.col} ${i.message}`);
}

/** The value of a document that passed validation. */
function accepted(...lines: string[]): Infer<typeof cases> {
  const r = validateYaml(yaml(...lines), cases, 'settings.yml');
  expect(r.issues).toEqual([]);
  return r.value ?? new Map();
}

describe('validateYaml', () => {
  it('reports YAML errors and repeated keys before the spec, like parseManifest', () => {
    expect(validateYaml(yaml('wait: yes', 'flags: [true'), spec, 's.yml').issues).toEqual([
      {
        file: 's.yml',
        line: 3,
        col: 1,
        message: expect.stringMatching(/^YAML syntax error: Flow sequence .* end with a \]: /),
      },
    ]);
    expect(validateYaml(yaml('wait: yes', 'keep: 1', 'keep: 2'), spec, 's.yml').issues).toEqual([
      {
        file: 's.yml',
        line: 3,
        col: 1,
        message:
          'YAML syntax error: Map keys must be unique: each key may appear once in a mapping, so remove or merge the repeated one.',
      },
    ]);
  });

  it('returns the value when there is no issue, and checks a root that is not a mapping', () => {
    expect(validateYaml(yaml('keep: 3', 'wait: false'), spec, 's.yml')).toEqual({
      value: { keep: 3, wait: false },
      issues: [],
    });
    const flag = spec.fields.wait;
    expect(validateYaml('false\n', flag, 'flag.yml')).toEqual({ value: false, issues: [] });
    expect(validateYaml('off\n', flag, 'flag.yml').issues).toEqual([
      {
        file: 'flag.yml',
        line: 1,
        col: 1,
        message:
          'The manifest must be true or false, not the text `off` (YAML 1.2 reads only `true` and `false` as booleans): write `false`.',
      },
    ]);
  });
});

describe('number', () => {
  it('accepts YAML numbers in range; a whole float counts as a whole number', () => {
    expect(
      accepted(
        'a: {keep: 1, parallel: -3}',
        'b: {keep: 1.0}',
        'c: {keep: 1e2}',
        'd: {target: {driver: command, run: x, timeout-seconds: 0.5}}',
      ),
    ).toEqual(
      new Map<string, unknown>([
        ['a', { keep: 1, parallel: -3 }],
        ['b', { keep: 1 }],
        ['c', { keep: 100 }],
        ['d', { target: { driver: 'command', run: 'x', 'timeout-seconds': 0.5 } }],
      ]),
    );
  });

  it('rejects text, with a hint when only the quotes are wrong', () => {
    expect(
      issues(
        'a: {keep: "5"}',
        "b: {parallel: '2'}",
        'c: {keep: five}',
        'd: {keep: 5 releases}',
        'e: {keep: 0b101}',
      ),
    ).toEqual([
      '1:11 `a.keep` must be a number of releases, not the text `5` (remove the quotes to make it a number): write e.g. `keep: 5`.',
      '2:15 `b.parallel` must be a number of hosts, not the text `2` (remove the quotes to make it a number): write e.g. `parallel: 8`.',
      '3:11 `c.keep` must be a number of releases, not the text `five`: write e.g. `keep: 5`.',
      '4:11 `d.keep` must be a number of releases, not the text `5 releases`: write e.g. `keep: 5`.',
      // Number('0b101') is 5, but unquoted it is already text in YAML 1.2: no quotes to remove.
      '5:11 `e.keep` must be a number of releases, not the text `0b101`: write e.g. `keep: 5`.',
    ]);
  });

  it('rejects fractions where a whole number is required, suggesting the nearest allowed one', () => {
    expect(
      issues('a: {keep: 2.5}', 'b: {parallel: 7.50}', 'c: {keep: 100.7}', 'd: {keep: 0.2}'),
    ).toEqual([
      '1:11 `2.5` in `a.keep` is not a whole number: write e.g. `keep: 3`.',
      '2:15 `7.50` in `b.parallel` is not a whole number: write e.g. `parallel: 8`.',
      '3:11 `100.7` in `c.keep` is not a whole number: write e.g. `keep: 100`.',
      '4:11 `0.2` in `d.keep` is not a whole number: write e.g. `keep: 1`.',
    ]);
  });

  it('rejects NaN and infinities, quoted as written', () => {
    expect(issues('a: {keep: .nan}', 'b: {parallel: -.inf}', 'c: {keep: .Inf}')).toEqual([
      '1:11 `.nan` in `a.keep` is not a finite number: write e.g. `keep: 5`.',
      '2:15 `-.inf` in `b.parallel` is not a finite number: write e.g. `parallel: 8`.',
      '3:11 `.Inf` in `c.keep` is not a finite number: write e.g. `keep: 5`.',
    ]);
  });

  it('rejects values out of range, with the spec hint or an example', () => {
    expect(
      issues(
        'a: {keep: 0, parallel: 9}',
        'b: {keep: 101}',
        'c:',
        '  target: {driver: ssh, hosts: [a], port: 70000}',
        '  targets:',
        '    - {driver: command, run: x, timeout-seconds: 0}',
      ),
    ).toEqual([
      '1:11 `0` in `a.keep` is not between 1 and 100: keep at least one release to roll back to, e.g. `keep: 5`.',
      '1:24 `9` in `a.parallel` is more than 8: write e.g. `parallel: 8`.',
      '2:11 `101` in `b.keep` is not between 1 and 100: keep at least one release to roll back to, e.g. `keep: 5`.',
      '4:43 `70000` in `c.target.port` is not between 1 and 65535: write e.g. `port: 22`.',
      '6:50 `0` in `c.targets[0].timeout-seconds` is less than 0.5: write e.g. `timeout-seconds: 30`.',
    ]);
  });

  it('rejects other types and a missing value', () => {
    expect(issues('a: {keep: [5]}', 'b: {parallel: true}', 'c:', '  keep:')).toEqual([
      '1:11 `a.keep` must be a number of releases, not a list: write e.g. `keep: 5`.',
      '2:15 `b.parallel` must be a number of hosts, not the boolean true: write e.g. `parallel: 8`.',
      '4:3 `c.keep` has no value: write e.g. `keep: 5`.',
    ]);
  });
});

describe('boolean', () => {
  it('accepts YAML 1.2 true and false in any of their spellings', () => {
    expect(accepted('a: {wait: false, flags: [true, True, FALSE]}').get('a')).toEqual({
      wait: false,
      flags: [true, true, false],
    });
  });

  it('rejects YAML 1.1 words and quoted booleans, naming the boolean they stand for', () => {
    expect(
      issues(
        'a: {wait: yes}',
        'b: {wait: "true"}',
        "c: {wait: 'False'}",
        'd: {flags: [off, "no", On]}',
      ),
    ).toEqual([
      '1:11 `a.wait` must be true or false, not the text `yes` (YAML 1.2 reads only `true` and `false` as booleans): write `wait: true`.',
      '2:11 `b.wait` must be true or false, not the text `true` (remove the quotes to make it a boolean): write `wait: true`.',
      '3:11 `c.wait` must be true or false, not the text `False` (remove the quotes to make it a boolean): write `wait: false`.',
      '4:13 `d.flags[0]` must be true or false, not the text `off` (YAML 1.2 reads only `true` and `false` as booleans): write `false`.',
      '4:18 `d.flags[1]` must be true or false, not the text `no` (YAML 1.2 reads only `true` and `false` as booleans): write `false`.',
      '4:24 `d.flags[2]` must be true or false, not the text `On` (YAML 1.2 reads only `true` and `false` as booleans): write `true`.',
    ]);
  });

  it('rejects other values with an example', () => {
    expect(issues('a: {wait: 1}', 'b: {wait: enabled}', 'c: {flags: [{x: 1}]}')).toEqual([
      '1:11 `a.wait` must be true or false, not the number 1: write e.g. `wait: true`.',
      '2:11 `b.wait` must be true or false, not the text `enabled`: write e.g. `wait: true`.',
      '3:13 `c.flags[0]` must be true or false, not a mapping: write e.g. `true`.',
    ]);
  });
});

describe('union', () => {
  it('validates against the variant its discriminator names', () => {
    expect(
      accepted(
        'a:',
        '  target:',
        '    driver: ssh',
        '    hosts: [web-1]',
        '    port: 2222',
        '  targets:',
        '    - {driver: local}',
        '    - {driver: command, run: ./deploy.sh}',
      ).get('a'),
    ).toEqual({
      target: { driver: 'ssh', hosts: ['web-1'], port: 2222 },
      targets: [{ driver: 'local' }, { driver: 'command', run: './deploy.sh' }],
    });
  });

  it('reports a missing discriminator at the key or list entry, with the allowed values', () => {
    expect(issues('a:', '  target:', '    hosts: [a]', '  targets:', '    - {run: x}')).toEqual([
      '2:3 `a.target` has no `driver`, which must be one of ssh, local, command: add it, e.g. `driver: ssh`.',
      '5:7 `a.targets[0]` has no `driver`, which must be one of ssh, local, command: add it, e.g. `driver: ssh`.',
    ]);
  });

  it('suggests the closest value for an unknown discriminator, and checks nothing else', () => {
    expect(
      issues(
        'a: {target: {driver: shh, hosts: 1, nope: 2}}',
        'b:',
        '  targets:',
        '    - driver: ftp',
        '    - driver: 1',
        '    - driver:',
      ),
    ).toEqual([
      '1:22 `a.target.driver` is the text `shh` but must be one of ssh, local, command: did you mean `ssh`?',
      '4:15 `b.targets[0].driver` is the text `ftp` but must be one of ssh, local, command: write e.g. `driver: ssh`.',
      '5:15 `b.targets[1].driver` is the number 1 but must be one of ssh, local, command: write e.g. `driver: ssh`.',
      '6:7 `b.targets[2].driver` has no value: write e.g. `driver: ssh`.',
    ]);
  });

  it("checks the keys of the chosen variant, suggesting from that variant's fields", () => {
    expect(
      issues(
        'a: {target: {driver: ssh, host: a}}',
        'b:',
        '  targets:',
        '    - {driver: local, hosts: [a], dri: x}',
        '    - {driver: command, timeout: 5}',
      ),
    ).toEqual([
      '1:5 `a.target` has no `hosts`: add it, e.g. `hosts: [web-1.example.com]`.',
      '1:27 Unknown key `host` in `a.target`: did you mean `hosts`?',
      '4:23 Unknown key `hosts` in `b.targets[0]`: remove it; the keys allowed here are `driver`, `dir`.',
      '4:35 Unknown key `dri` in `b.targets[0]`: did you mean `dir`?',
      '5:7 `b.targets[1]` has no `run`: add it, e.g. `run: ./deploy.sh`.',
      '5:25 Unknown key `timeout` in `b.targets[1]`: remove it; the keys allowed here are `driver`, `run`, `timeout-seconds`.',
    ]);
  });

  it('rejects a value that is not a mapping, with an example of the first variant', () => {
    expect(issues('a: {target: ssh}', 'b: {targets: [[a]]}', 'c:', '  target:')).toEqual([
      '1:13 `a.target` must be an environment, not the text `ssh`: write e.g. `target: {driver: ssh, hosts: [web-1.example.com]}`.',
      '2:15 `b.targets[0]` must be an environment, not a list: write e.g. `{driver: ssh, hosts: [web-1.example.com]}`.',
      '4:3 `c.target` has no value: write e.g. `target: {driver: ssh, hosts: [web-1.example.com]}`.',
    ]);
  });

  it('refuses a variant that declares the discriminator itself (a spec mistake)', () => {
    const broken = {
      ...environment,
      variants: { ...environment.variants, local: { ...local, fields: { driver: hostname } } },
    } satisfies UnionSpec;
    expect(() => validateYaml('{driver: local}', broken, 's.yml')).toThrow(
      'internal: variant `driver: local` declares `driver` itself',
    );
  });

  it('infers a TypeScript discriminated union', () => {
    type Environment = Infer<typeof environment>;
    // Exhaustive over the drivers (else tsc: "lacks ending return statement"), and each case
    // sees only its own variant's fields.
    const where = (e: Environment): string => {
      switch (e.driver) {
        case 'ssh':
          return `${e.hosts?.join(',')}:${e.port ?? 22}`;
        case 'local':
          return e.dir ?? '.';
        case 'command':
          return `${e.run} (${e['timeout-seconds'] ?? 60}s)`;
      }
    };
    const value = accepted('a: {target: {driver: ssh, hosts: [a, b], port: 2022}}').get(
      'a',
    )?.target;
    expect(value && where(value)).toBe('a,b:2022');
    const right: Environment[] = [{ driver: 'ssh', hosts: ['a'], port: 22 }, { driver: 'local' }];
    // @ts-expect-error a local environment has no hosts
    const wrong: Environment = { driver: 'local', hosts: ['a'] };
    // @ts-expect-error the discriminator is required
    const untagged: Environment = { hosts: ['a'] };
    // @ts-expect-error only the declared drivers exist
    const unknown: Environment = { driver: 'ftp' };
    // @ts-expect-error a port is a number
    const textPort: Environment = { driver: 'ssh', port: '22' };
    expect([...right, wrong, untagged, unknown, textPort]).toHaveLength(6);
  });
});

describe('JSON Schema of the new kinds', () => {
  it('renders numbers and booleans with their bounds and defaults', () => {
    expect(toSchema(spec.fields.keep)).toEqual({
      title: 'a number of releases',
      description: 'How many releases to keep on each host.',
      type: 'integer',
      minimum: 1,
      maximum: 100,
      default: 5,
    });
    expect(toSchema(command.fields['timeout-seconds'])).toEqual({
      title: 'a number of seconds',
      description: 'How long the command may take.',
      type: 'number',
      minimum: 0.5,
      examples: [30],
    });
    expect(toSchema(spec.fields.wait)).toEqual({
      title: 'whether to wait for health',
      description: 'Wait until the new release is healthy.',
      type: 'boolean',
      default: true,
    });
  });

  it('renders a union as oneOf, each branch with its discriminator const and required', () => {
    const tag = (value: string, variant: ObjectSpec) => ({
      title: variant.title,
      description: variant.description,
      const: value,
    });
    expect(toSchema(environment)).toEqual({
      title: 'an environment',
      description: 'A deploy target; `driver` says how msdeploy reaches it.',
      oneOf: [
        {
          title: 'an SSH environment',
          description: 'Deploys over SSH to each host.',
          type: 'object',
          properties: {
            driver: tag('ssh', ssh),
            hosts: toSchema(ssh.fields.hosts),
            port: toSchema(ssh.fields.port),
          },
          required: ['driver', 'hosts'],
          additionalProperties: false,
        },
        {
          title: 'a local environment',
          description: 'Deploys into a directory of this machine.',
          type: 'object',
          properties: { driver: tag('local', local), dir: toSchema(local.fields.dir) },
          required: ['driver'],
          additionalProperties: false,
        },
        {
          title: 'a command environment',
          description: 'Deploys by running a command.',
          type: 'object',
          properties: {
            driver: tag('command', command),
            run: toSchema(command.fields.run),
            'timeout-seconds': toSchema(command.fields['timeout-seconds']),
          },
          required: ['driver', 'run'],
          additionalProperties: false,
          examples: [{ driver: 'command', run: './deploy.sh' }],
        },
      ],
    });
  });

  /*
   * ajv here is eslint's ajv 6, a draft-07 validator: the union's schema uses only keywords
   * that mean the same in draft-07 and in the schema's draft 2020-12 (oneOf, const, required,
   * properties, additionalProperties, type, minimum, maximum), so it judges as editors do.
   */
  const samples: [string, unknown][] = [
    ['ssh with a port', { driver: 'ssh', hosts: ['a'], port: 22 }],
    ['local alone', { driver: 'local' }],
    ['command', { driver: 'command', run: 'x', 'timeout-seconds': 1.5 }],
    ['ssh without hosts', { driver: 'ssh' }],
    ['a key of another variant', { driver: 'local', hosts: ['a'] }],
    ['an unknown driver', { driver: 'ftp' }],
    ['no driver', { hosts: ['a'] }],
    ['a port out of range', { driver: 'ssh', hosts: ['a'], port: 0 }],
    ['a fractional port', { driver: 'ssh', hosts: ['a'], port: 22.5 }],
    ['a port as text', { driver: 'ssh', hosts: ['a'], port: '22' }],
    ['not a mapping', ['ssh']],
  ];
  const validate = new Ajv().compile(toSchema(environment));

  it.each(samples)('agrees with structural validation on %s', (_, sample) => {
    // JSON is YAML, so the same sample goes through both.
    const loader = validateYaml(JSON.stringify(sample), environment, 'sample.yml');
    expect(validate(sample)).toBe(loader.issues.length === 0);
  });

  it('accepts exactly the valid samples', () => {
    expect(samples.filter(([, s]) => validate(s) === true).map(([name]) => name)).toEqual([
      'ssh with a port',
      'local alone',
      'command',
    ]);
  });
});
