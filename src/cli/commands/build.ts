/** `msdeploy build <service>`: the build-artifact action's use case, with a progress display. */
import { join, resolve } from 'node:path';
import { buildArtifact } from '../../app/build.js';
import { parseVersion } from '../../app/settings.js';
import { buildText } from '../../core/report/build-report.js';
import { DEFAULT_LOCAL_STORE, parseStoreKind } from '../../platform/stores.js';
import { progressReporter } from '../progress.js';
import { defineCommand } from '../registry.js';
import { workspace, workspaceOptions } from '../workspace.js';

export const buildCommand = defineCommand({
  name: 'build',
  summary:
    'Build the service once into a reproducible artifact, record its provenance and store it.',
  args: ['<service>'],
  options: {
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
    version: {
      type: 'string',
      value: '<v>',
      description: 'use this version instead of the computed one',
    },
    json: { type: 'boolean', description: 'print the result as JSON' },
    ...workspaceOptions,
  },
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const progress = progressReporter();
    const { result, commit } = await buildArtifact(
      {
        manifest,
        service: service!,
        store: {
          kind: parseStoreKind(values.store),
          path: values['store-path']
            ? resolve(values.cwd, values['store-path'])
            : join(manifest.root, DEFAULT_LOCAL_STORE),
          registry: values.registry,
          username: process.env.MSDEPLOY_REGISTRY_USERNAME,
          password: process.env.MSDEPLOY_REGISTRY_PASSWORD,
          insecure: values['insecure-registry'],
          token: process.env.GITHUB_TOKEN,
        },
        version: parseVersion(values.version),
        attest: false,
        // Beside the local store, so the printed provenance path stays valid after the run.
        workDir: join(manifest.root, '.msdeploy', 'work'),
        onProgress: (phase, done, total) =>
          progress.update(phase === 'pack' ? 'packing' : 'storing', done, total),
      },
      run,
      logger,
    );
    process.stdout.write(
      values.json
        ? JSON.stringify(
            {
              ...result.meta,
              ref: result.stored.ref,
              location: result.stored.location,
              provenance: result.provenancePath,
            },
            null,
            2,
          ) + '\n'
        : buildText(result, commit),
    );
    return 0;
  },
});
