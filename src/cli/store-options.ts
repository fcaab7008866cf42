/** The artifact store options `build`, `promote` and `reject` share, and the settings they make. */
import { join, resolve } from 'node:path';
import { DEFAULT_LOCAL_STORE, parseStoreKind, type StoreSettings } from '../platform/stores.js';
import type { Options } from './registry.js';

export const storeOptions = {
  store: {
    type: 'string',
    value: '<kind>',
    description: 'local, github or oci',
    default: 'local',
  },
  'store-path': {
    type: 'string',
    value: '<dir>',
    description: `the local store (default: ${DEFAULT_LOCAL_STORE} in the repository root)`,
  },
  registry: {
    type: 'string',
    value: '<repo>',
    description:
      'OCI repository, e.g. ghcr.io/acme/shop: service catalog goes to\nghcr.io/acme/shop/catalog (store oci); credentials from\nMSDEPLOY_REGISTRY_USERNAME / MSDEPLOY_REGISTRY_PASSWORD',
  },
  'insecure-registry': {
    type: 'boolean',
    description: 'allow plain HTTP to a non-loopback registry',
  },
} as const satisfies Options;

export function storeSettings(
  values: {
    store: string;
    'store-path'?: string;
    registry?: string;
    'insecure-registry'?: boolean;
    cwd: string;
  },
  root: string,
): StoreSettings {
  return {
    kind: parseStoreKind(values.store),
    path: values['store-path']
      ? resolve(values.cwd, values['store-path'])
      : join(root, DEFAULT_LOCAL_STORE),
    registry: values.registry,
    username: process.env.MSDEPLOY_REGISTRY_USERNAME,
    password: process.env.MSDEPLOY_REGISTRY_PASSWORD,
    insecure: values['insecure-registry'],
    token: process.env.GITHUB_TOKEN,
  };
}
