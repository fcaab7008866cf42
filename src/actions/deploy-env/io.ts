/** The deploy-env action's inputs and outputs, listed once here and in its action.yml. */
import type { DeployOutcome, DeploySettings } from '../../app/deploy.js';
import type { RollbackSettings } from '../../app/rollback.js';
import { parseLeaseWait, parseSecretMap } from '../../app/settings.js';
import { SettingError } from '../../core/errors.js';
import { getBooleanInput, getInput, getSecretInput } from '../../platform/runner/inputs.js';
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
  leaseWait: 'lease-wait',
  secrets: 'secrets',
  rollback: 'rollback',
  reject: 'reject',
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

/** A deploy, or (input `rollback: true`) a rollback to the previous or a named release. */
export type DeployRequest =
  { kind: 'deploy'; settings: DeploySettings } | { kind: 'rollback'; settings: RollbackSettings };

export function getDeployRequest(): DeployRequest {
  const token = getSecretInput(DeployInput.token);
  const sshKey = getSecretInput(DeployInput.sshKey);
  const manifest = workspaceManifest(
    getInput(DeployInput.workingDirectory),
    getInput(DeployInput.manifest),
  );
  const reason = getInput(DeployInput.reason);
  const ledgerRef = getInput(DeployInput.ledgerRef);
  const version = getInput(DeployInput.version);
  const rollback = getBooleanInput(DeployInput.rollback, false);
  const reject = getBooleanInput(DeployInput.reject, false);
  const common = {
    manifest,
    service: getInput(DeployInput.service, true),
    environment: getInput(DeployInput.environment, true),
    waitSeconds: parseLeaseWait(getInput(DeployInput.leaseWait)),
    ...(reason && { reason }),
    ...(ledgerRef && { ledgerRef }),
    push: true,
    ...(token && { token }),
    store: getStoreSettings(manifest.root, token),
    ...(sshKey && { sshKey }),
  };
  const env = parentEnvironment();
  const handed = parseSecretMap(DeployInput.secrets, getSecretInput(DeployInput.secrets) ?? '');
  // The `secrets` input (what a reusable workflow can pass), else the step's `env:` mapping
  // GitHub secrets to these names; only the environment's names are ever read.
  const secret = (name: string) =>
    Object.prototype.hasOwnProperty.call(handed, name) ? handed[name] : env[name];
  if (rollback) {
    // `version` names the release to go back to; empty: the one the live release replaced.
    return {
      kind: 'rollback',
      settings: { ...common, ...(version && { to: version }), reject, secret },
    };
  }
  if (reject) {
    throw new SettingError(
      DeployInput.reject,
      (label) =>
        `The ${label} only goes with \`rollback: true\` (it rejects the release rolled back from).`,
    );
  }
  if (!version) {
    throw new SettingError(
      DeployInput.version,
      (label) =>
        `The ${label} is required to deploy (what to deploy: a version, a digest or an artifact reference).`,
    );
  }
  return { kind: 'deploy', settings: { ...common, version, secret } };
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
