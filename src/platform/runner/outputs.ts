/**
 * What an action hands back to the runner: outputs, the step summary and the failure. Outputs go
 * through @actions/core's file commands (random heredoc delimiters), so no value can forge
 * another output.
 */
import * as core from '@actions/core';
import { fitSummary } from '../../core/report/markdown.js';
import { stepSummaryFile } from './context.js';

export function setOutputs(outputs: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

export function exportVariable(name: string, value: string): void {
  core.exportVariable(name, value);
}

/**
 * Append Markdown to the step summary; a no-op outside Actions (no GITHUB_STEP_SUMMARY). Cut to
 * the summary budget if a renderer ever overshoots: GitHub drops a summary over 1 MiB whole.
 */
export async function appendSummary(markdown: string): Promise<void> {
  if (!stepSummaryFile()) return;
  await core.summary.addRaw(fitSummary(markdown), true).write();
}

export function setFailed(message: string): void {
  core.setFailed(message);
}
