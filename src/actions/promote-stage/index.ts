/** promote-stage: move one artifact digest into the next stage, on the ledger, then mirror it. */
import { promote } from '../../app/promote.js';
import { failedMirrors } from '../../app/promotion-mirrors.js';
import { MsdeployError } from '../../core/errors.js';
import { promotionSummary } from '../../core/report/promotion-summary.js';
import { appendSummary } from '../../platform/runner/outputs.js';
import { runAction } from '../run-action.js';
import { getPromoteSettings, writePromoteOutputs } from './io.js';

await runAction(async (run, logger) => {
  const outcome = await promote(getPromoteSettings(), run, logger);
  const report = outcome.mirrors;
  const problems = report
    ? failedMirrors(report).map((k) => {
        const o = report[k];
        return `${k}: ${o.status === 'failed' ? o.error.message : o.status}`;
      })
    : [];
  await appendSummary(promotionSummary({ ...outcome, mirrorProblems: problems }));
  logger.info(outcome.message);
  writePromoteOutputs(outcome);
  if (problems.length > 0) {
    throw new MsdeployError(
      `The promotion is recorded, but ${problems.length} mirror(s) failed (${problems.join('; ')}). Re-run this job to repair them.`,
    );
  }
});
