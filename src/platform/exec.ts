/** Runs build commands with bash as a workflow `run:` step does, keeping the output's tail. */
import { buildEnvironment } from '../core/artifact/build-env.js';
import type { CommandRunner } from '../core/ports.js';
import { runProcess } from './process.js';
import { parentEnvironment } from './runner/context.js';

export class BashRunner implements CommandRunner {
  async run(script: string, opts: Parameters<CommandRunner['run']>[1]) {
    // The script is the repository's own manifest text (trusted, like a `run:` step); what it
    // runs is not: it gets an allow-listed environment (none of our inputs, credentials or
    // file commands), its own process group, reaped when it ends.
    const r = await runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: opts.cwd,
      env: buildEnvironment(parentEnvironment(), opts.forward ?? [], opts.env),
      installHint: 'bash',
      onOutput: opts.onOutput,
      reapGroup: true,
    });
    return { exitCode: r.exitCode, tail: r.tail };
  }
}
