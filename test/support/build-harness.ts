/** Runs buildService over the real ports (bash, our packer, a local store) for tests. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildService, type BuildContext } from '../../src/core/artifact/build.js';
import type { ArtifactStore } from '../../src/core/ports.js';
import type { Logger } from '../../src/core/ports.js';
import { loadManifestOrThrow } from '../../src/core/manifest/index.js';
import { serviceByName } from '../../src/core/manifest/lookup.js';
import { LocalStore } from '../../src/platform/local-store.js';
import { buildPorts } from '../../src/app/build.js';

const temps = new Set<string>();

/** A temp dir removed by cleanupBuilds(). */
export function tempDir(kind: string): string {
  const dir = mkdtempSync(join(tmpdir(), `msdeploy-${kind}-`));
  temps.add(dir);
  return dir;
}

export function cleanupBuilds(): void {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
  temps.clear();
}

export const quietLogger = (lines: string[] = []): Logger => ({
  debug: () => undefined,
  info: (m) => void lines.push(m),
  warning: (m) => void lines.push(`warning: ${m}`),
  error: (m) => void lines.push(`error: ${m}`),
  group: (_t, fn) => fn(),
});

export function context(
  repoRoot: string,
  commit: string,
  over: Partial<BuildContext> = {},
): BuildContext {
  return {
    repoRoot,
    commit,
    sourceDateEpoch: 1_700_000_000,
    ref: 'refs/heads/main',
    defaultBranch: 'main',
    counter: 7,
    repository: 'acme/shop',
    serverUrl: 'https://github.com',
    runUrl: 'https://github.com/acme/shop/actions/runs/42',
    builderId: 'https://github.com/acme/shop/.github/workflows/ci.yml@refs/heads/main',
    msdeployVersion: '0.1.0',
    toolchain: { node: process.versions.node, zlib: process.versions.zlib ?? 'unknown' },
    workDir: tempDir('work'),
    ...over,
  };
}

export async function buildIn(
  repoRoot: string,
  serviceName: string,
  ctx: BuildContext,
  opts: { store?: ArtifactStore; log?: string[] } = {},
) {
  const manifest = loadManifestOrThrow(readFileSync(join(repoRoot, 'msdeploy.yml'), 'utf8'));
  const store = opts.store ?? new LocalStore(tempDir('store'));
  return buildService(
    serviceByName(manifest, serviceName),
    ctx,
    buildPorts(store, quietLogger(opts.log)),
  );
}
