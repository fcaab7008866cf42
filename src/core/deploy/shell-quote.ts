/**
 * The one quoting function for values that cross a shell: the ssh driver passes every value to
 * its fixed remote script as a positional argument, and ssh hands the remote side one command
 * string, so each argument must survive a POSIX shell's parsing exactly.
 */

/**
 * `arg` as one POSIX sh word that the shell turns back into exactly `arg`: single quotes, where
 * nothing is special, and each `'` written as `'\''` (close, escaped quote, reopen). Works for
 * newlines, `$()`, backticks, globs, a leading `-`, any Unicode and the empty string. NUL cannot
 * be an argument of any program (C strings end there), so it is refused rather than truncated.
 */
export function shellQuote(arg: string): string {
  if (arg.includes('\0')) {
    throw new Error(
      `Cannot pass a value containing a NUL character to a shell (at index ${arg.indexOf('\0')} of a ${arg.length}-character value): program arguments end at NUL.`,
    );
  }
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** `argv` as one sh command line: each element quoted by shellQuote, joined by spaces. */
export function shellCommand(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}
