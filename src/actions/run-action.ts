/** The one wrapper every action entry runs in: failures become annotations and setFailed. */
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
      setFailed(`${e.issues.length} problem(s) in the manifest:\n${e.issues.map(formatIssue).join('\n')}`);
      return;
    }
    setFailed(e instanceof Error ? e.message : String(e));
  }
}
