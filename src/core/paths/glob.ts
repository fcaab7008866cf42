/**
 * Path globs for the manifest's `patterns` / `include` / `global` lists.
 *
 * Patterns are repository-root-relative POSIX globs, in the spirit of GitHub workflow `paths`
 * filters. A pattern is matched against a whole changed-file path such as `services/a/src/x.ts`:
 *
 * - `*` matches any run of characters except `/`; `?` matches exactly one character except `/`.
 * - `**` matches any run of characters including `/`: `a/**` is everything under `a/`,
 *   `**.js` is any `.js` file at any depth. When `**` is a whole segment followed by `/`
 *   (`**` + `/x`, `a/**` + `/x`) it matches zero or more whole directories, so `x` itself matches
 *   at the root too.
 * - `[abc]`, `[a-z]`, `[!a]` / `[^a]` are character classes (never matching `/`); `]` right after
 *   the opening `[` (or `[!`) is a literal `]`.
 * - `{a,b}` is alternation; alternatives may be empty, contain `/` and nest (`{src,lib/{x,y}}`).
 * - `\` escapes the next character (`\*`, `\[`, `\{`, `\!`). Escaping a letter or digit is
 *   rejected because it almost always means a Windows path separator.
 * - Dotfiles and dot-directories are ordinary names: `*` matches `.env`, `**` enters `.github/`.
 * - A trailing `/` means the directory: `docs/` is `docs/**`. This applies to the end of the whole
 *   pattern; inside an alternation write `{docs/**,x}`.
 * - Matching is case-sensitive and anchored at both ends; paths are never normalised, so a
 *   pattern must not contain `.`/`..`/empty segments or start with `/`.
 * - In an ordered list, a leading `!` turns a pattern into an exclusion and the LAST pattern that
 *   matches a path decides: a positive one includes it, a `!` one excludes it; no match excludes.
 *   {@link compileGlob} takes a pattern without its `!`; {@link splitNegation} separates them.
 */

/** One element of a parsed glob. Literal text is stored unescaped (the real path characters). */
export type GlobNode =
  | { readonly kind: 'literal'; readonly text: string }
  /** `*`: any run of non-`/` characters. */
  | { readonly kind: 'star' }
  /** `**` anywhere but a whole segment followed by `/`: any run of characters. */
  | { readonly kind: 'globstar' }
  /** `**` + `/` at the start of a segment: zero or more whole directories. */
  | { readonly kind: 'dirs' }
  /** `?`: one non-`/` character. */
  | { readonly kind: 'one' }
  /** `[...]`: `body` is already in RegExp class syntax; negated classes also exclude `/`. */
  | { readonly kind: 'class'; readonly negated: boolean; readonly body: string }
  | { readonly kind: 'alternation'; readonly branches: readonly (readonly GlobNode[])[] };

/** Thrown for an invalid pattern; `message` is the same sentence {@link globSyntaxError} returns. */
export class GlobSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlobSyntaxError';
  }
}

/**
 * Undefined when `pattern` (which may start with one `!`) is a valid glob, else one sentence
 * saying what is wrong, where, and how to fix it.
 */
export function globSyntaxError(pattern: string): string | undefined {
  try {
    parseGlob(splitNegation(pattern).glob);
    return undefined;
  } catch (err) {
    if (err instanceof GlobSyntaxError) return err.message;
    throw err;
  }
}

/** Separates the exclusion mark from a list entry: `!docs/**` → `{ negated: true, glob: 'docs/**' }`. */
export function splitNegation(pattern: string): { negated: boolean; glob: string } {
  if (!pattern.startsWith('!')) return { negated: false, glob: pattern };
  const glob = pattern.slice(1);
  if (glob === '') {
    throw new GlobSyntaxError(
      'The pattern "!" excludes nothing: write the path to exclude after the `!`, e.g. "!docs/**".',
    );
  }
  if (glob.startsWith('!')) {
    throw new GlobSyntaxError(
      `The pattern ${quote(pattern)} starts with more than one \`!\`: use a single \`!\` to exclude, ` +
        'and write `\\!` to match a name that begins with `!`.',
    );
  }
  return { negated: true, glob };
}

