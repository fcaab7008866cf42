/**
 * Every HTTP exchange msdeploy makes (OCI registries, token services, deploy health checks) goes
 * through here, so each one is bounded:
 * - in time: a deadline for the response headers and an idle deadline while sending the request
 *   body and while receiving the response body (optionally a total one for the body);
 * - in size: bodies are read with capped readers that stop as soon as the cap is passed;
 * - in reach: redirects are followed by hand, at most a few, and credential headers are dropped
 *   once a redirect leaves the origin they were meant for (registries send blob GETs to a CDN).
 * Transient failures are retried with jittered backoff: dropped connections, 429 (honouring
 * Retry-After), 5xx, and timeouts when the method is idempotent.
 */
import { createWriteStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../core/ports.js';

export interface RetryPolicy {
  /** Total tries, including the first. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 250, maxDelayMs: 8_000 };

export interface HttpTimeouts {
  /** From the request being sent (its body handed to the socket) to the response headers. */
  headersMs: number;
  /** Longest pause while sending the request body or receiving the response body. */
  idleMs: number;
  /** The whole response body, from the headers on. Unset: a slow but steady download may go on. */
  bodyTotalMs?: number;
  /**
   * The whole request, from the first attempt to the end of the body: retries, backoff, redirects
   * and the body included. Unset: each phase is bounded by its own limit only.
   */
  totalMs?: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = { headersMs: 30_000, idleMs: 60_000 };
export const DEFAULT_MAX_REDIRECTS = 5;
/** Enough of an error body to quote the server's message. */
export const ERROR_BODY_MAX = 8 * 1024;

/** Retry-After longer than this is not waited for: the server is effectively down. */
const MAX_RETRY_AFTER_MS = 60_000;
/** Request bodies larger than this are streamed in slices of it, so a stalled upload is noticed. */
const UPLOAD_SLICE = 64 * 1024;
/** A file body is read in slices of this size as the connection takes them. */
const FILE_SLICE = 1024 * 1024;
/** A body left unread is drained up to this much (keeping the connection reusable), else dropped. */
const DISCARD_MAX = 64 * 1024;
/** Always dropped when a redirect leaves the origin; callers may name more. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];
/** RFC 9110 §9.2.2: sending these twice has the effect of sending them once. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Query parameters whose values are not written into messages (signed CDN URLs, tokens). */
const SECRET_PARAM = /sig|token|key|secret|pass|auth|credential|session|state|code/i;

/**
 * `length` bytes of a file from `offset`, read as the connection takes them: a large upload
 * never sits in memory. Like a Buffer, and unlike a stream, it can be sent again (a retry, a
 * 307/308 redirect): it is read again from `offset`.
 */
export interface FileBody {
  file: string;
  offset: number;
  length: number;
  /** Bytes of this body handed to the connection so far; starts over at 0 when sent again. */
  onSent?: (sent: number) => void;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Bytes that can be sent again, never a one-shot stream: a retry or a redirect resends them. */
  body?: Buffer | FileBody;
}

export interface HttpOptions {
  retry?: RetryPolicy;
  timeouts?: Partial<HttpTimeouts>;
  maxRedirects?: number;
  /**
   * false: a 3xx is returned like any other answer, its Location untouched (a health check
   * judges the status the URL itself answers; following could land on a login page's 200).
   */
  followRedirects?: boolean;
  /** Cancels the request at once (the caller gave up): rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Header names besides Authorization, Proxy-Authorization and Cookie that carry credentials. */
  credentialHeaders?: readonly string[];
  /** Whether a timed-out request may be sent again; by default, whether its method is idempotent. */
  idempotent?: boolean;
  /** Allow a redirect from HTTPS to plain HTTP (refused by default: it would expose the exchange). */
  insecure?: boolean;
  logger?: Logger;
}

/** The URL as it may appear in messages and logs: no user info, no secret query values. */
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const secret = [...u.searchParams.keys()].filter((k) => SECRET_PARAM.test(k));
  if (!u.username && !u.password && secret.length === 0) return url;
  u.username = '';
  u.password = '';
  for (const k of secret) u.searchParams.set(k, '***');
  return u.href;
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${+(ms / 1000).toFixed(1)} s`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

export type TimeoutPhase = 'send' | 'headers' | 'body-idle' | 'body-total' | 'deadline';

const TIMEOUT_TEXT: Record<TimeoutPhase, (limit: string) => string> = {
  send: (l) =>
    `sending the request body stalled for ${l} (idle timeout). Check the network path to the server (proxy, firewall, bandwidth)`,
  headers: (l) =>
    `no response headers within ${l} (headers timeout). Check that the server is up and not overloaded, and that nothing between us drops the connection silently`,
  'body-idle': (l) =>
    `the response body stalled for ${l} (idle timeout). Check the network path to the server (proxy, firewall) and the server's health`,
  'body-total': (l) =>
    `the response body took longer than ${l} (body timeout). Check the bandwidth to the server`,
  deadline: (l) =>
    `the request (retries and body included) took longer than ${l} (overall deadline). Check the server's health and the bandwidth to it`,
};

export class HttpTimeoutError extends Error {
  constructor(
    readonly method: string,
    /** Redacted. */
    readonly url: string,
    readonly phase: TimeoutPhase,
    readonly limitMs: number,
    readonly attempt: number,
  ) {
    const tries = attempt > 1 ? ` (attempt ${attempt})` : '';
    super(
      `${method} ${url}: ${TIMEOUT_TEXT[phase](formatMs(limitMs))}, or raise the limit${tries}.`,
    );
    this.name = 'HttpTimeoutError';
  }
}

export class ResponseTooLargeError extends Error {
  constructor(
    readonly method: string,
    /** Redacted. */
    readonly url: string,
    readonly maxBytes: number,
    what: string,
    declared?: number,
  ) {
    const seen = declared === undefined ? 'sent more than' : `announced ${declared} bytes, over`;
    super(
      `${method} ${url} ${seen} the ${formatBytes(maxBytes)} allowed for ${what}; stopped reading. Check that the URL reaches the intended server (not a proxy or login page) and that the content is what you expect.`,
    );
    this.name = 'ResponseTooLargeError';
  }
}

/**
 * A move from HTTPS to plain HTTP (a redirect, an upload Location, a token realm) is refused
 * unless the caller allowed insecure transport: it would send the rest of the exchange in clear.
 */
export function checkNoDowngrade(
  from: string,
  to: string,
  insecure: boolean | undefined,
  what: string,
): void {
  if (insecure) return;
  if (new URL(from).protocol === 'https:' && new URL(to).protocol === 'http:') {
    throw new Error(
      `${what}: ${redactUrl(from)} points to plain HTTP ${redactUrl(to)}; refusing to leave HTTPS (set insecure only for a registry you trust on a network you trust).`,
    );
  }
}

export class TooManyRedirectsError extends Error {
  constructor(
    readonly method: string,
    /** Redacted. */
    readonly url: string,
    readonly maxRedirects: number,
  ) {
    super(
      `${method} ${url} was redirected more than ${maxRedirects} times; stopped following. Check the server's redirect configuration (a loop?) and the URL.`,
    );
    this.name = 'TooManyRedirectsError';
  }
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/** fetch wraps socket errors as `TypeError: fetch failed` with the system error as `cause`. */
export function isTransientNetworkError(err: unknown): boolean {
  // Duck-typed, not `instanceof Error`: undici's errors may come from another realm (vm, jest).
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
    e && typeof e === 'object';
    e = e.cause as typeof e
  ) {
    if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code)) return true;
    if (e.message === 'other side closed' || e.message === 'terminated') return true;
  }
  return false;
}

