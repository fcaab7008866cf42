import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  NAME_PATTERN,
  NAME_RE,
  OCI_SCHEME,
  checkProvenanceSubject,
  digestTag,
  formatReference,
  parseReference,
  registryBaseUrl,
  serviceRepository,
  versionToTag
} from "./chunk-3DOSKEWN.js";
import {
  ARTIFACT_MEDIA_TYPE,
  ARTIFACT_TYPE,
  ArtifactNotFoundError,
  DigestMismatchError,
  DigestStream,
  PROVENANCE_MEDIA_TYPE,
  checkArtifactFileName,
  checkDigest,
  digestFile,
  isDigest,
  sha256
} from "./chunk-TG2BZXXB.js";
import "./chunk-GLYJZRA3.js";

// src/platform/oci/store.ts
import { stat } from "node:fs/promises";

// src/platform/http.ts
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
var DEFAULT_RETRY = { attempts: 5, baseDelayMs: 250, maxDelayMs: 8e3 };
var DEFAULT_TIMEOUTS = { headersMs: 3e4, idleMs: 6e4 };
var DEFAULT_MAX_REDIRECTS = 5;
var ERROR_BODY_MAX = 8 * 1024;
var MAX_RETRY_AFTER_MS = 6e4;
var UPLOAD_SLICE = 64 * 1024;
var FILE_SLICE = 1024 * 1024;
var DISCARD_MAX = 64 * 1024;
var CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie"];
var IDEMPOTENT_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"]);
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var SECRET_PARAM = /sig|token|key|secret|pass|auth|credential|session|state|code/i;
function redactUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const secret = [...u.searchParams.keys()].filter((k) => SECRET_PARAM.test(k));
  if (!u.username && !u.password && secret.length === 0) return url;
  u.username = "";
  u.password = "";
  for (const k of secret) u.searchParams.set(k, "***");
  return u.href;
}
function formatMs(ms) {
  return ms < 1e3 ? `${ms} ms` : `${+(ms / 1e3).toFixed(1)} s`;
}
function formatBytes(n) {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
var TIMEOUT_TEXT = {
  send: (l) => `sending the request body stalled for ${l} (idle timeout). Check the network path to the server (proxy, firewall, bandwidth)`,
  headers: (l) => `no response headers within ${l} (headers timeout). Check that the server is up and not overloaded, and that nothing between us drops the connection silently`,
  "body-idle": (l) => `the response body stalled for ${l} (idle timeout). Check the network path to the server (proxy, firewall) and the server's health`,
  "body-total": (l) => `the response body took longer than ${l} (body timeout). Check the bandwidth to the server`,
  deadline: (l) => `the request (retries and body included) took longer than ${l} (overall deadline). Check the server's health and the bandwidth to it`
};
var HttpTimeoutError = class extends Error {
  constructor(method, url, phase, limitMs, attempt) {
    const tries = attempt > 1 ? ` (attempt ${attempt})` : "";
    super(
      `${method} ${url}: ${TIMEOUT_TEXT[phase](formatMs(limitMs))}, or raise the limit${tries}.`
    );
    this.method = method;
    this.url = url;
    this.phase = phase;
    this.limitMs = limitMs;
    this.attempt = attempt;
    this.name = "HttpTimeoutError";
  }
  method;
  url;
  phase;
  limitMs;
  attempt;
};
var ResponseTooLargeError = class extends Error {
  constructor(method, url, maxBytes, what, declared) {
    const seen = declared === void 0 ? "sent more than" : `announced ${declared} bytes, over`;
    super(
      `${method} ${url} ${seen} the ${formatBytes(maxBytes)} allowed for ${what}; stopped reading. Check that the URL reaches the intended server (not a proxy or login page) and that the content is what you expect.`
    );
    this.method = method;
    this.url = url;
    this.maxBytes = maxBytes;
    this.name = "ResponseTooLargeError";
  }
  method;
  url;
  maxBytes;
};
function checkNoDowngrade(from, to, insecure, what) {
  if (insecure) return;
  if (new URL(from).protocol === "https:" && new URL(to).protocol === "http:") {
    throw new Error(
      `${what}: ${redactUrl(from)} points to plain HTTP ${redactUrl(to)}; refusing to leave HTTPS (set insecure only for a registry you trust on a network you trust).`
    );
  }
}
var TooManyRedirectsError = class extends Error {
  constructor(method, url, maxRedirects) {
    super(
      `${method} ${url} was redirected more than ${maxRedirects} times; stopped following. Check the server's redirect configuration (a loop?) and the URL.`
    );
    this.method = method;
    this.url = url;
    this.maxRedirects = maxRedirects;
    this.name = "TooManyRedirectsError";
  }
  method;
  url;
  maxRedirects;
};
var TRANSIENT_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED"
]);
function isTransientNetworkError(err) {
  for (let e = err; e && typeof e === "object"; e = e.cause) {
    if (typeof e.code === "string" && TRANSIENT_CODES.has(e.code)) return true;
    if (e.message === "other side closed" || e.message === "terminated") return true;
  }
  return false;
}
function isIdempotentMethod(method) {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}
function isTransientError(err, idempotent) {
  if (err instanceof HttpTimeoutError) return idempotent;
  return isTransientNetworkError(err);
}
function isTransientStatus(status) {
  return status === 429 || status >= 500 && status !== 501 && status !== 505;
}
function retryAfterMs(header, now = Date.now()) {
  if (!header) return void 0;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}
