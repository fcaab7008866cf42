import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  HttpTimeoutError,
  ResponseTooLargeError,
  TooManyRedirectsError,
  backoffMs,
  httpRequest,
  isTransientError,
  isTransientNetworkError,
  isTransientStatus,
  readCappedBuffer,
  readCappedJson,
  readCappedText,
  redactUrl,
  retryAfterMs,
  streamToFile,
} from '../../src/platform/http.js';

describe('retry decisions', () => {
  test('429 and 5xx are transient; other 4xx and 501 are not', () => {
    expect([429, 500, 502, 503, 504].every(isTransientStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 416, 501].some(isTransientStatus)).toBe(false);
  });

  test('connection resets are recognised through fetch error causes', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(isTransientNetworkError(new TypeError('fetch failed', { cause: reset }))).toBe(true);
    expect(
      isTransientNetworkError(
        new TypeError('fetch failed', { cause: new Error('certificate has expired') }),
      ),
    ).toBe(false);
  });

  test('Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });

  test('backoff grows exponentially and stays bounded', () => {
    const policy = { attempts: 10, baseDelayMs: 100, maxDelayMs: 1000 };
    for (let i = 0; i < 8; i++) {
      const cap = Math.min(1000, 100 * 2 ** i);
      const d = backoffMs(policy, i);
      expect(d).toBeGreaterThanOrEqual(cap / 2);
      expect(d).toBeLessThanOrEqual(cap);
    }
  });
});

describe('redactUrl', () => {
  test('drops user info and the values of secret-looking query parameters', () => {
    expect(
      redactUrl(
        'https://u:p@cdn.example/blob?X-Amz-Signature=abc&X-Amz-Credential=k&digest=sha256:1',
      ),
    ).toBe('https://cdn.example/blob?X-Amz-Signature=***&X-Amz-Credential=***&digest=sha256%3A1');
    const plain = 'http://127.0.0.1:5000/v2/a/blobs/uploads/?digest=sha256:1';
    expect(redactUrl(plain)).toBe(plain);
  });

  test('a timeout of a POST is not worth retrying; of a GET it is', () => {
    const timeout = new HttpTimeoutError('GET', 'http://h/', 'headers', 1, 1);
    expect(isTransientError(timeout, true)).toBe(true);
    expect(isTransientError(timeout, false)).toBe(false);
  });
});

/** Real loopback servers; every test's servers are closed after it. */
interface TestServer {
  url: string;
  requests: IncomingMessage[];
}
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push({
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const ONE_TRY = { attempts: 1, baseDelayMs: 10, maxDelayMs: 50 };
const hang = () => undefined;

async function failure(p: Promise<unknown>): Promise<Error> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof Error)) throw new Error('expected a failure');
  return err;
}

