/** deploy-env: deploy a release of one service to one environment, with health and rollback. */
import { deploy, DeployFailed } from '../../app/deploy.js';
import { rollback } from '../../app/rollback.js';
import { deploySummary } from '../../core/report/deploy-summary.js';
import { appendSummary } from '../../platform/runner/outputs.js';
import { runAction } from '../run-action.js';
import { getDeployRequest, writeDeployOutputs } from './io.js';

await runAction(async (run, logger) => {
  const request = getDeployRequest();
  const outcome =
    request.kind === 'rollback'
      ? await rollback(request.settings, run, logger)
      : await deploy(request.settings, run, logger);
  await appendSummary(deploySummary(outcome));
  logger.info(outcome.message);
  writeDeployOutputs(outcome);
  if (outcome.failed) throw new DeployFailed(outcome.message);
});
