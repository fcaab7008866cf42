/**
 * OciStore.put of a 100 MiB artifact against `curl` doing the least a push can: POST an upload
 * session, PUT the whole file (`--upload-file`, streamed) with its digest. Same blob size, same
 * real docker-registry on loopback, interleaved in a rotating order, medians of --runs. Each push
 * sends new bytes (a counter in the first 8 bytes), so neither side finds the blob already there.
 * Our side does all of a real push: HEAD, upload, config and provenance blobs, tag check,
 * manifests, referrers fallback, digest tag.
 *
 * Then the same artifact again (a re-run step): against one `curl --head` of the blob, and
 * through a counting proxy, which must see no layer byte.
 *
 * Targets (issue 11): push ≤ 1.2× curl; a no-op re-push moves 0 layer bytes.
 *
 *   npx tsx bench/oci-push.bench.ts [--runs N] [--size-mb N]
 */
import { createCipheriv, createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArtifactMeta, Digest } from '../src/core/artifact/types.js';
import { OciStore } from '../src/platform/oci/store.js';
import { startProxy, startRegistry } from '../test/support/registry.js';
import {
  MIB,
  Targets,
  median,
  numberFlag,
  pairedRatio,
  printTable,
  timedRun,
} from './support/measure.js';

const PUSH_TARGET = 1.2;
const runs = numberFlag('--runs', 9);
const size = numberFlag('--size-mb', 100) * MIB;

/** curl's push: POST for a session, then one PUT of the whole file to its Location. */
const CURL_PUSH = [
  'set -euo pipefail',
  'loc=$(curl -sS -f -X POST -D - -o /dev/null "$1/v2/$2/blobs/uploads/" | tr -d "\\r" | sed -n "s/^[Ll]ocation: //p")',
  'curl -sS -f -X PUT -H "Content-Type: application/octet-stream" -H "Expect:" --upload-file "$3" -o /dev/null "$loc&digest=$4"',
].join('\n');

/** Deterministic incompressible bytes (an AES-CTR keystream), like a packed artifact. */
function writeBlob(file: string): void {
  const fd = openSync(file, 'w');
  const cipher = createCipheriv('aes-128-ctr', Buffer.alloc(16, 1), Buffer.alloc(16));
  for (let done = 0; done < size; done += 8 * MIB) {
    writeSync(fd, cipher.update(Buffer.alloc(Math.min(8 * MIB, size - done))));
  }
  closeSync(fd);
}

/** Makes the file a blob no push has sent yet; returns its digest, as the packer would. */
function stamp(file: string, n: number): Digest {
  const fd = openSync(file, 'r+');
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(n));
  writeSync(fd, counter, 0, 8, 0);
  closeSync(fd);
  return `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
}

function meta(digest: Digest, n: number): ArtifactMeta {
  return {
    service: 'bench',
    version: `1.0.${n}`,
    kind: 'archive',
    digest,
    size,
    fileName: `bench-1.0.${n}.tar.gz`,
  };
}

function provenanceOf(digest: Digest): Buffer {
  return Buffer.from(
    JSON.stringify({
      subject: [{ digest: { sha256: digest.slice(7) } }],
      predicate: { runDetails: { metadata: { finishedOn: '2026-01-01T00:00:00Z' } } },
    }),
  );
}

const work = mkdtempSync(join(tmpdir(), 'msdeploy-oci-bench-'));
const registry = await startRegistry();
const targets = new Targets();
try {
  const file = join(work, 'artifact.tar.gz');
  writeBlob(file);
  const store = new OciStore({ repository: `${registry.host}/bench` });
  let pushes = 0;
  const samples = { curl: [] as number[], ours: [] as number[] };
  const sides: Record<keyof typeof samples, () => Promise<number>> = {
    curl: async () => {
      const digest = stamp(file, ++pushes);
      const argv = ['bash', '-c', CURL_PUSH, 'push', registry.url, 'bench/curl', file, digest];
      return (await timedRun(argv)).ms;
    },
    ours: async () => {
      const n = ++pushes;
      const m = meta(stamp(file, n), n);
      const t0 = performance.now();
      await store.put(file, m, provenanceOf(m.digest));
      return performance.now() - t0;
    },
  };
  const order = Object.keys(sides) as (keyof typeof samples)[];
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < order.length; i++) {
      const side = order[(r + i) % order.length]!;
      samples[side].push(await sides[side]());
    }
  }

  // The last artifact ours pushed, again: a no-op, against one HEAD of its blob.
  const n = pushes;
  const last = meta(stamp(file, n), n);
  const blobUrl = `${registry.url}/v2/bench/bench/blobs/${last.digest}`;
  const again = { head: [] as number[], repush: [] as number[] };
  for (let r = 0; r < runs; r++) {
    again.head.push(
      (await timedRun(['curl', '-sS', '-f', '--head', '-o', '/dev/null', blobUrl])).ms,
    );
    const t0 = performance.now();
    await store.put(file, last, provenanceOf(last.digest));
    again.repush.push(performance.now() - t0);
  }

  // Through a counting proxy: the re-push sends no layer byte.
  const proxy = await startProxy(registry.url);
  let wire: number;
  let layer: number;
  try {
    const viaProxy = new OciStore({ repository: `${proxy.host}/bench` });
    const before = proxy.uploadBytes();
    layer = (await viaProxy.put(file, last, provenanceOf(last.digest))).bytesUploaded;
    wire = proxy.uploadBytes() - before;
  } finally {
    await proxy.close();
  }

  const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
  const mbps = (xs: number[]) => `${(size / MIB / (median(xs) / 1000)).toFixed(0)} MiB/s`;
  // The verdict: the median of per-round ratios (a round slow for both sides cancels out); the
  // ratio of the medians is shown beside it.
  const push = pairedRatio(samples.ours, samples.curl);
  const ofMedians = median(samples.ours) / median(samples.curl);
  printTable([
    ['side', 'median', 'throughput', 'vs yardstick'],
    ['curl POST + PUT --upload-file', ms(samples.curl), mbps(samples.curl), '1.00×'],
    [
      'OciStore.put',
      ms(samples.ours),
      mbps(samples.ours),
      `${push.toFixed(2)}× (of medians ${ofMedians.toFixed(2)}×)`,
    ],
    ['curl --head of the blob', ms(again.head), '', '1.00×'],
    [
      'OciStore.put again (no-op)',
      ms(again.repush),
      '',
      `${(median(again.repush) / median(again.head)).toFixed(2)}×`,
    ],
  ]);
  for (const [side, xs] of Object.entries({ ...samples, ...again })) {
    console.log(`${side} runs: ${xs.map((x) => x.toFixed(0)).join(' ')} ms`);
  }
  console.log(`${size / MIB} MiB blob, median of ${runs} interleaved runs`);
  targets.check('push vs curl', push <= PUSH_TARGET, `${push.toFixed(2)}×`, `≤ ${PUSH_TARGET}×`);
  targets.check(
    'no-op re-push layer bytes (counted by a proxy)',
    layer === 0 && wire === 0,
    `${layer} reported, ${wire} on the wire`,
    '0',
  );
} finally {
  await registry.stop();
  rmSync(work, { recursive: true, force: true });
}
targets.exit();