describe('timeouts', () => {
  test('a server that accepts and never answers fails on the headers deadline, naming the request', async () => {
    const server = await serve(hang);
    const url = `${server.url}/v2/acme/manifests/1.0?X-Amz-Signature=s3cr3t`;
    const t0 = Date.now();
    const err = await failure(
      httpRequest({ method: 'GET', url }, { retry: ONE_TRY, timeouts: { headersMs: 300 } }),
    );
    const elapsed = Date.now() - t0;
    expect(err).toBeInstanceOf(HttpTimeoutError);
    expect((err as HttpTimeoutError).phase).toBe('headers');
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(3000);
    expect(err.message).toContain(`GET ${server.url}/v2/acme/manifests/1.0?X-Amz-Signature=***`);
    expect(err.message).toMatch(/no response headers within 300 ms \(headers timeout\)\. Check /);
    expect(err.message).not.toContain('s3cr3t');
  }, 15_000);

  test('the overall deadline bounds a request whose every phase is within its own limit', async () => {
    // A body that never stalls and never ends: only the overall deadline stops it.
    const server = await serve((_req, res) => {
      res.writeHead(200);
      const tick = setInterval(() => (res.destroyed ? clearInterval(tick) : res.write('x')), 50);
    });
    const res = await httpRequest(
      { method: 'GET', url: `${server.url}/endless` },
      { retry: ONE_TRY, timeouts: { idleMs: 400, totalMs: 500 } },
    );
    const t0 = Date.now();
    const err = await failure(readCappedText(res, 1024 * 1024, 'an endless body'));
    expect(err).toBeInstanceOf(HttpTimeoutError);
    expect((err as HttpTimeoutError).phase).toBe('deadline');
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(err.message).toMatch(/took longer than 500 ms \(overall deadline\)/);

    // Retries and their backoff count too: no try starts once the deadline would pass.
    let tries = 0;
    const down = await serve((_req, r) => {
      tries++;
      r.writeHead(503, { 'content-length': 0 });
      r.end();
    });
    const t1 = Date.now();
    const answer = await httpRequest(
      { method: 'GET', url: `${down.url}/down` },
      {
        retry: { attempts: 10, baseDelayMs: 1000, maxDelayMs: 1000 },
        timeouts: { totalMs: 300 },
      },
    );
    expect(answer.status).toBe(503);
    expect(tries).toBe(1);
    expect(Date.now() - t1).toBeLessThan(1000);
  }, 15_000);

  test('headers then a stalled body fail on the idle deadline', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial": ');
    });
    const res = await httpRequest(
      { method: 'GET', url: `${server.url}/slow` },
      { retry: ONE_TRY, timeouts: { idleMs: 300 } },
    );
    expect(res.status).toBe(200);
    const t0 = Date.now();
    const err = await failure(readCappedJson(res, 1024, 'a test document'));
    expect(err).toBeInstanceOf(HttpTimeoutError);
    expect((err as HttpTimeoutError).phase).toBe('body-idle');
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(err.message).toMatch(
      /GET http:\/\/127\.0\.0\.1:\d+\/slow: the response body stalled for 300 ms/,
    );
  }, 15_000);

  test('a slow but steady body is not idle; the total body deadline still bounds it', async () => {
    const trickle = (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200);
      let n = 0;
      const tick = setInterval(() => {
        if (res.destroyed || ++n > 10) {
          clearInterval(tick);
          res.end();
        } else res.write('x');
      }, 100);
    };
    const server = await serve(trickle);
    const steady = await httpRequest(
      { method: 'GET', url: `${server.url}/trickle` },
      { retry: ONE_TRY, timeouts: { idleMs: 400 } },
    );
    expect(await readCappedText(steady, 1024, 'a trickle')).toBe('x'.repeat(10));

    const bounded = await httpRequest(
      { method: 'GET', url: `${server.url}/trickle` },
      { retry: ONE_TRY, timeouts: { idleMs: 400, bodyTotalMs: 450 } },
    );
    const err = await failure(readCappedText(bounded, 1024, 'a trickle'));
    expect(err).toBeInstanceOf(HttpTimeoutError);
    expect((err as HttpTimeoutError).phase).toBe('body-total');
  }, 15_000);

  test('a slow upload is not a headers timeout; a stalled one fails on the idle deadline', async () => {
    // 24 MiB read at 8 MiB/s: 3 s or more in all. The headers deadline (1.8 s) must start once the
    // body went out, when only what the socket buffers hold (~4 MiB on loopback) is left to read.
    const body = Buffer.alloc(24 * 1024 * 1024, 7);
    const slowReader = await serve((req, res) => {
      let got = 0;
      req.on('data', (d: Buffer) => {
        got += d.length;
        req.pause();
        setTimeout(() => req.resume(), d.length / (8 * 1024));
      });
      req.on('end', () => res.end(String(got)));
    });
    const t0 = Date.now();
    const res = await httpRequest(
      { method: 'PUT', url: `${slowReader.url}/upload`, body },
      { retry: ONE_TRY, timeouts: { headersMs: 1800, idleMs: 2000 } },
    );
    expect(Date.now() - t0).toBeGreaterThan(1800);
    expect(await readCappedText(res, 100, 'a byte count')).toBe(String(body.length));

    // Never reads: once the socket buffers are full nothing more goes out.
    const deaf = await serve((req) => req.pause());
    const err = await failure(
      httpRequest(
        { method: 'PUT', url: `${deaf.url}/upload`, body: Buffer.alloc(16 * 1024 * 1024) },
        { retry: ONE_TRY, timeouts: { headersMs: 300, idleMs: 300 } },
      ),
    );
    expect(err).toBeInstanceOf(HttpTimeoutError);
    expect((err as HttpTimeoutError).phase).toBe('send');
  }, 20_000);
});

