/**
 * msdeploy's workflow and action files, for the offline checks in test/workflows: which files
 * there are, their YAML, and where an internal `uses:` (`<owner>/msdeploy/…@<ref>`) points in
 * this checkout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseInternalUses } from '../../scripts/release-refs.js';
import { PROJECT_ROOT } from './action-runner.js';

function yamlFiles(dir: string): string[] {
  const abs = join(PROJECT_ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** Our own workflows: the reusable ones, release and CI. */
export const OWN_WORKFLOWS = yamlFiles('.github/workflows');

/** The examples' caller workflows (what a user's repository holds). */
export const EXAMPLE_WORKFLOWS = readdirSync(join(PROJECT_ROOT, 'examples'))
  .sort()
  .flatMap((example) => yamlFiles(`examples/${example}/.github/workflows`));

export const WORKFLOWS = [...OWN_WORKFLOWS, ...EXAMPLE_WORKFLOWS];

/** Every action.yml: the root action and actions/<name>/action.yml. */
export const ACTIONS = [
  'action.yml',
  ...readdirSync(join(PROJECT_ROOT, 'actions'))
    .sort()
    .map((name) => `actions/${name}/action.yml`)
    .filter((f) => existsSync(join(PROJECT_ROOT, f))),
];

export function readText(rel: string): string {
  return readFileSync(join(PROJECT_ROOT, rel), 'utf8');
}

/* eslint-disable @typescript-eslint/no-explicit-any -- workflow YAML is checked field by field */
export type Yaml = any;

export function readYaml(rel: string): Yaml {
  return parse(readText(rel));
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * The file in this checkout an internal `uses:` names: `action.yml`, `actions/<name>/action.yml`
 * or `.github/workflows/<file>`; undefined for any other `uses:`.
 */
export function internalFile(uses: string): string | undefined {
  const ref = parseInternalUses(uses);
  if (!ref) return undefined;
  if (ref.path === '') return 'action.yml';
  if (ref.path.startsWith('/actions/')) return `${ref.path.slice(1)}/action.yml`;
  return ref.path.slice(1);
}

export interface StepSite {
  file: string;
  job?: string;
  index: number;
  step: Yaml;
}

/** Every step of every job of a workflow, or of a composite action. */
export function stepsOf(file: string): StepSite[] {
  const doc = readYaml(file);
  if (file.endsWith('action.yml')) {
    const steps = (doc.runs?.steps ?? []) as Yaml[];
    return steps.map((step, index) => ({ file, index, step }));
  }
  return Object.entries((doc.jobs ?? {}) as Record<string, Yaml>).flatMap(([job, def]) =>
    ((def.steps ?? []) as Yaml[]).map((step, index) => ({ file, job, index, step })),
  );
}

/** `file: job.steps[i] (id)` for messages. */
export function where(s: StepSite): string {
  const id = s.step.id ? ` (${s.step.id})` : '';
  return `${s.file}: ${s.job ? `${s.job}.` : ''}steps[${s.index}]${id}`;
}
