/**
 * README's inputs, outputs and secrets tables, generated from each `actions/<name>/action.yml`,
 * the root `action.yml` (named `msdeploy`) and the `workflow_call` of each reusable workflow
 * users call (named `workflow/<file name without .yml>`).
 *
 * Each table lives between a pair of markers in README.md (the generator never touches
 * anything outside them):
 *
 *   <!-- inputs:<name> -->  …  <!-- /inputs:<name> -->
 *   <!-- outputs:<name> --> …  <!-- /outputs:<name> -->
 *   <!-- secrets:<name> --> …  <!-- /secrets:<name> -->   (workflows)
 *
 *   npm run docs                                    rewrite README.md
 *   npx tsx scripts/generate-docs.ts --check        exit 1 when README.md is stale (CI)
 *
 * The tables are formatted with the project's prettier config, so `prettier --check` and this
 * generator agree on every byte.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const README = resolve(ROOT, 'README.md');

export type TableKind = 'inputs' | 'outputs' | 'secrets';

interface ActionInput {
  description?: string;
  /** A workflow_call input's type: string, boolean or number. */
  type?: string;
  required?: boolean | string;
  default?: string | number | boolean;
  deprecationMessage?: string;
}
interface ActionOutput {
  description?: string;
}
export interface ActionMetadata {
  inputs?: Record<string, ActionInput | null>;
  outputs?: Record<string, ActionOutput | null>;
  secrets?: Record<string, ActionInput | null>;
}

/** The reusable workflows users call; service-chunk.yml is service-pipeline's own part. */
export const DOCUMENTED_WORKFLOWS = ['service-pipeline', 'promote', 'deploy'] as const;

/** The root action.yml's name in the markers. */
export const ROOT_ACTION = 'msdeploy';

/** The markers around one table: `<!-- inputs:build-artifact -->` … `<!-- /inputs:build-artifact -->`. */
export function markers(kind: TableKind, action: string): { start: string; end: string } {
  return { start: `<!-- ${kind}:${action} -->`, end: `<!-- /${kind}:${action} -->` };
}

/**
 * Text for one table cell: `|` escaped, soft line breaks (folded YAML) joined with a space,
 * paragraph breaks kept as `<br>`, so a cell never spans lines.
 */
export function cell(text: string): string {
  return text
    .trim()
    .split(/\r?\n[ \t]*\r?\n\s*/)
    .map((para) => escapeHtml(para.replace(/\s*\r?\n\s*/g, ' ')))
    .join('<br>')
    .replace(/\|/g, '\\|');
}

/**
 * `<` outside code spans as `&lt;`: descriptions are plain text (the Marketplace shows them
 * so), and `MAJOR.MINOR.<run number>` would otherwise be swallowed as an HTML tag.
 */
