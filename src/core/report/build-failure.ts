/** The step summary of a failed build: the exit code and the last lines of its output. */
import { md } from './markdown.js';

export function buildFailureSummary(
  service: string,
  exitCode: number,
  tail: readonly string[],
): string {
  return (
    `### msdeploy: the build of ${md(service)} failed (exit code ${exitCode})\n\n` +
    `Last lines of its output:\n\n<pre>${tail.map(md).join('\n')}</pre>\n`
  );
}
