/** The detect action's inputs, read once and typed. Names are listed once, here and in action.yml. */
import { getInput } from '../../platform/runner.js';
import type { BasePolicy } from '../../core/changes/base.js';
export { DetectOutput } from '../../core/report/detect-outputs.js';

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

export interface DetectInputs {
  manifest: string;
  workingDirectory: string;
  base?: string;
  head?: string;
  basePolicy: BasePolicy;
  services: string[];
  maxFetchRounds: number;
  detailFile?: string;
  token?: string;
}

/** Split a list input written as JSON, commas, spaces or lines. */
export function parseList(raw: string): string[] {
  const text = raw.trim();
  if (text.startsWith('[')) {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed) || parsed.some((x) => typeof x !== 'string')) {
      throw new Error(
        'The services input must be a JSON array of names, or names separated by commas or spaces.',
      );
    }
    return parsed as string[];
  }
  return text.split(/[\s,]+/).filter(Boolean);
}

export function getDetectInputs(): DetectInputs {
  const policy = getInput(DetectInput.basePolicy) || 'event';
  if (policy !== 'event' && policy !== 'last-successful') {
    throw new Error(
      `Input base-policy must be "event" or "last-successful", got ${JSON.stringify(policy)}.`,
    );
  }
  const rounds = Number(getInput(DetectInput.maxFetchRounds) || '8');
  if (!Number.isInteger(rounds) || rounds < 0 || rounds > 30) {
    throw new Error('Input max-fetch-rounds must be a whole number from 0 to 30.');
  }
  return {
    manifest: getInput(DetectInput.manifest) || 'msdeploy.yml',
    workingDirectory: getInput(DetectInput.workingDirectory) || '.',
    base: getInput(DetectInput.base) || undefined,
    head: getInput(DetectInput.head) || undefined,
    basePolicy: policy,
    services: parseList(getInput(DetectInput.services)),
    maxFetchRounds: rounds,
    detailFile: getInput(DetectInput.detailFile) || undefined,
    token: getInput(DetectInput.token) || undefined,
  };
}
