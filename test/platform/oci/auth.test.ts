import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArtifactMeta, Digest } from '../../../src/core/artifact/types.js';
import { parseChallenges } from '../../../src/platform/oci/auth.js';
import { RegistryError } from '../../../src/platform/oci/client.js';
import { OciStore } from '../../../src/platform/oci/store.js';
import { startProxy, startRegistry, type TestRegistry } from '../../support/registry.js';
import { startTokenServer, type TokenServer } from '../../support/token-server.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'msdeploy-oci-auth-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function artifact(): { file: string; meta: ArtifactMeta; provenance: Buffer } {
  const bytes = randomBytes(50_000);
  const file = join(work, `a-${Math.random().toString(36).slice(2)}.tar.gz`);
  writeFileSync(file, bytes);
  const digest: Digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const meta: ArtifactMeta = {
    service: 'orders',
    version: '2.0.0',
    kind: 'archive',
    digest,
    size: bytes.length,
    fileName: 'orders-2.0.0.tar.gz',
  };
  return { file, meta, provenance: Buffer.from('{"predicate":{}}') };
}

describe('parseChallenges', () => {
  test('reads a Bearer challenge with quoted parameters', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.example/token',
          service: 'registry.example',
          scope: 'repository:a/b:pull,push',
        },
      },
    ]);
  });

  test('reads several challenges, tokens and escapes', () => {
    expect(parseChallenges('Basic realm="a \\"b\\"", charset=UTF-8, Bearer realm="r"')).toEqual([
      { scheme: 'basic', params: { realm: 'a "b"', charset: 'UTF-8' } },
      { scheme: 'bearer', params: { realm: 'r' } },
    ]);
  });

  test('an empty header has no challenges', () => {
    expect(parseChallenges('')).toEqual([]);
  });
});

describe('Basic auth against docker-registry with htpasswd', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: { kind: 'htpasswd', users: { ci: 's3cret' } } });
  });
  afterAll(() => registry?.stop());

  test('with the right password the artifact round-trips', async () => {
    const { file, meta, provenance } = artifact();
    const store = new OciStore({
      repository: `${registry.host}/acme/orders`,
      username: 'ci',
      password: 's3cret',
    });
    const stored = await store.put(file, meta, provenance);
    const dest = join(work, 'basic-out');
    const got = await store.get(stored.ref, dest);
    expect(got.provenance.equals(provenance)).toBe(true);
    expect(readFileSync(dest).equals(readFileSync(file))).toBe(true);
  });

  test('a blob GET redirected to a CDN on another origin goes there without the credentials', async () => {
    const { file, meta, provenance } = artifact();
    const seenAtCdn: IncomingHttpHeaders[] = [];
    const cdn = createServer((req, res) => {
      seenAtCdn.push(req.headers);
      const digest = new URL(req.url ?? '/', 'http://cdn').searchParams.get('digest') ?? '';
      res.end(readFileSync(registry.blobDataPath(digest)));
    });
    await new Promise<void>((r) => cdn.listen(0, '127.0.0.1', r));
    const cdnUrl = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
    const proxy = await startProxy(registry.url, (req) => {
      const blob = /\/blobs\/(sha256:[0-9a-f]{64})$/.exec(req.url ?? '');
      return req.method === 'GET' && blob
        ? { redirect: `${cdnUrl}/data?digest=${blob[1]}&sig=signed` }
        : undefined;
    });
    try {
      const store = new OciStore({
        repository: `${proxy.host}/acme/orders`,
        username: 'ci',
        password: 's3cret',
      });
      const stored = await store.put(file, meta, provenance);
      const dest = join(work, 'via-cdn');
      const got = await store.get(stored.ref, dest);
      expect(readFileSync(dest).equals(readFileSync(file))).toBe(true);
      expect(got.provenance.equals(provenance)).toBe(true);
      // The layer and the provenance blob came from the CDN, with no credentials.
      expect(seenAtCdn).toHaveLength(2);
      expect(seenAtCdn.every((h) => h.authorization === undefined)).toBe(true);
      const blobGets = proxy.requests.filter((r) => r.method === 'GET' && r.status === 307);
      expect(blobGets).toHaveLength(2);
    } finally {
      await proxy.close();
      await new Promise((r) => cdn.close(r));
    }
  });

  test('without credentials the error says to pass username/password', async () => {
    const { file, meta, provenance } = artifact();
    const store = new OciStore({ repository: `${registry.host}/acme/orders` });
    await expect(store.put(file, meta, provenance)).rejects.toThrow(
      /requires a username and password \(Basic auth\)/,
    );
  });

  test('a wrong password is a 401 with a hint, not retried endlessly', async () => {
    const { file, meta, provenance } = artifact();
    const store = new OciStore({
      repository: `${registry.host}/acme/orders`,
      username: 'ci',
      password: 'nope',
    });
    const err = await store.put(file, meta, provenance).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).status).toBe(401);
    expect((err as Error).message).toMatch(/check the username\/password or token/);
  });
});

describe('Bearer auth against docker-registry with a token server', () => {
  let tokens: TokenServer;
  let registry: TestRegistry;
  beforeAll(async () => {
    tokens = await startTokenServer({ users: { deployer: 'pa55' } });
    registry = await startRegistry({
      auth: {
        kind: 'token',
        realm: tokens.realm,
        service: tokens.service,
        issuer: tokens.issuer,
        rootCertFile: tokens.rootCertFile,
      },
    });
  });
  afterAll(async () => {
    await registry?.stop();
    await tokens?.close();
  });

  test('tokens are fetched per scope with Basic credentials, cached, and the artifact round-trips', async () => {
    const { file, meta, provenance } = artifact();
    const store = new OciStore({
      repository: `${registry.host}/acme/orders`,
      username: 'deployer',
      password: 'pa55',
    });
    const stored = await store.put(file, meta, provenance);
    const dest = join(work, 'bearer-out');
    const got = await store.get(stored.ref, dest);
    expect(got.meta).toEqual(meta);
    expect(readFileSync(dest).equals(readFileSync(file))).toBe(true);

    expect(
      tokens.requests.every((r) => r.service === tokens.service && r.user === 'deployer'),
    ).toBe(true);
    const scopes = tokens.requests.map((r) => r.scopes[0]);
    // One token for pushing, one for pulling: every other request reused a cached token.
    expect(scopes).toEqual(['repository:acme/orders:pull,push', 'repository:acme/orders:pull']);
  });

  test('credentials the token server refuses give an error naming the user and scope', async () => {
    const { file, meta, provenance } = artifact();
    const store = new OciStore({
      repository: `${registry.host}/acme/orders`,
      username: 'deployer',
      password: 'wrong',
    });
    await expect(store.put(file, meta, provenance)).rejects.toThrow(
      /token service .* refused the credentials of "deployer" for scope "repository:acme\/orders:pull,push" \(HTTP 401\)/,
    );
  });
});
