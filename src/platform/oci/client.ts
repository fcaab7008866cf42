/**
 * The OCI Distribution API for one repository: blobs (HEAD, upload in one PUT or in chunks,
 * streamed download) and manifests (GET/PUT by tag or digest), with referrers (API first, tag
 * schema fallback). Every digest the registry reports back is checked against the bytes we sent
 * or received.
 */
import { checkDigest, digestFile, DigestStream, isDigest } from '../../core/artifact/digest.js';
import { rename, rm } from 'node:fs/promises';
import { DigestMismatchError, type Digest } from '../../core/artifact/types.js';
import type { Progress } from '../../core/ports.js';
import {
  checkNoDowngrade,
  discardBody,
  httpRequest,
  isTransientError,
  readCappedBuffer,
  readCappedJson,
  readTextPrefix,
  redactUrl,
  streamToFile,
  type FileBody,
  type HttpOptions,
  type HttpResponse,
  type RetryPolicy,
} from '../http.js';
import { RegistryAuth } from './auth.js';
import {
  MEDIA_TYPE_INDEX,
  MEDIA_TYPE_MANIFEST,
  referrersTag,
  sha256,
  withReferrer,
  type Descriptor,
  type ImageIndex,
} from './manifest.js';

/** Chunks of a chunked upload, unless the caller or the registry's OCI-Chunk-Min-Length says more. */
export const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
/**
 * Blobs up to this size go up as one PUT, streamed from the file (POST, then PUT with the whole
 * body: what `curl` or oras do, and the fastest). Larger ones go in chunks, so a dropped
 * connection costs one chunk, not the whole upload.
 */
export const MONOLITHIC_PUT_MAX = 1024 * 1024 * 1024;
/** Small in-memory blobs (config, provenance) are tried as one POST (spec "single POST"). */
const SINGLE_POST_MAX = 1024 * 1024;
/** The distribution spec lets registries refuse manifests over 4 MiB; ours are a few KiB. */
export const MANIFEST_MAX = 4 * 1024 * 1024;
/** Blobs read into memory (provenance) may be at most this big, whatever their descriptor says. */
export const IN_MEMORY_BLOB_MAX = 16 * 1024 * 1024;

type Access = 'pull' | 'push';

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

interface Request {
  method: string;
  url: string;
  access: Access;
  headers?: Record<string, string>;
  body?: Buffer | FileBody;
  /** What this request does, for error messages: "upload blob sha256:… to host/repo". */
  what: string;
  /** May a timed-out attempt be sent again? Defaults to what the method says. */
  idempotent?: boolean;
}

export interface ClientOptions {
  baseUrl: string;
  host: string;
  repository: string;
  auth: RegistryAuth;
  /** Shared with the auth's token requests: retry policy, timeouts, logger. */
  http: HttpOptions & { retry: RetryPolicy };
  /** Upload every blob over this size in chunks of it; unset: one PUT up to MONOLITHIC_PUT_MAX. */
  chunkSize?: number;
}

export interface FetchedManifest {
  bytes: Buffer;
  digest: Digest;
  mediaType: string;
}

const HINTS: Record<number, string> = {
  401: 'check the username/password or token',
  403: 'the credentials may not access this repository (for GHCR: packages: write permission; for ECR: the IAM policy)',
  404: 'check the repository name and the tag or digest',
  413: 'the registry refused the size: lower chunkSize or raise its body limit',
};

const TAG_RE = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;

/**
 * A digest read from the registry (a manifest's descriptor, a referrers list) before it goes
 * into a URL: `sha256:../../v2/other/…` must never reach one.
 */
function registryDigest(digest: unknown, where: string): Digest {
  if (typeof digest !== 'string' || !isDigest(digest)) {
    throw new Error(
      `${where} lists the digest ${JSON.stringify(digest)}, which is not sha256:<64 lowercase hex>: refusing to use it.`,
    );
  }
  return digest;
}

