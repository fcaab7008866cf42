import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { manifestJsonSchema, parseManifest } from '../../../src/core/manifest/index.js';
import type { BuildSpec, Manifest } from '../../../src/core/manifest/index.js';

const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;

function load(...lines: string[]): Manifest {
  const r = parseManifest(yaml(...lines));
  expect(r.issues).toEqual([]);
  return r.manifest!;
}

/** Every issue as `line:col message`, in reading order. */
function issues(...lines: string[]): string[] {
  const r = parseManifest(yaml(...lines));
  expect(r.manifest).toBeUndefined();
  return r.issues.map((i) => `${i.line}:${i.col} ${i.message}`);
}

/** A service `a` at `a` whose build has `run: make`, `output: dist` and then `lines`. */
const withBuild = (...lines: string[]): string[] => [
  'services:',
  '  a:',
  '    path: a',
  '    build:',
  '      run: make',
  '      output: dist',
  ...lines.map((l) => `      ${l}`),
];

const buildOf = (m: Manifest, name: string): BuildSpec | undefined =>
  m.services.find((s) => s.name === name)?.build;

describe('build: the loaded BuildSpec', () => {
  it('fills the defaults of an archive build and points at the `build` key', () => {
    const m = load(
      'services:',
      '  catalog:',
      '    path: services/catalog',
      '    build:',
      '      run: |',
      '        npm ci',
      '        npm run build',
      '      output: ./dist/',
      '  web:',
      '    path: services/web',
    );
    expect(buildOf(m, 'catalog')).toEqual({
      run: 'npm ci\nnpm run build\n',
      output: 'dist',
      kind: 'archive',
      tests: [],
      env: [],
      pos: { line: 4, col: 5 },
    });
    // No `build` key: the service has no build, not an empty one.
    expect(m.services.find((s) => s.name === 'web')).not.toHaveProperty('build');
  });

  it('keeps version and test globs (normalised), and leaves a deb section out of archives', () => {
    const m = load(
      ...withBuild('kind: archive', "version: '1.4'", "tests: ['./reports/junit*.xml', '!x.xml']"),
    );
    expect(buildOf(m, 'a')).toEqual({
      run: 'make',
      output: 'dist',
      kind: 'archive',
      version: '1.4',
      tests: ['reports/junit*.xml', '!x.xml'],
      env: [],
      pos: { line: 4, col: 5 },
    });
  });

  it('fills every deb default from the service name', () => {
    const m = load(
      'services:',
      '  catalog:',
      '    path: services/catalog',
      '    build:',
      '      run: ./build.sh',
      '      output: dist',
      '      kind: deb',
      '      deb:',
      '        maintainer: Shop Team <ops@example.com>',
    );
    expect(buildOf(m, 'catalog')?.deb).toEqual({
      package: 'catalog',
      maintainer: 'Shop Team <ops@example.com>',
      description: 'catalog service (built by msdeploy)',
      depends: [],
      architecture: 'all',
      prefix: '/opt/catalog',
    });
  });

  it('keeps explicit deb fields, with the prefix in one spelling', () => {
    const m = load(
      ...withBuild(
        'kind: deb',
        'deb:',
        '  maintainer: Shop Team <ops@example.com>',
        '  package: shop-catalog',
        '  description: Catalog API',
        "  depends: ['nodejs (>= 20)', 'default-jre | openjdk-17-jre', 'libc6:amd64 (>= 2.36-9)']",
        '  architecture: amd64',
        '  prefix: /srv//catalog/',
      ),
    );
    expect(buildOf(m, 'a')).toEqual({
      run: 'make',
      output: 'dist',
      kind: 'deb',
      tests: [],
      env: [],
      pos: { line: 4, col: 5 },
      deb: {
        package: 'shop-catalog',
        maintainer: 'Shop Team <ops@example.com>',
        description: 'Catalog API',
        depends: ['nodejs (>= 20)', 'default-jre | openjdk-17-jre', 'libc6:amd64 (>= 2.36-9)'],
        architecture: 'amd64',
        prefix: '/srv/catalog',
      },
    });
  });

  it('accepts a top-level build in a single-service repository', () => {
    const m = load(
      'name: hello',
      'build:',
      '  run: node build.js',
      '  output: dist',
      "  version: 'v2.0.1-rc.1+b5'",
    );
    expect(m.services).toEqual([
      expect.objectContaining({
        name: 'hello',
        path: '.',
        build: {
          run: 'node build.js',
          output: 'dist',
          kind: 'archive',
          version: 'v2.0.1-rc.1+b5',
          tests: [],
          env: [],
          pos: { line: 2, col: 1 },
        },
      }),
    ]);
  });

  it('accepts the base versions the builder reads', () => {
    for (const v of ['0.1', '1.4', '1.4.0', '10.20.30', 'v1.4', '1.4.0-rc.1', '1.4+build.5']) {
      const r = parseManifest(yaml(...withBuild(`version: '${v}'`)));
      expect([v, r.issues]).toEqual([v, []]);
    }
  });
});

