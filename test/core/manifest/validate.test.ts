import { parseManifest } from '../../../src/core/manifest/index.js';

const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** Every issue as `line:col message`, in reading order. */
function issues(...lines: string[]): string[] {
  const r = parseManifest(yaml(...lines));
  expect(r.manifest).toBeUndefined();
  return r.issues.map((i) => `${i.line}:${i.col} ${i.message}`);
}

/** Just the positions, for tests that check locations of several issues. */
const at = (...lines: string[]): string[] => issues(...lines).map((i) => i.split(' ')[0]!);

describe('YAML and document shape', () => {
  it('locates YAML syntax errors', () => {
    expect(issues('services:', '  a:', '\t path: a')).toEqual([
      expect.stringMatching(/^3:1 YAML syntax error: .*tabs.*replace the tabs\.$/i),
    ]);
  });

  it('reports a duplicate key where it is repeated', () => {
    expect(issues('name: a', 'name: b')).toEqual([
      expect.stringMatching(/^2:1 YAML syntax error: Map keys must be unique: .*remove or merge/),
    ]);
  });

  it('reports a duplicate service where it is repeated, at any depth', () => {
    expect(at('services:', '  a:', '    path: a', '  a:', '    path: b', '    path: c')).toEqual([
      '4:3',
      '6:5',
    ]);
  });

  it('reports a second document', () => {
    expect(at('name: a', '---', 'name: b')).toEqual(['2:1']);
  });

  it('reports an empty file and a comment-only file', () => {
    expect(issues('')).toEqual([expect.stringMatching(/^1:1 msdeploy\.yml is empty: declare/)]);
    expect(at('# nothing yet')).toEqual(['1:1']);
  });

  it('reports a top level that is not a mapping', () => {
    expect(issues('- a', '- b')).toEqual([
      '1:1 The manifest must be a mapping of keys such as `services:` and `global:`, not a list: see docs/manifest.md for its layout.',
    ]);
    expect(at('', 'just text')).toEqual(['2:1']);
  });

  it('requires services or name', () => {
    expect(issues('global: [a/**]')).toEqual([
      '1:1 The manifest has neither `services` nor `name`: add a `services` map, or add `name: <service>` to make the whole repository one service with that name.',
    ]);
  });

  it('rejects an empty services map', () => {
    expect(issues('services: {}')).toEqual([
      '1:1 `services` is empty: declare at least one service, or remove `services` and set `name` to make the whole repository one service.',
    ]);
  });
});

describe('keys and types', () => {
  it('reports unknown keys with the closest known key', () => {
    expect(
      issues(
        'servics:',
        '  a:',
        '    path: a',
        'services:',
        '  b:',
        '    path: b',
        '    depends_on: []',
      ),
    ).toEqual([
      '1:1 Unknown top-level key `servics`: did you mean `services`?',
      '7:5 Unknown key `depends_on` in `services.b`: did you mean `depends-on`?',
    ]);
  });

  it('lists the allowed keys when nothing is close', () => {
    expect(issues('services:', '  b:', '    path: b', '    dockerfile: x')).toEqual([
      '4:5 Unknown key `dockerfile` in `services.b`: remove it; the keys allowed here are `path`, `include`, `depends-on`, `build`, `pipeline`.',
    ]);
  });

  it('reports wrong types with an example', () => {
    expect(
      issues(
        'version: "1"',
        'name: [a]',
        'global: package-lock.json',
        'services:',
        '  a:',
        '    path: [a]',
        '    include: [1]',
        '  b: yes',
      ),
    ).toEqual([
      '1:10 `version` must be 1, not the text `1`: write `version: 1` (the manifest format version 1), or remove the key.',
      '2:7 `name` must be a project name, not a list: write e.g. `name: shop`.',
      '3:9 `global` must be a list of glob patterns, not the text `package-lock.json`: write e.g. `global: [package-lock.json, .github/workflows/**]`.',
      '6:11 `services.a.path` must be a directory, not a list: write e.g. `path: services/catalog`.',
      '7:15 `services.a.include[0]` must be a glob pattern, not the number 1 (quote it to make it a string): write e.g. `proto/common/**`.',
      '8:6 `services.b` must be a service, not the text `yes`: write e.g. `b: {path: services/catalog}`.',
    ]);
  });

  it('reports a missing value at its key', () => {
    expect(issues('services:', '  a:', '    path:')).toEqual([
      '3:5 `services.a.path` has no value: write e.g. `path: services/catalog`.',
    ]);
  });

  it('reports a missing path at the entry name', () => {
    expect(issues('services:', '  a:', '    include: [x/**]', '  b: {}')).toEqual([
      '2:3 `services.a` has no `path`: add it, e.g. `path: services/catalog`.',
      '4:3 `services.b` has no `path`: add it, e.g. `path: services/catalog`.',
    ]);
  });
});

