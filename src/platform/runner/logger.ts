/** The runner-backed Logger: log lines, annotations and collapsible groups. */
import { maskForms } from '../../core/deploy/mask.js';
import type { AnnotationPos, Logger } from '../../core/ports.js';
import { issueCommand, unguessableToken, writeLine, type CommandProperties } from './commands.js';
import { runnerDebug } from './context.js';

/**
 * Text that may carry untrusted data (file or branch names) is fenced with `stop-commands`
 * so a line such as `::add-mask::…` or `::set-env` inside it is printed, never executed.
 */
function writeUntrusted(text: string): void {
  if (!text.includes('::')) {
    writeLine(text);
    return;
  }
  const token = unguessableToken();
  writeLine(`::stop-commands::${token}`);
  writeLine(text);
  writeLine(`::${token}::`);
}

/**
 * Untrusted output written as it comes (chunks that may split lines, or a `::` between two
 * chunks), inside ONE `stop-commands` fence with a fresh random token: the runner takes nothing
 * in it as a command, whether `::…::` or `##[…]`, until we write the token back.
 */
async function fenced<T>(fn: (write: (chunk: string) => void) => Promise<T>): Promise<T> {
  const token = unguessableToken();
  let partial = '';
  writeLine(`::stop-commands::${token}`);
  try {
    return await fn((chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) writeLine(line);
    });
  } finally {
    if (partial) writeLine(partial);
    writeLine(`::${token}::`);
  }
}

/** The annotation's place as the runner reads it (`file`, `line`, `col`); none without a file. */
function annotation(where?: AnnotationPos): CommandProperties {
  if (!where?.file) return {};
  return { file: where.file, line: where.line, col: where.col };
}

/** The runner-backed Logger: annotations become GitHub error/warning annotations on the file. */
export const actionsLogger: Logger = {
  debug: (message) => {
    if (runnerDebug()) writeUntrusted(message);
  },
  info: (message) => writeUntrusted(message),
  // Annotation text is escaped (newlines, %), so data can't break out of the command.
  warning: (message, where) => issueCommand('warning', annotation(where), message),
  error: (message, where) => issueCommand('error', annotation(where), message),
  untrusted: fenced,
  // The value, each line, its JSON and base64 forms: one `add-mask` each (escaped).
  mask: (value) => {
    for (const form of maskForms(value)) issueCommand('add-mask', {}, form);
  },
  group: async (title, fn) => {
    issueCommand('group', {}, title.replace(/[\r\n]+/g, ' '));
    try {
      return await fn();
    } finally {
      issueCommand('endgroup');
    }
  },
};
