export const id = 68;
export const ids = [68];
export const modules = {

/***/ 86252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wn: () => (/* binding */ checkArtifactFileName)
/* harmony export */ });
/* unused harmony exports FILE_EXT, isArtifactFileName, artifactFileName */
const FILE_EXT = { archive: 'tar.gz', deb: 'deb' };
const FILE_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$/;
function isArtifactFileName(name) {
    return typeof name === 'string' && FILE_NAME_RE.test(name) && !name.includes('..');
}
/** Throws unless `name` is a safe artifact file name; the message quotes it JSON-escaped. */
function checkArtifactFileName(name, where) {
    if (!isArtifactFileName(name)) {
        throw new Error(`${where} names the artifact file ${JSON.stringify(name)}: not a plain file name (letters, digits and . _ + -, starting with a letter or digit, no "..", "/", control characters). Refusing to use it.`);
    }
    return name;
}
/** The name the packer gives an artifact; checked, so a store never records one it would refuse. */
function artifactFileName(service, version, kind) {
    return checkArtifactFileName(`${service}-${version}.${FILE_EXT[kind]}`, `The artifact of ${service} ${version}`);
}


/***/ }),

/***/ 61068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OciStore: () => (/* binding */ OciStore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/artifact/provenance.ts + 1 modules
var artifact_provenance = __webpack_require__(92453);
// EXTERNAL MODULE: ./src/core/manifest/spec.ts
var spec = __webpack_require__(17882);
// EXTERNAL MODULE: ./src/core/artifact/types.ts
var types = __webpack_require__(25503);
// EXTERNAL MODULE: ./src/platform/http.ts + 1 modules
var http = __webpack_require__(79659);
;// CONCATENATED MODULE: ./src/platform/oci/auth.ts
/**
 * Registry authentication as Docker and OCI clients do it: send the request, read the
 * `WWW-Authenticate` challenge of a 401, then answer it with Basic credentials or with a
 * Bearer token fetched from the challenge's realm for the needed scope (cached per scope).
 */

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
/** A token response is a JWT or two and a few fields; anything much bigger is not one. */
const TOKEN_RESPONSE_MAX = 64 * 1024;
class RegistryAuth {
    registry;
    credentials;
    http;
    origin;
    scheme = 'none';
    tokens = new Map();
    /** Token requests under way: concurrent 401s for one scope wait for the same token. */
    fetching = new Map();
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
    /** The Authorization header to send preemptively for `scope`, once a challenge told us how. */
    authorization(scope, origin) {
        if (origin !== this.origin)
            return undefined;
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
    async answer(header, scope, what, origin) {
        if (origin !== this.origin) {
            // A redirect target (a CDN, another host) asking for credentials never gets them.
            throw new Error(`${what}: ${origin} answered 401, but it is not the registry ${this.origin}; msdeploy sends credentials to the registry (and the token service it names) only.`);
        }
        const challenges = parseChallenges(header ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basic = challenges.find((c) => c.scheme === 'basic');
        if (bearer && !this.credentials.token) {
            this.scheme = 'bearer';
            let pending = this.fetching.get(scope);
            if (!pending) {
                pending = this.fetchToken(bearer.params, scope).finally(() => this.fetching.delete(scope));
                this.fetching.set(scope, pending);
            }
            this.tokens.set(scope, await pending);
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
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new Error(`The registry ${this.registry} sent a Bearer realm that is not a URL.`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new Error(`The registry ${this.registry} sent a Bearer realm with scheme ${url.protocol}; only https (or http) is used.`);
        }
        (0,http/* checkNoDowngrade */.ZV)(this.origin, url.href, this.http.insecure, `The token realm of ${this.registry}`);
        if (params.service)
            url.searchParams.set('service', params.service);
        url.searchParams.append('scope', scope);
        // The registry may ask for a scope other than the one we predicted (e.g. a mount's source).
        if (params.scope && params.scope !== scope)
            url.searchParams.append('scope', params.scope);
        const headers = { accept: 'application/json' };
        if (this.hasPassword())
            headers.authorization = this.basic();
        const res = await (0,http/* httpRequest */.aj)({ method: 'GET', url: url.href, headers }, this.http);
        return this.readToken(res, url, scope);
    }
    async readToken(res, url, scope) {
        if (res.status === 401 || res.status === 403) {
            await (0,http/* discardBody */.LL)(res);
            throw new Error(`The token service ${url.origin}${url.pathname} refused ${this.hasPassword() ? `the credentials of "${this.credentials.username}"` : 'anonymous access'} for scope "${scope}" (HTTP ${res.status}). Check username/password and that the account may access the repository.`);
        }
        if (!res.ok) {
            const text = await (0,http/* readTextPrefix */.Mq)(res);
            throw new Error(`The token service ${url.origin}${url.pathname} answered HTTP ${res.status}: ${text.slice(0, 300)}`);
        }
        const text = await (0,http/* readCappedText */.h5)(res, TOKEN_RESPONSE_MAX, 'a token response');
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
        this.http.logger?.debug(`got a registry token for ${scope} (valid ${lifetime / 1000} s)`);
        return { value, expiresAt: start + lifetime };
    }
}

// EXTERNAL MODULE: ./src/core/artifact/digest.ts
var artifact_digest = __webpack_require__(47576);
// EXTERNAL MODULE: ./src/core/artifact/file-name.ts
var file_name = __webpack_require__(86252);
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

function emptyConfigDescriptor() {
    return { mediaType: MEDIA_TYPE_EMPTY, digest: (0,artifact_digest/* sha256 */.sc)(EMPTY_CONFIG), size: EMPTY_CONFIG.length };
}
/** Manifests are stored and addressed by their exact bytes: serialise once, hash those. */
function encode(doc) {
    const bytes = Buffer.from(JSON.stringify(doc));
    return { bytes, digest: (0,artifact_digest/* sha256 */.sc)(bytes) };
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
    // Everything here came from the registry: a digest goes into URLs, a title becomes a file name.
    if (!(0,artifact_digest/* isDigest */.Bc)(layer.digest))
        throw bad(`the layer digest ${JSON.stringify(layer.digest)} is not sha256:<64 hex>`);
    if (!(0,artifact_digest/* isDigest */.Bc)(recorded))
        throw bad(`${ANNOTATION.digest} ${JSON.stringify(recorded)} is not sha256:<64 hex>`);
    if (!Number.isSafeInteger(layer.size) || layer.size < 0) {
        throw bad(`the layer size ${JSON.stringify(layer.size)} is not a byte count`);
    }
    if (!spec/* NAME_RE */.eF.test(service))
        throw bad(`service ${JSON.stringify(service)} is not a service name (${spec/* NAME_PATTERN */.Vh})`);
    if (recorded !== layer.digest) {
        throw new types/* DigestMismatchError */.h(recorded, layer.digest, `the layer listed by ${where}`);
    }
    const title = layer.annotations?.[ANNOTATION.title] ?? a[ANNOTATION.title];
    if (!title)
        throw bad(`the layer has no ${ANNOTATION.title} annotation`);
    const fileName = (0,file_name/* checkArtifactFileName */.wn)(title, where);
    return {
        meta: { service, version, kind, digest: layer.digest, size: layer.size, fileName },
        layer,
    };
}

;// CONCATENATED MODULE: ./src/platform/oci/client.ts
/**
 * The OCI Distribution API for one repository: blobs (HEAD, upload in one PUT or in chunks,
 * streamed download) and manifests (GET/PUT by tag or digest), with referrers (API first, tag
 * schema fallback). Every digest the registry reports back is checked against the bytes we sent
 * or received.
 */





/** Chunks of a chunked upload, unless the caller or the registry's OCI-Chunk-Min-Length says more. */
const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
/**
 * Blobs up to this size go up as one PUT, streamed from the file (POST, then PUT with the whole
 * body: what `curl` or oras do, and the fastest). Larger ones go in chunks, so a dropped
 * connection costs one chunk, not the whole upload.
 */
const MONOLITHIC_PUT_MAX = 1024 * 1024 * 1024;
/** Small in-memory blobs (config, provenance) are tried as one POST (spec "single POST"). */
const SINGLE_POST_MAX = 1024 * 1024;
/** The distribution spec lets registries refuse manifests over 4 MiB; ours are a few KiB. */
const MANIFEST_MAX = 4 * 1024 * 1024;
/** Blobs read into memory (provenance) may be at most this big, whatever their descriptor says. */
const IN_MEMORY_BLOB_MAX = 16 * 1024 * 1024;
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
const TAG_RE = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
/**
 * A digest read from the registry (a manifest's descriptor, a referrers list) before it goes
 * into a URL: `sha256:../../v2/other/…` must never reach one.
 */
function registryDigest(digest, where) {
    if (typeof digest !== 'string' || !(0,artifact_digest/* isDigest */.Bc)(digest)) {
        throw new Error(`${where} lists the digest ${JSON.stringify(digest)}, which is not sha256:<64 lowercase hex>: refusing to use it.`);
    }
    return digest;
}
async function describe(res) {
    const text = await (0,http/* readTextPrefix */.Mq)(res);
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
    singlePostUnsupported = false;
    /** Set once the registry refused a whole blob in one PUT (413): chunks from then on. */
    monolithicPutRefused = false;
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
        const origin = new URL(req.url).origin;
        for (let answered = false;; answered = true) {
            const headers = { ...req.headers };
            // Only the registry's own origin ever gets credentials (an upload Location elsewhere doesn't).
            const authorization = this.o.auth.authorization(scope, origin);
            if (authorization)
                headers.authorization = authorization;
            const { method, url, body } = req;
            const res = await (0,http/* httpRequest */.aj)({ method, url, headers, body }, { ...this.o.http, idempotent: req.idempotent });
            if (res.status !== 401 || answered)
                return res;
            await (0,http/* discardBody */.LL)(res);
            // The 401 may come from where a redirect led (res.url): only the registry's own is answered.
            await this.o.auth.answer(res.headers.get('www-authenticate'), scope, req.what, new URL(res.url).origin);
        }
    }
    async fail(res, req) {
        const { detail, code } = await describe(res);
        const hint = HINTS[res.status] ? `; ${HINTS[res.status]}` : '';
        throw new RegistryError(`Could not ${req.what}: ${req.method} ${(0,http/* redactUrl */.BO)(req.url)} answered HTTP ${res.status} ${detail}${hint}.`, res.status, code);
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
        const next = new URL(location, res.url);
        (0,http/* checkNoDowngrade */.ZV)(res.url, next.href, this.o.http.insecure, `Could not ${req.what}: the Location`);
        return next;
    }
    async hasBlob(digest, access = 'pull') {
        return (await this.headBlob(digest, access)) !== undefined;
    }
    /**
     * The size of blob `digest` as the registry reports it (`HEAD`, no body transferred), or
     * undefined when the repository does not have it.
     */
    async blobSize(digest) {
        const res = await this.headBlob(digest, 'pull');
        if (!res)
            return undefined;
        const length = Number(res.headers.get('content-length') ?? NaN);
        if (!Number.isSafeInteger(length) || length < 0) {
            throw new RegistryError(`Could not check blob ${digest} in ${this.name}: HEAD answered without a byte count (Content-Length), which the distribution API requires.`, res.status);
        }
        return length;
    }
    async headBlob(digest, access) {
        registryDigest(digest, `a blob check in ${this.name}`);
        const req = {
            method: 'HEAD',
            url: this.url(`blobs/${digest}`),
            access,
            what: `check blob ${digest} in ${this.name}`,
        };
        const res = await this.send(req);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            return this.fail(res, req);
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
            // Never single-POST a file: a registry that ignores the body would get the bytes twice.
            return await this.upload(digest, size, source, { singlePost: false, onProgress });
        }
        catch (err) {
            if (err instanceof RegistryError && err.code === 'DIGEST_INVALID') {
                (0,artifact_digest/* checkDigest */.H2)(digest, await (0,artifact_digest/* digestFile */.TM)(file), `artifact file ${file}`);
            }
            throw err;
        }
    }
    async pushBlob(bytes, onProgress) {
        const digest = (0,artifact_digest/* sha256 */.sc)(bytes);
        if (await this.hasBlob(digest, 'push'))
            return { digest, sent: 0 };
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
        // Progress never goes back, though a restarted session sends the same bytes again.
        let reported = 0;
        const onProgress = (done) => {
            if (done <= reported)
                return;
            reported = done;
            opts.onProgress?.(done, size);
        };
        for (let session = 1;; session++) {
            const monolithic = this.monolithicPut(size);
            try {
                await this.uploadSession(digest, size, source, opts.singlePost, monolithic, {
                    counted: (n) => (sent += n),
                    onProgress,
                });
                return sent;
            }
            catch (err) {
                const status = err instanceof RegistryError ? err.status : 0;
                const lost = status === 416 ||
                    (status === 404 && err.code === 'BLOB_UPLOAD_UNKNOWN');
                const tooLarge = status === 413 && monolithic;
                if ((!lost && !tooLarge) || session >= 2)
                    throw err;
                const log = this.o.http.logger;
                if (tooLarge) {
                    this.monolithicPutRefused = true;
                    log?.info(`${this.o.host} refused ${digest} in one PUT (HTTP 413, a body limit); uploading it in chunks`);
                }
                else {
                    log?.debug(`upload session for ${digest} lost (${err.message}); starting over`);
                }
            }
        }
    }
    /** Whether a blob of `size` bytes goes up in one PUT: unless chunks were asked for or needed. */
    monolithicPut(size) {
        return (this.o.chunkSize === undefined && !this.monolithicPutRefused && size <= MONOLITHIC_PUT_MAX);
    }
    /** Each body the registry accepted is reported through `counted`: a restarted upload counts both tries. */
    async uploadSession(digest, size, source, singlePost, monolithic, report) {
        const what = `upload blob ${digest} to ${this.name}`;
        const start = new URL(this.url('blobs/uploads/'));
        const startReq = { method: 'POST', url: start.href, access: 'push', what };
        if (singlePost && size <= SINGLE_POST_MAX && !this.singlePostUnsupported) {
            start.searchParams.set('digest', digest);
            Object.assign(startReq, {
                url: start.href,
                body: source(0, size),
                headers: { 'content-type': 'application/octet-stream' },
            });
        }
        const started = await this.expect(startReq, [201, 202]);
        await (0,http/* discardBody */.LL)(started);
        if (startReq.body)
            report.counted(size);
        if (started.status === 201) {
            this.checkDigestHeader(started, digest, `blob ${digest} uploaded to ${this.name}`);
            report.onProgress(size);
            return;
        }
        if (startReq.body) {
            this.singlePostUnsupported = true; // 202: it opened a session and dropped the body
            this.o.http.logger?.debug(`${this.o.host} doesn't support single-POST blob uploads; using POST + PUT`);
        }
        let location = this.location(started, startReq);
        let offset = 0;
        if (!monolithic) {
            const minChunk = Number(started.headers.get('oci-chunk-min-length') ?? 0);
            const chunkSize = Math.max(this.o.chunkSize ?? DEFAULT_CHUNK_SIZE, Number.isFinite(minChunk) ? minChunk : 0);
            // Chunked: PATCH each chunk with its Content-Range; the last one goes with the PUT.
            while (size - offset > chunkSize) {
                const from = offset;
                const req = {
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
                await (0,http/* discardBody */.LL)(res);
                location = this.location(res, req);
                offset += chunkSize;
                report.counted(chunkSize);
            }
        }
        const from = offset;
        location.searchParams.set('digest', digest);
        const put = {
            method: 'PUT',
            url: location.href,
            access: 'push',
            what,
            body: source(from, size - from, (n) => report.onProgress(from + n)),
            headers: { 'content-type': 'application/octet-stream' },
        };
        const done = await this.expect(put, [201]);
        await (0,http/* discardBody */.LL)(done);
        this.checkDigestHeader(done, digest, `blob ${digest} uploaded to ${this.name}`);
        report.counted(size - from);
        report.onProgress(size);
    }
    /** PUT a manifest under a tag or its digest; verifies the digest the registry computed. */
    async putManifest(reference, bytes, mediaType) {
        const digest = (0,artifact_digest/* sha256 */.sc)(bytes);
        const req = {
            method: 'PUT',
            url: this.url(`manifests/${reference}`),
            access: 'push',
            what: `push manifest ${reference} to ${this.name}`,
            body: bytes,
            headers: { 'content-type': mediaType },
        };
        const res = await this.expect(req, [201]);
        await (0,http/* discardBody */.LL)(res);
        this.checkDigestHeader(res, digest, `manifest ${reference} pushed to ${this.name}`);
        // OCI-Subject: the registry indexed the subject itself (it has the referrers API).
        return { digest, subjectAccepted: res.headers.has('oci-subject') };
    }
    /**
     * GET a manifest by tag or digest, or undefined when it doesn't exist. Verifies its digest.
     * `access: 'push'` when a push follows, so one token serves both.
     */
    async getManifest(reference, accept = [MEDIA_TYPE_MANIFEST, MEDIA_TYPE_INDEX], access = 'pull') {
        if (!(0,artifact_digest/* isDigest */.Bc)(reference) && !TAG_RE.test(reference)) {
            throw new Error(`Manifest reference ${JSON.stringify(reference)} for ${this.name} is neither a tag nor a sha256 digest.`);
        }
        const req = {
            method: 'GET',
            url: this.url(`manifests/${reference}`),
            access,
            what: `fetch manifest ${reference} from ${this.name}`,
            headers: { accept: accept.join(', ') },
        };
        const res = await this.send(req);
        if (res.status === 404) {
            await (0,http/* discardBody */.LL)(res);
            return undefined;
        }
        if (res.status !== 200)
            return this.fail(res, req);
        const where = `manifest ${this.name}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
        const bytes = await (0,http/* readCappedBuffer */.US)(res, MANIFEST_MAX, where);
        const digest = (0,artifact_digest/* sha256 */.sc)(bytes);
        if (reference.startsWith('sha256:') && reference !== digest) {
            throw new types/* DigestMismatchError */.h(reference, digest, where);
        }
        this.checkDigestHeader(res, digest, where);
        const mediaType = (res.headers.get('content-type') ?? '').split(';')[0].trim();
        return { bytes, digest, mediaType };
    }
    /** A small blob (provenance) into memory, verified; never more than its descriptor's size. */
    async fetchBlob(descriptor) {
        registryDigest(descriptor.digest, `a descriptor in ${this.name}`);
        const what = `blob ${descriptor.digest} from ${this.name}`;
        if (descriptor.size > IN_MEMORY_BLOB_MAX) {
            throw new Error(`Refusing to fetch ${what} into memory: its descriptor says ${descriptor.size} bytes, over ${IN_MEMORY_BLOB_MAX}. Check the manifest that lists it.`);
        }
        const req = {
            method: 'GET',
            url: this.url(`blobs/${descriptor.digest}`),
            access: 'pull',
            what: `fetch ${what}`,
        };
        const res = await this.expect(req, [200]);
        const bytes = await (0,http/* readCappedBuffer */.US)(res, descriptor.size, `${what} (its descriptor's size)`);
        const actual = (0,artifact_digest/* sha256 */.sc)(bytes);
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
        registryDigest(descriptor.digest, `a descriptor in ${this.name}`);
        const partial = `${dest}.partial`;
        for (let attempt = 1;; attempt++) {
            try {
                await this.downloadOnce(descriptor, partial, onProgress);
                await (0,promises_.rename)(partial, dest);
                return;
            }
            catch (err) {
                await (0,promises_.rm)(partial, { force: true });
                // A connection dropped or stalled mid-body: start over (httpRequest retried only the request).
                if (attempt >= this.o.http.retry.attempts || !(0,http/* isTransientError */.bV)(err, true))
                    throw err;
                this.o.http.logger?.debug(`download of ${descriptor.digest} interrupted (${String(err)}); retrying`);
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
        const hash = new artifact_digest/* DigestStream */.vl();
        let done = 0;
        // A body longer than the descriptor says is cut off there: the manifest bounds the download.
        await (0,http/* streamToFile */.E8)(res, file, {
            maxBytes: descriptor.size,
            what: `blob ${descriptor.digest} (its descriptor's size)`,
            onChunk: (chunk) => {
                hash.update(chunk);
                done += chunk.length;
                onProgress?.(done, descriptor.size);
            },
        });
        (0,artifact_digest/* checkDigest */.H2)(descriptor.digest, hash.digest(), `blob ${descriptor.digest} downloaded from ${this.name}`);
        if (done !== descriptor.size) {
            throw new Error(`Blob ${descriptor.digest} from ${this.name} has ${done} bytes, its manifest says ${descriptor.size}.`);
        }
    }
    /**
     * The referrers of `subject`: the referrers API when the registry has it, else the fallback
     * tag `sha256-<hex>` (an image index). Filtered by artifactType here, whatever the server did.
     */
    async referrers(subject, artifactType, access = 'pull') {
        const url = new URL(this.url(`referrers/${subject}`));
        url.searchParams.set('artifactType', artifactType);
        const req = {
            method: 'GET',
            url: url.href,
            access,
            what: `list referrers of ${subject} in ${this.name}`,
            headers: { accept: MEDIA_TYPE_INDEX },
        };
        const res = await this.send(req);
        let index;
        if (res.status === 200 &&
            (res.headers.get('content-type') ?? '').startsWith(MEDIA_TYPE_INDEX)) {
            index = await (0,http/* readCappedJson */._x)(res, MANIFEST_MAX, `the referrers of ${subject}`);
        }
        else if (res.status === 404 || res.status === 200) {
            // 404 (or an HTML/other 200 from a proxy): no referrers API, per spec use the tag schema.
            await (0,http/* discardBody */.LL)(res);
            index = await this.fallbackIndex(subject, access);
        }
        else {
            return this.fail(res, req);
        }
        const found = (index?.manifests ?? []).filter((d) => d.artifactType === artifactType);
        for (const d of found)
            registryDigest(d.digest, `the referrers of ${subject} in ${this.name}`);
        return found;
    }
    async fallbackIndex(subject, access = 'pull') {
        const found = await this.getManifest(referrersTag(subject), [MEDIA_TYPE_INDEX], access);
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

// EXTERNAL MODULE: ./src/platform/oci/reference.ts
var oci_reference = __webpack_require__(83876);
;// CONCATENATED MODULE: ./src/platform/oci/store.ts
/**
 * OciStore: msdeploy artifacts in any OCI registry (GHCR, ECR, Harbor, a local docker-registry).
 *
 * put() pushes the artifact file as the single layer of an OCI artifact manifest (artifactType
 * ARTIFACT_TYPE, empty config), tags it with the version (`+` → `_`, tags can't hold `+`),
 * and attaches the provenance as a referrer manifest whose `subject` is the artifact manifest.
 *
 * Layout: each service has its own repository under the configured one (`registry:
 * ghcr.io/acme/shop` keeps `catalog` in `ghcr.io/acme/shop/catalog`). Two services built from one
 * commit share a version, so one shared repository would refuse the second one's version tag as
 * a moving tag; and a stage tag (`uat`) can only point at one artifact per repository.
 *
 * Tags in a service's repository: the version (`1.4.57_abc1234`, never moves), the artifact
 * digest (`artifact-sha256-<hex>`, so a digest alone finds its manifest: inspect, tagStage), and
 * one per stage the ledger promoted an artifact into (`uat`, moved by tagStage).
 *
 * Refs: put() returns `oci://<host>/<repo>/<service>@sha256:<MANIFEST digest>` — the registry addresses
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
    http;
    constructor(options) {
        this.options = options;
        const target = (0,oci_reference/* parseReference */.F2)(options.repository);
        if (target.tag || target.digest) {
            throw new Error(`OCI store repository "${options.repository}" must not carry a tag or digest: msdeploy tags each artifact with its version.`);
        }
        if (options.chunkSize !== undefined &&
            !(Number.isInteger(options.chunkSize) && options.chunkSize > 0)) {
            throw new Error(`OCI store chunkSize must be a positive integer of bytes, got ${options.chunkSize}.`);
        }
        if (target.lowercasedFrom) {
            options.logger?.info(`OCI repository "${target.lowercasedFrom}" lower-cased to "${target.repository}": registries require lowercase repository names.`);
        }
        this.target = target;
        this.http = {
            retry: { ...http/* DEFAULT_RETRY */.vI, ...options.retry },
            timeouts: options.timeouts,
            logger: options.logger,
            insecure: options.insecure,
        };
        const { username, password, token } = options;
        this.auth = new RegistryAuth(target.host, { username, password, token }, this.http, new URL((0,oci_reference/* registryBaseUrl */.mO)(target.host, options.insecure)).origin);
    }
    client(repository) {
        let client = this.clients.get(repository);
        if (!client) {
            client = new RegistryClient({
                baseUrl: (0,oci_reference/* registryBaseUrl */.mO)(this.target.host, this.options.insecure),
                host: this.target.host,
                repository,
                auth: this.auth,
                http: this.http,
                chunkSize: this.options.chunkSize,
            });
            this.clients.set(repository, client);
        }
        return client;
    }
    async put(file, meta, provenance, onProgress) {
        await checkSize(file, meta);
        const tag = (0,oci_reference/* versionToTag */.KN)(meta.version);
        const repository = (0,oci_reference/* serviceRepository */.SA)(this.target.repository, meta.service);
        const registry = this.client(repository);
        const log = this.options.logger;
        const created = createdFrom(provenance, this.options.clock?.() ?? new Date());
        // Everything a put writes is known before a request: the manifests depend on bytes and time only.
        const encoded = encode(artifactManifest(meta, created));
        const subject = {
            mediaType: MEDIA_TYPE_MANIFEST,
            digest: encoded.digest,
            size: encoded.bytes.length,
        };
        const provDescriptor = {
            mediaType: types/* PROVENANCE_MEDIA_TYPE */["if"],
            digest: (0,artifact_digest/* sha256 */.sc)(provenance),
            size: provenance.length,
        };
        const referrer = provenanceManifest(subject, provDescriptor, created);
        const referrerEncoded = encode(referrer);
        const at = { host: this.target.host, repository };
        const stored = (bytesUploaded, totalBytesUploaded) => ({
            ref: `${oci_reference/* OCI_SCHEME */.w1}${(0,oci_reference/* formatReference */.FH)({ ...at, digest: encoded.digest })}`,
            location: (0,oci_reference/* formatReference */.FH)({ ...at, tag }),
            bytesUploaded,
            manifestDigest: encoded.digest,
            provenanceDigest: referrerEncoded.digest,
            tag,
            totalBytesUploaded,
        });
        // Before any byte goes up: a version tag never moves to other bytes. (Two pushes racing on
        // one version are not serialised by the registry.)
        const [held, layerPresent] = await Promise.all([
            this.refuseMovingTag(registry, tag, meta),
            registry.hasBlob(meta.digest, 'push'),
        ]);
        if (held?.equals(encoded.bytes) &&
            layerPresent &&
            (await this.complete(registry, meta, encoded, referrerEncoded))) {
            log?.info(`${registry.name}:${tag} already holds this artifact and provenance: nothing to push`);
            onProgress?.(meta.size, meta.size);
            return stored(0, 0);
        }
        // The three blobs at once: the small ones' round trips hide behind the layer's upload.
        const uploadLayer = async () => {
            if (!layerPresent)
                return registry.uploadBlobFromFile(file, meta.digest, meta.size, onProgress);
            onProgress?.(meta.size, meta.size);
            return 0;
        };
        const [bytesUploaded, config, prov] = await Promise.all([
            uploadLayer(),
            registry.pushBlob(EMPTY_CONFIG),
            registry.pushBlob(provenance),
        ]);
        log?.info(bytesUploaded === 0
            ? `${registry.name} already has ${meta.digest}: no layer bytes uploaded`
            : `uploaded ${meta.fileName} (${bytesUploaded} bytes) to ${registry.name}`);
        // No `?tag=` (docker-registry 2.8 lacks it): the manifest by digest and by version tag, and
        // the provenance referrer (whose subject is that digest), side by side.
        const attachProvenance = async () => {
            const pushed = await registry.putManifest(referrerEncoded.digest, referrerEncoded.bytes, MEDIA_TYPE_MANIFEST);
            if (pushed.subjectAccepted)
                return;
            log?.debug(`${this.target.host} has no referrers API: listing the provenance under tag fallback`);
            await registry.addFallbackReferrer(encoded.digest, referrerDescriptor(referrer, referrerEncoded));
        };
        await Promise.all([
            registry.putManifest(encoded.digest, encoded.bytes, MEDIA_TYPE_MANIFEST),
            registry.putManifest(tag, encoded.bytes, MEDIA_TYPE_MANIFEST),
            attachProvenance(),
        ]);
        // The digest tag last, once the provenance is attached: what it names is complete. (Another
        // version with the very same bytes moves it to its own manifest; both describe the digest.)
        await registry.putManifest((0,oci_reference/* digestTag */.t9)(meta.digest), encoded.bytes, MEDIA_TYPE_MANIFEST);
        return stored(bytesUploaded, bytesUploaded + config.sent + prov.sent);
    }
    async get(ref, destFile, onProgress) {
        const target = (0,oci_reference/* parseReference */.F2)(ref);
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
            throw new types/* ArtifactNotFoundError */.CL(`Artifact ${ref} not found: ${registry.name} has no manifest ${reference}.`);
        const manifest = JSON.parse(fetched.bytes.toString('utf8'));
        const { meta, layer } = metaFromManifest(manifest, `manifest ${(0,oci_reference/* formatReference */.FH)(target)}`);
        // The provenance first: it must be bound to the layer before any byte reaches destFile.
        const provenance = await this.provenanceOf(registry, fetched.digest, ref);
        (0,artifact_provenance/* checkProvenanceSubject */.gL)(provenance, meta.digest, ref);
        await registry.downloadBlob(layer, destFile, onProgress);
        return { meta, provenance };
    }
    /**
     * The digest the service's version tag names: `[]` when the tag is absent, or when it holds
     * another version that maps to the same tag (`1.0+1` and `1.0_1` are both tagged `1.0_1`).
     */
    async findVersion(service, version) {
        const registry = this.client((0,oci_reference/* serviceRepository */.SA)(this.target.repository, service));
        const tag = (0,oci_reference/* versionToTag */.KN)(version);
        const fetched = await registry.getManifest(tag, [MEDIA_TYPE_MANIFEST]);
        if (!fetched)
            return [];
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
        const repository = (0,oci_reference/* serviceRepository */.SA)(this.target.repository, service);
        const registry = this.client(repository);
        const reference = ref === undefined ? (0,oci_reference/* digestTag */.t9)(digest) : this.referenceIn(ref, repository);
        const fetched = await registry.getManifest(reference, [MEDIA_TYPE_MANIFEST]);
        if (!fetched) {
            throw new types/* ArtifactNotFoundError */.CL(`Artifact ${digest} of ${service} is not in ${registry.name} (no manifest ${reference}): push it with build-artifact (store: oci, registry: ${(0,oci_reference/* formatReference */.FH)({ ...this.target })}), or check the digest.`);
        }
        const where = `${registry.name}@${fetched.digest}`;
        const { meta, layer } = this.artifactOf(registry, fetched, where, service);
        if (meta.digest !== digest) {
            throw new types/* DigestMismatchError */.h(digest, meta.digest, `the artifact manifest ${where}`);
        }
        const size = await registry.blobSize(layer.digest);
        if (size === undefined) {
            throw new types/* ArtifactNotFoundError */.CL(`Artifact ${digest} of ${service}: manifest ${where} lists it, but ${registry.name} has no such blob (deleted by a registry clean-up?). Push the artifact again.`);
        }
        if (size !== layer.size) {
            throw new Error(`Artifact ${digest} in ${registry.name} has ${size} bytes, but its manifest ${where} says ${layer.size}: the registry holds other bytes; refusing the artifact.`);
        }
        const provenance = await this.provenanceOf(registry, fetched.digest, where);
        (0,artifact_provenance/* checkProvenanceSubject */.gL)(provenance, digest, where);
        return {
            meta,
            provenance,
            ref: `${oci_reference/* OCI_SCHEME */.w1}${(0,oci_reference/* formatReference */.FH)({ host: this.target.host, repository, digest: fetched.digest })}`,
        };
    }
    async digestOfRef(service, ref) {
        const repository = (0,oci_reference/* serviceRepository */.SA)(this.target.repository, service);
        const registry = this.client(repository);
        const fetched = await registry.getManifest(this.referenceIn(ref, repository), [
            MEDIA_TYPE_MANIFEST,
        ]);
        if (!fetched)
            return undefined;
        return this.artifactOf(registry, fetched, `${registry.name}@${fetched.digest}`, service).meta
            .digest;
    }
    /**
     * Points the service's `stage` tag at the artifact manifest of `digest` (found by its digest
     * tag), then reads the tag back: it must name the digest, or someone moved it at the same time.
     */
    async tagStage(service, stage, digest) {
        if (!spec/* NAME_RE */.eF.test(stage)) {
            throw new Error(`Stage "${stage}" can't be a tag in the OCI store: stage names match ${spec/* NAME_PATTERN */.Vh}.`);
        }
        const registry = this.client((0,oci_reference/* serviceRepository */.SA)(this.target.repository, service));
        const fetched = await registry.getManifest((0,oci_reference/* digestTag */.t9)(digest), [MEDIA_TYPE_MANIFEST]);
        if (!fetched) {
            throw new types/* ArtifactNotFoundError */.CL(`Cannot tag ${service} ${digest} as ${stage}: ${registry.name} has no such artifact (no tag ${(0,oci_reference/* digestTag */.t9)(digest)}). Push it to this registry first (build-artifact with store: oci).`);
        }
        const where = `${registry.name}@${fetched.digest}`;
        const { meta } = this.artifactOf(registry, fetched, where, service);
        if (meta.digest !== digest) {
            throw new types/* DigestMismatchError */.h(digest, meta.digest, `the artifact manifest ${where}`);
        }
        // The exact bytes again: the stage tag then names the same manifest digest.
        await registry.putManifest(stage, fetched.bytes, MEDIA_TYPE_MANIFEST);
        const back = await registry.getManifest(stage, [MEDIA_TYPE_MANIFEST]);
        const held = back
            ? JSON.parse(back.bytes.toString('utf8')).annotations?.[ANNOTATION.digest]
            : undefined;
        if (held !== digest) {
            throw new Error(`Tag ${registry.name}:${stage} reads back as ${held ?? 'missing'}, not ${digest}: something else moved it at the same time. The ledger is the record; promote again to mirror it.`);
        }
        this.options.logger?.info(`${registry.name}:${stage} now names ${service} ${meta.version} (${digest}).`);
    }
    /** The repository-local reference (digest or tag) of an `oci://` ref into `repository`. */
    referenceIn(ref, repository) {
        if (!ref.startsWith(oci_reference/* OCI_SCHEME */.w1)) {
            throw new Error(`Artifact reference ${JSON.stringify(ref)} is not an oci:// reference: the OCI store ${(0,oci_reference/* formatReference */.FH)({ ...this.target })} cannot look it up.`);
        }
        const target = (0,oci_reference/* parseReference */.F2)(ref);
        if (target.host !== this.target.host || target.repository !== repository) {
            throw new Error(`Artifact reference ${ref} is not in ${this.target.host}/${repository}, where this store keeps the service: open the store with the registry the artifact was pushed to.`);
        }
        const reference = target.digest ?? target.tag;
        if (!reference) {
            throw new Error(`OCI ref ${ref} names neither a tag nor a digest: add :<tag> or @sha256:<hex>.`);
        }
        return reference;
    }
    /** An artifact manifest read back, checked to be msdeploy's and to belong to `service`. */
    artifactOf(registry, fetched, where, service) {
        const manifest = JSON.parse(fetched.bytes.toString('utf8'));
        const found = metaFromManifest(manifest, `manifest ${where}`);
        if (found.meta.service !== service) {
            throw new Error(`Manifest ${where} holds an artifact of service ${found.meta.service}, not ${service}: ${registry.name} is ${service}'s repository, so something else pushed it there. Remove it, or check the registry setting.`);
        }
        return found;
    }
    /**
     * A version tag never moves to other bytes: when the tag already names an artifact with another
     * digest, the put is an error, not a re-tag.
     */
    async refuseMovingTag(registry, tag, meta) {
        // Push access: the first request of a put fetches the one token all of it uses.
        const existing = await registry.getManifest(tag, [MEDIA_TYPE_MANIFEST], 'push');
        if (!existing)
            return undefined;
        const manifest = JSON.parse(existing.bytes.toString('utf8'));
        const held = manifest.annotations?.[ANNOTATION.digest];
        if (held !== meta.digest) {
            throw new Error(`${registry.name}:${tag} already holds ${meta.service} ${meta.version} as ${String(held)}, not ${meta.digest}: a version never moves to other bytes. Make the build reproducible, or give this build its own version.`);
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
            registry.getManifest((0,oci_reference/* digestTag */.t9)(meta.digest), [MEDIA_TYPE_MANIFEST], 'push'),
            registry.referrers(manifest.digest, types/* PROVENANCE_MEDIA_TYPE */["if"], 'push'),
        ]);
        return (digestTagged?.bytes.equals(manifest.bytes) === true &&
            referrers.some((d) => d.digest === referrer.digest));
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
/**
 * The file must be what meta says. Its size is checked here; its digest by the registry as the
 * bytes arrive (uploadBlobFromFile): hashing it first would read it twice.
 */
async function checkSize(file, meta) {
    const { size } = await (0,promises_.stat)(file);
    if (size !== meta.size) {
        throw new Error(`Artifact file ${file} has ${size} bytes but its metadata says ${meta.size}; re-pack the artifact.`);
    }
}


/***/ })

};
