/**
 * build-artifact, end to end over the ports: run the service's build, pack its output into a
 * reproducible artifact, bind provenance to the digest, and put both in a store.
 * Build once: every later stage deploys these very bytes, named by their digest.
 */
import { lstat, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { MsdeployError } from '../errors.js';
import { compilePatternList } from '../paths/glob.js';
import { buildFailureSummary } from '../report/build-failure.js';
import type { ServiceSpec } from '../manifest/types.js';
import { readJUnit, type TestReport } from './junit.js';
import { provenanceBytes, provenanceStatement, type ProvenanceStatement } from './provenance.js';
import type { ArtifactMeta } from './types.js';
import type { BuildPorts, StoredArtifact } from '../ports.js';
import { buildVersion, markDirty } from './version.js';
import { artifactFileName } from './file-name.js';
import { isInside, isStrictlyInside } from '../paths/inside.js';

/** Facts about the source and the run, gathered by the caller (git, the runner's environment). */
export interface BuildContext {
  repoRoot: string;
  commit: string;
  /** Commit time in seconds: the fixed mtime of every packed entry (or SOURCE_DATE_EPOCH). */
  sourceDateEpoch: number;
  ref: string;
  defaultBranch?: string;
  counter: number;
  attempt?: number;
  repository: string;
  serverUrl: string;
  runUrl?: string;
  builderId: string;
  msdeployVersion: string;
  /** Versions of what shapes the artifact's bytes (node, zlib): recorded so a digest can be reproduced. */
  toolchain: Readonly<Record<string, string>>;
  /** Overrides the computed version. */
  version?: string;
  /**
   * Built from a work tree with uncommitted changes to tracked files (the CLI only; Actions
   * refuses): the version gets `dirty` build metadata and the provenance says `dirty: true`.
   */
  dirty?: boolean;
  /** Scratch directory for the packed file. */
  workDir: string;
}

export interface BuildResult {
  meta: ArtifactMeta;
  stored: StoredArtifact;
  provenance: ProvenanceStatement;
  provenancePath: string;
  artifactPath: string;
  tests: TestReport[];
  startedOn: Date;
  finishedOn: Date;
}

/** The build command failed: the step fails with the command's own exit code and output tail. */
export class BuildFailedError extends MsdeployError {
  constructor(
    readonly service: string,
    exitCode: number,
    readonly tail: readonly string[],
  ) {
    super(`The build of ${service} failed with exit code ${exitCode}.`, {
      exitCode,
      summary: buildFailureSummary(service, exitCode, tail),
      detail: ['Last lines of its output:', ...tail],
    });
  }
}

export class BuildConfigError extends MsdeployError {}

/** `build.version`, else the service's package.json version, else 0.1. */
export async function baseVersion(service: ServiceSpec, repoRoot: string): Promise<string> {
  if (service.build?.version) return service.build.version;
  try {
    const pkg = JSON.parse(
      await readFile(join(repoRoot, service.path, 'package.json'), 'utf8'),
    ) as {
      version?: unknown;
    };
    if (typeof pkg.version === 'string' && pkg.version) return pkg.version;
  } catch {
    // no package file: the default below
  }
  return '0.1';
}

/** JUnit reports under the service directory matching `build.tests` (skips .git and node_modules). */
export async function findTestReports(
  serviceDir: string,
  patterns: readonly string[],
): Promise<string[]> {
  if (patterns.length === 0) return [];
  const matches = compilePatternList(patterns);
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.git' && e.name !== 'node_modules') await walk(full);
      } else if (e.isFile() && matches(relative(serviceDir, full).split(sep).join('/'))) {
        found.push(full);
      }
    }
  };
  await walk(serviceDir);
  return found.sort();
}

/**
 * Remove the output directory before the build: only what this build writes is packed, never a
 * stale file (a `.env`, an old bundle) left there before. The output must lie strictly inside
 * the service directory, also after following symlinks, or removing it would delete sources.
 */
async function clearOutput(
  service: ServiceSpec,
  serviceDir: string,
  outputDir: string,
  logger: BuildPorts['logger'],
): Promise<void> {
  const shown = join(service.path, service.build?.output ?? '');
  if (!(await lstat(outputDir).catch(() => undefined))) return;
  // The output itself may be a symlink (rm removes the link), but the directories leading to it
  // must not lead out of the service directory, nor may it be that directory or contain it.
  const realService = await realpath(serviceDir);
  const realParent = await realpath(dirname(outputDir));
  if (!isStrictlyInside(serviceDir, outputDir) || !isInside(realService, realParent)) {
    throw new BuildConfigError(
      `The build output ${shown} of ${service.name} is not strictly inside the service ` +
        `directory (it resolves into ${realParent}): msdeploy empties the output before each ` +
        'build, so it refuses to; point build.output at a subdirectory the build writes, e.g. `dist`.',
    );
  }
  await rm(outputDir, { recursive: true, force: true });
  logger.info(`Removed ${shown} before the build: only what the build writes is packed.`);
}