async function describe(res: HttpResponse): Promise<{ detail: string; code?: string }> {
  const text = await readTextPrefix(res);
  try {
    const body = JSON.parse(text) as {
      errors?: { code?: string; message?: string; detail?: unknown }[];
    };
    const first = body.errors?.[0];
    if (first) {
      const detail = first.detail ? ` (${JSON.stringify(first.detail)})` : '';
      return {
        detail: `${first.code ?? 'ERROR'}: ${first.message ?? ''}${detail}`,
        code: first.code,
      };
    }
  } catch {
    // not an OCI error body
  }
  return { detail: text.slice(0, 300) || res.statusText };
}

/** Where an upload's bytes come from: slices of a file, or of a Buffer in memory. */
type BlobSource = (
  offset: number,
  length: number,
  onSent?: (sent: number) => void,
) => Buffer | FileBody;

export class RegistryClient {
  /** Set once the registry showed it ignores single-POST uploads, so we stop sending bodies it drops. */
  private singlePostUnsupported = false;
  /** Set once the registry refused a whole blob in one PUT (413): chunks from then on. */
  private monolithicPutRefused = false;

  constructor(private readonly o: ClientOptions) {}

  get name(): string {
    return `${this.o.host}/${this.o.repository}`;
  }

  private url(path: string): string {
    return `${this.o.baseUrl}/v2/${this.o.repository}/${path}`;
  }

  private scope(access: Access): string {
    return `repository:${this.o.repository}:${access === 'push' ? 'pull,push' : 'pull'}`;
  }

  /** Send with auth: a 401 is answered (Basic or a fresh Bearer token) and retried once. */
  private async send(req: Request): Promise<HttpResponse> {
    const scope = this.scope(req.access);
    const origin = new URL(req.url).origin;
    for (let answered = false; ; answered = true) {
      const headers = { ...req.headers };
      // Only the registry's own origin ever gets credentials (an upload Location elsewhere doesn't).
      const authorization = this.o.auth.authorization(scope, origin);
      if (authorization) headers.authorization = authorization;
      const { method, url, body } = req;
      const res = await httpRequest(
        { method, url, headers, body },
        { ...this.o.http, idempotent: req.idempotent },
      );
      if (res.status !== 401 || answered) return res;
      await discardBody(res);
      // The 401 may come from where a redirect led (res.url): only the registry's own is answered.
      await this.o.auth.answer(
        res.headers.get('www-authenticate'),
        scope,
        req.what,
        new URL(res.url).origin,
        authorization,
      );
    }
  }

  private async fail(res: HttpResponse, req: Request): Promise<never> {
    const { detail, code } = await describe(res);
    const hint = HINTS[res.status] ? `; ${HINTS[res.status]}` : '';
    throw new RegistryError(
      `Could not ${req.what}: ${req.method} ${redactUrl(req.url)} answered HTTP ${res.status} ${detail}${hint}.`,
      res.status,
      code,
    );
  }

  private async expect(req: Request, ok: number[]): Promise<HttpResponse> {
    const res = await this.send(req);
    if (!ok.includes(res.status)) return this.fail(res, req);
    return res;
  }

  private checkDigestHeader(res: HttpResponse, expected: Digest, where: string): void {
    const reported = res.headers.get('docker-content-digest');
    if (reported && reported !== expected)
      throw new DigestMismatchError(expected, reported as Digest, where);
  }

  private location(res: HttpResponse, req: Request): URL {
    const location = res.headers.get('location');
    if (!location) {
      throw new RegistryError(
        `Could not ${req.what}: the registry answered ${res.status} without a Location header.`,
        res.status,
      );
    }
    const next = new URL(location, res.url);
    checkNoDowngrade(
      res.url,
      next.href,
      this.o.http.insecure,
      `Could not ${req.what}: the Location`,
    );
    return next;
  }

  async hasBlob(digest: Digest, access: Access = 'pull'): Promise<boolean> {
    return (await this.headBlob(digest, access)) !== undefined;
  }