describe('names', () => {
  it('rejects invalid service, library, release group and project names with a valid spelling', () => {
    expect(
      issues(
        'name: My_Shop',
        'libraries:',
        '  Common_Lib: {path: c}',
        'services:',
        '  -web: {path: w}',
        `  ${'a'.repeat(64)}: {path: x}`,
        '  b: {path: b}',
        'release-groups:',
        '  Front End: [-web, b]',
      ),
    ).toEqual([
      '1:7 `My_Shop` in `name` is not a valid project name: use 1–63 lowercase letters, digits and `-`, starting with a letter or digit, e.g. `my-shop`.',
      '3:3 `Common_Lib` in `libraries` is not a valid library name: use 1–63 lowercase letters, digits and `-`, starting with a letter or digit, e.g. `common-lib`.',
      '5:3 `-web` in `services` is not a valid service name: use 1–63 lowercase letters, digits and `-`, starting with a letter or digit, e.g. `web`.',
      `6:3 \`${'a'.repeat(64)}\` in \`services\` is not a valid service name: use 1–63 lowercase letters, digits and \`-\`, starting with a letter or digit, e.g. \`${'a'.repeat(63)}\`.`,
      '9:3 `Front End` in `release-groups` is not a valid release group name: use 1–63 lowercase letters, digits and `-`, starting with a letter or digit, e.g. `front-end`.',
    ]);
  });

  it('rejects a name used by both a library and a service, at the later one', () => {
    expect(issues('services:', '  common: {path: s}', 'libraries:', '  common: {path: l}')).toEqual(
      [
        '4:3 `common` is declared both as a service on line 2 and as a library: names must be unique across libraries and services, so rename one.',
      ],
    );
    expect(issues('name: common', 'libraries:', '  common: {path: l}')).toEqual([
      '3:3 `common` is declared both as the single service `name` on line 1 and as a library: names must be unique across libraries and services, so rename one.',
    ]);
  });
});

describe('paths and patterns', () => {
  it('rejects paths that leave the repository or are empty', () => {
    expect(
      issues(
        'services:',
        '  a: {path: /srv/a}',
        '  b: {path: ../b}',
        '  c: {path: "~/c"}',
        "  d: {path: ''}",
        '  e: {path: C:/e}',
        '  f: {path: services/../../f}',
        '  g: {path: services\\g}',
        "  h: {path: ' h'}",
      ),
    ).toEqual([
      '2:13 `/srv/a` in `services.a.path` is absolute: a path is relative to the repository root, so write `srv/a`.',
      '3:13 `../b` in `services.b.path` has a `..` segment: a path must stay inside the repository, so write it without `..`.',
      '4:13 `~/c` in `services.c.path` starts with `~` (a home directory): write the path relative to the repository root.',
      '5:13 `services.d.path` is empty: write the directory relative to the repository root, or `.` for all of it.',
      '6:13 `C:/e` in `services.e.path` starts with a drive letter: write the path relative to the repository root.',
      '7:13 `services/../../f` in `services.f.path` has a `..` segment: a path must stay inside the repository, so write it without `..`.',
      '8:13 `services\\g` in `services.g.path` uses `\\`: separate directories with `/`, e.g. `services/g`.',
      '9:13 ` h` in `services.h.path` has leading or trailing spaces: remove them (quote the path if a name really has them).',
    ]);
  });

  it('rejects patterns that leave the repository or are not valid globs', () => {
    const found = issues(
      "global: ['/etc/**', '!../x/**', '~/.npmrc', 'src/[a', '!']",
      'services: {a: {path: a, include: ["a/{b"]}}',
    );
    expect(found.map((i) => i.split(' ')[0])).toEqual([
      '1:10',
      '1:21',
      '1:33',
      '1:45',
      '1:55',
      '2:35',
    ]);
    expect(found[0]).toContain(
      '`/etc/**` in `global[0]` is absolute: a pattern is relative to the repository root, so write `etc/**`.',
    );
    expect(found[1]).toContain('`!../x/**` in `global[1]` has a `..` segment');
    expect(found[2]).toContain('`~/.npmrc` in `global[2]` starts with `~`');
    expect(found[3]).toMatch(/^1:45 `src\/\[a` in `global\[3\]` is not a valid glob: .*`\[`/);
    expect(found[4]).toMatch(/^1:55 `!` in `global\[4\]` is not a valid glob: .*excludes nothing/);
    expect(found[5]).toMatch(/^2:35 `a\/\{b` in `services\.a\.include\[0\]` is not a valid glob: /);
  });
});

