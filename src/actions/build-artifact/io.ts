/** The build-artifact action's inputs and outputs, listed once here and in its action.yml. */
import { getBooleanInput, getInput } from '../../platform/runner.js';
import { DEFAULT_LOCAL_STORE, parseStoreKind, type StoreKind } from '../../platform/stores.js';

export const BuildInput = {
  service: 'service',
  manifest: 'manifest',
  workingDirectory: 'working-directory',
  store: 'store',
  storePath: 'store-path',
  registry: 'registry',
  registryUsername: 'registry-username',
  registryPassword: 'registry-password',
  insecureRegistry: 'insecure-registry',
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

export interface BuildInputs {
  service: string;
  manifest: string;
  workingDirectory: string;
  store: StoreKind;
  storePath: string;
  registry?: string;
  registryUsername?: string;
  registryPassword?: string;
  version?: string;
  token?: string;
  insecure: boolean;
  attest: boolean;
}

export function getBuildInputs(): BuildInputs {
  return {
    service: getInput(BuildInput.service, true),
    manifest: getInput(BuildInput.manifest) || 'msdeploy.yml',
    workingDirectory: getInput(BuildInput.workingDirectory) || '.',
    store: parseStoreKind(getInput(BuildInput.store) || 'github'),
    storePath: getInput(BuildInput.storePath) || DEFAULT_LOCAL_STORE,
    registry: getInput(BuildInput.registry) || undefined,
    registryUsername: getInput(BuildInput.registryUsername) || undefined,
    registryPassword: getInput(BuildInput.registryPassword) || undefined,
    version: getInput(BuildInput.version) || undefined,
    token: getInput(BuildInput.token) || undefined,
    insecure: getBooleanInput(BuildInput.insecureRegistry, false),
    attest: getBooleanInput(BuildInput.attest, false),
  };
}