  /**
   * The size of blob `digest` as the registry reports it (`HEAD`, no body transferred), or
   * undefined when the repository does not have it.
   */
  async blobSize(digest: Digest): Promise<number | undefined> {
    const res = await this.headBlob(digest, 'pull');
    if (!res) return undefined;
    const length = Number(res.headers.get('content-length') ?? NaN);
    if (!Number.isSafeInteger(length) || length < 0) {
      throw new RegistryError(
        `Could not check blob ${digest} in ${this.name}: HEAD answered without a byte count (Content-Length), which the distribution API requires.`,
        res.status,
      );
    }
    return length;
  }

  private async headBlob(digest: Digest, access: Access): Promise<HttpResponse | undefined> {
    registryDigest(digest, `a blob check in ${this.name}`);
    const req = {
      method: 'HEAD',
      url: this.url(`blobs/${digest}`),
      access,
      what: `check blob ${digest} in ${this.name}`,
    };
    const res = await this.send(req);
    if (res.status === 404) return undefined;
    if (res.status !== 200) return this.fail(res, req);
    this.checkDigestHeader(res, digest, `blob ${digest} in ${this.name} (HEAD)`);
    return res;
  }

  /**
   * Upload `size` bytes of `file` as blob `digest`, which the registry lacks (the caller's HEAD
   * said so). The digest is the packer's: the file is not hashed again, because the registry
   * checks what it receives against it (the distribution spec's DIGEST_INVALID). Only when it
   * refuses is the file hashed, for an error naming both digests. Returns the bytes sent.
   */
  async uploadBlobFromFile(
    file: string,
    digest: Digest,
    size: number,
    onProgress?: Progress,
  ): Promise<number> {
    const source: BlobSource = (offset, length, onSent) => ({ file, offset, length, onSent });
    try {
      // Never single-POST a file: a registry that ignores the body would get the bytes twice.
      return await this.upload(digest, size, source, { singlePost: false, onProgress });
    } catch (err) {
      if (err instanceof RegistryError && err.code === 'DIGEST_INVALID') {
        checkDigest(digest, await digestFile(file), `artifact file ${file}`);
      }
      throw err;
    }
  }

  async pushBlob(bytes: Buffer, onProgress?: Progress): Promise<{ digest: Digest; sent: number }> {
    const digest = sha256(bytes);
    if (await this.hasBlob(digest, 'push')) return { digest, sent: 0 };
    const source: BlobSource = (o, l) => bytes.subarray(o, o + l);
    const sent = await this.upload(digest, bytes.length, source, { singlePost: true, onProgress });
    return { digest, sent };
  }

  /**
   * One upload session, started over once if the registry loses track of it (416 for a retried
   * chunk it had partly received, 404 BLOB_UPLOAD_UNKNOWN for an expired session) or refuses a
   * whole blob in one PUT (413: then in chunks).
   */
  private async upload(
    digest: Digest,
    size: number,
    source: BlobSource,
    opts: { singlePost: boolean; onProgress?: Progress },
  ): Promise<number> {
    let sent = 0;
    // Progress never goes back, though a restarted session sends the same bytes again.
    let reported = 0;
    const onProgress = (done: number) => {
      if (done <= reported) return;
      reported = done;
      opts.onProgress?.(done, size);
    };
    for (let session = 1; ; session++) {
      const monolithic = this.monolithicPut(size);
      try {
        await this.uploadSession(digest, size, source, opts.singlePost, monolithic, {
          counted: (n) => (sent += n),
          onProgress,
        });
        return sent;
      } catch (err) {
        const status = err instanceof RegistryError ? err.status : 0;
        const lost =
          status === 416 ||
          (status === 404 && (err as RegistryError).code === 'BLOB_UPLOAD_UNKNOWN');
        const tooLarge = status === 413 && monolithic;
        if ((!lost && !tooLarge) || session >= 2) throw err;
        const log = this.o.http.logger;
        if (tooLarge) {
          this.monolithicPutRefused = true;
          log?.info(
            `${this.o.host} refused ${digest} in one PUT (HTTP 413, a body limit); uploading it in chunks`,
          );
        } else {
          log?.debug(
            `upload session for ${digest} lost (${(err as Error).message}); starting over`,
          );
        }
      }
    }
  }