export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/**
 * Worth sending again: a dropped connection, or a timeout of an idempotent request. A timed-out
 * POST may have been processed already; sending it again could act twice.
 */
export function isTransientError(err: unknown, idempotent: boolean): boolean {
  if (err instanceof HttpTimeoutError) return idempotent;
  return isTransientNetworkError(err);
}

export function isTransientStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function backoffMs(policy: RetryPolicy, retry: number): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return exp / 2 + Math.random() * (exp / 2); // jitter: concurrent clients don't retry in step
}

/** Resolves early when `signal` aborts; the loop then notices and stops. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * The timers of one attempt. When one fires it aborts the exchange (the pending fetch or body
 * read rejects) and records which limit was hit.
 */
class Watchdog {
  readonly controller = new AbortController();
  private idle?: NodeJS.Timeout;
  private total?: NodeJS.Timeout;
  private overall?: NodeJS.Timeout;

  constructor(
    readonly method: string,
    public url: string,
    private readonly attempt: number,
  ) {}

  private timer(phase: TimeoutPhase, ms: number): NodeJS.Timeout {
    const fire = () =>
      this.controller.abort(
        new HttpTimeoutError(this.method, redactUrl(this.url), phase, ms, this.attempt),
      );
    return setTimeout(fire, ms).unref();
  }

