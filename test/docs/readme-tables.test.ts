/** README's inputs/outputs tables are generated from actions/<name>/action.yml: never stale. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyBlocks,
  cell,
  extractBlock,
  listActions,
  markers,
  readActionMetadata,
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

  it.each(actions)(
    'match actions/%s/action.yml (run `npm run docs` when this fails)',
    async (action) => {
      const meta = await readActionMetadata(action);
      for (const kind of ['inputs', 'outputs'] as const) {
        const { start, end } = markers(kind, action);
        const current = extractBlock(readme, start, end);
        expect([start, current === undefined ? 'missing' : 'present']).toEqual([start, 'present']);
        expect(current).toBe(await renderBlock(meta, kind));
      }
    },
  );

  it('lists every input and output by name', async () => {
    for (const action of actions) {
      const meta = await readActionMetadata(action);
      for (const kind of ['inputs', 'outputs'] as const) {
        const { start, end } = markers(kind, action);
        const block = extractBlock(readme, start, end) ?? '';
        for (const name of Object.keys(meta[kind] ?? {})) expect(block).toContain(`| \`${name}\``);
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
