/**
 * Repo-relative directories and patterns: the checks that keep them inside the repository, and
 * their normal form. Messages complete a sentence that starts with what is being checked.
 */
import { globSyntaxError } from '../paths/glob.js';

/** What a path or pattern is relative to: the repository root, or a service's directory. */
export type PathBase = 'repository' | 'service';

const ROOT: Record<PathBase, string> = {
  repository: 'the repository root',
  service: "the service's directory",
};
const INSIDE: Record<PathBase, string> = {
  repository: 'the repository',
  service: "the service's directory",
};

/** Why `text` would point outside its base, or undefined. Shared by paths and patterns. */
function leavesBase(text: string, kind: 'path' | 'pattern', base: PathBase): string | undefined {
  if (/^[/\\]/.test(text)) {
    const relative = text.replace(/^[/\\]+/, '');
    return (
      `is absolute: a ${kind} is relative to ${ROOT[base]}, so write ` +
      `\`${relative || (kind === 'path' ? '.' : '**')}\``
    );
  }
  if (/^[A-Za-z]:/.test(text)) {
    return `starts with a drive letter: write the ${kind} relative to ${ROOT[base]}`;
  }
  if (text.startsWith('~')) {
    return `starts with \`~\` (a home directory): write the ${kind} relative to ${ROOT[base]}`;
  }
  if (text.split(/[/\\]/).includes('..')) {
    return `has a \`..\` segment: a ${kind} must stay inside ${INSIDE[base]}, so write it without \`..\``;
  }
  return undefined;
}

/**
 * What is wrong with a directory, or undefined when it is usable. Relative to a service, it
 * must be a subdirectory: the service's directory itself holds its sources (and, for `.`, `.git`).
 */
export function dirError(path: string, base: PathBase = 'repository'): string | undefined {
  if (path.trim() === '') {
    return base === 'repository'
      ? 'is empty: write the directory relative to the repository root, or `.` for all of it'
      : "is empty: write the directory relative to the service's directory, e.g. `dist`";
  }
  if (path !== path.trim()) {
    return 'has leading or trailing spaces: remove them (quote the path if a name really has them)';
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) {
    return 'contains a control character (a tab or line break): write the directory on one line';
  }
  const outside = leavesBase(path, 'path', base);
  if (outside) return outside;
  if (path.includes('\\')) {
    return `uses \`\\\`: separate directories with \`/\`, e.g. \`${path.replace(/\\/g, '/')}\``;
  }
  if (base === 'service' && normaliseDir(path) === '.') {
    return (
      "is the service's directory itself, whose sources would end up in the artifact: name the " +
      'subdirectory the build writes, e.g. `dist`'
    );
  }
  return undefined;
}

/** `./services/web/` → `services/web`; `./` → `.`. Assumes {@link dirError} found nothing. */
export function normaliseDir(path: string): string {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  return segments.length === 0 ? '.' : segments.join('/');
}

/** What is wrong with a pattern (`include`, `global`, `tests` entry), or undefined when it is valid. */
export function patternError(pattern: string, base: PathBase = 'repository'): string | undefined {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  const outside = leavesBase(body, 'pattern', base);
  if (outside) return outside;
  const syntax = globSyntaxError(normalisePattern(pattern));
  // globSyntaxError returns a whole sentence that names the pattern and says how to fix it.
  return syntax === undefined ? undefined : `is not a valid glob: ${syntax}`;
}

/** Drops a leading `./` (after an optional `!`), the one spelling of "here" people often write. */
export function normalisePattern(pattern: string): string {
  const negated = pattern.startsWith('!');
  let body = negated ? pattern.slice(1) : pattern;
  while (body.startsWith('./')) body = body.replace(/^\.\/+/, '');
  return (negated ? '!' : '') + body;
}

/** A literal path as a glob that matches exactly it (directory names may contain `[`, `*`, …). */
export function escapeGlob(literal: string): string {
  return literal.replace(/[*?[\]{}\\]/g, '\\$&').replace(/^!/, '\\!');
}

/** The pattern that owns everything under a normalised directory. */
export function dirPattern(dir: string): string {
  return dir === '.' ? '**' : `${escapeGlob(dir)}/**`;
}
