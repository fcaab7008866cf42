import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MsdeployError } from '../../src/core/errors.js';
import type { HealthSpec } from '../../src/core/manifest/types.js';
import type { ScriptResult } from '../../src/core/ports.js';
import { checkHealth, healthUrl, type HealthRunner } from '../../src/platform/health.js';

interface TestServer {
  url: string;
  port: number;
  /** Request paths, in order. */
  hits: string[];
  close(): Promise<void>;
}

const servers: Server[] = [];

async function serve(
  handler: (req: IncomingMessage, res: ServerResponse, n: number) => void,
): Promise<TestServer> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res, hits.length);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

const spec = (over: Partial<HealthSpec>): HealthSpec => ({
  status: 200,
  timeoutSeconds: 2,
  intervalSeconds: 0.05,
  retries: 3,
  ...over,
});

const answer =
  (status: number, headers: Record<string, string> = {}) =>
  (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, headers).end('body');
  };

describe('URL checks against a real server', () => {
  test('healthy at the first try', async () => {
    const s = await serve(answer(200));
    const r = await checkHealth(spec({ url: `${s.url}/health` }));
    expect(r).toMatchObject({ healthy: true, tries: 1, last: 'HTTP 200', cancelled: false });
    expect(r.target).toBe(`${s.url}/health`);
    expect(s.hits).toEqual(['/health']);
  });

  test('unhealthy, then healthy after a few tries', async () => {
    const s = await serve((req, res, n) => answer(n <= 2 ? 503 : 200)(req, res));
    const seen: string[] = [];
    const r = await checkHealth(spec({ url: s.url, retries: 5 }), {
      onTry: (t) => seen.push(t.outcome),
    });
    expect(r.healthy).toBe(true);
    expect(r.tries).toBe(3);
    expect(r.history.map((t) => t.outcome)).toEqual([
      'HTTP 503, expected 200',
      'HTTP 503, expected 200',
      'HTTP 200',
    ]);
    expect(seen).toEqual(r.history.map((t) => t.outcome));
    // Tries are spaced by the interval.
    expect(r.history[1]!.at - r.history[0]!.at).toBeGreaterThanOrEqual(45);
  });

  test('a wrong status fails every try; the expected one need not be 200', async () => {
    const s = await serve(answer(404));
    const r = await checkHealth(spec({ url: s.url }));
    expect(r).toMatchObject({ healthy: false, tries: 3, last: 'HTTP 404, expected 200' });
    expect(s.hits).toHaveLength(3);
    const ok = await checkHealth(spec({ url: s.url, status: 404 }));
    expect(ok).toMatchObject({ healthy: true, tries: 1 });
  });

  test('a server that hangs: each try times out, total ≈ retries × timeout + intervals', async () => {
    const s = await serve(() => undefined); // never answers
    const timeout = 0.3;
    const interval = 0.1;
    const t0 = performance.now();
    const r = await checkHealth(
      spec({ url: s.url, timeoutSeconds: timeout, intervalSeconds: interval }),
    );
    const wall = performance.now() - t0;
    expect(r).toMatchObject({ healthy: false, tries: 3, last: 'timed out after 0.3 s' });
    expect(s.hits).toHaveLength(3);
    for (const t of r.history) {
      expect(t.tookMs).toBeGreaterThanOrEqual(290);
      expect(t.tookMs).toBeLessThan(300 + 150);
    }
    const expected = 3 * 300 + 2 * 100;
    expect(wall).toBeGreaterThanOrEqual(expected - 20);
    expect(wall).toBeLessThan(expected + 400);
    // Returned promptly once the last try's timeout fired.
    const lastEnds = r.history[2]!.at + 300;
    expect(r.elapsedMs - lastEnds).toBeLessThan(200);
  });

  test('connection refused', async () => {
    const s = await serve(answer(200));
    await s.close();
    const r = await checkHealth(spec({ url: s.url, retries: 2 }));
    expect(r).toMatchObject({ healthy: false, tries: 2, last: 'connection refused' });
  });

  test('a redirect is not followed: the 3xx is the status compared', async () => {
    const s = await serve((req, res) =>
      req.url === '/health' ? answer(302, { location: '/login' })(req, res) : answer(200)(req, res),
    );
    const r = await checkHealth(spec({ url: `${s.url}/health`, retries: 1 }));
    expect(r.healthy).toBe(false);
    expect(r.last).toBe(`HTTP 302, expected 200 (redirect to ${s.url}/login, not followed)`);
    expect(s.hits).toEqual(['/health']);
    const asked = await checkHealth(spec({ url: `${s.url}/health`, status: 302 }));
    expect(asked.healthy).toBe(true);
    expect(s.hits).toEqual(['/health', '/health']);
  });

  test('a huge body is not read beyond the cap', async () => {
    let sent = 0;
    let closed = false;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.on('close', () => (closed = true));
      // An endless body, written only as fast as the client takes it.
      const pump = () => {
        while (!closed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      pump();
    });
    const r = await checkHealth(spec({ url: s.url, timeoutSeconds: 5, retries: 1 }));
    expect(r).toMatchObject({ healthy: true, last: 'HTTP 200' });
    // Had the body been read to the end, the try would have run into its 5 s timeout.
    expect(r.elapsedMs).toBeLessThan(1000);
    for (let i = 0; i < 50 && !closed; i++) await new Promise((w) => setTimeout(w, 20));
    expect(closed).toBe(true);
    // What the server got rid of: our 64 KiB plus what the loopback socket buffers hold.
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  test('${port} and ${host} are filled from the context', async () => {
    const s = await serve(answer(200));
    const r = await checkHealth(spec({ url: 'http://${host}:${port}/health?x=${port}' }), {
      port: s.port,
      host: '127.0.0.1',
    });
    expect(r.healthy).toBe(true);
    expect(r.target).toBe(`${s.url}/health?x=${s.port}`);
    expect(s.hits).toEqual([`/health?x=${s.port}`]);
  });

  test('the final failure is returned within 200 ms of the last try', async () => {
    let lastAnswered = 0;
    const s = await serve((_req, res) => {
      res.on('finish', () => (lastAnswered = performance.now()));
      res.writeHead(500).end('down');
    });
    const r = await checkHealth(spec({ url: s.url, retries: 4 }));
    const returned = performance.now();
    expect(r).toMatchObject({ healthy: false, tries: 4, last: 'HTTP 500, expected 200' });
    expect(returned - lastAnswered).toBeLessThan(200);
  });

  test('cancelling stops a hanging try at once', async () => {
    const s = await serve(() => undefined);
    const abort = new AbortController();
    setTimeout(() => abort.abort(new Error('deploy cancelled')), 200);
    const t0 = performance.now();
    const r = await checkHealth(spec({ url: s.url, timeoutSeconds: 10, retries: 5 }), {
      signal: abort.signal,
    });
    expect(performance.now() - t0).toBeLessThan(200 + 200);
    expect(r).toMatchObject({ healthy: false, cancelled: true, tries: 1, last: 'cancelled' });
  });

  test('cancelling stops the wait between tries at once', async () => {
    const s = await serve(answer(500));
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 200);
    const t0 = performance.now();
    const r = await checkHealth(spec({ url: s.url, intervalSeconds: 30 }), {
      signal: abort.signal,
    });
    expect(performance.now() - t0).toBeLessThan(200 + 200);
    expect(r).toMatchObject({ healthy: false, cancelled: true, tries: 1 });
    expect(r.last).toBe('HTTP 500, expected 200');
  });
});

describe('command checks through the runner', () => {
  const runner = (results: ScriptResult[]) => {
    const calls: { script: string; timeoutMs: number }[] = [];
    const run: HealthRunner = (script, timeoutMs) => {
      calls.push({ script, timeoutMs });
      return Promise.resolve(results[calls.length - 1]!);
    };
    return { run, calls };
  };

  test('healthy on exit 0, after failures quoting their last line', async () => {
    const { run, calls } = runner([
      { exitCode: 3, tail: ['starting', 'not ready yet', ''] },
      { exitCode: 1, tail: [] },
      { exitCode: 0, tail: ['ok'] },
    ]);
    const r = await checkHealth(spec({ command: './healthy.sh', timeoutSeconds: 4 }), { run });
    expect(r.healthy).toBe(true);
    expect(r.target).toBe('command');
    expect(r.history.map((t) => t.outcome)).toEqual(['exit 3: not ready yet', 'exit 1', 'exit 0']);
    expect(calls).toEqual(Array(3).fill({ script: './healthy.sh', timeoutMs: 4000 }));
  });

  test('unhealthy after every try failed', async () => {
    const { run } = runner(Array(3).fill({ exitCode: 7, tail: ['connection refused'] }));
    const r = await checkHealth(spec({ command: 'curl -f x' }), { run });
    expect(r).toMatchObject({ healthy: false, tries: 3, last: 'exit 7: connection refused' });
  });

  test('a runner that fails or ignores its timeout is an unhealthy try, not an error', async () => {
    const failing: HealthRunner = () => Promise.reject(new Error('ssh: host unreachable'));
    const r = await checkHealth(spec({ command: 'true', retries: 1 }), { run: failing });
    expect(r).toMatchObject({ healthy: false, last: 'could not run: ssh: host unreachable' });

    const stuck: HealthRunner = () => new Promise(() => undefined);
    const t0 = performance.now();
    const s = await checkHealth(spec({ command: 'true', retries: 1, timeoutSeconds: 0.2 }), {
      run: stuck,
    });
    expect(s).toMatchObject({ healthy: false, last: 'timed out after 0.2 s' });
    expect(performance.now() - t0).toBeLessThan(200 + 1000 + 300); // the runner's grace
  });

  test('cancelling abandons a running command at once', async () => {
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 100);
    const t0 = performance.now();
    const r = await checkHealth(spec({ command: 'sleep 60', timeoutSeconds: 60 }), {
      run: () => new Promise(() => undefined),
      signal: abort.signal,
    });
    expect(performance.now() - t0).toBeLessThan(100 + 200);
    expect(r).toMatchObject({ cancelled: true, last: 'cancelled' });
  });

  test('waits the interval between tries, not after the last (injected clock and sleep)', async () => {
    let clock = 0;
    const waits: number[] = [];
    const { run } = runner(Array(3).fill({ exitCode: 1, tail: [] }));
    const r = await checkHealth(spec({ command: 'false', intervalSeconds: 2 }), {
      run,
      now: () => clock,
      sleep: (ms) => {
        waits.push(ms);
        clock += ms;
        return Promise.resolve();
      },
    });
    expect(waits).toEqual([2000, 2000]);
    expect(r.history.map((t) => t.at)).toEqual([0, 2000, 4000]);
    expect(r.elapsedMs).toBe(4000);
  });
});

