/**
 * The OCI Distribution API for one repository: blobs (HEAD, chunked upload, streamed download)
 * and manifests (GET/PUT by tag or digest), with referrers (API first, tag schema fallback).
 * Every digest the registry reports back is checked against the bytes we sent or received.
 */
import { checkDigest, DigestStream, isDigest } from '../../core/artifact/digest.js';
import { open, rename, rm } from 'node:fs/promises';
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

export const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
/** Small in-memory blobs (config, provenance) are tried as one monolithic POST (spec "single POST"). */
const MONOLITHIC_MAX = 1024 * 1024;
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
  body?: Buffer;
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
  chunkSize: number;
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

export class RegistryClient {
  /** Set once the registry showed it ignores single-POST uploads, so we stop sending bodies it drops. */
  private monolithicUnsupported = false;

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
   * Upload `size` bytes of `file` as blob `digest` unless the registry already has it.
   * Returns the bytes sent (0 when skipped).
   */
  async pushBlobFromFile(
    file: string,
    digest: Digest,
    size: number,
    onProgress?: Progress,
  ): Promise<number> {
    if (await this.hasBlob(digest, 'push')) {
      onProgress?.(size, size);
      return 0;
    }
    const handle = await open(file, 'r');
    try {
      const read = async (offset: number, length: number) => {
        const buf = Buffer.allocUnsafe(length);
        const { bytesRead } = await handle.read(buf, 0, length, offset);
        if (bytesRead !== length) {
          throw new Error(
            `${file} changed while uploading: expected ${size} bytes, it ended at ${offset + bytesRead}.`,
          );
        }
        return buf;
      };
      // Never single-POST a file: a registry that ignores the body would get the bytes twice.
      return await this.upload(digest, size, read, { monolithic: false, onProgress });
    } finally {
      await handle.close();
    }
  }

  async pushBlob(bytes: Buffer, onProgress?: Progress): Promise<{ digest: Digest; sent: number }> {
    const digest = sha256(bytes);
    if (await this.hasBlob(digest, 'push')) return { digest, sent: 0 };
    const read = (o: number, l: number) => Promise.resolve(bytes.subarray(o, o + l));
    const sent = await this.upload(digest, bytes.length, read, { monolithic: true, onProgress });
    return { digest, sent };
  }

  /**
   * One upload session, started over once if the registry loses track of it: 416 (a retried
   * chunk it had partly received) or 404 BLOB_UPLOAD_UNKNOWN (the session expired).
   */
  private async upload(
    digest: Digest,
    size: number,
    read: (offset: number, length: number) => Promise<Buffer>,
    opts: { monolithic: boolean; onProgress?: Progress },
  ): Promise<number> {
    let sent = 0;
    for (let session = 1; ; session++) {
      try {
        await this.uploadSession(digest, size, read, opts, (n) => (sent += n));
        return sent;
      } catch (err) {
        const lost =
          err instanceof RegistryError &&
          (err.status === 416 || (err.status === 404 && err.code === 'BLOB_UPLOAD_UNKNOWN'));
        if (!lost || session >= 2) throw err;
        this.o.http.logger?.debug(
          `upload session for ${digest} lost (${err.message}); starting over`,
        );
      }
    }
  }

  /** Each body the registry accepted is reported through `counted`: a restarted upload counts both tries. */
  private async uploadSession(
    digest: Digest,
    size: number,
    read: (offset: number, length: number) => Promise<Buffer>,
    { monolithic, onProgress }: { monolithic: boolean; onProgress?: Progress },
    counted: (bytes: number) => void,
  ): Promise<void> {
    const what = `upload blob ${digest} to ${this.name}`;
    const start = new URL(this.url('blobs/uploads/'));
    const startReq: Request = { method: 'POST', url: start.href, access: 'push', what };
    if (monolithic && size <= MONOLITHIC_MAX && !this.monolithicUnsupported) {
      start.searchParams.set('digest', digest);
      const body = await read(0, size);
      Object.assign(startReq, {
        url: start.href,
        body,
        headers: { 'content-type': 'application/octet-stream' },
      });
    }
    const started = await this.expect(startReq, [201, 202]);
    await discardBody(started);
    if (startReq.body) counted(size);
    if (started.status === 201) {
      this.checkDigestHeader(started, digest, `blob ${digest} uploaded to ${this.name}`);
      onProgress?.(size, size);
      return;
    }
    if (startReq.body) {
      this.monolithicUnsupported = true; // 202: it opened a session and dropped the body
      this.o.http.logger?.debug(
        `${this.o.host} doesn't support single-POST blob uploads; using POST + PUT`,
      );
    }
    let location = this.location(started, startReq);
    const minChunk = Number(started.headers.get('oci-chunk-min-length') ?? 0);
    const chunkSize = Math.max(this.o.chunkSize, Number.isFinite(minChunk) ? minChunk : 0);

    let offset = 0;
    if (size > chunkSize) {
      // Chunked: PATCH each chunk with its Content-Range; the last one goes with the PUT.
      while (size - offset > chunkSize) {
        const chunk = await read(offset, chunkSize);
        const req: Request = {
          method: 'PATCH',
          url: location.href,
          access: 'push',
          what,
          body: chunk,
          // A chunk sent twice can't be stored twice: the registry refuses the repeated range
          // with 416 and upload() starts a fresh session.
          idempotent: true,
          headers: {
            'content-type': 'application/octet-stream',
            'content-range': `${offset}-${offset + chunk.length - 1}`,
          },
        };
        const res = await this.expect(req, [202]);
        await discardBody(res);
        location = this.location(res, req);
        offset += chunk.length;
        counted(chunk.length);
        onProgress?.(offset, size);
      }
    }
    const last = await read(offset, size - offset);
    location.searchParams.set('digest', digest);
    const put: Request = {
      method: 'PUT',
      url: location.href,
      access: 'push',
      what,
      body: last,
      headers: { 'content-type': 'application/octet-stream' },
    };
    const done = await this.expect(put, [201]);
    await discardBody(done);
    this.checkDigestHeader(done, digest, `blob ${digest} uploaded to ${this.name}`);
    counted(last.length);
    onProgress?.(size, size);
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

  /** GET a manifest by tag or digest, or undefined when it doesn't exist. Verifies its digest. */
  async getManifest(
    reference: string,
    accept = [MEDIA_TYPE_MANIFEST, MEDIA_TYPE_INDEX],
  ): Promise<FetchedManifest | undefined> {
    if (!isDigest(reference) && !TAG_RE.test(reference)) {
      throw new Error(
        `Manifest reference ${JSON.stringify(reference)} for ${this.name} is neither a tag nor a sha256 digest.`,
      );
    }
    const req: Request = {
      method: 'GET',
      url: this.url(`manifests/${reference}`),
      access: 'pull',
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
  async referrers(subject: Digest, artifactType: string): Promise<Descriptor[]> {
    const url = new URL(this.url(`referrers/${subject}`));
    url.searchParams.set('artifactType', artifactType);
    const req: Request = {
      method: 'GET',
      url: url.href,
      access: 'pull',
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
      index = await this.fallbackIndex(subject);
    } else {
      return this.fail(res, req);
    }
    const found = (index?.manifests ?? []).filter((d) => d.artifactType === artifactType);
    for (const d of found) registryDigest(d.digest, `the referrers of ${subject} in ${this.name}`);
    return found;
  }

  private async fallbackIndex(subject: Digest): Promise<ImageIndex | undefined> {
    const found = await this.getManifest(referrersTag(subject), [MEDIA_TYPE_INDEX]);
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
