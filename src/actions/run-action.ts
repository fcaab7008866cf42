/**
 * The one wrapper every action entry runs in: it reads the run context, and maps any failure
 * once — annotations, step summary, the message worded for Actions, and the exit code.
 */
import { asMsdeployError } from '../core/errors.js';
import type { Logger } from '../core/ports.js';
import type { RunContext } from '../core/run-context.js';
import { runContext } from '../platform/runner/context.js';
import { actionsLogger } from '../platform/runner/logger.js';
import { appendSummary, setFailed } from '../platform/runner/outputs.js';

export async function runAction(
  main: (run: RunContext, logger: Logger) => Promise<void>,
): Promise<void> {
  try {
    await main(runContext(), actionsLogger);
  } catch (e) {
    const failure = asMsdeployError(e);
    for (const a of failure.annotations) {
      actionsLogger.error(a.message, { file: a.file, line: a.line, col: a.col });
    }
    if (failure.summary) await appendSummary(failure.summary).catch(() => undefined);
    setFailed(failure.messageFor('action'));
    process.exitCode = failure.exitCode;
  }
}
