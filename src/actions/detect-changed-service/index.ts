/** detect-changed-service: which services does this push or PR affect, and why. */
import { detectAffected } from '../../app/detect.js';
import { detectOutputs, matrixLimitNote } from '../../core/report/detect-outputs.js';
import { detectSummary } from '../../core/report/detect-summary.js';
import { appendSummary } from '../../platform/runner/outputs.js';
import { runAction } from '../run-action.js';
import { getDetectSettings, writeDetectOutputs } from './io.js';

await runAction(async (run, logger) => {
  const settings = getDetectSettings(run);
  const { result, detailPath } = await detectAffected(settings, run, logger);
  const names = result.affected.services.filter((s) => s.affected).map((s) => s.name);
  logger.info(`Base: ${result.base ?? '(none)'} — ${result.baseReason}`);
  logger.info(`Affected services (${names.length}): ${names.join(', ') || 'none'}`);
  const limit = matrixLimitNote(names.length);
  if (limit) logger.warning(limit);
  await appendSummary(detectSummary(result, detailPath));
  writeDetectOutputs(detectOutputs(result, detailPath ?? '')); // last: nothing overwrites them
});
