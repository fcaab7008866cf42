/** README's tables are generated from the action.yml files and the reusable workflows: never stale. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyBlocks,
  cell,
  documented,
  extractBlock,
  listActions,
  markers,
  renderBlock,
  renderTable,
  ROOT,
} from '../../scripts/generate-docs.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const actions = readdirSync(join(ROOT, 'actions')).filter((name) =>
  existsSync(join(ROOT, 'actions', name, 'action.yml')),
);

describe('README inputs/outputs tables', () => {
  it('finds the actions', async () => {
    expect(await listActions()).toEqual([...actions].sort());
    expect(actions).toEqual(expect.arrayContaining(['build-artifact', 'detect-changed-service']));
  });

  it('documents the root action and the reusable workflows users call', async () => {
    const names = (await documented()).map((d) => d.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'msdeploy',
        'service-ci',
        'promote-and-deploy',
        'workflow/service-pipeline',
        'workflow/promote',
        'workflow/deploy',
      ]),
    );
    expect(names).not.toContain('workflow/service-chunk');
  });

  it('match the action.yml files and workflows (run `npm run docs` when this fails)', async () => {
    for (const { name, meta, kinds } of await documented()) {
      for (const kind of kinds) {
        const { start, end } = markers(kind, name);
        const current = extractBlock(readme, start, end);
        expect([start, current === undefined ? 'missing' : 'present']).toEqual([start, 'present']);
        expect([start, current]).toEqual([start, await renderBlock(meta, kind)]);
        for (const entry of Object.keys(meta[kind] ?? {})) {
          expect([start, current]).toEqual([start, expect.stringContaining(`| \`${entry}\``)]);
        }
      }
    }
  });
});

describe('the generator', () => {
  it('escapes pipes, folds soft line breaks and keeps paragraphs as <br>', () => {
    expect(cell('a | b\nc\n\nd')).toBe('a \\| b c<br>d');
    expect(cell('`x | y` and <run number>, `<hex>`')).toBe(
      '`x \\| y` and &lt;run number>, `<hex>`',
    );
  });

  it('renders one row per input with required and default', () => {
    const table = renderTable(
      {
        inputs: {
          token: { description: 'The token.', default: '${{ github.token }}' },
          service: { description: 'Which | one\nof them.', required: true },
        },
      },
      'inputs',
    ).split('\n');
    expect(table).toEqual([
      '| input | description | required | default |',
      '| --- | --- | --- | --- |',
      '| `token` | The token. | no | `${{ github.token }}` |',
      '| `service` | Which \\| one of them. | yes |  |',
    ]);
  });

  it('renders workflow inputs with their type, and secrets without a default', () => {
    const meta = {
      inputs: { 'auto-promote': { description: 'Walk on.', type: 'boolean', default: true } },
      secrets: { 'ssh-key': { description: 'The key.', required: false } },
    };
    expect(renderTable(meta, 'inputs').split('\n')).toEqual([
      '| input | description | type | required | default |',
      '| --- | --- | --- | --- | --- |',
      '| `auto-promote` | Walk on. | boolean | no | `true` |',
    ]);
    expect(renderTable(meta, 'secrets').split('\n')).toEqual([
      '| secret | description | required |',
      '| --- | --- | --- |',
      '| `ssh-key` | The key. | no |',
    ]);
  });

  it('fails on a README without the markers instead of leaving an action undocumented', async () => {
    const blocks = new Map([
      ['<!-- inputs:x -->', { end: '<!-- /inputs:x -->', body: '\n\nT\n\n' }],
    ]);
    expect(() => applyBlocks('# no markers\n', blocks)).toThrow(/<!-- inputs:x -->/);
    expect(applyBlocks('a\n<!-- inputs:x -->\nold\n<!-- /inputs:x -->\nb\n', blocks)).toBe(
      'a\n<!-- inputs:x -->\n\nT\n\n<!-- /inputs:x -->\nb\n',
    );
  });
});
