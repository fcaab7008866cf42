import { describe, expect, it } from '@jest/globals';
import { parseManifest } from '../../../src/core/manifest/index.js';
import { checkTrackedPaths } from '../../../src/core/manifest/tracked.js';

const FILES = [
  'msdeploy.yml',
  'services/web/src/index.ts',
  'services/api/main.go',
  'libs/common/util.ts',
  'proto/common.proto',
];

function manifest(text: string) {
  const { manifest: m, issues } = parseManifest(text, 'msdeploy.yml', 'repo/msdeploy.yml');
  expect(issues).toEqual([]);
  return m!;
}

describe('checkTrackedPaths: paths that match nothing never fail open', () => {
  it('a service path holding no tracked file is an error at the path, with a did-you-mean', () => {
    const m = manifest(
      [
        'services:',
        '  web:',
        '    path: servces/web',
        '  api:',
        '    path: services/api',
        'libraries:',
        '  common:',
        '    path: libs/comon',
        '',
      ].join('\n'),
    );
    const { errors, warnings } = checkTrackedPaths(m, FILES, { shownAs: 'repo/msdeploy.yml' });
    expect(warnings).toEqual([]);
    expect(errors).toEqual([
      {
        file: 'repo/msdeploy.yml',
        line: 3,
        col: 11,
        message: expect.stringMatching(
          /^services\.web\.path `servces\/web` holds no file tracked at head, .*did you mean `services\/web`\?$/,
        ) as unknown as string,
      },
      {
        file: 'repo/msdeploy.yml',
        line: 8,
        col: 11,
        message: expect.stringContaining('did you mean `libs/common`?') as unknown as string,
      },
    ]);
  });

  it('an include that matches no tracked file is a located warning; matching ones and exclusions are not', () => {
    const m = manifest(
      [
        'services:',
        '  web:',
        '    path: services/web',
        "    include: ['proto/common.proto', 'proto/comon.proto', '!services/web/none/**']",
        '',
      ].join('\n'),
    );
    const { errors, warnings } = checkTrackedPaths(m, FILES);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      {
        file: 'msdeploy.yml',
        line: 4,
        col: 37,
        message:
          'services.web.include `proto/comon.proto` matches no file tracked at head: a typo?',
      },
    ]);
  });

  it('checks only the named components when asked, and the whole-repo service always passes', () => {
    const m = manifest(
      'services:\n  web:\n    path: services/web\n  gone:\n    path: services/gone\n',
    );
    expect(checkTrackedPaths(m, FILES, { only: ['web'] }).errors).toEqual([]);
    expect(checkTrackedPaths(m, FILES).errors).toHaveLength(1);
    const single = manifest('name: shop\n');
    expect(checkTrackedPaths(single, ['a.txt'])).toEqual({ errors: [], warnings: [] });
  });

  it('matches includes as detection does (alternations, `**`), and a path only as a whole directory', () => {
    const m = manifest(
      [
        'services:',
        '  web:',
        '    path: services/web',
        "    include: ['**/*.proto', 'libs/{common,shared}/**', 'docs/{a,b}/**']",
        '  old:',
        '    path: services/we',
        '',
      ].join('\n'),
    );
    const { errors, warnings } = checkTrackedPaths(m, FILES);
    // `services/we` is a prefix of `services/web/...` but holds no file itself.
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^services\.old\.path `services\/we` holds no file/,
      ) as unknown as string,
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'services.web.include `docs/{a,b}/**` matches no file tracked at head: a typo?',
    ]);
  });
});
