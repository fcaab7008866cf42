/** Every action's action.yml and its entry's input/output lists must agree, and be complete. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BuildInput, BuildOutput } from '../../src/actions/build-artifact/io.js';
import { DeployInput, DeployOutput } from '../../src/actions/deploy-env/io.js';
import { DetectInput, DetectOutput } from '../../src/actions/detect-changed-service/io.js';
import { PromoteInput, PromoteOutput } from '../../src/actions/promote-stage/io.js';
import { PROJECT_ROOT } from '../support/action-runner.js';

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const actions: Record<string, { inputs: object; outputs: object }> = {
  'detect-changed-service': { inputs: DetectInput, outputs: DetectOutput },
  'build-artifact': { inputs: BuildInput, outputs: BuildOutput },
  'promote-stage': { inputs: PromoteInput, outputs: PromoteOutput },
  'deploy-env': { inputs: DeployInput, outputs: DeployOutput },
};

describe.each(Object.entries(actions))('actions/%s/action.yml', (name, io) => {
  const meta = parse(
    readFileSync(join(PROJECT_ROOT, 'actions', name, 'action.yml'), 'utf8'),
  ) as ActionYml;

  it('runs the committed bundle on node24', () => {
    expect(meta.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
    expect(readFileSync(join(PROJECT_ROOT, 'dist', name, 'index.js')).length).toBeGreaterThan(0);
  });

  it('declares exactly the inputs the code reads', () => {
    expect(Object.keys(meta.inputs).sort()).toEqual(Object.values(io.inputs).sort());
  });

  it('declares exactly the outputs the code writes', () => {
    expect(Object.keys(meta.outputs).sort()).toEqual(Object.values(io.outputs).sort());
  });

  it('describes every input and output, and has branding', () => {
    for (const [k, v] of [...Object.entries(meta.inputs), ...Object.entries(meta.outputs)]) {
      expect([k, (v.description ?? '').length > 10]).toEqual([k, true]);
    }
    expect(meta.branding.icon).toBeTruthy();
    expect(meta.description.length).toBeGreaterThan(20);
  });
});

describe('start-up cost', () => {
  const bundleText = (name: string) =>
    readdirSync(join(PROJECT_ROOT, 'dist', name))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(PROJECT_ROOT, 'dist', name, f), 'utf8'))
      .join('\n');

  it('detect-changed-service never bundles @actions/artifact (~200 ms of start-up)', () => {
    expect(bundleText('detect-changed-service')).not.toContain(
      'github.actions.results.api.v1.ArtifactService',
    );
  });

  it('build-artifact loads @actions/artifact only from a lazy chunk, not its entry', () => {
    expect(bundleText('build-artifact')).toContain('github.actions.results.api.v1.ArtifactService');
    const entry = readFileSync(join(PROJECT_ROOT, 'dist', 'build-artifact', 'index.js'), 'utf8');
    expect(entry).not.toContain('github.actions.results.api.v1.ArtifactService');
  });
});
