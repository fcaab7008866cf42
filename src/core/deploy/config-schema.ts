/**
 * What a service's resolved configuration must look like: required keys, types, and (unless
 * allowed) no keys beyond those described. Paths are dotted keys from the root (`db.port`).
 */
import { didYouMean } from '../manifest/suggest.js';
import type { ConfigIssue, LEntry, LNode } from './config-yaml.js';

export type ConfigType = 'string' | 'number' | 'boolean' | 'object' | 'list';
const CONFIG_TYPES: readonly ConfigType[] = ['string', 'number', 'boolean', 'object', 'list'];

/**
 * - `required`: paths that must be set (not absent, not `null`) once the files are merged.
 * - `types`: the type of the value at a path, when it is set.
 * - `allowUnknown` (default false): otherwise a mapping the schema describes — the root, and
 *   every mapping with a listed path below it — may hold only listed keys and their ancestors.
 *   A listed path with nothing listed below it is open: `types: { features: object }` lets
 *   `features` hold anything. A key containing `.` cannot be named by a path.
 */
export interface ConfigSchema {
  required?: readonly string[];
  types?: Readonly<Record<string, ConfigType>>;
  allowUnknown?: boolean;
}

/** Throws on a schema that is itself malformed; the manifest validates it before it gets here. */
export function checkSchemaShape(schema: ConfigSchema): void {
  const paths = [...(schema.required ?? []), ...Object.keys(schema.types ?? {})];
  for (const p of paths) {
    if (p.split('.').some((s) => s === '')) {
      throw new Error(
        `Configuration schema path "${p}" has an empty segment: write dotted keys like "db.port".`,
      );
    }
  }
  for (const [p, t] of Object.entries(schema.types ?? {})) {
    if (!CONFIG_TYPES.includes(t)) {
      throw new Error(
        `Configuration schema type "${String(t)}" for "${p}" is not one of ${CONFIG_TYPES.join(', ')}.`,
      );
    }
  }
}

/** Adds an issue for every required key missing, wrong type and unknown key in `root`. */
export function checkSchema(root: LNode, schema: ConfigSchema, issues: ConfigIssue[]): void {
  checkSchemaShape(schema);
  const required = schema.required ?? [];
  const types = schema.types ?? {};
  for (const path of required) checkRequired(root, path, issues);
  for (const [path, type] of Object.entries(types)) {
    const found = lookup(root, path);
    if (found.node && kindOf(found.node) !== type) {
      issues.push({
        ...found.node.loc,
        message:
          `\`${path}\` must be ${article(type)}, but it is ${describe(found.node)}: ` +
          fixFor(type, found.node),
      });
    }
  }
  if (schema.allowUnknown === true) return;
  const listed = new Set([...required, ...Object.keys(types)]);
  const closed = new Set<string>();
  for (const p of listed) {
    const segs = p.split('.');
    for (let i = 0; i < segs.length; i++) closed.add(segs.slice(0, i).join('.'));
  }
  if (listed.size === 0) return;
  checkUnknown(root, '', listed, closed, issues);
}

function checkUnknown(
  node: LNode,
  path: string,
  listed: ReadonlySet<string>,
  closed: ReadonlySet<string>,
  issues: ConfigIssue[],
): void {
  if (node.kind !== 'map' || !closed.has(path)) return;
  const prefix = path ? `${path}.` : '';
  const known = [...listed, ...closed]
    .filter((p) => p.startsWith(prefix) && p.length > prefix.length)
    .map((p) => p.slice(prefix.length).split('.')[0]!);
  for (const [key, entry] of node.entries) {
    const child = prefix + key;
    if (listed.has(child) || closed.has(child)) {
      checkUnknown(entry.node, child, listed, closed, issues);
      continue;
    }
    const hint = didYouMean(key, new Set(known));
    issues.push({
      ...entry.keyLoc,
      message:
        `\`${child}\` is not a configuration key the schema knows` +
        (hint ? `: ${hint}` : `; known here: ${[...new Set(known)].join(', ')}.`) +
        ' Remove it, or add it to the schema.',
    });
  }
}

function checkRequired(root: LNode, path: string, issues: ConfigIssue[]): void {
  const found = lookup(root, path);
  if (found.node) return;
  const { parent, parentPath } = found;
  const rest = path.slice(parentPath ? parentPath.length + 1 : 0);
  if (parent.kind !== 'map') {
    issues.push({
      ...parent.loc,
      message:
        `\`${path}\` is required, but \`${parentPath}\` is ${describe(parent)}: make ` +
        `\`${parentPath}\` a mapping with \`${rest}\` in it.`,
    });
    return;
  }
  const where = parentPath ? `under \`${parentPath}\`` : 'at the top level';
  issues.push({
    ...parent.loc,
    message:
      `\`${path}\` is required but not set: add \`${rest}\` ${where}, here or in another of ` +
      "the service's configuration files (a later file's `null` removes a key).",
  });
}

interface Lookup {
  /** The value at the path, when set. */
  node?: LNode;
  /** The deepest value found on the way, and its path. */
  parent: LNode;
  parentPath: string;
}

function lookup(root: LNode, path: string): Lookup {
  let node = root;
  let nodePath = '';
  const segs = path.split('.');
  for (const seg of segs) {
    if (node.kind !== 'map') return { parent: node, parentPath: nodePath };
    const next: LEntry | undefined = node.entries.get(seg);
    if (!next) return { parent: node, parentPath: nodePath };
    node = next.node;
    nodePath = nodePath ? `${nodePath}.${seg}` : seg;
  }
  return { node, parent: node, parentPath: nodePath };
}

export function kindOf(node: LNode): ConfigType | 'null' {
  if (node.kind === 'map') return 'object';
  if (node.kind === 'list') return 'list';
  const v = node.value;
  return v === null ? 'null' : (typeof v as 'string' | 'number' | 'boolean');
}

const article = (t: ConfigType): string =>
  ({
    string: 'a string',
    number: 'a number',
    boolean: 'a boolean (true or false)',
    object: 'a mapping',
    list: 'a list',
  })[t];

function describe(node: LNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'list') return 'a list';
  const v = node.value;
  if (v === null) return 'null';
  const shown = typeof v === 'string' ? JSON.stringify(clip(v)) : String(v);
  return `${article(typeof v as ConfigType)} (${shown})`;
}

function fixFor(type: ConfigType, node: LNode): string {
  const v = node.kind === 'scalar' ? node.value : undefined;
  if (typeof v === 'string' && type === 'number' && v.trim() !== '' && !isNaN(Number(v))) {
    return 'remove the quotes.';
  }
  if (typeof v === 'string' && type === 'boolean' && /^(true|false)$/i.test(v)) {
    return 'write true or false without quotes.';
  }
  if (type === 'string' && v !== undefined) return 'quote it.';
  return `write ${article(type)} here.`;
}

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 37)}...` : s);