function backoffMs(policy, retry) {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return exp / 2 + Math.random() * (exp / 2);
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
var Watchdog = class {
  constructor(method, url, attempt) {
    this.method = method;
    this.url = url;
    this.attempt = attempt;
  }
  method;
  url;
  attempt;
  controller = new AbortController();
  idle;
  total;
  overall;
  timer(phase, ms) {
    const fire = () => this.controller.abort(
      new HttpTimeoutError(this.method, redactUrl(this.url), phase, ms, this.attempt)
    );
    return setTimeout(fire, ms).unref();
  }
  /** (Re)start the deadline of the current phase. */
  arm(phase, ms) {
    clearTimeout(this.idle);
    this.idle = this.timer(phase, ms);
  }
  pause() {
    clearTimeout(this.idle);
  }
  bodyDeadline(ms) {
    this.total = this.timer("body-total", ms);
  }
  /** The request's overall deadline: `remainingMs` of `limitMs` are left for this attempt. */
  deadline(remainingMs, limitMs) {
    const fire = () => this.controller.abort(
      new HttpTimeoutError(this.method, redactUrl(this.url), "deadline", limitMs, this.attempt)
    );
    this.overall = setTimeout(fire, Math.max(0, remainingMs)).unref();
  }
  stop() {
    clearTimeout(this.idle);
    clearTimeout(this.total);
    clearTimeout(this.overall);
  }
  get timedOut() {
    const reason = this.controller.signal.reason;
    return reason instanceof HttpTimeoutError ? reason : void 0;
  }
};
var HttpResponse = class {
  constructor(raw, url, method, watchdog, timeouts) {
    this.raw = raw;
    this.url = url;
    this.method = method;
    this.watchdog = watchdog;
    this.timeouts = timeouts;
  }
  raw;
  url;
  method;
  watchdog;
  timeouts;
  bodyTaken = false;
  get status() {
    return this.raw.status;
  }
  get statusText() {
    return this.raw.statusText;
  }
  get ok() {
    return this.raw.ok;
  }
  get headers() {
    return this.raw.headers;
  }
  /** `METHOD url` with secrets redacted, for messages. */
  get label() {
    return `${this.method} ${redactUrl(this.url)}`;
  }
  async *chunks() {
    if (this.bodyTaken) throw new Error(`${this.label}: the response body was already read.`);
    this.bodyTaken = true;
    const body = this.raw.body;
    if (!body) {
      this.watchdog.stop();
      return;
    }
    const reader = body.getReader();
    const { idleMs, bodyTotalMs } = this.timeouts;
    if (bodyTotalMs !== void 0) this.watchdog.bodyDeadline(bodyTotalMs);
    let finished = false;
    try {
      for (; ; ) {
        this.watchdog.arm("body-idle", idleMs);
        const next = await reader.read().catch((err) => {
          throw this.watchdog.timedOut ?? this.bodyFailure(err);
        });
        this.watchdog.pause();
        if (next.done) {
          finished = true;
          return;
        }
        yield next.value;
      }
    } finally {
      this.watchdog.stop();
      if (!finished) await reader.cancel().catch(() => void 0);
    }
  }
  bodyFailure(err) {
    const message = `${this.label}: the connection failed while reading the body: ${String(err)}`;
    return new Error(message, { cause: err });
  }
  /** Drop the body unread (closes the connection). */
  async cancel() {
    this.watchdog.stop();
    if (this.bodyTaken) return;
    this.bodyTaken = true;
    await this.raw.body?.cancel().catch(() => void 0);
  }
};
function sendBody(body, watchdog, t) {
  if (!body || Buffer.isBuffer(body) && body.length <= UPLOAD_SLICE) {
    watchdog.arm("headers", t.headersMs);
    return { init: body ? { body } : {}, settle: () => void 0 };
  }
  const slices = bodySlices(body);
  let live = true;
  watchdog.arm("send", t.idleMs);
  const stream = new ReadableStream(
    {
      async pull(controller) {
        const next = await slices.next();
        if (next.done) {
          controller.close();
          if (live) watchdog.arm("headers", t.headersMs);
          return;
        }
        controller.enqueue(next.value);
        if (live) watchdog.arm("send", t.idleMs);
      },
      async cancel() {
        await slices.return(void 0);
      }
    },
    // Pull only when fetch asks for more: each pull means the previous slice went out.
    { highWaterMark: 0 }
  );
  const settle = () => {
    live = false;
    void slices.return(void 0);
  };
  return { init: { body: stream, duplex: "half" }, settle };
}
async function* bodySlices(body) {
  if (Buffer.isBuffer(body)) {
    for (let off = 0; off < body.length; off += UPLOAD_SLICE) {
      yield body.subarray(off, off + UPLOAD_SLICE);
    }
    return;
  }
  let fh;
  const read = (file, from) => {
    const buf = Buffer.allocUnsafe(Math.min(FILE_SLICE, body.length - from));
    const slice = file.read(buf, 0, buf.length, body.offset + from).then(({ bytesRead }) => {
      if (bytesRead === 0) {
        throw new Error(
          `${body.file} ended at byte ${body.offset + from}, before the ${body.length} bytes from ${body.offset} to send: it changed while uploading.`
        );
      }
      return buf.subarray(0, bytesRead);
    });
    slice.catch(() => void 0);
    return slice;
  };
  try {
    fh = await open(body.file, "r");
    let next = read(fh, 0);
    for (let sent = 0; sent < body.length; ) {
      const slice = await next;
      sent += slice.length;
      if (sent < body.length) next = read(fh, sent);
      yield slice;
      body.onSent?.(sent);
    }
  } finally {
    await fh?.close();
  }
}
async function exchange(req, t, options, attempt, deadlineAt) {
  const origin = new URL(req.url).origin;
  const credentials = [
    ...CREDENTIAL_HEADERS,
    ...(options.credentialHeaders ?? []).map((h) => h.toLowerCase())
  ];
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const headers = {};
  for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
  let { method, url, body } = req;
  const watchdog = new Watchdog(method, url, attempt);
  if (deadlineAt !== void 0) watchdog.deadline(deadlineAt - Date.now(), t.totalMs);
  try {
    for (let redirects = 0; ; redirects++) {
      if (body) headers["content-length"] = String(body.length);
      else delete headers["content-length"];
      const send = sendBody(body, watchdog, t);
      const raw = await fetch(url, {
        method,
        headers,
        redirect: "manual",
        // One signal for the headers and the body: our deadlines, or the caller giving up.
        signal: options.signal ? AbortSignal.any([watchdog.controller.signal, options.signal]) : watchdog.controller.signal,
        ...send.init
      }).finally(send.settle);
      watchdog.pause();
      const location = options.followRedirects !== false && REDIRECT_STATUSES.has(raw.status) ? raw.headers.get("location") : null;
      if (location === null) return new HttpResponse(raw, url, method, watchdog, t);
      await raw.body?.cancel().catch(() => void 0);
      if (redirects >= maxRedirects) {
        throw new TooManyRedirectsError(req.method, redactUrl(req.url), maxRedirects);
      }
      const next = new URL(location, url);
      checkNoDowngrade(url, next.href, options.insecure, `${method} ${redactUrl(url)} redirect`);
      options.logger?.debug(
        `${method} ${redactUrl(url)}: HTTP ${raw.status} to ${redactUrl(next.href)}`
      );
      if (next.origin !== origin) for (const h of credentials) delete headers[h];
      if (raw.status === 303 && method !== "HEAD" || (raw.status === 301 || raw.status === 302) && method === "POST") {
        method = "GET";
        body = void 0;
        delete headers["content-type"];
      }
      url = next.href;
      watchdog.url = url;
    }
  } catch (err) {
    watchdog.stop();
    throw watchdog.timedOut ?? err;
  }
}
async function httpRequest(req, options = {}) {
  const policy = options.retry ?? DEFAULT_RETRY;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const idempotent = options.idempotent ?? isIdempotentMethod(req.method);
  const label = `${req.method} ${redactUrl(req.url)}`;
  const log = options.logger;
  const deadlineAt = timeouts.totalMs === void 0 ? void 0 : Date.now() + timeouts.totalMs;
  const pastDeadline = (wait, attempt) => deadlineAt !== void 0 && Date.now() + wait >= deadlineAt ? new HttpTimeoutError(req.method, redactUrl(req.url), "deadline", timeouts.totalMs, attempt) : void 0;
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= policy.attempts;
    let res;
    try {
      options.signal?.throwIfAborted();
      res = await exchange(req, timeouts, options, attempt, deadlineAt);
    } catch (err) {
      if (options.signal?.aborted) throw options.signal.reason;
      const overall = err instanceof HttpTimeoutError && err.phase === "deadline";
      if (!last && !overall && isTransientError(err, idempotent)) {
        const wait2 = backoffMs(policy, attempt - 1);
        const late = pastDeadline(wait2, attempt);
        if (late) throw late;
        log?.debug(`${label}: ${String(err)}; retrying in ${Math.round(wait2)} ms`);
        await sleep(wait2, options.signal);
        continue;
      }
      if (err instanceof HttpTimeoutError || err instanceof TooManyRedirectsError) throw err;
      const inner = err?.cause?.message;
      const cause = typeof inner === "string" ? inner : String(err);
      throw new Error(
        `${label} failed after ${attempt} attempt(s): ${cause}. Check the URL and that the server is reachable.`,
        { cause: err }
      );
    }
    if (last || !isTransientStatus(res.status)) return res;
    const hinted = res.status === 429 || res.status === 503 ? retryAfterMs(res.headers.get("retry-after")) : void 0;
    if (hinted !== void 0 && hinted > MAX_RETRY_AFTER_MS) return res;
    const wait = hinted ?? backoffMs(policy, attempt - 1);
    if (pastDeadline(wait, attempt)) return res;
    await discardBody(res);
    log?.debug(`${label}: HTTP ${res.status}; retrying in ${Math.round(wait)} ms`);
    await sleep(wait, options.signal);
  }
}
async function refuseDeclaredOversize(res, maxBytes, what) {
  const declared = Number(res.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await res.cancel();
    throw new ResponseTooLargeError(res.method, redactUrl(res.url), maxBytes, what, declared);
  }
}
async function* capped(res, maxBytes, what) {
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
async function readCappedBuffer(res, maxBytes, what) {
  const parts = [];
  for await (const chunk of capped(res, maxBytes, what)) parts.push(chunk);
  return Buffer.concat(parts);
}
async function readCappedText(res, maxBytes, what) {
  return (await readCappedBuffer(res, maxBytes, what)).toString("utf8");
}
async function readCappedJson(res, maxBytes, what) {
  const text = await readCappedText(res, maxBytes, what);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(
      `${res.label}: ${what} is not JSON (${err.message}): ${text.slice(0, 200)}`
    );
  }
}
async function streamToFile(res, file, opts) {
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
async function readPrefix(res, maxBytes) {
  const parts = [];
  let total = 0;
  try {
    for await (const chunk of res.chunks()) {
      parts.push(chunk);
      total += chunk.length;
      if (total >= maxBytes) break;
    }
  } catch {
  }
  return Buffer.concat(parts).subarray(0, maxBytes);
}
async function readTextPrefix(res, maxBytes = ERROR_BODY_MAX) {
  return (await readPrefix(res, maxBytes)).toString("utf8");
}
async function discardBody(res) {
  await readPrefix(res, DISCARD_MAX);
}

// src/platform/oci/auth.ts
function parseChallenges(header) {
  const challenges = [];
  let i = 0;
  const skip = (re) => {
    while (i < header.length && re.test(header[i])) i++;
  };
  while (i < header.length) {
    skip(/[\s,]/);
    const scheme = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/.exec(header.slice(i))?.[0];
    if (!scheme) break;
    i += scheme.length;
    const current = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(current);
    for (; ; ) {
      skip(/[\s,]/);
      const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*/.exec(header.slice(i));
      if (!m) break;
      i += m[0].length;
      let value = "";
      if (header[i] === '"') {
        for (i++; i < header.length && header[i] !== '"'; i++) {
          if (header[i] === "\\") i++;
          value += header[i] ?? "";
        }
        i++;
      } else {
        const raw = /^[^,\s]*/.exec(header.slice(i))[0];
        value = raw;
        i += raw.length;
      }
      current.params[m[1].toLowerCase()] = value;
    }
  }
  return challenges;
}
var EXPIRY_MARGIN_MS = 1e4;
var DEFAULT_TOKEN_LIFETIME_S = 60;
var TOKEN_RESPONSE_MAX = 64 * 1024;
var RegistryAuth = class {
  /**
   * `origin` is the registry's own (scheme, host, port): the only origin whose requests get an
   * Authorization header and whose 401 challenges are answered. Auth state belongs to it.
   */
  constructor(registry, credentials, http, origin) {
    this.registry = registry;
    this.credentials = credentials;
    this.http = http;
    this.origin = origin;
  }
  registry;
  credentials;
  http;
  origin;
  scheme = "none";
  tokens = /* @__PURE__ */ new Map();
  /** Token requests under way: concurrent 401s for one scope wait for the same token. */
  fetching = /* @__PURE__ */ new Map();
  /** The Authorization header to send preemptively for `scope`, once a challenge told us how. */
  authorization(scope, origin) {
    if (origin !== this.origin) return void 0;
    if (this.scheme === "basic") return this.basic();
    if (this.scheme === "bearer") {
      if (this.credentials.token) return `Bearer ${this.credentials.token}`;
      const cached = this.tokens.get(scope);
      if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now())
        return `Bearer ${cached.value}`;
    }
    return void 0;
  }
  /**
   * Answer a 401's challenge so the request can be retried once. Throws when we have nothing
   * that could satisfy it (no credentials, or credentials that were just refused). `sent` is the
   * Authorization the refused request carried: a request sent before a concurrent one's token
   * arrived takes that token rather than fetching another.
   */
  async answer(header, scope, what, origin, sent) {
    if (origin !== this.origin) {
      throw new Error(
        `${what}: ${origin} answered 401, but it is not the registry ${this.origin}; msdeploy sends credentials to the registry (and the token service it names) only.`
      );
    }
    const challenges = parseChallenges(header ?? "");
    const bearer = challenges.find((c) => c.scheme === "bearer");
    const basic = challenges.find((c) => c.scheme === "basic");
    if (bearer && !this.credentials.token) {
      this.scheme = "bearer";
      const current = this.authorization(scope, origin);
      if (current !== void 0 && current !== sent) return;
      let pending = this.fetching.get(scope);
      if (!pending) {
        pending = this.fetchToken(bearer.params, scope).finally(() => this.fetching.delete(scope));
        this.fetching.set(scope, pending);
      }
      this.tokens.set(scope, await pending);
      return;
    }
    if (bearer && this.credentials.token) {
      this.scheme = "bearer";
      return;
    }
    if (basic) {
      if (!this.hasPassword()) {
        throw new Error(
          `${what}: the registry ${this.registry} requires a username and password (Basic auth); pass username/password to the OCI store.`
        );
      }
      this.scheme = "basic";
      return;
    }
    throw new Error(
      `${what}: the registry ${this.registry} answered 401 with an unsupported challenge "${header ?? "(none)"}"; msdeploy supports Basic and Bearer.`
    );
  }
  hasPassword() {
    return this.credentials.username !== void 0 && this.credentials.password !== void 0;
  }
  basic() {
    const { username = "", password = "" } = this.credentials;
    return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
  }
  async fetchToken(params, scope) {
    const realm = params.realm;
    if (!realm) {
      throw new Error(
        `The registry ${this.registry} sent a Bearer challenge without a realm: can't fetch a token.`
      );
    }
    let url;
    try {
      url = new URL(realm);
    } catch {
      throw new Error(`The registry ${this.registry} sent a Bearer realm that is not a URL.`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new Error(
        `The registry ${this.registry} sent a Bearer realm with scheme ${url.protocol}; only https (or http) is used.`
      );
    }
    checkNoDowngrade(
      this.origin,
      url.href,
      this.http.insecure,
      `The token realm of ${this.registry}`
    );
    if (params.service) url.searchParams.set("service", params.service);
    url.searchParams.append("scope", scope);
    if (params.scope && params.scope !== scope) url.searchParams.append("scope", params.scope);
    const headers = { accept: "application/json" };
    if (this.hasPassword()) headers.authorization = this.basic();
    const res = await httpRequest({ method: "GET", url: url.href, headers }, this.http);
    return this.readToken(res, url, scope);
  }
  async readToken(res, url, scope) {
    if (res.status === 401 || res.status === 403) {
      await discardBody(res);
      throw new Error(
        `The token service ${url.origin}${url.pathname} refused ${this.hasPassword() ? `the credentials of "${this.credentials.username}"` : "anonymous access"} for scope "${scope}" (HTTP ${res.status}). Check username/password and that the account may access the repository.`
      );
    }
    if (!res.ok) {
      const text2 = await readTextPrefix(res);
      throw new Error(
        `The token service ${url.origin}${url.pathname} answered HTTP ${res.status}: ${text2.slice(0, 300)}`
      );
    }
    const text = await readCappedText(res, TOKEN_RESPONSE_MAX, "a token response");
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(
        `The token service ${url.origin}${url.pathname} answered non-JSON: ${text.slice(0, 200)}`
      );
    }
    const value = body.token ?? body.access_token;
    if (!value)
      throw new Error(`The token service ${url.origin}${url.pathname} answered without a token.`);
    const issued = body.issued_at ? Date.parse(body.issued_at) : NaN;
    const start = Number.isNaN(issued) ? Date.now() : Math.min(issued, Date.now());
    const lifetime = (body.expires_in ?? DEFAULT_TOKEN_LIFETIME_S) * 1e3;
    this.http.logger?.debug(`got a registry token for ${scope} (valid ${lifetime / 1e3} s)`);
    return { value, expiresAt: start + lifetime };
  }
};

