/** `msdeploy detect`: the detect-changed-service action's use case, with terminal output. */
import { resolve } from 'node:path';
import { detectAffected } from '../../app/detect.js';
import { parseList, parseMaxFetchRounds } from '../../app/settings.js';
import { detectText } from '../../core/report/detect-text.js';
import { defineCommand } from '../registry.js';
import { workspace, workspaceOptions } from '../workspace.js';

export const detectCommand = defineCommand({
  name: 'detect',
  summary: 'Which services does the change between two commits affect, and why.',
  options: {
    base: {
      type: 'string',
      value: '<rev>',
      description:
        "compare from this revision: a branch means where HEAD left it (merge-base), a sha or\ntag exactly (default: inside GitHub Actions, the event's base; elsewhere, where HEAD\nleft the default branch)",
    },
    head: {
      type: 'string',
      value: '<rev>',
      description: 'compare up to this revision (default: HEAD)',
    },
    services: {
      type: 'string',
      value: '<a,b>',
      description: 'skip detection: exactly these services',
    },
    detail: {
      type: 'string',
      value: '<file>',
      description: 'also write the full detail JSON (every file of every service) here',
    },
    'max-fetch-rounds': {
      type: 'string',
      value: '<n>',
      description: 'bound on deepening a shallow clone',
      default: '8',
    },
    json: { type: 'boolean', description: 'print the detail JSON to stdout instead of text' },
    ...workspaceOptions,
  },
  async run(values) {
    const { manifest, run, logger } = await workspace(values);
    const { result, detail } = await detectAffected(
      {
        manifest,
        base: values.base,
        head: values.head,
        basePolicy: 'event',
        services: parseList('services', values.services ?? ''),
        maxFetchRounds: parseMaxFetchRounds(values['max-fetch-rounds']),
        detailFile: values.detail === undefined ? undefined : resolve(values.cwd, values.detail),
        token: process.env.GITHUB_TOKEN,
      },
      run,
      logger,
    );
    process.stdout.write(values.json ? JSON.stringify(detail, null, 2) + '\n' : detectText(result));
    return 0;
  },
});
