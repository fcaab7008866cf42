/**
 * OCI push of a ~100 MB artifact to a real docker-registry on loopback, then the same push
 * again. Layer bytes are counted by a proxy in front of the registry (not self-reported) and
 * checked against the store's bytesUploaded. Target (issue #3): the second push moves 0 layer
 * bytes. The first push is the baseline the second is measured against.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { ArtifactMeta, Digest } from '../src/core/artifact/types.js';
import { OciStore } from '../src/platform/oci/store.js';
import { startProxy, startRegistry } from '../test/support/registry.js';

const SIZE = 100 * 1024 * 1024;

async function writeArtifact(file: string): Promise<ArtifactMeta> {
  const out = createWriteStream(file);
  const hash = createHash('sha256');
  for (let written = 0; written < SIZE;) {
    const block = randomBytes(Math.min(4 * 1024 * 1024, SIZE - written));
    hash.update(block);
    if (!out.write(block)) await once(out, 'drain');
    written += block.length;
  }
  out.end();
  await once(out, 'finish');
  const digest: Digest = `sha256:${hash.digest('hex')}`;
  return {
    service: 'bench',
    version: '1.0.0+1.bench',
    kind: 'archive',
    digest,
    size: SIZE,
    fileName: 'bench-1.0.0.tar.gz',
  };
}

const work = mkdtempSync(join(tmpdir(), 'msdeploy-oci-bench-'));
const registry = await startRegistry();
const proxy = await startProxy(registry.url);
let failed = false;
try {
  const file = join(work, 'artifact.tar.gz');
  const meta = await writeArtifact(file);
  const provenance = Buffer.from(
    JSON.stringify({
      predicate: { runDetails: { metadata: { finishedOn: '2026-01-01T00:00:00Z' } } },
    }),
  );
  const store = new OciStore({ repository: `${proxy.host}/bench/artifact` });

  const push = async () => {
    const before = proxy.uploadBytes();
    const t0 = performance.now();
    const stored = await store.put(file, meta, provenance);
    return {
      ms: performance.now() - t0,
      wire: proxy.uploadBytes() - before,
      layer: stored.bytesUploaded,
    };
  };
  const first = await push();
  const second = await push();

  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  const rows = [
    ['push', 'layer bytes', 'upload bytes on the wire', 'time'],
    ['first', mb(first.layer), mb(first.wire), `${first.ms.toFixed(0)} ms`],
    ['second', String(second.layer), String(second.wire), `${second.ms.toFixed(0)} ms`],
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  for (const r of rows) console.log(r.map((cell, col) => cell.padEnd(widths[col]!)).join('  '));
  console.log(
    `second/first: time ${(second.ms / first.ms).toFixed(3)}, layer bytes ${second.layer}/${first.layer}`,
  );

  const pass = second.layer === 0 && second.wire === 0 && first.layer === SIZE;
  console.log(`target: second push moves 0 layer bytes — ${pass ? 'PASS' : 'FAIL'}`);
  if (!pass) failed = true;
} finally {
  await proxy.close();
  await registry.stop();
  rmSync(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