export async function buildService(
  service: ServiceSpec,
  ctx: BuildContext,
  ports: BuildPorts,
): Promise<BuildResult> {
  const spec = service.build;
  if (!spec) {
    throw new BuildConfigError(
      `Service ${service.name} has no build section in the manifest: add build.run and build.output under services.${service.name}.`,
    );
  }
  const serviceDir = join(ctx.repoRoot, service.path);
  const computed =
    ctx.version ??
    buildVersion({
      base: await baseVersion(service, ctx.repoRoot),
      counter: ctx.counter,
      commit: ctx.commit,
      ref: ctx.ref,
      defaultBranch: ctx.defaultBranch,
      attempt: ctx.attempt,
    });
  const version = ctx.dirty ? markDirty(computed) : computed;
  const dirStat = await stat(serviceDir).catch(() => undefined);
  if (!dirStat?.isDirectory()) {
    throw new BuildConfigError(
      `Cannot build ${service.name}: its directory ${service.path} (${serviceDir}) ` +
        `${dirStat ? 'is not a directory' : 'does not exist'}; check \`path\` of ${service.name} in the manifest, ` +
        'and that the checkout has it.',
    );
  }
  const outputDir = join(serviceDir, spec.output);
  await clearOutput(service, serviceDir, outputDir, ports.logger);
  const startedOn = ports.clock.now();

  const { logger } = ports;
  const untrusted =
    logger.untrusted?.bind(logger) ??
    (<T>(fn: (write: (chunk: string) => void) => Promise<T>) =>
      fn((chunk) => logger.info(chunk.replace(/\n$/, ''))));
  const { exitCode, tail } = await logger.group(`build ${service.name} ${version}`, () =>
    untrusted((write) =>
      ports.runner.run(spec.run, {
        cwd: serviceDir,
        // Untrusted values (branch names) reach the script only as variables.
        env: {
          MSDEPLOY_SERVICE: service.name,
          MSDEPLOY_VERSION: version,
          MSDEPLOY_COMMIT: ctx.commit,
          MSDEPLOY_REF: ctx.ref,
          SOURCE_DATE_EPOCH: String(ctx.sourceDateEpoch),
        },
        forward: spec.env,
        onOutput: write,
      }),
    ),
  );
  if (exitCode !== 0) throw new BuildFailedError(service.name, exitCode, tail);

  const outStat = await stat(outputDir).catch(() => undefined);
  if (!outStat?.isDirectory()) {
    throw new BuildConfigError(
      `The build of ${service.name} succeeded but produced no directory ${join(service.path, spec.output)}: ` +
        'make the build write its output there, or point build.output at where it does.',
    );
  }
  // What is packed must be inside the service directory once symlinks are followed: an output
  // that is (or goes through) a link out of it would pack files from elsewhere on the machine.
  const realOutput = await realpath(outputDir);
  if (!isStrictlyInside(await realpath(serviceDir), realOutput)) {
    throw new BuildConfigError(
      `The build output ${join(service.path, spec.output)} of ${service.name} leads outside the service directory through a symlink: ` +
        'msdeploy packs only files inside the repository; make build.output a real directory the build writes.',
    );
  }

  const tests: TestReport[] = [];
  for (const file of await findTestReports(serviceDir, spec.tests)) {
    tests.push(await readJUnit(file, relative(ctx.repoRoot, file)));
  }

  const fileName = artifactFileName(service.name, version, spec.kind);
  const artifactPath = join(ctx.workDir, fileName);
  const { digest, size, format } = await ports.pack({
    kind: spec.kind,
    service,
    outputDir,
    outFile: artifactPath,
    version,
    mtime: ctx.sourceDateEpoch,
    onProgress: (d, t) => ports.onProgress?.('pack', d, t),
  });
  const meta: ArtifactMeta = {
    service: service.name,
    version,
    kind: spec.kind,
    digest,
    size,
    fileName,
  };
  const finishedOn = ports.clock.now();

  const provenance = provenanceStatement({
    artifact: meta,
    repository: ctx.repository,
    serverUrl: ctx.serverUrl,
    commit: ctx.commit,
    ref: ctx.ref,
    runUrl: ctx.runUrl,
    builderId: ctx.builderId,
    commands: [spec.run],
    workingDirectory: service.path,
    tests,
    startedOn,
    finishedOn,
    msdeployVersion: ctx.msdeployVersion,
    // The same tree packed in another format has another digest: say which one made this one.
    toolchain: format ? { ...ctx.toolchain, archive: format } : ctx.toolchain,
    ...(ctx.dirty && { dirty: true }),
  });
  const bytes = provenanceBytes(provenance);
  const provenancePath = `${artifactPath}.provenance.json`;
  await writeFile(provenancePath, bytes);

  const stored = await ports.store.put(artifactPath, meta, bytes, (d, t) =>
    ports.onProgress?.('upload', d, t),
  );
  return { meta, stored, provenance, provenancePath, artifactPath, tests, startedOn, finishedOn };
}