describe('depends-on', () => {
  it('reports unknown names with the closest declared name', () => {
    expect(
      issues(
        'libraries:',
        '  common: {path: c, depends-on: [mony]}',
        '  money: {path: m}',
        'services:',
        '  web: {path: w, depends-on: [comon, catalogue, zzz]}',
        '  catalog: {path: c}',
      ),
    ).toEqual([
      '2:34 `libraries.common.depends-on` names `mony`, which is not a library: did you mean `money`?',
      '5:31 `services.web.depends-on` names `comon`, which is not a library or a service: did you mean `common`?',
      '5:38 `services.web.depends-on` names `catalogue`, which is not a library or a service: did you mean `catalog`?',
      '5:49 `services.web.depends-on` names `zzz`, which is not a library or a service: declare it under `libraries` or `services`, or remove it.',
    ]);
  });

  it('does not suggest a service to a library', () => {
    expect(
      issues(
        'libraries:',
        '  common: {path: c, depends-on: [web]}',
        'services:',
        '  web: {path: w}',
      ),
    ).toEqual([
      '2:34 Library `common` depends on `web`, which is a service: libraries may depend only on libraries, so move the shared code into a library or remove the dependency.',
    ]);
  });

  it('reports self-dependencies and duplicates', () => {
    expect(
      issues('services:', '  a: {path: a, depends-on: [a]}', '  b: {path: b, depends-on: [a, a]}'),
    ).toEqual([
      '2:29 Service `a` depends on itself: remove `a` from its `depends-on`.',
      '3:32 `services.b.depends-on` lists `a` twice (also entry 1): remove the duplicate.',
    ]);
  });

  it('reports a cycle once, at the depends-on entry that closes it', () => {
    expect(
      issues(
        'services:',
        '  a:',
        '    path: a',
        '    depends-on: [b]',
        '  b:',
        '    path: b',
        '    depends-on: [c]',
        '  c:',
        '    path: c',
        '    depends-on:',
        '      - a',
      ),
    ).toEqual([
      '11:9 Dependency cycle a → b → c → a: nothing in it can be built first, so remove one of these `depends-on` entries (e.g. `a` from `c`).',
    ]);
  });

  it('reports each distinct cycle, including through libraries', () => {
    const found = issues(
      'libraries:',
      '  l1: {path: l1, depends-on: [l2]}',
      '  l2: {path: l2, depends-on: [l1]}',
      'services:',
      '  a: {path: a, depends-on: [b, l1]}',
      '  b: {path: b, depends-on: [a]}',
      '  c: {path: c, depends-on: [a, c2]}',
      '  c2: {path: c2, depends-on: [c]}',
    );
    expect(found.map((i) => i.slice(0, i.indexOf(':', 5)))).toEqual([
      '3:31 Dependency cycle l1 → l2 → l1',
      '6:29 Dependency cycle a → b → a',
      '8:31 Dependency cycle c → c2 → c',
    ]);
  });
});

describe('release groups', () => {
  it('reports unknown members, libraries, a service in two groups and a group of one', () => {
    expect(
      issues(
        'libraries:',
        '  common: {path: c}',
        'services:',
        '  web: {path: w}',
        '  api: {path: a}',
        '  admin: {path: d}',
        'release-groups:',
        '  front: [web, api]',
        '  back: [api, admin, common, wbe]',
        '  solo: [admin]',
      ),
    ).toEqual([
      '9:10 Service `api` is already in release group `front` (line 8): a service ships with at most one group, so remove it from one of them.',
      '9:22 Release group `back` lists `common`, which is a library: groups list services (libraries ship inside the services that depend on them), so remove it.',
      '9:30 Release group `back` lists `wbe`, which is not a service: did you mean `web`?',
      '10:3 `release-groups.solo` has 1 entry but needs at least 2: a group ships several services together, so add another service or delete the group.',
      '10:10 Service `admin` is already in release group `back` (line 9): a service ships with at most one group, so remove it from one of them.',
    ]);
  });

  it('rejects a member listed twice', () => {
    expect(
      at('services: {a: {path: a}, b: {path: b}}', 'release-groups:', '  g: [a, b, a]'),
    ).toEqual(['3:13']);
  });
});

describe('many problems at once', () => {
  it('reports structural and reference problems together, in reading order', () => {
    expect(
      at(
        'version: 2', //                              1:10
        'libraries:',
        '  common: {path: ../c}', // 3:18
        'services:',
        '  web: {path: w, depends-on: [nope]}', //    5:31
        '  api: {pth: a}', //                         6:3 (no path), 6:9 (unknown key)
        'release-groups:',
        '  g: [web]', //                              8:3
      ),
    ).toEqual(['1:10', '3:18', '5:31', '6:3', '6:9', '8:3']);
  });

  it('does not pile "unknown name" errors on a services map that is itself invalid', () => {
    expect(
      issues(
        'services: [web, api]',
        'release-groups:',
        '  g: [web, api]',
        'libraries:',
        '  l: {path: l, depends-on: [x]}',
      ),
    ).toEqual([
      '1:11 `services` must be a map of services, not a list: write e.g. `services: {catalog: {path: services/catalog}}`.',
      '5:29 `libraries.l.depends-on` names `x`, which is not a library: declare it under `libraries`, or remove it.',
    ]);
  });
});
