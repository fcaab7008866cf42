/** The options every ledger command shares (ledger ref, origin or local, JSON), and their settings. */
import type { Options } from './registry.js';
import { workspaceOptions } from './workspace.js';

export const ledgerOptions = {
  'ledger-ref': {
    type: 'string',
    value: '<ref>',
    description: 'the ledger ref (default: pipeline.ledger.ref, else msdeploy/ledger)',
  },
  push: {
    type: 'boolean',
    description: 'read and write the ledger on origin (default: pipeline.ledger.push, else local)',
  },
  json: { type: 'boolean', description: 'print the result as JSON' },
  ...workspaceOptions,
} as const satisfies Options;

export const reasonOption = {
  reason: { type: 'string', value: '<text>', description: 'why: recorded in the ledger' },
} as const satisfies Options;

export function ledgerSettings(values: { 'ledger-ref'?: string; push?: boolean }) {
  return {
    ...(values['ledger-ref'] !== undefined && { ledgerRef: values['ledger-ref'] }),
    ...(values.push !== undefined && { push: values.push }),
    token: process.env.GITHUB_TOKEN,
  };
}
