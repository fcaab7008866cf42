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

/** Where each value (and the key that names it) sits in the YAML text. */
export class SourceMap {
  private readonly entries = new Map<string, Located>();
  private readonly children = new Map<string, string[]>();

  constructor(private readonly lineCounter: LineCounter) {}

  /** The 1-based position of a YAML node's first character. */
  posOf(node: Node | null | undefined, fallback: SourcePos = { line: 1, col: 1 }): SourcePos {
    const offset = node?.range?.[0];
    return offset === undefined ? fallback : this.posAt(offset);
  }

  posAt(offset: number): SourcePos {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, col };
  }

  /** `text` is kept for string scalars, so list entries can be found again by value. */
  record(path: ValuePath, key: SourcePos | undefined, value: SourcePos, text?: string): void {
    const id = pathKey(path);
    if (!this.entries.has(id)) {
      const last = path[path.length - 1];
      if (typeof last === 'string') {
        const parent = pathKey(path.slice(0, -1));
        const siblings = this.children.get(parent);
        if (siblings) siblings.push(last);
        else this.children.set(parent, [last]);
      }
    }
    this.entries.set(id, { ...(key && { key }), value, ...(text !== undefined && { text }) });
  }

  /** Where the first entry equal to `text` in the list at `path` is (else the list itself). */
  itemPos(path: ValuePath, text: string): SourcePos {
    for (let i = 0; this.has([...path, i]); i++) {
      const e = this.entries.get(pathKey([...path, i]));
      if (e?.text === text) return e.value;
    }
    return this.value(path);
  }

  /** The keys written under `path`, in order, whether or not their values were valid. */
  childKeys(path: ValuePath): readonly string[] {
    return this.children.get(pathKey(path)) ?? [];
  }

  /** The string written at `path`, when it is a string scalar. */
  text(path: ValuePath): string | undefined {
    return this.entries.get(pathKey(path))?.text;
  }

  has(path: ValuePath): boolean {
    return this.entries.has(pathKey(path));
  }

  /** Where the key naming `path` is (a service's name, `depends-on:`), else where its value is. */
  key(path: ValuePath): SourcePos {
    const e = this.entries.get(pathKey(path));
    return e?.key ?? e?.value ?? { line: 1, col: 1 };
  }

  /** Where the value at `path` starts, else its key. */
  value(path: ValuePath): SourcePos {
    return this.entries.get(pathKey(path))?.value ?? { line: 1, col: 1 };
  }
}

interface Located {
  key?: SourcePos;
  value: SourcePos;
  text?: string;
}

const pathKey = (path: ValuePath): string => JSON.stringify(path);

/** `['services', 'web', 'include', 0]` → `services.web.include[0]`, as users read YAML paths. */
export function displayPath(path: ValuePath): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out;
}
