/**
 * Which owners (services, libraries, the global list) own a changed file, fast.
 *
 * Every owner has an ordered pattern list (see glob.ts: last match wins, `!` excludes). Testing
 * every pattern of every owner against every file is O(owners × patterns × files); a monorepo
 * with thousands of services and a large change set makes that seconds. {@link PathIndex} files
 * each pattern (after expanding `{a,b}`) under the one key that every path it can match must
 * have, so a path only meets the handful of patterns that could match it:
 *
 * - fully literal patterns (`package.json`) in an exact-path map;
 * - patterns with a literal directory (`services/a/src/*.ts`) at that directory's node in a trie
 *   of path segments; `dir/**`, `dir/` and `dir/**` + `/*` match everything below the node, so
 *   they need no RegExp at all; a literal start of the next segment (`services/svc-*`) is a key
 *   at that node too;
 * - patterns without one by a literal they require: the file name (`**` + `/Dockerfile`), the
 *   extension (`**` + `/*.md`, `**.proto`) or a directory name (`**` + `/migrations/**`);
 * - the rest (`*`, `**` + `/*test*`) are candidates for every path.
 *
 * Candidates are numbered by (owner ascending, pattern position descending) and every key holds
 * an ascending list, so merging the lists that apply to a path puts each owner's last pattern
 * first: the first candidate of an owner that passes its remaining check decides for it. Most
 * checks are plain string tests (`endsWith`); only irregular patterns run a RegExp, shared by all
 * owners with the same pattern.
 */
import {
  expandAlternations,
  globRegExp,
  GlobSyntaxError,
  literalDirectory,
  parseGlob,
  splitNegation,
  type GlobNode,
} from './glob.js';

export interface Owner {
  id: string;
  /** Ordered globs; a leading `!` excludes; the last matching pattern decides. */
  patterns: readonly string[];
}

/** More alternatives than this and a pattern stays one RegExp instead of one entry per branch. */
const MAX_EXPANSIONS = 64;

interface TrieNode {
  children: Map<string, TrieNode> | undefined;
  /** Candidate ids for every path strictly below this directory. */
  entries: number[];
  /**
   * Candidates whose next segment starts with a literal (`svc-*` under `services/`), grouped by
   * that literal's length, then keyed by it: one lookup per distinct length.
   */
  partials: { length: number; byText: Map<string, number[]> }[] | undefined;
}

function trieNode(): TrieNode {
  return { children: undefined, entries: [], partials: undefined };
}

export class PathIndex {
  /** Per candidate id: the owner, whether it excludes, and the check left once its key is met. */
  private readonly owner: Int32Array;
  private readonly negated: Uint8Array;
  private readonly checks: Check[] = [];

  private readonly exact = new Map<string, number[]>();
  private readonly root = trieNode();
  private readonly byBasename = new Map<string, number[]>();
  private readonly byExtension = new Map<string, number[]>();
  private readonly bySegment = new Map<string, number[]>();

  /** The candidate lists that apply to the path being looked up; each is ascending. */
  private readonly lists: (readonly number[])[] = [];
  /** Reused merge buffers: no allocation per path once they have grown. */
  private merged = new Int32Array(256);
  private scratch = new Int32Array(256);

  /** Throws {@link GlobSyntaxError} naming the owner and pattern when a pattern is invalid. */
  constructor(owners: readonly Owner[]) {
    const regexCache = new Map<string, RegExp>();
    const owner: number[] = [];
    const negated: number[] = [];
    owners.forEach((o, ownerIndex) => {
      for (let p = o.patterns.length - 1; p >= 0; p--) {
        const pattern = o.patterns[p]!;
        const parsed = parseOwnerPattern(o, p, pattern);
        const variants = expandAlternations(parsed.nodes, MAX_EXPANSIONS) ?? [parsed.nodes];
        for (const nodes of variants) {
          const id = owner.length;
          owner.push(ownerIndex);
          negated.push(parsed.negated ? 1 : 0);
          this.checks.push(this.file(id, nodes, regexCache));
        }
      }
    });
    this.owner = Int32Array.from(owner);
    this.negated = Uint8Array.from(negated);
  }

