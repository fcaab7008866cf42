/**
 * OciStore specifics against a real docker-registry: manifest layout, tags, chunked uploads,
 * referrers tag fallback, retries. What every store promises (round trip, dedupe, digest checks,
 * not found, progress, …) is in test/contracts/oci-store.contract.test.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ARTIFACT_MEDIA_TYPE,
  ARTIFACT_TYPE,
  ArtifactNotFoundError,
  DigestMismatchError,
  PROVENANCE_MEDIA_TYPE,
  type ArtifactMeta,
  type Digest,
} from '../../../src/core/artifact/types.js';
import { RegistryError } from '../../../src/platform/oci/client.js';
import { MEDIA_TYPE_EMPTY, MEDIA_TYPE_INDEX } from '../../../src/platform/oci/manifest.js';
import { OciStore } from '../../../src/platform/oci/store.js';
import { startProxy, startRegistry, type TestRegistry } from '../../support/registry.js';
import { quietLogger } from '../../support/build-harness.js';

const FAST_RETRY = { baseDelayMs: 10, maxDelayMs: 50 };

let registry: TestRegistry;
let work: string;

beforeAll(async () => {
  registry = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'msdeploy-oci-test-'));
});
afterAll(async () => {
  await registry?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

let seq = 0;
function artifact(
  size: number,
  version = '1.4.0+12.abc1234',
): { file: string; meta: ArtifactMeta } {
  const bytes = randomBytes(size);
  const fileName = `catalog-${version}-${++seq}.tar.gz`;
  const file = join(work, fileName);
  writeFileSync(file, bytes);
  const digest: Digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  return { file, meta: { service: 'catalog', version, kind: 'archive', digest, size, fileName } };
}

/** A statement bound to the artifact `digest` (get refuses any other). */
function provenance(finishedOn: string, digest: Digest, extra = ''): Buffer {
  return Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ digest: { sha256: digest.slice('sha256:'.length) } }],
      predicate: { runDetails: { metadata: { finishedOn } } },
      extra,
    }),
  );
}

