/**
 * One configuration file's YAML, parsed into a tree that remembers where every key and value is
 * written, so that merging and validation can point at `file:line:col`.
 */
import {
  LineCounter,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import type { ManifestIssue } from '../manifest/types.js';

/** A located problem in a configuration file; the same shape as a manifest issue. */
export type ConfigIssue = ManifestIssue;

/** One configuration file: its repo-relative name (for messages) and its text. */
export interface ConfigSource {
  file: string;
  text: string;
}

export interface Loc {
  file: string;
  line: number;
  col: number;
}

export type Scalar = string | number | boolean | null;

/** A YAML value with its place; mapping keys keep theirs too (for unknown-key issues). */
export type LNode =
  | { kind: 'map'; loc: Loc; entries: Map<string, LEntry> }
  | { kind: 'list'; loc: Loc; items: LNode[] }
  | { kind: 'scalar'; loc: Loc; value: Scalar };

export interface LEntry {
  keyLoc: Loc;
  node: LNode;
}

/** 1 MiB: hundreds of times a real service's configuration; parsing costs ~50× the text. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * yaml's `maxAliasCount`: bounds how much `*alias` expansion may multiply the document, so a
 * "billion laughs" file is refused in milliseconds instead of exhausting memory.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses one file. Returns the root mapping (an empty file is an empty mapping: an overlay with
 * nothing to change), or undefined when `issues` got something.
 */
export function parseConfigSource(src: ConfigSource, issues: ConfigIssue[]): LNode | undefined {
  const { file, text } = src;
  // A UTF-16 code unit is at least one UTF-8 byte: only a text that may be over is measured.
  if (text.length > MAX_CONFIG_BYTES / 3) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_CONFIG_BYTES) {
      issues.push({
        file,
        line: 1,
        col: 1,
        message:
          `${file} is ${bytes} bytes, over the ${MAX_CONFIG_BYTES} bytes (1 MiB) a configuration ` +
          'file may be; it was not parsed. Keep large data out of configuration (ship it in the ' +
          'artifact, or reference it by path or URL).',
      });
      return undefined;
    }
  }
  const lineCounter = new LineCounter();
  const at = (offset: number | undefined): Loc => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, col };
  };
  const before = issues.length;
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    // Our check below is linear and worded like the manifest's; yaml's is quadratic.
    uniqueKeys: false,
    version: '1.2',
    schema: 'core',
    // YAML 1.2 has no `<<`; reported below rather than silently kept as a key called "<<".
    merge: false,
  });
  for (const e of doc.errors) {
    issues.push({ ...at(e.pos[0]), message: `YAML syntax error: ${firstLine(e.message)}.` });
  }
  // Warnings are unresolved tags (`!!binary`, `!custom`): configuration is plain data, so no tags.
  for (const w of doc.warnings) {
    issues.push({
      ...at(w.pos[0]),
      message: `${firstLine(w.message)}: configuration is plain data; remove the tag.`,
    });
  }
  if (issues.length > before) return undefined;

  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    issues.push({
      ...at(0),
      message:
        `${file} expands its \`*aliases\` too often (over yaml's limit of ${MAX_ALIAS_COUNT}), ` +
        'the shape of an alias bomb; it was not read. Write the repeated values out, or use ' +
        'fewer nested aliases.',
    });
    return undefined;
  }

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    return { kind: 'map', loc: at(0), entries: new Map() };
  }
  if (!isMap(root)) {
    issues.push({
      ...at(root.range?.[0]),
      message:
        `${file} must be a mapping of keys to values (e.g. \`port: 8080\`), not ` +
        `${isSeq(root) ? 'a list' : 'a single value'}.`,
    });
    return undefined;
  }
  const tree = convert(root, doc, at, issues, '');
  return issues.length > before ? undefined : tree;
}

function convert(
  node: Node,
  doc: Document.Parsed,
  at: (offset: number | undefined) => Loc,
  issues: ConfigIssue[],
  path: string,
): LNode {
  const loc = at(node.range?.[0]);
  // The alias gate above bounds this expansion; the alias's own place is where the value is used.
  const target = isAlias(node) ? (node.resolve(doc) ?? node) : node;
  // yaml still resolves YAML 1.1 tags such as `!!binary`, `!!set` or `!!timestamp` when they are
  // written out; they are not JSON data, so only the core schema's own tags may be written.
  if (target.tag !== undefined && !CORE_TAGS.has(target.tag)) {
    const tag = target.tag.replace(/^tag:yaml\.org,2002:/, '!!');
    issues.push({
      ...loc,
      message:
        `\`${path}\` is tagged ${tag}: configuration is plain data (strings, numbers, ` +
        'booleans, mappings, lists), so remove the tag.',
    });
    return { kind: 'scalar', loc, value: null };
  }
  if (isMap(target)) {
    const entries = new Map<string, LEntry>();
    for (const pair of target.items) {
      const key = pair.key as Node | null;
      const keyLoc = at(key?.range?.[0] ?? node.range?.[0]);
      if (!isScalar(key) || typeof key.value !== 'string') {
        const shown = isScalar(key) ? String(key.value) : 'a collection';
        issues.push({
          ...keyLoc,
          message:
            `The key ${shown}${path ? ` under \`${path}\`` : ''} is not a string: configuration ` +
            `keys are names, so quote it (\`"${shown}":\`).`,
        });
        continue;
      }
      const name = key.value;
      const childPath = path ? `${path}.${name}` : name;
      if (name === '<<') {
        issues.push({
          ...keyLoc,
          message:
            'Merge keys (`<<`) are not supported (YAML 1.2 has none): write the keys out, or ' +
            'put shared values in the base file, which every environment overlays.',
        });
        continue;
      }
      if (entries.has(name)) {
        issues.push({
          ...keyLoc,
          message:
            `\`${childPath}\` is written twice in this mapping: each key may appear once, so ` +
            'remove or merge the repeated one.',
        });
        continue;
      }
      const value = pair.value as Node | null;
      const child: LNode =
        value === null
          ? { kind: 'scalar', loc: keyLoc, value: null }
          : convert(value, doc, at, issues, childPath);
      entries.set(name, { keyLoc, node: child });
    }
    return { kind: 'map', loc, entries };
  }
  if (isSeq(target)) {
    const items = target.items.map((item, i) =>
      item === null
        ? ({ kind: 'scalar', loc, value: null } as const)
        : convert(item as Node, doc, at, issues, `${path}[${i}]`),
    );
    return { kind: 'list', loc, items };
  }
  if (isScalar(target)) {
    const v = target.value;
    if (typeof v === 'number' && !Number.isFinite(v)) {
      issues.push({
        ...loc,
        message: `\`${path}\` is ${String(v)}, which JSON cannot carry: quote it if it is text.`,
      });
    } else if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) {
      issues.push({
        ...loc,
        message:
          `\`${path}\` is an integer too large to keep exactly (over 2^53): quote it so it ` +
          'stays text.',
      });
    } else if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) {
      return { kind: 'scalar', loc, value: v as Scalar };
    } else {
      issues.push({ ...loc, message: `\`${path}\` is not plain data: quote it.` });
    }
    return { kind: 'scalar', loc, value: null };
  }
  issues.push({ ...loc, message: `\`${path}\` is not plain data: quote it.` });
  return { kind: 'scalar', loc, value: null };
}

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

const firstLine = (s: string): string => s.split('\n')[0]!.replace(/\.$/, '');
