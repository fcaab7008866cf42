/** The build-artifact action's inputs and outputs, listed once here and in its action.yml. */
import type { BuildOutcome, BuildSettings } from '../../app/build.js';
import { parseVersion } from '../../app/settings.js';
import { getBooleanInput, getInput, getSecretInput } from '../../platform/runner/inputs.js';
import { setOutputs } from '../../platform/runner/outputs.js';
import { getStoreSettings, StoreInput } from '../store-inputs.js';
import { workspaceManifest } from '../workspace.js';

export const BuildInput = {
  service: 'service',
  manifest: 'manifest',
  workingDirectory: 'working-directory',
  ...StoreInput,
  version: 'version',
  attest: 'attest',
  token: 'token',
} as const;

export const BuildOutput = {
  version: 'version',
  digest: 'digest',
  artifact: 'artifact',
  provenance: 'provenance',
  kind: 'kind',
  size: 'size',
  location: 'location',
  attestation: 'attestation',
} as const;

export function getBuildSettings(): BuildSettings {
  // Credentials first: masked before anything else can print them.
  const token = getSecretInput(BuildInput.token);
  const manifest = workspaceManifest(
    getInput(BuildInput.workingDirectory),
    getInput(BuildInput.manifest),
  );
  return {
    manifest,
    service: getInput(BuildInput.service, true),
    store: getStoreSettings(manifest.root, token),
    version: parseVersion(getInput(BuildInput.version)),
    attest: getBooleanInput(BuildInput.attest, false),
    token,
  };
}

export function writeBuildOutputs({ result, attestation }: BuildOutcome): void {
  setOutputs({
    [BuildOutput.version]: result.meta.version,
    [BuildOutput.digest]: result.meta.digest,
    [BuildOutput.artifact]: result.stored.ref,
    [BuildOutput.provenance]: result.provenancePath,
    [BuildOutput.kind]: result.meta.kind,
    [BuildOutput.size]: String(result.meta.size),
    [BuildOutput.location]: result.stored.location,
    [BuildOutput.attestation]: attestation?.url ?? attestation?.id ?? '',
  });
}
