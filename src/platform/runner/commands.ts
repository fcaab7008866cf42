/**
 * The runner's two channels, written here rather than through @actions/core: that package's
 * entry also loads its HTTP client (undici, tunnel) for OIDC, about 0.1 s of every action's
 * start-up that no action of ours needs. The wire format is @actions/core 3's:
 *
 * - workflow commands on stdout, `::name key=value,…::message`, with `%`, CR and LF escaped in
 *   the message and also `:` and `,` in property values, so data cannot end a command early;
 * - file commands appended to the file the runner names (GITHUB_OUTPUT, GITHUB_ENV) as
 *   `name<<delimiter`, the value, `delimiter`, with a fresh random delimiter per value, so no
 *   value can close its own block and forge another output.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { runnerFile } from './context.js';

export type CommandProperties = Readonly<Record<string, string | number | undefined>>;

/**
 * A token nobody can predict, for a heredoc delimiter or a `stop-commands` fence. Web Crypto's
 * global draws on the same CSPRNG as node:crypto, whose module load cost every start 3 ms.
 */
export function unguessableToken(): string {
  return globalThis.crypto.randomUUID();
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,…::message`; empty properties are left out, as @actions/core does. */
export function workflowCommand(
  command: string,
  properties: CommandProperties,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** One line on stdout, where the runner reads logs and workflow commands. */
export function writeLine(text: string): void {
  process.stdout.write(text + EOL);
}

export function issueCommand(
  command: string,
  properties: CommandProperties = {},
  message = '',
): void {
  writeLine(workflowCommand(command, properties, message));
}

/**
 * `name` = `value` for the runner: appended to the file `variable` names, or, on a runner too
 * old to name one, the deprecated stdout command (`set-output`, `set-env`).
 */
export function fileCommand(
  variable: 'GITHUB_OUTPUT' | 'GITHUB_ENV',
  name: string,
  value: string,
): void {
  const path = runnerFile(variable);
  if (!path) {
    issueCommand(variable === 'GITHUB_OUTPUT' ? 'set-output' : 'set-env', { name }, value);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(
      `The runner's ${variable} file ${path} does not exist: the runner creates it for each step, ` +
        `so run this action as a step of a job, or create the file first.`,
    );
  }
  const delimiter = `ghadelimiter_${unguessableToken()}`;
  // A random UUID in a value is as likely as guessing it; refuse rather than be forged.
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`The ${variable} value for ${name} contains its own delimiter: not written.`);
  }
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
