/**
 * A Docker-style token server (https://distribution.github.io/distribution/spec/auth/token/)
 * on loopback: GET /token?service=&scope= with Basic credentials answers a JWT signed RS256 by a
 * key whose self-signed certificate (made with `openssl`) the registry trusts as rootcertbundle.
 */
import { spawnSync } from 'node:child_process';
import { createSign, randomUUID, X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OPENSSL = '/usr/bin/openssl';

export interface TokenRequest {
  service: string | null;
  scopes: string[];
  user?: string;
}

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  /** PEM certificate for the registry's `auth.token.rootcertbundle`. */
  rootCertFile: string;
  requests: TokenRequest[];
  close(): Promise<void>;
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

function keyPair(dir: string): { key: string; certPem: string; certFile: string } {
  if (!existsSync(OPENSSL)) {
    throw new Error(
      `${OPENSSL} is missing: the Bearer auth test needs it. Install it with: sudo apt-get install openssl`,
    );
  }
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  const r = spawnSync(
    OPENSSL,
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=msdeploy-test-token-issuer',
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`openssl req failed: ${r.stderr}`);
  return { key: readFileSync(keyFile, 'utf8'), certPem: readFileSync(certFile, 'utf8'), certFile };
}

/** `repository:acme/catalog:pull,push` → the claim the registry checks. */
function accessClaim(scope: string): { type: string; name: string; actions: string[] } | undefined {
  const m = /^([a-z]+):(.+):([a-z*,]+)$/.exec(scope);
  return m ? { type: m[1]!, name: m[2]!, actions: m[3]!.split(',') } : undefined;
}

export async function startTokenServer(opts: {
  users: Record<string, string>;
  expiresIn?: number;
}): Promise<TokenServer> {
  const dir = mkdtempSync(join(tmpdir(), 'msdeploy-token-'));
  const { key, certPem, certFile } = keyPair(dir);
  const x5c = new X509Certificate(certPem).raw.toString('base64');
  const service = 'msdeploy-test-registry';
  const issuer = 'msdeploy-test-issuer';
  const requests: TokenRequest[] = [];

  const sign = (claims: object) => {
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5c: [x5c] }));
    const payload = b64url(JSON.stringify(claims));
    const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key);
    return `${header}.${payload}.${b64url(signature)}`;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: object, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== '/token')
      return send(404, { errors: [{ code: 'NOT_FOUND', message: 'no such endpoint' }] });
    const auth = req.headers.authorization ?? '';
    const [user, password] = auth.startsWith('Basic ')
      ? Buffer.from(auth.slice(6), 'base64').toString('utf8').split(/:(.*)/s)
      : [];
    const request: TokenRequest = {
      service: url.searchParams.get('service'),
      scopes: url.searchParams.getAll('scope'),
      user,
    };
    requests.push(request);
    if (!user || opts.users[user] === undefined || opts.users[user] !== password) {
      return send(
        401,
        { errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] },
        {
          'www-authenticate': 'Basic realm="msdeploy-test-token"',
        },
      );
    }
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = opts.expiresIn ?? 300;
    const token = sign({
      iss: issuer,
      sub: user,
      aud: request.service ?? service,
      exp: now + expiresIn,
      nbf: now - 5,
      iat: now,
      jti: randomUUID(),
      access: request.scopes.map(accessClaim).filter((a) => a !== undefined),
    });
    send(200, {
      token,
      access_token: token,
      expires_in: expiresIn,
      issued_at: new Date(now * 1000).toISOString(),
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    rootCertFile: certFile,
    requests,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          r();
        });
      }),
  };
}