function escapeHtml(text: string): string {
  return text
    .split(/(`+[^`]*?`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;')))
    .join('');
}

/** A value as inline code, with a fence longer than any backtick run inside it. */
function code(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The unformatted Markdown table of inputs, outputs or secrets (empty when there are none). */
export function renderTable(meta: ActionMetadata, kind: TableKind): string {
  const lines: string[] = [];
  if (kind === 'outputs') {
    lines.push(row(['output', 'description']), row(['---', '---']));
    for (const [name, output] of Object.entries(meta.outputs ?? {})) {
      lines.push(row([code(name), cell(output?.description ?? '')]));
    }
    return lines.length > 2 ? lines.join('\n') : '';
  }
  const entries = Object.entries(meta[kind] ?? {});
  // Workflow inputs have a type; secrets have no default.
  const typed = entries.some(([, input]) => input?.type !== undefined);
  const withDefault = kind === 'inputs';
  const header = [kind === 'inputs' ? 'input' : 'secret', 'description'];
  if (typed) header.push('type');
  header.push('required');
  if (withDefault) header.push('default');
  lines.push(row(header), row(header.map(() => '---')));
  for (const [name, input] of entries) {
    const required = input?.required === true || input?.required === 'true';
    const dflt = input?.default === undefined ? '' : String(input.default);
    let description = input?.description ?? '';
    if (input?.deprecationMessage) description += `\n\nDeprecated: ${input.deprecationMessage}`;
    const cells = [code(name), cell(description)];
    if (typed) cells.push(input?.type ?? '');
    cells.push(required ? 'yes' : 'no');
    if (withDefault) cells.push(dflt === '' ? '' : cell(code(dflt)));
    lines.push(row(cells));
  }
  return lines.length > 2 ? lines.join('\n') : '';
}

/** The action directories that have an action.yml, sorted. */
export async function listActions(root = ROOT): Promise<string[]> {
  const dirs = await readdir(resolve(root, 'actions'), { withFileTypes: true });
  const names: string[] = [];
  for (const d of dirs) {
    if (!d.isDirectory()) continue;
    const exists = await readFile(resolve(root, 'actions', d.name, 'action.yml')).then(
      () => true,
      () => false,
    );
    if (exists) names.push(d.name);
  }
  return names.sort();
}

export async function readActionMetadata(action: string, root = ROOT): Promise<ActionMetadata> {
  const file =
    action === ROOT_ACTION
      ? resolve(root, 'action.yml')
      : resolve(root, 'actions', action, 'action.yml');
  return (parse(await readFile(file, 'utf8')) ?? {}) as ActionMetadata;
}

/** A reusable workflow's `on.workflow_call`: its inputs, outputs and secrets. */
export async function readWorkflowMetadata(workflow: string, root = ROOT): Promise<ActionMetadata> {
  const text = await readFile(resolve(root, '.github', 'workflows', `${workflow}.yml`), 'utf8');
  const doc = (parse(text) ?? {}) as { on?: { workflow_call?: ActionMetadata } };
  const call = doc.on?.workflow_call;
  if (!call) throw new Error(`.github/workflows/${workflow}.yml has no on.workflow_call.`);
  return call;
}

/** Every documented thing, by its marker name, with its tables. */
export async function documented(
  root = ROOT,
): Promise<{ name: string; meta: ActionMetadata; kinds: TableKind[] }[]> {
  const out: { name: string; meta: ActionMetadata; kinds: TableKind[] }[] = [];
  for (const action of [ROOT_ACTION, ...(await listActions(root))]) {
    out.push({
      name: action,
      meta: await readActionMetadata(action, root),
      kinds: ['inputs', 'outputs'],
    });
  }
  for (const workflow of DOCUMENTED_WORKFLOWS) {
    out.push({
      name: `workflow/${workflow}`,
      meta: await readWorkflowMetadata(workflow, root),
      kinds: ['inputs', 'secrets', 'outputs'],
    });
  }
  return out;
}

/**
 * What goes between one pair of markers: the table as prettier formats it in README.md,
 * surrounded by blank lines. Pure apart from reading the prettier config.
 */
export async function renderBlock(meta: ActionMetadata, kind: TableKind): Promise<string> {
  const table = renderTable(meta, kind);
  if (!table) return `\n\n_None._\n\n`;
  const config = (await prettier.resolveConfig(README)) ?? {};
  const formatted = await prettier.format(table, { ...config, parser: 'markdown' });
  return `\n\n${formatted.trimEnd()}\n\n`;
}

/** Every block of every action, keyed by its start marker. */
export async function renderAll(root = ROOT): Promise<Map<string, { end: string; body: string }>> {
  const blocks = new Map<string, { end: string; body: string }>();
  for (const { name, meta, kinds } of await documented(root)) {
    for (const kind of kinds) {
      const { start, end } = markers(kind, name);
      blocks.set(start, { end, body: await renderBlock(meta, kind) });
    }
  }
  return blocks;
}

/** The text between a start and an end marker, or undefined when either is missing. */
export function extractBlock(readme: string, start: string, end: string): string | undefined {
  const from = readme.indexOf(start);
  if (from < 0) return undefined;
  const to = readme.indexOf(end, from + start.length);
  if (to < 0) return undefined;
  return readme.slice(from + start.length, to);
}

/**
 * README with every block replaced. Each action must have both its blocks in README exactly
 * once: a missing marker is an error, not a silently undocumented action.
 */
export function applyBlocks(
  readme: string,
  blocks: Map<string, { end: string; body: string }>,
): string {
  let out = readme;
  const problems: string[] = [];
  for (const [start, { end, body }] of blocks) {
    const from = out.indexOf(start);
    const to = from < 0 ? -1 : out.indexOf(end, from + start.length);
    if (from < 0 || to < 0) {
      problems.push(`README.md has no \`${start}\` … \`${end}\` block: add the two markers.`);
      continue;
    }
    if (out.indexOf(start, from + 1) >= 0) problems.push(`README.md has \`${start}\` twice.`);
    out = out.slice(0, from + start.length) + body + out.slice(to);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return out;
}

async function main(argv: string[]): Promise<number> {
  const current = await readFile(README, 'utf8');
  let wanted: string;
  try {
    wanted = applyBlocks(current, await renderAll());
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
  if (argv.includes('--check')) {
    if (wanted !== current) {
      console.error(
        "README.md's inputs/outputs tables differ from the action.yml files and workflows: " +
          'run `npm run docs` and commit README.md.',
      );
      return 1;
    }
    console.log('README.md inputs/outputs tables are up to date.');
    return 0;
  }
  if (wanted !== current) await writeFile(README, wanted);
  console.log(wanted === current ? 'README.md was up to date.' : 'Wrote README.md.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
