/**
 * The lint rules that guard the design bite: each snippet breaks one rule of the house and the
 * repository's own eslint.config.js (unchanged, through ESLint's Node API) reports it.
 *
 * Type-checked rules need the linted file to be part of the TypeScript project, and the project
 * service only knows files that exist on disk. So each snippet is linted as an addition to a
 * real file of the layer under test: `lintText(file + snippet, { filePath: file })`. The layer
 * rules go by that path, the type-checked rules see the file with the snippet in it, and the
 * import graph for no-cycle is the real one on disk. The file stays whole (the project service
 * keeps the last text it was given, and other snippets import these files), and nothing is
 * written. Snippet names carry a `lint` prefix so they cannot clash with the file's own.
 */
import { ESLint, type Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/action-runner.js';

// Real files, one per layer, none of them an exception in the config (the spawners
// src/platform/{process,git}.ts, the environment reader src/platform/runner/context.ts).
const CORE = 'src/core/errors.ts';
const PLATFORM = 'src/platform/console-logger.ts';
const APP = 'src/app/detect.ts';
const ACTIONS = 'src/actions/run-action.ts';
const CLI = 'src/cli/index.ts';

let eslint: ESLint;

// One ESLint, hence one TypeScript project service for all the snippets. The first lint loads
// the whole program (10-20 s on a busy 2-core machine); the snippets after it take well under 1 s.
beforeAll(async () => {
  eslint = new ESLint({
    cwd: PROJECT_ROOT,
    overrideConfigFile: join(PROJECT_ROOT, 'eslint.config.js'),
  });
  await lint(CORE, '');
}, 180_000);

/**
 * `ruleId@line` of every problem lint finds in `snippet` appended to the real file `filePath`
 * (lines count from the snippet's first line), but for the rules in `except`.
 */
async function problems(
  filePath: string,
  snippet: string,
  except: string[] = [],
): Promise<string[]> {
  const messages = await lint(filePath, snippet);
  return messages
    .filter((m) => !except.includes(m.ruleId ?? ''))
    .map((m) => `${m.ruleId}@${m.line}`);
}

async function lint(filePath: string, snippet: string): Promise<Linter.LintMessage[]> {
  let file = readFileSync(join(PROJECT_ROOT, filePath), 'utf8');
  if (!file.endsWith('\n')) file += '\n';
  const offset = file.split('\n').length - 1;
  const [result] = await eslint.lintText(file + snippet, { filePath });
  const messages = result?.messages ?? [];
  // A parsing error (e.g. a file outside the project) has no ruleId: fail loudly on it.
  for (const m of messages) if (m.ruleId === null) throw new Error(`${filePath}: ${m.message}`);
  return messages.map((m) => ({ ...m, line: m.line - offset }));
}

describe('the layer rules', () => {
  it('keep core away from platform, app, the runner, child processes and the environment', async () => {
    const snippet = [
      "import { consoleLogger as lintLogger } from '../platform/console-logger.js';",
      "import { detectAffected as lintDetect } from '../app/detect.js';",
      "import * as lintCore from '@actions/core';",
      "import { Octokit as LintOctokit } from '@octokit/core';",
      "import { spawn as lintSpawn } from 'node:child_process';",
      "import { env as lintEnv } from 'node:process';",
      'export const lintUsed = [lintLogger, lintDetect, lintCore, LintOctokit, lintSpawn, lintEnv];',
      'export const lintHome = process.env.HOME;',
      "export const lintLazy = () => import('../platform/stores.js');",
    ].join('\n');
    // Importing upwards from errors.ts, which everything imports, also closes cycles (lines 2
    // and 9); that rule has its own tests below.
    expect(await problems(CORE, snippet, ['import-x/no-cycle'])).toEqual([
      'no-restricted-imports@1',
      'no-restricted-imports@2',
      'no-restricted-imports@3',
      'no-restricted-imports@4',
      'no-restricted-imports@5',
      'no-restricted-imports@6',
      'no-restricted-properties@8',
      'no-restricted-syntax@9',
    ]);
  });

  it('explain themselves', async () => {
    const snippet =
      "import { consoleLogger as lintLogger } from '../platform/console-logger.js';\n" +
      'export const lintUsed = lintLogger;\n';
    expect((await lint(CORE, snippet)).map((m) => m.message)).toEqual([
      expect.stringMatching(/src\/core must not import src\/platform: .*src\/core\/ports\.ts/),
    ]);
  });

  it('keep platform below app and the entries, and spawning in process.ts', async () => {
    const snippet = [
      "import { detectAffected as lintDetect } from '../app/detect.js';",
      "import { runAction as lintRunAction } from '../actions/run-action.js';",
      "import { spawn as lintSpawn } from 'node:child_process';",
      'export const lintUsed = [lintDetect, lintRunAction, lintSpawn];',
      'export const lintToken = process.env.GITHUB_TOKEN;',
    ].join('\n');
    expect(await problems(PLATFORM, snippet)).toEqual([
      'no-restricted-imports@1',
      'no-restricted-imports@2',
      'no-restricted-imports@3',
      'no-restricted-properties@5',
    ]);
  });

  it('keep app below the entries, and the entries apart', async () => {
    const intoCli =
      "import { UsageError as LintUsageError } from '../cli/registry.js';\n" +
      'export const lintUsed = LintUsageError;\n';
    expect(await problems(APP, intoCli)).toEqual(['no-restricted-imports@1']);
    expect(await problems(ACTIONS, intoCli)).toEqual(['no-restricted-imports@1']);
    const intoActions =
      "import { runAction as lintRunAction } from '../actions/run-action.js';\n" +
      'export const lintUsed = lintRunAction;\n';
    expect(await problems(CLI, intoActions)).toEqual(['no-restricted-imports@1']);
    expect(await problems(APP, intoActions)).toEqual(['no-restricted-imports@1']);
  });

  it('let the exceptions through: the spawners, the environment reader, the CLI', async () => {
    const spawns =
      "import { spawn as lintSpawn } from 'node:child_process';\nexport const lintUsed = lintSpawn;\n";
    expect(await problems('src/platform/process.ts', spawns)).toEqual([]);
    expect(await problems('src/platform/git.ts', spawns)).toEqual([]);
    const readsEnv = 'export const lintHome = (): string | undefined => process.env.HOME;\n';
    expect(await problems('src/platform/runner/context.ts', readsEnv)).toEqual([]);
    expect(await problems(CLI, readsEnv)).toEqual([]);
  });
});

describe('the type-checked rules', () => {
  it('refuse a floating promise, in src/ and in tests alike', async () => {
    const snippet = [
      'async function lintSave(): Promise<void> {}',
      'export function lintHandler(): void {',
      '  lintSave();',
      '  void lintSave(); // deliberately not awaited, and said so',
      '}',
    ].join('\n');
    expect(await problems(APP, snippet)).toEqual(['@typescript-eslint/no-floating-promises@3']);
    expect(await problems('test/lint/layers.test.ts', snippet)).toEqual([
      '@typescript-eslint/no-floating-promises@3',
    ]);
  });

  it('refuse a switch over a union that misses a member, even with a default', async () => {
    const snippet = [
      "type LintDriver = 'local' | 'ssh' | 'command';",
      'export function lintPort(d: LintDriver): number {',
      '  switch (d) {',
      "    case 'local':",
      '      return 0;',
      "    case 'ssh':",
      '      return 22;',
      '  }',
      '  return -1;',
      '}',
      'export function lintLabel(d: LintDriver): string {',
      '  switch (d) {',
      "    case 'local':",
      "      return 'here';",
      '    default:',
      "      return 'there';",
      '  }',
      '}',
    ].join('\n');
    expect(await problems(CORE, snippet)).toEqual([
      '@typescript-eslint/switch-exhaustiveness-check@3',
      '@typescript-eslint/switch-exhaustiveness-check@12',
    ]);
  });
});

describe('import cycles', () => {
  // manifest/load.ts imports ManifestProblem from errors.ts: importing it back closes a cycle.
  it('are found through the real import graph', async () => {
    const snippet =
      "import { parseManifest as lintParse } from './manifest/load.js';\n" +
      'export const lintUsed = lintParse;\n';
    expect(await problems(CORE, snippet)).toEqual(['import-x/no-cycle@1']);
  });

  it('ignore type-only imports', async () => {
    const snippet =
      "import type { parseManifest as lintParse } from './manifest/load.js';\n" +
      'export type LintParse = typeof lintParse;\n';
    expect(await problems(CORE, snippet)).toEqual([]);
  });
});

it('passes clean code', async () => {
  const snippet = [
    "import type { Logger as LintLogger } from '../ports.js';",
    "import { ExitCode as LintExitCode } from '../errors.js';",
    "type LintVerdict = 'pass' | 'fail';",
    'export async function lintJudge(v: LintVerdict, logger: LintLogger): Promise<number> {',
    '  await Promise.resolve();',
    '  switch (v) {',
    "    case 'pass':",
    "      logger.info('passed');",
    '      return LintExitCode.ok;',
    "    case 'fail':",
    '      return LintExitCode.failure;',
    '  }',
    '}',
  ].join('\n');
  expect(await problems('src/core/report/markdown.ts', snippet)).toEqual([]);
});
