/**
 * The ledger commands: promote, status, log, hold, release, reject. Each is one app call and its
 * rendering; the ledger is local unless `--push` (or `pipeline.ledger.push`) says origin.
 */
import { hold, ledgerLog, promote, reject, release, status } from '../../app/promote.js';
import type { LedgerOutcome } from '../../app/promote.js';
import { statusText, terminalSafe } from '../../core/report/value-stream.js';
import type { Options } from '../registry.js';
import { defineCommand, UsageError } from '../registry.js';
import { storeOptions, storeSettings } from '../store-options.js';
import { workspace } from '../workspace.js';
import { ledgerOptions, ledgerSettings, reasonOption } from '../ledger-options.js';

function print(outcome: LedgerOutcome, json: boolean | undefined, extra: object = {}): number {
  if (json) {
    // The whole state is the ledger's business; the outcome says what changed.
    const { changed, record, message, commit, status, attempts } = outcome;
    const out = {
      changed,
      record: record ?? null,
      message,
      commit: commit ?? null,
      status,
      attempts,
    };
    process.stdout.write(JSON.stringify({ ...out, ...extra }, null, 2) + '\n');
  } else {
    process.stdout.write(terminalSafe(outcome.message) + '\n' + statusText([outcome.status]));
  }
  return 0;
}

export const promoteCommand = defineCommand({
  name: 'promote',
  summary: "Move one artifact digest into the next stage of its service's pipeline.",
  args: ['<service>'],
  options: {
    to: { type: 'string', value: '<stage>', description: 'the stage to enter (required)' },
    version: {
      type: 'string',
      value: '<v|sha256:…>',
      description: 'the version, digest or artifact reference to promote (required)',
    },
    ...reasonOption,
    ...storeOptions,
    ...ledgerOptions,
  },
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const outcome = await promote(
      {
        manifest,
        ...ledgerSettings(values),
        service: service!,
        to: required(values.to, 'to', 'promote'),
        version: required(values.version, 'version', 'promote'),
        ...(values.reason !== undefined && { reason: values.reason }),
        store: storeSettings(values, manifest.root),
      },
      run,
      logger,
    );
    return print(outcome, values.json);
  },
});

export const statusCommand = defineCommand({
  name: 'status',
  summary: 'Where each artifact of one service (or of all) stands, stage by stage.',
  args: ['[<service>]'],
  options: ledgerOptions,
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const result = await status(
      { manifest, ...ledgerSettings(values), ...(service !== undefined && { service }) },
      run,
      logger,
    );
    process.stdout.write(
      values.json
        ? JSON.stringify({ services: result.services }, null, 2) + '\n'
        : statusText(result.services),
    );
    return 0;
  },
});

export const logCommand = defineCommand({
  name: 'log',
  summary: "A service's ledger records, oldest first.",
  args: ['<service>'],
  options: ledgerOptions,
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const records = await ledgerLog(
      { manifest, ...ledgerSettings(values), service: service! },
      run,
      logger,
    );
    if (values.json) {
      process.stdout.write(JSON.stringify(records, null, 2) + '\n');
      return 0;
    }
    for (const r of records) {
      const what = [r.kind, r.stage, r.version, r.digest?.slice(0, 19)].filter(Boolean).join(' ');
      const why = r.reason ? `: ${r.reason}` : '';
      process.stdout.write(
        terminalSafe(`${r.seq}  ${r.at}  ${what}  by ${r.actor} (${r.via})${why}`) + '\n',
      );
    }
    return 0;
  },
});

const stageOptions = {
  stage: { type: 'string', value: '<stage>', description: 'the stage (required)' },
  ...reasonOption,
  ...ledgerOptions,
} as const satisfies Options;

export const holdCommand = defineCommand({
  name: 'hold',
  summary: 'Stop every promotion into a stage until it is released (needs --reason).',
  args: ['<service>'],
  options: stageOptions,
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const outcome = await hold(
      {
        manifest,
        ...ledgerSettings(values),
        service: service!,
        stage: required(values.stage, 'stage', 'hold'),
        ...(values.reason !== undefined && { reason: values.reason }),
      },
      run,
      logger,
    );
    return print(outcome, values.json);
  },
});

export const releaseCommand = defineCommand({
  name: 'release',
  summary: 'Lift the hold on a stage.',
  args: ['<service>'],
  options: stageOptions,
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const outcome = await release(
      {
        manifest,
        ...ledgerSettings(values),
        service: service!,
        stage: required(values.stage, 'stage', 'release'),
        ...(values.reason !== undefined && { reason: values.reason }),
      },
      run,
      logger,
    );
    return print(outcome, values.json);
  },
});

export const rejectCommand = defineCommand({
  name: 'reject',
  summary: 'Mark an artifact as never to be promoted again (needs --reason).',
  args: ['<service>'],
  options: {
    version: {
      type: 'string',
      value: '<v|sha256:…>',
      description: 'the version, digest or artifact reference to reject (required)',
    },
    ...reasonOption,
    ...storeOptions,
    ...ledgerOptions,
  },
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const outcome = await reject(
      {
        manifest,
        ...ledgerSettings(values),
        service: service!,
        version: required(values.version, 'version', 'reject'),
        ...(values.reason !== undefined && { reason: values.reason }),
        store: storeSettings(values, manifest.root),
      },
      run,
      logger,
    );
    return print(outcome, values.json);
  },
});

function required(value: string | undefined, option: string, command: string): string {
  if (value === undefined || value === '') {
    throw new UsageError(`${command} needs --${option}: see msdeploy ${command} --help.`);
  }
  return value;
}
