/**
 * The rules every workflow and composite action here keeps (docs/workflows.md): least
 * permissions, pinned third-party actions, no expressions inside scripts, no risky triggers,
 * promotions and deploys serialised per service, and internal `uses:` that name what exists
 * with the inputs it declares.
 */
import { parse } from 'yaml';
import {
  ACTIONS,
  EXAMPLE_WORKFLOWS,
  internalFile,
  OWN_WORKFLOWS,
  readText,
  readYaml,
  stepsOf,
  where,
  WORKFLOWS,
  type Yaml,
} from '../support/workflow-files.js';
import { internalRefs } from '../../scripts/release-refs.js';

const COMPOSITES = ACTIONS.filter((f) => readYaml(f).runs?.using === 'composite');
const ALL = [...WORKFLOWS, ...COMPOSITES];

/** The third-party actions we use, each at one commit, with the release tag it carries. */
const PINS: Record<string, { sha: string; version: string }> = {
  'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  'actions/setup-node': { sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
  'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
  'actions/download-artifact': {
    sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c',
    version: 'v8.0.1',
  },
};

type Level = 'read' | 'write';
type Permissions = Record<string, Level>;

/** What each action needs of the job's token (the least that makes it work). */
const NEEDS: Record<string, Permissions> = {
  'actions/checkout': { contents: 'read' },
  'actions/setup-node': {},
  'actions/upload-artifact': {},
  'actions/download-artifact': {},
  'actions/detect-changed-service': { contents: 'read', actions: 'read' },
  'actions/build-artifact': { contents: 'read' },
  'actions/promote-stage': {
    contents: 'write',
    deployments: 'write',
    statuses: 'write',
    actions: 'read',
  },
  'actions/deploy-env': { contents: 'write', deployments: 'write', actions: 'read' },
  'actions/promote-and-deploy': {
    contents: 'write',
    deployments: 'write',
    statuses: 'write',
    actions: 'read',
  },
  'actions/service-ci': { contents: 'read', actions: 'read' },
  // The CLI needs what its command needs; the job's other steps justify the grants.
  root: {},
};

/** Grants a job has beyond what its steps need, and why. */
const EXTRA_GRANTS: Record<string, Permissions> = {
  // It pushes the release tags with the checkout's credentials.
  '.github/workflows/release.yml#release': { contents: 'write' },
};

function usesName(uses: string): string {
  const internal = internalFile(uses);
  if (internal === 'action.yml') return 'root';
  if (internal) return internal.replace(/\/action\.yml$/, '');
  return uses.split('@')[0]!.split('/').slice(0, 2).join('/');
}

function merge(into: Permissions, more: Permissions): Permissions {
  for (const [k, v] of Object.entries(more)) if (into[k] !== 'write') into[k] = v;
  return into;
}

/** What a job needs: its steps' needs, or for a call of a reusable workflow, that workflow's jobs'. */
function jobNeeds(job: Yaml): Permissions {
  if (typeof job.uses === 'string') {
    const called = internalFile(job.uses);
    if (!called) throw new Error(`${job.uses} is not one of our workflows`);
    const jobs = Object.values((readYaml(called).jobs ?? {}) as Record<string, Yaml>);
    return jobs.reduce<Permissions>(
      (acc, j) => merge(acc, (j.permissions ?? {}) as Permissions),
      {},
    );
  }
  const needs: Permissions = {};
  for (const step of (job.steps ?? []) as Yaml[]) {
    if (typeof step.uses !== 'string') continue;
    const name = usesName(step.uses);
    const need = NEEDS[name];
    if (!need) throw new Error(`no entry in NEEDS for ${name}: say what it needs of the token`);
    merge(needs, need);
  }
  return needs;
}

function jobs(file: string): [string, Yaml][] {
  return Object.entries((readYaml(file).jobs ?? {}) as Record<string, Yaml>);
}

describe.each(WORKFLOWS)('%s', (file) => {
  const doc = readYaml(file);

  it('grants nothing at the top, and each job exactly what its steps need', () => {
    expect(doc.permissions).toEqual({});
    for (const [name, job] of jobs(file)) {
      const wanted = merge(jobNeeds(job), EXTRA_GRANTS[`${file}#${name}`] ?? {});
      expect([name, job.permissions ?? 'missing']).toEqual([name, wanted]);
    }
  });

  it('is not triggered by pull_request_target, and passes no secrets: inherit', () => {
    const on = doc.on;
    const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
    expect(events).not.toContain('pull_request_target');
    for (const [name, job] of jobs(file))
      expect([name, job.secrets]).not.toEqual([name, 'inherit']);
  });

  it('calls our reusable workflows with the inputs and secrets they declare', () => {
    for (const [name, job] of jobs(file)) {
      if (typeof job.uses !== 'string') continue;
      const called = internalFile(job.uses);
      expect([name, job.uses, called && OWN_WORKFLOWS.includes(called)]).toEqual([
        name,
        job.uses,
        true,
      ]);
      const call = readYaml(called!).on.workflow_call;
      checkArguments(`${file}: ${name}`, job.with, call.inputs);
      checkArguments(`${file}: ${name} secrets`, job.secrets, call.secrets);
    }
  });
});

/** `given` names only what `declared` has, and every required one. */
function checkArguments(site: string, given: Yaml, declared: Yaml) {
  const names = Object.keys(given ?? {});
  const known = Object.keys(declared ?? {});
  expect([site, names.filter((n) => !known.includes(n))]).toEqual([site, []]);
  const required = known.filter(
    (k) => declared[k]?.required === true && declared[k]?.default === undefined,
  );
  expect([site, required.filter((r) => !names.includes(r))]).toEqual([site, []]);
}

