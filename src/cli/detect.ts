/** `msdeploy detect`: the detect-changed-service action's core, with terminal output. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { detect } from '../core/changes/detect.js';
import type { EventContext } from '../core/changes/base.js';
import { detectDetail } from '../core/report/detect-outputs.js';
import { detectText } from '../core/report/detect-text.js';
import { consoleLogger } from '../platform/console-logger.js';
import { readEventContext } from '../platform/event.js';
import { CliGit } from '../platform/git.js';
import { readManifest } from '../platform/manifest-file.js';
import { localDefaultBase } from './local-base.js';

export const DETECT_HELP = `Usage: msdeploy detect [options]

Which services does the change between two commits affect, and why.

Options:
  --base <rev>            compare from this revision (default: inside GitHub Actions, the
                          event's base; elsewhere, where HEAD left the default branch)
  --head <rev>            compare up to this revision (default: HEAD)
  --services <a,b>        skip detection: exactly these services
  --manifest <file>       manifest path relative to --cwd (default: msdeploy.yml)
  --cwd <dir>             repository root (default: .)
  --detail <file>         also write the full detail JSON (every file of every service) here
  --max-fetch-rounds <n>  bound on deepening a shallow clone (default: 8)
  --json                  print the detail JSON to stdout instead of text
  -v, --verbose           log git commands and decisions
  -h, --help              show this help
`;

export async function runDetect(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      services: { type: 'string' },
      manifest: { type: 'string', default: 'msdeploy.yml' },
      cwd: { type: 'string', default: '.' },
      detail: { type: 'string' },
      'max-fetch-rounds': { type: 'string', default: '8' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
  });
  const cwd = resolve(values.cwd);
  const logger = consoleLogger({ verbose: values.verbose });
  const git = new CliGit(cwd, { logger });
  const manifest = await readManifest(cwd, values.manifest);
  const head = values.head ?? 'HEAD';

  let base = values.base;
  let event: EventContext;
  if (process.env.GITHUB_ACTIONS === 'true' && !base) {
    event = readEventContext();
  } else {
    event = { eventName: 'local', sha: head, ref: '', payload: {} };
    if (!base && !values.services) {
      const local = await localDefaultBase(git, head);
      if (local) {
        base = local.base;
        logger.info(`base: ${local.reason}`);
      }
    }
  }
  const result = await detect(
    {
      manifest,
      services: values.services?.split(/[\s,]+/).filter(Boolean),
      base: {
        event,
        base,
        head: values.head ?? (event.eventName === 'local' ? head : undefined),
        policy: 'event',
        maxFetchRounds: Number(values['max-fetch-rounds']),
      },
    },
    { git, logger },
  );
  const detail = detectDetail(result);
  if (values.detail) await writeFile(values.detail, JSON.stringify(detail, null, 2) + '\n');
  process.stdout.write(values.json ? JSON.stringify(detail, null, 2) + '\n' : detectText(result));
  return 0;
}