/**
 * Compiles one glob (without a leading `!`) into an anchored, case-sensitive matcher.
 * Throws {@link GlobSyntaxError} when the pattern is invalid.
 */
export function compileGlob(pattern: string): (path: string) => boolean {
  const re = globRegExp(parseGlob(pattern));
  return (path) => re.test(path);
}

/**
 * Compiles an ordered pattern list (entries may start with `!`) into one matcher where the last
 * matching entry decides. Throws {@link GlobSyntaxError} naming the first invalid entry.
 */
export function compilePatternList(patterns: readonly string[]): (path: string) => boolean {
  const compiled = patterns.map((pattern, i) => {
    try {
      const { negated, glob } = splitNegation(pattern);
      return { negated, re: globRegExp(parseGlob(glob)) };
    } catch (err) {
      if (err instanceof GlobSyntaxError) {
        throw new GlobSyntaxError(`Pattern ${i + 1} ${quote(pattern)}: ${err.message}`);
      }
      throw err;
    }
  });
  return (path) => {
    for (let i = compiled.length - 1; i >= 0; i--) {
      const { negated, re } = compiled[i]!;
      if (re.test(path)) return !negated;
    }
    return false;
  };
}

/**
 * The directory part of a pattern before its first wildcard, in whole segments and unescaped:
 * `services/a/src/*.ts` → `services/a/src`, `docs/` → `docs`, `**` + `/x` → ``, `a/b.txt` → `a`.
 * Every path the pattern matches lies under this directory (or anywhere when it is empty).
 */
export function literalPrefix(pattern: string): string {
  return literalDirectory(parseGlob(pattern));
}

/** {@link literalPrefix} over an already parsed pattern. */
export function literalDirectory(nodes: readonly GlobNode[]): string {
  const first = nodes[0];
  if (first?.kind !== 'literal') return '';
  // A fully literal pattern is a file path: its directory is everything before the last `/`.
  const text = first.text;
  const slash = text.lastIndexOf('/');
  return slash < 0 ? '' : text.slice(0, slash);
}

/** Parses a glob without a leading `!` into nodes. Throws {@link GlobSyntaxError}. */
export function parseGlob(pattern: string): GlobNode[] {
  checkShape(pattern);
  const nodes = new Parser(pattern).parseAll();
  // A trailing `/` names a directory: everything under it.
  if (pattern.endsWith('/')) nodes.push({ kind: 'globstar' });
  return mergeLiterals(nodes);
}

/** The anchored RegExp (flags `su`: `.` crosses newlines, classes see code points) for nodes. */
export function globRegExp(nodes: readonly GlobNode[]): RegExp {
  return new RegExp(`^${regExpSource(nodes)}$`, 'su');
}

/**
 * Expands alternations into alternation-free node lists (`{a,b}/x` → `a/x`, `b/x`), or
 * undefined when that would give more than `limit` lists.
 */
export function expandAlternations(
  nodes: readonly GlobNode[],
  limit = 64,
): GlobNode[][] | undefined {
  let results: GlobNode[][] = [[]];
  for (const node of nodes) {
    if (node.kind !== 'alternation') {
      for (const r of results) r.push(node);
      continue;
    }
    const options: GlobNode[][] = [];
    for (const branch of node.branches) {
      const expanded = expandAlternations(branch, limit);
      if (!expanded) return undefined;
      options.push(...expanded);
    }
    if (results.length * options.length > limit) return undefined;
    results = results.flatMap((r) => options.map((o) => [...r, ...o]));
  }
  return results.map(mergeLiterals);
}

function regExpSource(nodes: readonly GlobNode[]): string {
  let src = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'literal':
        src += node.text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
        break;
      case 'star':
        src += '[^/]*';
        break;
      case 'globstar':
        src += '.*';
        break;
      case 'dirs':
        src += '(?:.*/)?';
        break;
      case 'one':
        src += '[^/]';
        break;
      case 'class':
        src += node.negated ? `[^/${node.body}]` : `[${node.body}]`;
        break;
      case 'alternation':
        src += `(?:${node.branches.map(regExpSource).join('|')})`;
        break;
    }
  }
  return src;
}

