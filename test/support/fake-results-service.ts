/**
 * A faithful fake of the three services `@actions/artifact` v6 talks to, on one loopback server,
 * so the real client (its Twirp retries, @azure/storage-blob uploads, octokit REST calls) runs:
 *
 * - the Actions Results service: Twirp JSON at `/twirp/github.actions.results.api.v1.ArtifactService/<Method>`,
 *   snake_case proto field names, int64 as strings, errors as `{ code, msg }` with Twirp's HTTP statuses,
 *   and a bearer JWT whose `scp` claim holds `Actions.Results:<run backend id>:<job backend id>`;
 * - blob storage at signed URLs (`/blob/<id>/<name>?se=…&sp=…&sig=…`): Put Block, Put Block List,
 *   Put Blob and Get Blob, errors as Azure's XML `<Error><Code/><Message/></Error>`;
 * - the GitHub REST endpoints used for cross-run reads: list a run's artifacts, list the
 *   repository's artifacts (`?name=`, paged with `link` headers, expired ones included as GitHub
 *   does) and `GET …/actions/artifacts/{id}/zip` → 302 to a signed blob URL, with rate-limit headers.
 *
 * Tests inject faults (`failNext`), tamper with stored bytes and expire artifacts.
 */
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** The only artifact backend version `@actions/artifact` v2+ speaks. */
const ARTIFACT_VERSION = 7;
const INVALID_NAME_CHARS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

export type TwirpMethod =
  | 'CreateArtifact'
  | 'FinalizeArtifact'
  | 'ListArtifacts'
  | 'GetSignedArtifactURL'
  | 'DeleteArtifact';
export type BlobOperation = 'PutBlock' | 'PutBlockList' | 'PutBlob' | 'GetBlob';
export type RestOperation =
  'ListWorkflowRunArtifacts' | 'ListRepositoryArtifacts' | 'DownloadArtifact';
export type FaultTarget = TwirpMethod | BlobOperation | RestOperation;

export interface FakeRun {
  /** The public run id (GITHUB_RUN_ID). */
  runId: number;
  owner: string;
  repo: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** ACTIONS_RUNTIME_TOKEN for a job of this run. */
  runtimeToken: string;
}

export interface FakeArtifact {
  id: number;
  name: string;
  run: FakeRun;
  jobBackendId: string;
  mimeType?: string;
  createdAt: Date;
  expiresAt?: Date;
  finalized: boolean;
  expired: boolean;
  /** What the client reported in FinalizeArtifact (`sha256:<hex>`): GitHub's recorded digest. */
  digest?: string;
  size: number;
  blob?: Buffer;
  contentType?: string;
  blocks: Map<string, Buffer>;
}

export interface FakeCall {
  operation: string;
  status: number;
}

interface Fault {
  remaining: number;
  status: number;
}

export class FakeResultsService {
  /** Base URL of all three services: use as ACTIONS_RESULTS_URL and GITHUB_API_URL. */
  url = '';
  /** The GitHub token the REST endpoints accept (`token …` or `Bearer …`). */
  readonly restToken = `ghs_${randomBytes(12).toString('hex')}`;
  readonly runs: FakeRun[] = [];
  readonly artifacts: FakeArtifact[] = [];
  /** Every request in order, with the status it was answered with. */
  readonly calls: FakeCall[] = [];

  private readonly secret = randomBytes(32);
  private readonly faults = new Map<FaultTarget, Fault>();
  private nextArtifactId = 1000;
  private server?: Server;

