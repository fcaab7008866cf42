/** build-artifact: build one service once into a reproducible, traceable artifact and store it. */
import { buildArtifact } from '../../app/build.js';
import { buildSummary } from '../../core/report/build-report.js';
import { appendSummary } from '../../platform/runner/outputs.js';
import { runAction } from '../run-action.js';
import { getBuildSettings, writeBuildOutputs } from './io.js';

await runAction(async (run, logger) => {
  const outcome = await buildArtifact(getBuildSettings(), run, logger);
  const { meta, stored } = outcome.result;
  await appendSummary(buildSummary(outcome.result, outcome.commit));
  logger.info(`${meta.service} ${meta.version} → ${meta.digest} (${stored.location})`);
  writeBuildOutputs(outcome); // last: nothing after it can overwrite our outputs
});
