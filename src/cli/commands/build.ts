/** `msdeploy build <service>`: the build-artifact action's use case, with a progress display. */
import { join } from 'node:path';
import { buildArtifact } from '../../app/build.js';
import { parseVersion } from '../../app/settings.js';
import { buildText } from '../../core/report/build-report.js';
import { progressReporter } from '../progress.js';
import { defineCommand } from '../registry.js';
import { storeOptions, storeSettings } from '../store-options.js';
import { workspace, workspaceOptions } from '../workspace.js';

export const buildCommand = defineCommand({
  name: 'build',
  summary:
    'Build the service once into a reproducible artifact, record its provenance and store it.',
  args: ['<service>'],
  options: {
    ...storeOptions,
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
        store: storeSettings(values, manifest.root),
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
