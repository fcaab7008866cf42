export const id = 862;
export const ids = [862];
export const modules = {

/***/ 4862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OciStore: () => (/* binding */ OciStore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/artifact/types.ts
var types = __webpack_require__(25503);
;// CONCATENATED MODULE: ./src/platform/oci/http.ts
const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 250, maxDelayMs: 8_000 };
/** Retry-After longer than this is not waited for: the registry is effectively down. */
const MAX_RETRY_AFTER_MS = 60_000;
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
function isTransientNetworkError(err) {
    // Duck-typed, not `instanceof Error`: undici's errors may come from another realm (vm, jest).
    for (let e = err; e && typeof e === 'object'; e = e.cause) {
        if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code))
            return true;
        if (e.message === 'other side closed' || e.message === 'terminated')
            return true;
    }
    return false;
}
function isTransientStatus(status) {
    return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
/** Retry-After is either delta-seconds or an HTTP date. */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
function backoffMs(policy, retry) {
    const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
    return exp / 2 + Math.random() * (exp / 2); // jitter: concurrent pushers don't retry in step
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function fetchWithRetry(req, policy, logger) {
    for (let attempt = 1;; attempt++) {
        const last = attempt >= policy.attempts;
        let res;
        try {
            res = await fetch(req.url, {
                method: req.method,
                headers: req.headers,
                body: req.body,
                redirect: 'follow',
            });
        }
        catch (err) {
            if (last || !isTransientNetworkError(err)) {
                const inner = err?.cause?.message;
                const cause = typeof inner === 'string' ? `: ${inner}` : '';
                throw new Error(`${req.method} ${req.url} failed after ${attempt} attempt(s)${cause || `: ${String(err)}`}. Check that the registry is reachable.`, { cause: err });
            }
            const wait = backoffMs(policy, attempt - 1);
            logger?.debug(`${req.method} ${req.url}: ${String(err)}; retrying in ${Math.round(wait)} ms`);
            await sleep(wait);
            continue;
        }
        if (last || !isTransientStatus(res.status))
            return res;
        const hinted = res.status === 429 || res.status === 503
            ? retryAfterMs(res.headers.get('retry-after'))
            : undefined;
        if (hinted !== undefined && hinted > MAX_RETRY_AFTER_MS)
            return res;
        await res.arrayBuffer().catch(() => undefined); // free the connection before waiting
        const wait = hinted ?? backoffMs(policy, attempt - 1);
        logger?.debug(`${req.method} ${req.url}: HTTP ${res.status}; retrying in ${Math.round(wait)} ms`);
        await sleep(wait);
    }
}

;// CONCATENATED MODULE: ./src/platform/oci/auth.ts

/**
 * Parse a WWW-Authenticate header (RFC 9110 §11.6.1): one or more challenges, each a scheme
 * followed by comma-separated `key=value` or `key="quoted value"` parameters.
 */
function parseChallenges(header) {
    const challenges = [];
    let i = 0;
    const skip = (re) => {
        while (i < header.length && re.test(header[i]))
            i++;
    };
    while (i < header.length) {
        skip(/[\s,]/);
        const scheme = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/.exec(header.slice(i))?.[0];
        if (!scheme)
            break;
        i += scheme.length;
        const current = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(current);
        for (;;) {
            skip(/[\s,]/);
            const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*/.exec(header.slice(i));
            if (!m)
                break; // the next token is a new scheme (or the end)
            i += m[0].length;
            let value = '';
            if (header[i] === '"') {
                for (i++; i < header.length && header[i] !== '"'; i++) {
                    if (header[i] === '\\')
                        i++;
                    value += header[i] ?? '';
                }
                i++;
            }
            else {
                const raw = /^[^,\s]*/.exec(header.slice(i))[0];
                value = raw;
                i += raw.length;
            }
            current.params[m[1].toLowerCase()] = value;
        }
    }
    return challenges;
}
/** Tokens are refreshed this long before they expire, so a request never carries a stale one. */
const EXPIRY_MARGIN_MS = 10_000;
/** Docker's token spec: a token without `expires_in` lives 60 s. */
const DEFAULT_TOKEN_LIFETIME_S = 60;
class RegistryAuth {
    registry;
    credentials;
    retry;
    logger;
    scheme = 'none';
    tokens = new Map();
    constructor(registry, credentials, retry, logger) {
        this.registry = registry;
        this.credentials = credentials;
        this.retry = retry;
        this.logger = logger;
    }
    /** The Authorization header to send preemptively for `scope`, once a challenge told us how. */
    authorization(scope) {
        if (this.scheme === 'basic')
            return this.basic();
        if (this.scheme === 'bearer') {
            if (this.credentials.token)
                return `Bearer ${this.credentials.token}`;
            const cached = this.tokens.get(scope);
            if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now())
                return `Bearer ${cached.value}`;
        }
        return undefined;
    }
    /**
     * Answer a 401's challenge so the request can be retried once. Throws when we have nothing
     * that could satisfy it (no credentials, or credentials that were just refused).
     */
    async answer(header, scope, what) {
        const challenges = parseChallenges(header ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basic = challenges.find((c) => c.scheme === 'basic');
        if (bearer && !this.credentials.token) {
            this.scheme = 'bearer';
            this.tokens.set(scope, await this.fetchToken(bearer.params, scope));
            return;
        }
        if (bearer && this.credentials.token) {
            this.scheme = 'bearer';
            return;
        }
        if (basic) {
            if (!this.hasPassword()) {
                throw new Error(`${what}: the registry ${this.registry} requires a username and password (Basic auth); pass username/password to the OCI store.`);
            }
            this.scheme = 'basic';
            return;
        }
        throw new Error(`${what}: the registry ${this.registry} answered 401 with an unsupported challenge "${header ?? '(none)'}"; msdeploy supports Basic and Bearer.`);
    }
    hasPassword() {
        return this.credentials.username !== undefined && this.credentials.password !== undefined;
    }
    basic() {
        const { username = '', password = '' } = this.credentials;
        return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    async fetchToken(params, scope) {
        const realm = params.realm;
        if (!realm) {
            throw new Error(`The registry ${this.registry} sent a Bearer challenge without a realm: can't fetch a token.`);
        }
        const url = new URL(realm);
        if (params.service)
            url.searchParams.set('service', params.service);
        url.searchParams.append('scope', scope);
        // The registry may ask for a scope other than the one we predicted (e.g. a mount's source).
        if (params.scope && params.scope !== scope)
            url.searchParams.append('scope', params.scope);
        const headers = { accept: 'application/json' };
        if (this.hasPassword())
            headers.authorization = this.basic();
        const res = await fetchWithRetry({ method: 'GET', url: url.href, headers }, this.retry, this.logger);
        return this.readToken(res, url, scope);
    }
    async readToken(res, url, scope) {
        const text = await res.text();
        if (res.status === 401 || res.status === 403) {
            throw new Error(`The token service ${url.origin}${url.pathname} refused ${this.hasPassword() ? `the credentials of "${this.credentials.username}"` : 'anonymous access'} for scope "${scope}" (HTTP ${res.status}). Check username/password and that the account may access the repository.`);
        }
        if (!res.ok) {
            throw new Error(`The token service ${url.origin}${url.pathname} answered HTTP ${res.status}: ${text.slice(0, 300)}`);
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new Error(`The token service ${url.origin}${url.pathname} answered non-JSON: ${text.slice(0, 200)}`);
        }
        const value = body.token ?? body.access_token;
        if (!value)
            throw new Error(`The token service ${url.origin}${url.pathname} answered without a token.`);
        const issued = body.issued_at ? Date.parse(body.issued_at) : NaN;
        const start = Number.isNaN(issued) ? Date.now() : Math.min(issued, Date.now());
        const lifetime = (body.expires_in ?? DEFAULT_TOKEN_LIFETIME_S) * 1000;
        this.logger?.debug(`got a registry token for ${scope} (valid ${lifetime / 1000} s)`);
        return { value, expiresAt: start + lifetime };
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/platform/oci/manifest.ts
/**
 * The OCI documents msdeploy pushes (image manifest v1.1 "artifact" form) and reads back:
 *   artifact manifest  — artifactType ARTIFACT_TYPE, empty config, one layer = the artifact file;
 *   provenance manifest — a referrer: `subject` = the artifact manifest, one layer = provenance JSON;
 *   referrers index    — the tag-schema fallback (`sha256-<hex>`) for registries without the
 *                        referrers API, listing the referrers of one manifest.
 */


const MEDIA_TYPE_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const MEDIA_TYPE_INDEX = 'application/vnd.oci.image.index.v1+json';
const MEDIA_TYPE_EMPTY = 'application/vnd.oci.empty.v1+json';
/** The empty JSON object `{}`: the config of artifacts that have none. */
const EMPTY_CONFIG = Buffer.from('{}');
const ANNOTATION = {
    title: 'org.opencontainers.image.title',
    created: 'org.opencontainers.image.created',
    version: 'org.opencontainers.image.version',
    service: 'dev.msdeploy.service',
    artifactVersion: 'dev.msdeploy.artifact.version',
    kind: 'dev.msdeploy.artifact.kind',
    digest: 'dev.msdeploy.artifact.digest',
};
function sha256(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function emptyConfigDescriptor() {
    return { mediaType: MEDIA_TYPE_EMPTY, digest: sha256(EMPTY_CONFIG), size: EMPTY_CONFIG.length };
}
/** Manifests are stored and addressed by their exact bytes: serialise once, hash those. */
function encode(doc) {
    const bytes = Buffer.from(JSON.stringify(doc));
    return { bytes, digest: sha256(bytes) };
}
function artifactManifest(meta, created) {
    return {
        schemaVersion: 2,
        mediaType: MEDIA_TYPE_MANIFEST,
        artifactType: types/* ARTIFACT_TYPE */.gn,
        config: emptyConfigDescriptor(),
        layers: [
            {
                mediaType: types/* ARTIFACT_MEDIA_TYPE */.zv[meta.kind],
                digest: meta.digest,
                size: meta.size,
                annotations: { [ANNOTATION.title]: meta.fileName },
            },
        ],
        annotations: {
            [ANNOTATION.created]: created,
            [ANNOTATION.version]: meta.version,
            [ANNOTATION.title]: meta.fileName,
            [ANNOTATION.service]: meta.service,
            [ANNOTATION.artifactVersion]: meta.version,
            [ANNOTATION.kind]: meta.kind,
            [ANNOTATION.digest]: meta.digest,
        },
    };
}
function provenanceManifest(subject, provenance, created) {
    return {
        schemaVersion: 2,
        mediaType: MEDIA_TYPE_MANIFEST,
        artifactType: types/* PROVENANCE_MEDIA_TYPE */["if"],
        config: emptyConfigDescriptor(),
        layers: [provenance],
        subject,
        annotations: { [ANNOTATION.created]: created },
    };
}
/** The descriptor a referrers list holds for a manifest (artifactType and annotations hoisted). */
function referrerDescriptor(manifest, encoded) {
    return {
        mediaType: MEDIA_TYPE_MANIFEST,
        digest: encoded.digest,
        size: encoded.bytes.length,
        ...(manifest.artifactType ? { artifactType: manifest.artifactType } : {}),
        ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
    };
}
/** The tag the distribution spec's fallback stores a manifest's referrers index under. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
/** Add a referrer to a fallback index (kept once per digest), returning a new index. */
function withReferrer(index, referrer) {
    const manifests = (index?.manifests ?? []).filter((d) => d.digest !== referrer.digest);
    return { schemaVersion: 2, mediaType: MEDIA_TYPE_INDEX, manifests: [...manifests, referrer] };
}
/**
 * When the provenance was built, if it says so (an in-toto SLSA statement does); pushing the
 * same artifact with the same provenance then yields the same manifest digest.
 */
function createdFrom(provenance, fallback) {
    try {
        const doc = JSON.parse(provenance.toString('utf8'));
        const finished = doc.predicate?.runDetails?.metadata?.finishedOn;
        if (typeof finished === 'string' && !Number.isNaN(Date.parse(finished)))
            return finished;
    }
    catch {
        // not JSON we understand: the push time is the best we know
    }
    return fallback.toISOString();
}
const KINDS = Object.keys(types/* ARTIFACT_MEDIA_TYPE */.zv);
/**
 * Read an artifact manifest back into ArtifactMeta. The layer's digest must be the digest the
 * annotations record: that digest is the artifact's identity everywhere else in msdeploy.
 */
function metaFromManifest(manifest, where) {
    const bad = (why) => new Error(`${where} is not an msdeploy artifact manifest: ${why}. Was it pushed by msdeploy's OCI store?`);
    if (manifest.artifactType !== types/* ARTIFACT_TYPE */.gn) {
        throw bad(`artifactType is ${JSON.stringify(manifest.artifactType)}, expected ${types/* ARTIFACT_TYPE */.gn}`);
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
        throw bad(`annotations ${ANNOTATION.service}, ${ANNOTATION.artifactVersion} and ${ANNOTATION.digest} are required`);
    }
    if (!kind || !KINDS.includes(kind))
        throw bad(`unknown kind ${JSON.stringify(kind)}`);
    if (layer.mediaType !== types/* ARTIFACT_MEDIA_TYPE */.zv[kind]) {
        throw bad(`layer media type ${layer.mediaType} doesn't match kind ${kind}`);
    }
    if (recorded !== layer.digest) {
        throw new types/* DigestMismatchError */.h(recorded, layer.digest, `the layer listed by ${where}`);
    }
    const fileName = layer.annotations?.[ANNOTATION.title] ?? a[ANNOTATION.title];
    if (!fileName)
        throw bad(`the layer has no ${ANNOTATION.title} annotation`);
    return {
        meta: { service, version, kind, digest: layer.digest, size: layer.size, fileName },
        layer,
    };
}

;// CONCATENATED MODULE: ./src/platform/oci/client.ts
/**
 * The OCI Distribution API for one repository: blobs (HEAD, chunked upload, streamed download)
 * and manifests (GET/PUT by tag or digest), with referrers (API first, tag schema fallback).
 * Every digest the registry reports back is checked against the bytes we sent or received.
 */








const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
/** Small in-memory blobs (config, provenance) are tried as one monolithic POST (spec "single POST"). */
const MONOLITHIC_MAX = 1024 * 1024;
class RegistryError extends Error {
    status;
    code;
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = 'RegistryError';
    }
}
const HINTS = {
    401: 'check the username/password or token',
    403: 'the credentials may not access this repository (for GHCR: packages: write permission; for ECR: the IAM policy)',
    404: 'check the repository name and the tag or digest',
    413: 'the registry refused the size: lower chunkSize or raise its body limit',
};
async function describe(res) {
    const text = await res.text().catch(() => '');
    try {
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        if (first) {
            const detail = first.detail ? ` (${JSON.stringify(first.detail)})` : '';
            return {
                detail: `${first.code ?? 'ERROR'}: ${first.message ?? ''}${detail}`,
                code: first.code,
            };
        }
    }
    catch {
        // not an OCI error body
    }
    return { detail: text.slice(0, 300) || res.statusText };
}
class RegistryClient {
    o;
    /** Set once the registry showed it ignores single-POST uploads, so we stop sending bodies it drops. */
    monolithicUnsupported = false;
    constructor(o) {
        this.o = o;
    }
    get name() {
        return `${this.o.host}/${this.o.repository}`;
    }
    url(path) {
        return `${this.o.baseUrl}/v2/${this.o.repository}/${path}`;
    }
    scope(access) {
        return `repository:${this.o.repository}:${access === 'push' ? 'pull,push' : 'pull'}`;
    }
    /** Send with auth: a 401 is answered (Basic or a fresh Bearer token) and retried once. */
    async send(req) {
        const scope = this.scope(req.access);
        for (let answered = false;; answered = true) {
            const headers = { ...req.headers };
            const authorization = this.o.auth.authorization(scope);
            if (authorization)
                headers.authorization = authorization;
            const res = await fetchWithRetry({ ...req, headers }, this.o.retry, this.o.logger);
            if (res.status !== 401 || answered)
                return res;
            await res.arrayBuffer().catch(() => undefined);
            await this.o.auth.answer(res.headers.get('www-authenticate'), scope, req.what);
        }
    }
    async fail(res, req) {
        const { detail, code } = await describe(res);
        const hint = HINTS[res.status] ? `; ${HINTS[res.status]}` : '';
        throw new RegistryError(`Could not ${req.what}: ${req.method} ${req.url} answered HTTP ${res.status} ${detail}${hint}.`, res.status, code);
    }
    async expect(req, ok) {
        const res = await this.send(req);
        if (!ok.includes(res.status))
            return this.fail(res, req);
        return res;
    }
    checkDigestHeader(res, expected, where) {
        const reported = res.headers.get('docker-content-digest');
        if (reported && reported !== expected)
            throw new types/* DigestMismatchError */.h(expected, reported, where);
    }
    location(res, req) {
        const location = res.headers.get('location');
        if (!location) {
            throw new RegistryError(`Could not ${req.what}: the registry answered ${res.status} without a Location header.`, res.status);
        }
        return new URL(location, req.url);
    }
    async hasBlob(digest, access = 'pull') {
        const req = {
            method: 'HEAD',
            url: this.url(`blobs/${digest}`),
            access,
            what: `check blob ${digest} in ${this.name}`,
        };
        const res = await this.send(req);
        if (res.status === 404)
            return false;
        if (res.status !== 200)
            return this.fail(res, req);
        this.checkDigestHeader(res, digest, `blob ${digest} in ${this.name} (HEAD)`);
        return true;
    }
    /**
     * Upload `size` bytes of `file` as blob `digest` unless the registry already has it.
     * Returns the bytes sent (0 when skipped).
     */
    async pushBlobFromFile(file, digest, size, onProgress) {
        if (await this.hasBlob(digest, 'push')) {
            onProgress?.(size, size);
            return 0;
        }
        const handle = await (0,promises_.open)(file, 'r');
        try {
            const read = async (offset, length) => {
                const buf = Buffer.allocUnsafe(length);
                const { bytesRead } = await handle.read(buf, 0, length, offset);
                if (bytesRead !== length) {
                    throw new Error(`${file} changed while uploading: expected ${size} bytes, it ended at ${offset + bytesRead}.`);
                }
                return buf;
            };
            // Never single-POST a file: a registry that ignores the body would get the bytes twice.
            return await this.upload(digest, size, read, { monolithic: false, onProgress });
        }
        finally {
            await handle.close();
        }
    }
    async pushBlob(bytes, onProgress) {
        const digest = sha256(bytes);
        if (await this.hasBlob(digest, 'push'))
            return { digest, sent: 0 };
        const read = async (o, l) => bytes.subarray(o, o + l);
        const sent = await this.upload(digest, bytes.length, read, { monolithic: true, onProgress });
        return { digest, sent };
    }
    /**
     * One upload session, started over once if the registry loses track of it: 416 (a retried
     * chunk it had partly received) or 404 BLOB_UPLOAD_UNKNOWN (the session expired).
     */
    async upload(digest, size, read, opts) {
        let sent = 0;
        for (let session = 1;; session++) {
            try {
                await this.uploadSession(digest, size, read, opts, (n) => (sent += n));
                return sent;
            }
            catch (err) {
                const lost = err instanceof RegistryError &&
                    (err.status === 416 || (err.status === 404 && err.code === 'BLOB_UPLOAD_UNKNOWN'));
                if (!lost || session >= 2)
                    throw err;
                this.o.logger?.debug(`upload session for ${digest} lost (${err.message}); starting over`);
            }
        }
    }
    /** Each body the registry accepted is reported through `counted`: a restarted upload counts both tries. */
    async uploadSession(digest, size, read, { monolithic, onProgress }, counted) {
        const what = `upload blob ${digest} to ${this.name}`;
        const start = new URL(this.url('blobs/uploads/'));
        const startReq = { method: 'POST', url: start.href, access: 'push', what };
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
        await started.arrayBuffer();
        if (startReq.body)
            counted(size);
        if (started.status === 201) {
            this.checkDigestHeader(started, digest, `blob ${digest} uploaded to ${this.name}`);
            onProgress?.(size, size);
            return;
        }
        if (startReq.body) {
            this.monolithicUnsupported = true; // 202: it opened a session and dropped the body
            this.o.logger?.debug(`${this.o.host} doesn't support single-POST blob uploads; using POST + PUT`);
        }
        let location = this.location(started, startReq);
        const minChunk = Number(started.headers.get('oci-chunk-min-length') ?? 0);
        const chunkSize = Math.max(this.o.chunkSize, Number.isFinite(minChunk) ? minChunk : 0);
        let offset = 0;
        if (size > chunkSize) {
            // Chunked: PATCH each chunk with its Content-Range; the last one goes with the PUT.
            while (size - offset > chunkSize) {
                const chunk = await read(offset, chunkSize);
                const req = {
                    method: 'PATCH',
                    url: location.href,
                    access: 'push',
                    what,
                    body: chunk,
                    headers: {
                        'content-type': 'application/octet-stream',
                        'content-range': `${offset}-${offset + chunk.length - 1}`,
                    },
                };
                const res = await this.expect(req, [202]);
                await res.arrayBuffer();
                location = this.location(res, req);
                offset += chunk.length;
                counted(chunk.length);
                onProgress?.(offset, size);
            }
        }
        const last = await read(offset, size - offset);
        location.searchParams.set('digest', digest);
        const put = {
            method: 'PUT',
            url: location.href,
            access: 'push',
            what,
            body: last,
            headers: { 'content-type': 'application/octet-stream' },
        };
        const done = await this.expect(put, [201]);
        await done.arrayBuffer();
        this.checkDigestHeader(done, digest, `blob ${digest} uploaded to ${this.name}`);
        counted(last.length);
        onProgress?.(size, size);
    }
    /** PUT a manifest under a tag or its digest; verifies the digest the registry computed. */
    async putManifest(reference, bytes, mediaType) {
        const digest = sha256(bytes);
        const req = {
            method: 'PUT',
            url: this.url(`manifests/${reference}`),
            access: 'push',
            what: `push manifest ${reference} to ${this.name}`,
            body: bytes,
            headers: { 'content-type': mediaType },
        };
        const res = await this.expect(req, [201]);
        await res.arrayBuffer();
        this.checkDigestHeader(res, digest, `manifest ${reference} pushed to ${this.name}`);
        // OCI-Subject: the registry indexed the subject itself (it has the referrers API).
        return { digest, subjectAccepted: res.headers.has('oci-subject') };
    }
    /** GET a manifest by tag or digest, or undefined when it doesn't exist. Verifies its digest. */
    async getManifest(reference, accept = [MEDIA_TYPE_MANIFEST, MEDIA_TYPE_INDEX]) {
        const req = {
            method: 'GET',
            url: this.url(`manifests/${reference}`),
            access: 'pull',
            what: `fetch manifest ${reference} from ${this.name}`,
            headers: { accept: accept.join(', ') },
        };
        const res = await this.send(req);
        if (res.status === 404) {
            await res.arrayBuffer();
            return undefined;
        }
        if (res.status !== 200)
            return this.fail(res, req);
        const bytes = Buffer.from(await res.arrayBuffer());
        const digest = sha256(bytes);
        const where = `manifest ${this.name}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
        if (reference.startsWith('sha256:') && reference !== digest) {
            throw new types/* DigestMismatchError */.h(reference, digest, where);
        }
        this.checkDigestHeader(res, digest, where);
        const mediaType = (res.headers.get('content-type') ?? '').split(';')[0].trim();
        return { bytes, digest, mediaType };
    }
    /** A small blob (provenance) into memory, verified. */
    async fetchBlob(descriptor) {
        const req = {
            method: 'GET',
            url: this.url(`blobs/${descriptor.digest}`),
            access: 'pull',
            what: `fetch blob ${descriptor.digest} from ${this.name}`,
        };
        const res = await this.expect(req, [200]);
        const bytes = Buffer.from(await res.arrayBuffer());
        const actual = sha256(bytes);
        if (actual !== descriptor.digest) {
            throw new types/* DigestMismatchError */.h(descriptor.digest, actual, `blob ${descriptor.digest} from ${this.name}`);
        }
        return bytes;
    }
    /**
     * Stream a blob to `dest`, hashing as it arrives. The bytes land in `dest.partial` and are
     * renamed to `dest` only once verified; on any failure the partial file is deleted.
     */
    async downloadBlob(descriptor, dest, onProgress) {
        const partial = `${dest}.partial`;
        for (let attempt = 1;; attempt++) {
            try {
                await this.downloadOnce(descriptor, partial, onProgress);
                await (0,promises_.rename)(partial, dest);
                return;
            }
            catch (err) {
                await (0,promises_.rm)(partial, { force: true });
                // A connection dropped mid-body: start over (fetch only retried the request itself).
                if (attempt >= this.o.retry.attempts || !isTransientNetworkError(err))
                    throw err;
                this.o.logger?.debug(`download of ${descriptor.digest} interrupted (${String(err)}); retrying`);
            }
        }
    }
    async downloadOnce(descriptor, file, onProgress) {
        const req = {
            method: 'GET',
            url: this.url(`blobs/${descriptor.digest}`),
            access: 'pull',
            what: `download blob ${descriptor.digest} from ${this.name}`,
        };
        const res = await this.expect(req, [200]);
        if (!res.body)
            throw new RegistryError(`Could not ${req.what}: the registry sent no body.`, res.status);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let done = 0;
        const meter = new external_node_stream_.Transform({
            transform(chunk, _enc, cb) {
                hash.update(chunk);
                done += chunk.length;
                onProgress?.(done, descriptor.size);
                cb(null, chunk);
            },
        });
        await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(res.body), meter, (0,external_node_fs_.createWriteStream)(file));
        const actual = `sha256:${hash.digest('hex')}`;
        if (actual !== descriptor.digest) {
            throw new types/* DigestMismatchError */.h(descriptor.digest, actual, `blob ${descriptor.digest} downloaded from ${this.name}`);
        }
        if (done !== descriptor.size) {
            throw new Error(`Blob ${descriptor.digest} from ${this.name} has ${done} bytes, its manifest says ${descriptor.size}.`);
        }
    }
    /**
     * The referrers of `subject`: the referrers API when the registry has it, else the fallback
     * tag `sha256-<hex>` (an image index). Filtered by artifactType here, whatever the server did.
     */
    async referrers(subject, artifactType) {
        const url = new URL(this.url(`referrers/${subject}`));
        url.searchParams.set('artifactType', artifactType);
        const req = {
            method: 'GET',
            url: url.href,
            access: 'pull',
            what: `list referrers of ${subject} in ${this.name}`,
            headers: { accept: MEDIA_TYPE_INDEX },
        };
        const res = await this.send(req);
        let index;
        if (res.status === 200 &&
            (res.headers.get('content-type') ?? '').startsWith(MEDIA_TYPE_INDEX)) {
            index = JSON.parse(Buffer.from(await res.arrayBuffer()).toString('utf8'));
        }
        else if (res.status === 404 || res.status === 200) {
            // 404 (or an HTML/other 200 from a proxy): no referrers API, per spec use the tag schema.
            await res.arrayBuffer();
            index = await this.fallbackIndex(subject);
        }
        else {
            return this.fail(res, req);
        }
        return (index?.manifests ?? []).filter((d) => d.artifactType === artifactType);
    }
    async fallbackIndex(subject) {
        const found = await this.getManifest(referrersTag(subject), [MEDIA_TYPE_INDEX]);
        if (!found)
            return undefined;
        const index = JSON.parse(found.bytes.toString('utf8'));
        if (index.mediaType !== MEDIA_TYPE_INDEX || !Array.isArray(index.manifests)) {
            throw new Error(`Tag ${referrersTag(subject)} in ${this.name} is not a referrers index; remove or retag it.`);
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
        await this.putManifest(referrersTag(subject), Buffer.from(JSON.stringify(index)), MEDIA_TYPE_INDEX);
    }
}

;// CONCATENATED MODULE: ./src/platform/oci/reference.ts
const COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const HOST = /^(?:[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;
const OCI_SCHEME = 'oci://';
function invalid(text, why) {
    return new Error(`Invalid OCI reference "${text}": ${why}. Expected host[:port]/repository[:tag][@sha256:<64 hex>], e.g. ghcr.io/org/catalog:1.4.0`);
}
function isDigest(value) {
    return DIGEST.test(value);
}
/** Parse a reference; the host part is mandatory (msdeploy never assumes Docker Hub). */
function parseReference(text) {
    let rest = text.startsWith(OCI_SCHEME) ? text.slice(OCI_SCHEME.length) : text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const d = rest.slice(at + 1);
        if (!isDigest(d))
            throw invalid(text, `"${d}" is not a sha256 digest`);
        digest = d;
        rest = rest.slice(0, at);
    }
    const slash = rest.indexOf('/');
    if (slash <= 0)
        throw invalid(text, 'the registry host is missing');
    const host = rest.slice(0, slash);
    if (!HOST.test(host))
        throw invalid(text, `"${host}" is not a host[:port]`);
    let path = rest.slice(slash + 1);
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon >= 0) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(text, `"${tag}" is not a valid tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
    }
    const bad = path.split('/').find((c) => !COMPONENT.test(c));
    if (bad !== undefined) {
        throw invalid(text, `repository component "${bad}" must be lowercase letters, digits and . _ __ - separators`);
    }
    return { host, repository: path, tag, digest };
}
function formatReference(ref) {
    return `${ref.host}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/**
 * The tag an artifact version is pushed under. Tags can't contain `+` (semver build metadata),
 * so `1.4.0+12.abc1234` becomes `1.4.0_12.abc1234`; the exact version stays in the manifest's
 * annotations. Any other character a tag can't hold is an error, not silently rewritten.
 */
function versionToTag(version) {
    const tag = version.replaceAll('+', '_');
    if (!TAG.test(tag)) {
        throw new Error(`Version "${version}" can't be an OCI tag (after mapping + to _ it must match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}).`);
    }
    return tag;
}
/** Plain HTTP only for loopback (a local test registry) or when explicitly asked for. */
function registryBaseUrl(host, insecure = false) {
    const name = host.replace(/:\d+$/, '');
    const loopback = name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
    return `${loopback || insecure ? 'http' : 'https'}://${host}`;
}

;// CONCATENATED MODULE: ./src/platform/oci/store.ts
/**
 * OciStore: msdeploy artifacts in any OCI registry (GHCR, ECR, Harbor, a local docker-registry).
 *
 * put() pushes the artifact file as the single layer of an OCI artifact manifest (artifactType
 * ARTIFACT_TYPE, empty config), tags it with the version (`+` → `_`, tags can't hold `+`),
 * and attaches the provenance as a referrer manifest whose `subject` is the artifact manifest.
 *
 * Refs: put() returns `oci://<host>/<repo>@sha256:<MANIFEST digest>` — the registry addresses
 * content by manifest digest. The artifact's own identity (the LAYER digest, ArtifactMeta.digest)
 * is recorded in the manifest's annotations; get() checks the layer against it and hashes the
 * downloaded bytes, so a ref by tag (`oci://<host>/<repo>:<tag>`) is just as safe to fetch.
 */









class OciStore {
    options;
    kind = 'oci';
    target;
    auth;
    clients = new Map();
    retry;
    constructor(options) {
        this.options = options;
        const target = parseReference(options.repository);
        if (target.tag || target.digest) {
            throw new Error(`OCI store repository "${options.repository}" must not carry a tag or digest: msdeploy tags each artifact with its version.`);
        }
        if (options.chunkSize !== undefined &&
            !(Number.isInteger(options.chunkSize) && options.chunkSize > 0)) {
            throw new Error(`OCI store chunkSize must be a positive integer of bytes, got ${options.chunkSize}.`);
        }
        this.target = target;
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
        const { username, password, token } = options;
        this.auth = new RegistryAuth(target.host, { username, password, token }, this.retry, options.logger);
    }
    client(repository) {
        let client = this.clients.get(repository);
        if (!client) {
            client = new RegistryClient({
                baseUrl: registryBaseUrl(this.target.host, this.options.insecure),
                host: this.target.host,
                repository,
                auth: this.auth,
                retry: this.retry,
                chunkSize: this.options.chunkSize ?? DEFAULT_CHUNK_SIZE,
                logger: this.options.logger,
            });
            this.clients.set(repository, client);
        }
        return client;
    }
    async put(file, meta, provenance, onProgress) {
        await verifyFile(file, meta);
        const tag = versionToTag(meta.version);
        const registry = this.client(this.target.repository);
        const log = this.options.logger;
        const created = createdFrom(provenance, this.options.clock?.() ?? new Date());
        const bytesUploaded = await registry.pushBlobFromFile(file, meta.digest, meta.size, onProgress);
        log?.info(bytesUploaded === 0
            ? `${registry.name} already has ${meta.digest}: no layer bytes uploaded`
            : `uploaded ${meta.fileName} (${bytesUploaded} bytes) to ${registry.name}`);
        const config = await registry.pushBlob(EMPTY_CONFIG);
        const prov = await registry.pushBlob(provenance);
        const manifest = artifactManifest(meta, created);
        const encoded = encode(manifest);
        // No `?tag=` (docker-registry 2.8 lacks it): PUT by digest, then by tag.
        await registry.putManifest(encoded.digest, encoded.bytes, MEDIA_TYPE_MANIFEST);
        await registry.putManifest(tag, encoded.bytes, MEDIA_TYPE_MANIFEST);
        const subject = {
            mediaType: MEDIA_TYPE_MANIFEST,
            digest: encoded.digest,
            size: encoded.bytes.length,
        };
        const provDescriptor = {
            mediaType: types/* PROVENANCE_MEDIA_TYPE */["if"],
            digest: prov.digest,
            size: provenance.length,
        };
        const referrer = provenanceManifest(subject, provDescriptor, created);
        const referrerEncoded = encode(referrer);
        const pushed = await registry.putManifest(referrerEncoded.digest, referrerEncoded.bytes, MEDIA_TYPE_MANIFEST);
        if (!pushed.subjectAccepted) {
            log?.debug(`${this.target.host} has no referrers API: listing the provenance under tag fallback`);
            await registry.addFallbackReferrer(encoded.digest, referrerDescriptor(referrer, referrerEncoded));
        }
        const ref = `${OCI_SCHEME}${formatReference({ ...this.target, digest: encoded.digest })}`;
        return {
            ref,
            location: formatReference({ ...this.target, tag }),
            bytesUploaded,
            manifestDigest: encoded.digest,
            provenanceDigest: referrerEncoded.digest,
            tag,
            totalBytesUploaded: bytesUploaded + config.sent + prov.sent,
        };
    }
    async get(ref, destFile, onProgress) {
        const target = parseReference(ref);
        if (target.host !== this.target.host) {
            throw new Error(`OCI ref ${ref} is on registry ${target.host}, but this store is configured for ${this.target.host}; configure the store for that registry.`);
        }
        const registry = this.client(target.repository);
        const reference = target.digest ?? target.tag;
        if (!reference) {
            throw new Error(`OCI ref ${ref} names neither a tag nor a digest: add :<tag> or @sha256:<hex>.`);
        }
        const fetched = await registry.getManifest(reference, [MEDIA_TYPE_MANIFEST]);
        if (!fetched)
            throw new Error(`Artifact ${ref} not found: ${registry.name} has no manifest ${reference}.`);
        const manifest = JSON.parse(fetched.bytes.toString('utf8'));
        const { meta, layer } = metaFromManifest(manifest, `manifest ${formatReference(target)}`);
        await registry.downloadBlob(layer, destFile, onProgress);
        const provenance = await this.provenanceOf(registry, fetched.digest, ref);
        return { meta, provenance };
    }
    /** The newest provenance referrer of an artifact manifest (referrers API, else tag schema). */
    async provenanceOf(registry, subject, ref) {
        const referrers = await registry.referrers(subject, types/* PROVENANCE_MEDIA_TYPE */["if"]);
        const newest = referrers
            .slice()
            .sort((a, b) => (a.annotations?.[ANNOTATION.created] ?? '').localeCompare(b.annotations?.[ANNOTATION.created] ?? ''))
            .at(-1);
        if (!newest) {
            throw new Error(`Artifact ${ref} has no provenance in ${registry.name} (no ${types/* PROVENANCE_MEDIA_TYPE */["if"]} referrer of ${subject}); push it again with msdeploy.`);
        }
        const found = await registry.getManifest(newest.digest, [MEDIA_TYPE_MANIFEST]);
        if (!found)
            throw new Error(`Provenance manifest ${newest.digest} listed for ${ref} is missing from ${registry.name}.`);
        const manifest = JSON.parse(found.bytes.toString('utf8'));
        const layer = manifest.layers?.[0];
        if (manifest.subject?.digest !== subject || layer?.mediaType !== types/* PROVENANCE_MEDIA_TYPE */["if"]) {
            throw new Error(`Manifest ${newest.digest} in ${registry.name} is not the provenance of ${subject}.`);
        }
        return registry.fetchBlob(layer);
    }
}
/** The file must be what meta says, or the registry would store a digest that lies about it. */
async function verifyFile(file, meta) {
    const { size } = await (0,promises_.stat)(file);
    if (size !== meta.size) {
        throw new Error(`Artifact file ${file} has ${size} bytes but its metadata says ${meta.size}; re-pack the artifact.`);
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    const actual = `sha256:${hash.digest('hex')}`;
    if (actual !== meta.digest)
        throw new types/* DigestMismatchError */.h(meta.digest, actual, `artifact file ${file}`);
}


/***/ })

};
