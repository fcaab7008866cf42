/** The root action's inputs and outputs, listed once here and in action.yml. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunCliOutcome, RunCliSettings } from '../../app/run-cli.js';
import { CommandLineError, splitCommandLine } from '../../core/command-line.js';
import { SettingError } from '../../core/errors.js';
import { parentEnvironment } from '../../platform/runner/context.js';
import { getInput, getSecretInput } from '../../platform/runner/inputs.js';
import { setOutputs } from '../../platform/runner/outputs.js';

export const RunCliInput = {
  args: 'args',
  workingDirectory: 'working-directory',
  token: 'token',
  registryUsername: 'registry-username',
  registryPassword: 'registry-password',
  sshKey: 'ssh-key',
} as const;

export const RunCliOutput = {
  stdout: 'stdout',
  exitCode: 'exit-code',
} as const;

/** Inputs that become the CLI's environment variables, where the CLI reads them. */
const CLI_VARIABLES = {
  [RunCliInput.token]: 'GITHUB_TOKEN',
  [RunCliInput.registryUsername]: 'MSDEPLOY_REGISTRY_USERNAME',
  [RunCliInput.registryPassword]: 'MSDEPLOY_REGISTRY_PASSWORD',
  [RunCliInput.sshKey]: 'MSDEPLOY_SSH_KEY',
} as const;

/**
 * dist/run-cli/index.js runs dist/cli/index.js beside it. Kept out of a literal `new URL(…)` so
 * that the bundler does not take the CLI for a module of this bundle and inline a copy of it.
 */
const CLI_FROM_HERE = ['..', 'cli', 'index.js'];

export function parseArgsInput(raw: string): string[] {
  let args: string[];
  try {
    args = splitCommandLine(raw);
  } catch (e) {
    if (!(e instanceof CommandLineError)) throw e;
    throw new SettingError(
      RunCliInput.args,
      (label) => `The ${label} cannot be split: ${e.message}.`,
    );
  }
  if (args.length === 0) {
    throw new SettingError(
      RunCliInput.args,
      (label) => `The ${label} is empty: write a msdeploy command, e.g. \`status catalog\`.`,
    );
  }
  return args;
}

export function getRunCliSettings(): RunCliSettings {
  const args = parseArgsInput(getInput(RunCliInput.args, true));
  // The CLI gets the step's environment without the action's inputs (INPUT_* holds the
  // credentials); each credential goes to the one variable the CLI reads it from.
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parentEnvironment())) {
    if (value !== undefined && !name.startsWith('INPUT_')) env[name] = value;
  }
  for (const [input, variable] of Object.entries(CLI_VARIABLES)) {
    const value = input === RunCliInput.registryUsername ? getInput(input) : getSecretInput(input);
    if (value) env[variable] = value;
  }
  return {
    cli: join(dirname(fileURLToPath(import.meta.url)), ...CLI_FROM_HERE),
    args,
    cwd: getInput(RunCliInput.workingDirectory) || '.',
    env,
  };
}

export function writeRunCliOutputs(o: RunCliOutcome): void {
  setOutputs({ [RunCliOutput.stdout]: o.stdout, [RunCliOutput.exitCode]: String(o.exitCode) });
}
