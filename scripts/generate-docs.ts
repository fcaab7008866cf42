/**
 * README's inputs and outputs tables, generated from each `actions/<name>/action.yml`.
 *
 * Each table lives between a pair of markers in README.md (the generator never touches
 * anything outside them):
 *
 *   <!-- inputs:<action> -->  …  <!-- /inputs:<action> -->
 *   <!-- outputs:<action> --> …  <!-- /outputs:<action> -->
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

export type TableKind = 'inputs' | 'outputs';

interface ActionInput {
  description?: string;
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
}

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

/** The unformatted Markdown table of an action's inputs or outputs (empty when it has none). */
export function renderTable(meta: ActionMetadata, kind: TableKind): string {
  const lines: string[] = [];
  if (kind === 'inputs') {
    lines.push(
      row(['input', 'description', 'required', 'default']),
      row(['---', '---', '---', '---']),
    );
    for (const [name, input] of Object.entries(meta.inputs ?? {})) {
      const required = input?.required === true || input?.required === 'true';
      const dflt = input?.default === undefined ? '' : String(input.default);
      let description = input?.description ?? '';
      if (input?.deprecationMessage) description += `\n\nDeprecated: ${input.deprecationMessage}`;
      lines.push(
        row([
          code(name),
          cell(description),
          required ? 'yes' : 'no',
          dflt === '' ? '' : cell(code(dflt)),
        ]),
      );
    }
  } else {
    lines.push(row(['output', 'description']), row(['---', '---']));
    for (const [name, output] of Object.entries(meta.outputs ?? {})) {
      lines.push(row([code(name), cell(output?.description ?? '')]));
    }
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
  const text = await readFile(resolve(root, 'actions', action, 'action.yml'), 'utf8');
  return (parse(text) ?? {}) as ActionMetadata;
}

/**
 * What goes between one pair of markers: the table as prettier formats it in README.md,
 * surrounded by blank lines. Pure apart from reading the prettier config.
 */
export async function renderBlock(meta: ActionMetadata, kind: TableKind): Promise<string> {
  const table = renderTable(meta, kind);
  if (!table) return `\n\n_This action has no ${kind}._\n\n`;
  const config = (await prettier.resolveConfig(README)) ?? {};
  const formatted = await prettier.format(table, { ...config, parser: 'markdown' });
  return `\n\n${formatted.trimEnd()}\n\n`;
}

/** Every block of every action, keyed by its start marker. */
export async function renderAll(root = ROOT): Promise<Map<string, { end: string; body: string }>> {
  const blocks = new Map<string, { end: string; body: string }>();
  for (const action of await listActions(root)) {
    const meta = await readActionMetadata(action, root);
    for (const kind of ['inputs', 'outputs'] as const) {
      const { start, end } = markers(kind, action);
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
        "README.md's inputs/outputs tables differ from actions/*/action.yml: " +
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