  /** (Re)start the deadline of the current phase. */
  arm(phase: Exclude<TimeoutPhase, 'body-total'>, ms: number): void {
    clearTimeout(this.idle);
    this.idle = this.timer(phase, ms);
  }

  pause(): void {
    clearTimeout(this.idle);
  }

  bodyDeadline(ms: number): void {
    this.total = this.timer('body-total', ms);
  }

  /** The request's overall deadline: `remainingMs` of `limitMs` are left for this attempt. */
  deadline(remainingMs: number, limitMs: number): void {
    const fire = () =>
      this.controller.abort(
        new HttpTimeoutError(this.method, redactUrl(this.url), 'deadline', limitMs, this.attempt),
      );
    this.overall = setTimeout(fire, Math.max(0, remainingMs)).unref();
  }

  stop(): void {
    clearTimeout(this.idle);
    clearTimeout(this.total);
    clearTimeout(this.overall);
  }

  get timedOut(): HttpTimeoutError | undefined {
    const reason: unknown = this.controller.signal.reason;
    return reason instanceof HttpTimeoutError ? reason : undefined;
  }
}

/** An answer whose body can be read once, each read bounded by the idle (and total) deadline. */
export class HttpResponse {
  private bodyTaken = false;

  constructor(
    private readonly raw: Response,
    /** Where the answer came from, after redirects. */
    readonly url: string,
    readonly method: string,
    private readonly watchdog: Watchdog,
    private readonly timeouts: HttpTimeouts,
  ) {}

  get status(): number {
    return this.raw.status;
  }

  get statusText(): string {
    return this.raw.statusText;
  }

  get ok(): boolean {
    return this.raw.ok;
  }

  get headers(): Headers {
    return this.raw.headers;
  }

  /** `METHOD url` with secrets redacted, for messages. */
  get label(): string {
    return `${this.method} ${redactUrl(this.url)}`;
  }

  async *chunks(): AsyncGenerator<Uint8Array> {
    if (this.bodyTaken) throw new Error(`${this.label}: the response body was already read.`);
    this.bodyTaken = true;
    const body = this.raw.body;
    if (!body) {
      this.watchdog.stop();
      return;
    }
    const reader = body.getReader();
    const { idleMs, bodyTotalMs } = this.timeouts;
    if (bodyTotalMs !== undefined) this.watchdog.bodyDeadline(bodyTotalMs);
    let finished = false;
    try {
      for (;;) {
        this.watchdog.arm('body-idle', idleMs);
        const next = await reader.read().catch((err: unknown) => {
          throw this.watchdog.timedOut ?? this.bodyFailure(err);
        });
        // The consumer's own pace (a slow disk) is not the server stalling.
        this.watchdog.pause();
        if (next.done) {
          finished = true;
          return;
        }
        yield next.value;
      }
    } finally {
      this.watchdog.stop();
      // Stopped early (a cap, an error): close the connection instead of downloading the rest.
      if (!finished) await reader.cancel().catch(() => undefined);
    }
  }

