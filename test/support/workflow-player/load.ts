/**
 * Workflow and action.yml files read with GitHub's own parser (@actions/workflow-parser): schema
 * validation and the converted model (jobs, needs, `if:` wrapped in success(), step ids), plus
 * what that model leaves out (`with:`, `shell:`, `working-directory:`, timeouts, defaults),
 * taken from the same token tree. Keys the player cannot play are refused here, before anything
 * runs.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  isBoolean,
  isMapping,
  isSequence,
  isString,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { Step } from '@actions/workflow-parser/model/workflow-template';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import type { TemplateContext } from '@actions/workflow-parser/templates/template-context';
import { PlayerError, where } from './errors.js';

export interface StepSpec {
  id: string;
  /** Ids the parser made up (`__run`, `__actions_checkout`) are not in the steps context. */
  generatedId: boolean;
  name?: TemplateToken;
  if: TemplateToken;
  env?: TemplateToken;
  run?: TemplateToken;
  uses?: string;
  with?: TemplateToken;
  shell?: TemplateToken;
  workingDirectory?: TemplateToken;
  timeoutMinutes?: TemplateToken;
  continueOnError?: TemplateToken;
}

export interface RunDefaults {
  shell?: TemplateToken;
  workingDirectory?: TemplateToken;
}

export interface JobSpec {
  id: string;
  name?: TemplateToken;
  needs: string[];
  if: TemplateToken;
  strategy?: TemplateToken;
  outputs?: TemplateToken;
  env?: TemplateToken;
  environment?: TemplateToken;
  concurrency?: TemplateToken;
  timeoutMinutes?: TemplateToken;
  continueOnError?: TemplateToken;
  defaults: RunDefaults;
  steps: StepSpec[];
  /** A reusable workflow call: `uses:`, its `with:` and `secrets:` (or 'inherit'). */
  call?: { uses: string; with?: TemplateToken; secrets?: TemplateToken | 'inherit' };
}

export interface WorkflowSpec {
  /** The file, relative to its repository (`.github/workflows/x.yml`), for messages. */
  file: string;
  /** The repository the file lives in: `uses: ./.github/workflows/…` resolves here. */
  repoRoot: string;
  name: string;
  events: string[];
  env?: TemplateToken;
  defaults: RunDefaults;
  concurrency?: TemplateToken;
  call: { inputs?: MappingToken; secrets?: MappingToken; outputs?: MappingToken };
  dispatchInputs?: MappingToken;
  jobs: JobSpec[];
}

export interface ActionInputSpec {
  default?: TemplateToken;
  required: boolean;
}

export interface ActionSpec {
  file: string;
  dir: string;
  inputs: Map<string, ActionInputSpec>;
  outputs: Map<string, TemplateToken | undefined>;
  runs: { using: 'node'; main: string } | { using: 'composite'; steps: StepSpec[] };
}

const JOB_KEYS = new Set([
  'name',
  'needs',
  'if',
  'runs-on',
  'permissions',
  'environment',
  'concurrency',
  'outputs',
  'env',
  'defaults',
  'steps',
  'timeout-minutes',
  'strategy',
  'continue-on-error',
  'uses',
  'with',
  'secrets',
]);
const STEP_KEYS = new Set([
  'id',
  'name',
  'if',
  'uses',
  'run',
  'with',
  'env',
  'shell',
  'working-directory',
  'continue-on-error',
  'timeout-minutes',
]);

function validationErrors(context: TemplateContext, file: string): void {
  const errors = context.errors.getErrors();
  if (errors.length > 0) {
    throw new PlayerError(
      `${file} is not a valid file for GitHub:\n${errors.map((e) => `  ${e.message}`).join('\n')}`,
    );
  }
}

function entries(token: TemplateToken | undefined): Map<string, TemplateToken> {
  const out = new Map<string, TemplateToken>();
  if (token && isMapping(token))
    for (const { key, value } of token) out.set(key.assertString('key').value, value);
  return out;
}

function refuseKeys(token: MappingToken, allowed: Set<string>, what: string, file: string): void {
  for (const { key } of token) {
    const name = key.assertString('key').value;
    if (!allowed.has(name)) {
      throw new PlayerError(
        `${file}: ${where(key)}${what} uses \`${name}\`, which the workflow player does not support ` +
          `(it plays: ${[...allowed].join(', ')}); extend test/support/workflow-player or drop the key`,
      );
    }
  }
}

function runDefaults(token: TemplateToken | undefined): RunDefaults {
  const run = entries(entries(token).get('run'));
  return { shell: run.get('shell'), workingDirectory: run.get('working-directory') };
}