  /** Whether a blob of `size` bytes goes up in one PUT: unless chunks were asked for or needed. */
  private monolithicPut(size: number): boolean {
    return (
      this.o.chunkSize === undefined && !this.monolithicPutRefused && size <= MONOLITHIC_PUT_MAX
    );
  }

  /** Each body the registry accepted is reported through `counted`: a restarted upload counts both tries. */
  private async uploadSession(
    digest: Digest,
    size: number,
    source: BlobSource,
    singlePost: boolean,
    monolithic: boolean,
    report: { counted: (bytes: number) => void; onProgress: (done: number) => void },
  ): Promise<void> {
    const what = `upload blob ${digest} to ${this.name}`;
    const start = new URL(this.url('blobs/uploads/'));
    const startReq: Request = { method: 'POST', url: start.href, access: 'push', what };
    if (singlePost && size <= SINGLE_POST_MAX && !this.singlePostUnsupported) {
      start.searchParams.set('digest', digest);
      Object.assign(startReq, {
        url: start.href,
        body: source(0, size),
        headers: { 'content-type': 'application/octet-stream' },
      });
    }
    const started = await this.expect(startReq, [201, 202]);
    await discardBody(started);
    if (startReq.body) report.counted(size);
    if (started.status === 201) {
      this.checkDigestHeader(started, digest, `blob ${digest} uploaded to ${this.name}`);
      report.onProgress(size);
      return;
    }
    if (startReq.body) {
      this.singlePostUnsupported = true; // 202: it opened a session and dropped the body
      this.o.http.logger?.debug(
        `${this.o.host} doesn't support single-POST blob uploads; using POST + PUT`,
      );
    }
    let location = this.location(started, startReq);
    let offset = 0;
    if (!monolithic) {
      const minChunk = Number(started.headers.get('oci-chunk-min-length') ?? 0);
      const chunkSize = Math.max(
        this.o.chunkSize ?? DEFAULT_CHUNK_SIZE,
        Number.isFinite(minChunk) ? minChunk : 0,
      );
      // Chunked: PATCH each chunk with its Content-Range; the last one goes with the PUT.
      while (size - offset > chunkSize) {
        const from = offset;
        const req: Request = {
          method: 'PATCH',
          url: location.href,
          access: 'push',
          what,
          body: source(from, chunkSize, (n) => report.onProgress(from + n)),
          // A chunk sent twice can't be stored twice: the registry refuses the repeated range
          // with 416 and upload() starts a fresh session.
          idempotent: true,
          headers: {
            'content-type': 'application/octet-stream',
            'content-range': `${from}-${from + chunkSize - 1}`,
          },
        };
        const res = await this.expect(req, [202]);
        await discardBody(res);
        location = this.location(res, req);
        offset += chunkSize;
        report.counted(chunkSize);
      }
    }
    const from = offset;
    location.searchParams.set('digest', digest);
    const put: Request = {
      method: 'PUT',
      url: location.href,
      access: 'push',
      what,
      body: source(from, size - from, (n) => report.onProgress(from + n)),
      headers: { 'content-type': 'application/octet-stream' },
    };
    const done = await this.expect(put, [201]);
    await discardBody(done);
    this.checkDigestHeader(done, digest, `blob ${digest} uploaded to ${this.name}`);
    report.counted(size - from);
    report.onProgress(size);
  }