describe('size caps', () => {
  test('an oversize JSON body fails as soon as the cap is passed, without reading it all', async () => {
    const total = 64 * 1024 * 1024;
    let written = 0;
    let closed!: () => void;
    const done = new Promise<void>((r) => (closed = r));
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no length to check
      const slice = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (written < total && !res.destroyed) {
          written += slice.length;
          if (!res.write(slice)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', closed);
      pump();
    });
    const res = await httpRequest({ method: 'GET', url: `${server.url}/huge` }, { retry: ONE_TRY });
    const err = await failure(readCappedJson(res, 1024 * 1024, 'a manifest'));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect(err.message).toMatch(
      /GET http:\/\/127\.0\.0\.1:\d+\/huge sent more than the 1 MiB allowed for a manifest; stopped reading\. Check /,
    );
    await done; // the client closed the connection
    expect(written).toBeLessThan(total / 2);
  }, 20_000);

  test('a Content-Length over the cap fails before reading', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': 10 * 1024 * 1024 });
      res.write('x'); // and never the rest
    });
    const res = await httpRequest({ method: 'GET', url: `${server.url}/big` }, { retry: ONE_TRY });
    const err = await failure(readCappedBuffer(res, 64 * 1024, 'a token response'));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect(err.message).toContain('announced 10485760 bytes, over the 64 KiB allowed');
  });

  test('a download longer than its expected size is an error, and the file holds no more than that', async () => {
    const server = await serve((_req, res) => {
      res.write(Buffer.alloc(1000, 1));
      setTimeout(() => res.end(Buffer.alloc(500, 2)), 20);
    });
    const dir = mkdtempSync(join(tmpdir(), 'msdeploy-http-'));
    try {
      const file = join(dir, 'blob');
      const res = await httpRequest(
        { method: 'GET', url: `${server.url}/blob` },
        { retry: ONE_TRY },
      );
      const err = await failure(streamToFile(res, file, { maxBytes: 1000, what: 'blob sha256:1' }));
      expect(err).toBeInstanceOf(ResponseTooLargeError);
      expect(readFileSync(file).length).toBeLessThanOrEqual(1000);

      const exact = await httpRequest(
        { method: 'GET', url: `${server.url}/blob` },
        { retry: ONE_TRY },
      );
      expect(await streamToFile(exact, file, { maxBytes: 1500, what: 'blob sha256:1' })).toBe(1500);
      expect(readFileSync(file).length).toBe(1500);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('file bodies', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'msdeploy-http-body-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A server that answers 201 with what it received, or 307 to `redirect` for the first PUT. */
  async function receiver(redirectFirst = false) {
    const received: Buffer[] = [];
    let redirected = !redirectFirst;
    const server = await serve((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (d: Buffer) => parts.push(d));
      req.on('end', () => {
        if (!redirected) {
          redirected = true;
          res.writeHead(307, { location: '/again' }).end();
          return;
        }
        received.push(Buffer.concat(parts));
        res.writeHead(201).end();
      });
    });
    return { ...server, received };
  }

  test('a slice of a file is sent with its length, read as it goes, and sent again after a 307', async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
    const file = join(dir, 'blob');
    writeFileSync(file, bytes);
    const server = await receiver(true);
    const sent: number[] = [];
    const res = await httpRequest(
      {
        method: 'PUT',
        url: `${server.url}/upload`,
        body: { file, offset: 1000, length: bytes.length - 2000, onSent: (n) => sent.push(n) },
      },
      { retry: ONE_TRY },
    );
    expect(res.status).toBe(201);
    await res.cancel();
    expect(server.requests.map((r) => [r.url, r.headers['content-length']])).toEqual([
      ['/upload', String(bytes.length - 2000)],
      ['/again', String(bytes.length - 2000)],
    ]);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]!.equals(bytes.subarray(1000, bytes.length - 1000))).toBe(true);
    // Each send reports its own progress from 0; the last report is the whole body.
    expect(sent.at(-1)).toBe(bytes.length - 2000);
    expect(sent.filter((n) => n === bytes.length - 2000)).toHaveLength(2);
  });

  test('a file shorter than the body it should send fails, naming the file', async () => {
    const file = join(dir, 'short');
    writeFileSync(file, Buffer.alloc(2 * 1024 * 1024));
    truncateSync(file, 1024 * 1024 + 5);
    const server = await receiver();
    const err = await failure(
      httpRequest(
        {
          method: 'PUT',
          url: `${server.url}/u`,
          body: { file, offset: 0, length: 2 * 1024 * 1024 },
        },
        { retry: ONE_TRY },
      ),
    );
    expect(err.message).toContain(`${file} ended at byte ${1024 * 1024 + 5}`);
    expect(err.message).toContain('changed while uploading');
    expect(server.received).toEqual([]);
  });
});