  /** Indices (ascending) of the owners whose pattern list includes `path`. */
  ownersOf(path: string): number[] {
    const n = this.candidatesFor(path);
    const ids = this.merged;
    const result: number[] = [];
    let decided = -1;
    for (let k = 0; k < n; k++) {
      const id = ids[k]!;
      const owner = this.owner[id]!;
      // The first passing candidate of an owner is its last matching pattern: it decides.
      if (owner === decided) continue;
      const check = this.checks[id]!;
      if (check === Check.ALWAYS || check.passes(path)) {
        decided = owner;
        if (this.negated[id] === 0) result.push(owner);
      }
    }
    return result;
  }

  /** Files one alternation-free pattern under its key; returns what is left to check. */
  private file(id: number, nodes: readonly GlobNode[], cache: Map<string, RegExp>): Check {
    const first = nodes[0];
    if (nodes.length === 1 && first?.kind === 'literal') {
      push(this.exact, first.text, id);
      return Check.ALWAYS;
    }
    const dir = literalDirectory(nodes);
    const partial =
      first?.kind === 'literal' ? first.text.slice(dir === '' ? 0 : dir.length + 1) : '';
    if (partial !== '') {
      this.filePartial(this.trieNode(dir), partial, id);
    } else if (dir !== '' || coversEverythingBelow(nodes, '')) {
      this.trieNode(dir).entries.push(id);
    } else {
      const key = requiredLiteral(nodes);
      if (key) push(this.mapFor(key.kind), key.text, id);
      else this.root.entries.push(id);
    }
    return checkBelow(nodes, dir, cache);
  }

  private filePartial(node: TrieNode, partial: string, id: number): void {
    node.partials ??= [];
    let group = node.partials.find((g) => g.length === partial.length);
    if (!group) {
      group = { length: partial.length, byText: new Map() };
      node.partials.push(group);
    }
    push(group.byText, partial, id);
  }

  private mapFor(kind: RequiredLiteral['kind']): Map<string, number[]> {
    switch (kind) {
      case 'basename':
        return this.byBasename;
      case 'extension':
        return this.byExtension;
      case 'segment':
        return this.bySegment;
    }
  }

  private trieNode(dir: string): TrieNode {
    let node = this.root;
    if (dir === '') return node;
    for (const segment of dir.split('/')) {
      node.children ??= new Map();
      let child = node.children.get(segment);
      if (!child) {
        child = trieNode();
        node.children.set(segment, child);
      }
      node = child;
    }
    return node;
  }

  /** Merges every candidate list for `path` into `merged`, ascending; returns the count. */
  private candidatesFor(path: string): number {
    const lists = this.lists;
    lists.length = 0;
    const exact = this.exact.get(path);
    if (exact) lists.push(exact);

    // Walk the directories of the path down the trie; the file name itself is never a node.
    let node: TrieNode | undefined = this.root;
    for (let start = 0; ;) {
      if (node.entries.length > 0) lists.push(node.entries);
      if (node.partials) {
        for (const group of node.partials) {
          // A key holding a `/` finds nothing: partials never contain one.
          if (start + group.length > path.length) continue;
          const ids = group.byText.get(path.slice(start, start + group.length));
          if (ids) lists.push(ids);
        }
      }
      const slash = path.indexOf('/', start);
      if (slash < 0 || !node.children) break;
      node = node.children.get(path.slice(start, slash));
      if (!node) break;
      start = slash + 1;
    }

    const lastSlash = path.lastIndexOf('/');
    if (this.byBasename.size > 0) {
      const ids = this.byBasename.get(path.slice(lastSlash + 1));
      if (ids) lists.push(ids);
    }
    if (this.byExtension.size > 0) {
      const dot = path.lastIndexOf('.');
      if (dot > lastSlash) {
        const ids = this.byExtension.get(path.slice(dot));
        if (ids) lists.push(ids);
      }
    }
    if (this.bySegment.size > 0) {
      for (let s = 0, e = path.indexOf('/'); e >= 0; s = e + 1, e = path.indexOf('/', s)) {
        const ids = this.bySegment.get(path.slice(s, e));
        if (ids) lists.push(ids);
      }
    }
    return this.mergeLists();
  }

