/** `msdeploy build <service>`: the build-artifact action's core, with a progress display. */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildService, BuildFailedError } from '../core/artifact/build.js';
import { serviceByName } from '../core/manifest/lookup.js';
import { buildText } from '../core/report/build-report.js';
import { gatherBuildContext } from '../platform/build-context.js';
import { consoleLogger } from '../platform/console-logger.js';
import { CliGit } from '../platform/git.js';
import { readManifest } from '../platform/manifest-file.js';
import { buildPorts } from '../platform/build-ports.js';
import {
  DEFAULT_LOCAL_STORE,
  githubRunSettings,
  openStore,
  parseStoreKind,
} from '../platform/stores.js';
import { progressReporter } from './progress.js';
import { UsageError } from './usage.js';

export const BUILD_HELP = `Usage: msdeploy build <service> [options]

Build the service once into a reproducible artifact, record its provenance and store it.

Options:
  --store <kind>          local (default), github or oci
  --store-path <dir>      the local store (default: .msdeploy/artifacts under --cwd)
  --registry <repo>       OCI repository, e.g. ghcr.io/acme/shop (store oci); credentials
                          from MSDEPLOY_REGISTRY_USERNAME / MSDEPLOY_REGISTRY_PASSWORD
  --insecure-registry     allow plain HTTP to a non-loopback registry
  --version <v>           use this version instead of the computed one
  --manifest <file>       manifest path relative to --cwd (default: msdeploy.yml)
  --cwd <dir>             repository root (default: .)
  --json                  print the result as JSON
  -h, --help              show this help
`;

export async function runBuild(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      store: { type: 'string', default: 'local' },
      'store-path': { type: 'string' },
      registry: { type: 'string' },
      'insecure-registry': { type: 'boolean', default: false },
      version: { type: 'string' },
      manifest: { type: 'string', default: 'msdeploy.yml' },
      cwd: { type: 'string', default: '.' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      'msdeploy build takes exactly one service name. See msdeploy build --help.',
    );
  const cwd = resolve(values.cwd);
  const logger = consoleLogger();
  const manifest = await readManifest(cwd, values.manifest);
  const service = serviceByName(manifest, positionals[0]!);
  const git = new CliGit(cwd, { logger });
  // Beside the local store, so the printed provenance path stays valid after the run.
  const workDir = join(cwd, '.msdeploy', 'work');
  await mkdir(workDir, { recursive: true });
  const ctx = await gatherBuildContext({
    git,
    repoRoot: cwd,
    workDir,
    version: values.version,
  });
  const store = await openStore({
    kind: parseStoreKind(values.store),
    path: resolve(cwd, values['store-path'] ?? DEFAULT_LOCAL_STORE),
    registry: values.registry,
    username: process.env.MSDEPLOY_REGISTRY_USERNAME,
    password: process.env.MSDEPLOY_REGISTRY_PASSWORD,
    insecure: values['insecure-registry'],
    token: process.env.GITHUB_TOKEN,
    ...githubRunSettings(),
    logger,
  });
  const progress = progressReporter();
  try {
    const result = await buildService(
      service,
      ctx,
      buildPorts(store, logger, (phase, done, total) =>
        progress.update(phase === 'pack' ? 'packing' : 'storing', done, total),
      ),
    );
    process.stdout.write(
      values.json
        ? JSON.stringify(
            {
              ...result.meta,
              ref: result.stored.ref,
              location: result.stored.location,
              provenance: result.provenancePath,
            },
            null,
            2,
          ) + '\n'
        : buildText(result, ctx.commit),
    );
    return 0;
  } catch (e) {
    if (e instanceof BuildFailedError) {
      process.stderr.write(`${e.message}\nLast lines of its output:\n${e.tail.join('\n')}\n`);
      return e.exitCode;
    }
    throw e;
  }
}