describe('redirects', () => {
  const credentials = {
    authorization: 'Bearer s3cr3t',
    cookie: 'session=1',
    'x-api-key': 'k',
    accept: 'application/json',
  };

  test('credentials follow a same-origin redirect and are dropped when it leaves the origin', async () => {
    const cdn = await serve((_req, res) => res.end('from the cdn'));
    const registry = await serve((req, res) => {
      if (req.url === '/same') res.writeHead(307, { location: '/final' }).end();
      else if (req.url === '/cross') res.writeHead(307, { location: `${cdn.url}/blob` }).end();
      else res.end('from the registry');
    });
    const options = { retry: ONE_TRY, credentialHeaders: ['X-Api-Key'] };

    const same = await httpRequest(
      { method: 'GET', url: `${registry.url}/same`, headers: credentials },
      options,
    );
    expect(same.url).toBe(`${registry.url}/final`);
    expect(await readCappedText(same, 100, 'a test body')).toBe('from the registry');
    expect(registry.requests[1]!.headers).toMatchObject(credentials);

    const cross = await httpRequest(
      { method: 'GET', url: `${registry.url}/cross`, headers: credentials },
      options,
    );
    expect(cross.url).toBe(`${cdn.url}/blob`);
    expect(await readCappedText(cross, 100, 'a test body')).toBe('from the cdn');
    const atCdn = cdn.requests[0]!.headers;
    expect(atCdn.accept).toBe('application/json');
    expect(atCdn.authorization).toBeUndefined();
    expect(atCdn.cookie).toBeUndefined();
    expect(atCdn['x-api-key']).toBeUndefined();
  });

  test('a 307 sends the same body again; a 303 turns a POST into a GET', async () => {
    const bodies: string[] = [];
    const target = await serve((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        bodies.push(`${req.method} ${body}`);
        res.end();
      });
    });
    const origin = await serve((req, res) => {
      req.resume();
      res.writeHead(req.method === 'PUT' ? 307 : 303, { location: `${target.url}/t` }).end();
    });
    await httpRequest(
      { method: 'PUT', url: `${origin.url}/a`, body: Buffer.from('payload') },
      { retry: ONE_TRY },
    ).then((r) => r.cancel());
    await httpRequest(
      { method: 'POST', url: `${origin.url}/b`, body: Buffer.from('form') },
      { retry: ONE_TRY },
    ).then((r) => r.cancel());
    expect(bodies).toEqual(['PUT payload', 'GET ']);
  });

  test('a redirect loop stops after the bound', async () => {
    const server = await serve((req, res) =>
      res.writeHead(302, { location: `/loop${req.url!.length}` }).end(),
    );
    const err = await failure(
      httpRequest({ method: 'GET', url: `${server.url}/` }, { retry: ONE_TRY, maxRedirects: 3 }),
    );
    expect(err).toBeInstanceOf(TooManyRedirectsError);
    expect(err.message).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/ was redirected more than 3 times/);
    expect(server.requests).toHaveLength(4);
  }, 15_000);

  test('followRedirects: false returns the 3xx itself', async () => {
    const server = await serve((req, res) =>
      req.url === '/a' ? res.writeHead(302, { location: '/b' }).end() : res.end('b'),
    );
    const res = await httpRequest(
      { method: 'GET', url: `${server.url}/a` },
      { retry: ONE_TRY, followRedirects: false },
    );
    await res.cancel();
    expect([res.status, res.headers.get('location')]).toEqual([302, '/b']);
    expect(server.requests.map((r) => r.url)).toEqual(['/a']);
  });
});

describe('cancelling', () => {
  test("the caller's signal stops a request and its retries at once, with its reason", async () => {
    const server = await serve(hang);
    const abort = new AbortController();
    const reason = new Error('deploy cancelled');
    setTimeout(() => abort.abort(reason), 100);
    const t0 = Date.now();
    const err = await failure(
      httpRequest({ method: 'GET', url: `${server.url}/` }, { signal: abort.signal }),
    );
    expect(err).toBe(reason);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  test('a 503 with Retry-After is retried after the wait', async () => {
    const server = await serve((_req, res) => {
      if (server.requests.length === 1) res.writeHead(503, { 'retry-after': '1' }).end('busy');
      else res.end('ok');
    });
    const t0 = Date.now();
    const res = await httpRequest(
      { method: 'GET', url: `${server.url}/` },
      { retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 } },
    );
    expect(res.status).toBe(200);
    expect(await readCappedText(res, 10, 'a test body')).toBe('ok');
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
  });

  test('a timed-out GET is sent again; a timed-out POST is not', async () => {
    const server = await serve(hang);
    const options = {
      retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 20 },
      timeouts: { headersMs: 200 },
    };
    const get = await failure(httpRequest({ method: 'GET', url: `${server.url}/get` }, options));
    expect(get).toBeInstanceOf(HttpTimeoutError);
    expect((get as HttpTimeoutError).attempt).toBe(3);
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);

    const post = await failure(
      httpRequest({ method: 'POST', url: `${server.url}/post`, body: Buffer.from('{}') }, options),
    );
    expect(post).toBeInstanceOf(HttpTimeoutError);
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'POST']);
  }, 15_000);
});
