// Lint guards the design (docs/architecture.md, "Rules the lint enforces"): type-checked rules
// wherever TypeScript lives, no import cycles in src/, and one block per layer of src/ saying
// what that layer may not import, spawn or read from the environment. test/lint/layers.test.ts
// proves each of these rules fires.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));

const TS = ['**/*.ts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

// ── Layers ────────────────────────────────────────────────────────────────────────────────
// Data flows one way: actions / cli → app → platform → core. Each entry says which other
// layers of src/ a layer must not import, and why.
const WHY = {
  platform:
    'src/platform implements the ports; core reaches the outside only through the ports in src/core/ports.ts, injected by app.',
  app: 'src/app composes platform + core for the entries; nothing below it may call back up into it.',
  actions:
    'src/actions/* are thin entries (getInputs → app → writeOutputs); nothing may import an entry.',
  cli: 'src/cli is the msdeploy command, an entry over the same app functions; nothing may import an entry.',
};
const LAYERS = {
  core: ['platform', 'app', 'actions', 'cli'],
  platform: ['app', 'actions', 'cli'],
  app: ['actions', 'cli'],
  actions: ['cli'],
  cli: ['actions'],
};
// Packages core must not import: it talks to GitHub and the runner only through ports.
const CORE_PACKAGES = [
  {
    prefix: '@actions/',
    message:
      'src/core never imports @actions/*: take a port (Logger, GitHubApi, ...) from src/core/ports.ts.',
  },
  {
    prefix: '@octokit/',
    message:
      'src/core never imports @octokit/*: GitHub REST goes through the GitHubApi port (src/platform/github.ts implements it).',
  },
];
const SPAWN = {
  core: 'src/core never spawns: take the CommandRunner or Git port from src/core/ports.ts.',
  other:
    'Spawn only through runProcess in src/platform/process.ts (argv arrays, process groups, timeouts, output tails); git commands live in src/platform/git.ts.',
};
const ENV =
  'Only src/platform/runner/context.ts (and the CLI) read the process environment: use runContext(), parentEnvironment() or an accessor exported from there.';

/** no-restricted-imports and no-restricted-syntax (dynamic import()) for one layer. */
function layerRules(layer, { spawn = false, env = false } = {}) {
  const forbidden = LAYERS[layer].map((to) => ({
    to,
    message: `src/${layer} must not import src/${to}: ${WHY[to]}`,
  }));
  const packages = layer === 'core' ? CORE_PACKAGES : [];
  const spawnMessage = layer === 'core' ? SPAWN.core : SPAWN.other;
  const paths = [];
  if (!spawn) {
    for (const name of ['node:child_process', 'child_process'])
      paths.push({ name, message: spawnMessage });
  }
  if (!env) {
    for (const name of ['node:process', 'process'])
      paths.push({ name, importNames: ['env'], message: ENV });
  }
  const patterns = [
    ...forbidden.map(({ to, message }) => ({ group: [`**/${to}/**`], message })),
    ...packages.map(({ prefix, message }) => ({ group: [`${prefix}*`], message })),
  ];
  // no-restricted-imports does not see import(): the same rules for dynamic imports. (A later
  // block that sets no-restricted-syntax for src/ files would replace these.)
  const dynamic = [
    ...forbidden.map(({ to, message }) => ({ re: `(^|\\/)${to}\\/`, message })),
    ...packages.map(({ prefix, message }) => ({ re: `^${prefix.replace('/', '\\/')}`, message })),
    ...(spawn ? [] : [{ re: '^(node:)?child_process$', message: spawnMessage }]),
  ];
  return {
    'no-restricted-imports': ['error', { paths, patterns }],
    'no-restricted-syntax': [
      'error',
      ...dynamic.map(({ re, message }) => ({
        selector: `ImportExpression[source.value=/${re}/]`,
        message,
      })),
    ],
  };
}

/** Files under src/<layer>/, minus the exceptions that get their own block below. */
const layer = (name, ignores = []) => ({
  name: `msdeploy/layer/${name}`,
  files: [`src/${name}/**/*.ts`],
  ignores,
  rules: layerRules(name),
});

// The only modules allowed to spawn, and the one runner-environment reader outside the CLI.
const SPAWNERS = ['src/platform/process.ts', 'src/platform/git.ts'];
const ENV_READER = 'src/platform/runner/context.ts';

export default defineConfig(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', 'examples/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'msdeploy/base',
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  {
    name: 'msdeploy/typescript',
    files: TS,
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A `default:` does not excuse a missing member of a union: adding a member must be
      // handled everywhere the union is switched on.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    // Plain JS config and launcher files are not in tsconfig: no type information for them.
    name: 'msdeploy/plain-js',
    files: JS,
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Jest mocks and JSON.parse results are `any` by nature, and fakes implement async ports
    // with `async` methods that need no await (a throw inside still becomes a rejection).
    // The promise and switch rules stay.
    name: 'msdeploy/tests',
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // A cycle in src/ means a type or a function lives in the wrong module. Type-only imports
    // (`import type`, or every specifier `type`) are never followed by import-x/no-cycle.
    name: 'msdeploy/no-cycle',
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Without .ts here import-x resolves `./x.js` to x.ts but never reads it: no cycle is seen.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${root}/tsconfig.json` }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { maxDepth: '∞', ignoreExternal: true }] },
  },
  layer('core'),
  layer('platform', [...SPAWNERS, ENV_READER]),
  {
    name: 'msdeploy/layer/platform-spawners',
    files: SPAWNERS,
    rules: layerRules('platform', { spawn: true }),
  },
  {
    name: 'msdeploy/layer/platform-env',
    files: [ENV_READER],
    rules: layerRules('platform', { env: true }),
  },
  layer('app'),
  layer('actions'),
  {
    name: 'msdeploy/layer/cli',
    files: ['src/cli/**/*.ts'],
    rules: layerRules('cli', { env: true }),
  },
  {
    // process.env: only the runner context and the CLI (which has no runner) read it.
    name: 'msdeploy/process-env',
    files: ['src/**/*.ts'],
    ignores: [ENV_READER, 'src/cli/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: ENV }],
    },
  },
);