describe('build: the bundled examples', () => {
  const example = (name: string): Manifest => {
    const file = fileURLToPath(new URL(`../../../examples/${name}/msdeploy.yml`, import.meta.url));
    const r = parseManifest(readFileSync(file, 'utf8'));
    expect(r.issues).toEqual([]);
    return r.manifest!;
  };

  it('builds every monorepo service, payments as a deb', () => {
    const m = example('monorepo');
    expect(m.services.map((s) => [s.name, s.build?.kind, s.build?.output])).toEqual([
      ['catalog', 'archive', 'dist'],
      ['payments', 'deb', 'dist'],
      ['web', 'archive', 'dist'],
      ['search', 'archive', 'dist'],
    ]);
    expect(buildOf(m, 'payments')?.deb).toMatchObject({
      package: 'shop-payments',
      prefix: '/opt/payments',
    });
  });

  it('builds the single-service example from its top-level build', () => {
    expect(example('single-service').services[0]?.build).toMatchObject({ output: 'dist' });
  });
});

describe('build: errors', () => {
  it('reports unknown keys, with the closest known key', () => {
    expect(issues(...withBuild('outptu: dist', 'dockerfile: x'))).toEqual([
      '7:7 Unknown key `outptu` in `services.a.build`: did you mean `output`?',
      '8:7 Unknown key `dockerfile` in `services.a.build`: remove it; the keys allowed here are `run`, `output`, `kind`, `version`, `tests`, `env`, `deb`.',
    ]);
    expect(
      issues(
        ...withBuild(
          'kind: deb',
          'deb:',
          '  maintainer: A <a@b.c>',
          '  package: aa',
          '  arch: all',
        ),
      ),
    ).toEqual([
      '11:9 Unknown key `arch` in `services.a.build.deb`: remove it; the keys allowed here are `maintainer`, `package`, `description`, `depends`, `architecture`, `prefix`.',
    ]);
  });

  it('refuses a deb prefix that normalises into the control area /DEBIAN, at the prefix', () => {
    for (const prefix of ['/DEBIAN', '//DEBIAN/', '/./DEBIAN', '/DEBIAN/x']) {
      expect([
        prefix,
        issues(
          ...withBuild(
            'kind: deb',
            'deb:',
            '  maintainer: A <a@b.c>',
            '  package: aa',
            `  prefix: ${prefix}`,
          ),
        ),
      ]).toEqual([
        prefix,
        [
          `11:17 \`${prefix}\` in \`services.a.build.deb.prefix\` is inside /DEBIAN, the package's control area (its maintainer scripts run as root on install): install the build output elsewhere, e.g. \`/opt/a\`.`,
        ],
      ]);
    }
    expect(
      parseManifest(
        yaml(
          ...withBuild(
            'kind: deb',
            'deb:',
            '  maintainer: A <a@b.c>',
            '  package: aa',
            '  prefix: /opt/DEBIAN',
          ),
        ),
      ).issues,
    ).toEqual([]);
  });

  it('build.env: forwards variable names, refusing bad names and ones never passed to a build', () => {
    const m = parseManifest(yaml(...withBuild('env: [NPM_TOKEN, NODE_OPTIONS]'))).manifest!;
    expect(buildOf(m, 'a')?.env).toEqual(['NPM_TOKEN', 'NODE_OPTIONS']);
    expect(issues(...withBuild("env: ['1X', 'A-B']"))).toEqual([
      '7:13 `1X` in `services.a.build.env[0]` is not an environment variable name: use letters, digits and `_`, not starting with a digit, e.g. `NPM_TOKEN`.',
      '7:19 `A-B` in `services.a.build.env[1]` is not an environment variable name: use letters, digits and `_`, not starting with a digit, e.g. `NPM_TOKEN`.',
    ]);
    expect(
      issues(...withBuild('env: [INPUT_TOKEN, ACTIONS_RUNTIME_TOKEN, GITHUB_OUTPUT, OK]')),
    ).toEqual([
      "7:13 `INPUT_TOKEN` in `services.a.build.env` is never passed to a build: it is an action input (inputs carry our credentials). Remove it; pass what the build needs under another name in the step's `env:`.",
      "7:26 `ACTIONS_RUNTIME_TOKEN` in `services.a.build.env` is never passed to a build: it is the runner's internal credential or endpoint. Remove it; pass what the build needs under another name in the step's `env:`.",
      "7:49 `GITHUB_OUTPUT` in `services.a.build.env` is never passed to a build: it is a runner file command (the build could rewrite the action's outputs). Remove it; pass what the build needs under another name in the step's `env:`.",
    ]);
  });

  it('requires run and output, reported at the `build` key', () => {
    expect(issues('services:', '  a:', '    path: a', '    build:', '      kind: archive')).toEqual(
      [
        "4:5 `services.a.build` has no `run`: add it, e.g. `run: 'npm ci && npm run build'`.",
        '4:5 `services.a.build` has no `output`: add it, e.g. `output: dist`.',
      ],
    );
    expect(issues('services:', '  a:', '    path: a', '    build:')).toEqual([
      "4:5 `services.a.build` has no value: write e.g. `build: {run: 'npm ci && npm run build', output: dist}`.",
    ]);
  });

  it('rejects a blank run script', () => {
    expect(
      issues('services:', '  a:', '    path: a', '    build:', "      run: ' '", '      output: d'),
    ).toEqual([
      '5:12 ` ` in `services.a.build.run` has no commands: write the script that builds the service, e.g. `npm ci && npm run build`.',
    ]);
  });

  it('keeps output inside the service directory, and not the directory itself', () => {
    const build = (output: string) => [
      'services:',
      '  a:',
      '    path: a',
      '    build:',
      '      run: make',
      `      output: ${output}`,
    ];
    expect(issues(...build('../dist'))).toEqual([
      "6:15 `../dist` in `services.a.build.output` has a `..` segment: a path must stay inside the service's directory, so write it without `..`.",
    ]);
    expect(issues(...build('dist/../../x'))).toEqual([
      expect.stringMatching(/^6:15 `dist\/\.\.\/\.\.\/x` in .* has a `\.\.` segment/),
    ]);
    expect(issues(...build('/tmp/dist'))).toEqual([
      "6:15 `/tmp/dist` in `services.a.build.output` is absolute: a path is relative to the service's directory, so write `tmp/dist`.",
    ]);
    expect(issues(...build('./'))).toEqual([
      "6:15 `./` in `services.a.build.output` is the service's directory itself, whose sources would end up in the artifact: name the subdirectory the build writes, e.g. `dist`.",
    ]);
    expect(issues(...build("''"))).toEqual([
      "6:15 `services.a.build.output` is empty: write the directory relative to the service's directory, e.g. `dist`.",
    ]);
  });

  it('rejects bad base versions, and explains that an unquoted one is a number', () => {
    expect(issues(...withBuild('version: 1.10'))).toEqual([
      "7:16 `services.a.build.version` must be a base version, not the number 1.10 (quote it to make it a string): write e.g. `version: '1.4'`.",
    ]);
    for (const bad of ['1', '1.04', 'one.two', '1.4.x', 'latest', '1.4.0.1']) {
      expect([bad, issues(...withBuild(`version: '${bad}'`))]).toEqual([
        bad,
        [
          `7:16 \`${bad}\` in \`services.a.build.version\` is not a base version: write MAJOR.MINOR or a SemVer without leading zeros, e.g. \`'1.4'\` or \`1.4.0\`.`,
        ],
      ]);
    }
  });

  it('rejects an unknown kind, with a suggestion when one is close', () => {
    expect(issues(...withBuild('kind: Deb'))).toEqual([
      '7:13 `services.a.build.kind` is the text `Deb` but must be one of archive, deb: did you mean `deb`?',
    ]);
    expect(issues(...withBuild('kind: docker'))).toEqual([
      '7:13 `services.a.build.kind` is the text `docker` but must be one of archive, deb: write e.g. `kind: archive`.',
    ]);
    expect(issues(...withBuild('kind: [deb]'))).toEqual([
      '7:13 `services.a.build.kind` is a list but must be one of archive, deb: write e.g. `kind: archive`.',
    ]);
  });

  it('allows deb only with kind deb', () => {
    const deb = ['deb:', '  maintainer: A <a@b.c>'];
    const message =
      '7:7 `services.a.build.deb` describes a Debian package, but the build makes an archive: remove `deb` or set `kind: deb`.';
    expect(issues(...withBuild(...deb))).toEqual([message]);
    expect(issues(...withBuild('kind: archive', ...deb))).toEqual([message.replace('7:7', '8:7')]);
    // With an invalid kind, only the kind is reported.
    expect(issues(...withBuild('kind: rpm', ...deb))).toHaveLength(1);
  });

  it('requires a deb section with a maintainer for kind deb', () => {
    expect(issues(...withBuild('kind: deb'))).toEqual([
      "4:5 `services.a.build` has `kind: deb` but no `deb` section: add one with the package maintainer, e.g. `deb: {maintainer: 'Shop Team <ops@example.com>'}`.",
    ]);
    expect(issues(...withBuild('kind: deb', 'deb:', '  package: shop-a'))).toEqual([
      "8:7 `services.a.build.deb` has no `maintainer`: add it, e.g. `maintainer: 'Shop Team <ops@example.com>'`.",
    ]);
    expect(
      issues(...withBuild('kind: deb', 'deb:', '  package: aa', '  maintainer: ops@example.com')),
    ).toEqual([
      '10:21 `ops@example.com` in `services.a.build.deb.maintainer` is not `Name <email>` on one line: write e.g. `Shop Team <ops@example.com>`.',
    ]);
  });

  it('rejects package names Debian does not allow, including a one-letter default', () => {
    const deb = (...more: string[]) =>
      withBuild('kind: deb', 'deb:', '  maintainer: A <a@b.c>', ...more);
    expect(issues(...deb('  package: Shop_Catalog'))).toEqual([
      '10:18 `Shop_Catalog` in `services.a.build.deb.package` is not a Debian package name: use at least two lowercase letters, digits, `+`, `-` or `.`, starting with a letter or digit, e.g. `shop-catalog`.',
    ]);
    // The service `a` is a valid msdeploy name but too short for Debian.
    expect(issues(...deb())).toEqual([
      '8:7 The Debian package of `a` is named after the service by default, but `a` is not a valid package name (it needs at least two characters): set `package` in `services.a.build.deb`, e.g. `package: a-service`.',
    ]);
    expect(parseManifest(yaml(...deb('  package: a2'))).issues).toEqual([]);
  });

  it('rejects a prefix that is not an absolute directory', () => {
    const deb = (prefix: string) =>
      withBuild(
        'kind: deb',
        'deb:',
        '  maintainer: A <a@b.c>',
        '  package: aa',
        `  prefix: ${prefix}`,
      );
    for (const bad of ['opt/catalog', '/opt/../etc', "'/opt/my app'", "'~/x'"]) {
      expect([bad, issues(...deb(bad))]).toEqual([
        bad,
        [
          expect.stringMatching(
            /^11:17 `.*` in `services\.a\.build\.deb\.prefix` is not an absolute directory: .* e\.g\. `\/opt\/catalog`\.$/,
          ),
        ],
      ]);
    }
  });

  it('keeps control fields to one line and one dependency per entry', () => {
    const deb = (...more: string[]) =>
      withBuild('kind: deb', 'deb:', '  maintainer: A <a@b.c>', '  package: aa', ...more);
    expect(
      issues(
        ...deb(
          '  description: "Catalog\\nDepends: evil"',
          "  depends: ['nodejs (>= 20), npm', 'python3 (> 3)']",
          '  architecture: x86_64',
        ),
      ),
    ).toEqual([
      '11:22 `services.a.build.deb.description` must be one non-blank line (the package synopsis): shorten it, e.g. `Catalog API`.',
      '12:19 `nodejs (>= 20), npm` in `services.a.build.deb.depends[0]` is not one Debian dependency: write a package name with an optional version, e.g. `nodejs (>= 20)`, and give each dependency its own entry.',
      '12:42 `python3 (> 3)` in `services.a.build.deb.depends[1]` is not one Debian dependency: write a package name with an optional version, e.g. `nodejs (>= 20)`, and give each dependency its own entry.',
      '13:23 `x86_64` in `services.a.build.deb.architecture` is not a Debian architecture: write `all` for files that run anywhere, or one such as `amd64` or `arm64`.',
    ]);
  });

  it('checks test globs relative to the service directory', () => {
    const found = issues(
      ...withBuild("tests: ['/reports/*.xml', '../x.xml', 'r/[a', r/*.xml, r/*.xml]"),
    );
    expect(found).toEqual([
      "7:15 `/reports/*.xml` in `services.a.build.tests[0]` is absolute: a pattern is relative to the service's directory, so write `reports/*.xml`.",
      "7:33 `../x.xml` in `services.a.build.tests[1]` has a `..` segment: a pattern must stay inside the service's directory, so write it without `..`.",
      expect.stringMatching(
        /^7:45 `r\/\[a` in `services\.a\.build\.tests\[2\]` is not a valid glob: .*`\[`/,
      ),
      '7:62 `services.a.build.tests` lists `r/*.xml` twice (also entry 4): remove the duplicate.',
    ]);
  });

  it('rejects a top-level build beside a services map', () => {
    expect(
      issues(
        'services:',
        '  catalog: {path: services/catalog}',
        'build:',
        '  run: make',
        '  output: dist',
      ),
    ).toEqual([
      '3:1 A top-level `build` is only for a single-service repository (one without `services`): move it under the service it builds, e.g. `services.catalog.build`.',
    ]);
  });

  it('checks a top-level build like a service build, named after the project', () => {
    expect(issues('name: x', 'build:', '  run: make', '  output: ..', '  kind: deb')).toEqual([
      "2:1 `build` has `kind: deb` but no `deb` section: add one with the package maintainer, e.g. `deb: {maintainer: 'Shop Team <ops@example.com>'}`.",
      "4:11 `..` in `build.output` has a `..` segment: a path must stay inside the service's directory, so write it without `..`.",
    ]);
    expect(
      issues(
        'name: x',
        'build:',
        '  run: make',
        '  output: d',
        '  kind: deb',
        '  deb: {maintainer: A <a@b.c>}',
      ),
    ).toEqual([expect.stringMatching(/^6:3 The Debian package of `x` is named after the service/)]);
  });

  it('is not a library key', () => {
    expect(
      issues('name: x', 'libraries:', '  lib:', '    path: l', '    build: {run: make, output: d}'),
    ).toEqual([
      '5:5 Unknown key `build` in `libraries.lib`: remove it; the keys allowed here are `path`, `include`, `depends-on`.',
    ]);
  });
});

