/** detect-changed-service's work, loaded by index.ts once the heap is set up. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { detect } from '../../core/changes/detect.js';
import { detectDetail, detectOutputs, matrixLimitNote } from '../../core/report/detect-outputs.js';
import { detectSummary } from '../../core/report/detect-summary.js';
import { readEventContext } from '../../platform/event.js';
import { CliGit } from '../../platform/git.js';
import { createGitHubApi } from '../../platform/github.js';
import { readWorkspaceManifest } from '../../platform/manifest-file.js';
import { actionsLogger, appendSummary, setOutputs } from '../../platform/runner.js';
import { runAction } from '../run-action.js';
import { getDetectInputs } from './io.js';
import { collectGarbage } from '../../platform/heap.js';

await runAction(async () => {
  const inputs = getDetectInputs();
  const cwd = resolve(inputs.workingDirectory);
  const manifest = await readWorkspaceManifest(inputs.workingDirectory, inputs.manifest);
  collectGarbage(); // the parse's garbage must not add to the change set's peak
  const logger = actionsLogger;
  const result = await detect(
    {
      manifest,
      services: inputs.services,
      base: {
        event: readEventContext(),
        base: inputs.base,
        head: inputs.head,
        policy: inputs.basePolicy,
        maxFetchRounds: inputs.maxFetchRounds,
      },
    },
    {
      git: new CliGit(cwd, { logger }),
      // Until a RunContext owns the runner's environment: GITHUB_API_URL points at GHES there.
      github: createGitHubApi({
        token: inputs.token,
        repository: process.env.GITHUB_REPOSITORY ?? '',
        apiUrl: process.env.GITHUB_API_URL || undefined,
        logger,
      }),
      logger,
    },
  );

  const detailPath = resolve(
    inputs.detailFile ?? join(process.env.RUNNER_TEMP ?? tmpdir(), 'msdeploy-detect.json'),
  );
  await mkdir(dirname(detailPath), { recursive: true });
  await writeFile(detailPath, JSON.stringify(detectDetail(result)));
  setOutputs(detectOutputs(result, detailPath));
  await appendSummary(detectSummary(result));

  const names = result.affected.services.filter((s) => s.affected).map((s) => s.name);
  logger.info(`Base: ${result.base ?? '(none)'} — ${result.baseReason}`);
  logger.info(`Affected services (${names.length}): ${names.join(', ') || 'none'}`);
  const limit = matrixLimitNote(names.length);
  if (limit) logger.warning(limit);
});