  /** Each list is ascending (ids are handed out in order), so merging beats sorting. */
  private mergeLists(): number {
    const lists = this.lists;
    let total = 0;
    for (const list of lists) total += list.length;
    if (total > this.merged.length) {
      this.merged = new Int32Array(total * 2);
      this.scratch = new Int32Array(total * 2);
    }
    let n = 0;
    for (const list of lists) {
      if (n === 0) {
        for (let i = 0; i < list.length; i++) this.merged[i] = list[i]!;
        n = list.length;
        continue;
      }
      const a = this.merged;
      const out = this.scratch;
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < n && j < list.length) {
        const x = a[i]!;
        const y = list[j]!;
        if (x <= y) {
          out[k++] = x;
          i++;
        } else {
          out[k++] = y;
          j++;
        }
      }
      while (i < n) out[k++] = a[i++]!;
      while (j < list.length) out[k++] = list[j++]!;
      this.scratch = a;
      this.merged = out;
      n = k;
    }
    return n;
  }
}

/**
 * The reference implementation: every pattern of every owner against the path, last pattern
 * first. It is the test oracle and the benchmark baseline for {@link PathIndex}. Compiled
 * patterns are cached per `patterns` array, so do not mutate one after passing it here.
 */
export function naiveOwnersOf(owners: readonly Owner[], path: string): number[] {
  const result: number[] = [];
  for (let o = 0; o < owners.length; o++) {
    const list = compiledList(owners[o]!);
    for (let p = list.length - 1; p >= 0; p--) {
      const { negated, re } = list[p]!;
      if (re.test(path)) {
        if (!negated) result.push(o);
        break;
      }
    }
  }
  return result;
}

interface CompiledPattern {
  negated: boolean;
  re: RegExp;
}

const compiledLists = new WeakMap<readonly string[], readonly CompiledPattern[]>();

function compiledList(owner: Owner): readonly CompiledPattern[] {
  let list = compiledLists.get(owner.patterns);
  if (!list) {
    list = owner.patterns.map((pattern, p) => {
      const { negated, nodes } = parseOwnerPattern(owner, p, pattern);
      return { negated, re: globRegExp(nodes) };
    });
    compiledLists.set(owner.patterns, list);
  }
  return list;
}

function parseOwnerPattern(
  owner: Owner,
  position: number,
  pattern: string,
): { negated: boolean; nodes: GlobNode[] } {
  try {
    const { negated, glob } = splitNegation(pattern);
    return { negated, nodes: parseGlob(glob) };
  } catch (err) {
    if (err instanceof GlobSyntaxError) {
      throw new GlobSyntaxError(
        `Pattern ${position + 1} of "${owner.id}" (${JSON.stringify(pattern)}): ${err.message}`,
      );
    }
    throw err;
  }
}

/**
 * What a path under the pattern's directory (and with its key) must still pass. Most patterns
 * reduce to a string test; only the rest pay for a RegExp. One class, so the hot call site stays
 * monomorphic.
 */
class Check {
  static readonly ALWAYS = new Check('always', '', 0, null);

  /**
   * `suffix`: the path ends with `text`; `name`: also, `text` starts right after the directory or
   * a `/`; `segment`: `text` (a directory name and `/`) starts after the directory or a `/`.
   * `minLength` is the directory's length with its `/`, plus the text for suffix and name.
   */
  constructor(
    readonly kind: 'always' | 'suffix' | 'name' | 'segment' | 'regex',
    readonly text: string,
    readonly minLength: number,
    readonly re: RegExp | null,
  ) {}

  passes(path: string): boolean {
    switch (this.kind) {
      case 'always':
        return true;
      case 'suffix':
        return path.length >= this.minLength && path.endsWith(this.text);
      case 'name':
        return (
          path.length >= this.minLength &&
          path.endsWith(this.text) &&
          (path.length === this.minLength ||
            path.charCodeAt(path.length - this.text.length - 1) === 0x2f)
        );
      case 'segment':
        for (let i = path.indexOf(this.text, this.minLength); i >= 0;) {
          if (i === 0 || path.charCodeAt(i - 1) === 0x2f) return true;
          i = path.indexOf(this.text, i + 1);
        }
        return false;
      case 'regex':
        return this.re!.test(path);
    }
  }
}

