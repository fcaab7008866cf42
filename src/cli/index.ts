/** The `msdeploy` command: the same core the actions run, for a laptop or any CI. */
import { ManifestError, formatIssue } from '../core/manifest/index.js';
import { runBuild, BUILD_HELP } from './build.js';
import { runDetect, DETECT_HELP } from './detect.js';
import { UsageError } from './usage.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, manifest: 3 } as const;

const HELP = `msdeploy — one CI/CD pipeline per microservice

Usage: msdeploy <command> [options]

Commands:
  detect     which services a change affects, and why
  build      build a service once into a reproducible, traceable artifact

Run \`msdeploy <command> --help\` for a command's options.

Exit codes: 0 success, 1 failure, 2 bad usage, 3 invalid manifest; a failed build exits
with its build command's exit code.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command ? EXIT.ok : EXIT.usage;
  }
  const commands: Record<string, { help: string; run: (argv: string[]) => Promise<number> }> = {
    detect: { help: DETECT_HELP, run: runDetect },
    build: { help: BUILD_HELP, run: runBuild },
  };
  const cmd = commands[command];
  if (!cmd) {
    throw new UsageError(
      `Unknown command "${command}". Commands: ${Object.keys(commands).join(', ')}. See msdeploy --help.`,
    );
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.help);
    return EXIT.ok;
  }
  return cmd.run(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof ManifestError) {
    for (const issue of e.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.exitCode = EXIT.manifest;
  } else if (
    e instanceof UsageError ||
    (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    process.stderr.write(`msdeploy: ${(e as Error).message}\n`);
    process.exitCode = EXIT.usage;
  } else {
    process.stderr.write(`msdeploy: ${(e as Error).message}\n`);
    process.exitCode = EXIT.failure;
  }
}