  static async start(): Promise<FakeResultsService> {
    const fake = new FakeResultsService();
    fake.server = createServer((req, res) => {
      void fake.route(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fake-results-service bug: ${String(err)}`);
      });
    });
    await new Promise<void>((resolve) => fake.server!.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  /** Register a workflow run of `owner/repo` and mint a runtime token for one of its jobs. */
  addRun(runId: number, repository: string): FakeRun {
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
      throw new Error(`addRun: repository must be owner/name, got "${repository}"`);
    const workflowRunBackendId = randomUUID();
    const workflowJobRunBackendId = randomUUID();
    const run: FakeRun = {
      runId,
      owner,
      repo,
      workflowRunBackendId,
      workflowJobRunBackendId,
      runtimeToken: this.signJwt({
        scp: `Actions.ExampleScope Actions.Results:${workflowRunBackendId}:${workflowJobRunBackendId}`,
        iat: Math.floor(Date.now() / 1000),
        exp: Math.floor(Date.now() / 1000) + 3600,
      }),
    };
    this.runs.push(run);
    return run;
  }

  /** The variables `@actions/artifact` reads inside a job of `run`. */
  envFor(run: FakeRun): Record<string, string> {
    return {
      ACTIONS_RUNTIME_TOKEN: run.runtimeToken,
      ACTIONS_RESULTS_URL: `${this.url}/`,
      GITHUB_API_URL: this.url,
    };
  }

  /** Answer the next `count` requests of `target` with `status` (500, 503, …) before serving normally. */
  failNext(target: FaultTarget, count = 1, status = 500): void {
    this.faults.set(target, { remaining: count, status });
  }

  /** How many requests of `operation` were made (including failed ones). */
  callCount(operation: FaultTarget): number {
    return this.calls.filter((c) => c.operation === operation).length;
  }

  find(runId: number, name: string): FakeArtifact | undefined {
    return this.artifacts.find((a) => a.run.runId === runId && a.name === name);
  }

  /** Change the stored bytes behind GitHub's back (the recorded digest stays as it was). */
  tamper(runId: number, name: string, change: (bytes: Buffer) => Buffer): void {
    const artifact = this.mustFind(runId, name);
    artifact.blob = change(artifact.blob ?? Buffer.alloc(0));
  }

  /** Let the artifact pass its retention date, as GitHub does after (at most) 90 days. */
  expire(runId: number, name: string): void {
    const artifact = this.mustFind(runId, name);
    artifact.expired = true;
    artifact.expiresAt = new Date(Date.now() - 1000);
  }

  private mustFind(runId: number, name: string): FakeArtifact {
    const artifact = this.find(runId, name);
    if (!artifact) throw new Error(`fake: no artifact "${name}" in run ${runId}`);
    return artifact;
  }

  // ---- routing ----

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const body = await readBody(req);
    if (url.pathname.startsWith(TWIRP_PREFIX)) {
      this.twirp(url.pathname.slice(TWIRP_PREFIX.length), req, body, res);
    } else if (url.pathname.startsWith('/blob/')) {
      this.blob(url, req, body, res);
    } else if (url.pathname.startsWith('/repos/')) {
      this.rest(url, req, res);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    }
  }

  /** Consume one injected fault for `target`, if any: returns its status. */
  private takeFault(target: FaultTarget): number | undefined {
    const fault = this.faults.get(target);
    if (!fault || fault.remaining <= 0) return undefined;
    fault.remaining -= 1;
    return fault.status;
  }

  private record(operation: string, status: number): void {
    this.calls.push({ operation, status });
  }

  // ---- Twirp: the Results service ----

  private twirp(method: string, req: IncomingMessage, raw: Buffer, res: ServerResponse): void {
    const fail = (status: number, code: string, msg: string) => {
      this.record(method, status);
      sendJson(res, status, { code, msg, meta: {} });
    };
    if (req.method !== 'POST') return fail(404, 'bad_route', `unsupported method ${req.method}`);
    if (!isTwirpMethod(method)) return fail(404, 'bad_route', `no handler for path ${req.url}`);
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (contentType !== 'application/json') {
      return fail(404, 'bad_route', `unexpected Content-Type: "${contentType}"`);
    }
    const run = this.authenticate(req.headers.authorization);
    if (typeof run === 'string') return fail(401, 'unauthenticated', run);
    const faultStatus = this.takeFault(method);
    if (faultStatus !== undefined) {
      const code = faultStatus === 503 ? 'unavailable' : 'internal';
      return fail(faultStatus, code, `injected fault: ${method} failed`);
    }
    let request: Record<string, unknown>;
    try {
      request = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      return fail(400, 'malformed', 'the json request could not be decoded');
    }
    if (request.workflow_run_backend_id !== run.workflowRunBackendId) {
      return fail(403, 'permission_denied', 'workflow_run_backend_id does not match the token');
    }
    const answer = this.twirpHandlers[method](run, request);
    if ('error' in answer) return fail(answer.status, answer.error, answer.msg);
    this.record(method, 200);
    sendJson(res, 200, answer.body);
  }

  private readonly twirpHandlers: Record<
    TwirpMethod,
    (run: FakeRun, r: Record<string, unknown>) => TwirpAnswer
  > = {
    CreateArtifact: (run, r) => {
      const name = typeof r.name === 'string' ? r.name : '';
      if (!name) return twirpError(400, 'invalid_argument', 'name is required');
      const bad = INVALID_NAME_CHARS.find((c) => name.includes(c));
      if (bad)
        return twirpError(400, 'invalid_argument', `artifact name contains an invalid character`);
      if (r.version !== ARTIFACT_VERSION) {
        return twirpError(
          400,
          'invalid_argument',
          `unsupported artifact version ${String(r.version)}`,
        );
      }
      if (this.artifacts.some((a) => a.run === run && a.name === name)) {
        return twirpError(
          409,
          'already_exists',
          'an artifact with this name already exists on the workflow run',
        );
      }
      const artifact: FakeArtifact = {
        id: this.nextArtifactId++,
        name,
        run,
        jobBackendId:
          typeof r.workflow_job_run_backend_id === 'string' ? r.workflow_job_run_backend_id : '',
        mimeType: typeof r.mime_type === 'string' ? r.mime_type : undefined,
        createdAt: new Date(),
        expiresAt: typeof r.expires_at === 'string' ? new Date(r.expires_at) : undefined,
        finalized: false,
        expired: false,
        size: 0,
        blocks: new Map(),
      };
      this.artifacts.push(artifact);
      return { body: { ok: true, signed_upload_url: this.signedBlobUrl(artifact, 'cw') } };
    },
    FinalizeArtifact: (run, r) => {
      const artifact = this.artifacts.find((a) => a.run === run && a.name === r.name);
      if (!artifact) return twirpError(404, 'not_found', 'artifact not found');
      if (!artifact.blob)
        return twirpError(412, 'failed_precondition', 'artifact upload is not complete');
      if (String(r.size) !== String(artifact.blob.length)) {
        return twirpError(
          400,
          'invalid_argument',
          `size ${String(r.size)} does not match uploaded ${artifact.blob.length}`,
        );
      }
      artifact.finalized = true;
      artifact.size = artifact.blob.length;
      artifact.digest = typeof r.hash === 'string' ? r.hash : undefined;
      return { body: { ok: true, artifact_id: String(artifact.id) } };
    },
    ListArtifacts: (run, r) => {
      const listed = this.artifacts.filter(
        (a) =>
          a.run === run &&
          a.finalized &&
          !a.expired &&
          (r.name_filter === undefined || a.name === r.name_filter) &&
          (r.id_filter === undefined ||
            ((typeof r.id_filter === 'string' || typeof r.id_filter === 'number') &&
              String(a.id) === String(r.id_filter))),
      );
      return {
        body: {
          artifacts: listed.map((a) => ({
            workflow_run_backend_id: a.run.workflowRunBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt.toISOString(),
            ...(a.digest ? { digest: a.digest } : {}),
          })),
        },
      };
    },
    GetSignedArtifactURL: (run, r) => {
      const artifact = this.artifacts.find(
        (a) => a.run === run && a.name === r.name && a.finalized,
      );
      if (!artifact || artifact.expired) return twirpError(404, 'not_found', 'artifact not found');
      return { body: { signed_url: this.signedBlobUrl(artifact, 'r') } };
    },
    DeleteArtifact: (run, r) => {
      const index = this.artifacts.findIndex((a) => a.run === run && a.name === r.name);
      if (index < 0) return twirpError(404, 'not_found', 'artifact not found');
      const [artifact] = this.artifacts.splice(index, 1);
      return { body: { ok: true, artifact_id: String(artifact!.id) } };
    },
  };

  /** Returns the run the bearer JWT belongs to, or why it is rejected. */
  private authenticate(header: string | undefined): FakeRun | string {
    const token = header?.match(/^Bearer (.+)$/)?.[1];
    if (!token) return 'missing bearer token';
    const [head, payload, signature] = token.split('.');
    if (!head || !payload || !signature) return 'malformed JWT';
    const expected = createHmac('sha256', this.secret).update(`${head}.${payload}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return 'invalid JWT signature';
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      scp?: string;
      exp?: number;
    };
    if (!claims.exp || claims.exp * 1000 < Date.now()) return 'JWT expired';
    const scope = claims.scp?.split(' ').find((s) => s.startsWith('Actions.Results:'));
    const [, runBackendId, jobBackendId] = scope?.split(':') ?? [];
    const run = this.runs.find(
      (r) => r.workflowRunBackendId === runBackendId && r.workflowJobRunBackendId === jobBackendId,
    );
    return run ?? 'JWT scope names no known workflow run';
  }

  private signJwt(claims: object): string {
    const head = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const signature = createHmac('sha256', this.secret)
      .update(`${head}.${payload}`)
      .digest('base64url');
    return `${head}.${payload}.${signature}`;
  }

  // ---- blob storage (the subset of the Azure Blob protocol BlockBlobClient uses) ----

  private signedBlobUrl(artifact: FakeArtifact, permissions: 'r' | 'cw'): string {
    const path = `/blob/${artifact.id}/${encodeURIComponent(artifact.name)}`;
    const expiry = new Date(Date.now() + 3600_000).toISOString();
    const sig = this.blobSignature(path, permissions, expiry);
    const query = new URLSearchParams({
      sv: '2021-12-02',
      se: expiry,
      sr: 'b',
      sp: permissions,
      sig,
    });
    return `${this.url}${path}?${query.toString()}`;
  }

  private blobSignature(path: string, permissions: string, expiry: string): string {
    return createHmac('sha256', this.secret)
      .update(`${permissions}\n${path}\n${expiry}`)
      .digest('base64');
  }

  private blob(url: URL, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const comp = url.searchParams.get('comp');
    const operation: BlobOperation =
      req.method === 'GET'
        ? 'GetBlob'
        : comp === 'block'
          ? 'PutBlock'
          : comp === 'blocklist'
            ? 'PutBlockList'
            : 'PutBlob';
    const fail = (status: number, code: string, message: string) => {
      this.record(operation, status);
      sendBlobError(res, status, code, message);
    };
    const permissions = url.searchParams.get('sp') ?? '';
    const expiry = url.searchParams.get('se') ?? '';
    const sig = url.searchParams.get('sig') ?? '';
    const signatureValid = sig === this.blobSignature(url.pathname, permissions, expiry);
    if (!signatureValid || Date.parse(expiry) < Date.now()) {
      return fail(
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of the signature is formed correctly.',
      );
    }
    const needed = operation === 'GetBlob' ? 'r' : 'w';
    if (!permissions.includes(needed)) {
      return fail(
        403,
        'AuthorizationPermissionMismatch',
        'This request is not authorized to perform this operation using this permission.',
      );
    }
    const faultStatus = this.takeFault(operation);
    if (faultStatus !== undefined)
      return fail(
        faultStatus,
        'InternalError',
        'Injected fault: the server encountered an internal error.',
      );
    const id = Number(url.pathname.split('/')[2]);
    const artifact = this.artifacts.find((a) => a.id === id);
    if (!artifact) return fail(404, 'BlobNotFound', 'The specified blob does not exist.');

    switch (operation) {
      case 'PutBlock': {
        const blockId = url.searchParams.get('blockid');
        if (!blockId) return fail(400, 'InvalidQueryParameterValue', 'blockid is required.');
        artifact.blocks.set(blockId, body);
        break;
      }
      case 'PutBlockList': {
        const ids = [
          ...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g),
        ].map((m) => m[1]!);
        const missing = ids.find((blockId) => !artifact.blocks.has(blockId));
        if (missing !== undefined)
          return fail(400, 'InvalidBlockList', 'The specified block list is invalid.');
        artifact.blob = Buffer.concat(ids.map((blockId) => artifact.blocks.get(blockId)!));
        artifact.contentType = header(req, 'x-ms-blob-content-type') ?? 'application/octet-stream';
        artifact.blocks.clear();
        break;
      }
      case 'PutBlob': {
        if (header(req, 'x-ms-blob-type') !== 'BlockBlob') {
          return fail(
            400,
            'MissingRequiredHeader',
            'An HTTP header that is mandatory for this request is not specified: x-ms-blob-type.',
          );
        }
        artifact.blob = body;
        artifact.contentType =
          header(req, 'x-ms-blob-content-type') ??
          header(req, 'content-type') ??
          'application/octet-stream';
        break;
      }
      case 'GetBlob': {
        if (!artifact.blob) return fail(404, 'BlobNotFound', 'The specified blob does not exist.');
        this.record(operation, 200);
        res.writeHead(200, {
          ...azureHeaders(),
          'content-type': artifact.contentType ?? 'application/octet-stream',
          'content-length': artifact.blob.length,
          'content-disposition': `attachment; filename="${artifact.name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(artifact.name)}`,
          'x-ms-blob-type': 'BlockBlob',
          etag: `"0x${createHash('sha256').update(artifact.blob).digest('hex').slice(0, 16)}"`,
        });
        res.end(artifact.blob);
        return;
      }
    }
    this.record(operation, 201);
    res.writeHead(201, {
      ...azureHeaders(),
      'content-length': 0,
      'x-ms-request-server-encrypted': 'true',
      ...(operation === 'PutBlock'
        ? {}
        : {
            etag: `"0x${randomBytes(8).toString('hex')}"`,
            'last-modified': new Date().toUTCString(),
          }),
    });
    res.end();
  }

  // ---- GitHub REST (cross-run downloads) ----

  private rest(url: URL, req: IncomingMessage, res: ServerResponse): void {
    const list = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/artifacts$/);
    const download = url.pathname.match(
      /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/([^/]+)$/,
    );
    const listRepo = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts$/);
    const operation: RestOperation | 'Unknown' = list
      ? 'ListWorkflowRunArtifacts'
      : listRepo
        ? 'ListRepositoryArtifacts'
        : download
          ? 'DownloadArtifact'
          : 'Unknown';
    const send = (status: number, body?: unknown, extra: Record<string, string> = {}) => {
      this.record(operation, status);
      sendRest(res, status, body, extra);
    };
    const notFound = (docs: string) =>
      send(404, { message: 'Not Found', documentation_url: docs, status: '404' });
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.restToken}` && auth !== `Bearer ${this.restToken}`) {
      return send(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    }
    if (req.method !== 'GET' || operation === 'Unknown')
      return notFound('https://docs.github.com/rest');
    const faultStatus = this.takeFault(operation);
    if (faultStatus !== undefined) {
      return send(faultStatus, {
        message: 'Server Error',
        documentation_url: 'https://docs.github.com/rest',
        status: String(faultStatus),
      });
    }
    const [, owner, repo, id] = (list ?? listRepo ?? download)!;
    const inRepo = (a: FakeArtifact) => a.run.owner === owner && a.run.repo === repo && a.finalized;

    if (listRepo) {
      // https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository: newest
      // first, expired artifacts listed with `expired: true`, `per_page` at most 100.
      const docs = 'https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository';
      if (!this.runs.some((r) => r.owner === owner && r.repo === repo)) return notFound(docs);
      const name = url.searchParams.get('name');
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const matching = this.artifacts
        .filter((a) => inRepo(a) && (name === null || a.name === name))
        .sort((a, b) => b.id - a.id);
      const last = Math.max(1, Math.ceil(matching.length / perPage));
      const link = (p: number, rel: string) => {
        const next = new URL(url.href);
        next.searchParams.set('page', String(p));
        return `<${this.url}${next.pathname}${next.search}>; rel="${rel}"`;
      };
      const links = [
        ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
        ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ];
      return send(
        200,
        {
          total_count: matching.length,
          artifacts: matching
            .slice((page - 1) * perPage, page * perPage)
            .map((a) => this.restArtifact(a)),
        },
        links.length ? { link: links.join(', ') } : {},
      );
    }

    if (list) {
      const docs = 'https://docs.github.com/rest/actions/artifacts#list-workflow-run-artifacts';
      const run = this.runs.find(
        (r) => r.owner === owner && r.repo === repo && r.runId === Number(id),
      );
      if (!run) return notFound(docs);
      const name = url.searchParams.get('name');
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const matching = this.artifacts.filter(
        (a) => inRepo(a) && a.run === run && (name === null || a.name === name),
      );
      return send(200, {
        total_count: matching.length,
        artifacts: matching
          .slice((page - 1) * perPage, page * perPage)
          .map((a) => this.restArtifact(a)),
      });
    }
    const docs = 'https://docs.github.com/rest/actions/artifacts#download-an-artifact';
    const artifact = this.artifacts.find((a) => inRepo(a) && a.id === Number(id));
    if (!artifact || download![4] !== 'zip') return notFound(docs);
    if (artifact.expired)
      return send(410, { message: 'Artifact has expired', documentation_url: docs, status: '410' });
    return send(302, undefined, { location: this.signedBlobUrl(artifact, 'r') });
  }

  private restArtifact(a: FakeArtifact) {
    const api = `${this.url}/repos/${a.run.owner}/${a.run.repo}/actions/artifacts/${a.id}`;
    return {
      id: a.id,
      node_id: Buffer.from(`Artifact${a.id}`).toString('base64'),
      name: a.name,
      size_in_bytes: a.size,
      url: api,
      archive_download_url: `${api}/zip`,
      expired: a.expired,
      digest: a.digest ?? null,
      created_at: a.createdAt.toISOString(),
      updated_at: a.createdAt.toISOString(),
      expires_at: (a.expiresAt ?? new Date(a.createdAt.getTime() + 90 * 86400_000)).toISOString(),
      workflow_run: {
        id: a.run.runId,
        repository_id: 1,
        head_repository_id: 1,
        head_branch: 'main',
        head_sha: '0'.repeat(40),
      },
    };
  }
}

type TwirpAnswer = { body: object } | { error: string; status: number; msg: string };

function twirpError(status: number, error: string, msg: string): TwirpAnswer {
  return { error, status, msg };
}

function isTwirpMethod(method: string): method is TwirpMethod {
  return [
    'CreateArtifact',
    'FinalizeArtifact',
    'ListArtifacts',
    'GetSignedArtifactURL',
    'DeleteArtifact',
  ].includes(method);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function azureHeaders(): Record<string, string> {
  return {
    'x-ms-request-id': randomUUID(),
    'x-ms-version': '2021-12-02',
    date: new Date().toUTCString(),
  };
}

function sendBlobError(res: ServerResponse, status: number, code: string, message: string): void {
  const xml = `\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`;
  res.writeHead(status, {
    ...azureHeaders(),
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(xml),
    'x-ms-error-code': code,
  });
  res.end(xml);
}

function sendRest(
  res: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string>,
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'content-length': Buffer.byteLength(text),
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    ...extra,
  });
  res.end(text);
}

/**
 * For a jest file: one FakeResultsService for the whole file, and `enterRun()` making each new
 * workflow run's job environment the process environment, as on a runner. The variables the
 * runs set are restored when the file ends.
 */
/** The runner variables a fake run sets (and a test may need to clear). */
export const RESULTS_ENV_KEYS = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_API_URL',
  'GITHUB_SERVER_URL',
] as const;

export function useFakeResultsService(repository: string, firstRunId: number) {
  const keys = RESULTS_ENV_KEYS;
  const saved: Record<string, string | undefined> = {};
  let fake: FakeResultsService | undefined;
  let nextRunId = firstRunId;
  beforeAll(async () => {
    for (const key of keys) saved[key] = process.env[key];
    delete process.env.GITHUB_SERVER_URL; // @actions/artifact refuses GHES hosts
    fake = await FakeResultsService.start();
  });
  afterAll(async () => {
    await fake?.close();
    for (const key of keys) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });
  const service = (): FakeResultsService => {
    if (!fake) throw new Error('useFakeResultsService: the fake starts in beforeAll');
    return fake;
  };
  return {
    service,
    enterRun(): FakeRun {
      const run = service().addRun(nextRunId++, repository);
      Object.assign(process.env, service().envFor(run));
      return run;
    },
  };
}