/** The check for a pattern whose every match lies below `dir` (`''`: anywhere). */
function checkBelow(nodes: readonly GlobNode[], dir: string, cache: Map<string, RegExp>): Check {
  if (coversEverythingBelow(nodes, dir)) return Check.ALWAYS;
  // `rest` is the pattern after `dir/`, which the index has already established.
  const prefixLength = dir === '' ? 0 : dir.length + 1;
  let rest = nodes;
  if (dir !== '') {
    const text = (nodes[0] as { text: string }).text.slice(prefixLength);
    rest = text === '' ? nodes.slice(1) : [{ kind: 'literal', text }, ...nodes.slice(1)];
  }
  const [a, b, c] = rest;
  if (rest.length === 2 && b?.kind === 'literal') {
    // `**.md`, `dir/**x`: anything ending with the text.
    if (a?.kind === 'globstar') {
      return new Check('suffix', b.text, prefixLength + b.text.length, null);
    }
    // `**/Dockerfile`, `dir/**/a/b`: zero or more directories, then exactly the text.
    if (a?.kind === 'dirs') return new Check('name', b.text, prefixLength + b.text.length, null);
  }
  if (rest.length === 3 && a?.kind === 'dirs') {
    // `**/*.md`, `dir/**/*.md`: any file name ending with the text, at any depth.
    if (b?.kind === 'star' && c?.kind === 'literal' && !c.text.includes('/')) {
      return new Check('suffix', c.text, prefixLength + c.text.length, null);
    }
    // `**/migrations/**`: that directory (or directories) at any depth.
    if (b?.kind === 'literal' && b.text.endsWith('/') && c?.kind === 'globstar') {
      return new Check('segment', b.text, prefixLength, null);
    }
  }
  const re = globRegExp(nodes);
  const shared = cache.get(re.source) ?? re;
  cache.set(re.source, shared);
  return new Check('regex', '', 0, shared);
}

/** True for `dir/**`, `dir/` and `dir/**` + `/*` (and `**`, `**` + `/*` when `dir` is empty). */
function coversEverythingBelow(nodes: readonly GlobNode[], dir: string): boolean {
  let rest = nodes;
  if (dir !== '') {
    const first = nodes[0];
    if (first?.kind !== 'literal' || first.text !== `${dir}/`) return false;
    rest = nodes.slice(1);
  }
  if (rest.length === 1) return rest[0]!.kind === 'globstar';
  return rest.length === 2 && rest[0]!.kind === 'dirs' && rest[1]!.kind === 'star';
}

type RequiredLiteral = { kind: 'basename' | 'extension' | 'segment'; text: string };

/**
 * A literal every matching path must contain at a known place, for a pattern whose first node is
 * not a literal directory: its file name, its extension (from the last `.`), or one directory name.
 */
function requiredLiteral(nodes: readonly GlobNode[]): RequiredLiteral | undefined {
  const last = nodes[nodes.length - 1];
  const beforeLast = nodes[nodes.length - 2];
  if (last?.kind === 'literal') {
    const slash = last.text.lastIndexOf('/');
    if (slash >= 0 || beforeLast?.kind === 'dirs') {
      return { kind: 'basename', text: last.text.slice(slash + 1) };
    }
    const dot = last.text.lastIndexOf('.');
    if (dot >= 0) return { kind: 'extension', text: last.text.slice(dot) };
  }
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.kind !== 'literal') continue;
    const pieces = node.text.split('/');
    // Pieces followed by a `/` are directory names; the first one is whole only after `**/`.
    const firstIsWhole = i === 0 || nodes[i - 1]!.kind === 'dirs';
    for (let k = firstIsWhole ? 0 : 1; k < pieces.length - 1; k++) {
      if (pieces[k] !== '') return { kind: 'segment', text: pieces[k]! };
    }
  }
  return undefined;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}