async function manifestJson(host: string, repo: string, reference: string) {
  const res = await fetch(`http://${host}/v2/${repo}/manifests/${reference}`, {
    headers: {
      accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json',
    },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('OciStore against a real docker-registry', () => {
  test('the ref names the service repository and manifest digest, the location its version tag, and a pull by tag works too', async () => {
    const { file, meta } = artifact(300_000);
    const prov = provenance('2026-01-02T03:04:05Z', meta.digest);
    // registry: <host>/acme keeps service catalog in <host>/acme/catalog.
    const store = new OciStore({ repository: `${registry.host}/acme` });
    const stored = await store.put(file, meta, prov);

    expect(stored.ref).toMatch(
      new RegExp(`^oci://${registry.host}/acme/catalog@sha256:[0-9a-f]{64}$`),
    );
    expect(stored.ref.endsWith(stored.manifestDigest)).toBe(true);
    expect(stored.location).toBe(`${registry.host}/acme/catalog:1.4.0_12.abc1234`);
    expect(stored.bytesUploaded).toBe(meta.size);

    const byTag = join(work, 'pulled-by-tag');
    const viaTag = await store.get(`oci://${stored.location}`, byTag);
    expect(viaTag.meta).toEqual(meta);
    expect(viaTag.provenance.equals(prov)).toBe(true);
    expect(readFileSync(byTag).equals(readFileSync(file))).toBe(true);
  });

  test('a mixed-case repository (ghcr.io/${{ github.repository }} of Acme/Shop) is lower-cased, and the log says so', async () => {
    const { file, meta } = artifact(1000);
    const lines: string[] = [];
    const store = new OciStore({
      repository: `${registry.host}/Acme/Mixed_Case`,
      logger: quietLogger(lines),
    });
    expect(lines).toContain(
      'OCI repository "Acme/Mixed_Case" lower-cased to "acme/mixed_case": registries require lowercase repository names.',
    );
    const stored = await store.put(file, meta, provenance('2026-02-03T04:05:06Z', meta.digest));
    expect(stored.ref.startsWith(`oci://${registry.host}/acme/mixed_case/catalog@sha256:`)).toBe(
      true,
    );
    const got = await store.get(
      `oci://${registry.host}/Acme/Mixed_Case/catalog:${stored.tag}`,
      join(work, 'mixed'),
    );
    expect(got.meta).toEqual(meta);
    // An all-lowercase repository says nothing.
    const quiet: string[] = [];
    new OciStore({ repository: `${registry.host}/acme/lower`, logger: quietLogger(quiet) });
    expect(quiet).toEqual([]);
  });

  test('a version tag never moves to other bytes: the same service@version with new bytes is refused', async () => {
    const store = new OciStore({ repository: `${registry.host}/acme/immutable` });
    const first = artifact(1000, '3.0.0');
    const stored = await store.put(
      first.file,
      first.meta,
      provenance('2026-05-01T00:00:00Z', first.meta.digest),
    );
    // The same bytes again are fine.
    await store.put(first.file, first.meta, provenance('2026-05-01T00:00:00Z', first.meta.digest));
    const second = artifact(1000, '3.0.0');
    await expect(
      store.put(second.file, second.meta, provenance('2026-05-02T00:00:00Z', second.meta.digest)),
    ).rejects.toThrow(
      /already holds catalog 3\.0\.0 as sha256:[0-9a-f]{64}, not sha256:.*a version never moves/,
    );
    const m = await manifestJson(registry.host, 'acme/immutable/catalog', '3.0.0');
    expect(m.annotations['dev.msdeploy.artifact.digest']).toBe(first.meta.digest);
    expect(stored.tag).toBe('3.0.0');
  });

  test('the artifact manifest is an OCI v1.1 artifact with the empty config and annotations', async () => {
    const { file, meta } = artifact(1000);
    const store = new OciStore({ repository: `${registry.host}/acme/shape` });
    const stored = await store.put(file, meta, provenance('2026-02-03T04:05:06Z', meta.digest));
    const m = await manifestJson(registry.host, 'acme/shape/catalog', stored.manifestDigest);
    expect(m.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(m.artifactType).toBe(ARTIFACT_TYPE);
    expect(m.config).toEqual({
      mediaType: MEDIA_TYPE_EMPTY,
      digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      size: 2,
    });
    expect(m.layers).toEqual([
      {
        mediaType: ARTIFACT_MEDIA_TYPE.archive,
        digest: meta.digest,
        size: meta.size,
        annotations: { 'org.opencontainers.image.title': meta.fileName },
      },
    ]);
    expect(m.annotations).toMatchObject({
      'org.opencontainers.image.created': '2026-02-03T04:05:06Z',
      'org.opencontainers.image.version': meta.version,
      'dev.msdeploy.service': 'catalog',
      'dev.msdeploy.artifact.kind': 'archive',
      'dev.msdeploy.artifact.digest': meta.digest,
    });
    // Tagged with the version, `+` mapped to `_`: the same manifest.
    const tagged = await manifestJson(registry.host, 'acme/shape/catalog', '1.4.0_12.abc1234');
    expect(tagged).toEqual(m);
  });

  test('pushing the same artifact again sends no blob byte; new provenance sends only itself', async () => {
    const proxy = await startProxy(registry.url);
    try {
      const { file, meta } = artifact(2_000_000);
      const store = new OciStore({ repository: `${proxy.host}/acme/twice`, chunkSize: 512 * 1024 });
      const first = await store.put(file, meta, provenance('2026-03-01T00:00:00Z', meta.digest));
      expect(first.bytesUploaded).toBe(meta.size);
      expect(proxy.uploadBytes()).toBeGreaterThanOrEqual(meta.size);

      const before = proxy.uploadBytes();
      const seen = proxy.requests.length;
      const again = await store.put(file, meta, provenance('2026-03-01T00:00:00Z', meta.digest));
      expect(again.totalBytesUploaded).toBe(0); // nor config nor provenance
      expect(proxy.uploadBytes() - before).toBe(0);
      expect(again.manifestDigest).toBe(first.manifestDigest); // same inputs, same manifest
      expect(again.ref).toBe(first.ref);
      // A re-run finds the earlier put complete (its digest tag is written last) and writes nothing.
      const writes = proxy.requests.slice(seen).filter((r) => !['GET', 'HEAD'].includes(r.method));
      expect(writes).toEqual([]);

      // A rebuild with new provenance: only the provenance document travels.
      const newer = provenance('2026-03-02T00:00:00Z', meta.digest);
      const mark = proxy.uploadBytes();
      const rebuilt = await store.put(file, meta, newer);
      expect(rebuilt.bytesUploaded).toBe(0);
      expect(proxy.uploadBytes() - mark).toBeLessThanOrEqual(2 * newer.length);
      expect(proxy.uploadBytes() - mark).toBeLessThan(meta.size / 100);
    } finally {
      await proxy.close();
    }
  });

  test('a put cut off before its digest tag is completed by the next put of the same artifact', async () => {
    const cut = await startProxy(registry.url, (req) =>
      req.method === 'PUT' && req.url?.includes('/manifests/artifact-sha256-') ? 400 : undefined,
    );
    try {
      const { file, meta } = artifact(1000);
      const prov = provenance('2026-03-06T00:00:00Z', meta.digest);
      await expect(
        new OciStore({ repository: `${cut.host}/acme/resumed`, retry: FAST_RETRY }).put(
          file,
          meta,
          prov,
        ),
      ).rejects.toThrow(/push manifest artifact-sha256-/);
      const store = new OciStore({ repository: `${registry.host}/acme/resumed` });
      await expect(store.inspect('catalog', meta.digest)).rejects.toThrow(ArtifactNotFoundError);
      const stored = await store.put(file, meta, prov);
      expect(stored.bytesUploaded).toBe(0);
      expect((await store.inspect('catalog', meta.digest)).ref).toBe(stored.ref);
    } finally {
      await cut.close();
    }
  });

  test('without chunkSize a file goes up in one PUT streamed from disk, reporting progress as it goes', async () => {
    const proxy = await startProxy(registry.url);
    try {
      const { file, meta } = artifact(5 * 1024 * 1024 + 123);
      const store = new OciStore({ repository: `${proxy.host}/acme/monolithic` });
      const progress: number[] = [];
      const stored = await store.put(
        file,
        meta,
        provenance('2026-03-04T00:00:00Z', meta.digest),
        (done) => progress.push(done),
      );
      expect(proxy.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
      const layerPut = proxy.requests.filter(
        (r) => r.method === 'PUT' && r.path.includes(`digest=${encodeURIComponent(meta.digest)}`),
      );
      expect(layerPut.map((r) => [r.requestBytes, r.status])).toEqual([[meta.size, 201]]);
      expect(stored.bytesUploaded).toBe(meta.size);
      // Reported while the body streams (1 MiB slices), not only once it is done.
      expect(progress.length).toBeGreaterThan(3);
      expect(progress.at(-1)).toBe(meta.size);

      const dest = join(work, 'monolithic');
      await store.get(stored.ref, dest);
      expect(readFileSync(dest).equals(readFileSync(file))).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  test('a registry that refuses a whole blob in one PUT (413) gets it in 8 MiB chunks instead', async () => {
    // Like a proxy in front of the registry with a 10 MiB body limit (Cloudflare's is 100 MB).
    const limit = 10 * 1024 * 1024;
    const proxy = await startProxy(registry.url, (req) =>
      Number(req.headers['content-length'] ?? 0) > limit ? 413 : undefined,
    );
    try {
      const { file, meta } = artifact(20 * 1024 * 1024 + 5);
      const lines: string[] = [];
      const store = new OciStore({
        repository: `${proxy.host}/acme/limited-body`,
        logger: quietLogger(lines),
      });
      const stored = await store.put(file, meta, provenance('2026-03-05T00:00:00Z', meta.digest));
      const uploads = proxy.requests
        .filter((r) => r.method === 'PATCH' || r.path.includes(encodeURIComponent(meta.digest)))
        .filter((r) => r.method !== 'HEAD')
        .map((r) => `${r.method} ${r.status}`);
      expect(uploads).toEqual(['PUT 413', 'PATCH 202', 'PATCH 202', 'PUT 201']);
      expect(lines.join('\n')).toMatch(
        /refused sha256:\S+ in one PUT \(HTTP 413, a body limit\); uploading it in chunks/,
      );
      const dest = join(work, 'limited-body');
      await store.get(stored.ref, dest);
      expect(readFileSync(dest).equals(readFileSync(file))).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  test('a file larger than chunkSize goes up in Content-Range PATCH chunks and comes back intact', async () => {
    const proxy = await startProxy(registry.url);
    try {
      const chunk = 64 * 1024;
      const { file, meta } = artifact(3 * chunk + 8315);
      const store = new OciStore({ repository: `${proxy.host}/acme/chunked`, chunkSize: chunk });
      const progress: number[] = [];
      const stored = await store.put(
        file,
        meta,
        provenance('2026-03-03T00:00:00Z', meta.digest),
        (done) => progress.push(done),
      );
      const layerPatches = proxy.requests.filter((r) => r.method === 'PATCH');
      expect(layerPatches.map((r) => r.requestBytes)).toEqual([chunk, chunk, chunk]);
      expect(layerPatches.every((r) => r.status === 202)).toBe(true);
      const finalPut = proxy.requests.find(
        (r) => r.method === 'PUT' && r.path.includes(`digest=${encodeURIComponent(meta.digest)}`),
      );
      expect(finalPut?.requestBytes).toBe(8315);
      expect(progress.at(-1)).toBe(meta.size);

      const dest = join(work, 'chunked');
      await store.get(stored.ref, dest);
      expect(readFileSync(dest).equals(readFileSync(file))).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  test('provenance is listed under the referrers tag fallback sha256-<hex>, bound to its own manifest', async () => {
    const { file, meta } = artifact(5000);
    const store = new OciStore({ repository: `${registry.host}/acme/referrers` });
    const older = provenance('2026-04-01T00:00:00Z', meta.digest, 'older');
    const newer = provenance('2026-04-02T00:00:00Z', meta.digest, 'newer');
    const first = await store.put(file, meta, older);
    const index = await manifestJson(
      registry.host,
      'acme/referrers/catalog',
      first.manifestDigest.replace(':', '-'),
    );
    expect(index.mediaType).toBe(MEDIA_TYPE_INDEX);
    expect(index.manifests).toEqual([
      expect.objectContaining({
        digest: first.provenanceDigest,
        artifactType: PROVENANCE_MEDIA_TYPE,
      }),
    ]);
    const referrer = await manifestJson(
      registry.host,
      'acme/referrers/catalog',
      first.provenanceDigest,
    );
    expect(referrer.subject).toMatchObject({ digest: first.manifestDigest });
    expect(referrer.layers[0]).toMatchObject({
      mediaType: PROVENANCE_MEDIA_TYPE,
      size: older.length,
    });

    // Same artifact re-pushed with a later provenance: new manifest (new created), its own index.
    const second = await store.put(file, meta, newer);
    const got = await store.get(second.ref, join(work, 'ref-newest'));
    expect(got.provenance.toString()).toContain('newer');
    const again = await store.get(first.ref, join(work, 'ref-older'));
    expect(again.provenance.toString()).toContain('older');
  });
});

describe('OciStore retries transient failures', () => {
  test('a 503 on the first request and a reset on the first PATCH are retried', async () => {
    let failed503 = false;
    let reset = false;
    const proxy = await startProxy(registry.url, (req) => {
      if (!failed503) {
        failed503 = true;
        return 503;
      }
      if (req.method === 'PATCH' && !reset) {
        reset = true;
        return 'reset';
      }
      return undefined;
    });
    try {
      const { file, meta } = artifact(100_000);
      const store = new OciStore({
        repository: `${proxy.host}/acme/flaky`,
        chunkSize: 32 * 1024,
        retry: FAST_RETRY,
      });
      const stored = await store.put(file, meta, provenance('2026-06-01T00:00:00Z', meta.digest));
      const [refused, ...later] = proxy.requests;
      expect(refused).toMatchObject({ status: 503 });
      // Sent again (other requests of the put may go out meanwhile).
      expect(later).toContainEqual(
        expect.objectContaining({ method: refused!.method, path: refused!.path }),
      );
      expect(reset).toBe(true);
      await store.get(stored.ref, join(work, 'flaky'));
      expect(readFileSync(join(work, 'flaky')).equals(readFileSync(file))).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  test('an upload session the registry lost (416) is started over once', async () => {
    let refused = false;
    const proxy = await startProxy(registry.url, (req) => {
      if (req.method === 'PATCH' && !refused) {
        refused = true;
        return 416;
      }
      return undefined;
    });
    try {
      const { file, meta } = artifact(100_000);
      const store = new OciStore({
        repository: `${proxy.host}/acme/restarted`,
        chunkSize: 32 * 1024,
        retry: FAST_RETRY,
      });
      const stored = await store.put(file, meta, provenance('2026-06-05T00:00:00Z', meta.digest));
      // The refused session's first chunk, then a fresh session: 3 chunks of 32 KiB, the rest with the PUT.
      const patches = proxy.requests.filter((r) => r.method === 'PATCH').map((r) => r.status);
      expect(patches).toEqual([416, 202, 202, 202]);
      expect(stored.bytesUploaded).toBe(meta.size);
      await store.get(stored.ref, join(work, 'restarted'));
      expect(readFileSync(join(work, 'restarted')).equals(readFileSync(file))).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  test('429 waits for Retry-After before retrying', async () => {
    let armed = false;
    let limited = false;
    const proxy = await startProxy(registry.url, (req) => {
      if (armed && req.method === 'GET' && req.url?.includes('/manifests/') && !limited) {
        limited = true;
        return 429;
      }
      return undefined;
    });
    try {
      const { file, meta } = artifact(1000);
      const store = new OciStore({ repository: `${proxy.host}/acme/limited`, retry: FAST_RETRY });
      const stored = await store.put(file, meta, provenance('2026-06-02T00:00:00Z', meta.digest));
      armed = true;
      const t0 = Date.now();
      await store.get(stored.ref, join(work, 'limited'));
      expect(limited).toBe(true);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    } finally {
      await proxy.close();
    }
  });

  test('a 4xx is not retried and the error names the request and the registry error', async () => {
    const proxy = await startProxy(registry.url, (req) =>
      req.method === 'PUT' && req.url?.includes('/manifests/') ? 400 : undefined,
    );
    try {
      const { file, meta } = artifact(1000);
      const store = new OciStore({ repository: `${proxy.host}/acme/refused`, retry: FAST_RETRY });
      const err = await store
        .put(file, meta, provenance('2026-06-03T00:00:00Z', meta.digest))
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RegistryError);
      // The manifest, its version tag and the provenance referrer go up side by side: whichever
      // failed first is the error.
      expect((err as Error).message).toMatch(
        /Could not push manifest (sha256:[0-9a-f]{64}|1\.4\.0_12\.abc1234) to .*acme\/refused\/catalog: PUT .* answered HTTP 400 UNAVAILABLE/,
      );
      const puts = proxy.requests
        .filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'))
        .map((r) => r.path);
      expect(puts.length).toBeGreaterThan(0);
      expect(new Set(puts).size).toBe(puts.length); // none sent twice
    } finally {
      await proxy.close();
    }
  });

  test('a 5xx that persists fails after the bounded number of attempts', async () => {
    const proxy = await startProxy(registry.url, () => 502);
    try {
      const { file, meta } = artifact(1000);
      const store = new OciStore({
        repository: `${proxy.host}/acme/down`,
        retry: { ...FAST_RETRY, attempts: 3 },
      });
      await expect(
        store.put(file, meta, provenance('2026-06-04T00:00:00Z', meta.digest)),
      ).rejects.toThrow(/HTTP 502/);
      // The put's first requests go out side by side; each is tried at most 3 times.
      const tries = new Map<string, number>();
      for (const r of proxy.requests) {
        tries.set(`${r.method} ${r.path}`, (tries.get(`${r.method} ${r.path}`) ?? 0) + 1);
      }
      expect(Math.max(...tries.values())).toBe(3);
    } finally {
      await proxy.close();
    }
  });
});

describe('OciStore refuses unvalidated registry data', () => {
  /** Push `manifest` as is under `tag` (the registry checks only that its blobs exist). */
  async function pushRaw(repo: string, tag: string, manifest: unknown): Promise<void> {
    const res = await fetch(`http://${registry.host}/v2/${repo}/manifests/${tag}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
      body: JSON.stringify(manifest),
    });
    expect(res.status).toBe(201);
  }

  test.each([
    ['a path', '../../../../tmp/evil.tar.gz'],
    ['a slash', 'sub/evil.tar.gz'],
    ['NUL', 'evil\u0000.tar.gz'],
    ['a control character', 'evil\u001b[2J.tar.gz'],
    ['..', '..'],
  ])(
    'a crafted title with %s (org.opencontainers.image.title) is refused, nothing written',
    async (_what, title) => {
      const { file, meta } = artifact(2000);
      const repo = `acme/crafted-${seq}`;
      const store = new OciStore({ repository: `${registry.host}/${repo}` });
      const stored = await store.put(file, meta, provenance('2026-02-03T04:05:06Z', meta.digest));
      const m = await manifestJson(registry.host, `${repo}/catalog`, stored.manifestDigest);
      m.layers[0].annotations['org.opencontainers.image.title'] = title;
      m.annotations['org.opencontainers.image.title'] = title;
      await pushRaw(`${repo}/catalog`, 'crafted', m);

      const out = mkdtempSync(join(work, 'crafted-'));
      const err = await store
        .get(`oci://${registry.host}/${repo}/catalog:crafted`, join(out, 'a.tar.gz'))
        .catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/not a plain file name/);
      expect(readdirSync(out)).toEqual([]);
    },
  );

  test('a layer digest such as sha256:../../v2/other/… never reaches a URL', async () => {
    const evil = 'sha256:../../../v2/other/blobs/sha256:' + 'a'.repeat(64);
    const manifest = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: ARTIFACT_TYPE,
      config: { mediaType: MEDIA_TYPE_EMPTY, digest: `sha256:${'4'.repeat(64)}`, size: 2 },
      layers: [
        {
          mediaType: ARTIFACT_MEDIA_TYPE.archive,
          digest: evil,
          size: 10,
          annotations: { 'org.opencontainers.image.title': 'catalog-1.0.0.tar.gz' },
        },
      ],
      annotations: {
        'dev.msdeploy.service': 'catalog',
        'dev.msdeploy.artifact.version': '1.0.0',
        'dev.msdeploy.artifact.kind': 'archive',
        'dev.msdeploy.artifact.digest': evil,
      },
    };
    // The real registry refuses such a manifest; a hostile one serves it anyway.
    const body = Buffer.from(JSON.stringify(manifest));
    const paths: string[] = [];
    const server = createServer((req, res) => {
      paths.push(req.url ?? '');
      if (req.url === '/v2/acme/hostile/manifests/1.0.0') {
        res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
        res.end(body);
      } else {
        res.writeHead(200, { 'content-length': 10 });
        res.end('0123456789');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      const store = new OciStore({ repository: `127.0.0.1:${port}/acme/hostile` });
      const out = mkdtempSync(join(work, 'hostile-'));
      const err = await store
        .get(`oci://127.0.0.1:${port}/acme/hostile:1.0.0`, join(out, 'a.tar.gz'))
        .catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/is not sha256:<64 hex>/);
      expect(paths).toEqual(['/v2/acme/hostile/manifests/1.0.0']);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('OciStore per-service repositories, inspect and stage tags', () => {
  /** The artifact of `service` (the fixture's `artifact()` is catalog's). */
  function artifactOf(service: string, version: string, size = 1000) {
    const built = artifact(size, version);
    return { ...built, meta: { ...built.meta, service } };
  }

  test('two services built from one commit share a version: each has its own repository and tag', async () => {
    const store = new OciStore({ repository: `${registry.host}/acme/shop` });
    const catalog = artifactOf('catalog', '1.4.57+abc1234');
    const payments = artifactOf('payments', '1.4.57+abc1234');
    const a = await store.put(
      catalog.file,
      catalog.meta,
      provenance('2026-07-01T00:00:00Z', catalog.meta.digest),
    );
    const b = await store.put(
      payments.file,
      payments.meta,
      provenance('2026-07-01T00:00:00Z', payments.meta.digest),
    );
    expect(a.location).toBe(`${registry.host}/acme/shop/catalog:1.4.57_abc1234`);
    expect(b.location).toBe(`${registry.host}/acme/shop/payments:1.4.57_abc1234`);
    expect(await store.findVersion('catalog', '1.4.57+abc1234')).toEqual([catalog.meta.digest]);
    expect(await store.findVersion('payments', '1.4.57+abc1234')).toEqual([payments.meta.digest]);
    // `+` and `_` map to one tag: the tag holds 1.4.57+abc1234, so 1.4.57_abc1234 is not stored.
    expect(await store.findVersion('catalog', '1.4.57_abc1234')).toEqual([]);
  });

  test('inspect finds the manifest by its version tag ref, by its digest ref or by digest alone, downloading no layer', async () => {
    const proxy = await startProxy(registry.url);
    try {
      const store = new OciStore({ repository: `${proxy.host}/acme/inspect` });
      const { file, meta } = artifact(50_000, '2.0.0');
      const prov = provenance('2026-07-02T00:00:00Z', meta.digest);
      const stored = await store.put(file, meta, prov);
      const mark = proxy.requests.length;
      for (const ref of [stored.ref, `oci://${stored.location}`, undefined]) {
        const inspected = await store.inspect('catalog', meta.digest, ref);
        expect(inspected.meta).toEqual(meta);
        expect(inspected.provenance.equals(prov)).toBe(true);
        expect(inspected.ref).toBe(stored.ref);
      }
      const layer = proxy.requests
        .slice(mark)
        .filter((r) => r.path.includes(`/blobs/${meta.digest}`))
        .map((r) => r.method);
      expect(layer).toEqual(['HEAD', 'HEAD', 'HEAD']); // checked each time, never downloaded
    } finally {
      await proxy.close();
    }
  });

  test('inspect refuses a ref into another repository, and a manifest that is another artifact', async () => {
    const store = new OciStore({ repository: `${registry.host}/acme/wrong` });
    const { file, meta } = artifact(1000, '2.1.0');
    const stored = await store.put(file, meta, provenance('2026-07-03T00:00:00Z', meta.digest));
    const elsewhere = stored.ref.replace('/acme/wrong/catalog@', '/acme/other/catalog@');
    await expect(store.inspect('catalog', meta.digest, elsewhere)).rejects.toThrow(
      /is not in .*\/acme\/wrong\/catalog, where this store keeps the service/,
    );

    // The version tag of another artifact given as the ref: its digest is not the one asked for.
    const other = artifact(1000, '2.1.1');
    await store.put(other.file, other.meta, provenance('2026-07-03T00:00:00Z', other.meta.digest));
    const err = await store
      .inspect('catalog', meta.digest, `oci://${registry.host}/acme/wrong/catalog:2.1.1`)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DigestMismatchError);
    expect((err as DigestMismatchError).expected).toBe(meta.digest);
    expect((err as DigestMismatchError).actual).toBe(other.meta.digest);
  });

  test('tagStage points the stage tag at the artifact, moves it to the next one, and reads it back', async () => {
    const store = new OciStore({ repository: `${registry.host}/acme/stages` });
    const first = artifact(1000, '3.1.0');
    const second = artifact(1000, '3.1.1');
    const a = await store.put(
      first.file,
      first.meta,
      provenance('2026-07-04T00:00:00Z', first.meta.digest),
    );
    await store.put(
      second.file,
      second.meta,
      provenance('2026-07-04T00:00:00Z', second.meta.digest),
    );

    await store.tagStage('catalog', 'uat', first.meta.digest);
    const uat = await manifestJson(registry.host, 'acme/stages/catalog', 'uat');
    expect(uat.annotations['dev.msdeploy.artifact.digest']).toBe(first.meta.digest);
    // The same manifest as the version tag: a pull of `:uat` is the promoted artifact.
    const got = await store.get(
      `oci://${registry.host}/acme/stages/catalog:uat`,
      join(work, 'uat'),
    );
    expect(got.meta).toEqual(first.meta);
    expect((await store.inspect('catalog', first.meta.digest)).ref).toBe(a.ref);

    await store.tagStage('catalog', 'uat', second.meta.digest);
    const moved = await manifestJson(registry.host, 'acme/stages/catalog', 'uat');
    expect(moved.annotations['dev.msdeploy.artifact.digest']).toBe(second.meta.digest);
    // Version tags never move.
    const version = await manifestJson(registry.host, 'acme/stages/catalog', '3.1.0');
    expect(version.annotations['dev.msdeploy.artifact.digest']).toBe(first.meta.digest);
  });

  test('tagStage of a digest the store does not hold fails, naming it, and tags nothing', async () => {
    const store = new OciStore({ repository: `${registry.host}/acme/nostage` });
    const { file, meta } = artifact(1000, '4.0.0');
    await store.put(file, meta, provenance('2026-07-05T00:00:00Z', meta.digest));
    const unknown: Digest = `sha256:${'2'.repeat(64)}`;
    const err = await store.tagStage('catalog', 'uat', unknown).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArtifactNotFoundError);
    expect((err as Error).message).toContain(unknown);
    expect((err as Error).message).toMatch(/acme\/nostage\/catalog has no such artifact/);
    const res = await fetch(`http://${registry.host}/v2/acme/nostage/catalog/manifests/uat`);
    expect(res.status).toBe(404);
    // Not a stage name: refused before any request.
    await expect(store.tagStage('catalog', 'sha256-x:y', meta.digest)).rejects.toThrow(
      /Stage "sha256-x:y" can't be a tag/,
    );
  });

  test('a service name that cannot be a repository component is refused with the reason', async () => {
    const store = new OciStore({ repository: `${registry.host}/acme` });
    await expect(store.findVersion('catalog-', '1.0.0')).rejects.toThrow(
      /Service "catalog-" can't name an OCI repository \(acme\/catalog-\).*Rename the service/,
    );
  });
});