  private bodyFailure(err: unknown): Error {
    const message = `${this.label}: the connection failed while reading the body: ${String(err)}`;
    return new Error(message, { cause: err }); // the cause keeps it recognisably transient
  }

  /** Drop the body unread (closes the connection). */
  async cancel(): Promise<void> {
    this.watchdog.stop();
    if (this.bodyTaken) return;
    this.bodyTaken = true;
    await this.raw.body?.cancel().catch(() => undefined);
  }
}

/**
 * The body of one send: small ones whole, large ones in slices that re-arm the idle deadline;
 * the headers deadline starts once the last slice went out. `settle()` (the answer came) stops
 * a body the server did not wait for from arming anything, and releases its file.
 */
function sendBody(
  body: Buffer | FileBody | undefined,
  watchdog: Watchdog,
  t: HttpTimeouts,
): { init: Pick<RequestInit, 'body' | 'duplex'>; settle: () => void } {
  if (!body || (Buffer.isBuffer(body) && body.length <= UPLOAD_SLICE)) {
    watchdog.arm('headers', t.headersMs);
    return { init: body ? { body } : {}, settle: () => undefined };
  }
  const slices = bodySlices(body);
  let live = true;
  watchdog.arm('send', t.idleMs);
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await slices.next();
        if (next.done) {
          controller.close();
          if (live) watchdog.arm('headers', t.headersMs);
          return;
        }
        controller.enqueue(next.value);
        if (live) watchdog.arm('send', t.idleMs);
      },
      async cancel() {
        await slices.return(undefined);
      },
    },
    // Pull only when fetch asks for more: each pull means the previous slice went out.
    { highWaterMark: 0 },
  );
  const settle = () => {
    live = false;
    void slices.return(undefined); // closes the file of a body the server did not wait for
  };
  return { init: { body: stream, duplex: 'half' }, settle };
}

/** The slices a body is sent in: a Buffer's without copying, a file's read as they are taken. */
async function* bodySlices(body: Buffer | FileBody): AsyncGenerator<Uint8Array> {
  if (Buffer.isBuffer(body)) {
    for (let off = 0; off < body.length; off += UPLOAD_SLICE) {
      yield body.subarray(off, off + UPLOAD_SLICE);
    }
    return;
  }
  let fh: FileHandle | undefined;
  /** The slice from `from`, read while the one before it is being sent. */
  const read = (file: FileHandle, from: number): Promise<Buffer> => {
    const buf = Buffer.allocUnsafe(Math.min(FILE_SLICE, body.length - from));
    const slice = file.read(buf, 0, buf.length, body.offset + from).then(({ bytesRead }) => {
      if (bytesRead === 0) {
        throw new Error(
          `${body.file} ended at byte ${body.offset + from}, before the ${body.length} bytes from ${body.offset} to send: it changed while uploading.`,
        );
      }
      return buf.subarray(0, bytesRead);
    });
    slice.catch(() => undefined); // awaited in turn below; not unhandled meanwhile
    return slice;
  };
  try {
    fh = await open(body.file, 'r');
    let next = read(fh, 0);
    for (let sent = 0; sent < body.length;) {
      const slice = await next;
      sent += slice.length;
      if (sent < body.length) next = read(fh, sent);
      yield slice;
      body.onSent?.(sent);
    }
  } finally {
    await fh?.close(); // after any read still under way
  }
}

