/** Runs build commands with bash as a workflow `run:` step does, keeping the output's tail. */
import type { CommandRunner } from '../core/ports.js';
import { runProcess } from './process.js';

export class BashRunner implements CommandRunner {
  async run(script: string, opts: Parameters<CommandRunner['run']>[1]) {
    // The script is the repository's own manifest text (trusted, like a `run:` step);
    // everything else arrives as environment variables.
    const r = await runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: opts.cwd,
      extraEnv: opts.env,
      installHint: 'bash',
      onOutput: opts.onOutput,
      reapGroup: true,
    });
    return { exitCode: r.exitCode, tail: r.tail };
  }
}