function mergeLiterals(nodes: readonly GlobNode[]): GlobNode[] {
  const out: GlobNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.kind === 'literal' && last?.kind === 'literal') {
      out[out.length - 1] = { kind: 'literal', text: last.text + node.text };
    } else if (node.kind !== 'literal' || node.text !== '') {
      out.push(node);
    }
  }
  return out;
}

/** Whole-pattern checks: things that can never match a repository path. */
function checkShape(pattern: string): void {
  if (pattern === '') {
    throw new GlobSyntaxError(
      'The pattern is empty: write a repository-relative path or glob such as "src/**".',
    );
  }
  if (pattern.startsWith('!')) {
    throw new GlobSyntaxError(
      `The glob ${quote(pattern)} still has its leading \`!\`: strip it with splitNegation() ` +
        'first, or write `\\!` to match a name that begins with `!`.',
    );
  }
  if (pattern.startsWith('/')) {
    throw new GlobSyntaxError(
      `The pattern ${quote(pattern)} starts with \`/\`: patterns are relative to the repository ` +
        `root, so write ${quote(pattern.replace(/^\/+/, '') || '**')}.`,
    );
  }
  const segments = pattern.split('/');
  if (segments.includes('..')) {
    // Say "leaves the repository" only when it really climbs above the root.
    let depth = 0;
    let leaves = false;
    for (const segment of segments) {
      depth += segment === '..' ? -1 : 1;
      if (depth < 0) leaves = true;
    }
    throw new GlobSyntaxError(
      leaves
        ? `The pattern ${quote(pattern)} uses \`..\` to leave the repository: patterns only ` +
            'match files inside it, so remove the `..` segment.'
        : `The pattern ${quote(pattern)} contains a \`..\` segment, which never matches because ` +
            'changed paths are normalised: write the path without it.',
    );
  }
  segments.forEach((segment, i) => {
    if (segment === '.') {
      throw new GlobSyntaxError(
        `The pattern ${quote(pattern)} contains a \`.\` segment, which never matches because ` +
          'changed paths are normalised: remove the `./`.',
      );
    }
    if (segment === '' && i < segments.length - 1) {
      throw new GlobSyntaxError(
        `The pattern ${quote(pattern)} contains an empty segment \`//\`, which never matches: ` +
          'use a single `/`.',
      );
    }
  });
}

class Parser {
  private readonly chars: string[];
  private pos = 0;

  constructor(private readonly pattern: string) {
    // Code points, so `?` and classes treat astral characters (emoji) as one character.
    this.chars = Array.from(pattern);
  }

  parseAll(): GlobNode[] {
    return this.parseSequence(0, true);
  }

  private fail(what: string, fix: string): never {
    throw new GlobSyntaxError(`${what} in ${quote(this.pattern)}: ${fix}.`);
  }

  /** Parses until the end, or (inside braces) until the `,` or `}` that ends this branch. */
  private parseSequence(depth: number, atSegmentStart: boolean): GlobNode[] {
    const nodes: GlobNode[] = [];
    let literal = '';
    const flush = (): void => {
      if (literal !== '') nodes.push({ kind: 'literal', text: literal });
      literal = '';
    };
    let segmentStart = atSegmentStart;
    while (this.pos < this.chars.length) {
      const c = this.chars[this.pos]!;
      const column = this.pos + 1;
      if (depth > 0 && (c === ',' || c === '}')) break;
      if (c === '}') {
        this.fail(
          `The \`}\` at column ${column} has no matching \`{\``,
          'remove it, or write `\\}` to match a literal `}`',
        );
      }
      switch (c) {
        case '\\': {
          literal += this.escaped(column);
          segmentStart = false;
          continue;
        }
        case '*': {
          let stars = 0;
          while (this.chars[this.pos] === '*') {
            stars++;
            this.pos++;
          }
          flush();
          if (stars === 1) {
            nodes.push({ kind: 'star' });
          } else if (segmentStart && this.chars[this.pos] === '/') {
            this.pos++;
            nodes.push({ kind: 'dirs' });
            continue; // still at the start of a segment
          } else {
            nodes.push({ kind: 'globstar' });
          }
          segmentStart = false;
          continue;
        }
        case '?':
          flush();
          nodes.push({ kind: 'one' });
          this.pos++;
          segmentStart = false;
          continue;
        case '[':
          flush();
          nodes.push(this.characterClass(column));
          segmentStart = false;
          continue;
        case '{': {
          flush();
          this.pos++;
          const branches: GlobNode[][] = [];
          for (;;) {
            branches.push(this.parseSequence(depth + 1, segmentStart));
            const end = this.chars[this.pos];
            this.pos++;
            if (end === '}') break;
            if (end !== ',') {
              this.fail(
                `The \`{\` at column ${column} is never closed`,
                'close the alternation with `}`, or write `\\{` to match a literal `{`',
              );
            }
          }
          nodes.push({ kind: 'alternation', branches });
          segmentStart = false;
          continue;
        }
        default:
          literal += c;
          this.pos++;
          segmentStart = c === '/';
      }
    }
    flush();
    return nodes;
  }

