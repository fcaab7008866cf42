/** The deploy-env action's inputs and outputs, listed once here and in its action.yml. */
import type { DeployOutcome, DeploySettings } from '../../app/deploy.js';
import { getInput, getSecretInput } from '../../platform/runner/inputs.js';
import { setOutputs } from '../../platform/runner/outputs.js';
import { parentEnvironment } from '../../platform/runner/context.js';
import { getStoreSettings, StoreInput } from '../store-inputs.js';
import { workspaceManifest } from '../workspace.js';

export const DeployInput = {
  service: 'service',
  environment: 'environment',
  version: 'version',
  reason: 'reason',
  manifest: 'manifest',
  workingDirectory: 'working-directory',
  ledgerRef: 'ledger-ref',
  token: 'token',
  sshKey: 'ssh-key',
  ...StoreInput,
} as const;

export const DeployOutput = {
  url: 'url',
  version: 'version',
  digest: 'digest',
  configDigest: 'config-digest',
  release: 'release',
  previousVersion: 'previous-version',
  rolledBack: 'rolled-back',
  changed: 'changed',
} as const;

export function getDeploySettings(): DeploySettings {
  const token = getSecretInput(DeployInput.token);
  const sshKey = getSecretInput(DeployInput.sshKey);
  const manifest = workspaceManifest(
    getInput(DeployInput.workingDirectory),
    getInput(DeployInput.manifest),
  );
  const reason = getInput(DeployInput.reason);
  const ledgerRef = getInput(DeployInput.ledgerRef);
  const env = parentEnvironment();
  return {
    manifest,
    service: getInput(DeployInput.service, true),
    environment: getInput(DeployInput.environment, true),
    version: getInput(DeployInput.version, true),
    ...(reason && { reason }),
    ...(ledgerRef && { ledgerRef }),
    push: true,
    ...(token && { token }),
    store: getStoreSettings(manifest.root, token),
    // The step's `env:` maps GitHub secrets to these names; only the environment's are read.
    secret: (name) => env[name],
    ...(sshKey && { sshKey }),
  };
}

export function writeDeployOutputs(o: DeployOutcome): void {
  setOutputs({
    [DeployOutput.url]: o.url ?? '',
    [DeployOutput.version]: o.version,
    [DeployOutput.digest]: o.digest,
    [DeployOutput.configDigest]: o.configDigest,
    [DeployOutput.release]: o.release,
    [DeployOutput.previousVersion]: o.previousVersion ?? '',
    [DeployOutput.rolledBack]: String(o.rolledBack),
    [DeployOutput.changed]: String(o.changed),
  });
}