describe('build: JSON Schema', () => {
  type Schema = Record<string, unknown>;
  const schema = manifestJsonSchema();
  const props = (s: Schema): Record<string, Schema> => s.properties as Record<string, Schema>;
  const serviceBuild = props(props(schema).services!.additionalProperties as Schema).build!;

  it('describes the same build at the top level and under a service', () => {
    expect(Object.keys(props(serviceBuild))).toEqual([
      'run',
      'output',
      'kind',
      'version',
      'tests',
      'env',
      'deb',
    ]);
    expect(serviceBuild.required).toEqual(['run', 'output']);
    expect(props(props(schema).build!)).toEqual(props(serviceBuild));
    expect(props(serviceBuild).deb!.required).toEqual(['maintainer']);
  });

  it('encodes kind as an enum', () => {
    expect(props(serviceBuild).kind).toMatchObject({ type: 'string', enum: ['archive', 'deb'] });
  });

  it('uses the loader’s own patterns, so editors and msdeploy agree', () => {
    const versionRe = new RegExp(props(serviceBuild).version!.pattern as string, 'u');
    const packageRe = new RegExp(props(props(serviceBuild).deb!).package!.pattern as string, 'u');
    for (const v of ['1.4', 'v1.4.0-rc.1', '1', '01.4', '1.4.x']) {
      const loaderOk = parseManifest(yaml(...withBuild(`version: '${v}'`))).issues.length === 0;
      expect([v, versionRe.test(v)]).toEqual([v, loaderOk]);
    }
    for (const p of ['shop-catalog', 'g++', 'a', 'Shop', '-x']) {
      const loaderOk =
        parseManifest(
          yaml(...withBuild('kind: deb', 'deb:', '  maintainer: A <a@b.c>', `  package: '${p}'`)),
        ).issues.length === 0;
      expect([p, packageRe.test(p)]).toEqual([p, loaderOk]);
    }
  });
});
