/** The step summary of a failed build: the exit code and the last lines of its output. */
import { clip, fitSummary, md } from './markdown.js';

export function buildFailureSummary(
  service: string,
  exitCode: number,
  tail: readonly string[],
): string {
  // Lines are clipped and the whole kept under the summary budget: a build may print anything.
  return fitSummary(
    `### msdeploy: the build of ${md(service)} failed (exit code ${exitCode})\n\n` +
      `Last lines of its output:\n\n<pre>${tail.map((l) => md(clip(l, 2000))).join('\n')}</pre>\n`,
    'the build log has the whole output.',
  );
}
