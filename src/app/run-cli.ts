/**
 * The root action's use case: run the msdeploy CLI bundle as a child process with an argv array
 * (never a shell), its output streamed to the log fenced as untrusted (it carries build logs and
 * other text of the repository), and its stdout kept as the result.
 */
import { shellCommand } from '../core/deploy/shell-quote.js';
import { MsdeployError } from '../core/errors.js';
import type { Logger } from '../core/ports.js';
import type { Environment } from '../platform/runner/context.js';
import { runProcess } from '../platform/process.js';

/** An action output is one line in the runner's output file: keep it well under its limits. */
export const MAX_STDOUT_BYTES = 1024 * 1024;

export interface RunCliSettings {
  /** The CLI's entry, dist/cli/index.js. */
  cli: string;
  args: readonly string[];
  cwd: string;
  /** The child's whole environment. */
  env: Environment;
}

export interface RunCliOutcome {
  exitCode: number;
  stdout: string;
}

export async function runCli(s: RunCliSettings, logger: Logger): Promise<RunCliOutcome> {
  logger.info(`msdeploy ${shellCommand(s.args)}`);
  // stdout is collected (it is the result) and shown once the command ends; stderr as it comes.
  const streamed = async (write: (chunk: string) => void) => {
    const r = await runProcess(process.execPath, [s.cli, ...s.args], {
      cwd: s.cwd,
      env: s.env,
      collectStdout: true,
      onOutput: write,
    });
    write(r.stdout.toString('utf8'));
    return r;
  };
  const result = logger.untrusted
    ? await logger.untrusted(streamed)
    : await streamed((chunk) => logger.info(chunk.trimEnd()));
  if (result.stdout.length > MAX_STDOUT_BYTES) {
    throw new MsdeployError(
      `msdeploy printed ${result.stdout.length} bytes on standard output, over the ${MAX_STDOUT_BYTES} bytes (1 MiB) the stdout output may hold: ask for less (one service, no --json), or run bin/msdeploy.js in a run: step instead.`,
    );
  }
  return { exitCode: result.exitCode, stdout: result.stdout.toString('utf8') };
}
