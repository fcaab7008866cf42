/**
 * The one place that talks to the Actions runner: inputs, outputs, environment, step summary,
 * annotations and log groups. Outputs and environment go through @actions/core's file commands
 * (random heredoc delimiters), so no value can forge another output.
 */
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import type { AnnotationPos, Logger } from '../core/ports.js';

/** Read an input as the runner hands it (`INPUT_<NAME>`, hyphens kept); trimmed; '' when unset. */
export function getInput(name: string, required = false): string {
  return core.getInput(name, { required });
}

export function getBooleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new Error(`Input "${name}" must be true or false, got ${JSON.stringify(raw)}.`);
}

export function setOutputs(outputs: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

export function exportVariable(name: string, value: string): void {
  core.exportVariable(name, value);
}

/** Append Markdown to the step summary; a no-op outside Actions (no GITHUB_STEP_SUMMARY). */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

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
  group: async (title, fn) => {
    core.startGroup(title.replace(/[\r\n]+/g, ' '));
    try {
      return await fn();
    } finally {
      core.endGroup();
    }
  },
};

export function setFailed(message: string): void {
  core.setFailed(message);
}