  /** Reads `\x` at the cursor and returns the literal character. */
  private escaped(column: number): string {
    const next = this.chars[this.pos + 1];
    if (next === undefined) {
      this.fail(
        `The pattern ends with a lone \`\\\` at column ${column}`,
        'remove it, or write `\\\\` to match a literal backslash',
      );
    }
    if (next === '/') {
      this.fail(
        `The \`\\/\` at column ${column} escapes a path separator, which cannot be escaped`,
        'write a plain `/`',
      );
    }
    if (/^[\p{L}\p{N}]$/u.test(next)) {
      this.fail(
        `The \`\\\` at column ${column} looks like a Windows path separator`,
        'separate directories with `/` (a `\\` only escapes wildcard characters such as `\\*`)',
      );
    }
    this.pos += 2;
    return next;
  }

  /** Reads `[...]` at the cursor. */
  private characterClass(column: number): GlobNode {
    let p = this.pos + 1;
    let negated = false;
    if (this.chars[p] === '!' || this.chars[p] === '^') {
      negated = true;
      p++;
    }
    const unclosed = (): never =>
      this.fail(
        `The \`[\` at column ${column} is never closed`,
        'close the character class with `]`, or write `\\[` to match a literal `[`',
      );
    /** One (possibly escaped) class member character at `p`; advances `p`. */
    const member = (): string => {
      let ch = this.chars[p];
      if (ch === '\\') {
        p++;
        ch = this.chars[p];
      }
      if (ch === undefined) return unclosed();
      if (ch === '/') {
        this.fail(
          `The character class at column ${column} contains \`/\``,
          'a class matches one character of a name and never `/`; use `{a,b}` alternation to ' +
            'choose between paths',
        );
      }
      p++;
      return ch;
    };
    let body = '';
    let first = true;
    for (;;) {
      const ch = this.chars[p];
      if (ch === undefined) unclosed();
      if (ch === ']' && !first) break;
      if (ch === '[' && (this.chars[p + 1] === ':' || this.chars[p + 1] === '=')) {
        this.fail(
          `The character class at column ${column} uses a POSIX class such as \`[:alpha:]\``,
          'list the characters or ranges instead, e.g. `[a-zA-Z]`',
        );
      }
      first = false;
      const low = member();
      if (this.chars[p] === '-' && this.chars[p + 1] !== undefined && this.chars[p + 1] !== ']') {
        p++;
        const high = member();
        const lo = low.codePointAt(0)!;
        const hi = high.codePointAt(0)!;
        if (lo > hi) {
          this.fail(
            `The range \`${low}-${high}\` in the character class at column ${column} is reversed`,
            `write \`${high}-${low}\``,
          );
        }
        if (lo <= 0x2f && hi >= 0x2f) {
          this.fail(
            `The range \`${low}-${high}\` in the character class at column ${column} includes \`/\``,
            'split it so that it stops before `/` (U+002F) and resumes after it',
          );
        }
        body += `${classChar(low)}-${classChar(high)}`;
      } else {
        body += classChar(low);
      }
    }
    this.pos = p + 1;
    return { kind: 'class', negated, body };
  }
}

/** A character as a RegExp class member (`u` mode allows exactly these escapes in a class). */
function classChar(ch: string): string {
  return '\\[]^-'.includes(ch) ? `\\${ch}` : ch;
}

function quote(text: string): string {
  return JSON.stringify(text);
}
