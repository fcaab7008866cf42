/**
 * What detect-changed-service loads before its first real work. Its start-up is budgeted at 2×
 * `node -e 0` (bench/startup.bench.ts); these checks keep the heavy parts out of it for good:
 * the YAML parser and the manifest's rules load while git's diff runs (app/detect.ts), the
 * GitHub client only when an API call is needed, node:v8/node:vm only for a large manifest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './support/action-runner.js';
import { staticImports } from './support/bundle-imports.js';

const DIST = join(PROJECT_ROOT, 'dist/detect-changed-service');

/** index.js and every chunk it imports statically, transitively: what runs at start-up. */
function startupFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const queue = ['index.js'];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    const code = readFileSync(join(DIST, file), 'utf8');
    files.set(file, code);
    for (const s of staticImports(code)) if (s.startsWith('./')) queue.push(s.slice(2));
  }
  return files;
}

/** The modules bundled into `code`: esbuild heads each with a `// <path>` comment. */
function modulesIn(code: string): string[] {
  return [...code.matchAll(/^\/\/ ((?:src|node_modules|\.\.)\/\S+)$/gm)].map((m) => m[1]!);
}

describe('detect-changed-service at start-up', () => {
  const files = startupFiles();
  const modules = [...files.values()].flatMap(modulesIn);
  const imports = new Set([...files.values()].flatMap(staticImports));

  it('runs its own entry and the run context (the check sees the bundle)', () => {
    expect(modules).toEqual(
      expect.arrayContaining([
        'src/actions/detect-changed-service/index.ts',
        'src/app/detect.ts',
        'src/platform/runner/context.ts',
      ]),
    );
  });

  it('loads no YAML parser and none of the manifest rules', () => {
    expect(modules.filter((m) => /\/yaml\/|manifest\/(load|spec|validate)\.ts/.test(m))).toEqual(
      [],
    );
  });

  it('loads no GitHub client', () => {
    expect(modules.filter((m) => /@octokit|undici|@actions\//.test(m))).toEqual([]);
  });

  it('loads neither node:crypto nor the heap tools', () => {
    expect([...imports].filter((b) => /^node:(crypto|v8|vm)$/.test(b))).toEqual([]);
  });
});