/** One attempt: the request and its redirects, under one watchdog. */
async function exchange(
  req: HttpRequest,
  t: HttpTimeouts,
  options: HttpOptions,
  attempt: number,
  deadlineAt?: number,
): Promise<HttpResponse> {
  const origin = new URL(req.url).origin;
  const credentials = [
    ...CREDENTIAL_HEADERS,
    ...(options.credentialHeaders ?? []).map((h) => h.toLowerCase()),
  ];
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
  let { method, url, body } = req;
  const watchdog = new Watchdog(method, url, attempt);
  if (deadlineAt !== undefined) watchdog.deadline(deadlineAt - Date.now(), t.totalMs!);
  try {
    for (let redirects = 0; ; redirects++) {
      // Stated even for streamed bodies: registries (and the CDNs behind them) want a length.
      if (body) headers['content-length'] = String(body.length);
      else delete headers['content-length'];
      const send = sendBody(body, watchdog, t);
      const raw = await fetch(url, {
        method,
        headers,
        redirect: 'manual',
        // One signal for the headers and the body: our deadlines, or the caller giving up.
        signal: options.signal
          ? AbortSignal.any([watchdog.controller.signal, options.signal])
          : watchdog.controller.signal,
        ...send.init,
      }).finally(send.settle);
      watchdog.pause();
      const location =
        options.followRedirects !== false && REDIRECT_STATUSES.has(raw.status)
          ? raw.headers.get('location')
          : null;
      if (location === null) return new HttpResponse(raw, url, method, watchdog, t);
      await raw.body?.cancel().catch(() => undefined);
      if (redirects >= maxRedirects) {
        throw new TooManyRedirectsError(req.method, redactUrl(req.url), maxRedirects);
      }
      const next = new URL(location, url);
      checkNoDowngrade(url, next.href, options.insecure, `${method} ${redactUrl(url)} redirect`);
      options.logger?.debug(
        `${method} ${redactUrl(url)}: HTTP ${raw.status} to ${redactUrl(next.href)}`,
      );
      // Credentials belong to the origin they were given for; once left, they stay behind.
      if (next.origin !== origin) for (const h of credentials) delete headers[h];
      if (
        (raw.status === 303 && method !== 'HEAD') ||
        ((raw.status === 301 || raw.status === 302) && method === 'POST')
      ) {
        method = 'GET';
        body = undefined;
        delete headers['content-type'];
      }
      url = next.href;
      watchdog.url = url;
    }
  } catch (err) {
    watchdog.stop();
    throw watchdog.timedOut ?? err;
  }
}

/**
 * Send `req`, following redirects and retrying transient failures. Any status is returned
 * (after retries for 429/5xx ran out); the caller reads the body with one of the capped readers
 * below, or discards it.
 */
export async function httpRequest(
  req: HttpRequest,
  options: HttpOptions = {},
): Promise<HttpResponse> {
  const policy = options.retry ?? DEFAULT_RETRY;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const idempotent = options.idempotent ?? isIdempotentMethod(req.method);
  const label = `${req.method} ${redactUrl(req.url)}`;
  const log = options.logger;
  const deadlineAt = timeouts.totalMs === undefined ? undefined : Date.now() + timeouts.totalMs;
  /** Waiting `wait` ms would pass the overall deadline: fail now, saying which limit it was. */
  const pastDeadline = (wait: number, attempt: number) =>
    deadlineAt !== undefined && Date.now() + wait >= deadlineAt
      ? new HttpTimeoutError(req.method, redactUrl(req.url), 'deadline', timeouts.totalMs!, attempt)
      : undefined;
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= policy.attempts;
    let res: HttpResponse;
    try {
      options.signal?.throwIfAborted();
      res = await exchange(req, timeouts, options, attempt, deadlineAt);
    } catch (err) {
      // Cancelled by the caller: its reason, unwrapped and never retried.
      if (options.signal?.aborted) throw options.signal.reason;
      const overall = err instanceof HttpTimeoutError && err.phase === 'deadline';
      if (!last && !overall && isTransientError(err, idempotent)) {
        const wait = backoffMs(policy, attempt - 1);
        const late = pastDeadline(wait, attempt);
        if (late) throw late;
        log?.debug(`${label}: ${String(err)}; retrying in ${Math.round(wait)} ms`);
        await sleep(wait, options.signal);
        continue;
      }
      if (err instanceof HttpTimeoutError || err instanceof TooManyRedirectsError) throw err;
      const inner = (err as { cause?: { message?: unknown } } | undefined)?.cause?.message;
      const cause = typeof inner === 'string' ? inner : String(err);
      throw new Error(
        `${label} failed after ${attempt} attempt(s): ${cause}. Check the URL and that the server is reachable.`,
        { cause: err },
      );
    }
    if (last || !isTransientStatus(res.status)) return res;
    const hinted =
      res.status === 429 || res.status === 503
        ? retryAfterMs(res.headers.get('retry-after'))
        : undefined;
    if (hinted !== undefined && hinted > MAX_RETRY_AFTER_MS) return res;
    const wait = hinted ?? backoffMs(policy, attempt - 1);
    if (pastDeadline(wait, attempt)) return res; // no time for another try: the answer stands
    await discardBody(res); // free the connection before waiting
    log?.debug(`${label}: HTTP ${res.status}; retrying in ${Math.round(wait)} ms`);
    await sleep(wait, options.signal);
  }
}