describe('misuse throws', () => {
  test('a spec validation should have refused', async () => {
    await expect(checkHealth(spec({}))).rejects.toThrow(/exactly one of url and command/);
    await expect(checkHealth(spec({ url: 'http://x', command: 'true' }))).rejects.toThrow(
      /exactly one/,
    );
    await expect(checkHealth(spec({ command: 'true' }))).rejects.toThrow(/needs a runner/);
    await expect(checkHealth(spec({ url: 'http://x', retries: 0 }))).rejects.toThrow(/retries/);
  });

  test('URL placeholders that cannot be filled, or fill into something else', () => {
    expect(healthUrl('http://${host}:${port}/', { host: '::1', port: 8080 })).toBe(
      'http://[::1]:8080/',
    );
    expect(() => healthUrl('http://127.0.0.1:${port}/', {})).toThrow(MsdeployError);
    expect(() => healthUrl('http://127.0.0.1:${port}/', {})).toThrow(/set `port`/);
    expect(() => healthUrl('http://127.0.0.1:${port}/', { port: 70000 })).toThrow(/65535/);
    expect(() => healthUrl('http://127.0.0.1:${PORT}/', { port: 80 })).toThrow(/case-sensitive/);
    expect(() => healthUrl('http://${host}/', { host: 'evil.com/x?' })).toThrow(/not a host/);
    expect(() => healthUrl('http://${host}/', {})).toThrow(/no host/);
    expect(() => healthUrl('http://u:p@127.0.0.1/', {})).toThrow(/credentials/);
    expect(() => healthUrl('http://u:p@127.0.0.1/', {})).not.toThrow(/:p@/);
    expect(healthUrl('https://svc.internal/health', {})).toBe('https://svc.internal/health');
  });
});
