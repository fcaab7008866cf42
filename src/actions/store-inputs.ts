/** The store inputs build-artifact and promote-stage share, read into StoreSettings. */
import { resolve } from 'node:path';
import { DEFAULT_LOCAL_STORE, parseStoreKind, type StoreSettings } from '../platform/stores.js';
import { getBooleanInput, getInput, getSecretInput } from '../platform/runner/inputs.js';

export const StoreInput = {
  store: 'store',
  storePath: 'store-path',
  registry: 'registry',
  registryUsername: 'registry-username',
  registryPassword: 'registry-password',
  insecureRegistry: 'insecure-registry',
} as const;

/** `token` is read (and masked) by the caller, which may use it for more than the store. */
export function getStoreSettings(root: string, token: string | undefined): StoreSettings {
  const password = getSecretInput(StoreInput.registryPassword);
  return {
    kind: parseStoreKind(getInput(StoreInput.store) || 'github'),
    path: resolve(root, getInput(StoreInput.storePath) || DEFAULT_LOCAL_STORE),
    registry: getInput(StoreInput.registry) || undefined,
    username: getInput(StoreInput.registryUsername) || undefined,
    password,
    insecure: getBooleanInput(StoreInput.insecureRegistry, false),
    token,
  };
}
