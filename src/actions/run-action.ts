/** The one wrapper every action entry runs in: failures become annotations and setFailed. */
import { BuildFailedError } from '../core/artifact/build.js';
import { formatIssue, ManifestError } from '../core/manifest/index.js';
import { actionsLogger, setFailed } from '../platform/runner.js';

export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof ManifestError) {
      for (const issue of e.issues) {
        actionsLogger.error(issue.message, { file: issue.file, line: issue.line, col: issue.col });
      }
      setFailed(
        `${e.issues.length} problem(s) in the manifest:\n${e.issues.map(formatIssue).join('\n')}`,
      );
      return;
    }
    setFailed(e instanceof Error ? e.message : String(e));
    // A failed build fails the step with the build command's own exit code.
    if (e instanceof BuildFailedError) process.exitCode = e.exitCode;
  }
}
