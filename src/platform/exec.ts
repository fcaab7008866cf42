/** Runs build commands with bash as a workflow `run:` step does, keeping the output's tail. */
import { spawn } from 'node:child_process';
import type { CommandRunner } from '../core/ports.js';

const TAIL_LINES = 30;

export class BashRunner implements CommandRunner {
  constructor(private readonly baseEnv: NodeJS.ProcessEnv = process.env) {}

  run(script: string, opts: Parameters<CommandRunner['run']>[1]) {
    return new Promise<{ exitCode: number; tail: string[] }>((resolve, reject) => {
      // The script is the repository's own manifest text (trusted, like a `run:` step);
      // everything else arrives as environment variables.
      const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
        cwd: opts.cwd,
        env: { ...this.baseEnv, ...opts.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let tail: string[] = [];
      let partial = '';
      const onData = (data: Buffer) => {
        const text = data.toString('utf8');
        opts.onOutput?.(text);
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        tail = tail.concat(lines).slice(-TAIL_LINES);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', (e) =>
        reject(new Error(`Cannot start bash for the build in ${opts.cwd}: ${e.message}`)),
      );
      child.on('close', (code, signal) => {
        if (partial) tail = tail.concat(partial).slice(-TAIL_LINES);
        resolve({ exitCode: code ?? (signal ? 128 + 15 : 1), tail });
      });
    });
  }
}