describe.each(ALL)('steps of %s', (file) => {
  const steps = stepsOf(file);

  it('pin every third-party action to the commit of a release, named in a comment', () => {
    const text = readText(file);
    for (const s of steps) {
      if (typeof s.step.uses !== 'string' || internalFile(s.step.uses)) continue;
      const [name, ref] = s.step.uses.split('@') as [string, string];
      const pin = PINS[name];
      expect([where(s), name, pin ? 'known' : 'add it to PINS']).toEqual([where(s), name, 'known']);
      expect([where(s), ref]).toEqual([where(s), pin!.sha]);
      expect(text).toContain(`uses: ${s.step.uses} # ${pin!.version}\n`);
    }
  });

  it('never put an expression inside a script (values go through env:)', () => {
    for (const s of steps) {
      if (typeof s.step.run !== 'string') continue;
      expect([where(s), s.step.run.includes('${{')]).toEqual([where(s), false]);
    }
  });

  it('use our actions by repository, never ./ (that is the caller’s checkout), with declared inputs', () => {
    for (const s of steps) {
      if (typeof s.step.uses !== 'string') continue;
      expect([where(s), s.step.uses.startsWith('./')]).toEqual([where(s), false]);
      const target = internalFile(s.step.uses);
      if (!target) continue;
      expect([where(s), target, ACTIONS.includes(target)]).toEqual([where(s), target, true]);
      checkArguments(where(s), s.step.with, readYaml(target).inputs);
    }
  });
});

describe('internal refs', () => {
  it('name one owner and one ref in all our files (the release rewrites them together)', () => {
    const seen = new Set<string>();
    for (const file of [...OWN_WORKFLOWS, ...ACTIONS]) {
      for (const r of internalRefs(readText(file))) seen.add(`${r.owner}@${r.ref}`);
    }
    expect([...seen]).toEqual(['<org>@main']);
  });

  it('in the examples name a released major version, as a user would', () => {
    for (const file of EXAMPLE_WORKFLOWS) {
      for (const r of internalRefs(readText(file))) expect([file, r.ref]).toEqual([file, 'v1']);
    }
  });
});

describe('promotions and deploys', () => {
  /** Jobs that promote or deploy, in any workflow of ours. */
  const moving = OWN_WORKFLOWS.flatMap((file) =>
    jobs(file)
      .filter(([, job]) =>
        ((job.steps ?? []) as Yaml[]).some(
          (s) =>
            typeof s.uses === 'string' &&
            /^actions\/(promote-stage|deploy-env|promote-and-deploy)$/.test(usesName(s.uses)),
        ),
      )
      .map(([name, job]) => [`${file}#${name}`, job] as const),
  );

  it('are found in the pipeline, promote and deploy workflows', () => {
    expect(moving.map(([site]) => site).sort()).toEqual([
      '.github/workflows/deploy.yml#deploy',
      '.github/workflows/promote.yml#promote',
      '.github/workflows/service-chunk.yml#advance',
    ]);
  });

  it.each(moving.map(([site, job]) => [site, job]))(
    '%s waits in a concurrency group per service and environment, never cancelling',
    (_site, job: Yaml) => {
      expect(job.concurrency?.['cancel-in-progress']).toBe(false);
      const group = String(job.concurrency?.group);
      expect(group).toMatch(/\.service \}\}/);
      // The environment, the stage that names it, or for the pipeline's walk through a service's
      // automatic stages, the ref it walks.
      expect(group).toMatch(/inputs\.(environment|stage) \}\}|github\.ref \}\}/);
    },
  );
});

describe("the pipeline's walk through the stages", () => {
  const advance = readYaml('.github/workflows/service-chunk.yml').jobs.advance;
  const steps = advance.steps as Yaml[];
  const text = (step: Yaml) => JSON.stringify(step);

  it('has for stage i a test step and a promotion that read stages[i] and follow stage i-1', () => {
    const slots = steps.filter((s) => /^(test|stage)-\d+$/.test(String(s.id)));
    expect(slots.length).toBe(13);
    for (const s of slots) {
      const i = Number(String(s.id).split('-')[1]);
      const indexes = [...text(s).matchAll(/stages\[(\d+)\]/g)].map((m) => Number(m[1]));
      expect([s.id, [...new Set(indexes)]]).toEqual([s.id, [i]]);
      const follows = [...text(s).matchAll(/steps\.stage-(\d+)\.outcome/g)].map((m) =>
        Number(m[1]),
      );
      expect([s.id, follows]).toEqual([s.id, i === 0 ? [] : [i - 1]]);
    }
    const beyond = steps.find((s) => s.id === 'beyond');
    expect(text(beyond)).toContain('stages[7]');
    expect(text(beyond)).toContain('steps.stage-6.outcome');
  });
});

describe("the examples' promote buttons", () => {
  it.each(['monorepo', 'single-service'])(
    '%s offers its services and the stages after the first',
    (example) => {
      const manifest = parse(readText(`examples/${example}/msdeploy.yml`));
      const inputs = readYaml(`examples/${example}/.github/workflows/promote.yml`).on
        .workflow_dispatch.inputs;
      const services = manifest.services ? Object.keys(manifest.services) : [manifest.name];
      const stages = (manifest.pipeline.stages as Yaml[]).map((s) => s.name as string);
      expect(inputs.service).toMatchObject({ type: 'choice', required: true, options: services });
      expect(inputs.stage).toMatchObject({
        type: 'choice',
        required: true,
        options: stages.slice(1),
      });
      expect(inputs.version).toMatchObject({ type: 'string', required: true });
    },
  );
});