function steps(
  raw: TemplateToken | undefined,
  converted: Step[],
  file: string,
  what: string,
): StepSpec[] {
  if (!raw) return [];
  if (!isSequence(raw))
    throw new PlayerError(`${file}: ${where(raw)}${what} steps must be a sequence`);
  const items = [...raw];
  if (items.length !== converted.length)
    throw new PlayerError(`${file}: ${where(raw)}${what} has a malformed step`);
  return items.map((item, i) => {
    const step = converted[i]!;
    if (!('if' in step) || !('run' in step || 'uses' in step)) {
      throw new PlayerError(
        `${file}: ${where(item)}${what}: only run: and uses: steps can be played`,
      );
    }
    const mapping = item.assertMapping('step');
    refuseKeys(mapping, STEP_KEYS, `a step of ${what}`, file);
    const keys = entries(mapping);
    const generatedId = step.id === '' || step.id.startsWith('__');
    return {
      id: step.id === '' ? `__step${i}` : step.id,
      generatedId,
      name: step.name,
      if: step.if,
      env: step.env,
      run: 'run' in step ? step.run : undefined,
      uses: 'uses' in step ? step.uses.value : undefined,
      with: keys.get('with'),
      shell: keys.get('shell'),
      workingDirectory: keys.get('working-directory'),
      timeoutMinutes: keys.get('timeout-minutes'),
      continueOnError: keys.get('continue-on-error'),
    };
  });
}

export async function loadWorkflow(path: string, repoRoot: string): Promise<WorkflowSpec> {
  const file = relative(repoRoot, path);
  const parsed = parseWorkflow(
    { name: file, content: readFileSync(path, 'utf8') },
    new NoOperationTraceWriter(),
  );
  if (!parsed.value) validationErrors(parsed.context, file);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
  validationErrors(parsed.context, file);
  const root = entries(parsed.value);
  const on = root.get('on');
  const events =
    on && isString(on)
      ? [on.value]
      : on && isSequence(on)
        ? [...on].map((t) => t.assertString('event').value)
        : [...entries(on).keys()];
  const onMap = entries(on);
  const call = entries(onMap.get('workflow_call'));
  const rawJobs = entries(root.get('jobs'));
  const name = root.get('name');
  return {
    file,
    repoRoot,
    name: name && isString(name) ? name.value : file,
    events,
    env: root.get('env'),
    defaults: runDefaults(root.get('defaults')),
    concurrency: root.get('concurrency'),
    call: {
      inputs: call.get('inputs')?.assertMapping('inputs'),
      secrets: call.get('secrets')?.assertMapping('secrets'),
      outputs: call.get('outputs')?.assertMapping('outputs'),
    },
    dispatchInputs: entries(onMap.get('workflow_dispatch')).get('inputs')?.assertMapping('inputs'),
    jobs: template.jobs.map((job): JobSpec => {
      const raw = rawJobs.get(job.id.value)!.assertMapping('job');
      const what = `job ${job.id.value}`;
      refuseKeys(raw, JOB_KEYS, what, file);
      const keys = entries(raw);
      const secrets = keys.get('secrets');
      return {
        id: job.id.value,
        name: keys.get('name'),
        needs: (job.needs ?? []).map((n) => n.value),
        if: job.if,
        strategy: job.strategy,
        outputs: keys.get('outputs'),
        env: keys.get('env'),
        environment: keys.get('environment'),
        concurrency: keys.get('concurrency'),
        timeoutMinutes: keys.get('timeout-minutes'),
        continueOnError: keys.get('continue-on-error'),
        defaults: runDefaults(keys.get('defaults')),
        steps: job.type === 'job' ? steps(keys.get('steps'), job.steps, file, what) : [],
        call:
          job.type === 'reusableWorkflowJob'
            ? {
                uses: job.ref.value,
                with: keys.get('with'),
                secrets:
                  secrets && isString(secrets) && secrets.value === 'inherit' ? 'inherit' : secrets,
              }
            : undefined,
      };
    }),
  };
}

export function loadAction(path: string, dir: string, label: string): ActionSpec {
  const parsed = parseAction(
    { name: label, content: readFileSync(path, 'utf8') },
    new NoOperationTraceWriter(),
  );
  if (!parsed.value) validationErrors(parsed.context, label);
  const template = convertActionTemplate(parsed.context, parsed.value!);
  validationErrors(parsed.context, label);
  const root = entries(parsed.value);
  const inputs = new Map<string, ActionInputSpec>();
  for (const [name, def] of entries(root.get('inputs'))) {
    const keys = entries(def);
    const required = keys.get('required');
    inputs.set(name, {
      default: keys.get('default'),
      required: required !== undefined && isBoolean(required) && required.value,
    });
  }
  const outputs = new Map<string, TemplateToken | undefined>();
  for (const [name, def] of entries(root.get('outputs')))
    outputs.set(name, entries(def).get('value'));
  const runs = entries(root.get('runs'));
  for (const hook of ['pre', 'post', 'pre-if', 'post-if']) {
    if (runs.has(hook))
      throw new PlayerError(`${label}: runs.${hook} is not supported by the workflow player`);
  }
  const r = template.runs;
  if (r.using === 'composite') {
    return {
      file: label,
      dir,
      inputs,
      outputs,
      runs: {
        using: 'composite',
        steps: steps(runs.get('steps'), r.steps, label, 'the composite action'),
      },
    };
  }
  if (r.using === 'docker')
    throw new PlayerError(`${label}: docker actions are not supported by the workflow player`);
  return { file: label, dir, inputs, outputs, runs: { using: 'node', main: r.main } };
}
