/**
 * A command line written as text (the root action's `args` input) split into arguments the way
 * a POSIX shell splits words, and nothing more: no variable, command, tilde or glob expansion,
 * no redirection, no comments. So `$HOME`, `` `id` ``, `*` and `~` reach msdeploy as written,
 * and no text can start another program.
 *
 * - spaces, tabs and line breaks separate arguments;
 * - `'…'` keeps everything inside literally (no escapes, as in sh);
 * - `"…"` keeps everything inside, except that `\` escapes `"`, `\`, `$`, `` ` `` and a line
 *   break (which it removes); before any other character the `\` stays, as in sh;
 * - outside quotes `\` makes the next character literal, and `\` + line break joins lines;
 * - quoted pieces and plain text next to each other form one argument (`--reason="a b"`), and
 *   `''` is an empty argument.
 *
 * An unbalanced quote or a trailing `\` is an error naming the column, never guessed at.
 */

/** Why a command line cannot be split; `column` is 1-based, on the line `line`. */
export class CommandLineError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} (line ${line}, column ${column})`);
    this.name = 'CommandLineError';
  }
}

const SEPARATOR = /[ \t\r\n]/;
const ESCAPABLE_IN_DOUBLE = new Set(['"', '\\', '$', '`', '\n']);

export function splitCommandLine(text: string): string[] {
  const args: string[] = [];
  let current = '';
  // An argument can be empty ('' or "") yet present: track that apart from its text.
  let inArg = false;
  let i = 0;
  const fail = (reason: string, at: number): never => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - (before.lastIndexOf('\n') + 1) + 1;
    throw new CommandLineError(reason, line, column);
  };
  while (i < text.length) {
    const c = text[i]!;
    if (SEPARATOR.test(c)) {
      if (inArg) args.push(current);
      current = '';
      inArg = false;
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) fail("This ' starts a quote that is never closed: add the closing '", i);
      current += text.slice(i + 1, end);
      inArg = true;
      i = end + 1;
    } else if (c === '"') {
      const start = i;
      i++;
      for (;;) {
        if (i >= text.length) {
          fail('This " starts a quote that is never closed: add the closing "', start);
        }
        const d = text[i]!;
        if (d === '"') break;
        if (d === '\\' && i + 1 < text.length && ESCAPABLE_IN_DOUBLE.has(text[i + 1]!)) {
          if (text[i + 1] !== '\n') current += text[i + 1];
          i += 2;
        } else {
          current += d;
          i++;
        }
      }
      inArg = true;
      i++;
    } else if (c === '\\') {
      if (i + 1 >= text.length) {
        fail('A \\ at the end escapes nothing: remove it, or write \\\\ for a backslash', i);
      }
      if (text[i + 1] !== '\n') {
        current += text[i + 1];
        inArg = true;
      }
      i += 2;
    } else {
      current += c;
      inArg = true;
      i++;
    }
  }
  if (inArg) args.push(current);
  return args;
}