/** A Content-Length over the cap fails before a byte is read. */
async function refuseDeclaredOversize(res: HttpResponse, maxBytes: number, what: string) {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.cancel();
    throw new ResponseTooLargeError(res.method, redactUrl(res.url), maxBytes, what, declared);
  }
}

/** The body's chunks, failing as soon as more than `maxBytes` arrived. */
async function* capped(res: HttpResponse, maxBytes: number, what: string) {
  await refuseDeclaredOversize(res, maxBytes, what);
  let total = 0;
  for await (const chunk of res.chunks()) {
    total += chunk.length;
    if (total > maxBytes) {
      throw new ResponseTooLargeError(res.method, redactUrl(res.url), maxBytes, what);
    }
    yield chunk;
  }
}

/** The whole body, at most `maxBytes`; `what` names the content in the error ("a manifest"). */
export async function readCappedBuffer(
  res: HttpResponse,
  maxBytes: number,
  what: string,
): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of capped(res, maxBytes, what)) parts.push(chunk);
  return Buffer.concat(parts);
}

export async function readCappedText(
  res: HttpResponse,
  maxBytes: number,
  what: string,
): Promise<string> {
  return (await readCappedBuffer(res, maxBytes, what)).toString('utf8');
}

export async function readCappedJson<T>(
  res: HttpResponse,
  maxBytes: number,
  what: string,
): Promise<T> {
  const text = await readCappedText(res, maxBytes, what);
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new Error(
      `${res.label}: ${what} is not JSON (${(err as Error).message}): ${text.slice(0, 200)}`,
    );
  }
}

/**
 * Stream the body into `file` (created or truncated), at most `maxBytes`; `onChunk` sees each
 * chunk first (hashing, progress). Returns the bytes written. On failure the file is left for
 * the caller to remove.
 */
export async function streamToFile(
  res: HttpResponse,
  file: string,
  opts: { maxBytes: number; what: string; onChunk?: (chunk: Uint8Array) => void },
): Promise<number> {
  let written = 0;
  const source = capped(res, opts.maxBytes, opts.what);
  await pipeline(async function* () {
    for await (const chunk of source) {
      opts.onChunk?.(chunk);
      written += chunk.length;
      yield chunk;
    }
  }, createWriteStream(file));
  return written;
}

/** Up to `maxBytes` of the body, never failing: for quoting an error body in a message. */
async function readPrefix(res: HttpResponse, maxBytes: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of res.chunks()) {
      parts.push(chunk);
      total += chunk.length;
      if (total >= maxBytes) break;
    }
  } catch {
    // what arrived is all there is to quote
  }
  return Buffer.concat(parts).subarray(0, maxBytes);
}

export async function readTextPrefix(
  res: HttpResponse,
  maxBytes = ERROR_BODY_MAX,
): Promise<string> {
  return (await readPrefix(res, maxBytes)).toString('utf8');
}

/** Drop a body nobody needs: a short one is drained so the connection can be reused. */
export async function discardBody(res: HttpResponse): Promise<void> {
  await readPrefix(res, DISCARD_MAX);
}
