import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArtifactMeta, Digest } from '../../../src/core/artifact/types.js';
import { parseChallenges, RegistryAuth } from '../../../src/platform/oci/auth.js';
import { checkNoDowngrade } from '../../../src/platform/http.js';
import { RegistryError } from '../../../src/platform/oci/client.js';
import { OciStore } from '../../../src/platform/oci/store.js';
import { startProxy, startRegistry, type TestRegistry } from '../../support/registry.js';
import { startTokenServer, type TokenServer } from '../../support/token-server.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'msdeploy-oci-auth-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

let built = 0;
function artifact(): { file: string; meta: ArtifactMeta; provenance: Buffer } {
  // Each its own version: a version tag never moves to other bytes.
  const version = `2.0.${++built}`;
  const bytes = randomBytes(50_000);
  const file = join(work, `a-${Math.random().toString(36).slice(2)}.tar.gz`);
  writeFileSync(file, bytes);
  const digest: Digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const meta: ArtifactMeta = {
    service: 'orders',
    version,
    kind: 'archive',
    digest,
    size: bytes.length,
    fileName: `orders-${version}.tar.gz`,
  };
  const subject = [{ digest: { sha256: digest.slice('sha256:'.length) } }];
  return { file, meta, provenance: Buffer.from(JSON.stringify({ subject, predicate: {} })) };
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
      repository: `${registry.host}/acme`,
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
        repository: `${proxy.host}/acme`,
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

  test('a redirect target answering 401 with a Bearer realm gets no credentials (nor does its realm)', async () => {
    const { file, meta, provenance } = artifact();
    const seen: { url: string; authorization?: string }[] = [];
    // Another origin (another port): a CDN that asks for credentials and names its own realm.
    const other = createServer((req, res) => {
      seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
      res.writeHead(401, {
        'www-authenticate': `Bearer realm="http://127.0.0.1:${(other.address() as AddressInfo).port}/token",service="x"`,
        'content-length': 0,
      });
      res.end();
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    const proxy = await startProxy(registry.url, (req) =>
      req.method === 'GET' && /\/blobs\/sha256:[0-9a-f]{64}$/.test(req.url ?? '')
        ? { redirect: `${otherUrl}/data` }
        : undefined,
    );
    try {
      const store = new OciStore({
        repository: `${proxy.host}/acme`,
        username: 'ci',
        password: 's3cret',
      });
      const stored = await store.put(file, meta, provenance);
      const err = await store.get(stored.ref, join(work, 'other-401')).catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(
        /is not the registry .*sends credentials to the registry/,
      );
      expect(seen.map((r) => r.url)).toEqual(['/data']); // the realm was never asked
      expect(seen.every((r) => r.authorization === undefined)).toBe(true);
    } finally {
      await proxy.close();
      other.closeAllConnections();
      await new Promise((r) => other.close(r));
    }
  });

  test('an upload Location on another origin gets the bytes without the credentials', async () => {
    const { file, meta, provenance } = artifact();
    const seen: { method: string; authorization?: string }[] = [];
    const other = createServer((req, res) => {
      seen.push({ method: req.method ?? '', authorization: req.headers.authorization });
      req.resume();
      req.on('end', () => {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"errors":[{"code":"DENIED","message":"not here"}]}');
      });
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    // A registry whose upload session lives on another host (it answers POST with that Location).
    const fakeRegistry = createServer((req, res) => {
      req.resume();
      if (!req.headers.authorization) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="r"', 'content-length': 0 });
        return res.end();
      }
      if (req.method === 'POST') {
        res.writeHead(202, { location: `${otherUrl}/upload/1`, 'content-length': 0 });
        return res.end();
      }
      res.writeHead(404, { 'content-length': 0 });
      res.end();
    });
    await new Promise<void>((r) => fakeRegistry.listen(0, '127.0.0.1', r));
    try {
      const store = new OciStore({
        repository: `127.0.0.1:${(fakeRegistry.address() as AddressInfo).port}/acme`,
        username: 'ci',
        password: 's3cret',
        retry: { attempts: 1 },
      });
      await expect(store.put(file, meta, provenance)).rejects.toThrow(/HTTP 400/);
      expect(seen.map((r) => r.method)).toEqual(['PUT']);
      expect(seen[0]!.authorization).toBeUndefined();
    } finally {
      fakeRegistry.closeAllConnections();
      other.closeAllConnections();
      await new Promise((r) => fakeRegistry.close(r));
      await new Promise((r) => other.close(r));
    }
  });

  test('without credentials the error says to pass username/password', async () => {
    const { file, meta, provenance } = artifact();
    const store = new OciStore({ repository: `${registry.host}/acme` });
    await expect(store.put(file, meta, provenance)).rejects.toThrow(
      /requires a username and password \(Basic auth\)/,
    );
  });

  test('a wrong password is a 401 with a hint, not retried endlessly', async () => {
    const { file, meta, provenance } = artifact();
    const store = new OciStore({
      repository: `${registry.host}/acme`,
      username: 'ci',
      password: 'nope',
    });
    const err = await store.put(file, meta, provenance).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).status).toBe(401);
    expect((err as Error).message).toMatch(/check the username\/password or token/);
  });
});

