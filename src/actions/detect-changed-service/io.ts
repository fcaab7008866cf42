/** The detect action's inputs and outputs, listed once here and in its action.yml. */
import { resolve } from 'node:path';
import type { DetectSettings } from '../../app/detect.js';
import { parseBasePolicy, parseList, parseMaxFetchRounds } from '../../app/settings.js';
import type { DetectOutputs } from '../../core/report/detect-outputs.js';
import type { RunContext } from '../../core/run-context.js';
import { getInput, getSecretInput } from '../../platform/runner/inputs.js';
import { setOutputs } from '../../platform/runner/outputs.js';
import { workspaceManifest } from '../workspace.js';

export const DetectInput = {
  manifest: 'manifest',
  workingDirectory: 'working-directory',
  base: 'base',
  head: 'head',
  basePolicy: 'base-policy',
  services: 'services',
  maxFetchRounds: 'max-fetch-rounds',
  detailFile: 'detail-file',
  token: 'token',
} as const;

export const DetectOutput = {
  services: 'services',
  matrix: 'matrix',
  matrixChunks: 'matrix-chunks',
  matrixChunkCount: 'matrix-chunk-count',
  anyChanged: 'any-changed',
  base: 'base',
  head: 'head',
  baseReason: 'base-reason',
  detail: 'detail',
} as const satisfies Record<keyof DetectOutputs, string>;

export function getDetectSettings(run: RunContext): DetectSettings {
  const token = getSecretInput(DetectInput.token);
  return {
    manifest: workspaceManifest(
      getInput(DetectInput.workingDirectory),
      getInput(DetectInput.manifest),
    ),
    base: getInput(DetectInput.base) || undefined,
    head: getInput(DetectInput.head) || undefined,
    basePolicy: parseBasePolicy(getInput(DetectInput.basePolicy)),
    services: parseList(DetectInput.services, getInput(DetectInput.services)),
    maxFetchRounds: parseMaxFetchRounds(getInput(DetectInput.maxFetchRounds)),
    // No input: a fresh file in our own directory under RUNNER_TEMP (one per step).
    ...(getInput(DetectInput.detailFile)
      ? { detailFile: resolve(getInput(DetectInput.detailFile)) }
      : { detailDir: run.runnerTemp }),
    token,
  };
}

export function writeDetectOutputs(outputs: DetectOutputs): void {
  setOutputs(
    Object.fromEntries(
      Object.entries(DetectOutput).map(([key, name]) => [
        name,
        outputs[key as keyof DetectOutputs],
      ]),
    ),
  );
}
