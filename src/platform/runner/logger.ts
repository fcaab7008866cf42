/** The runner-backed Logger: log lines, annotations and collapsible groups. */
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { maskForms } from '../../core/deploy/mask.js';
import type { AnnotationPos, Logger } from '../../core/ports.js';

/**
 * Text that may carry untrusted data (file or branch names) is fenced with `stop-commands`
 * so a line such as `::add-mask::…` or `::set-env` inside it is printed, never executed.
 */
function writeUntrusted(text: string): void {
  if (!text.includes('::')) {
    core.info(text);
    return;
  }
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(text);
  core.info(`::${token}::`);
}

/**
 * Untrusted output written as it comes (chunks that may split lines, or a `::` between two
 * chunks), inside ONE `stop-commands` fence with a fresh random token: the runner takes nothing
 * in it as a command, whether `::…::` or `##[…]`, until we write the token back.
 */
async function fenced<T>(fn: (write: (chunk: string) => void) => Promise<T>): Promise<T> {
  const token = randomUUID();
  let partial = '';
  core.info(`::stop-commands::${token}`);
  try {
    return await fn((chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) core.info(line);
    });
  } finally {
    if (partial) core.info(partial);
    core.info(`::${token}::`);
  }
}

function annotation(where?: AnnotationPos): core.AnnotationProperties | undefined {
  if (!where?.file) return undefined;
  return { file: where.file, startLine: where.line, startColumn: where.col };
}

/** The runner-backed Logger: annotations become GitHub error/warning annotations on the file. */
export const actionsLogger: Logger = {
  debug: (message) => {
    if (core.isDebug()) writeUntrusted(message);
  },
  info: (message) => writeUntrusted(message),
  // core escapes annotation text (newlines, %), so data can't break out of the command.
  warning: (message, where) => core.warning(message, annotation(where)),
  error: (message, where) => core.error(message, annotation(where)),
  untrusted: fenced,
  // The value, each line, its JSON and base64 forms: one `add-mask` each (setSecret escapes).
  mask: (value) => {
    for (const form of maskForms(value)) core.setSecret(form);
  },
  group: async (title, fn) => {
    core.startGroup(title.replace(/[\r\n]+/g, ' '));
    try {
      return await fn();
    } finally {
      core.endGroup();
    }
  },
};
