/** build-artifact: build one service once into a reproducible, traceable artifact and store it. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BuildFailedError, buildService } from '../../core/artifact/build.js';
import { buildFailureSummary, buildSummary } from '../../core/report/build-report.js';
import { gatherBuildContext } from '../../platform/build-context.js';
import { readEventContext } from '../../platform/event.js';
import { CliGit } from '../../platform/git.js';
import { readWorkspaceManifest } from '../../platform/manifest-file.js';
import { attestProvenance } from '../../platform/attest.js';
import { buildPorts } from '../../platform/build-ports.js';
import { actionsLogger, appendSummary, setOutputs } from '../../platform/runner.js';
import { githubRunSettings, openStore } from '../../platform/stores.js';
import { runAction } from '../run-action.js';
import { BuildOutput, getBuildInputs } from './io.js';
import { serviceByName } from '../../core/manifest/lookup.js';

await runAction(async () => {
  const inputs = getBuildInputs();
  const logger = actionsLogger;
  const repoRoot = resolve(inputs.workingDirectory);
  const manifest = await readWorkspaceManifest(inputs.workingDirectory, inputs.manifest);
  const service = serviceByName(manifest, inputs.service);
  const git = new CliGit(repoRoot, { logger });
  const ctx = await gatherBuildContext({
    git,
    repoRoot,
    workDir: await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'msdeploy-build-')),
    version: inputs.version,
    defaultBranch: readEventContext().defaultBranch,
  });
  const store = await openStore({
    kind: inputs.store,
    path: resolve(repoRoot, inputs.storePath),
    registry: inputs.registry,
    username: inputs.registryUsername,
    password: inputs.registryPassword,
    insecure: inputs.insecure,
    token: inputs.token,
    ...githubRunSettings(),
    logger,
  });
  try {
    const result = await buildService(service, ctx, buildPorts(store, logger));
    const attestation = inputs.attest
      ? await attestProvenance({ statement: result.provenance, token: inputs.token, logger })
      : undefined;
    setOutputs({
      [BuildOutput.version]: result.meta.version,
      [BuildOutput.digest]: result.meta.digest,
      [BuildOutput.artifact]: result.stored.ref,
      [BuildOutput.provenance]: result.provenancePath,
      [BuildOutput.kind]: result.meta.kind,
      [BuildOutput.size]: String(result.meta.size),
      [BuildOutput.location]: result.stored.location,
      [BuildOutput.attestation]: attestation?.url ?? attestation?.id ?? '',
    });
    await appendSummary(buildSummary(result, ctx.commit));
    logger.info(
      `${result.meta.service} ${result.meta.version} → ${result.meta.digest} (${result.stored.location})`,
    );
  } catch (e) {
    if (e instanceof BuildFailedError)
      await appendSummary(buildFailureSummary(e.service, e.exitCode, e.tail));
    throw e;
  }
});