// src/platform/oci/client.ts
import { rename, rm } from "node:fs/promises";

// src/platform/oci/manifest.ts
var MEDIA_TYPE_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var MEDIA_TYPE_INDEX = "application/vnd.oci.image.index.v1+json";
var MEDIA_TYPE_EMPTY = "application/vnd.oci.empty.v1+json";
var EMPTY_CONFIG = Buffer.from("{}");
var ANNOTATION = {
  title: "org.opencontainers.image.title",
  created: "org.opencontainers.image.created",
  version: "org.opencontainers.image.version",
  service: "dev.msdeploy.service",
  artifactVersion: "dev.msdeploy.artifact.version",
  kind: "dev.msdeploy.artifact.kind",
  digest: "dev.msdeploy.artifact.digest"
};
function emptyConfigDescriptor() {
  return { mediaType: MEDIA_TYPE_EMPTY, digest: sha256(EMPTY_CONFIG), size: EMPTY_CONFIG.length };
}
function encode(doc) {
  const bytes = Buffer.from(JSON.stringify(doc));
  return { bytes, digest: sha256(bytes) };
}
function artifactManifest(meta, created) {
  return {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_MANIFEST,
    artifactType: ARTIFACT_TYPE,
    config: emptyConfigDescriptor(),
    layers: [
      {
        mediaType: ARTIFACT_MEDIA_TYPE[meta.kind],
        digest: meta.digest,
        size: meta.size,
        annotations: { [ANNOTATION.title]: meta.fileName }
      }
    ],
    annotations: {
      [ANNOTATION.created]: created,
      [ANNOTATION.version]: meta.version,
      [ANNOTATION.title]: meta.fileName,
      [ANNOTATION.service]: meta.service,
      [ANNOTATION.artifactVersion]: meta.version,
      [ANNOTATION.kind]: meta.kind,
      [ANNOTATION.digest]: meta.digest
    }
  };
}
function provenanceManifest(subject, provenance, created) {
  return {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_MANIFEST,
    artifactType: PROVENANCE_MEDIA_TYPE,
    config: emptyConfigDescriptor(),
    layers: [provenance],
    subject,
    annotations: { [ANNOTATION.created]: created }
  };
}
function referrerDescriptor(manifest, encoded) {
  return {
    mediaType: MEDIA_TYPE_MANIFEST,
    digest: encoded.digest,
    size: encoded.bytes.length,
    ...manifest.artifactType ? { artifactType: manifest.artifactType } : {},
    ...manifest.annotations ? { annotations: manifest.annotations } : {}
  };
}
function referrersTag(digest) {
  return digest.replace(":", "-");
}
function withReferrer(index, referrer) {
  const manifests = (index?.manifests ?? []).filter((d) => d.digest !== referrer.digest);
  return { schemaVersion: 2, mediaType: MEDIA_TYPE_INDEX, manifests: [...manifests, referrer] };
}
function createdFrom(provenance, fallback) {
  try {
    const doc = JSON.parse(provenance.toString("utf8"));
    const finished = doc.predicate?.runDetails?.metadata?.finishedOn;
    if (typeof finished === "string" && !Number.isNaN(Date.parse(finished))) return finished;
  } catch {
  }
  return fallback.toISOString();
}
var KINDS = Object.keys(ARTIFACT_MEDIA_TYPE);
function metaFromManifest(manifest, where) {
  const bad = (why) => new Error(
    `${where} is not an msdeploy artifact manifest: ${why}. Was it pushed by msdeploy's OCI store?`
  );
  if (manifest.artifactType !== ARTIFACT_TYPE) {
    throw bad(
      `artifactType is ${JSON.stringify(manifest.artifactType)}, expected ${ARTIFACT_TYPE}`
    );
  }
  if (manifest.layers?.length !== 1)
    throw bad(`it has ${manifest.layers?.length ?? 0} layers, expected 1`);
  const layer = manifest.layers[0];
  const a = manifest.annotations ?? {};
  const kind = a[ANNOTATION.kind];
  const service = a[ANNOTATION.service];
  const version = a[ANNOTATION.artifactVersion];
  const recorded = a[ANNOTATION.digest];
  if (!service || !version || !recorded) {
    throw bad(
      `annotations ${ANNOTATION.service}, ${ANNOTATION.artifactVersion} and ${ANNOTATION.digest} are required`
    );
  }
  if (!kind || !KINDS.includes(kind)) throw bad(`unknown kind ${JSON.stringify(kind)}`);
  if (layer.mediaType !== ARTIFACT_MEDIA_TYPE[kind]) {
    throw bad(`layer media type ${layer.mediaType} doesn't match kind ${kind}`);
  }
  if (!isDigest(layer.digest))
    throw bad(`the layer digest ${JSON.stringify(layer.digest)} is not sha256:<64 hex>`);
  if (!isDigest(recorded))
    throw bad(`${ANNOTATION.digest} ${JSON.stringify(recorded)} is not sha256:<64 hex>`);
  if (!Number.isSafeInteger(layer.size) || layer.size < 0) {
    throw bad(`the layer size ${JSON.stringify(layer.size)} is not a byte count`);
  }
  if (!NAME_RE.test(service))
    throw bad(`service ${JSON.stringify(service)} is not a service name (${NAME_PATTERN})`);
  if (recorded !== layer.digest) {
    throw new DigestMismatchError(recorded, layer.digest, `the layer listed by ${where}`);
  }
  const title = layer.annotations?.[ANNOTATION.title] ?? a[ANNOTATION.title];
  if (!title) throw bad(`the layer has no ${ANNOTATION.title} annotation`);
  const fileName = checkArtifactFileName(title, where);
  return {
    meta: { service, version, kind, digest: layer.digest, size: layer.size, fileName },
    layer
  };
}

