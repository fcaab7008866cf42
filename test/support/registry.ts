/**
 * A real OCI registry for tests: Debian's `docker-registry` (distribution 2.8) serving a temp
 * directory on a free loopback port, optionally behind htpasswd (Basic) or token (Bearer) auth.
 * Also a small loopback proxy to put in front of it: counts request bytes and injects faults.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REGISTRY_BIN = '/usr/bin/docker-registry';
const HTPASSWD_BIN = '/usr/bin/htpasswd';

export type RegistryAuth =
  | { kind: 'htpasswd'; users: Record<string, string> }
  | { kind: 'token'; realm: string; service: string; issuer: string; rootCertFile: string };

export interface TestRegistry {
  /** `127.0.0.1:<port>` — what goes in front of `/<repo>` in a repository reference. */
  host: string;
  url: string;
  /** The filesystem storage root (blobs live under docker/registry/v2/blobs/sha256/<2>/<hex>/data). */
  storageDir: string;
  blobDataPath(digest: string): string;
  stop(): Promise<void>;
}

function requireBinary(path: string, pkg: string): void {
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: the OCI tests start a real registry. Install it with: sudo apt-get install ${pkg}`,
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A bcrypt htpasswd line (distribution accepts bcrypt only), made by apache2-utils' htpasswd. */
function htpasswdLine(user: string, password: string): string {
  requireBinary(HTPASSWD_BIN, 'apache2-utils');
  const r = spawnSync(HTPASSWD_BIN, ['-Bbn', user, password], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`htpasswd -Bbn ${user} failed: ${r.stderr}`);
  return r.stdout.trim();
}

function configYaml(root: string, port: number, dir: string, auth?: RegistryAuth): string {
  const lines = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(root)}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    '  secret: msdeploy-test-secret',
  ];
  if (auth?.kind === 'htpasswd') {
    const file = join(dir, 'htpasswd');
    const entries = Object.entries(auth.users).map(([u, p]) => htpasswdLine(u, p));
    writeFileSync(file, entries.join('\n') + '\n');
    lines.push(
      'auth:',
      '  htpasswd:',
      '    realm: msdeploy-test',
      `    path: ${JSON.stringify(file)}`,
    );
  } else if (auth?.kind === 'token') {
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${JSON.stringify(auth.realm)}`,
      `    service: ${JSON.stringify(auth.service)}`,
      `    issuer: ${JSON.stringify(auth.issuer)}`,
      `    rootcertbundle: ${JSON.stringify(auth.rootCertFile)}`,
    );
  }
  return lines.join('\n') + '\n';
}

async function waitReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`docker-registry exited with ${child.exitCode}: ${stderr()}`);
    }
    try {
      const res = await fetch(`${url}/v2/`);
      await res.arrayBuffer();
      if (res.status === 200 || res.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`docker-registry did not answer ${url}/v2/ within 10 s: ${stderr()}`);
}

export async function startRegistry(opts: { auth?: RegistryAuth } = {}): Promise<TestRegistry> {
  requireBinary(REGISTRY_BIN, 'docker-registry');
  const dir = mkdtempSync(join(tmpdir(), 'msdeploy-registry-'));
  const storageDir = join(dir, 'storage');
  const port = await freePort();
  const configFile = join(dir, 'config.yml');
  writeFileSync(configFile, configYaml(storageDir, port, dir, opts.auth));
  const child = spawn(REGISTRY_BIN, ['serve', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-4000);
  });
  const host = `127.0.0.1:${port}`;
  const url = `http://${host}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, child, () => err);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    host,
    url,
    storageDir,
    blobDataPath: (digest) => {
      const hex = digest.replace(/^sha256:/, '');
      return join(storageDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    },
    stop,
  };
}

/** What the proxy saw of one request. */
export interface ProxiedRequest {
  method: string;
  path: string;
  status: number;
  requestBytes: number;
}

export interface FaultProxy {
  host: string;
  requests: ProxiedRequest[];
  /** Bytes of request bodies sent to blob upload endpoints (POST/PATCH/PUT under /blobs/uploads/). */
  uploadBytes(): number;
  close(): Promise<void>;
}

/**
 * `fault(req)` returning a status answers that request with it (and an OCI error body; a 429
 * says `Retry-After: 1`) instead of forwarding; returning 'reset' destroys the connection;
 * returning `{ redirect }` answers 307 to that URL (as registries send blob GETs to a CDN).
 * Upstream Location headers keep working because the client's Host header is forwarded as is.
 */
export async function startProxy(
  upstream: string,
  fault?: (
    req: IncomingMessage,
    index: number,
  ) => number | 'reset' | { redirect: string } | undefined,
): Promise<FaultProxy> {
  const target = new URL(upstream);
  const requests: ProxiedRequest[] = [];
  let index = 0;
  const server: Server = createServer((req, res) => {
    const seen: ProxiedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      status: 0,
      requestBytes: 0,
    };
    requests.push(seen);
    const action = fault?.(req, index++);
    if (action === 'reset') {
      req.socket.destroy();
      return;
    }
    if (typeof action === 'object') {
      req.resume();
      seen.status = 307;
      res.writeHead(307, { location: action.redirect, 'content-length': 0 });
      res.end();
      return;
    }
    if (typeof action === 'number') {
      req.resume();
      req.on('end', () => {
        seen.status = action;
        const body = JSON.stringify({
          errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }],
        });
        const headers: Record<string, string | number> = {
          'content-type': 'application/json',
          'content-length': body.length,
        };
        if (action === 429) headers['retry-after'] = '1';
        res.writeHead(action, headers);
        res.end(body);
      });
      return;
    }
    req.on('data', (d: Buffer) => (seen.requestBytes += d.length));
    const up = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (upRes) => {
        seen.status = upRes.statusCode ?? 0;
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    uploadBytes: () =>
      requests
        .filter((r) => r.path.includes('/blobs/uploads/'))
        .reduce((sum, r) => sum + r.requestBytes, 0),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
