/** What every CLI command shares: where the repository and its manifest are, and the run context. */
import { resolve } from 'node:path';
import type { Logger } from '../core/ports.js';
import type { RunContext } from '../core/run-context.js';
import { consoleLogger } from '../platform/console-logger.js';
import { findManifest, type ManifestLocation } from '../platform/manifest-file.js';
import { readRunContext } from '../platform/runner/context.js';
import type { Options } from './registry.js';

export const workspaceOptions = {
  manifest: {
    type: 'string',
    value: '<file>',
    description:
      'the manifest, relative to --cwd (default: msdeploy.yml in --cwd or the nearest parent up to the repository root)',
  },
  cwd: { type: 'string', value: '<dir>', description: 'run as if started in <dir>', default: '.' },
  verbose: { type: 'boolean', short: 'v', description: 'log git commands and decisions' },
} as const satisfies Options;

export interface Workspace {
  manifest: ManifestLocation;
  run: RunContext;
  logger: Logger;
}

export async function workspace(values: {
  cwd: string;
  manifest?: string;
  verbose?: boolean;
}): Promise<Workspace> {
  return {
    manifest: await findManifest(resolve(values.cwd), values.manifest),
    run: readRunContext(process.env),
    logger: consoleLogger({ verbose: values.verbose }),
  };
}
