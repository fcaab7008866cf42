/** The promote-stage action's inputs and outputs, listed once here and in its action.yml. */
import type { PromoteOutcome, PromoteSettings } from '../../app/promote.js';
import { getInput, getSecretInput } from '../../platform/runner/inputs.js';
import { setOutputs } from '../../platform/runner/outputs.js';
import { getStoreSettings, StoreInput } from '../store-inputs.js';
import { workspaceManifest } from '../workspace.js';

export const PromoteInput = {
  service: 'service',
  version: 'version',
  to: 'to',
  reason: 'reason',
  manifest: 'manifest',
  workingDirectory: 'working-directory',
  ledgerRef: 'ledger-ref',
  token: 'token',
  ...StoreInput,
} as const;

export const PromoteOutput = {
  stage: 'stage',
  version: 'version',
  digest: 'digest',
  previousDigest: 'previous-digest',
  environment: 'environment',
  changed: 'changed',
} as const;

export function getPromoteSettings(): PromoteSettings {
  const token = getSecretInput(PromoteInput.token);
  const manifest = workspaceManifest(
    getInput(PromoteInput.workingDirectory),
    getInput(PromoteInput.manifest),
  );
  const reason = getInput(PromoteInput.reason);
  const ledgerRef = getInput(PromoteInput.ledgerRef);
  return {
    manifest,
    service: getInput(PromoteInput.service, true),
    version: getInput(PromoteInput.version, true),
    to: getInput(PromoteInput.to, true),
    ...(reason && { reason }),
    ...(ledgerRef && { ledgerRef }),
    push: true,
    ...(token && { token }),
    store: getStoreSettings(manifest.root, token),
  };
}

export function writePromoteOutputs(o: PromoteOutcome): void {
  setOutputs({
    [PromoteOutput.stage]: o.stage,
    [PromoteOutput.version]: o.version,
    [PromoteOutput.digest]: o.digest,
    [PromoteOutput.previousDigest]: o.previous ?? '',
    [PromoteOutput.environment]: o.environment ?? '',
    [PromoteOutput.changed]: String(o.changed),
  });
}
