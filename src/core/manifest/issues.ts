/** Collecting located problems, and the positions of every node they may point at. */
import type { LineCounter, Node } from 'yaml';
import type { ManifestIssue, SourcePos } from './types.js';

/** A location inside the manifest value: keys and list indexes from the root, e.g. `['services', 'web', 'include', 0]`. */
export type ValuePath = readonly (string | number)[];

/** Collects issues for one file; `sorted()` returns them in reading order. */
export class IssueList {
  private readonly items: ManifestIssue[] = [];

  constructor(readonly file: string) {}

  add(pos: SourcePos, message: string): void {
    this.items.push({ file: this.file, line: pos.line, col: pos.col, message });
  }

  get length(): number {
    return this.items.length;
  }

  sorted(): ManifestIssue[] {
    // Array.prototype.sort is stable: issues at the same spot keep the order they were found.
    return [...this.items].sort((a, b) => a.line - b.line || a.col - b.col);
  }
}

/**
 * Where each value (and the key that names it) sits in the YAML text: a tree of path segments,
 * so recording a node is a few map lookups (a string key per node, JSON.stringify of its path,
 * was a fifth of parsing a 2,000-service manifest, and its garbage more).
 */
export class SourceMap {
  private readonly root: Located = { value: { line: 1, col: 1 } };
  private rootRecorded = false;

  constructor(private readonly lineCounter: LineCounter) {}

  /** The 1-based position of a YAML node's first character. */
  posOf(node: Node | null | undefined, fallback: SourcePos = { line: 1, col: 1 }): SourcePos {
    const offset = node?.range?.[0];
    return offset === undefined ? fallback : this.posAt(offset);
  }

  posAt(offset: number): SourcePos {
    return this.lineCounter.linePos(offset); // a fresh { line, col }
  }

  /** `text` is kept for string scalars, so list entries can be found again by value. */
  record(path: ValuePath, key: SourcePos | undefined, value: SourcePos, text?: string): void {
    let node = this.root;
    if (path.length === 0) this.rootRecorded = true;
    for (const part of path) {
      node.children ??= new Map();
      let child = node.children.get(part);
      if (child === undefined) {
        child = { value };
        node.children.set(part, child);
      }
      node = child;
    }
    node.key = key;
    node.value = value;
    node.text = text;
  }

  /** Where the first entry equal to `text` in the list at `path` is (else the list itself). */
  itemPos(path: ValuePath, text: string): SourcePos {
    const list = this.find(path);
    for (let i = 0; ; i++) {
      const e = list?.children?.get(i);
      if (e === undefined) break;
      if (e.text === text) return e.value;
    }
    return this.value(path);
  }

  /** The keys written under `path`, in order, whether or not their values were valid. */
  childKeys(path: ValuePath): readonly string[] {
    const keys: string[] = [];
    for (const k of this.find(path)?.children?.keys() ?? [])
      if (typeof k === 'string') keys.push(k);
    return keys;
  }

  /** The string written at `path`, when it is a string scalar. */
  text(path: ValuePath): string | undefined {
    return this.find(path)?.text;
  }

  has(path: ValuePath): boolean {
    return path.length === 0 ? this.rootRecorded : this.find(path) !== undefined;
  }

  /** Where the key naming `path` is (a service's name, `depends-on:`), else where its value is. */
  key(path: ValuePath): SourcePos {
    const e = this.find(path);
    return e?.key ?? e?.value ?? { line: 1, col: 1 };
  }

  /** Where the value at `path` starts, else its key. */
  value(path: ValuePath): SourcePos {
    return this.find(path)?.value ?? { line: 1, col: 1 };
  }

  private find(path: ValuePath): Located | undefined {
    let node: Located | undefined = this.root;
    for (const part of path) {
      node = node.children?.get(part);
      if (node === undefined) return undefined;
    }
    return node;
  }
}

interface Located {
  key?: SourcePos;
  value: SourcePos;
  text?: string;
  /** Map keys (strings) or list indexes (numbers), in the order first recorded. */
  children?: Map<string | number, Located>;
}

/** `['services', 'web', 'include', 0]` → `services.web.include[0]`, as users read YAML paths. */
export function displayPath(path: ValuePath): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out;
}
