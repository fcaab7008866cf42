/**
 * The committed CLI bundle (bin/msdeploy.js) as a user runs it, in a process of its own and
 * without blocking this one (a test's HTTP servers must keep answering while it runs).
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from './action-runner.js';
import { start, type Proc } from './processes.js';

export const CLI = join(PROJECT_ROOT, 'bin/msdeploy.js');

/** The CLI's environment: no GitHub variables, no user or system git config. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  for (const k of Object.keys(env)) if (k.startsWith('GITHUB_') || k === 'CI') delete env[k];
  return { ...env, ...extra };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Start `msdeploy <args>` in `cwd`; `extra` adds to (or overrides) the CLI environment. */
export function startCli(args: string[], cwd: string, extra: Record<string, string> = {}): Proc {
  return start(CLI, args, cwd, cliEnv(extra));
}

/** Run `msdeploy <args>` in `cwd` to its end. */
export async function msdeploy(
  args: string[],
  cwd: string,
  extra: Record<string, string> = {},
): Promise<CliResult> {
  const p = startCli(args, cwd, extra);
  const { code } = await p.done;
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}