describe('no downgrade from HTTPS to HTTP', () => {
  test('a Bearer realm on plain HTTP announced by an HTTPS registry is refused unless insecure', async () => {
    const asked: string[] = [];
    const realm = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"token":"t"}');
    });
    await new Promise<void>((r) => realm.listen(0, '127.0.0.1', r));
    const header = `Bearer realm="http://127.0.0.1:${(realm.address() as AddressInfo).port}/token"`;
    const creds = { username: 'ci', password: 's3cret' };
    try {
      const strict = new RegistryAuth('reg.example', creds, {}, 'https://reg.example');
      await expect(
        strict.answer(header, 'repository:a/b:pull', 'pull a/b', 'https://reg.example'),
      ).rejects.toThrow(/refusing to leave HTTPS/);
      expect(asked).toEqual([]);
      const lax = new RegistryAuth('reg.example', creds, { insecure: true }, 'https://reg.example');
      await lax.answer(header, 'repository:a/b:pull', 'pull a/b', 'https://reg.example');
      expect(asked).toHaveLength(1);
      expect(lax.authorization('repository:a/b:pull', 'https://reg.example')).toBe('Bearer t');
      // Auth state is the registry origin's: no other origin gets it.
      expect(lax.authorization('repository:a/b:pull', 'https://cdn.example')).toBeUndefined();
    } finally {
      await new Promise((r) => realm.close(r));
    }
  });

  test('a 401 for a request sent before a concurrent token arrived reuses it; a refused token is replaced', async () => {
    let issued = 0;
    const realm = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: `t${++issued}` }));
    });
    await new Promise<void>((r) => realm.listen(0, '127.0.0.1', r));
    const header = `Bearer realm="http://127.0.0.1:${(realm.address() as AddressInfo).port}/token"`;
    const origin = 'http://127.0.0.1:5000';
    const scope = 'repository:a/b:pull,push';
    const auth = new RegistryAuth('reg', { username: 'ci', password: 's' }, {}, origin);
    try {
      await auth.answer(header, scope, 'push a/b', origin); // request 1, sent without a token
      await auth.answer(header, scope, 'push a/b', origin); // request 2, sent at the same time
      expect(issued).toBe(1);
      expect(auth.authorization(scope, origin)).toBe('Bearer t1');
      // A request that carried the current token and was refused needs another one.
      await auth.answer(header, scope, 'push a/b', origin, 'Bearer t1');
      expect(issued).toBe(2);
      expect(auth.authorization(scope, origin)).toBe('Bearer t2');
    } finally {
      await new Promise((r) => realm.close(r));
    }
  });

  test('a redirect or Location from HTTPS to HTTP is refused unless insecure', () => {
    expect(() =>
      checkNoDowngrade('https://reg.example/v2/x', 'http://reg.example/v2/x', false, 'GET'),
    ).toThrow(/refusing to leave HTTPS/);
    expect(() =>
      checkNoDowngrade('https://reg.example/v2/x', 'http://reg.example/v2/x', true, 'GET'),
    ).not.toThrow();
    expect(() =>
      checkNoDowngrade('http://127.0.0.1/v2/x', 'http://cdn.example/x', false, 'GET'),
    ).not.toThrow();
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
      repository: `${registry.host}/acme`,
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
      repository: `${registry.host}/acme`,
      username: 'deployer',
      password: 'wrong',
    });
    await expect(store.put(file, meta, provenance)).rejects.toThrow(
      /token service .* refused the credentials of "deployer" for scope "repository:acme\/orders:pull,push" \(HTTP 401\)/,
    );
  });
});
