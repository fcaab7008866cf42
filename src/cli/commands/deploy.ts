/** `msdeploy deploy`: the deploy-env use case, with terminal output. */
import { deploy, DeployFailed, type DeployOutcome } from '../../app/deploy.js';
import { parseLeaseWait } from '../../app/settings.js';
import { rollback } from '../../app/rollback.js';
import { terminalSafe } from '../../core/report/value-stream.js';
import { defineCommand, UsageError } from '../registry.js';
import { storeOptions, storeSettings } from '../store-options.js';
import { ledgerOptions, ledgerSettings, reasonOption } from '../ledger-options.js';
import { workspace } from '../workspace.js';

const leaseWaitOption = {
  'lease-wait': {
    type: 'string',
    value: '<seconds>',
    description: "wait up to this long for another deployer's lease (default 0: refuse at once)",
  },
} as const;

export const deployCommand = defineCommand({
  name: 'deploy',
  summary: 'Deploy a release (artifact × configuration) of a service to an environment.',
  args: ['<service>'],
  options: {
    env: { type: 'string', value: '<environment>', description: 'the environment (required)' },
    version: {
      type: 'string',
      value: '<v|sha256:…>',
      description: 'the version, digest or artifact reference to deploy (required)',
    },
    ...leaseWaitOption,
    ...reasonOption,
    ...storeOptions,
    ...ledgerOptions,
  },
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    if (!values.env) throw new UsageError('deploy needs --env: see msdeploy deploy --help.');
    if (!values.version)
      throw new UsageError('deploy needs --version: see msdeploy deploy --help.');
    const outcome = await deploy(
      {
        manifest,
        service: service!,
        environment: values.env,
        version: values.version,
        waitSeconds: parseLeaseWait(values['lease-wait']),
        ...(values.reason !== undefined && { reason: values.reason }),
        ...ledgerSettings(values),
        store: storeSettings(values, manifest.root),
        // Secrets come from this process's environment; only the environment's names are read.
        secret: (name) => process.env[name],
        // The ssh driver's key, as a secret (CI); otherwise ssh's agent and ~/.ssh as usual.
        ...(process.env.MSDEPLOY_SSH_KEY && { sshKey: process.env.MSDEPLOY_SSH_KEY }),
      },
      run,
      logger,
    );
    process.stdout.write(
      values.json ? JSON.stringify(outcome, null, 2) + '\n' : deployText(outcome),
    );
    if (outcome.failed) throw new DeployFailed(outcome.message);
    return 0;
  },
});

function deployText(o: DeployOutcome): string {
  const lines = [o.message];
  for (const t of o.targets) {
    lines.push(`  ${t.target}${t.previous ? ` (was ${t.previous})` : ''}`);
    for (const s of t.steps) lines.push(`    ${s.ok ? '✓' : '✗'} ${s.step}  ${s.detail}`);
  }
  return lines.map(terminalSafe).join('\n') + '\n';
}

export const rollbackCommand = defineCommand({
  name: 'rollback',
  summary: 'Make an earlier release of a service live again in an environment.',
  args: ['<service>'],
  options: {
    env: { type: 'string', value: '<environment>', description: 'the environment (required)' },
    to: {
      type: 'string',
      value: '<v|sha256:…>',
      description:
        'a version that was live there before (default: the one the live release replaced)',
    },
    reject: { type: 'boolean', description: 'also reject the release it replaces' },
    ...leaseWaitOption,
    ...reasonOption,
    ...storeOptions,
    ...ledgerOptions,
  },
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    if (!values.env) throw new UsageError('rollback needs --env: see msdeploy rollback --help.');
    const outcome = await rollback(
      {
        manifest,
        service: service!,
        environment: values.env,
        ...(values.to !== undefined && { to: values.to }),
        ...(values.reject !== undefined && { reject: values.reject }),
        waitSeconds: parseLeaseWait(values['lease-wait']),
        ...(values.reason !== undefined && { reason: values.reason }),
        ...ledgerSettings(values),
        // The command driver fetches the earlier artifact and resolves its configuration again.
        store: storeSettings(values, manifest.root),
        secret: (name) => process.env[name],
        ...(process.env.MSDEPLOY_SSH_KEY && { sshKey: process.env.MSDEPLOY_SSH_KEY }),
      },
      run,
      logger,
    );
    process.stdout.write(
      values.json ? JSON.stringify(outcome, null, 2) + '\n' : deployText(outcome),
    );
    if (outcome.failed) throw new DeployFailed(outcome.message);
    return 0;
  },
});
