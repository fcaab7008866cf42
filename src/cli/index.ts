/** The `msdeploy` command: the same use cases the actions run, for a laptop or any CI. */
import { asMsdeployError, ExitCode } from '../core/errors.js';
import { closest } from '../core/manifest/suggest.js';
import { msdeployVersion } from '../platform/package-info.js';
import { buildCommand } from './commands/build.js';
import { deployCommand, rollbackCommand } from './commands/deploy.js';
import { detectCommand } from './commands/detect.js';
import {
  holdCommand,
  logCommand,
  promoteCommand,
  rejectCommand,
  releaseCommand,
  statusCommand,
} from './commands/ledger.js';
import { commandHelp, parseCommandLine, UsageError, type Command } from './registry.js';

const COMMANDS: readonly Command[] = [
  detectCommand,
  buildCommand,
  promoteCommand,
  statusCommand,
  logCommand,
  holdCommand,
  releaseCommand,
  rejectCommand,
  deployCommand,
  rollbackCommand,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 3;
  return `msdeploy — one CI/CD pipeline per microservice

Usage: msdeploy <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Run \`msdeploy <command> --help\` for a command's options; \`msdeploy --version\` for the version.

Exit codes: 0 success (a promotion that changes nothing included), 1 failure, 2 bad usage,
3 missing or invalid manifest, 4 refused by the promotion rules (nothing was written); a failed
build exits with its build command's exit code.
`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    process.stdout.write(`msdeploy ${msdeployVersion()}\n`);
    return ExitCode.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    process.stdout.write(topic ? commandHelp(topic) : help());
    return name ? ExitCode.ok : ExitCode.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const guess = closest(
      name,
      COMMANDS.map((c) => c.name),
    );
    throw new UsageError(
      `Unknown command "${name}"${guess ? ` — did you mean "${guess}"?` : '.'} Commands: ${COMMANDS.map((c) => c.name).join(', ')}. See msdeploy --help.`,
    );
  }
  const { values, args } = parseCommandLine(command, rest);
  if (values.help) {
    process.stdout.write(commandHelp(command));
    return ExitCode.ok;
  }
  return command.run(values, args);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // Every failure is mapped here, once: located problems as `file:line:col: message`.
  const failure = asMsdeployError(e);
  const located = failure.annotations.filter((a) => a.file && a.line);
  const lines = located.length
    ? located.map((a) => `${a.file}:${a.line}:${a.col ?? 1}: ${a.message}`)
    : [`msdeploy: ${failure.messageFor('cli')}`, ...failure.detail];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exitCode = failure.exitCode;
}