// src/platform/oci/client.ts
var DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
var MONOLITHIC_PUT_MAX = 1024 * 1024 * 1024;
var SINGLE_POST_MAX = 1024 * 1024;
var MANIFEST_MAX = 4 * 1024 * 1024;
var IN_MEMORY_BLOB_MAX = 16 * 1024 * 1024;
var RegistryError = class extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
    this.name = "RegistryError";
  }
  status;
  code;
};
var HINTS = {
  401: "check the username/password or token",
  403: "the credentials may not access this repository (for GHCR: packages: write permission; for ECR: the IAM policy)",
  404: "check the repository name and the tag or digest",
  413: "the registry refused the size: lower chunkSize or raise its body limit"
};
var TAG_RE = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
function registryDigest(digest, where) {
  if (typeof digest !== "string" || !isDigest(digest)) {
    throw new Error(
      `${where} lists the digest ${JSON.stringify(digest)}, which is not sha256:<64 lowercase hex>: refusing to use it.`
    );
  }
  return digest;
}
async function describe(res) {
  const text = await readTextPrefix(res);
  try {
    const body = JSON.parse(text);
    const first = body.errors?.[0];
    if (first) {
      const detail = first.detail ? ` (${JSON.stringify(first.detail)})` : "";
      return {
        detail: `${first.code ?? "ERROR"}: ${first.message ?? ""}${detail}`,
        code: first.code
      };
    }
  } catch {
  }
  return { detail: text.slice(0, 300) || res.statusText };
}
var RegistryClient = class {
  constructor(o) {
    this.o = o;
  }
  o;
  /** Set once the registry showed it ignores single-POST uploads, so we stop sending bodies it drops. */
  singlePostUnsupported = false;
  /** Set once the registry refused a whole blob in one PUT (413): chunks from then on. */
  monolithicPutRefused = false;
  get name() {
    return `${this.o.host}/${this.o.repository}`;
  }
  url(path) {
    return `${this.o.baseUrl}/v2/${this.o.repository}/${path}`;
  }
  scope(access) {
    return `repository:${this.o.repository}:${access === "push" ? "pull,push" : "pull"}`;
  }
  /** Send with auth: a 401 is answered (Basic or a fresh Bearer token) and retried once. */
  async send(req) {
    const scope = this.scope(req.access);
    const origin = new URL(req.url).origin;
    for (let answered = false; ; answered = true) {
      const headers = { ...req.headers };
      const authorization = this.o.auth.authorization(scope, origin);
      if (authorization) headers.authorization = authorization;
      const { method, url, body } = req;
      const res = await httpRequest(
        { method, url, headers, body },
        { ...this.o.http, idempotent: req.idempotent }
      );
      if (res.status !== 401 || answered) return res;
      await discardBody(res);
      await this.o.auth.answer(
        res.headers.get("www-authenticate"),
        scope,
        req.what,
        new URL(res.url).origin,
        authorization
      );
    }
  }
  async fail(res, req) {
    const { detail, code } = await describe(res);
    const hint = HINTS[res.status] ? `; ${HINTS[res.status]}` : "";
    throw new RegistryError(
      `Could not ${req.what}: ${req.method} ${redactUrl(req.url)} answered HTTP ${res.status} ${detail}${hint}.`,
      res.status,
      code
    );
  }
  async expect(req, ok) {
    const res = await this.send(req);
    if (!ok.includes(res.status)) return this.fail(res, req);
    return res;
  }
  checkDigestHeader(res, expected, where) {
    const reported = res.headers.get("docker-content-digest");
    if (reported && reported !== expected)
      throw new DigestMismatchError(expected, reported, where);
  }
  location(res, req) {
    const location = res.headers.get("location");
    if (!location) {
      throw new RegistryError(
        `Could not ${req.what}: the registry answered ${res.status} without a Location header.`,
        res.status
      );
    }
    const next = new URL(location, res.url);
    checkNoDowngrade(
      res.url,
      next.href,
      this.o.http.insecure,
      `Could not ${req.what}: the Location`
    );
    return next;
  }
  async hasBlob(digest, access = "pull") {
    return await this.headBlob(digest, access) !== void 0;
  }
  /**
   * The size of blob `digest` as the registry reports it (`HEAD`, no body transferred), or
   * undefined when the repository does not have it.
   */
  async blobSize(digest) {
    const res = await this.headBlob(digest, "pull");
    if (!res) return void 0;
    const length = Number(res.headers.get("content-length") ?? NaN);
    if (!Number.isSafeInteger(length) || length < 0) {
      throw new RegistryError(
        `Could not check blob ${digest} in ${this.name}: HEAD answered without a byte count (Content-Length), which the distribution API requires.`,
        res.status
      );
    }
    return length;
  }
  async headBlob(digest, access) {
    registryDigest(digest, `a blob check in ${this.name}`);
    const req = {
      method: "HEAD",
      url: this.url(`blobs/${digest}`),
      access,
      what: `check blob ${digest} in ${this.name}`
    };
    const res = await this.send(req);
    if (res.status === 404) return void 0;
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
  async uploadBlobFromFile(file, digest, size, onProgress) {
    const source = (offset, length, onSent) => ({ file, offset, length, onSent });
    try {
      return await this.upload(digest, size, source, { singlePost: false, onProgress });
    } catch (err) {
      if (err instanceof RegistryError && err.code === "DIGEST_INVALID") {
        checkDigest(digest, await digestFile(file), `artifact file ${file}`);
      }
      throw err;
    }
  }
  async pushBlob(bytes, onProgress) {
    const digest = sha256(bytes);
    if (await this.hasBlob(digest, "push")) return { digest, sent: 0 };
    const source = (o, l) => bytes.subarray(o, o + l);
    const sent = await this.upload(digest, bytes.length, source, { singlePost: true, onProgress });
    return { digest, sent };
  }
  /**
   * One upload session, started over once if the registry loses track of it (416 for a retried
   * chunk it had partly received, 404 BLOB_UPLOAD_UNKNOWN for an expired session) or refuses a
   * whole blob in one PUT (413: then in chunks).
   */
  async upload(digest, size, source, opts) {
    let sent = 0;
    let reported = 0;
    const onProgress = (done) => {
      if (done <= reported) return;
      reported = done;
      opts.onProgress?.(done, size);
    };
    for (let session = 1; ; session++) {
      const monolithic = this.monolithicPut(size);
      try {
        await this.uploadSession(digest, size, source, opts.singlePost, monolithic, {
          counted: (n) => sent += n,
          onProgress
        });
        return sent;
      } catch (err) {
        const status = err instanceof RegistryError ? err.status : 0;
        const lost = status === 416 || status === 404 && err.code === "BLOB_UPLOAD_UNKNOWN";
        const tooLarge = status === 413 && monolithic;
        if (!lost && !tooLarge || session >= 2) throw err;
        const log = this.o.http.logger;
        if (tooLarge) {
          this.monolithicPutRefused = true;
          log?.info(
            `${this.o.host} refused ${digest} in one PUT (HTTP 413, a body limit); uploading it in chunks`
          );
        } else {
          log?.debug(
            `upload session for ${digest} lost (${err.message}); starting over`
          );
        }
      }
    }
  }
  /** Whether a blob of `size` bytes goes up in one PUT: unless chunks were asked for or needed. */
  monolithicPut(size) {
    return this.o.chunkSize === void 0 && !this.monolithicPutRefused && size <= MONOLITHIC_PUT_MAX;
  }
  /** Each body the registry accepted is reported through `counted`: a restarted upload counts both tries. */
  async uploadSession(digest, size, source, singlePost, monolithic, report) {
    const what = `upload blob ${digest} to ${this.name}`;
    const start = new URL(this.url("blobs/uploads/"));
    const startReq = { method: "POST", url: start.href, access: "push", what };
    if (singlePost && size <= SINGLE_POST_MAX && !this.singlePostUnsupported) {
      start.searchParams.set("digest", digest);
      Object.assign(startReq, {
        url: start.href,
        body: source(0, size),
        headers: { "content-type": "application/octet-stream" }
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
      this.singlePostUnsupported = true;
      this.o.http.logger?.debug(
        `${this.o.host} doesn't support single-POST blob uploads; using POST + PUT`
      );
    }
    let location = this.location(started, startReq);
    let offset = 0;
    if (!monolithic) {
      const minChunk = Number(started.headers.get("oci-chunk-min-length") ?? 0);
      const chunkSize = Math.max(
        this.o.chunkSize ?? DEFAULT_CHUNK_SIZE,
        Number.isFinite(minChunk) ? minChunk : 0
      );
      while (size - offset > chunkSize) {
        const from2 = offset;
        const req = {
          method: "PATCH",
          url: location.href,
          access: "push",
          what,
          body: source(from2, chunkSize, (n) => report.onProgress(from2 + n)),
          // A chunk sent twice can't be stored twice: the registry refuses the repeated range
          // with 416 and upload() starts a fresh session.
          idempotent: true,
          headers: {
            "content-type": "application/octet-stream",
            "content-range": `${from2}-${from2 + chunkSize - 1}`
          }
        };
        const res = await this.expect(req, [202]);
        await discardBody(res);
        location = this.location(res, req);
        offset += chunkSize;
        report.counted(chunkSize);
      }
    }
    const from = offset;
    location.searchParams.set("digest", digest);
    const put = {
      method: "PUT",
      url: location.href,
      access: "push",
      what,
      body: source(from, size - from, (n) => report.onProgress(from + n)),
      headers: { "content-type": "application/octet-stream" }
    };
    const done = await this.expect(put, [201]);
    await discardBody(done);
    this.checkDigestHeader(done, digest, `blob ${digest} uploaded to ${this.name}`);
    report.counted(size - from);
    report.onProgress(size);
  }
  /** PUT a manifest under a tag or its digest; verifies the digest the registry computed. */
  async putManifest(reference, bytes, mediaType) {
    const digest = sha256(bytes);
    const req = {
      method: "PUT",
      url: this.url(`manifests/${reference}`),
      access: "push",
      what: `push manifest ${reference} to ${this.name}`,
      body: bytes,
      headers: { "content-type": mediaType }
    };
    const res = await this.expect(req, [201]);
    await discardBody(res);
    this.checkDigestHeader(res, digest, `manifest ${reference} pushed to ${this.name}`);
    return { digest, subjectAccepted: res.headers.has("oci-subject") };
  }
  /**
   * GET a manifest by tag or digest, or undefined when it doesn't exist. Verifies its digest.
   * `access: 'push'` when a push follows, so one token serves both.
   */
  async getManifest(reference, accept = [MEDIA_TYPE_MANIFEST, MEDIA_TYPE_INDEX], access = "pull") {
    if (!isDigest(reference) && !TAG_RE.test(reference)) {
      throw new Error(
        `Manifest reference ${JSON.stringify(reference)} for ${this.name} is neither a tag nor a sha256 digest.`
      );
    }
    const req = {
      method: "GET",
      url: this.url(`manifests/${reference}`),
      access,
      what: `fetch manifest ${reference} from ${this.name}`,
      headers: { accept: accept.join(", ") }
    };
    const res = await this.send(req);
    if (res.status === 404) {
      await discardBody(res);
      return void 0;
    }
    if (res.status !== 200) return this.fail(res, req);
    const where = `manifest ${this.name}${reference.startsWith("sha256:") ? "@" : ":"}${reference}`;
    const bytes = await readCappedBuffer(res, MANIFEST_MAX, where);
    const digest = sha256(bytes);
    if (reference.startsWith("sha256:") && reference !== digest) {
      throw new DigestMismatchError(reference, digest, where);
    }
    this.checkDigestHeader(res, digest, where);
    const mediaType = (res.headers.get("content-type") ?? "").split(";")[0].trim();
    return { bytes, digest, mediaType };
  }
  /** A small blob (provenance) into memory, verified; never more than its descriptor's size. */
  async fetchBlob(descriptor) {
    registryDigest(descriptor.digest, `a descriptor in ${this.name}`);
    const what = `blob ${descriptor.digest} from ${this.name}`;
    if (descriptor.size > IN_MEMORY_BLOB_MAX) {
      throw new Error(
        `Refusing to fetch ${what} into memory: its descriptor says ${descriptor.size} bytes, over ${IN_MEMORY_BLOB_MAX}. Check the manifest that lists it.`
      );
    }
    const req = {
      method: "GET",
      url: this.url(`blobs/${descriptor.digest}`),
      access: "pull",
      what: `fetch ${what}`
    };
    const res = await this.expect(req, [200]);
    const bytes = await readCappedBuffer(res, descriptor.size, `${what} (its descriptor's size)`);
    const actual = sha256(bytes);
    if (actual !== descriptor.digest) {
      throw new DigestMismatchError(
        descriptor.digest,
        actual,
        `blob ${descriptor.digest} from ${this.name}`
      );
    }
    return bytes;
  }
  /**
   * Stream a blob to `dest`, hashing as it arrives. The bytes land in `dest.partial` and are
   * renamed to `dest` only once verified; on any failure the partial file is deleted.
   */
  async downloadBlob(descriptor, dest, onProgress) {
    registryDigest(descriptor.digest, `a descriptor in ${this.name}`);
    const partial = `${dest}.partial`;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.downloadOnce(descriptor, partial, onProgress);
        await rename(partial, dest);
        return;
      } catch (err) {
        await rm(partial, { force: true });
        if (attempt >= this.o.http.retry.attempts || !isTransientError(err, true)) throw err;
        this.o.http.logger?.debug(
          `download of ${descriptor.digest} interrupted (${String(err)}); retrying`
        );
      }
    }
  }
  async downloadOnce(descriptor, file, onProgress) {
    const req = {
      method: "GET",
      url: this.url(`blobs/${descriptor.digest}`),
      access: "pull",
      what: `download blob ${descriptor.digest} from ${this.name}`
    };
    const res = await this.expect(req, [200]);
    const hash = new DigestStream();
    let done = 0;
    await streamToFile(res, file, {
      maxBytes: descriptor.size,
      what: `blob ${descriptor.digest} (its descriptor's size)`,
      onChunk: (chunk) => {
        hash.update(chunk);
        done += chunk.length;
        onProgress?.(done, descriptor.size);
      }
    });
    checkDigest(
      descriptor.digest,
      hash.digest(),
      `blob ${descriptor.digest} downloaded from ${this.name}`
    );
    if (done !== descriptor.size) {
      throw new Error(
        `Blob ${descriptor.digest} from ${this.name} has ${done} bytes, its manifest says ${descriptor.size}.`
      );
    }
  }
  /**
   * The referrers of `subject`: the referrers API when the registry has it, else the fallback
   * tag `sha256-<hex>` (an image index). Filtered by artifactType here, whatever the server did.
   */
  async referrers(subject, artifactType, access = "pull") {
    const url = new URL(this.url(`referrers/${subject}`));
    url.searchParams.set("artifactType", artifactType);
    const req = {
      method: "GET",
      url: url.href,
      access,
      what: `list referrers of ${subject} in ${this.name}`,
      headers: { accept: MEDIA_TYPE_INDEX }
    };
    const res = await this.send(req);
    let index;
    if (res.status === 200 && (res.headers.get("content-type") ?? "").startsWith(MEDIA_TYPE_INDEX)) {
      index = await readCappedJson(res, MANIFEST_MAX, `the referrers of ${subject}`);
    } else if (res.status === 404 || res.status === 200) {
      await discardBody(res);
      index = await this.fallbackIndex(subject, access);
    } else {
      return this.fail(res, req);
    }
    const found = (index?.manifests ?? []).filter((d) => d.artifactType === artifactType);
    for (const d of found) registryDigest(d.digest, `the referrers of ${subject} in ${this.name}`);
    return found;
  }
  async fallbackIndex(subject, access = "pull") {
    const found = await this.getManifest(referrersTag(subject), [MEDIA_TYPE_INDEX], access);
    if (!found) return void 0;
    const index = JSON.parse(found.bytes.toString("utf8"));
    if (index.mediaType !== MEDIA_TYPE_INDEX || !Array.isArray(index.manifests)) {
      throw new Error(
        `Tag ${referrersTag(subject)} in ${this.name} is not a referrers index; remove or retag it.`
      );
    }
    return index;
  }
  /**
   * Record a referrer under the fallback tag, for registries that didn't index the subject.
   * Read-modify-write: a concurrent push of another referrer to the same subject may be lost,
   * which the spec accepts for the fallback.
   */
  async addFallbackReferrer(subject, referrer) {
    const index = withReferrer(await this.fallbackIndex(subject), referrer);
    await this.putManifest(
      referrersTag(subject),
      Buffer.from(JSON.stringify(index)),
      MEDIA_TYPE_INDEX
    );
  }
};

// src/platform/oci/store.ts
var OciStore = class {
  constructor(options) {
    this.options = options;
    const target = parseReference(options.repository);
    if (target.tag || target.digest) {
      throw new Error(
        `OCI store repository "${options.repository}" must not carry a tag or digest: msdeploy tags each artifact with its version.`
      );
    }
    if (options.chunkSize !== void 0 && !(Number.isInteger(options.chunkSize) && options.chunkSize > 0)) {
      throw new Error(
        `OCI store chunkSize must be a positive integer of bytes, got ${options.chunkSize}.`
      );
    }
    if (target.lowercasedFrom) {
      options.logger?.info(
        `OCI repository "${target.lowercasedFrom}" lower-cased to "${target.repository}": registries require lowercase repository names.`
      );
    }
    this.target = target;
    this.http = {
      retry: { ...DEFAULT_RETRY, ...options.retry },
      timeouts: options.timeouts,
      logger: options.logger,
      insecure: options.insecure
    };
    const { username, password, token } = options;
    this.auth = new RegistryAuth(
      target.host,
      { username, password, token },
      this.http,
      new URL(registryBaseUrl(target.host, options.insecure)).origin
    );
  }
  options;
  kind = "oci";
  target;
  auth;
  clients = /* @__PURE__ */ new Map();
  http;
  client(repository) {
    let client = this.clients.get(repository);
    if (!client) {
      client = new RegistryClient({
        baseUrl: registryBaseUrl(this.target.host, this.options.insecure),
        host: this.target.host,
        repository,
        auth: this.auth,
        http: this.http,
        chunkSize: this.options.chunkSize
      });
      this.clients.set(repository, client);
    }
    return client;
  }
  async put(file, meta, provenance, onProgress) {
    await checkSize(file, meta);
    const tag = versionToTag(meta.version);
    const repository = serviceRepository(this.target.repository, meta.service);
    const registry = this.client(repository);
    const log = this.options.logger;
    const created = createdFrom(provenance, this.options.clock?.() ?? /* @__PURE__ */ new Date());
    const encoded = encode(artifactManifest(meta, created));
    const subject = {
      mediaType: MEDIA_TYPE_MANIFEST,
      digest: encoded.digest,
      size: encoded.bytes.length
    };
    const provDescriptor = {
      mediaType: PROVENANCE_MEDIA_TYPE,
      digest: sha256(provenance),
      size: provenance.length
    };
    const referrer = provenanceManifest(subject, provDescriptor, created);
    const referrerEncoded = encode(referrer);
    const at = { host: this.target.host, repository };
    const stored = (bytesUploaded2, totalBytesUploaded) => ({
      ref: `${OCI_SCHEME}${formatReference({ ...at, digest: encoded.digest })}`,
      location: formatReference({ ...at, tag }),
      bytesUploaded: bytesUploaded2,
      manifestDigest: encoded.digest,
      provenanceDigest: referrerEncoded.digest,
      tag,
      totalBytesUploaded
    });
    const [held, layerPresent] = await Promise.all([
      this.refuseMovingTag(registry, tag, meta),
      registry.hasBlob(meta.digest, "push")
    ]);
    if (held?.equals(encoded.bytes) && layerPresent && await this.complete(registry, meta, encoded, referrerEncoded)) {
      log?.info(
        `${registry.name}:${tag} already holds this artifact and provenance: nothing to push`
      );
      onProgress?.(meta.size, meta.size);
      return stored(0, 0);
    }
    const uploadLayer = async () => {
      if (!layerPresent)
        return registry.uploadBlobFromFile(file, meta.digest, meta.size, onProgress);
      onProgress?.(meta.size, meta.size);
      return 0;
    };
    const [bytesUploaded, config, prov] = await Promise.all([
      uploadLayer(),
      registry.pushBlob(EMPTY_CONFIG),
      registry.pushBlob(provenance)
    ]);
    log?.info(
      bytesUploaded === 0 ? `${registry.name} already has ${meta.digest}: no layer bytes uploaded` : `uploaded ${meta.fileName} (${bytesUploaded} bytes) to ${registry.name}`
    );
    const attachProvenance = async () => {
      const pushed = await registry.putManifest(
        referrerEncoded.digest,
        referrerEncoded.bytes,
        MEDIA_TYPE_MANIFEST
      );
      if (pushed.subjectAccepted) return;
      log?.debug(
        `${this.target.host} has no referrers API: listing the provenance under tag fallback`
      );
      await registry.addFallbackReferrer(
        encoded.digest,
        referrerDescriptor(referrer, referrerEncoded)
      );
    };
    await Promise.all([
      registry.putManifest(encoded.digest, encoded.bytes, MEDIA_TYPE_MANIFEST),
      registry.putManifest(tag, encoded.bytes, MEDIA_TYPE_MANIFEST),
      attachProvenance()
    ]);
    await registry.putManifest(digestTag(meta.digest), encoded.bytes, MEDIA_TYPE_MANIFEST);
    return stored(bytesUploaded, bytesUploaded + config.sent + prov.sent);
  }
  async get(ref, destFile, onProgress) {
    const target = parseReference(ref);
    if (target.host !== this.target.host) {
      throw new Error(
        `OCI ref ${ref} is on registry ${target.host}, but this store is configured for ${this.target.host}; configure the store for that registry.`
      );
    }
    const registry = this.client(target.repository);
    const reference = target.digest ?? target.tag;
    if (!reference) {
      throw new Error(
        `OCI ref ${ref} names neither a tag nor a digest: add :<tag> or @sha256:<hex>.`
      );
    }
    const fetched = await registry.getManifest(reference, [MEDIA_TYPE_MANIFEST]);
    if (!fetched)
      throw new ArtifactNotFoundError(
        `Artifact ${ref} not found: ${registry.name} has no manifest ${reference}.`
      );
    const manifest = JSON.parse(fetched.bytes.toString("utf8"));
    const { meta, layer } = metaFromManifest(manifest, `manifest ${formatReference(target)}`);
    const provenance = await this.provenanceOf(registry, fetched.digest, ref);
    checkProvenanceSubject(provenance, meta.digest, ref);
    await registry.downloadBlob(layer, destFile, onProgress);
    return { meta, provenance };
  }
  /**
   * The digest the service's version tag names: `[]` when the tag is absent, or when it holds
   * another version that maps to the same tag (`1.0+1` and `1.0_1` are both tagged `1.0_1`).
   */
  async findVersion(service, version) {
    const registry = this.client(serviceRepository(this.target.repository, service));
    const tag = versionToTag(version);
    const fetched = await registry.getManifest(tag, [MEDIA_TYPE_MANIFEST]);
    if (!fetched) return [];
    const { meta } = this.artifactOf(registry, fetched, `${registry.name}:${tag}`, service);
    return meta.version === version ? [meta.digest] : [];
  }
  /**
   * Finds the artifact manifest and checks, without downloading the layer: the manifest's
   * annotations name `service` and `digest` and its layer is that digest, the registry has the
   * layer blob at the listed size (HEAD), and the newest provenance referrer is bound to the
   * digest. The bytes themselves are hashed by get() when deployed: a registry is content-
   * addressed, and re-downloading every artifact at each promotion is what it saves us.
   *
   * The manifest is found by `ref` when given (`oci://…@sha256:<manifest>` as put() returned it,
   * or `oci://…:<version tag>`), else by the digest tag put() writes (`artifact-sha256-<hex>`);
   * either way it must be in this store's repository for the service.
   */
  async inspect(service, digest, ref) {
    const repository = serviceRepository(this.target.repository, service);
    const registry = this.client(repository);
    const reference = ref === void 0 ? digestTag(digest) : this.referenceIn(ref, repository);
    const fetched = await registry.getManifest(reference, [MEDIA_TYPE_MANIFEST]);
    if (!fetched) {
      throw new ArtifactNotFoundError(
        `Artifact ${digest} of ${service} is not in ${registry.name} (no manifest ${reference}): push it with build-artifact (store: oci, registry: ${formatReference({ ...this.target })}), or check the digest.`
      );
    }
    const where = `${registry.name}@${fetched.digest}`;
    const { meta, layer } = this.artifactOf(registry, fetched, where, service);
    if (meta.digest !== digest) {
      throw new DigestMismatchError(digest, meta.digest, `the artifact manifest ${where}`);
    }
    const size = await registry.blobSize(layer.digest);
    if (size === void 0) {
      throw new ArtifactNotFoundError(
        `Artifact ${digest} of ${service}: manifest ${where} lists it, but ${registry.name} has no such blob (deleted by a registry clean-up?). Push the artifact again.`
      );
    }
    if (size !== layer.size) {
      throw new Error(
        `Artifact ${digest} in ${registry.name} has ${size} bytes, but its manifest ${where} says ${layer.size}: the registry holds other bytes; refusing the artifact.`
      );
    }
    const provenance = await this.provenanceOf(registry, fetched.digest, where);
    checkProvenanceSubject(provenance, digest, where);
    return {
      meta,
      provenance,
      ref: `${OCI_SCHEME}${formatReference({ host: this.target.host, repository, digest: fetched.digest })}`
    };
  }
  async digestOfRef(service, ref) {
    const repository = serviceRepository(this.target.repository, service);
    const registry = this.client(repository);
    const fetched = await registry.getManifest(this.referenceIn(ref, repository), [
      MEDIA_TYPE_MANIFEST
    ]);
    if (!fetched) return void 0;
    return this.artifactOf(registry, fetched, `${registry.name}@${fetched.digest}`, service).meta.digest;
  }
  /**
   * Points the service's `stage` tag at the artifact manifest of `digest` (found by its digest
   * tag), then reads the tag back: it must name the digest, or someone moved it at the same time.
   */
  async tagStage(service, stage, digest) {
    if (!NAME_RE.test(stage)) {
      throw new Error(
        `Stage "${stage}" can't be a tag in the OCI store: stage names match ${NAME_PATTERN}.`
      );
    }
    const registry = this.client(serviceRepository(this.target.repository, service));
    const fetched = await registry.getManifest(digestTag(digest), [MEDIA_TYPE_MANIFEST]);
    if (!fetched) {
      throw new ArtifactNotFoundError(
        `Cannot tag ${service} ${digest} as ${stage}: ${registry.name} has no such artifact (no tag ${digestTag(digest)}). Push it to this registry first (build-artifact with store: oci).`
      );
    }
    const where = `${registry.name}@${fetched.digest}`;
    const { meta } = this.artifactOf(registry, fetched, where, service);
    if (meta.digest !== digest) {
      throw new DigestMismatchError(digest, meta.digest, `the artifact manifest ${where}`);
    }
    await registry.putManifest(stage, fetched.bytes, MEDIA_TYPE_MANIFEST);
    const back = await registry.getManifest(stage, [MEDIA_TYPE_MANIFEST]);
    const held = back ? JSON.parse(back.bytes.toString("utf8")).annotations?.[ANNOTATION.digest] : void 0;
    if (held !== digest) {
      throw new Error(
        `Tag ${registry.name}:${stage} reads back as ${held ?? "missing"}, not ${digest}: something else moved it at the same time. The ledger is the record; promote again to mirror it.`
      );
    }
    this.options.logger?.info(
      `${registry.name}:${stage} now names ${service} ${meta.version} (${digest}).`
    );
  }
  /** The repository-local reference (digest or tag) of an `oci://` ref into `repository`. */
  referenceIn(ref, repository) {
    if (!ref.startsWith(OCI_SCHEME)) {
      throw new Error(
        `Artifact reference ${JSON.stringify(ref)} is not an oci:// reference: the OCI store ${formatReference({ ...this.target })} cannot look it up.`
      );
    }
    const target = parseReference(ref);
    if (target.host !== this.target.host || target.repository !== repository) {
      throw new Error(
        `Artifact reference ${ref} is not in ${this.target.host}/${repository}, where this store keeps the service: open the store with the registry the artifact was pushed to.`
      );
    }
    const reference = target.digest ?? target.tag;
    if (!reference) {
      throw new Error(
        `OCI ref ${ref} names neither a tag nor a digest: add :<tag> or @sha256:<hex>.`
      );
    }
    return reference;
  }
  /** An artifact manifest read back, checked to be msdeploy's and to belong to `service`. */
  artifactOf(registry, fetched, where, service) {
    const manifest = JSON.parse(fetched.bytes.toString("utf8"));
    const found = metaFromManifest(manifest, `manifest ${where}`);
    if (found.meta.service !== service) {
      throw new Error(
        `Manifest ${where} holds an artifact of service ${found.meta.service}, not ${service}: ${registry.name} is ${service}'s repository, so something else pushed it there. Remove it, or check the registry setting.`
      );
    }
    return found;
  }
  /**
   * A version tag never moves to other bytes: when the tag already names an artifact with another
   * digest, the put is an error, not a re-tag.
   */
  async refuseMovingTag(registry, tag, meta) {
    const existing = await registry.getManifest(tag, [MEDIA_TYPE_MANIFEST], "push");
    if (!existing) return void 0;
    const manifest = JSON.parse(existing.bytes.toString("utf8"));
    const held = manifest.annotations?.[ANNOTATION.digest];
    if (held !== meta.digest) {
      throw new Error(
        `${registry.name}:${tag} already holds ${meta.service} ${meta.version} as ${String(held)}, not ${meta.digest}: a version never moves to other bytes. Make the build reproducible, or give this build its own version.`
      );
    }
    return existing.bytes;
  }
  /**
   * Whether an earlier put of this very manifest and provenance completed, so a re-run has
   * nothing to write: the digest tag (written last) names the manifest and the provenance
   * referrer is listed (the caller saw the layer). Checked at once: about one round trip.
   */
  async complete(registry, meta, manifest, referrer) {
    const [digestTagged, referrers] = await Promise.all([
      registry.getManifest(digestTag(meta.digest), [MEDIA_TYPE_MANIFEST], "push"),
      registry.referrers(manifest.digest, PROVENANCE_MEDIA_TYPE, "push")
    ]);
    return digestTagged?.bytes.equals(manifest.bytes) === true && referrers.some((d) => d.digest === referrer.digest);
  }
  /** The newest provenance referrer of an artifact manifest (referrers API, else tag schema). */
  async provenanceOf(registry, subject, ref) {
    const referrers = await registry.referrers(subject, PROVENANCE_MEDIA_TYPE);
    const newest = referrers.slice().sort(
      (a, b) => (a.annotations?.[ANNOTATION.created] ?? "").localeCompare(
        b.annotations?.[ANNOTATION.created] ?? ""
      )
    ).at(-1);
    if (!newest) {
      throw new Error(
        `Artifact ${ref} has no provenance in ${registry.name} (no ${PROVENANCE_MEDIA_TYPE} referrer of ${subject}); push it again with msdeploy.`
      );
    }
    const found = await registry.getManifest(newest.digest, [MEDIA_TYPE_MANIFEST]);
    if (!found)
      throw new Error(
        `Provenance manifest ${newest.digest} listed for ${ref} is missing from ${registry.name}.`
      );
    const manifest = JSON.parse(found.bytes.toString("utf8"));
    const layer = manifest.layers?.[0];
    if (manifest.subject?.digest !== subject || layer?.mediaType !== PROVENANCE_MEDIA_TYPE) {
      throw new Error(
        `Manifest ${newest.digest} in ${registry.name} is not the provenance of ${subject}.`
      );
    }
    return registry.fetchBlob(layer);
  }
};
async function checkSize(file, meta) {
  const { size } = await stat(file);
  if (size !== meta.size) {
    throw new Error(
      `Artifact file ${file} has ${size} bytes but its metadata says ${meta.size}; re-pack the artifact.`
    );
  }
}
export {
  OciStore
};