  /** PUT a manifest under a tag or its digest; verifies the digest the registry computed. */
  async putManifest(
    reference: string,
    bytes: Buffer,
    mediaType: string,
  ): Promise<{ digest: Digest; subjectAccepted: boolean }> {
    const digest = sha256(bytes);
    const req: Request = {
      method: 'PUT',
      url: this.url(`manifests/${reference}`),
      access: 'push',
      what: `push manifest ${reference} to ${this.name}`,
      body: bytes,
      headers: { 'content-type': mediaType },
    };
    const res = await this.expect(req, [201]);
    await discardBody(res);
    this.checkDigestHeader(res, digest, `manifest ${reference} pushed to ${this.name}`);
    // OCI-Subject: the registry indexed the subject itself (it has the referrers API).
    return { digest, subjectAccepted: res.headers.has('oci-subject') };
  }

  /**
   * GET a manifest by tag or digest, or undefined when it doesn't exist. Verifies its digest.
   * `access: 'push'` when a push follows, so one token serves both.
   */
  async getManifest(
    reference: string,
    accept = [MEDIA_TYPE_MANIFEST, MEDIA_TYPE_INDEX],
    access: Access = 'pull',
  ): Promise<FetchedManifest | undefined> {
    if (!isDigest(reference) && !TAG_RE.test(reference)) {
      throw new Error(
        `Manifest reference ${JSON.stringify(reference)} for ${this.name} is neither a tag nor a sha256 digest.`,
      );
    }
    const req: Request = {
      method: 'GET',
      url: this.url(`manifests/${reference}`),
      access,
      what: `fetch manifest ${reference} from ${this.name}`,
      headers: { accept: accept.join(', ') },
    };
    const res = await this.send(req);
    if (res.status === 404) {
      await discardBody(res);
      return undefined;
    }
    if (res.status !== 200) return this.fail(res, req);
    const where = `manifest ${this.name}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
    const bytes = await readCappedBuffer(res, MANIFEST_MAX, where);
    const digest = sha256(bytes);
    if (reference.startsWith('sha256:') && reference !== digest) {
      throw new DigestMismatchError(reference as Digest, digest, where);
    }
    this.checkDigestHeader(res, digest, where);
    const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
    return { bytes, digest, mediaType };
  }

  /** A small blob (provenance) into memory, verified; never more than its descriptor's size. */
  async fetchBlob(descriptor: Descriptor): Promise<Buffer> {
    registryDigest(descriptor.digest, `a descriptor in ${this.name}`);
    const what = `blob ${descriptor.digest} from ${this.name}`;
    if (descriptor.size > IN_MEMORY_BLOB_MAX) {
      throw new Error(
        `Refusing to fetch ${what} into memory: its descriptor says ${descriptor.size} bytes, over ${IN_MEMORY_BLOB_MAX}. Check the manifest that lists it.`,
      );
    }
    const req: Request = {
      method: 'GET',
      url: this.url(`blobs/${descriptor.digest}`),
      access: 'pull',
      what: `fetch ${what}`,
    };
    const res = await this.expect(req, [200]);
    const bytes = await readCappedBuffer(res, descriptor.size, `${what} (its descriptor's size)`);
    const actual = sha256(bytes);
    if (actual !== descriptor.digest) {
      throw new DigestMismatchError(
        descriptor.digest,
        actual,
        `blob ${descriptor.digest} from ${this.name}`,
      );
    }
    return bytes;
  }

  /**
   * Stream a blob to `dest`, hashing as it arrives. The bytes land in `dest.partial` and are
   * renamed to `dest` only once verified; on any failure the partial file is deleted.
   */
  async downloadBlob(descriptor: Descriptor, dest: string, onProgress?: Progress): Promise<void> {
    registryDigest(descriptor.digest, `a descriptor in ${this.name}`);
    const partial = `${dest}.partial`;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.downloadOnce(descriptor, partial, onProgress);
        await rename(partial, dest);
        return;
      } catch (err) {
        await rm(partial, { force: true });
        // A connection dropped or stalled mid-body: start over (httpRequest retried only the request).
        if (attempt >= this.o.http.retry.attempts || !isTransientError(err, true)) throw err;
        this.o.http.logger?.debug(
          `download of ${descriptor.digest} interrupted (${String(err)}); retrying`,
        );
      }
    }
  }

  private async downloadOnce(
    descriptor: Descriptor,
    file: string,
    onProgress?: Progress,
  ): Promise<void> {
    const req: Request = {
      method: 'GET',
      url: this.url(`blobs/${descriptor.digest}`),
      access: 'pull',
      what: `download blob ${descriptor.digest} from ${this.name}`,
    };
    const res = await this.expect(req, [200]);
    const hash = new DigestStream();
    let done = 0;
    // A body longer than the descriptor says is cut off there: the manifest bounds the download.
    await streamToFile(res, file, {
      maxBytes: descriptor.size,
      what: `blob ${descriptor.digest} (its descriptor's size)`,
      onChunk: (chunk) => {
        hash.update(chunk);
        done += chunk.length;
        onProgress?.(done, descriptor.size);
      },
    });
    checkDigest(
      descriptor.digest,
      hash.digest(),
      `blob ${descriptor.digest} downloaded from ${this.name}`,
    );
    if (done !== descriptor.size) {
      throw new Error(
        `Blob ${descriptor.digest} from ${this.name} has ${done} bytes, its manifest says ${descriptor.size}.`,
      );
    }
  }

  /**
   * The referrers of `subject`: the referrers API when the registry has it, else the fallback
   * tag `sha256-<hex>` (an image index). Filtered by artifactType here, whatever the server did.
   */
  async referrers(
    subject: Digest,
    artifactType: string,
    access: Access = 'pull',
  ): Promise<Descriptor[]> {
    const url = new URL(this.url(`referrers/${subject}`));
    url.searchParams.set('artifactType', artifactType);
    const req: Request = {
      method: 'GET',
      url: url.href,
      access,
      what: `list referrers of ${subject} in ${this.name}`,
      headers: { accept: MEDIA_TYPE_INDEX },
    };
    const res = await this.send(req);
    let index: ImageIndex | undefined;
    if (
      res.status === 200 &&
      (res.headers.get('content-type') ?? '').startsWith(MEDIA_TYPE_INDEX)
    ) {
      index = await readCappedJson<ImageIndex>(res, MANIFEST_MAX, `the referrers of ${subject}`);
    } else if (res.status === 404 || res.status === 200) {
      // 404 (or an HTML/other 200 from a proxy): no referrers API, per spec use the tag schema.
      await discardBody(res);
      index = await this.fallbackIndex(subject, access);
    } else {
      return this.fail(res, req);
    }
    const found = (index?.manifests ?? []).filter((d) => d.artifactType === artifactType);
    for (const d of found) registryDigest(d.digest, `the referrers of ${subject} in ${this.name}`);
    return found;
  }

  private async fallbackIndex(
    subject: Digest,
    access: Access = 'pull',
  ): Promise<ImageIndex | undefined> {
    const found = await this.getManifest(referrersTag(subject), [MEDIA_TYPE_INDEX], access);
    if (!found) return undefined;
    const index = JSON.parse(found.bytes.toString('utf8')) as ImageIndex;
    if (index.mediaType !== MEDIA_TYPE_INDEX || !Array.isArray(index.manifests)) {
      throw new Error(
        `Tag ${referrersTag(subject)} in ${this.name} is not a referrers index; remove or retag it.`,
      );
    }
    return index;
  }

  /**
   * Record a referrer under the fallback tag, for registries that didn't index the subject.
   * Read-modify-write: a concurrent push of another referrer to the same subject may be lost,
   * which the spec accepts for the fallback.
   */
  async addFallbackReferrer(subject: Digest, referrer: Descriptor): Promise<void> {
    const index = withReferrer(await this.fallbackIndex(subject), referrer);
    await this.putManifest(
      referrersTag(subject),
      Buffer.from(JSON.stringify(index)),
      MEDIA_TYPE_INDEX,
    );
  }
}
