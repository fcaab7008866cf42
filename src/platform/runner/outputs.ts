/**
 * What an action hands back to the runner: outputs, the step summary and the failure. Outputs
 * are file commands with random heredoc delimiters (commands.ts), so no value can forge another
 * output.
 */
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { fitSummary } from '../../core/report/markdown.js';
import { fileCommand, issueCommand } from './commands.js';
import { setProcessVariable, stepSummaryFile } from './context.js';

export function setOutputs(outputs: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(outputs)) fileCommand('GITHUB_OUTPUT', name, value);
}

/** A variable for the later steps of the job, and for the rest of this process. */
export function exportVariable(name: string, value: string): void {
  setProcessVariable(name, value);
  fileCommand('GITHUB_ENV', name, value);
}

/**
 * Append Markdown to the step summary; a no-op outside Actions (no GITHUB_STEP_SUMMARY). Cut to
 * the summary budget if a renderer ever overshoots: GitHub drops a summary over 1 MiB whole.
 */
export async function appendSummary(markdown: string): Promise<void> {
  const file = stepSummaryFile();
  if (!file) return;
  await appendFile(file, fitSummary(markdown) + EOL, 'utf8');
}

/** The step fails: an error annotation with `message`, and exit code 1 unless set otherwise. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', {}, message);
}
