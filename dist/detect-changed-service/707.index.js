export const id = 707;
export const ids = [707];
export const modules = {

/***/ 687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pS: () => (/* binding */ getDetectSettings),
  x9: () => (/* binding */ writeDetectOutputs)
});

// UNUSED EXPORTS: DetectInput, DetectOutput

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/changes/base.ts
var base = __webpack_require__(6128);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/app/settings.ts
/**
 * Settings that an action input and a CLI option of the same name both carry, parsed once here
 * so both entries accept the same values and word their errors for where they are shown.
 */



const BASE_POLICIES = ['event', 'last-successful'];
function parseBasePolicy(raw) {
    if (raw === '')
        return 'event';
    if (BASE_POLICIES.includes(raw))
        return raw;
    throw new errors/* SettingError */.L_('base-policy', (label) => `The ${label} must be "event" or "last-successful", got ${JSON.stringify(raw)}.`);
}
function parseMaxFetchRounds(raw) {
    if (raw === '')
        return base/* DEFAULT_MAX_FETCH_ROUNDS */.m;
    const rounds = Number(raw);
    if (!/^\d+$/.test(raw) || rounds > 30) {
        throw new errors/* SettingError */.L_('max-fetch-rounds', (label) => `The ${label} must be a whole number from 0 to 30, got ${JSON.stringify(raw)}.`);
    }
    return rounds;
}
/** Seconds to wait for another deployer's lease: a whole number up to a day (empty: 0). */
function parseLeaseWait(raw) {
    if (raw === undefined || raw === '')
        return 0;
    const seconds = Number(raw);
    if (!/^\d+$/.test(raw) || seconds > 86_400) {
        throw new SettingError('lease-wait', (label) => `The ${label} must be a whole number of seconds from 0 to 86400, got ${JSON.stringify(raw)}.`);
    }
    return seconds;
}
/**
 * Secret values handed over as one JSON object of name → string (a reusable workflow cannot
 * forward secrets by arbitrary names). Errors never echo the text: it is a secret.
 */
function parseSecretMap(setting, raw) {
    if (raw.trim() === '')
        return {};
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch {
        value = undefined;
    }
    const entries = value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value)
        : undefined;
    if (!entries || entries.some(([, v]) => typeof v !== 'string')) {
        throw new SettingError(setting, (label) => `The ${label} must be a JSON object of secret names to string values, e.g. ` +
            '`{"DB_PASSWORD": "…"}` (its text is not shown: it holds secrets).');
    }
    return Object.fromEntries(entries);
}
/** A list written as JSON, or names separated by commas, spaces or lines. */
function parseList(setting, raw) {
    const text = raw.trim();
    if (!text.startsWith('['))
        return text.split(/[\s,]+/).filter(Boolean);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed) || parsed.some((x) => typeof x !== 'string')) {
        throw new errors/* SettingError */.L_(setting, (label) => `The ${label} must be a JSON array of names, or names separated by commas or spaces.`);
    }
    return parsed;
}
/**
 * A version given instead of the computed one: a SemVer 2.0 such as `1.4.0` or
 * `1.4.0-rc.1+abc1234`. It names files (`<service>-<version>.tar.gz`) and store tags, so it is
 * checked here, where it enters, before anything joins it into a path.
 */
function parseVersion(raw) {
    if (raw === undefined || raw === '')
        return undefined;
    if (!isSemVer(raw)) {
        throw new SettingError('version', (label) => `The ${label} must be a SemVer such as 1.4.0 or 1.4.0-rc.1+abc1234 (no path ` +
            `separators), got ${JSON.stringify(raw)}.`);
    }
    return raw;
}

// EXTERNAL MODULE: ./src/platform/runner/commands.ts
var commands = __webpack_require__(1526);
// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __webpack_require__(9089);
;// CONCATENATED MODULE: ./src/platform/runner/inputs.ts
/** Action inputs as the runner hands them (`INPUT_<NAME>`, hyphens kept). */



/** An input, trimmed; '' when unset. A required one that is missing is a SettingError. */
function getInput(name, required = false) {
    const value = (0,context/* inputValue */.UV)(name);
    if (required && !value) {
        throw new errors/* SettingError */.L_(name, (label) => `The ${label} is required: set it in \`with:\`.`);
    }
    return value;
}
function getBooleanInput(name, fallback) {
    const raw = inputValue(name).toLowerCase();
    if (raw === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(raw))
        return true;
    if (['false', 'no', '0', 'off'].includes(raw))
        return false;
    throw new SettingError(name, (label) => `The ${label} must be true or false, got ${JSON.stringify(raw)}.`);
}
/** An input that holds a credential: masked in every later log line before anything else runs. */
function getSecretInput(name) {
    const value = (0,context/* inputValue */.UV)(name);
    if (!value)
        return undefined;
    (0,commands/* issueCommand */.Lb)('add-mask', {}, value);
    return value;
}

// EXTERNAL MODULE: ./src/platform/runner/outputs.ts
var runner_outputs = __webpack_require__(8928);
// EXTERNAL MODULE: ./src/core/manifest/index.ts + 11 modules
var manifest = __webpack_require__(9490);
;// CONCATENATED MODULE: ./src/actions/workspace.ts
/** Where an action finds the manifest: `manifest` inside `working-directory`. */


/** Annotations name the file by its path from the workspace root, where GitHub places them. */
function workspaceManifest(workingDirectory, file) {
    const dir = workingDirectory || '.';
    const name = file || manifest/* DEFAULT_MANIFEST_FILE */.zb;
    return { root: (0,external_node_path_.resolve)(dir), file: name, shownAs: (0,external_node_path_.join)(dir, name) };
}

;// CONCATENATED MODULE: ./src/actions/detect-changed-service/io.ts
/** The detect action's inputs and outputs, listed once here and in its action.yml. */





const DetectInput = {
    manifest: 'manifest',
    workingDirectory: 'working-directory',
    base: 'base',
    head: 'head',
    basePolicy: 'base-policy',
    services: 'services',
    maxFetchRounds: 'max-fetch-rounds',
    detailFile: 'detail-file',
    token: 'token',
};
const DetectOutput = {
    services: 'services',
    matrix: 'matrix',
    matrixChunks: 'matrix-chunks',
    matrixChunkCount: 'matrix-chunk-count',
    anyChanged: 'any-changed',
    base: 'base',
    head: 'head',
    baseReason: 'base-reason',
    detail: 'detail',
};
function getDetectSettings(run) {
    const token = getSecretInput(DetectInput.token);
    return {
        manifest: workspaceManifest(getInput(DetectInput.workingDirectory), getInput(DetectInput.manifest)),
        base: getInput(DetectInput.base) || undefined,
        head: getInput(DetectInput.head) || undefined,
        basePolicy: parseBasePolicy(getInput(DetectInput.basePolicy)),
        services: parseList(DetectInput.services, getInput(DetectInput.services)),
        maxFetchRounds: parseMaxFetchRounds(getInput(DetectInput.maxFetchRounds)),
        // No input: a fresh file in our own directory under RUNNER_TEMP (one per step).
        ...(getInput(DetectInput.detailFile)
            ? { detailFile: (0,external_node_path_.resolve)(getInput(DetectInput.detailFile)) }
            : { detailDir: run.runnerTemp }),
        token,
    };
}
function writeDetectOutputs(outputs) {
    (0,runner_outputs/* setOutputs */.n0)(Object.fromEntries(Object.entries(DetectOutput).map(([key, name]) => [
        name,
        outputs[key],
    ])));
}


/***/ }),

/***/ 4707:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _app_detect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8010);
/* harmony import */ var _core_report_detect_outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4848);
/* harmony import */ var _core_report_detect_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3342);
/* harmony import */ var _platform_runner_outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8928);
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9594);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(687);
/** detect-changed-service's work, loaded by index.ts once the heap is set up. */






await (0,_run_action_js__WEBPACK_IMPORTED_MODULE_4__/* .runAction */ .C)(async (run, logger) => {
    const settings = (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .getDetectSettings */ .pS)(run);
    const { result, detailPath } = await (0,_app_detect_js__WEBPACK_IMPORTED_MODULE_0__/* .detectAffected */ .Q)(settings, run, logger);
    const names = result.affected.services.filter((s) => s.affected).map((s) => s.name);
    logger.info(`Base: ${result.base ?? '(none)'} — ${result.baseReason}`);
    logger.info(`Affected services (${names.length}): ${names.join(', ') || 'none'}`);
    const limit = (0,_core_report_detect_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .matrixLimitNote */ .Dq)(names.length);
    if (limit)
        logger.warning(limit);
    await (0,_platform_runner_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .appendSummary */ .fe)((0,_core_report_detect_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .detectSummary */ .G)(result, detailPath));
    (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .writeDetectOutputs */ .x9)((0,_core_report_detect_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .detectOutputs */ .sn)(result, detailPath ?? '')); // last: nothing overwrites them
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __webpack_require__(9089);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/deploy/mask.ts
/**
 * The forms a secret takes in logs, so a masker (the runner's `setSecret`, or {@link redact})
 * can hide every one. See docs/deploy.md#masking for what is covered and why.
 */
/**
 * Derived forms (lines, encodings) shorter than this are not masked: they carry few bits of the
 * secret, and hiding every `}` or `abc` in a log would make it unreadable. The value itself is
 * always masked, however short.
 */
const MIN_FORM_LENGTH = 4;
/**
 * Every form of one secret value a log might show, longest first:
 * - the value;
 * - for a multi-line value (a key, a certificate), each line with surrounding whitespace
 *   trimmed, because tools print such values line by line (and the runner masks per line);
 * - its JSON string escape (`\n`, `\"`, `\\`), for a value printed inside JSON;
 * - its base64 and base64url, at each of the three byte alignments: a value inside a larger
 *   encoded blob (a base64'd config file, a Kubernetes Secret) starts at any byte offset, and
 *   each offset encodes it differently; only the characters that depend on the value alone are
 *   kept. The whole value's padded encoding is included too, so `echo -n $S | base64` output
 *   disappears entirely.
 *
 * Lines are not base64'd one by one: a line is only encoded alone when someone splits the
 * secret, which a masker cannot anticipate, while the whole value's encodings cover the value
 * embedded in any encoded stream.
 */
function maskForms(value) {
    if (value === '')
        return [];
    const forms = new Set([value]);
    const add = (f) => {
        if (f.length >= MIN_FORM_LENGTH)
            forms.add(f);
    };
    const lines = value.split(/\r?\n|\r/);
    if (lines.length > 1)
        for (const line of lines)
            add(line.trim());
    for (const text of [value, ...(lines.length > 1 ? lines.map((l) => l.trim()) : [])]) {
        const json = JSON.stringify(text).slice(1, -1);
        if (json !== text)
            add(json);
    }
    const bytes = Buffer.from(value, 'utf8');
    add(bytes.toString('base64'));
    add(bytes.toString('base64url'));
    for (const shift of [0, 1, 2]) {
        const stable = alignedBase64(bytes, shift);
        add(stable);
        add(stable.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
/**
 * The base64 characters that depend only on `bytes` when they start `shift` bytes into a
 * 3-byte group: the characters shared with the neighbouring bytes are cut from both ends.
 */
function alignedBase64(bytes, shift) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    // The first characters mix in the `shift` unknown bytes before the value.
    const start = [0, 2, 3][shift];
    // After the last whole group, a 1-byte tail fixes 1 more character, a 2-byte tail 2.
    const total = shift + bytes.length;
    const end = 4 * Math.floor(total / 3) + (total % 3);
    return end > start ? encoded.slice(start, end) : '';
}
/**
 * `text` with every form of every secret replaced by `***`. Occurrences are found first and
 * the covered characters then replaced run by run, so overlapping forms (a line inside the
 * value, two secrets sharing characters) never leave a fragment uncovered.
 */
function redact(text, secretValues) {
    const forms = new Set(secretValues.flatMap(maskForms));
    if (forms.size === 0 || text === '')
        return text;
    const covered = new Uint8Array(text.length);
    let any = false;
    for (const form of forms) {
        for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
            covered.fill(1, i, i + form.length);
            any = true;
        }
    }
    if (!any)
        return text;
    let out = '';
    for (let i = 0; i < text.length;) {
        if (covered[i] === 0) {
            const j = covered.indexOf(1, i);
            const end = j === -1 ? text.length : j;
            out += text.slice(i, end);
            i = end;
        }
        else {
            const j = covered.indexOf(0, i);
            out += '***';
            i = j === -1 ? text.length : j;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/platform/runner/commands.ts
var commands = __webpack_require__(1526);
;// CONCATENATED MODULE: ./src/platform/runner/logger.ts
/** The runner-backed Logger: log lines, annotations and collapsible groups. */




/**
 * Text that may carry untrusted data (file or branch names) is fenced with `stop-commands`
 * so a line such as `::add-mask::…` or `::set-env` inside it is printed, never executed.
 */
function writeUntrusted(text) {
    if (!text.includes('::')) {
        (0,commands/* writeLine */._r)(text);
        return;
    }
    const token = (0,external_node_crypto_.randomUUID)();
    (0,commands/* writeLine */._r)(`::stop-commands::${token}`);
    (0,commands/* writeLine */._r)(text);
    (0,commands/* writeLine */._r)(`::${token}::`);
}
/**
 * Untrusted output written as it comes (chunks that may split lines, or a `::` between two
 * chunks), inside ONE `stop-commands` fence with a fresh random token: the runner takes nothing
 * in it as a command, whether `::…::` or `##[…]`, until we write the token back.
 */
async function fenced(fn) {
    const token = (0,external_node_crypto_.randomUUID)();
    let partial = '';
    (0,commands/* writeLine */._r)(`::stop-commands::${token}`);
    try {
        return await fn((chunk) => {
            const lines = (partial + chunk).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines)
                (0,commands/* writeLine */._r)(line);
        });
    }
    finally {
        if (partial)
            (0,commands/* writeLine */._r)(partial);
        (0,commands/* writeLine */._r)(`::${token}::`);
    }
}
/** The annotation's place as the runner reads it (`file`, `line`, `col`); none without a file. */
function annotation(where) {
    if (!where?.file)
        return {};
    return { file: where.file, line: where.line, col: where.col };
}
/** The runner-backed Logger: annotations become GitHub error/warning annotations on the file. */
const actionsLogger = {
    debug: (message) => {
        if ((0,context/* runnerDebug */.EC)())
            writeUntrusted(message);
    },
    info: (message) => writeUntrusted(message),
    // Annotation text is escaped (newlines, %), so data can't break out of the command.
    warning: (message, where) => (0,commands/* issueCommand */.Lb)('warning', annotation(where), message),
    error: (message, where) => (0,commands/* issueCommand */.Lb)('error', annotation(where), message),
    untrusted: fenced,
    // The value, each line, its JSON and base64 forms: one `add-mask` each (escaped).
    mask: (value) => {
        for (const form of maskForms(value))
            (0,commands/* issueCommand */.Lb)('add-mask', {}, form);
    },
    group: async (title, fn) => {
        (0,commands/* issueCommand */.Lb)('group', {}, title.replace(/[\r\n]+/g, ' '));
        try {
            return await fn();
        }
        finally {
            (0,commands/* issueCommand */.Lb)('endgroup');
        }
    },
};

// EXTERNAL MODULE: ./src/platform/runner/outputs.ts
var outputs = __webpack_require__(8928);
;// CONCATENATED MODULE: ./src/actions/run-action.ts
/**
 * The one wrapper every action entry runs in: it reads the run context, and maps any failure
 * once — annotations, step summary, the message worded for Actions, and the exit code.
 */




async function runAction(main) {
    try {
        await main((0,context/* runContext */.pO)(), actionsLogger);
    }
    catch (e) {
        const failure = (0,errors/* asMsdeployError */.UL)(e);
        for (const a of failure.annotations) {
            actionsLogger.error(a.message, { file: a.file, line: a.line, col: a.col });
        }
        if (failure.summary)
            await (0,outputs/* appendSummary */.fe)(failure.summary).catch(() => undefined);
        (0,outputs/* setFailed */.C1)(failure.messageFor('action'));
        process.exitCode = failure.exitCode;
    }
}


/***/ }),

/***/ 8010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ detectAffected)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/manifest/suggest.ts
var suggest = __webpack_require__(7211);
;// CONCATENATED MODULE: ./src/core/manifest/lookup.ts

class UnknownServiceError extends Error {
}
function serviceByName(manifest, name) {
    const service = manifest.services.find((s) => s.name === name);
    if (service)
        return service;
    const names = manifest.services.map((s) => s.name);
    const near = (0,suggest/* closest */.kp)(name, names);
    throw new UnknownServiceError(`No service "${name}" in ${manifest.file}${near ? ` — did you mean "${near}"?` : ''}. Services: ${names.join(', ')}.`);
}
/** An environment by the name a user typed, refused (with a suggestion) before anything is touched. */
function environmentByName(manifest, name) {
    const env = manifest.environments.find((e) => e.name === name);
    if (env)
        return env;
    const names = manifest.environments.map((e) => e.name);
    const near = closest(name, names);
    throw new UnknownServiceError(names.length === 0
        ? `No environment "${name}": ${manifest.file} declares no \`environments\` (see docs/deploy.md).`
        : `No environment "${name}" in ${manifest.file}${near ? ` — did you mean "${near}"?` : ''}. Environments: ${names.join(', ')}.`);
}
/** Where `service` is placed in `env`, refused when the environment does not deploy it. */
function placementOf(env, service) {
    const p = env.services.find((x) => x.service === service);
    if (p)
        return p;
    throw new UnknownServiceError(`Environment "${env.name}" does not deploy ${service}: it places ${env.services.map((x) => x.service).join(', ')}. Add ${service} under \`environments.${env.name}.services\`.`);
}

// EXTERNAL MODULE: ./src/core/changes/affected.ts
var affected = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/core/changes/base.ts
var base = __webpack_require__(6128);
;// CONCATENATED MODULE: ./src/core/changes/detect.ts
/** detect-changed-service, end to end over the ports: base → change set → affected services. */



async function detect(req, ports) {
    const load = typeof req.manifest === 'function' ? req.manifest : () => req.manifest;
    if (req.services && req.services.length > 0) {
        const manifest = load();
        for (const name of req.services)
            serviceByName(manifest, name); // a typo is an error, not "nothing"
        const head = (await ports.git.resolveCommit(req.base.head ?? req.base.event.sha)) ?? req.base.event.sha;
        const reason = `services input: ${req.services.join(', ')}`;
        return {
            head,
            baseReason: reason,
            affected: (0,affected/* allAffected */.Wu)(manifest, 'requested', 'requested by the services input', new Set(req.services)),
        };
    }
    let decision;
    try {
        decision = await (0,base/* resolveBase */.gU)(req.base, ports);
    }
    catch (e) {
        load(); // an invalid manifest is the error to report first
        throw e;
    }
    if (decision.kind === 'all') {
        if (decision.warning)
            ports.logger.warning(decision.warning);
        return {
            head: decision.head,
            baseReason: decision.reason,
            warning: decision.warning,
            affected: (0,affected/* allAffected */.Wu)(load(), 'all', decision.reason),
        };
    }
    const diff = ports.git.diff(decision.base, decision.head); // git runs from here on
    let manifest;
    try {
        manifest = load();
    }
    catch (e) {
        diff.catch(() => undefined); // the manifest's error wins; the diff's is moot
        throw e;
    }
    return {
        base: decision.base,
        head: decision.head,
        baseReason: decision.reason,
        affected: (0,affected/* computeAffected */.Ac)(manifest, await diff),
    };
}

;// CONCATENATED MODULE: ./src/core/changes/local-base.ts

const DEFAULT_BRANCHES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];
const FIRST_DEEPEN = 50;
async function localDefaultBase(git, head, opts = {}) {
    const headSha = await git.resolveCommit(head);
    if (!headSha)
        return undefined;
    let found = await lookup(git, head, headSha);
    if (found || !(await git.isShallow()))
        return found;
    const max = opts.maxFetchRounds ?? base/* DEFAULT_MAX_FETCH_ROUNDS */.m;
    let depth = FIRST_DEEPEN;
    let fetched = 0;
    for (let round = 1; round <= max && (await git.isShallow()); round++) {
        opts.logger?.info(`Shallow clone: fetching ${depth} more commits of history to find the base (round ${round} of at most ${max}).`);
        if (!(await git.deepen(depth, [])))
            break;
        fetched += depth;
        found = await lookup(git, head, headSha);
        if (found)
            return found;
        depth *= 2;
    }
    if (!(await git.isShallow()))
        return undefined; // the whole history: a root commit has no base
    return {
        warning: `Shallow clone: could not find where ${head} left the default branch, nor the commit before ` +
            `it, after fetching ${fetched} more commits of history: treating every service as affected. ` +
            'Fetch the history (git fetch --unshallow) or pass --base.',
    };
}
async function lookup(git, head, headSha) {
    for (const branch of DEFAULT_BRANCHES) {
        const tip = await git.resolveCommit(branch);
        if (!tip)
            continue;
        const mb = await git.mergeBase(tip, headSha);
        if (mb && mb !== headSha)
            return { base: mb, reason: `where ${head} left ${branch}` };
        if (mb === headSha)
            break; // HEAD is on the default branch: compare with its parent
    }
    const parent = await git.resolveCommit(`${headSha}^`);
    return parent ? { base: parent, reason: `the commit before ${head}` } : undefined;
}

// EXTERNAL MODULE: ./src/core/report/detect-outputs.ts
var detect_outputs = __webpack_require__(4848);
;// CONCATENATED MODULE: ./src/core/changes/change-set.ts
class ChangeSetParseError extends Error {
    offset;
    constructor(message, offset) {
        super(`Cannot parse git diff --name-status -z output at byte ${offset}: ${message}`);
        this.offset = offset;
        this.name = 'ChangeSetParseError';
    }
}
const NUL = 0;
/** Renames and copies carry two paths (old, new); every other status one. */
const TWO_PATHS = new Set(['R', 'C']);
const SCORED = new Set(['R', 'C', 'M']);
/**
 * Parse the whole output in one pass. The buffer is decoded once and split on NUL: a NUL byte
 * is never part of a UTF-8 sequence, so the split is exact, and it is several times faster than
 * decoding 200,000 slices. Byte offsets (for errors) are recomputed only when something is wrong.
 */
function parseNameStatusZ(out) {
    const fields = out.toString('utf8').split('\0');
    // Every field ends with NUL, so a well-formed output leaves one empty string at the end.
    const last = fields.length - 1;
    if (fields[last] !== '') {
        throw new ChangeSetParseError('truncated record: the last field has no terminating NUL (was the output cut short?)', byteOffsetOfField(out, last));
    }
    const files = [];
    let i = 0;
    while (i < last) {
        const status = parseStatus(fields[i], out, i);
        const paths = TWO_PATHS.has(status) ? 2 : 1;
        if (i + paths >= last) {
            throw new ChangeSetParseError(`truncated record: the ${status} record has ${last - i - 1} of its ${paths} path(s)`, byteOffsetOfField(out, last));
        }
        const first = pathField(fields, i + 1, out);
        if (paths === 2) {
            files.push({ status, path: pathField(fields, i + 2, out), oldPath: first });
        }
        else {
            files.push({ status, path: first });
        }
        i += 1 + paths;
    }
    return files;
}
/** Byte offset where field number `index` starts (after `index` NULs); only used for errors. */
function byteOffsetOfField(out, index) {
    let pos = 0;
    for (let n = 0; n < index; n++)
        pos = out.indexOf(NUL, pos) + 1;
    return pos;
}
const STATUS = /^([AMDTRC])(\d*)$/;
/** A status is one letter, optionally followed by a similarity score (`R100`, `C075`). */
function parseStatus(field, out, index) {
    const m = STATUS.exec(field);
    // A score only belongs on renames and copies (and on M when git is run with -B).
    if (!m || (m[2] !== '' && !SCORED.has(m[1]))) {
        const offset = byteOffsetOfField(out, index);
        if (field === '')
            throw new ChangeSetParseError('empty status field', offset);
        throw new ChangeSetParseError(`unexpected status ${JSON.stringify(field.slice(0, 16))}: expected one of A, M, D, T, ` +
            'R<score>, C<score>' +
            (field[0] === 'U' ? ' (U means an unmerged path: diff two commits, not the index)' : ''), offset);
    }
    return m[1];
}
function pathField(fields, index, out) {
    const path = fields[index];
    if (path === '')
        throw new ChangeSetParseError('empty path', byteOffsetOfField(out, index));
    return path;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __webpack_require__(9089);
;// CONCATENATED MODULE: ./src/platform/process.ts
/**
 * The one way msdeploy starts another program (git, bash, dpkg-deb; later ssh): argv arrays,
 * never a shell, each child in its own process group so a timeout or our own exit takes down
 * everything it started. Output is streamed to the caller and a bounded tail is kept for
 * messages; stdout can also be collected whole when it is the result (git's -z lists).
 */




/** The program could not be started at all (missing, not executable). */
class ProgramNotFoundError extends Error {
}
/** The directory a program was to run in is missing or not a directory. */
class WorkingDirectoryError extends Error {
}
/** Why `cwd` cannot be a working directory, or undefined when it can. */
async function workingDirectoryProblem(cwd) {
    try {
        const s = await (0,promises_.stat)(cwd);
        return s.isDirectory() ? undefined : `its working directory ${cwd} is not a directory`;
    }
    catch {
        return `its working directory ${cwd} does not exist`;
    }
}
const SIGNAL_CODES = {
    SIGHUP: 1,
    SIGINT: 2,
    SIGKILL: 9,
    SIGTERM: 15,
};
const live = new Set();
let exitHookInstalled = false;
/** Our own exit (normal or by error) takes down every process group still running. */
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        for (const pid of live)
            killGroup(pid, 'SIGKILL');
    });
}
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // already gone
    }
}
function runProcess(program, args, opts) {
    installExitHook();
    const tailLines = opts.tailLines ?? 30;
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(program, args, {
                cwd: opts.cwd,
                env: opts.env ?? { ...(0,context/* parentEnvironment */._Z)(), ...opts.extraEnv },
                stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                shell: false,
                detached: true, // its own process group: killable as a whole
                windowsHide: true,
            });
        }
        catch (e) {
            // Some failures (ENOTDIR for a cwd that is a file) are thrown rather than emitted.
            startFailure(program, opts, e).then(reject, reject);
            return;
        }
        const stdout = [];
        let tail = [];
        let partial = '';
        let timedOut = false;
        const keep = (text) => {
            opts.onOutput?.(text);
            const lines = (partial + text).split('\n');
            partial = lines.pop() ?? '';
            if (lines.length)
                tail = tail.concat(lines).slice(-tailLines);
        };
        if (opts.collectStdout)
            child.stdout.on('data', (c) => stdout.push(c));
        else
            child.stdout.on('data', (c) => keep(c.toString('utf8')));
        child.stderr.on('data', (c) => keep(c.toString('utf8')));
        const timer = opts.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                if (child.pid)
                    killGroup(child.pid, 'SIGKILL');
            }, opts.timeoutMs);
        if (child.pid)
            live.add(child.pid);
        if (child.stdin && opts.input !== undefined) {
            // A child that exits without reading all of it (an error) makes the write fail with EPIPE:
            // its exit code and stderr are the news, not the broken pipe.
            child.stdin.on('error', () => { });
            if (typeof opts.input === 'string' || Buffer.isBuffer(opts.input)) {
                child.stdin.end(opts.input);
            }
            else {
                // Same for a stream: the child's exit is the news; a read error ends stdin early, which
                // the child sees as a short payload.
                const source = opts.input;
                source.on('error', () => child.stdin?.end());
                child.stdin.on('error', () => source.destroy());
                source.pipe(child.stdin);
            }
        }
        let exit;
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            // Anything the program left behind still holds our pipes: end it, or 'close' never comes.
            if (opts.reapGroup && child.pid)
                killGroup(child.pid, 'SIGKILL');
        });
        let failedToStart = false;
        child.on('error', (e) => {
            failedToStart = true; // 'close' follows; the rejection (after a stat) is the result
            clearTimeout(timer);
            if (child.pid)
                live.delete(child.pid);
            startFailure(program, opts, e).then(reject, reject);
        });
        child.on('close', (code, signal) => {
            if (failedToStart)
                return;
            clearTimeout(timer);
            if (child.pid)
                live.delete(child.pid);
            if (partial)
                tail = tail.concat(partial).slice(-tailLines);
            const sig = exit?.signal ?? signal ?? undefined;
            const exitCode = exit?.code ?? code ?? (sig ? 128 + (SIGNAL_CODES[sig] ?? 15) : 1);
            resolve({ exitCode, signal: sig, timedOut, stdout: Buffer.concat(stdout), tail });
        });
    });
}
/**
 * The error for a program that did not start. spawn says ENOENT both for a missing program and
 * a missing working directory (and ENOTDIR for a cwd that is a file): look at the directory to
 * blame the right one.
 */
async function startFailure(program, opts, e) {
    const problem = e.code === 'ENOENT' || e.code === 'ENOTDIR'
        ? await workingDirectoryProblem(opts.cwd)
        : undefined;
    if (problem)
        return new WorkingDirectoryError(`Cannot run ${program}: ${problem}.`, { cause: e });
    if (e.code === 'ENOENT') {
        const hint = opts.installHint ?? program;
        return new ProgramNotFoundError(`${program} was not found (needed in ${opts.cwd}): install ${hint} or put it on PATH` +
            (opts.installHint ? ` (e.g. apt-get install ${opts.installHint}).` : '.'));
    }
    return new Error(`Cannot start ${program} in ${opts.cwd}: ${e.message}`, { cause: e });
}
/** This machine's deploying process, `<host>:<pid>`: a lease holder outside Actions. */
function thisProcessHolder() {
    return `${hostname()}:${process.pid}`;
}
/**
 * Whether a lease holder `<host>:<pid>` is a process of this machine that is gone. A holder on
 * another machine is never judged gone from here (its lease runs until it expires).
 */
function holderIsGone(holder) {
    const at = holder.lastIndexOf(':');
    const pid = Number(holder.slice(at + 1));
    if (at < 0 || holder.slice(0, at) !== hostname() || !Number.isSafeInteger(pid) || pid <= 0) {
        return false;
    }
    if (pid === process.pid)
        return false;
    try {
        process.kill(pid, 0); // signal 0: is it there? (EPERM: there, someone else's)
        return false;
    }
    catch (e) {
        return e.code === 'ESRCH';
    }
}

;// CONCATENATED MODULE: ./src/platform/git.ts
/**
 * The one place msdeploy runs git. Every call is `spawn(git, argv)` — never a shell — so file
 * names, branch names and shas from events can't be interpreted as commands. Revisions are
 * placed after `--end-of-options` so a value beginning with `-` is never read as an option.
 * No git config is ever written: anything we need is passed with `-c` for that one call.
 */


/** A git command failed: the message names the command, its exit code and what git said. */
class GitCommandError extends Error {
    argv;
    exitCode;
    stderr;
    cwd;
    constructor(argv, exitCode, stderr, cwd) {
        const said = stderr.trim() ? `:\n${stderr.trim()}` : ' (git printed nothing on stderr)';
        super(`\`${displayArgv(argv)}\` in ${cwd} failed with exit code ${exitCode ?? 'none (killed)'}${said}`);
        this.argv = argv;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.cwd = cwd;
        this.name = 'GitCommandError';
    }
}
const STDERR_TAIL_LINES = 40;
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Characters a ref name may hold (no revision syntax such as `~`, `^`, `:`, `@{`). */
// eslint-disable-next-line no-control-regex
const VALID_REF_CHARS = /^(?!.*@\{)(?!.*\.\.)[^\s~^:?*[\\\x00-\x1f\x7f]+$/;
class CliGit {
    cwd;
    gitPath;
    logger;
    prefix;
    constructor(cwd, opts = {}) {
        this.cwd = cwd;
        this.gitPath = opts.gitPath ?? 'git';
        this.logger = opts.logger;
        this.prefix = opts.trustDirectory ? ['-c', `safe.directory=${cwd}`] : [];
    }
    async resolveCommit(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], [1, 128]);
        if (r.code !== 0)
            return undefined;
        const sha = r.stdout.toString('latin1').trim();
        return FULL_SHA.test(sha) ? sha : undefined;
    }
    async isBranch(rev) {
        if (rev === '' || rev.startsWith('-') || !VALID_REF_CHARS.test(rev))
            return false;
        const exists = async (ref) => (await this.resolveCommit(ref)) !== undefined;
        if (rev.startsWith('refs/')) {
            return (rev.startsWith('refs/heads/') || rev.startsWith('refs/remotes/')) && exists(rev);
        }
        // git's own order (gitrevisions(7)): refs/<name>, refs/tags/, refs/heads/, refs/remotes/…
        if (await exists(`refs/${rev}`))
            return /^(heads|remotes)\//.test(rev);
        if (await exists(`refs/tags/${rev}`))
            return false;
        return ((await exists(`refs/heads/${rev}`)) ||
            (await exists(`refs/remotes/${rev}`)) ||
            exists(`refs/remotes/${rev}/HEAD`));
    }
    async isAncestor(ancestor, descendant) {
        const r = await this.run(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], [1]);
        return r.code === 0;
    }
    async mergeBase(a, b) {
        // Exit 1 with no output: the two commits share no (locally known) history.
        const r = await this.run(['merge-base', '--end-of-options', a, b], [1]);
        if (r.code !== 0)
            return undefined;
        return r.stdout.toString('latin1').trim() || undefined;
    }
    async isShallow() {
        const r = await this.run(['rev-parse', '--is-shallow-repository']);
        return r.stdout.toString('latin1').trim() === 'true';
    }
    async deepen(by, refs) {
        if (!Number.isInteger(by) || by < 1) {
            throw new RangeError(`deepen: depth must be a positive integer, got ${by}`);
        }
        return this.tryFetch([`--deepen=${by}`], refs);
    }
    async fetch(refs, depth) {
        if (depth !== undefined && (!Number.isInteger(depth) || depth < 1)) {
            throw new RangeError(`fetch: depth must be a positive integer, got ${depth}`);
        }
        return this.tryFetch(depth === undefined ? [] : [`--depth=${depth}`], refs);
    }
    async diff(base, head) {
        const r = await this.run([
            'diff',
            '-z',
            '--name-status',
            '-M',
            '--no-color',
            '--no-ext-diff',
            '--no-textconv',
            '--no-relative',
            '--end-of-options',
            base,
            head,
            '--',
        ]);
        return parseNameStatusZ(r.stdout);
    }
    async previousTag(rev) {
        const parent = await this.resolveCommit(`${rev}^`);
        if (!parent)
            return undefined; // a root commit has no earlier release
        const args = ['describe', '--tags', '--abbrev=0', '--end-of-options', parent];
        const r = await this.run(args, [128]);
        if (r.code !== 0) {
            // "No names found, cannot describe anything." / "No tags can describe '<sha>'."
            if (/cannot describe/i.test(r.stderr))
                return undefined;
            throw new GitCommandError(this.argv(args), r.code, r.stderr, this.cwd);
        }
        const tag = r.stdout.toString('utf8').trim();
        return this.resolveCommit(`refs/tags/${tag}`);
    }
    async commitTime(rev) {
        const r = await this.run(['show', '-s', '--format=%ct', '--end-of-options', rev]);
        return Number(r.stdout.toString('utf8').trim());
    }
    async dirtyFiles() {
        const r = await this.run(['status', '--porcelain=v1', '-z', '--untracked-files=no']);
        const fields = r.stdout.toString('utf8').split('\0');
        const files = [];
        for (let i = 0; i < fields.length; i++) {
            const entry = fields[i];
            if (entry.length < 4)
                continue;
            files.push(entry.slice(3));
            // A rename or copy is followed by its source path: skip it.
            if (entry[0] === 'R' || entry[0] === 'C')
                i++;
        }
        return files;
    }
    async countCommits(rev) {
        const r = await this.run(['rev-list', '--count', '--end-of-options', rev]);
        return Number(r.stdout.toString('utf8').trim());
    }
    async symbolicRef(name) {
        const r = await this.run(['symbolic-ref', '-q', '--end-of-options', name], [1, 128]);
        if (r.code !== 0)
            return undefined;
        return r.stdout.toString('utf8').trim() || undefined;
    }
    async tagsAt(rev) {
        const sha = await this.resolveCommit(rev);
        if (!sha)
            return [];
        const r = await this.run(['tag', '--list', '--sort=refname', '--points-at', sha]);
        return r.stdout
            .toString('utf8')
            .split('\n')
            .filter((t) => t !== '');
    }
    async listFiles(head) {
        const r = await this.run([
            'ls-tree',
            '-r',
            '-z',
            '--name-only',
            '--full-tree',
            '--end-of-options',
            head,
        ]);
        return splitZ(r.stdout);
    }
    /** Fetching is allowed to fail (no origin, sha not served): the caller decides what that means. */
    async tryFetch(options, refs) {
        const args = [
            'fetch',
            '--no-tags',
            '--no-recurse-submodules',
            '--no-write-fetch-head',
            ...options,
            'origin',
            ...(refs.length ? ['--end-of-options', ...refs] : []),
        ];
        try {
            await this.run(args);
            return true;
        }
        catch (e) {
            if (!(e instanceof GitCommandError))
                throw e;
            this.logger?.warning(e.message);
            return false;
        }
    }
    /**
     * Run git and collect stdout as Buffer chunks (joined once at the end: a diff of 100k files
     * is tens of MB). Exit codes in `okCodes` are returned to the caller; any other throws.
     * `input` is written to git's stdin; `env` is added to its environment and never logged
     * (it is where a credential goes, unlike `-c`, which shows in messages and `ps`).
     */
    async run(args, okCodes = [], opts = {}) {
        const argv = this.argv(args);
        this.logger?.debug(`$ ${displayArgv(argv)}`);
        const r = await runProcess(this.gitPath, argv.slice(1), {
            cwd: this.cwd,
            extraEnv: { ...opts.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
            installHint: 'git',
            collectStdout: true,
            tailLines: STDERR_TAIL_LINES,
            input: opts.input,
        });
        const stderr = r.tail.join('\n');
        if (r.exitCode === 0 || (!r.signal && okCodes.includes(r.exitCode))) {
            return { code: r.exitCode, stdout: r.stdout, stderr };
        }
        throw new GitCommandError(argv, r.signal ? null : r.exitCode, stderr, this.cwd);
    }
    argv(args) {
        return [this.gitPath, ...this.prefix, ...args];
    }
}
function splitZ(buf) {
    const items = [];
    let pos = 0;
    while (pos < buf.length) {
        let end = buf.indexOf(0, pos);
        if (end < 0)
            end = buf.length;
        items.push(buf.toString('utf8', pos, end));
        pos = end + 1;
    }
    return items;
}
/** Quote an argv for display only (it is never run through a shell). */
function displayArgv(argv) {
    return argv.map(displayArg).join(' ');
}
const ESCAPES = {
    '\n': '\\n',
    '\t': '\\t',
    '\r': '\\r',
    '\\': '\\\\',
    "'": "\\'",
};
function displayArg(arg) {
    if (/^[\w@%+=:,./^{}~-]+$/.test(arg))
        return arg;
    // eslint-disable-next-line no-control-regex
    if (!/[\u0000-\u001f\u007f]/.test(arg))
        return `'${arg.replace(/'/g, `'\\''`)}'`;
    // Control characters (a newline in a file name) would forge log lines: show them escaped,
    // in bash's $'…' notation.
    // eslint-disable-next-line no-control-regex
    const escaped = arg.replace(/[\u0000-\u001f\u007f\\']/g, (c) => {
        return ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    });
    return `$'${escaped}'`;
}

;// CONCATENATED MODULE: ./src/platform/github.ts
const DEFAULTS = {
    apiUrl: 'https://api.github.com',
    timeoutMs: 30_000,
    retries: 3,
    rateLimitRetries: 2,
    maxRateLimitWaitSeconds: 120,
    delayUnitMs: 1000,
};
/** Runs are listed newest first; the first page nearly always holds the answer. */
const RUNS_PER_PAGE = 20;
/** Lists read whole (deployments, their statuses): as few pages as GitHub allows. */
const FULL_PAGE = 100;
const MAX_REDIRECTS = 5;
/** The most artifacts of one name listArtifacts reads: one per run that uploaded it, newest first. */
const MAX_ARTIFACTS = 1000;
/** A failure explained for whoever reads the job log: what failed and what to do about it. */
class GitHubApiError extends Error {
    status;
    name = 'GitHubApiError';
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
function createGitHubApi(settings) {
    const s = {
        repository: settings.repository,
        apiUrl: settings.apiUrl ?? DEFAULTS.apiUrl,
        logger: settings.logger,
        timeoutMs: settings.timeoutMs ?? DEFAULTS.timeoutMs,
        retries: settings.retries ?? DEFAULTS.retries,
        rateLimitRetries: settings.rateLimitRetries ?? DEFAULTS.rateLimitRetries,
        maxRateLimitWaitSeconds: settings.maxRateLimitWaitSeconds ?? DEFAULTS.maxRateLimitWaitSeconds,
        delayUnitMs: settings.delayUnitMs ?? DEFAULTS.delayUnitMs,
    };
    let connection;
    const connect = () => (connection ??= github_open(settings.token, s));
    return {
        async lastSuccessfulRunHead({ workflowId, branch, excludeRunId }) {
            const { gh, owner, repo } = await connect();
            const hint = 'Check the workflow name and that the token may read Actions (`actions: read`).';
            return explained(s, 'GET workflow runs', hint, async () => {
                const pages = gh.paginate.iterator(gh.rest.actions.listWorkflowRuns, {
                    owner,
                    repo,
                    workflow_id: workflowId,
                    branch,
                    status: 'success',
                    per_page: RUNS_PER_PAGE,
                });
                for await (const { data } of pages) {
                    // A fork's pull request from its own `main` also matches `branch=main`; its head is
                    // not a commit of this repository.
                    const run = data.find((r) => r.id !== excludeRunId && r.head_repository?.id === r.repository.id);
                    if (run)
                        return run.head_sha; // stop paging
                }
                return undefined;
            });
        },
        async commitAuthorLogin(sha) {
            const { gh, owner, repo } = await connect();
            const hint = 'Check that the commit exists in the repository and the token may read it (`contents: read`).';
            return explained(s, `GET commit ${sha}`, hint, async () => {
                // The answer lists the commit's files too; one per page keeps a large commit's answer small.
                const { data } = await gh.rest.repos.getCommit({ owner, repo, ref: sha, per_page: 1 });
                // `author` is null when the commit's e-mail belongs to no GitHub account.
                return data.author?.login ?? undefined;
            });
        },
        async accountType(login) {
            const { gh } = await connect();
            return explained(s, `GET user ${login}`, 'Check the login.', async () => {
                try {
                    const { data } = await gh.rest.users.getByUsername({ username: login });
                    return data.type;
                }
                catch (err) {
                    if (statusOf(err) === 404)
                        return undefined; // no such account (renamed or deleted)
                    throw err;
                }
            });
        },
        async isTeamMember(org, team, login) {
            const { gh } = await connect();
            const hint = "Reading a team needs a token of the organization with `members: read` (a GitHub App installation token); the job's GITHUB_TOKEN cannot.";
            return explained(s, `GET team ${org}/${team} membership`, hint, async () => {
                try {
                    const { data } = await gh.rest.teams.getMembershipForUserInOrg({
                        org,
                        team_slug: team,
                        username: login,
                    });
                    return data.state === 'active'; // `pending`: invited, not yet a member
                }
                catch (err) {
                    // 404 is "not a member" — and also a team the token may not see; either way the answer
                    // refuses, which is the safe side. A 403 says the token cannot read the team at all:
                    // unknown, so the caller refuses too, with a better reason. A rate limit is no answer.
                    if (statusOf(err) === 404)
                        return false;
                    if (statusOf(err) === 403 && !isRateLimit(err)) {
                        s.logger?.debug(`GitHub API: the token cannot read team ${org}/${team} (403 ${err.message}). ${hint}`);
                        return undefined;
                    }
                    throw err;
                }
            });
        },
        async listDeployments({ environment, sha }) {
            const { gh, owner, repo } = await connect();
            return explained(s, 'GET deployments', DEPLOYMENTS_HINT, async () => {
                const list = await gh.paginate(gh.rest.repos.listDeployments, {
                    owner,
                    repo,
                    environment,
                    ...(sha !== undefined && { sha }),
                    per_page: FULL_PAGE,
                });
                return list.map(deploymentInfo); // GitHub lists them newest first
            });
        },
        async createDeployment(args) {
            const { gh, owner, repo } = await connect();
            return explained(s, 'POST deployment', DEPLOYMENTS_HINT, async () => {
                const res = await gh.rest.repos.createDeployment({
                    owner,
                    repo,
                    ref: args.sha,
                    environment: args.environment,
                    description: clip(args.description),
                    payload: args.payload,
                    task: args.task,
                    production_environment: args.productionEnvironment,
                    // A deployment here records what already happened: it must name the commit as is
                    // (never a merge of the default branch into it), and no commit status (pending CI,
                    // another stage's) may veto the record of a decision the ledger already made.
                    auto_merge: false,
                    required_contexts: [],
                });
                // 202 is GitHub's "merged the default branch instead", which auto_merge: false rules out.
                if (res.status !== 201 || !('id' in res.data)) {
                    throw new GitHubApiError(`GitHub API POST /repos/${owner}/${repo}/deployments answered ${res.status} without a deployment (${JSON.stringify(res.data).slice(0, 200)}).`, res.status);
                }
                return deploymentInfo(res.data);
            });
        },
        async listDeploymentStatuses(deploymentId) {
            const { gh, owner, repo } = await connect();
            return explained(s, 'GET deployment statuses', DEPLOYMENTS_HINT, async () => {
                const list = await gh.paginate(gh.rest.repos.listDeploymentStatuses, {
                    owner,
                    repo,
                    deployment_id: deploymentId,
                    per_page: FULL_PAGE,
                });
                return list.map((st) => ({ state: st.state })); // newest first, as GitHub lists them
            });
        },
        async createDeploymentStatus({ deploymentId, state, description, logUrl, environmentUrl, autoInactive, }) {
            const { gh, owner, repo } = await connect();
            await explained(s, 'POST deployment status', DEPLOYMENTS_HINT, async () => {
                await gh.rest.repos.createDeploymentStatus({
                    owner,
                    repo,
                    deployment_id: deploymentId,
                    state,
                    description: clip(description),
                    ...(logUrl !== undefined && { log_url: logUrl }),
                    ...(environmentUrl !== undefined && { environment_url: environmentUrl }),
                    ...(autoInactive !== undefined && { auto_inactive: autoInactive }),
                });
            });
        },
        async latestCommitStatus(sha, context) {
            const { gh, owner, repo } = await connect();
            const hint = 'The token needs `statuses: read`, and the commit must exist in the repository.';
            return explained(s, 'GET commit statuses', hint, async () => {
                // Newest first: stop paging at the first status of this context.
                const pages = gh.paginate.iterator(gh.rest.repos.listCommitStatusesForRef, {
                    owner,
                    repo,
                    ref: sha,
                    per_page: FULL_PAGE,
                });
                for await (const { data } of pages) {
                    const found = data.find((st) => st.context === context);
                    if (found)
                        return { state: found.state, description: found.description ?? null };
                }
                return undefined;
            });
        },
        async createCommitStatus({ sha, state, context, description, targetUrl }) {
            const { gh, owner, repo } = await connect();
            const hint = 'The token needs `statuses: write`, and the commit must exist in the repository.';
            await explained(s, 'POST commit status', hint, async () => {
                await gh.rest.repos.createCommitStatus({
                    owner,
                    repo,
                    sha,
                    state,
                    context,
                    description: clip(description),
                    ...(targetUrl !== undefined && { target_url: targetUrl }),
                });
            });
        },
        async listArtifacts({ name }) {
            const { gh, owner, repo } = await connect();
            const hint = 'Check that the token may read Actions (`actions: read`) on the repository.';
            return explained(s, `GET artifacts named ${name}`, hint, async () => {
                const pages = gh.paginate.iterator(gh.rest.actions.listArtifactsForRepo, {
                    owner,
                    repo,
                    name,
                    per_page: FULL_PAGE,
                });
                const found = [];
                for await (const { data } of pages) {
                    found.push(...data.map(artifactInfo));
                    if (found.length >= MAX_ARTIFACTS)
                        break; // stop paging
                }
                return found.slice(0, MAX_ARTIFACTS);
            });
        },
    };
}
function artifactInfo(a) {
    return {
        id: a.id,
        name: a.name,
        expired: a.expired,
        ...(a.workflow_run?.id !== undefined && { runId: a.workflow_run.id }),
        ...(a.created_at && { createdAt: a.created_at }),
        ...(a.digest && { digest: a.digest }),
    };
}
const DEPLOYMENTS_HINT = 'The token needs `deployments: write` (`permissions:` of the job), and the commit must exist in the repository.';
/** GitHub refuses a description (deployment, status) longer than 140 characters. */
const MAX_DESCRIPTION = 140;
function clip(text) {
    return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
function deploymentInfo(d) {
    return {
        id: d.id,
        sha: d.sha,
        environment: d.environment,
        task: d.task,
        payload: payloadObject(d.payload),
        createdAt: d.created_at,
    };
}
/**
 * GitHub returns a deployment's payload as it was sent: an object, or a string when a client
 * sent JSON text. Anything that is not a JSON object (someone else's free text) reads as `{}`.
 */
function payloadObject(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return {};
        }
    }
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function statusOf(err) {
    return typeof err === 'object' && err !== null ? err.status : undefined;
}
/** A rate-limit refusal (primary or secondary): not an answer about the thing asked. */
function isRateLimit(e) {
    if (e.status !== 403 && e.status !== 429)
        return false;
    return (e.response?.headers?.['x-ratelimit-remaining'] === '0' ||
        /\bsecondary rate\b/i.test(e.message ?? ''));
}
async function github_open(token, s) {
    if (!token) {
        throw new GitHubApiError('The GitHub API needs a token: pass `token: ${{ github.token }}` (it is the default).');
    }
    const [owner, repo, extra] = s.repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new GitHubApiError(`The GitHub API needs the repository as owner/name, got ${JSON.stringify(s.repository)} (on a runner: GITHUB_REPOSITORY).`);
    }
    const api = apiBase(s.apiUrl);
    const [{ getOctokit }, { retry }, { throttling }, { default: bottleneck }] = await Promise.all([
        __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 2270)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        __webpack_require__.e(/* import() */ 203).then(__webpack_require__.t.bind(__webpack_require__, 2203, 23)),
    ]);
    const log = s.logger;
    const gh = getOctokit(token, {
        baseUrl: api.href.replace(/\/$/, ''),
        userAgent: 'msdeploy',
        ...(log && {
            log: {
                debug: (m) => log.debug(m),
                info: (m) => log.debug(m),
                warn: (m) => log.warning(m),
                error: (m) => log.error(m),
            },
        }),
        retry: {
            retries: s.retries,
            retryAfterBaseValue: s.delayUnitMs,
            // Only 5xx and network failures heal by themselves; 403/429 rate limits are the throttle's.
            doNotRetry: Array.from({ length: 100 }, (_, i) => 400 + i),
        },
        throttle: {
            retryAfterBaseValue: s.delayUnitMs,
            write: spacedWrites(bottleneck, s.delayUnitMs),
            onRateLimit: (after, options, _octokit, count) => waitForRateLimit(s, 'rate limit', after, options, count),
            onSecondaryRateLimit: (after, options, _octokit, count) => waitForRateLimit(s, 'secondary rate limit', after, options, count),
        },
    }, 
    // Registered first, so its hook runs inside retry and throttling: once per attempt.
    attemptGuard(api, s), retry, throttling);
    return { gh, owner, repo };
}
/**
 * The throttle's write group, spaced `unitMs` apart: GitHub asks for a second between writes
 * (POST, PATCH…) to stay clear of secondary rate limits. The plugin's own group hard-codes that
 * second, which tests shorten; this one is per client rather than per process.
 */
function spacedWrites(bottleneck, unitMs) {
    return new bottleneck.Group({ maxConcurrent: 1, minTime: unitMs });
}
function apiBase(apiUrl) {
    const url = URL.canParse(apiUrl) ? new URL(apiUrl) : undefined;
    if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
        throw new GitHubApiError(`The GitHub API URL must be an http(s) URL, got ${JSON.stringify(apiUrl)} (on a runner: GITHUB_API_URL).`);
    }
    return url;
}
/** The throttle's verdict: true waits `after` seconds and retries. */
function waitForRateLimit(s, kind, after, options, count) {
    const where = `${options.method} ${options.url}`;
    if (count >= s.rateLimitRetries) {
        s.logger?.warning(`GitHub API ${kind} on ${where}: giving up after ${count} retries.`);
        return false;
    }
    if (after > s.maxRateLimitWaitSeconds) {
        s.logger?.warning(`GitHub API ${kind} on ${where}: it asks for a ${after}s wait, more than the ${s.maxRateLimitWaitSeconds}s allowed; giving up.`);
        return false;
    }
    s.logger?.warning(`GitHub API ${kind} on ${where}: waiting ${after}s before retry ${count + 1} of ${s.rateLimitRetries}.`);
    return true;
}
/** How many attempts the request behind an error took, recorded by the guard. */
const attemptsOf = new WeakMap();
const guardedFetches = new WeakSet();
/**
 * Installs the per-attempt fetch (timeout, API origin only, same-origin redirects) and logs
 * each transient failure that the retry plugin will retry.
 */
function attemptGuard(api, s) {
    return (octokit) => {
        const attempts = new WeakMap(); // retries reuse the same options object
        octokit.hook.wrap('request', async (request, options) => {
            const current = options.request?.fetch;
            if (!current || !guardedFetches.has(current)) {
                // A new object: options.request may be shared with the client's defaults.
                options.request = { ...options.request, fetch: guardFetch(current ?? fetch, api, s) };
            }
            const attempt = (attempts.get(options) ?? 0) + 1;
            attempts.set(options, attempt);
            try {
                return await request(options);
            }
            catch (err) {
                const e = err;
                // Not retryable by construction: re-sending cannot change the destination.
                if (e.cause instanceof GitHubApiError)
                    throw e.cause;
                if (typeof err === 'object' && err !== null)
                    attemptsOf.set(err, attempt);
                if ((e.status ?? 0) >= 500 && attempt <= s.retries) {
                    // A line in the log, not an annotation: it usually heals by itself.
                    s.logger?.info(`GitHub API ${describeRequest(e, options)}: ${reason(e, s)}; retrying (${attempt} of ${s.retries}).`);
                }
                throw err;
            }
        });
    };
}
function guardFetch(inner, api, s) {
    const guarded = async (input, init = {}) => {
        let url = new URL(input instanceof Request ? input.url : String(input));
        let { method = 'GET', body } = init;
        const timeout = AbortSignal.timeout(s.timeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        for (let hop = 0;; hop++) {
            if (url.origin !== api.origin) {
                throw new GitHubApiError(`Refused to send ${method} ${url.origin}${url.pathname}: the GitHub API is ${api.origin} and the token goes nowhere else. ` +
                    'An answer pointed elsewhere (a `link` or `location` header): check the API URL (GITHUB_API_URL).');
            }
            const res = await inner(url, { ...init, method, body, signal, redirect: 'manual' });
            const location = res.headers.get('location');
            if (res.status < 300 || res.status > 399 || !location)
                return res;
            await res.body?.cancel();
            if (hop === MAX_REDIRECTS) {
                throw new GitHubApiError(`${method} ${url.pathname}: more than ${MAX_REDIRECTS} redirects.`);
            }
            url = new URL(location, url);
            if (res.status === 303 || (method === 'POST' && (res.status === 301 || res.status === 302))) {
                method = 'GET';
                body = undefined;
            }
        }
    };
    guardedFetches.add(guarded);
    return guarded;
}
function describeRequest(e, fallback) {
    const method = e.request?.method ?? fallback?.method ?? '';
    const raw = e.request?.url ?? fallback?.url ?? '';
    let path = raw;
    try {
        const u = new URL(raw);
        path = u.pathname + u.search;
    }
    catch {
        // a route template such as /repos/{owner}/{repo}: already a path
    }
    return `${method} ${path}`.trim();
}
function isTimeout(e) {
    // Duck-typed: the DOMException comes from another realm under jest's vm modules.
    return (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError');
}
function reason(e, s) {
    if (isTimeout(e))
        return `timed out after ${s.timeoutMs / 1000}s`;
    if (!e.response)
        return `could not be reached (${causeMessage(e)})`;
    return `answered ${e.status} (${e.message})`;
}
function causeMessage(e) {
    const cause = e.cause;
    const inner = cause?.cause;
    return inner?.message ?? cause?.message ?? e.message ?? 'unknown error';
}
/** Runs one domain call; a failure becomes a GitHubApiError that says what failed and what to do. */
async function explained(s, what, hint, call) {
    try {
        return await call();
    }
    catch (err) {
        throw explain(err, s, what, hint);
    }
}
function explain(err, s, what, hint) {
    if (err instanceof GitHubApiError)
        return err;
    if (typeof err !== 'object' || err === null)
        return new GitHubApiError(String(err));
    const e = err;
    const where = `GitHub API ${describeRequest(e) || what}`;
    const attempts = attemptsOf.get(err) ?? 1;
    const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
    const status = e.status;
    const headers = e.response?.headers ?? {};
    const unreachable = `Check that ${s.apiUrl} is reachable from this machine (proxy, firewall), or re-run the job later.`;
    let message;
    if (isTimeout(e)) {
        message = `${where} timed out after ${s.timeoutMs / 1000}s (${tries}). ${unreachable}`;
    }
    else if (!e.response) {
        message = `${where} could not be reached (${causeMessage(e)}; ${tries}). ${unreachable}`;
    }
    else if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
        const reset = new Date(Number(headers['x-ratelimit-reset']) * 1000);
        const at = Number.isNaN(reset.getTime()) ? 'soon' : `at ${reset.toISOString()}`;
        message =
            `${where}: the API rate limit is used up (${e.message}). It resets ${at}: re-run the job after that, ` +
                'or use a token with a higher limit (a GitHub App installation token).';
    }
    else if ((status === 403 || status === 429) && /\bsecondary rate\b/i.test(e.message ?? '')) {
        message =
            `${where}: GitHub's secondary rate limit still applies after ${tries} (${e.message}). ` +
                'Wait a few minutes and re-run the job; fewer jobs calling the API at the same time help.';
    }
    else if (status !== undefined && status >= 500) {
        message =
            `${where} failed with ${status} after ${tries} (${e.message}). ` +
                'GitHub may be having an incident (https://www.githubstatus.com): re-run the job later.';
    }
    else if (status === 401) {
        message = `${where}: GitHub rejected the token (401 ${e.message}). Pass a valid token; the default is the job's GITHUB_TOKEN.`;
    }
    else {
        message = `${where} failed with ${status} (${e.message}). ${hint}`;
    }
    return new GitHubApiError(message, status, { cause: err });
}

// EXTERNAL MODULE: ./src/platform/heap.ts + 2 modules
var heap = __webpack_require__(8537);
// EXTERNAL MODULE: ./src/core/manifest/index.ts + 11 modules
var core_manifest = __webpack_require__(9490);
;// CONCATENATED MODULE: ./src/core/paths/inside.ts
/** Containment of resolved paths: the one check behind every "must stay inside" rule. */

/** `p` is `root` itself or below it (both absolute and resolved as far as the caller needs). */
function isInside(root, p) {
    const rel = (0,external_node_path_.relative)(root, p);
    return rel === '' || !(rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel));
}
/** `p` is below `root`, not `root` itself. */
function isStrictlyInside(root, p) {
    return relative(root, p) !== '' && isInside(root, p);
}

;// CONCATENATED MODULE: ./src/platform/manifest-file.ts
/** Finds `msdeploy.yml` in a checkout, reads it and validates it. */





/**
 * `path` (relative to `root`) resolved through every symlink, or an error when it leaves the
 * repository. Never quotes the target's content. Undefined when the path does not exist.
 */
async function insideRepository(root, path, what) {
    const realRoot = await (0,promises_.realpath)(root);
    let real;
    try {
        real = await (0,promises_.realpath)((0,external_node_path_.join)(root, path));
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    if (!isInside(realRoot, real)) {
        throw new errors/* ManifestProblem */.Rn(`${what} ${path} leads outside the repository (through a symbolic link): refusing to use it.`);
    }
    return real;
}
async function readManifest(at) {
    return parseManifestText(await readManifestText(at), at);
}
/**
 * The manifest's text: inside the repository, not over the size limit, readable. Apart from
 * {@link parseManifestText} so a caller can start other work (git) before the parse.
 */
async function readManifestText(at) {
    try {
        await insideRepository(at.root, at.file, 'The manifest');
        const path = (0,external_node_path_.join)(at.root, at.file);
        // Measured before it is read: a huge file is refused without reading it into memory.
        const { size } = await (0,promises_.stat)(path);
        if (size > core_manifest/* MAX_MANIFEST_BYTES */.ZJ)
            throw new core_manifest/* ManifestError */.Sh([(0,core_manifest/* manifestTooLarge */.vv)(size, at.shownAs)]);
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e instanceof errors/* ManifestProblem */.Rn)
            throw e;
        const code = e.code;
        throw new errors/* ManifestProblem */.Rn((audience) => code === 'ENOENT'
            ? `No manifest at ${at.shownAs}: create msdeploy.yml at the repository root (see docs/manifest.md), or point the ${(0,errors/* settingLabel */.px)('manifest', audience)} at it.`
            : `Cannot read the manifest ${at.shownAs}: ${e.message}`);
    }
}
/** The manifest in `text`, validated; a {@link ManifestError} listing every issue otherwise. */
function parseManifestText(text, at) {
    const { manifest, issues } = (0,core_manifest/* parseManifest */.Ng)(text, at.file, at.shownAs);
    if (!manifest || issues.length)
        throw new core_manifest/* ManifestError */.Sh(issues);
    return manifest;
}
/**
 * The manifest for a command run in `cwd`: `file` there, else in the nearest parent directory
 * up to the repository root (the first one holding `.git`). An explicit path is taken as given.
 */
async function findManifest(cwd, file) {
    const start = resolve(cwd);
    if (file !== undefined)
        return { root: start, file, shownAs: file };
    for (let dir = start;; dir = dirname(dir)) {
        if (await exists(join(dir, DEFAULT_MANIFEST_FILE))) {
            return {
                root: dir,
                file: DEFAULT_MANIFEST_FILE,
                shownAs: relative(start, join(dir, DEFAULT_MANIFEST_FILE)),
            };
        }
        if ((await exists(join(dir, '.git'))) || dirname(dir) === dir)
            break;
    }
    throw new ManifestProblem(`No ${DEFAULT_MANIFEST_FILE} in ${start} or its parents up to the repository root: create one (see docs/manifest.md) or pass --manifest.`);
}
const exists = (path) => stat(path).then(() => true, () => false);

// EXTERNAL MODULE: ./src/core/paths/glob.ts
var glob = __webpack_require__(1792);
// EXTERNAL MODULE: ./src/core/paths/path-index.ts
var path_index = __webpack_require__(3652);
// EXTERNAL MODULE: ./src/core/manifest/paths.ts
var paths = __webpack_require__(1349);
;// CONCATENATED MODULE: ./src/core/manifest/tracked.ts
/**
 * Paths that match nothing fail open: a service whose `path` is a typo is never affected, and
 * an `include` that matches no file adds nothing. Checked against the files tracked at head.
 *
 * Linear in the tracked files: one set of their directories for the paths, and one PathIndex
 * over every include for one pass over the files (testing each include against every file was
 * O(services × files), seconds at 2,000 services × 50,000 files).
 */




/** Pure: the manifest's paths checked against `files`, the repo-relative files tracked at head. */
function checkTrackedPaths(manifest, files, opts = {}) {
    const file = opts.shownAs ?? manifest.file;
    const errors = [];
    const only = opts.only && new Set(opts.only);
    const components = [
        ...manifest.services.map((s) => ['services', s]),
        ...manifest.libraries.map((l) => ['libraries', l]),
    ].filter(([, c]) => !only || only.has(c.name));
    const held = directoriesHolding(components.map(([, c]) => c.path).filter((p) => p !== '.'), files);
    let dirs;
    const includes = [];
    for (const [kind, c] of components) {
        const at = c.sources;
        if (c.path !== '.' && !held.has(c.path)) {
            dirs ??= directoriesOf(files);
            const hit = (0,suggest/* closest */.kp)(c.path, dirs);
            const pos = at?.path ?? c.pos ?? { line: 1, col: 1 };
            errors.push({
                file,
                ...pos,
                message: `${kind}.${c.name}.path \`${c.path}\` holds no file tracked at head, so ${c.name} would ` +
                    `never be affected: ${hit === undefined ? 'fix the path' : `did you mean \`${hit}\`?`}`,
            });
            continue; // its includes are relative to a missing directory's meaning anyway
        }
        for (const { pattern, pos } of at?.include ?? []) {
            // An exclusion that excludes nothing changes nothing; validation reports invalid patterns.
            if (pattern.startsWith('!') || (0,glob/* globSyntaxError */.wg)((0,paths/* normalisePattern */.FG)(pattern)))
                continue;
            includes.push({ where: `${kind}.${c.name}.include`, pattern, pos });
        }
    }
    const warnings = unmatched(includes, files).map((i) => ({
        file,
        ...i.pos,
        message: `${i.where} \`${i.pattern}\` matches no file tracked at head: a typo?`,
    }));
    return { errors, warnings };
}
/** The includes no file matches, each matched exactly as detection matches it (PathIndex). */
function unmatched(includes, files) {
    if (includes.length === 0)
        return [];
    const owners = includes.map((i) => ({
        id: i.where,
        patterns: [(0,paths/* normalisePattern */.FG)(i.pattern)],
    }));
    const index = new path_index/* PathIndex */.E(owners);
    const hit = new Uint8Array(includes.length);
    let left = includes.length;
    for (let f = 0; f < files.length && left > 0; f++) {
        for (const o of index.ownersOf(files[f])) {
            if (hit[o] === 0) {
                hit[o] = 1;
                left--;
            }
        }
    }
    return includes.filter((_, o) => hit[o] === 0);
}
/**
 * Which of `paths` hold a file (some file lies below them). Only a file's directory prefixes
 * as long as one of the paths are cut and looked up, and the scan stops once all are found.
 */
function directoriesHolding(paths, files) {
    const wanted = new Set(paths);
    const lengths = new Set(paths.map((p) => p.length));
    const found = new Set();
    for (let f = 0; f < files.length && found.size < wanted.size; f++) {
        const file = files[f];
        for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1)) {
            if (!lengths.has(i))
                continue;
            const dir = file.slice(0, i);
            if (wanted.has(dir))
                found.add(dir);
        }
    }
    return found;
}
/** Every directory holding a file, at any depth: `a/b/c.txt` → `a`, `a/b`. */
function directoriesOf(files) {
    const dirs = new Set();
    for (const f of files) {
        for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1))
            dirs.add(f.slice(0, i));
    }
    return dirs;
}

;// CONCATENATED MODULE: ./src/app/manifest-paths.ts
/** The manifest's paths checked against the repository: shared by detect and build. */


/**
 * The manifest's paths against the files tracked at `head`: a `path` holding no file is an
 * error (the service would never be affected), an `include` matching nothing a warning.
 */
async function checkManifestPaths(manifest, at, git, head, logger, only) {
    const files = await git.listFiles(head);
    const { errors, warnings } = checkTrackedPaths(manifest, files, { shownAs: at.shownAs, only });
    for (const w of warnings)
        logger.warning(w.message, { file: w.file, line: w.line, col: w.col });
    if (errors.length)
        throw new core_manifest/* ManifestError */.Sh(errors);
}

;// CONCATENATED MODULE: ./src/app/detect.ts
/** detect-changed-service as one use case: manifest + git + event → affected services, with reasons. */












async function detectAffected(settings, run, logger) {
    const manifestText = await readManifestText(settings.manifest);
    let parsed;
    // Parsed by detect once git's diff is running (see DetectRequest.manifest).
    const manifest = () => {
        if (parsed === undefined) {
            parsed = parseManifestText(manifestText, settings.manifest);
            (0,heap/* collectGarbage */.i)(); // the parse's garbage must not add to the change set's peak
        }
        return parsed;
    };
    const git = new CliGit(settings.manifest.root, { logger });
    let base = settings.base;
    let head = settings.head;
    let event;
    let lostBase;
    if (run.onActions) {
        event = eventContext(run);
    }
    else {
        manifest(); // its errors first, before any git work on a laptop
        // On a laptop there is no event: compare with where this branch left the default branch.
        head ??= 'HEAD';
        event = { eventName: 'local', sha: head, ref: '', payload: {} };
        if (!base && settings.services.length === 0) {
            const local = await localDefaultBase(git, head, {
                logger,
                maxFetchRounds: settings.maxFetchRounds,
            });
            if (local && 'warning' in local) {
                logger.warning(local.warning);
                lostBase = local.warning;
            }
            else if (local) {
                base = local.base;
                logger.info(`base: ${local.reason}`);
            }
        }
    }
    let result = await detect({
        manifest,
        services: settings.services,
        base: {
            event,
            base,
            head,
            policy: settings.basePolicy,
            maxFetchRounds: settings.maxFetchRounds,
        },
    }, {
        git,
        github: createGitHubApi({
            token: settings.token,
            repository: run.repository ?? '',
            apiUrl: run.apiUrl,
            logger,
        }),
        logger,
    });
    if (lostBase !== undefined && result.base === undefined && settings.services.length === 0) {
        result = { ...result, baseReason: lostBase, warning: lostBase }; // loud, never a silent "all"
    }
    await checkManifestPaths(manifest(), settings.manifest, git, result.head, logger);
    const detail = (0,detect_outputs/* detectDetail */.$U)(result);
    const text = JSON.stringify(detail);
    let detailPath;
    if (settings.detailFile) {
        detailPath = settings.detailFile;
        await writeNoFollow(detailPath, text);
    }
    else if (settings.detailDir) {
        // mkdtemp makes a 0700 directory of our own; 'wx' (O_EXCL) never reuses or follows a file.
        detailPath = (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)(settings.detailDir, 'msdeploy-detect-')), 'detail.json');
        const fh = await (0,promises_.open)(detailPath, 'wx', 0o600);
        try {
            await fh.writeFile(text);
        }
        finally {
            await fh.close();
        }
    }
    return { result, detail, ...(detailPath !== undefined && { detailPath }) };
}
/** Write `path` (created or truncated), refusing to follow a symlink planted there. */
async function writeNoFollow(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    let fh;
    try {
        fh = await (0,promises_.open)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW, 0o600);
    }
    catch (e) {
        if (e.code === 'ELOOP') {
            throw new errors/* MsdeployError */.g9(`The detail file ${path} is a symbolic link: refusing to write through it. Remove it or choose another path.`);
        }
        throw e;
    }
    try {
        const info = await fh.stat();
        if (!info.isFile())
            throw new errors/* MsdeployError */.g9(`The detail file ${path} is not a regular file.`);
        await fh.writeFile(text);
    }
    finally {
        await fh.close();
    }
}
/** The event as the base rules read it. */
function eventContext(run) {
    return {
        eventName: run.eventName,
        sha: run.sha ?? 'HEAD',
        ref: run.ref ?? '',
        payload: run.payload,
        defaultBranch: run.defaultBranch,
        workflowId: run.workflowFile,
        runId: run.runId,
    };
}


/***/ }),

/***/ 9905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ computeAffected),
/* harmony export */   Wu: () => (/* binding */ allAffected),
/* harmony export */   uV: () => (/* binding */ reasonText)
/* harmony export */ });
/* unused harmony export matchChanges */
/* harmony import */ var _paths_path_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3652);

/** Owners in the index: services first, then libraries, then the global pseudo-owner. */
function indexOwners(manifest) {
    return [
        ...manifest.services.map((s) => ({ id: s.name, patterns: s.patterns })),
        ...manifest.libraries.map((l) => ({ id: l.name, patterns: l.patterns })),
        { id: '', patterns: manifest.global },
    ];
}
/** Match every changed path (both sides of a rename) to its owners. Returns files per owner index. */
function matchChanges(manifest, changes) {
    const owners = indexOwners(manifest);
    const index = new _paths_path_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PathIndex */ .E(owners);
    const filesByOwner = owners.map(() => []);
    let unownedCount = 0;
    const add = (path) => {
        const hits = index.ownersOf(path);
        for (const o of hits)
            filesByOwner[o].push(path);
        return hits.length > 0;
    };
    for (const change of changes) {
        let owned = add(change.path);
        if (change.oldPath !== undefined && change.oldPath !== change.path) {
            owned = add(change.oldPath) || owned;
        }
        if (!owned)
            unownedCount++;
    }
    return { filesByOwner, unownedCount };
}
function computeAffected(manifest, changes) {
    const { filesByOwner, unownedCount } = matchChanges(manifest, changes);
    const nServices = manifest.services.length;
    const nodes = [...manifest.services, ...manifest.libraries];
    const byName = new Map(nodes.map((n, i) => [n.name, i]));
    const globalFiles = filesByOwner[nodes.length];
    // Reverse edges: dependency → dependents.
    const dependents = nodes.map(() => []);
    nodes.forEach((n, i) => {
        for (const dep of n.dependsOn) {
            const d = byName.get(dep);
            if (d !== undefined)
                dependents[d].push(i);
        }
    });
    // Multi-source BFS from the nodes whose own files changed gives each node its shortest chain.
    const reasons = nodes.map(() => undefined);
    const queue = [];
    nodes.forEach((n, i) => {
        const first = filesByOwner[i][0];
        if (first !== undefined) {
            reasons[i] = { kind: 'paths', chain: [n.name], file: first };
            queue.push(i);
        }
    });
    for (let head = 0; head < queue.length; head++) {
        const from = queue[head];
        const r = reasons[from];
        for (const to of dependents[from]) {
            if (reasons[to])
                continue;
            reasons[to] = { kind: 'dependency', chain: [nodes[to].name, ...r.chain], file: r.file };
            queue.push(to);
        }
    }
    for (const group of manifest.releaseGroups) {
        const members = group.services.map((s) => byName.get(s));
        const trigger = members.find((m) => reasons[m] && reasons[m].kind !== 'release-group');
        if (trigger === undefined)
            continue;
        for (const m of members) {
            if (reasons[m])
                continue;
            reasons[m] = {
                kind: 'release-group',
                group: group.name,
                chain: [nodes[m].name, ...reasons[trigger].chain],
                file: reasons[trigger].file,
            };
        }
    }
    if (globalFiles.length > 0) {
        for (let i = 0; i < nServices; i++) {
            reasons[i] ??= { kind: 'global', chain: [nodes[i].name], file: globalFiles[0] };
        }
    }
    const result = (i) => ({
        name: nodes[i].name,
        path: nodes[i].path,
        affected: reasons[i] !== undefined,
        reason: reasons[i],
        files: filesByOwner[i],
    });
    return {
        services: manifest.services.map((_, i) => result(i)),
        libraries: manifest.libraries.map((_, j) => result(nServices + j)),
        globalFiles,
        unownedCount,
        changedCount: changes.length,
    };
}
/** Every service affected for one stated reason (no usable base, or an explicit request). */
function allAffected(manifest, kind, note, only) {
    return {
        services: manifest.services.map((s) => {
            const affected = !only || only.has(s.name);
            return {
                name: s.name,
                path: s.path,
                affected,
                reason: affected ? { kind, chain: [s.name], note } : undefined,
                files: [],
            };
        }),
        libraries: manifest.libraries.map((l) => ({
            name: l.name,
            path: l.path,
            affected: false,
            files: [],
        })),
        globalFiles: [],
        unownedCount: 0,
        changedCount: 0,
    };
}
/** One line for humans: `catalog ← common ← money (libs/money/src/x.ts)`. */
function reasonText(reason) {
    const where = reason.file !== undefined ? ` (${reason.file})` : '';
    switch (reason.kind) {
        case 'paths':
            return `own files changed${where}`;
        case 'dependency':
            return `${reason.chain.join(' ← ')}${where}`;
        case 'release-group':
            return `release group ${reason.group}: ${reason.chain.join(' ← ')}${where}`;
        case 'global':
            return `global file changed${where}`;
        case 'requested':
        case 'all':
            return reason.note ?? reason.kind;
    }
}


/***/ }),

/***/ 6128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gU: () => (/* binding */ resolveBase),
/* harmony export */   m: () => (/* binding */ DEFAULT_MAX_FETCH_ROUNDS)
/* harmony export */ });
/* unused harmony export short */
const DEFAULT_MAX_FETCH_ROUNDS = 8;
const FIRST_DEEPEN = 50;
const ZERO_SHA = /^0+$/;
const HEX_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
/** What git allows in a branch name, minus what would confuse a refspec. */
// eslint-disable-next-line no-control-regex
const SAFE_BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)[^\s:^~?*[\\\x00-\x1f\x7f]+$/;
const PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
async function resolveBase(req, ports) {
    return new BaseResolver(req, ports).resolve();
}
/** `abc1234` for a sha; other revisions are shown as given. */
function short(rev) {
    return HEX_SHA.test(rev) ? rev.slice(0, 7) : rev;
}
class BaseResolver {
    req;
    ports;
    git;
    logger;
    maxRounds;
    event;
    /** Commits of history fetched by deepening so far (for the reason when we give up). */
    deepened = 0;
    rounds = 0;
    constructor(req, ports) {
        this.req = req;
        this.ports = ports;
        this.git = ports.git;
        this.logger = ports.logger;
        this.event = req.event;
        const rounds = req.maxFetchRounds ?? DEFAULT_MAX_FETCH_ROUNDS;
        if (!Number.isInteger(rounds) || rounds < 0) {
            throw new Error(`max-fetch-rounds must be a whole number of rounds (0 or more), got ${String(req.maxFetchRounds)}.`);
        }
        this.maxRounds = rounds;
    }
    async resolve() {
        const headRev = this.req.head ?? this.eventHead();
        const head = await this.requireHead(headRev);
        if (this.req.base !== undefined && this.req.base !== '') {
            return this.explicitBase(this.req.base, head);
        }
        if (this.req.policy === 'last-successful') {
            const last = await this.lastSuccessful(head);
            if ('kind' in last)
                return last;
            const fallback = await this.byEvent(head);
            this.logger.info(`last-successful: ${last.note}; using the event's base instead.`);
            return { ...fallback, reason: `${last.note}, so using the event's base: ${fallback.reason}` };
        }
        return this.byEvent(head);
    }
    eventHead() {
        const p = this.event.payload;
        if (PR_EVENTS.has(this.event.eventName))
            return str(p, 'pull_request', 'head', 'sha') ?? this.event.sha;
        if (this.event.eventName === 'merge_group')
            return str(p, 'merge_group', 'head_sha') ?? this.event.sha;
        return this.event.sha;
    }
    async requireHead(rev) {
        const sha = await this.ensureCommit(rev);
        if (sha)
            return sha;
        throw new Error(`The head commit ${rev} is neither in the checkout nor fetchable from origin. ` +
            'Check out the commit being built first (actions/checkout), or pass a head input that exists.');
    }
    /**
     * An explicit base. A branch name means "where head left that branch" (their merge-base, as
     * for a pull request): a branch that moved on since must not bring its own changes along.
     * A sha, a tag or an expression (`main~3`) is taken exactly.
     */
    async explicitBase(rev, head) {
        let base = await this.git.resolveCommit(rev);
        let branch = base !== undefined && !HEX_SHA.test(rev) && (await this.git.isBranch(rev));
        if (!base) {
            if (HEX_SHA.test(rev)) {
                base = await this.ensureCommit(rev);
            }
            else {
                // Not in the checkout: only a branch of origin can be fetched by name.
                base = await this.branchTip(rev.startsWith('origin/') ? rev.slice('origin/'.length) : rev);
                branch = base !== undefined;
            }
        }
        if (!base) {
            throw new Error(`The base input ${JSON.stringify(rev)} is neither a commit in the checkout nor fetchable from ` +
                'origin. Pass a sha, tag or branch that exists (origin/<branch> works in shallow clones).');
        }
        if (!branch) {
            const what = rev === base ? short(base) : `${rev} (${short(base)})`;
            return diff(base, head, `base input ${what}, a commit or tag: compared exactly`);
        }
        const label = `base input ${rev}, a branch`;
        const mb = await this.mergeBase(base, head);
        if (!mb.found)
            return this.noCommonHistory(label, base, head, mb.complete);
        let reason = `${label}: changes since ${short(head)} left it at ${short(mb.found)}`;
        if (mb.found !== base) {
            reason += `; ${rev} has moved on to ${short(base)} since, and its own changes are not counted`;
        }
        return diff(mb.found, head, reason);
    }
    async byEvent(head) {
        const name = this.event.eventName;
        if (PR_EVENTS.has(name))
            return this.pullRequest(head);
        if (name === 'push')
            return this.push(head);
        if (name === 'merge_group')
            return this.mergeGroup(head);
        const what = name === 'local' || name === ''
            ? 'no base given and none could be worked out'
            : `${name} without a base input`;
        return { kind: 'all', head, reason: `${what}: every service` };
    }
    async pullRequest(head) {
        const p = this.event.payload;
        const number = num(p, 'number') ?? num(p, 'pull_request', 'number');
        const baseRef = str(p, 'pull_request', 'base', 'ref');
        const baseSha = str(p, 'pull_request', 'base', 'sha');
        const headRef = str(p, 'pull_request', 'head', 'ref');
        const label = `pull request${number === undefined ? '' : ` #${number}`}${headRef ? ` (${headRef})` : ''}`;
        const baseName = baseRef ?? 'its base branch';
        let base = baseSha ? await this.ensureCommit(baseSha) : undefined;
        if (!base && baseRef)
            base = await this.branchTip(baseRef);
        if (!base)
            return this.baseMissing(label, baseSha ?? baseRef ?? 'pull_request.base', head);
        const mb = await this.mergeBase(base, head);
        if (!mb.found)
            return this.noCommonHistory(label, base, head, mb.complete);
        let reason = `${label}: changes since it left ${baseName} at ${short(mb.found)}`;
        if (mb.found !== base) {
            reason += `; ${baseName} has moved on to ${short(base)} since, and its own changes are not counted`;
        }
        return diff(mb.found, head, reason);
    }
    async push(head) {
        const { ref, payload } = this.event;
        if (ref.startsWith('refs/tags/'))
            return this.tagPush(ref.slice('refs/tags/'.length), head);
        const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
        const before = str(payload, 'before');
        if (!before || ZERO_SHA.test(before)) {
            if (branch === this.event.defaultBranch) {
                return {
                    kind: 'all',
                    head,
                    reason: `first push of ${branch}: no earlier commit to compare with: every service`,
                };
            }
            return this.sinceDefaultBranch(`new branch ${branch}`, branch, head);
        }
        const previous = await this.ensureCommit(before);
        if (!previous) {
            return this.sinceDefaultBranch(`push to ${branch}: the previous tip ${short(before)} is no longer available (force push?)`, branch, head);
        }
        const forced = payload.forced === true;
        const mb = await this.mergeBase(previous, head);
        if (mb.found === previous) {
            const how = forced ? 'forced push (fast-forward)' : 'push';
            return diff(previous, head, `${how} to ${branch}: ${short(previous)}..${short(head)}`);
        }
        if (mb.found) {
            return diff(mb.found, head, `force push to ${branch}: changes since ${short(mb.found)}, where the old tip ` +
                `${short(previous)} and the new tip ${short(head)} meet`);
        }
        const why = mb.complete
            ? `the old tip ${short(previous)} shares no history with ${short(head)}`
            : `could not find where the old tip ${short(previous)} and the new tip ${short(head)} meet`;
        return this.sinceDefaultBranch(`force push to ${branch}: ${why}`, branch, head);
    }
    /** Compare a branch with where it left the default branch. */
    async sinceDefaultBranch(context, branch, head) {
        const def = this.event.defaultBranch;
        if (!def) {
            return {
                kind: 'all',
                head,
                reason: `${context}, and the default branch is unknown: every service`,
            };
        }
        if (branch === def) {
            // Comparing the default branch with itself would yield nothing: fail closed.
            return {
                kind: 'all',
                head,
                reason: `${context}, on the default branch itself: every service`,
            };
        }
        const tip = await this.branchTip(def);
        if (!tip)
            return this.baseMissing(context, `origin/${def}`, head);
        const mb = await this.mergeBase(tip, head);
        if (!mb.found)
            return this.noCommonHistory(context, tip, head, mb.complete);
        return diff(mb.found, head, `${context}: changes since it left ${def} at ${short(mb.found)}`);
    }
    async tagPush(tag, head) {
        let previous = await this.git.previousTag(head);
        let complete = true;
        if (!previous && (await this.git.isShallow())) {
            // A CI checkout usually has no tags and little history: get the tags, then deepen.
            await this.git.fetch(['+refs/tags/*:refs/tags/*'], 1);
            const search = await this.deepenUntil(() => this.git.previousTag(head), [head]);
            previous = search.found;
            complete = search.complete;
        }
        if (previous) {
            return diff(previous, head, `tag ${tag}: changes since the previous tag at ${short(previous)}`);
        }
        if (!complete)
            return this.lost(`tag ${tag}: could not find an earlier tag`, head);
        return { kind: 'all', head, reason: `tag ${tag} is the first tag: every service` };
    }
    async mergeGroup(head) {
        const p = this.event.payload;
        const baseSha = str(p, 'merge_group', 'base_sha');
        const target = str(p, 'merge_group', 'base_ref')?.replace(/^refs\/heads\//, '');
        const label = `merge queue${target ? ` for ${target}` : ''}`;
        if (!baseSha) {
            const reason = `${label}: the event has no merge_group.base_sha: every service`;
            return { kind: 'all', head, reason, warning: reason };
        }
        const base = await this.ensureCommit(baseSha);
        if (!base)
            return this.baseMissing(label, baseSha, head);
        return diff(base, head, `${label}: ${short(base)}..${short(head)}`);
    }
    /** The head of the last successful run, if it is in head's history; else why not. */
    async lastSuccessful(head) {
        const { github } = this.ports;
        const { workflowId, runId } = this.event;
        const branch = this.runBranch();
        if (!github)
            return { note: 'last-successful needs the GitHub API (a token)' };
        if (workflowId === undefined || workflowId === '') {
            return { note: 'last-successful needs to know the running workflow' };
        }
        if (!branch)
            return { note: `last-successful needs a branch, and ${this.event.eventName} has none` };
        let found;
        try {
            found = await github.lastSuccessfulRunHead({ workflowId, branch, excludeRunId: runId });
        }
        catch (e) {
            this.logger.warning(`Could not look up the last successful run: ${e.message}`);
            return { note: `looking up the last successful run of ${workflowId} on ${branch} failed` };
        }
        if (!found)
            return { note: `no earlier successful run of ${workflowId} on ${branch}` };
        const base = await this.ensureCommit(found);
        if (!base) {
            return { note: `the last successful run's commit ${short(found)} is not available` };
        }
        const mb = await this.mergeBase(base, head);
        if (mb.found !== base) {
            return {
                note: `the last successful run's commit ${short(base)} is not in the history of ${short(head)} (force push?)`,
            };
        }
        return diff(base, head, `since the last successful run of ${workflowId} on ${branch} at ${short(base)}`);
    }
    runBranch() {
        const { eventName, ref, payload } = this.event;
        if (PR_EVENTS.has(eventName))
            return str(payload, 'pull_request', 'head', 'ref');
        return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    }
    // ---- history access ------------------------------------------------------------------
    /** Resolve a revision, fetching it from origin when the checkout lacks it. */
    async ensureCommit(rev) {
        const sha = await this.git.resolveCommit(rev);
        if (sha)
            return sha;
        if (HEX_SHA.test(rev)) {
            this.logger.debug(`${short(rev)} is not in the checkout: fetching it from origin`);
            await this.git.fetch([rev], await this.fetchDepth());
            return this.git.resolveCommit(rev);
        }
        const remote = rev.startsWith('origin/') ? rev.slice('origin/'.length) : rev;
        return this.branchTip(remote);
    }
    /** origin/<branch>, fetched when missing; a local branch when there is no origin. */
    async branchTip(branch) {
        if (!SAFE_BRANCH.test(branch)) {
            this.logger.warning(`Ignoring branch name ${JSON.stringify(branch)}: not a valid git branch name.`);
            return undefined;
        }
        const tracking = `refs/remotes/origin/${branch}`;
        let sha = await this.git.resolveCommit(tracking);
        if (sha)
            return sha;
        this.logger.debug(`${tracking} is not in the checkout: fetching it`);
        if (await this.git.fetch([`+refs/heads/${branch}:${tracking}`], await this.fetchDepth())) {
            sha = await this.git.resolveCommit(tracking);
            if (sha)
                return sha;
        }
        return this.git.resolveCommit(`refs/heads/${branch}`);
    }
    /** In a shallow clone fetch just the commit (deepening comes later, only if needed). */
    async fetchDepth() {
        return (await this.git.isShallow()) ? 1 : undefined;
    }
    mergeBase(a, b) {
        return this.deepenUntil(() => this.git.mergeBase(a, b), [a, b]);
    }
    /**
     * Probe; while it finds nothing and the clone is shallow, deepen by 50, 100, 200, … commits
     * (at most `maxRounds` times) and probe again.
     */
    async deepenUntil(probe, refs) {
        let found = await probe();
        if (found !== undefined)
            return { found, complete: true };
        let depth = FIRST_DEEPEN << this.rounds;
        while (this.rounds < this.maxRounds) {
            if (!(await this.git.isShallow()))
                return { complete: true };
            this.rounds++;
            this.logger.info(`Shallow clone: fetching ${depth} more commits of history (round ${this.rounds} of at most ${this.maxRounds}).`);
            if (!(await this.deepenRefs(depth, refs)))
                break;
            this.deepened += depth;
            found = await probe();
            if (found !== undefined)
                return { found, complete: true };
            depth *= 2;
        }
        return { complete: !(await this.git.isShallow()) };
    }
    /**
     * Deepen the histories of `refs`. If origin refuses one of them (a commit that exists only
     * locally), deepen what origin's configured branches lead to instead: that still extends the
     * shallow boundary a local commit sits on.
     */
    async deepenRefs(depth, refs) {
        if (await this.git.deepen(depth, refs))
            return true;
        return refs.length > 0 && this.git.deepen(depth, []);
    }
    // ---- fail-closed answers -------------------------------------------------------------
    noCommonHistory(context, base, head, complete) {
        if (complete && this.deepened === 0) {
            const reason = `${context}: ${short(base)} and ${short(head)} share no history: treating every service as affected`;
            return { kind: 'all', head, reason, warning: reason };
        }
        return this.lost(`${context}: could not find base ${short(base)} in the history of ${short(head)}`, head);
    }
    baseMissing(context, base, head) {
        const reason = `${context}: could not find base ${short(base)} (not in the checkout, and fetching it from ` +
            'origin failed): treating every service as affected';
        return { kind: 'all', head, reason, warning: reason };
    }
    lost(what, head) {
        const reason = `${what} after fetching ${this.deepened} commits of history: treating every service as affected`;
        const warning = `${reason}. Check out more history (actions/checkout with fetch-depth: 0) or raise max-fetch-rounds ` +
            `(now ${this.maxRounds}).`;
        return { kind: 'all', head, reason, warning };
    }
}
function diff(base, head, reason) {
    return { kind: 'diff', base, head, reason };
}
function dig(obj, path) {
    let cur = obj;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[key];
    }
    return cur;
}
function str(obj, ...path) {
    const v = dig(obj, path);
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function num(obj, ...path) {
    const v = dig(obj, path);
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L_: () => (/* binding */ SettingError),
/* harmony export */   Rn: () => (/* binding */ ManifestProblem),
/* harmony export */   UL: () => (/* binding */ asMsdeployError),
/* harmony export */   g9: () => (/* binding */ MsdeployError),
/* harmony export */   px: () => (/* binding */ settingLabel)
/* harmony export */ });
/* unused harmony export ExitCode */
/**
 * Failures msdeploy can explain. Each carries what every entry needs to report it — an exit
 * code, located annotations, Markdown for the step summary — so the action wrapper and the CLI
 * each map every failure in one place, without knowing which use case raised it.
 */
/**
 * Exit codes shared by the CLI and the actions (a failed build exits with its own code).
 * `refused`: the promotion rules said no (a skipped stage, a hold, a rejected digest, a person
 * who may not approve); nothing was written.
 */
const ExitCode = { ok: 0, failure: 1, usage: 2, manifest: 3, refused: 4 };
class MsdeployError extends Error {
    exitCode;
    annotations;
    summary;
    detail;
    worded;
    constructor(message, details = {}) {
        super(typeof message === 'string' ? message : message('action'), details.cause === undefined ? undefined : { cause: details.cause });
        this.name = new.target.name;
        if (typeof message !== 'string')
            this.worded = message;
        this.exitCode = details.exitCode ?? ExitCode.failure;
        this.annotations = details.annotations ?? [];
        this.summary = details.summary;
        this.detail = details.detail ?? [];
    }
    /** The message worded for where it is shown. */
    messageFor(audience) {
        return this.worded ? this.worded(audience) : this.message;
    }
}
/** How a setting is named where it is shown: `input \`store\`` in Actions, `--store` on the CLI. */
function settingLabel(name, audience) {
    return audience === 'action' ? `input \`${name}\`` : `option --${name}`;
}
/**
 * A setting with a wrong value — one message source for both entries: `explain` receives the
 * setting's label (`input \`store\`` or `option --store`) and returns the sentence.
 */
class SettingError extends MsdeployError {
    setting;
    constructor(setting, explain) {
        super((audience) => explain(settingLabel(setting, audience)), { exitCode: ExitCode.usage });
        this.setting = setting;
    }
}
/** A manifest that is missing or invalid: exit 3, one annotation per located problem. */
class ManifestProblem extends MsdeployError {
    constructor(message, annotations = []) {
        super(message, { exitCode: ExitCode.manifest, annotations });
    }
}
/** Anything thrown, as a MsdeployError (unknown errors keep their message and exit 1). */
function asMsdeployError(e) {
    if (e instanceof MsdeployError)
        return e;
    return new MsdeployError(e instanceof Error ? e.message : String(e), { cause: e });
}


/***/ }),

/***/ 9490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zb: () => (/* reexport */ DEFAULT_MANIFEST_FILE),
  ZJ: () => (/* reexport */ MAX_MANIFEST_BYTES),
  Sh: () => (/* reexport */ ManifestError),
  vv: () => (/* reexport */ manifestTooLarge),
  Ng: () => (/* reexport */ parseManifest)
});

// UNUSED EXPORTS: MANIFEST_SCHEMA_ID, NAME_PATTERN, formatIssue, loadManifestOrThrow, manifestJsonSchema, renderManifestSchema

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/manifest/paths.ts
var paths = __webpack_require__(1349);
;// CONCATENATED MODULE: ./src/core/manifest/environments.ts
const DEFAULT_KEEP = 5;
const DEFAULT_PARALLEL = 4;
/** Requires a manifest without issues. */
function environmentSpecs(raw, locs) {
    return [...(raw.environments ?? [])].map(([name, env]) => {
        const hostNames = env.driver === 'ssh' && env.hosts ? [...env.hosts.keys()] : [];
        const base = {
            name,
            ...(env.stage !== undefined && { stage: env.stage }),
            services: [...(env.services ?? [])].map(([service, p]) => placement(service, p, hostNames)),
            ...(env.start !== undefined && { start: env.start }),
            ...(env.health !== undefined && { health: healthSpec(env.health) }),
            secrets: env.secrets ?? [],
            keep: env.keep ?? DEFAULT_KEEP,
            pos: locs.key(['environments', name]),
        };
        switch (env.driver) {
            case 'local':
                return {
                    ...base,
                    driver: 'local',
                    base: env.base,
                    ...(env['dpkg-root'] !== undefined && { dpkgRoot: env['dpkg-root'] }),
                };
            case 'ssh':
                return {
                    ...base,
                    driver: 'ssh',
                    base: env.base,
                    parallel: env.parallel ?? DEFAULT_PARALLEL,
                    hosts: [...(env.hosts ?? [])].map(([host, h]) => ({
                        name: host,
                        address: h.address,
                        user: h.user,
                        port: h.port ?? 22,
                        knownHosts: h['known-hosts'] ?? [],
                    })),
                };
            case 'command':
                return { ...base, driver: 'command', run: env.run, env: env.env ?? [] };
        }
    });
}
function placement(service, p, hostNames) {
    const raw = p;
    return {
        service,
        hosts: raw.hosts ?? hostNames,
        dir: raw.dir ?? service,
        ...(raw.port !== undefined && { port: raw.port }),
        ...(raw.unit !== undefined && { unit: raw.unit }),
        ...(raw.config !== undefined && { config: raw.config }),
        ...(raw.start !== undefined && { start: raw.start }),
        ...(raw.health !== undefined && { health: healthSpec(raw.health) }),
    };
}
function healthSpec(h) {
    return {
        ...(h.url !== undefined && { url: h.url }),
        ...(h.command !== undefined && { command: h.command }),
        status: h.status ?? 200,
        timeoutSeconds: h['timeout-seconds'] ?? 5,
        intervalSeconds: h['interval-seconds'] ?? 2,
        retries: h.retries ?? 10,
    };
}

;// CONCATENATED MODULE: ./src/core/manifest/pipeline.ts
/** Compile and fast tests, slow tests, user acceptance, performance, live. */
const DEFAULT_STAGE_NAMES = [
    'commit',
    'acceptance',
    'uat',
    'performance',
    'production',
];
const DEFAULT_LEDGER_REF = 'refs/heads/msdeploy/ledger';
/** A branch name (`msdeploy/ledger`) becomes `refs/heads/…`; a full `refs/…` name stays. */
function ledgerRefName(ref) {
    return ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
}
function ledgerSpec(raw) {
    return {
        ref: raw?.ledger?.ref === undefined ? DEFAULT_LEDGER_REF : ledgerRefName(raw.ledger.ref),
        push: raw?.ledger?.push ?? false,
    };
}
/** A stage with its defaults: `auto`, except `production`, which a person promotes into. */
function stageSpec(name, s, pos) {
    return {
        name,
        ...(s.environment !== undefined && { environment: s.environment }),
        promote: s.promote ?? (name === 'production' ? 'manual' : 'auto'),
        approvers: s.approvers ?? [],
        allowSelfApproval: s['allow-self-approval'] ?? false,
        ...(pos && { pos }),
    };
}
function stageList(raw, at, locs) {
    return raw.map((s, i) => stageSpec(s.name, s, locs.value([...at, i])));
}
/** Requires a manifest without issues (every stage has a name, overrides name real stages). */
function serviceStages(pipeline, own, at, locs) {
    const base = own?.stages
        ? stageList(own.stages, [...at, 'pipeline', 'stages'], locs)
        : pipeline?.stages
            ? stageList(pipeline.stages, ['pipeline', 'stages'], locs)
            : DEFAULT_STAGE_NAMES.map((name) => stageSpec(name, {}, undefined));
    const overrides = own?.override;
    if (!overrides)
        return base;
    return base.map((stage) => {
        const o = overrides.get(stage.name);
        if (!o)
            return stage;
        const merged = {
            environment: o.environment ?? stage.environment,
            promote: o.promote ?? stage.promote,
            approvers: o.approvers ?? [...stage.approvers],
            'allow-self-approval': o['allow-self-approval'] ?? stage.allowSelfApproval,
        };
        return stageSpec(stage.name, merged, locs.key([...at, 'pipeline', 'override', stage.name]));
    });
}

;// CONCATENATED MODULE: ./src/core/manifest/build.ts



/** Requires a manifest without issues: every required value is then present. */
function buildManifest(raw, file, locs) {
    const component = (key) => {
        return ([name, c]) => {
            if (c.path === undefined)
                throw new Error(`internal: ${key}.${name} has no path after validation`);
            const path = (0,paths/* normaliseDir */.mI)(c.path);
            const at = [key, name];
            return {
                name,
                path,
                patterns: [(0,paths/* dirPattern */.Sr)(path), ...(c.include ?? []).map(paths/* normalisePattern */.FG)],
                dependsOn: c['depends-on'] ?? [],
                pos: locs.key(at),
                sources: {
                    path: locs.value([...at, 'path']),
                    include: (c.include ?? []).map((pattern, i) => ({
                        pattern,
                        pos: locs.value([...at, 'include', i]),
                    })),
                },
                ...(c.build && { build: buildSpec(name, c.build, [...at, 'build'], locs) }),
                stages: serviceStages(raw.pipeline, c.pipeline, at, locs),
            };
        };
    };
    const services = raw.services
        ? [...raw.services].map(component('services'))
        : [singleService(raw, locs)];
    const manifestPattern = (0,paths/* escapeGlob */.yk)((0,paths/* normaliseDir */.mI)(file.replace(/\\/g, '/')));
    const global = [manifestPattern, ...(raw.global ?? []).map(paths/* normalisePattern */.FG)];
    return {
        file,
        ...(raw.name !== undefined && { name: raw.name }),
        services,
        libraries: [...(raw.libraries ?? [])].map(component('libraries')),
        global: [...new Set(global)],
        releaseGroups: [...(raw['release-groups'] ?? [])].map(([name, members]) => ({
            name,
            services: members,
        })),
        ledger: ledgerSpec(raw.pipeline),
        environments: environmentSpecs(raw, locs),
    };
}
/** Without a `services` map the whole repository is one service, named after the project. */
function singleService(raw, locs) {
    if (raw.name === undefined)
        throw new Error('internal: single-service manifest without a name');
    return {
        name: raw.name,
        path: '.',
        patterns: ['**'],
        dependsOn: [],
        pos: locs.value(['name']),
        ...(raw.build && { build: buildSpec(raw.name, raw.build, ['build'], locs) }),
        stages: serviceStages(raw.pipeline, undefined, ['name'], locs),
    };
}
/** A complete `BuildSpec`: every default filled in, so builders never guess. */
function buildSpec(service, b, at, locs) {
    if (b.run === undefined || b.output === undefined) {
        throw new Error(`internal: ${at.join('.')} has no run or output after validation`);
    }
    const kind = b.kind ?? 'archive';
    const spec = {
        run: b.run,
        output: (0,paths/* normaliseDir */.mI)(b.output),
        kind,
        ...(b.version !== undefined && { version: b.version }),
        tests: (b.tests ?? []).map(paths/* normalisePattern */.FG),
        env: b.env ?? [],
        pos: locs.key(at),
    };
    if (kind !== 'deb')
        return spec;
    const deb = b.deb;
    if (deb?.maintainer === undefined) {
        throw new Error(`internal: ${at.join('.')} builds a deb without a maintainer after validation`);
    }
    return {
        ...spec,
        deb: {
            package: deb.package ?? service,
            maintainer: deb.maintainer,
            description: deb.description ?? `${service} service (built by msdeploy)`,
            depends: deb.depends ?? [],
            architecture: deb.architecture ?? 'all',
            // `/opt//x/` → `/opt/x`: one spelling for the path the package installs into.
            prefix: (deb.prefix ?? `/opt/${service}`).replace(/\/+/g, '/').replace(/(.)\/$/, '$1'),
        },
    };
}

;// CONCATENATED MODULE: ./src/core/manifest/issues.ts
/** Collects issues for one file; `sorted()` returns them in reading order. */
class IssueList {
    file;
    items = [];
    constructor(file) {
        this.file = file;
    }
    add(pos, message) {
        this.items.push({ file: this.file, line: pos.line, col: pos.col, message });
    }
    get length() {
        return this.items.length;
    }
    sorted() {
        // Array.prototype.sort is stable: issues at the same spot keep the order they were found.
        return [...this.items].sort((a, b) => a.line - b.line || a.col - b.col);
    }
}
/**
 * Where each value (and the key that names it) sits in the YAML text: a tree of path segments,
 * so recording a node is a few map lookups (a string key per node, JSON.stringify of its path,
 * was a fifth of parsing a 2,000-service manifest, and its garbage more).
 */
class SourceMap {
    lineCounter;
    root = { value: { line: 1, col: 1 } };
    rootRecorded = false;
    constructor(lineCounter) {
        this.lineCounter = lineCounter;
    }
    /** The 1-based position of a YAML node's first character. */
    posOf(node, fallback = { line: 1, col: 1 }) {
        const offset = node?.range?.[0];
        return offset === undefined ? fallback : this.posAt(offset);
    }
    posAt(offset) {
        return this.lineCounter.linePos(offset); // a fresh { line, col }
    }
    /** `text` is kept for string scalars, so list entries can be found again by value. */
    record(path, key, value, text) {
        let node = this.root;
        if (path.length === 0)
            this.rootRecorded = true;
        for (const part of path) {
            node.children ??= new Map();
            let child = node.children.get(part);
            if (child === undefined) {
                child = { value };
                node.children.set(part, child);
            }
            node = child;
        }
        node.key = key;
        node.value = value;
        node.text = text;
    }
    /** Where the first entry equal to `text` in the list at `path` is (else the list itself). */
    itemPos(path, text) {
        const list = this.find(path);
        for (let i = 0;; i++) {
            const e = list?.children?.get(i);
            if (e === undefined)
                break;
            if (e.text === text)
                return e.value;
        }
        return this.value(path);
    }
    /** The keys written under `path`, in order, whether or not their values were valid. */
    childKeys(path) {
        const keys = [];
        for (const k of this.find(path)?.children?.keys() ?? [])
            if (typeof k === 'string')
                keys.push(k);
        return keys;
    }
    /** The string written at `path`, when it is a string scalar. */
    text(path) {
        return this.find(path)?.text;
    }
    has(path) {
        return path.length === 0 ? this.rootRecorded : this.find(path) !== undefined;
    }
    /** Where the key naming `path` is (a service's name, `depends-on:`), else where its value is. */
    key(path) {
        const e = this.find(path);
        return e?.key ?? e?.value ?? { line: 1, col: 1 };
    }
    /** Where the value at `path` starts, else its key. */
    value(path) {
        return this.find(path)?.value ?? { line: 1, col: 1 };
    }
    find(path) {
        let node = this.root;
        for (const part of path) {
            node = node.children?.get(part);
            if (node === undefined)
                return undefined;
        }
        return node;
    }
}
/** `['services', 'web', 'include', 0]` → `services.web.include[0]`, as users read YAML paths. */
function displayPath(path) {
    let out = '';
    for (const part of path) {
        out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/manifest/spec.ts
/**
 * The declarative description of `msdeploy.yml`: every key, its type, its documentation.
 *
 * One source drives both the structural validation (structure.ts) and the JSON Schema
 * (json-schema.ts), so editors autocomplete and flag exactly the keys the loader accepts.
 * Adding a section (`build`, `pipeline`, `environments`) is one more entry in `manifestSpec`,
 * plus, when it refers to other names, a check in validate.ts and a field in build.ts.
 *
 * Kinds for contributors, beyond `string`, `enum`, `const`, `list`, `object` and `map`:
 * - `number`: YAML numbers only (`"5"` is text); `integer` rejects fractions, `min`/`max` are
 *   inclusive bounds and `rangeHint` says how to fix a value outside them; `.nan` and `.inf`
 *   are always rejected.
 * - `boolean`: YAML 1.2 `true`/`false` only; `yes`, `on` or `"true"` are text and get a hint.
 * - `union`: a mapping whose `discriminator` key (e.g. `driver`) picks one of `variants`. Each
 *   variant is an object spec that leaves the discriminator out of its fields and examples;
 *   the union adds it as a required const. It validates as the chosen variant, infers a
 *   TypeScript discriminated union, and renders as a `oneOf` told apart by that const.
 * `default` (any kind) is documentation, published as the schema's `default`: structural
 * validation does not fill it in, build.ts applies defaults.
 */
/** The union's discriminator as an enum of its variants' values (validated like `kind:`). */
function discriminatorSpec(union) {
    const values = Object.keys(union.variants);
    return {
        kind: 'enum',
        values,
        title: `a ${union.discriminator}`,
        description: `One of ${values.join(', ')}: it selects which other keys apply.`,
    };
}
/**
 * The object a union's variant stands for: the discriminator first, as a required const
 * documented like the variant (editors show that when completing the value), then the
 * variant's fields. The variant's examples leave the discriminator out too; it is added.
 */
function spec_variantSpec(union, value) {
    const variant = union.variants[value];
    const key = union.discriminator;
    if (variant === undefined)
        throw new Error(`internal: no variant \`${key}: ${value}\``);
    if (Object.hasOwn(variant.fields, key)) {
        throw new Error(`internal: variant \`${key}: ${value}\` declares \`${key}\` itself`);
    }
    const tag = {
        kind: 'const',
        value,
        title: variant.title,
        description: variant.description,
    };
    return {
        ...variant,
        fields: { [key]: tag, ...variant.fields },
        required: [key, ...(variant.required ?? [])],
        ...(variant.examples && {
            examples: variant.examples.map((e) => ({ [key]: value, ...e })),
        }),
    };
}
/** Names of services, libraries and release groups: DNS-label-like, so they fit tags and URLs. */
const spec_NAME_PATTERN = '^[a-z0-9][a-z0-9-]{0,62}$';
const NAME_RE = new RegExp(spec_NAME_PATTERN);
const nameDocText = '1–63 lowercase letters, digits and `-`, starting with a letter or digit.';
/** A ref name msdeploy will write: `/`-joined segments of `[A-Za-z0-9._-]`, none starting with `.` or `-`, no `..`, not ending in `.lock`. */
const LEDGER_REF_PATTERN = '^(?!.*\\.\\.)(?!.*\\.lock(?:/|$))(?:[A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*$';
/**
 * A cheap editor-side hint that a path or pattern stays inside the repository (no leading `/`,
 * `~` or drive letter, no `..` segment, no backslash). The loader checks the same rules and more.
 */
const spec_INSIDE_REPO_PATTERN = '^(?!!?(?:[/~]|[A-Za-z]:))(?!!?(?:.*/)?\\.\\.(?:/|$))[^\\\\]+$';
const string = (format, doc) => ({
    kind: 'string',
    ...(format ? { format } : {}),
    ...doc,
});
const patternList = (doc) => ({
    kind: 'list',
    items: string('pattern', {
        title: 'a glob pattern',
        description: 'A repo-root-relative glob (`*`, `**`, `?`, `[a-z]`, `{a,b}`); a leading `!` excludes.',
        examples: ['proto/common/**', '!docs/**'],
    }),
    ...doc,
});
/** `depends-on` of a library (libraries only) or of a service (libraries and services). */
const dependsOn = (of) => {
    const targets = of === 'library' ? 'libraries' : 'libraries or services';
    const declared = of === 'library' ? '`libraries`' : '`libraries` or `services`';
    return {
        kind: 'list',
        title: 'a list of names',
        description: `Names of the ${targets} this ${of} builds on: when one of them changes, this ${of} is affected too.`,
        examples: [of === 'library' ? ['money'] : ['common', 'payments']],
        unique: true,
        items: string('ref', {
            title: of === 'library' ? 'a library name' : 'a library or service name',
            description: `A name declared under ${declared}.`,
            examples: [of === 'library' ? 'money' : 'common'],
        }),
    };
};
function component(what, fields) {
    return {
        kind: 'object',
        title: `a ${what}`,
        description: what === 'service'
            ? 'A deployable unit: a directory of the repository (or `.` for all of it).'
            : 'Shared code that services depend on; never deployed on its own.',
        required: ['path'],
        fields: {
            path: string('dir', {
                title: 'a directory',
                description: `The ${what}'s directory, relative to the repository root; \`.\` is the whole repository. ` +
                    'Every file under it belongs to the ' +
                    what +
                    '.',
                examples: [what === 'service' ? 'services/catalog' : 'libs/common', '.'],
            }),
            include: patternList({
                title: 'a list of glob patterns',
                description: `More files that belong to the ${what}, after its \`path\`: ordered, repo-root-relative ` +
                    'globs; a leading `!` excludes, and the last matching pattern wins.',
                examples: [
                    [
                        'proto/common/**',
                        `!${what === 'service' ? 'services/catalog' : 'libs/common'}/**/*.md`,
                    ],
                ],
            }),
            ...fields,
        },
    };
}
/** A base version as artifact/version.ts reads it: MAJOR.MINOR, optionally .PATCH, -pre, +build. */
const VERSION_PATTERN = '^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(\\.(0|[1-9]\\d*))?([-+].*)?$';
/** An environment variable name as POSIX shells accept it. */
const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
/** Debian policy 5.6.1: at least two of `a-z0-9+.-`, starting with a letter or digit. */
const DEB_PACKAGE_PATTERN = '^[a-z0-9][a-z0-9+.-]+$';
/** One Debian relation, `pkg[:arch] [(op version)]`; a `Depends` entry may join several with `|`. */
const DEB_RELATION = '[a-z0-9][a-z0-9+.-]+(?::[a-z0-9-]+)?(?: *\\( *(?:<<|<=|=|>=|>>) *[0-9][A-Za-z0-9.+~:-]* *\\))?';
const DEB_DEPENDS_PATTERN = `^${DEB_RELATION}(?: *\\| *${DEB_RELATION})*$`;
/*
 * The control-file fields are single lines: a line break in them would start a new control
 * field (or break the package), so the patterns below exclude `\n` and `\r`.
 */
const DEB_MAINTAINER_PATTERN = '^[^<>\\r\\n]*[^<>\\s] <[^<>\\s@]+@[^<>\\s]+>$';
const ONE_LINE_PATTERN = '^[^\\r\\n]*\\S[^\\r\\n]*$';
/** An absolute directory on the target, without `..`, whitespace or `\`. */
const ABSOLUTE_DIR_PATTERN = '^/(?!(?:.*/)?\\.\\.(?:/|$))[^\\s\\\\]*$';
const deb = {
    kind: 'object',
    title: 'a Debian package description',
    description: 'The Debian package to build (only with `kind: deb`): its control fields and where it ' +
        'installs the build output on the target.',
    examples: [{ maintainer: 'Shop Team <ops@example.com>', depends: ['nodejs (>= 20)'] }],
    required: ['maintainer'],
    fields: {
        maintainer: string(undefined, {
            title: 'a maintainer',
            description: 'Who maintains the package, as `Name <email>` (the control `Maintainer` field).',
            examples: ['Shop Team <ops@example.com>'],
            pattern: DEB_MAINTAINER_PATTERN,
            patternHint: 'is not `Name <email>` on one line: write e.g. `Shop Team <ops@example.com>`',
        }),
        package: string(undefined, {
            title: 'a Debian package name',
            description: 'The package name. Default: the service name. At least two lowercase letters, digits, ' +
                '`+`, `-` or `.`, starting with a letter or digit (Debian policy).',
            examples: ['shop-catalog'],
            pattern: DEB_PACKAGE_PATTERN,
            patternHint: 'is not a Debian package name: use at least two lowercase letters, digits, `+`, `-` ' +
                'or `.`, starting with a letter or digit, e.g. `shop-catalog`',
        }),
        description: string(undefined, {
            title: 'a one-line description',
            description: 'The package synopsis. Default: `<service> service (built by msdeploy)`.',
            examples: ['Catalog API'],
            pattern: ONE_LINE_PATTERN,
            patternHint: 'must be one non-blank line (the package synopsis): shorten it, e.g. `Catalog API`',
        }),
        depends: {
            kind: 'list',
            title: 'a list of Debian dependencies',
            description: 'Packages this one needs on the target (the control `Depends` field), one per entry.',
            examples: [['nodejs (>= 20)']],
            unique: true,
            items: string(undefined, {
                title: 'a Debian dependency',
                description: 'A package name with an optional version restriction and `|` alternatives, e.g. ' +
                    '`nodejs (>= 20)` or `default-jre | openjdk-17-jre`.',
                examples: ['nodejs (>= 20)'],
                pattern: DEB_DEPENDS_PATTERN,
                patternHint: 'is not one Debian dependency: write a package name with an optional version, e.g. ' +
                    '`nodejs (>= 20)`, and give each dependency its own entry',
            }),
        },
        architecture: string(undefined, {
            title: 'a Debian architecture',
            description: 'The package architecture. Default: `all` (runs on any machine, e.g. scripts or ' +
                'JavaScript); use e.g. `amd64` for compiled code.',
            examples: ['all'],
            pattern: '^[a-z0-9][a-z0-9-]*$',
            patternHint: 'is not a Debian architecture: write `all` for files that run anywhere, or one such as ' +
                '`amd64` or `arm64`',
        }),
        prefix: string(undefined, {
            title: 'an absolute directory',
            description: 'Where the package installs the contents of `output` on the target. Default: ' +
                '`/opt/<service>`.',
            examples: ['/opt/catalog'],
            pattern: ABSOLUTE_DIR_PATTERN,
            patternHint: 'is not an absolute directory: write where the package installs its files on the ' +
                'target, starting with `/` and without spaces or `..`, e.g. `/opt/catalog`',
        }),
    },
};
/** Names of environment variables forwarded to code we run for the user (`what`). */
function envNames(what) {
    return {
        kind: 'list',
        title: 'a list of environment variable names',
        description: `Names of environment variables to pass to ${what} beyond the ones it always gets ` +
            '(PATH, HOME, locale, TZ, TMPDIR, CI, the GitHub context, RUNNER_*, MSDEPLOY_*); set ' +
            "their values in the workflow step's `env:`. Never action inputs (`INPUT_*`), `ACTIONS_*` " +
            'or the runner file commands (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_PATH`, ' +
            '`GITHUB_STATE`, `GITHUB_STEP_SUMMARY`).',
        examples: [['NPM_TOKEN', 'NODE_OPTIONS']],
        unique: true,
        items: string(undefined, {
            title: 'an environment variable name',
            description: 'A variable name: letters, digits and `_`, not starting with a digit.',
            examples: ['NPM_TOKEN'],
            pattern: ENV_NAME_PATTERN,
            patternHint: 'is not an environment variable name: use letters, digits and `_`, not starting with ' +
                'a digit, e.g. `NPM_TOKEN`',
        }),
    };
}
const build = {
    kind: 'object',
    title: 'a build',
    description: "How to build the service's artifact: a bash script run in the service's directory, and " +
        'the directory it writes whose contents become the artifact.',
    examples: [{ run: 'npm ci && npm run build', output: 'dist' }],
    required: ['run', 'output'],
    fields: {
        run: string(undefined, {
            title: 'a bash script',
            description: "The commands that build the service, run by bash in the service's directory (like a " +
                'workflow `run:` step); a failing command fails the build.',
            examples: ['npm ci && npm run build'],
            pattern: '\\S',
            patternHint: 'has no commands: write the script that builds the service, e.g. `npm ci && npm run build`',
        }),
        output: string('dir', {
            title: 'a directory',
            description: "The directory the build writes, relative to the service's directory; its contents " +
                'become the artifact.',
            examples: ['dist'],
            base: 'service',
        }),
        kind: {
            kind: 'enum',
            values: ['archive', 'deb'],
            title: 'an artifact kind',
            description: 'What the output is packed into: `archive` (default), a reproducible `.tar.gz`; or ' +
                '`deb`, a Debian package described by `deb`.',
            examples: ['archive'],
        },
        version: string(undefined, {
            title: 'a base version',
            description: "MAJOR.MINOR (or a SemVer, whose MAJOR.MINOR are kept) of the service's builds; the " +
                "build counter becomes the patch number. Quote it. Default: the service's package.json " +
                'version, else `0.1`.',
            examples: ['1.4'],
            pattern: VERSION_PATTERN,
            patternHint: 'is not a base version: write MAJOR.MINOR or a SemVer without leading zeros, e.g. ' +
                "`'1.4'` or `1.4.0`",
        }),
        tests: {
            kind: 'list',
            title: 'a list of glob patterns',
            description: "JUnit XML reports the build writes, as globs relative to the service's directory; " +
                'the reports found are recorded in the provenance.',
            examples: [['reports/junit*.xml']],
            unique: true,
            items: string('pattern', {
                title: 'a glob pattern',
                description: "A glob relative to the service's directory (`*`, `**`, `?`, `[a-z]`, `{a,b}`); a " +
                    'leading `!` excludes.',
                examples: ['reports/junit*.xml'],
                base: 'service',
            }),
        },
        env: envNames('the build'),
        deb,
    },
};
/** A GitHub login (1–39 letters, digits and single inner hyphens) or a team, `@org/team-slug`. */
const APPROVER_PATTERN = '^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})$';
/** The settings of a stage, shared by a stage of the list and a service's override of one. */
const stageSettings = {
    environment: string('name', {
        entry: 'environment',
        title: 'an environment name',
        description: 'The environment this stage deploys to (see `environments`). Optional: a stage without ' +
            'one records the promotion and deploys nowhere.',
        examples: ['staging'],
    }),
    promote: {
        kind: 'enum',
        values: ['auto', 'manual'],
        title: 'a promotion mode',
        description: '`auto`: the pipeline promotes into this stage by itself once the stage before passed. ' +
            '`manual`: a person must promote (a `workflow_dispatch` run, or the CLI). Default: ' +
            '`auto`, except for a stage named `production`, which defaults to `manual`.',
        examples: ['manual'],
    },
    approvers: {
        kind: 'list',
        title: 'a list of GitHub logins or teams',
        description: 'Who may promote into this manual stage: GitHub logins, or teams as `@org/team-slug` ' +
            '(checked when the token can read the team). Empty or absent: anyone with write access ' +
            'who is not a bot.',
        examples: [['alice', '@acme/release-managers']],
        unique: true,
        items: string(undefined, {
            title: 'a GitHub login or team',
            description: 'A GitHub login, e.g. `alice`, or a team, e.g. `@acme/release-managers`.',
            examples: ['alice'],
            pattern: APPROVER_PATTERN,
            patternHint: 'is not a GitHub login or team: write a login such as `alice` (letters, digits and ' +
                'single hyphens, at most 39) or a team as `@org/team-slug`',
        }),
    },
    'allow-self-approval': {
        kind: 'boolean',
        title: 'whether the commit author may approve',
        description: "May the author of the artifact's commit promote it into this manual stage? Default: " +
            'false (four eyes).',
        default: false,
    },
};
const stage = {
    kind: 'object',
    title: 'a stage',
    description: 'One step of the value stream. An artifact enters it only after it entered the stage before.',
    examples: [
        { name: 'uat', environment: 'staging' },
        { name: 'production', promote: 'manual' },
    ],
    required: ['name'],
    fields: {
        name: string('name', {
            entry: 'stage',
            title: 'a stage name',
            description: nameDocText,
            examples: ['uat'],
        }),
        ...stageSettings,
    },
};
const spec_stageList = {
    kind: 'list',
    title: 'a list of stages',
    description: 'The stages in promotion order. Default: `commit`, `acceptance`, `uat`, `performance`, ' +
        '`production`.',
    examples: [[{ name: 'commit' }, { name: 'uat', environment: 'staging' }, { name: 'production' }]],
    minItems: 1,
    minItemsHint: 'an artifact needs at least one stage to enter, e.g. `- name: commit`; remove `stages` to ' +
        'use the default pipeline',
    items: stage,
};
const ledger = {
    kind: 'object',
    title: 'a ledger',
    description: 'Where promotions are recorded: an append-only history of commits on a git ref.',
    examples: [{ ref: 'msdeploy/ledger', push: true }],
    fields: {
        ref: string(undefined, {
            title: 'a git ref',
            description: 'The ref holding the ledger: a branch name (`msdeploy/ledger`, the default) or a full ' +
                'ref such as `refs/msdeploy/ledger`.',
            examples: ['msdeploy/ledger', 'refs/msdeploy/ledger'],
            pattern: LEDGER_REF_PATTERN,
            patternHint: 'is not a ref name msdeploy writes: use segments of letters, digits, `.`, `_` and `-` ' +
                'joined by `/`, e.g. `msdeploy/ledger` or `refs/msdeploy/ledger`',
        }),
        push: {
            kind: 'boolean',
            title: 'whether the CLI pushes the ledger',
            description: 'Make the CLI read and write the ledger on `origin`, as the actions always do. Default: ' +
                'false (the CLI keeps the ledger in the local repository unless given `--push`).',
            default: false,
        },
    },
};
const pipeline = {
    kind: 'object',
    title: 'a pipeline',
    description: "The stages every service's artifacts are promoted through, in order, and where the " +
        'promotions are recorded.',
    examples: [{ stages: [{ name: 'commit' }, { name: 'production' }] }],
    fields: { stages: spec_stageList, ledger },
};
const servicePipeline = {
    kind: 'object',
    title: "a service's pipeline",
    description: "This service's own stages (replacing the default list), or changes to some stages of the " +
        'list it uses.',
    examples: [{ override: { production: { approvers: ['alice'] } } }],
    fields: {
        stages: spec_stageList,
        override: {
            kind: 'map',
            entry: 'stage',
            title: 'a map of stage settings',
            description: 'Settings that replace those of the named stages for this service only, e.g. other ' +
                '`approvers` for `production`. Every name must be a stage of the pipeline.',
            values: {
                kind: 'object',
                title: 'stage settings',
                description: 'Any of `environment`, `promote`, `approvers`, `allow-self-approval`.',
                examples: [{ approvers: ['alice'] }],
                fields: stageSettings,
            },
        },
    },
};
/** A port number on the target. */
const port = (title, description) => ({
    kind: 'number',
    integer: true,
    min: 1,
    max: 65535,
    rangeHint: 'use a TCP port between 1 and 65535, e.g. `8080`',
    title,
    description,
    examples: [8080],
});
const seconds = (title, description, dflt, max) => ({
    kind: 'number',
    min: 0.1,
    max,
    rangeHint: `use a number of seconds between 0.1 and ${max}, e.g. \`${dflt}\``,
    title,
    description,
    examples: [dflt],
    default: dflt,
});
/** One OpenSSH known_hosts line: host patterns, a key type and a base64 key. */
const KNOWN_HOSTS_PATTERN = '^[^\\s#][^\\s]*\\s+(?:ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\.com)\\s+[A-Za-z0-9+/]+={0,3}(?:\\s+[^\\r\\n]*)?$';
const script = (title, description, example) => string(undefined, {
    title,
    description,
    examples: [example],
    pattern: '\\S',
    patternHint: `has no commands: write the script, e.g. \`${example}\``,
});
const health = {
    kind: 'object',
    title: 'a health check',
    description: 'How to tell the new release works, after it started: an HTTP `url` answering `status`, or ' +
        'a `command` exiting 0; tried every `interval-seconds` up to `retries` times.',
    examples: [{ url: 'http://127.0.0.1:8080/health' }, { command: 'systemctl is-active catalog' }],
    requireOneOf: {
        keys: ['url', 'command'],
        hint: 'add `url: http://127.0.0.1:8080/health` or `command: ./healthy.sh`',
    },
    fields: {
        url: string(undefined, {
            title: 'an http(s) URL',
            description: 'Fetched with GET; healthy when it answers `status`.',
            examples: ['http://127.0.0.1:8080/health'],
            pattern: '^https?://[^\\s]+$',
            patternHint: 'is not an http(s) URL: write e.g. `http://127.0.0.1:8080/health`',
        }),
        status: {
            kind: 'number',
            integer: true,
            min: 100,
            max: 599,
            rangeHint: 'use an HTTP status code, e.g. `200`',
            title: 'an HTTP status',
            description: 'The status a healthy `url` answers. Default: 200.',
            examples: [200],
            default: 200,
        },
        command: script('a bash script', 'Healthy when it exits 0.', 'curl -fsS http://127.0.0.1:8080/health'),
        'timeout-seconds': seconds('a timeout', 'How long one try may take.', 5, 300),
        'interval-seconds': seconds('an interval', 'How long to wait between tries.', 2, 300),
        retries: {
            kind: 'number',
            integer: true,
            min: 1,
            max: 1000,
            rangeHint: 'try at least once, e.g. `retries: 10`',
            title: 'a number of tries',
            description: 'How many tries before the release is declared unhealthy. Default: 10.',
            examples: [10],
            default: 10,
        },
    },
};
/** What every driver's environment has, whatever it deploys to. */
const environmentFields = {
    stage: string('name', {
        entry: 'stage',
        title: 'a stage name',
        description: 'The pipeline stage that feeds this environment: only a digest the ledger shows has entered ' +
            'that stage, and is not rejected, may be deployed here. Absent: a sandbox that accepts any ' +
            'built artifact.',
        examples: ['uat'],
    }),
    start: script('a bash script', 'Starts or restarts a service after its release became current, with MSDEPLOY_* variables ' +
        '(docs/deploy.md). A service may override it.', 'systemctl restart "$MSDEPLOY_SERVICE"'),
    health,
    secrets: {
        kind: 'list',
        title: 'a list of secret names',
        description: 'Names of the secrets this environment may use in configuration (`${secret:NAME}`). ' +
            "Values come from the runner's environment (GitHub secrets mapped in `env:`), never from " +
            'the repository.',
        examples: [['DB_PASSWORD']],
        unique: true,
        items: string(undefined, {
            title: 'a secret name',
            description: 'An environment variable name.',
            examples: ['DB_PASSWORD'],
            pattern: ENV_NAME_PATTERN,
            patternHint: 'is not a secret name: use letters, digits and `_`, not starting with a digit, e.g. `DB_PASSWORD`',
        }),
    },
    keep: {
        kind: 'number',
        integer: true,
        min: 1,
        max: 100,
        rangeHint: 'keep at least one release to roll back to, e.g. `keep: 5`',
        title: 'a number of releases',
        description: 'How many releases of each service to keep on a target. Default: 5.',
        examples: [5],
        default: 5,
    },
};
/** How one service is placed in an environment. */
const spec_placement = (withHosts) => ({
    kind: 'object',
    title: 'a service placement',
    description: 'Where and how the service runs in this environment: its directory, port and unit, its ' +
        'configuration files, and a start script or health check of its own.',
    examples: [{ port: 8080, config: ['config/catalog/base.yml', 'config/catalog/staging.yml'] }],
    fields: {
        ...(withHosts && {
            hosts: {
                kind: 'list',
                title: 'a list of host names',
                description: 'The hosts (keys of `hosts`) the service is deployed to. Default: every host.',
                examples: [['web-1', 'web-2']],
                unique: true,
                minItems: 1,
                minItemsHint: 'name at least one host, or remove `hosts` to deploy to every host',
                items: string('ref', {
                    title: 'a host name',
                    description: "A key of the environment's `hosts`.",
                    examples: ['web-1'],
                }),
            },
        }),
        dir: string('name', {
            entry: 'directory',
            title: 'a directory name',
            description: "The directory under the base that holds the service's releases. Default: the service name.",
            examples: ['catalog'],
        }),
        port: port('a port', 'The port the service listens on (MSDEPLOY_PORT for the start script).'),
        unit: string(undefined, {
            title: 'a unit name',
            description: 'A service manager unit (MSDEPLOY_UNIT for the start script), e.g. `catalog.service`.',
            examples: ['catalog.service'],
            pattern: '^[A-Za-z0-9@_.:-]{1,200}$',
            patternHint: 'is not a unit name: use letters, digits, `@`, `_`, `.`, `:` and `-`',
        }),
        config: {
            kind: 'list',
            title: 'a list of configuration files',
            description: 'The configuration files merged for this service, in order (later files win). Default: ' +
                '`config/<service>/base.yml` then `config/<service>/<environment>.yml`, those that exist.',
            examples: [['config/catalog/base.yml', 'config/catalog/staging.yml']],
            unique: true,
            items: string(undefined, {
                title: 'a file in the repository',
                description: 'A repo-relative path.',
                examples: ['config/catalog/base.yml'],
                pattern: spec_INSIDE_REPO_PATTERN,
                patternHint: 'must be a path inside the repository, e.g. `config/catalog/base.yml`',
            }),
        },
        start: environmentFields.start,
        health,
    },
});
const absoluteDir = (description) => string(undefined, {
    title: 'an absolute directory',
    description,
    examples: ['/srv/shop'],
    pattern: ABSOLUTE_DIR_PATTERN,
    patternHint: 'is not an absolute directory: write e.g. `/srv/shop`, without spaces or `..`',
});
const servicesMap = (withHosts) => ({
    kind: 'map',
    entry: 'service',
    title: 'a map of services',
    description: 'The services deployed to this environment, by name, and how each is placed.',
    minEntries: 1,
    minEntriesHint: 'place at least one service, e.g. `services: {catalog: {}}`',
    values: spec_placement(withHosts),
});
const environment = {
    kind: 'union',
    discriminator: 'driver',
    title: 'an environment',
    description: "Where releases go and how: `local` (this machine's filesystem), `ssh` (remote hosts, the " +
        'same layout) or `command` (a script of yours: Kubernetes, a PaaS, a cloud CLI).',
    variants: {
        local: {
            kind: 'object',
            title: 'the local driver',
            description: "Releases on this machine's filesystem, under `base`.",
            examples: [{ base: '/tmp/shop', services: { web: {} } }],
            required: ['base', 'services'],
            fields: {
                base: absoluteDir("Where the services' releases go: `<base>/<service>/releases/…`."),
                'dpkg-root': absoluteDir('For `deb` artifacts: the root directory `dpkg -i --root` installs the live release ' +
                    'into (kept with the release, so a rollback installs the earlier package again).'),
                services: servicesMap(false),
                ...environmentFields,
            },
        },
        ssh: {
            kind: 'object',
            title: 'the ssh driver',
            description: 'Releases on remote hosts over the system OpenSSH client, with the same layout under `base`.',
            examples: [
                {
                    base: '/srv/shop',
                    hosts: {
                        'web-1': {
                            address: '10.0.0.5',
                            user: 'deploy',
                            'known-hosts': '10.0.0.5 ssh-ed25519 AAAAC3Nza…',
                        },
                    },
                    services: { catalog: {} },
                },
            ],
            required: ['base', 'hosts', 'services'],
            fields: {
                base: absoluteDir("Where the services' releases go on each host."),
                hosts: {
                    kind: 'map',
                    entry: 'host',
                    title: 'a map of hosts',
                    description: 'The hosts of this environment, by a name of your choice.',
                    minEntries: 1,
                    minEntriesHint: 'declare at least one host',
                    values: {
                        kind: 'object',
                        title: 'a host',
                        description: 'How to reach one host.',
                        examples: [
                            {
                                address: '10.0.0.5',
                                user: 'deploy',
                                'known-hosts': '10.0.0.5 ssh-ed25519 AAAAC3Nza…',
                            },
                        ],
                        required: ['address', 'user', 'known-hosts'],
                        fields: {
                            address: string(undefined, {
                                title: 'a host address',
                                description: 'A DNS name or IP address (an ssh config `Host` alias works too).',
                                examples: ['10.0.0.5'],
                                pattern: '^[A-Za-z0-9][A-Za-z0-9.:_-]{0,252}$',
                                patternHint: 'is not a host address: write a DNS name or an IP address, e.g. `10.0.0.5`',
                            }),
                            user: string(undefined, {
                                title: 'a user name',
                                description: 'The account to log in as.',
                                examples: ['deploy'],
                                pattern: '^[a-z_][a-z0-9_.-]{0,31}$',
                                patternHint: 'is not a user name: use lowercase letters, digits, `_`, `.` and `-`, e.g. `deploy`',
                            }),
                            port: port('an ssh port', 'The ssh port. Default: 22.'),
                            'known-hosts': {
                                kind: 'list',
                                title: 'a list of known_hosts lines',
                                description: "The host's keys as OpenSSH known_hosts lines (`ssh-keyscan -t ed25519 <host>`, " +
                                    'checked out of band): the connection is refused when the host shows another key.',
                                examples: [['10.0.0.5 ssh-ed25519 AAAAC3Nza…']],
                                minItems: 1,
                                minItemsHint: "add the host's key, e.g. the output of `ssh-keyscan -t ed25519 10.0.0.5`",
                                items: string(undefined, {
                                    title: 'a known_hosts line',
                                    description: '`<host> <key type> <base64 key>`.',
                                    examples: ['10.0.0.5 ssh-ed25519 AAAAC3Nza…'],
                                    pattern: KNOWN_HOSTS_PATTERN,
                                    patternHint: 'is not a known_hosts line: write `<host> <key type> <base64 key>`, e.g. the output of `ssh-keyscan -t ed25519 <host>`',
                                }),
                            },
                        },
                    },
                },
                parallel: {
                    kind: 'number',
                    integer: true,
                    min: 1,
                    max: 256,
                    rangeHint: 'deploy to at least one host at a time, e.g. `parallel: 4`',
                    title: 'a number of hosts',
                    description: 'How many hosts are deployed to at once. Default: 4.',
                    examples: [4],
                    default: 4,
                },
                services: servicesMap(true),
                ...environmentFields,
            },
        },
        command: {
            kind: 'object',
            title: 'the command driver',
            description: 'Deploys by running `run` with the verified artifact and the resolved config as files ' +
                '(MSDEPLOY_ARTIFACT, MSDEPLOY_CONFIG…): the way to Kubernetes, a PaaS or a cloud CLI.',
            examples: [{ run: './deploy/k8s.sh', services: { catalog: {} } }],
            required: ['run', 'services'],
            fields: {
                run: script('a bash script', 'Deploys one service; a failing command fails the deploy.', './deploy/k8s.sh'),
                env: envNames('`run`, `start` and `health` (e.g. `KUBECONFIG`, a cloud CLI profile)'),
                services: servicesMap(false),
                ...environmentFields,
            },
        },
    },
};
const library = component('library', { 'depends-on': dependsOn('library') });
const service = component('service', {
    'depends-on': dependsOn('service'),
    build,
    pipeline: servicePipeline,
});
/** How names are documented; `entry` is what the name names (`service`, `release group`). */
const spec_nameDoc = (entry) => ({
    title: `${/^[aeiou]/.test(entry) ? 'an' : 'a'} ${entry} name`,
    description: `1–63 lowercase letters, digits and \`-\`, starting with a letter or digit.`,
    examples: [entry === 'release group' ? 'storefront' : 'catalog'],
});
const spec_manifestSpec = {
    kind: 'object',
    title: 'msdeploy manifest',
    description: 'msdeploy.yml at the repository root: the services and libraries of the repository, the ' +
        'files that affect every service, and the services that ship together.',
    requireOneOf: {
        keys: ['services', 'name'],
        hint: 'add a `services` map, or add `name: <service>` to make the whole repository one ' +
            'service with that name',
    },
    fields: {
        version: {
            kind: 'const',
            value: 1,
            title: 'the manifest format version 1',
            description: 'The manifest format version. Optional; only `1` exists.',
            examples: [1],
        },
        name: string('name', {
            title: 'a project name',
            description: 'The project name. Required when there is no `services` map: the repository is then ' +
                'one service with this name and path `.`. ' +
                spec_nameDoc('project').description,
            examples: ['shop'],
        }),
        build: {
            ...build,
            description: 'How to build the artifact of a single-service repository (one without `services`); ' +
                'with `services`, each service has its own `build`. ' +
                build.description,
        },
        global: patternList({
            title: 'a list of glob patterns',
            description: 'Files whose change affects every service (lock files, CI workflows). The manifest ' +
                'itself is always included.',
            examples: [['package-lock.json', '.github/workflows/**']],
        }),
        libraries: {
            kind: 'map',
            entry: 'library',
            title: 'a map of libraries',
            description: 'Shared code, by library name. Libraries may depend on other libraries only.',
            values: library,
        },
        services: {
            kind: 'map',
            entry: 'service',
            title: 'a map of services',
            description: 'The deployable units, by service name.',
            minEntries: 1,
            minEntriesHint: 'declare at least one service, or remove `services` and set `name` to make the whole ' +
                'repository one service',
            values: service,
        },
        pipeline,
        environments: {
            kind: 'map',
            entry: 'environment',
            title: 'a map of environments',
            description: 'Where services are deployed, by environment name: the driver, the targets, how each ' +
                'service is placed, configured, started and checked. See docs/deploy.md.',
            values: environment,
        },
        'release-groups': {
            kind: 'map',
            entry: 'release group',
            title: 'a map of release groups',
            description: 'Services that ship together, by group name: when one member is affected, all are. ' +
                'A service belongs to at most one group.',
            values: {
                kind: 'list',
                title: 'a list of service names',
                description: 'The services in this group (at least two).',
                examples: [['web', 'catalog']],
                unique: true,
                minItems: 2,
                minItemsHint: 'a group ships several services together, so add another service or delete the group',
                items: string('ref', {
                    title: 'a service name',
                    description: 'A name declared under `services`.',
                    examples: ['web'],
                }),
            },
        },
    },
};
/** The example from docs/manifest.md, also published in the schema's `examples`. */
const spec_exampleManifest = {
    version: 1,
    name: 'shop',
    global: ['package-lock.json', '.github/workflows/**'],
    libraries: {
        common: {
            path: 'libs/common',
            include: ['proto/common/**', '!libs/common/**/*.md'],
            'depends-on': ['money'],
        },
        money: { path: 'libs/money' },
    },
    services: {
        catalog: {
            path: 'services/catalog',
            include: ['!services/catalog/docs/**'],
            'depends-on': ['common', 'payments'],
            build: {
                run: 'npm ci\nnpm test\nnpm run build\n',
                output: 'dist',
                version: '1.4',
                tests: ['reports/junit*.xml'],
            },
        },
        payments: {
            path: 'services/payments',
            build: {
                run: './build.sh',
                output: 'dist',
                kind: 'deb',
                deb: {
                    maintainer: 'Shop Team <ops@example.com>',
                    package: 'shop-payments',
                    depends: ['nodejs (>= 20)'],
                },
            },
            pipeline: { override: { production: { approvers: ['carol', 'dave'] } } },
        },
        web: {
            path: 'services/web',
            'depends-on': ['catalog'],
            build: { run: 'npm ci && npm run build', output: 'build' },
        },
    },
    pipeline: {
        stages: [
            { name: 'commit' },
            { name: 'acceptance' },
            { name: 'uat', environment: 'staging' },
            { name: 'production', environment: 'production', approvers: ['@acme/release-managers'] },
        ],
    },
    'release-groups': { storefront: ['web', 'catalog'] },
};

;// CONCATENATED MODULE: ./src/core/manifest/example.ts
/** Short YAML examples derived from the spec, for the "write e.g. …" half of messages. */


/** A representative value for `spec`: its first example or default, else one built from its parts. */
function exampleOf(spec) {
    if (spec.examples?.length)
        return spec.examples[0];
    if (spec.default !== undefined)
        return spec.default;
    switch (spec.kind) {
        case 'string':
            return 'x';
        case 'number':
            return spec.min ?? spec.max ?? 0; // a bound is always in range
        case 'boolean':
            return true;
        case 'enum':
            return spec.values[0];
        case 'const':
            return spec.value;
        case 'list':
            return [exampleOf(spec.items)];
        case 'map': {
            const name = spec_nameDoc(spec.entry).examples?.[0];
            return { [typeof name === 'string' ? name : 'name']: exampleOf(spec.values) };
        }
        case 'object':
            return Object.fromEntries((spec.required ?? []).map((k) => [k, exampleOf(spec.fields[k])]));
        case 'union':
            return exampleOf(spec_variantSpec(spec, Object.keys(spec.variants)[0] ?? ''));
    }
}
/** One-line YAML flow syntax: `{path: services/catalog}`, `[web, catalog]`, `'!docs/**'`. */
function flowYaml(value) {
    if (Array.isArray(value))
        return `[${value.map(flowYaml).join(', ')}]`;
    if (value !== null && typeof value === 'object') {
        const parts = Object.entries(value).map(([k, v]) => `${flowYaml(k)}: ${flowYaml(v)}`);
        return `{${parts.join(', ')}}`;
    }
    if (typeof value === 'string') {
        // Plain when YAML reads it back as the same string: `!` (tag), `*` (alias) and `[`/`{` need
        // quotes, and so do `true`, `1.4` or `.inf`, which YAML would read as another type.
        return /^[A-Za-z0-9_.][A-Za-z0-9_./*-]*$/.test(value) && (0,dist/* parse */.qg)(value) === value
            ? value
            : `'${value.replace(/'/g, "''")}'`;
    }
    return String(value);
}

// EXTERNAL MODULE: ./src/core/manifest/suggest.ts
var suggest = __webpack_require__(7211);
;// CONCATENATED MODULE: ./src/core/manifest/structure.ts
/**
 * Structural validation: walks the YAML nodes against the spec (spec.ts), reports every
 * unknown key, wrong type, missing key, bad name, path or pattern at its exact position, and
 * returns the plain values that passed. Cross-references (depends-on, release groups) are
 * checked afterwards by validate.ts.
 */






/**
 * Upper bound on visited nodes. Aliases can nest exponentially ("billion laughs"); no real
 * manifest comes near this.
 */
const NODE_BUDGET = 200_000;
/**
 * Validates `root` (the document's top-level node) against `spec`; undefined when the root
 * itself is unusable (its issue is reported).
 */
function structure_checkStructure(root, spec, ctx) {
    return new Walker(ctx).walk(root, spec, [], undefined);
}
class Walker {
    ctx;
    visited = 0;
    exhausted = false;
    constructor(ctx) {
        this.ctx = ctx;
    }
    /** Returns the accepted value, or undefined (after reporting why) when it cannot be used. */
    walk(raw, spec, path, keyPos) {
        if (++this.visited > NODE_BUDGET) {
            if (!this.exhausted) {
                this.exhausted = true;
                this.ctx.issues.add(this.ctx.locs.posOf(raw), `The manifest expands to more than ${NODE_BUDGET} values through aliases: ` +
                    'write the repeated parts out instead of nesting `*alias` references.');
            }
            return undefined;
        }
        // An alias stands for its anchor's value; positions stay at the alias, where the user looks.
        const node = (0,dist/* isAlias */.Vj)(raw) ? raw.resolve(this.ctx.doc) : raw;
        const valuePos = this.ctx.locs.posOf(raw, keyPos);
        const text = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value : undefined;
        this.ctx.locs.record(path, keyPos, valuePos, text);
        if (node === null || node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null)) {
            this.report(keyPos ?? valuePos, `${this.where(path)} has no value: ${this.fix(spec, path)}.`);
            return undefined;
        }
        switch (spec.kind) {
            case 'string':
                return this.string(node, spec, path, valuePos);
            case 'number':
                return this.number(node, spec, path, valuePos);
            case 'boolean':
                return this.boolean(node, spec, path, valuePos);
            case 'enum':
                return this.enumeration(node, spec, path, valuePos);
            case 'const':
                return this.constant(node, spec, path, valuePos);
            case 'list':
                return this.list(node, spec, path, keyPos, valuePos);
            case 'map':
                return this.map(node, spec, path, keyPos, valuePos);
            case 'object':
                return this.object(node, spec, path, keyPos, valuePos);
            case 'union':
                return this.union(node, spec, path, keyPos, valuePos);
        }
    }
    string(node, spec, path, pos) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string') {
            this.wrongType(node, spec, path, pos, (0,dist/* isScalar */.jn)(node) ? ' (quote it to make it a string)' : '');
            return undefined;
        }
        const value = node.value;
        const problem = spec.format === 'name'
            ? this.nameProblem(value, spec.entry ?? 'project')
            : spec.format === 'dir'
                ? (0,paths/* dirError */.SF)(value, spec.base)
                : spec.format === 'pattern'
                    ? (0,paths/* patternError */.fZ)(value, spec.base)
                    : spec.pattern !== undefined && !compiled(spec.pattern).test(value)
                        ? (spec.patternHint ?? `does not match \`${spec.pattern}\``)
                        : undefined;
        if (problem !== undefined) {
            // An issue is one line (`file:line:col: message`), so multi-line values are not quoted.
            const subject = value === '' || /[\r\n]/.test(value)
                ? this.where(path)
                : `${quoteValue(value)} in ${this.where(path, true)}`;
            this.report(pos, `${subject} ${problem.replace(/\.$/, '')}.`);
            return undefined;
        }
        return value;
    }
    number(node, spec, path, pos) {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        if (typeof value !== 'number') {
            const numeric = typeof value === 'string' &&
                isQuoted(node) &&
                value.trim() !== '' &&
                Number.isFinite(Number(value));
            this.wrongType(node, spec, path, pos, numeric ? ' (remove the quotes to make it a number)' : '');
            return undefined;
        }
        const { min, max } = spec;
        let problem;
        if (!Number.isFinite(value)) {
            problem = `is not a finite number: ${this.fix(spec, path)}`;
        }
        else if (spec.integer && !Number.isInteger(value)) {
            problem = `is not a whole number: write e.g. ${this.entry(path, nearestAllowed(value, spec))}`;
        }
        else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
            const range = min === undefined
                ? `is more than ${max}`
                : max === undefined
                    ? `is less than ${min}`
                    : `is not between ${min} and ${max}`;
            problem = `${range}: ${spec.rangeHint ?? this.fix(spec, path)}`;
        }
        if (problem === undefined)
            return value;
        // The source text, so that `.inf` or `2.50` read as the user wrote them.
        this.report(pos, `${quoteValue(this.source(node))} in ${this.where(path, true)} ${problem}.`);
        return undefined;
    }
    boolean(node, spec, path, pos) {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        if (typeof value === 'boolean')
            return value;
        const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
        const meant = Object.hasOwn(BOOLEAN_WORDS, text) ? BOOLEAN_WORDS[text] : undefined;
        if (meant === undefined) {
            this.wrongType(node, spec, path, pos, '');
            return undefined;
        }
        const note = isQuoted(node) && (text === 'true' || text === 'false')
            ? ' (remove the quotes to make it a boolean)'
            : ' (YAML 1.2 reads only `true` and `false` as booleans)';
        this.wrongType(node, spec, path, pos, note, `write ${this.entry(path, meant)}`);
        return undefined;
    }
    enumeration(node, spec, path, pos) {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        if (typeof value === 'string' && spec.values.includes(value))
            return value;
        const hint = (typeof value === 'string' ? (0,suggest/* didYouMean */.au)(value, spec.values) : undefined) ??
            `write e.g. \`${lastKey(path)}: ${flowYaml(exampleOf(spec))}\``;
        const message = `${this.where(path)} is ${this.describe(node)} but must be one of ` +
            `${spec.values.join(', ')}: ${hint}.`;
        this.report(pos, message.replace(/\?\.$/, '?'));
        return undefined;
    }
    constant(node, spec, path, pos) {
        if ((0,dist/* isScalar */.jn)(node) && node.value === spec.value)
            return spec.value;
        const want = flowYaml(spec.value);
        this.report(pos, `${this.where(path)} must be ${want}, not ${this.describe(node)}: write ` +
            `\`${lastKey(path)}: ${want}\` (${spec.title}), or remove the key.`);
        return undefined;
    }
    list(node, spec, path, keyPos, pos) {
        if (!(0,dist/* isSeq */.oP)(node)) {
            this.wrongType(node, spec, path, pos, '');
            return undefined;
        }
        const out = [];
        const seen = new Map();
        node.items.forEach((item, i) => {
            const value = this.walk(item, spec.items, [...path, i], undefined);
            if (value === undefined)
                return;
            const first = seen.get(value);
            if (spec.unique && first !== undefined) {
                this.report(this.ctx.locs.value([...path, i]), `${this.where(path)} lists ${quoteValue(value)} twice (also entry ${first + 1}): ` +
                    'remove the duplicate.');
                return;
            }
            seen.set(value, i);
            out.push(value);
        });
        if (spec.minItems !== undefined && node.items.length < spec.minItems) {
            this.report(keyPos ?? pos, `${this.where(path)} has ${plural(node.items.length, 'entry', 'entries')} but needs at ` +
                `least ${spec.minItems}: ${spec.minItemsHint ?? `add ${spec.items.title}s`}.`);
        }
        return out;
    }
    map(node, spec, path, keyPos, pos) {
        if (!(0,dist/* isMap */.jh)(node)) {
            this.wrongType(node, spec, path, pos, '');
            return undefined;
        }
        const out = new Map();
        for (const pair of node.items) {
            const name = this.keyText(pair.key);
            const namePos = this.ctx.locs.posOf(pair.key, pos);
            const problem = this.nameProblem(name, spec.entry);
            if (problem !== undefined) {
                this.report(namePos, `${quoteValue(name)} in \`${displayPath(path)}\` ${problem}.`);
            }
            // Keep badly named entries: references to them then resolve instead of piling up errors.
            const value = this.walk(pair.value, spec.values, [...path, name], namePos);
            if (value !== undefined)
                out.set(name, value);
        }
        if (spec.minEntries !== undefined && node.items.length < spec.minEntries) {
            this.report(keyPos ?? pos, `${this.where(path)} is empty: ${spec.minEntriesHint ?? `add a ${spec.entry}`}.`);
        }
        return out;
    }
    object(node, spec, path, keyPos, pos) {
        if (!(0,dist/* isMap */.jh)(node)) {
            this.wrongType(node, spec, path, pos, '');
            return undefined;
        }
        const known = Object.keys(spec.fields);
        const out = {};
        const present = new Set();
        for (const pair of node.items) {
            const key = this.keyText(pair.key);
            const at = this.ctx.locs.posOf(pair.key, pos);
            const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
            if (field === undefined) {
                this.unknownKey(key, known, path, at);
                continue;
            }
            present.add(key);
            const value = this.walk(pair.value, field, [...path, key], at);
            if (value !== undefined)
                out[key] = value;
        }
        const anchor = keyPos ?? pos;
        for (const key of spec.required ?? []) {
            if (present.has(key))
                continue;
            const example = flowYaml({ [key]: exampleOf(spec.fields[key]) }).slice(1, -1);
            this.report(anchor, `${this.where(path)} has no \`${key}\`: add it, e.g. \`${example}\`.`);
        }
        const oneOf = spec.requireOneOf;
        if (oneOf && !oneOf.keys.some((k) => present.has(k))) {
            const keys = oneOf.keys.map((k) => `\`${k}\``).join(' nor ');
            this.report(anchor, `${this.where(path)} has neither ${keys}: ${oneOf.hint}.`);
        }
        return out;
    }
    /**
     * The discriminator first: until it names a variant there is nothing to check the other keys
     * against, so a missing or unknown one is the only issue reported for the mapping.
     */
    union(node, spec, path, keyPos, pos) {
        if (!(0,dist/* isMap */.jh)(node)) {
            this.wrongType(node, spec, path, pos, '');
            return undefined;
        }
        const key = spec.discriminator;
        const pair = node.items.find((p) => this.keyText(p.key) === key);
        if (pair === undefined) {
            const tags = discriminatorSpec(spec);
            this.report(keyPos ?? pos, `${this.where(path)} has no \`${key}\`, which must be one of ${tags.values.join(', ')}: ` +
                `add it, e.g. ${this.entry([key], exampleOf(tags))}.`);
            return undefined;
        }
        const at = this.ctx.locs.posOf(pair.key, pos);
        const tag = this.walk(pair.value, discriminatorSpec(spec), [...path, key], at);
        if (tag === undefined)
            return undefined;
        return this.object(node, spec_variantSpec(spec, tag), path, keyPos, pos);
    }
    unknownKey(key, known, path, at) {
        const where = path.length === 0 ? '' : ` in \`${displayPath(path)}\``;
        const kind = path.length === 0 ? 'top-level key' : 'key';
        const hint = (0,suggest/* didYouMean */.au)(key, known) ??
            `remove it; the keys allowed here are ${known.map((k) => `\`${k}\``).join(', ')}`;
        this.report(at, `Unknown ${kind} ${quoteValue(key)}${where}: ${hint}.`.replace(/\?\.$/, '?'));
    }
    wrongType(node, spec, path, pos, note, fix = this.fix(spec, path)) {
        // A boolean's title says what it switches; what the user needs to read is its two values.
        const want = spec.kind === 'boolean' ? 'true or false' : spec.title;
        this.report(pos, `${this.where(path)} must be ${want}, not ${this.describe(node)}${note}: ${fix}.`);
    }
    /** "write e.g. `path: services/catalog`". */
    fix(spec, path) {
        return `write e.g. ${this.entry(path, exampleOf(spec))}`;
    }
    /** "`path: services/catalog`" (list items and the root have no key to show). */
    entry(path, value) {
        const example = flowYaml(value);
        return typeof path[path.length - 1] === 'string'
            ? `\`${lastKey(path)}: ${example}\``
            : `\`${example}\``;
    }
    /** Undefined when `name` is valid, else what is wrong with it and a valid spelling. */
    nameProblem(name, entry) {
        if (NAME_RE.test(name))
            return undefined;
        const fixed = name
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-')
            .replace(/^-+|-+$/g, '')
            .slice(0, 63);
        const example = NAME_RE.test(fixed) ? fixed : String(spec_nameDoc(entry).examples?.[0]);
        return (`is not a valid ${entry} name: use 1–63 lowercase letters, digits and \`-\`, starting ` +
            `with a letter or digit, e.g. \`${example}\``);
    }
    /** The key as written: a number-like key (`42:`) keeps its spelling rather than its value. */
    keyText(key) {
        if ((0,dist/* isScalar */.jn)(key) && typeof key.value === 'string')
            return key.value;
        const range = key?.range;
        return range ? this.ctx.text.slice(range[0], range[1]).trim() : '';
    }
    describe(node) {
        if ((0,dist/* isMap */.jh)(node))
            return 'a mapping';
        if ((0,dist/* isSeq */.oP)(node))
            return 'a list';
        if ((0,dist/* isScalar */.jn)(node)) {
            const v = node.value;
            if (typeof v === 'string')
                return `the text ${quoteValue(v)}`;
            if (typeof v === 'number' || typeof v === 'bigint')
                return `the number ${this.source(node)}`;
            if (typeof v === 'boolean')
                return `the boolean ${String(v)}`;
        }
        return 'an unsupported value';
    }
    /** A scalar as written (`1.10`, not its value 1.1); falls back to its value. */
    source(node) {
        const range = node.range;
        const text = range ? this.ctx.text.slice(range[0], range[1]).trim() : '';
        return text !== '' ? text : String(node.value);
    }
    /** "`services.web.path`" or, for the root, "The manifest" (lowercase inside a sentence). */
    where(path, inSentence = false) {
        if (path.length === 0)
            return inSentence ? 'the manifest' : 'The manifest';
        return `\`${displayPath(path)}\``;
    }
    report(pos, message) {
        this.ctx.issues.add(pos, message);
    }
}
const patterns = new Map();
/** Spec patterns are few and fixed: compile each once. */
function compiled(pattern) {
    let re = patterns.get(pattern);
    if (re === undefined)
        patterns.set(pattern, (re = new RegExp(pattern, 'u')));
    return re;
}
/** Text meant as a boolean: quoted `true`/`false`, or words YAML 1.1 read as booleans and 1.2 does not. */
const BOOLEAN_WORDS = {
    true: true,
    false: false,
    yes: true,
    no: false,
    on: true,
    off: false,
    y: true,
    n: false,
};
/** The closest whole number the spec accepts, to suggest instead of a fraction. */
function nearestAllowed(value, spec) {
    return Math.min(spec.max ?? Infinity, Math.max(spec.min ?? -Infinity, Math.round(value)));
}
/** Written in quotes: a quoted `"5"` or `"true"` is text even though it looks like a value. */
const isQuoted = (node) => (0,dist/* isScalar */.jn)(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
const lastKey = (path) => String(path[path.length - 1] ?? '');
const quoteValue = (v) => `\`${String(v)}\``;
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

;// CONCATENATED MODULE: ./src/core/artifact/build-env.ts
/**
 * The environment a build command gets: an allow-list cut from ours, never the whole of it.
 * The action's own environment holds what the build must not see: its inputs (`INPUT_*`, the
 * registry password and token among them), the runner's internal credentials (`ACTIONS_*`),
 * and the file-command paths through which a step rewrites its outputs, environment, PATH or
 * summary (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_PATH`, `GITHUB_STATE`, `GITHUB_STEP_SUMMARY`).
 */
/** Names always passed when set: what a shell and common toolchains expect. */
const BASE_NAMES = new Set(['PATH', 'HOME', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR', 'CI']);
/**
 * The documented GitHub context variables, read-only facts about the run. Not among them:
 * GITHUB_TOKEN (a credential), the file-command paths (see {@link NEVER_FORWARDED}) and
 * GITHUB_EVENT_PATH (the event payload is the runner's file, full of untrusted text: a
 * reproducible build depends on the source, not on the event).
 */
const GITHUB_CONTEXT = new Set([
    'GITHUB_ACTIONS',
    'GITHUB_ACTION_REPOSITORY',
    'GITHUB_ACTOR',
    'GITHUB_ACTOR_ID',
    'GITHUB_API_URL',
    'GITHUB_BASE_REF',
    'GITHUB_EVENT_NAME',
    'GITHUB_GRAPHQL_URL',
    'GITHUB_HEAD_REF',
    'GITHUB_JOB',
    'GITHUB_REF',
    'GITHUB_REF_NAME',
    'GITHUB_REF_PROTECTED',
    'GITHUB_REF_TYPE',
    'GITHUB_REPOSITORY',
    'GITHUB_REPOSITORY_ID',
    'GITHUB_REPOSITORY_OWNER',
    'GITHUB_REPOSITORY_OWNER_ID',
    'GITHUB_RETENTION_DAYS',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_NUMBER',
    'GITHUB_SERVER_URL',
    'GITHUB_SHA',
    'GITHUB_TRIGGERING_ACTOR',
    'GITHUB_WORKFLOW',
    'GITHUB_WORKFLOW_REF',
    'GITHUB_WORKFLOW_SHA',
    'GITHUB_WORKSPACE',
]);
/** The runner's file commands: whoever can write these rewrites our outputs, env, PATH or summary. */
const FILE_COMMAND_NAMES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
];
/** Why `name` may never reach a build, even when the manifest forwards it; undefined if it may. */
function neverForwarded(name) {
    if (name.startsWith('INPUT_'))
        return 'it is an action input (inputs carry our credentials)';
    if (name.startsWith('ACTIONS_'))
        return "it is the runner's internal credential or endpoint";
    if (FILE_COMMAND_NAMES.includes(name)) {
        return "it is a runner file command (the build could rewrite the action's outputs)";
    }
    if (isCredentialOfOurs(name))
        return "it is msdeploy's own credential";
    return undefined;
}
/** MSDEPLOY_* names that hold credentials (the CLI's registry login), kept from the build. */
function isCredentialOfOurs(name) {
    return (name.startsWith('MSDEPLOY_') &&
        (name.startsWith('MSDEPLOY_REGISTRY_') || /PASSWORD|TOKEN|SECRET|CREDENTIAL/.test(name)));
}
/** True when `name` passes without being forwarded by the manifest. */
function allowedByDefault(name) {
    if (neverForwarded(name))
        return false;
    return (BASE_NAMES.has(name) ||
        name.startsWith('LC_') ||
        GITHUB_CONTEXT.has(name) ||
        name.startsWith('RUNNER_') ||
        name.startsWith('MSDEPLOY_'));
}
/**
 * The build's whole environment: the allowed names from `parent`, the names the manifest
 * forwards (`build.env`), then msdeploy's own values for the build (`own`), which win.
 */
function buildEnvironment(parent, forward, own) {
    const env = {};
    const forwarded = new Set(forward.filter((n) => !neverForwarded(n)));
    for (const [name, value] of Object.entries(parent)) {
        if (value !== undefined && (allowedByDefault(name) || forwarded.has(name)))
            env[name] = value;
    }
    return { ...env, ...own };
}

;// CONCATENATED MODULE: ./src/core/manifest/validate.ts
/**
 * Cross-reference checks, run after the structure is known: unique names across libraries and
 * services, `depends-on` targets, dependency cycles, release group members, and the keys of a
 * `build` that depend on each other (`kind` and `deb`) or on where it is written.
 */





function checkReferences(raw, locs, issues) {
    new ReferenceChecker(raw, locs, issues).run();
}
class ReferenceChecker {
    raw;
    locs;
    issues;
    libraries;
    services;
    /** False when a map was present but unusable: then "unknown name" errors would only be noise. */
    librariesKnown;
    servicesKnown;
    byName = new Map();
    constructor(raw, locs, issues) {
        this.raw = raw;
        this.locs = locs;
        this.issues = issues;
        this.librariesKnown = raw.libraries !== undefined || !locs.has(['libraries']);
        this.libraries = this.components('library', 'libraries', raw.libraries);
        if (locs.has(['services'])) {
            this.servicesKnown = raw.services !== undefined;
            this.services = this.components('service', 'services', raw.services);
        }
        else {
            // A single-service repository: the service is the whole repo, named `name`.
            this.servicesKnown = raw.name !== undefined;
            this.services =
                raw.name === undefined
                    ? []
                    : [{ kind: 'service', name: raw.name, at: ['name'], dependsOn: [] }];
        }
    }
    run() {
        this.checkUniqueNames();
        this.checkDependencies();
        this.checkCycles();
        this.checkReleaseGroups();
        this.checkBuilds();
        this.checkPipelines();
        this.checkEnvironments();
    }
    /**
     * An environment places only declared services (on its own hosts, for ssh); the stage that
     * feeds it is a stage of each of them; a stage's `environment` names a declared one.
     */
    checkEnvironments() {
        const envs = this.raw.environments;
        const declared = this.locs.childKeys(['environments']);
        if (this.locs.has(['environments'])) {
            const stagePaths = this.stageEnvironmentPaths();
            for (const { at, name } of stagePaths) {
                if (declared.includes(name))
                    continue;
                const hint = (0,suggest/* didYouMean */.au)(name, declared) ?? `declare it under \`environments\``;
                this.issues.add(this.locs.value(at), `\`${displayPath(at)}\` names environment \`${name}\`, which is not declared: ${hint}.`.replace(/\?\.$/, '?'));
            }
        }
        if (envs === undefined)
            return;
        for (const [env, e] of envs) {
            const at = ['environments', env];
            (e.secrets ?? []).forEach((name, i) => {
                const why = neverForwarded(name);
                if (why) {
                    this.issues.add(this.locs.value([...at, 'secrets', i]), `\`${name}\` in \`${displayPath(at)}.secrets\` is never given to configuration: ${why}. ` +
                        "Map the secret to a name of its own in the step's `env:`, e.g. `DB_PASSWORD`.");
                }
            });
            const hosts = e.driver === 'ssh' ? this.locs.childKeys([...at, 'hosts']) : [];
            for (const service of this.locs.childKeys([...at, 'services'])) {
                const svc = this.byName.get(service);
                if (svc?.kind !== 'service') {
                    if (!this.servicesKnown)
                        continue;
                    const hint = (0,suggest/* didYouMean */.au)(service, this.services.map((x) => x.name)) ?? 'declare it under `services`, or remove it from the environment';
                    this.issues.add(this.locs.key([...at, 'services', service]), `Environment \`${env}\` places \`${service}\`, which is not a service: ${hint}.`.replace(/\?\.$/, '?'));
                    continue;
                }
                const listed = e.services?.get(service)?.hosts ?? [];
                for (const host of listed) {
                    if (hosts.includes(host))
                        continue;
                    const hint = (0,suggest/* didYouMean */.au)(host, hosts) ?? `its hosts are ${hosts.join(', ')}`;
                    this.issues.add(this.locs.itemPos([...at, 'services', service, 'hosts'], host), `\`${displayPath([...at, 'services', service, 'hosts'])}\` names host \`${host}\`, which is not in \`${displayPath([...at, 'hosts'])}\`: ${hint}.`.replace(/\?\.$/, '?'));
                }
                if (e.stage === undefined)
                    continue;
                const stages = this.stagesOf(service);
                if (!stages.includes(e.stage)) {
                    this.issues.add(this.locs.value([...at, 'stage']), `Environment \`${env}\` is fed by stage \`${e.stage}\`, which is not in the pipeline of \`${service}\` ` +
                        `(${stages.join(' → ')}): name one of its stages, or remove \`${service}\` from the environment.`);
                }
            }
        }
    }
    /** Every `environment:` a stage names: the manifest's list, services' lists and overrides. */
    stageEnvironmentPaths() {
        const found = [];
        const list = (at) => {
            for (let i = 0; this.locs.has([...at, i]); i++) {
                const name = this.locs.text([...at, i, 'environment']);
                if (name !== undefined)
                    found.push({ at: [...at, i, 'environment'], name });
            }
        };
        list(['pipeline', 'stages']);
        for (const service of this.locs.childKeys(['services'])) {
            list(['services', service, 'pipeline', 'stages']);
            for (const stage of this.locs.childKeys(['services', service, 'pipeline', 'override'])) {
                const at = ['services', service, 'pipeline', 'override', stage, 'environment'];
                const name = this.locs.text(at);
                if (name !== undefined)
                    found.push({ at, name });
            }
        }
        return found;
    }
    /** The stage names a service's artifacts go through (its own list, the manifest's, or the default). */
    stagesOf(service) {
        const own = ['services', service, 'pipeline', 'stages'];
        const from = (at) => {
            const names = [];
            for (let i = 0; this.locs.has([...at, i]); i++) {
                const n = this.locs.text([...at, i, 'name']);
                if (n !== undefined)
                    names.push(n);
            }
            return names;
        };
        if (this.locs.has(own))
            return from(own);
        if (this.locs.has(['pipeline', 'stages']))
            return from(['pipeline', 'stages']);
        return [...DEFAULT_STAGE_NAMES];
    }
    /**
     * Stage names are unique in each list, and a service's `override` names only stages of the
     * list that service uses (its own `stages`, else the manifest's, else the default ones).
     */
    checkPipelines() {
        const defaultNames = this.stageNames(['pipeline', 'stages']) ?? [...DEFAULT_STAGE_NAMES];
        for (const name of this.locs.childKeys(['services'])) {
            const at = ['services', name, 'pipeline'];
            const names = this.stageNames([...at, 'stages']) ?? defaultNames;
            for (const stage of this.locs.childKeys([...at, 'override'])) {
                if (names.includes(stage))
                    continue;
                const hint = (0,suggest/* didYouMean */.au)(stage, names) ?? `the stages are ${[...new Set(names)].join(', ')}`;
                this.issues.add(this.locs.key([...at, 'override', stage]), `\`${displayPath(at)}.override\` names stage \`${stage}\`, which is not in this ` +
                    `service's pipeline: ${hint}.`.replace(/\?\.$/, '?'));
            }
        }
    }
    /** The names in a stage list, reporting each repeated one; undefined when there is no list. */
    stageNames(at) {
        if (!this.locs.has(at))
            return undefined;
        const names = [];
        for (let i = 0; this.locs.has([...at, i]); i++) {
            const name = this.locs.text([...at, i, 'name']);
            if (name === undefined)
                continue;
            const first = names.indexOf(name);
            names.push(name);
            if (first >= 0) {
                const line = this.locs.value([...at, first, 'name']).line;
                this.issues.add(this.locs.value([...at, i, 'name']), `Stage \`${name}\` is already in \`${displayPath(at)}\` on line ${line}: each stage ` +
                    'appears once in a pipeline, so rename or remove one of them.');
            }
        }
        return names;
    }
    components(kind, key, map) {
        // Declared names come from the source, so an entry with an invalid body still counts as declared.
        return this.locs.childKeys([key]).map((name) => ({
            kind,
            name,
            at: [key, name],
            dependsOn: map?.get(name)?.['depends-on'] ?? [],
        }));
    }
    checkUniqueNames() {
        for (const c of [...this.libraries, ...this.services]) {
            const other = this.byName.get(c.name);
            if (other === undefined) {
                this.byName.set(c.name, c);
                continue;
            }
            if (other.kind === c.kind)
                continue; // a duplicate key, already a YAML error
            const [first, second] = this.inReadingOrder(other, c);
            this.issues.add(this.locs.key(second.at), `\`${c.name}\` is declared both as ${describe(first)} on line ${this.locs.key(first.at).line} ` +
                `and as ${describe(second)}: names must be unique across libraries and services, so rename one.`);
        }
    }
    checkDependencies() {
        for (const c of [...this.libraries, ...this.services]) {
            const listPath = [...c.at, 'depends-on'];
            for (const dep of c.dependsOn) {
                const at = this.locs.itemPos(listPath, dep);
                const target = this.byName.get(dep);
                if (dep === c.name) {
                    this.issues.add(at, `${capital(c.kind)} \`${c.name}\` depends on itself: remove \`${dep}\` from its \`depends-on\`.`);
                }
                else if (target === undefined) {
                    this.reportUnknownDependency(c, dep, at);
                }
                else if (c.kind === 'library' && target.kind === 'service') {
                    this.issues.add(at, `Library \`${c.name}\` depends on \`${dep}\`, which is a service: libraries may depend ` +
                        'only on libraries, so move the shared code into a library or remove the dependency.');
                }
            }
        }
    }
    reportUnknownDependency(c, dep, at) {
        const candidates = c.kind === 'library' ? this.libraries : [...this.libraries, ...this.services];
        if (!this.librariesKnown || (c.kind === 'service' && !this.servicesKnown))
            return;
        const allowed = c.kind === 'library' ? 'a library' : 'a library or a service';
        const hint = (0,suggest/* didYouMean */.au)(dep, candidates.filter((x) => x.name !== c.name).map((x) => x.name)) ??
            `declare it under \`${c.kind === 'library' ? 'libraries' : 'libraries` or `services'}\`, ` +
                'or remove it';
        this.issues.add(at, `\`${c.at.join('.')}.depends-on\` names \`${dep}\`, which is not ${allowed}: ${hint}.`.replace(/\?\.$/, '?'));
    }
    /**
     * Depth-first search in declaration order. Each edge back onto the current path closes one
     * cycle, reported once at the `depends-on` entry that closes it; removing those edges leaves
     * the graph acyclic, so no cycle goes unreported.
     */
    checkCycles() {
        const nodes = [...this.byName.values()].sort((a, b) => this.compareDeclared(a, b));
        const edges = new Map(nodes.map((n) => [n.name, n.dependsOn.filter((d) => this.isUsableEdge(n, d))]));
        const done = new Set();
        const onPath = new Map(); // name → index in `path`
        for (const start of nodes) {
            if (done.has(start.name))
                continue;
            const path = [{ name: start.name, next: 0 }];
            onPath.set(start.name, 0);
            while (path.length > 0) {
                const top = path[path.length - 1];
                const out = edges.get(top.name);
                if (top.next >= out.length) {
                    path.pop();
                    onPath.delete(top.name);
                    done.add(top.name);
                    continue;
                }
                const to = out[top.next++];
                const back = onPath.get(to);
                if (back !== undefined) {
                    this.reportCycle([...path.slice(back).map((p) => p.name), to], this.byName.get(top.name));
                }
                else if (!done.has(to)) {
                    onPath.set(to, path.length);
                    path.push({ name: to, next: 0 });
                }
            }
        }
    }
    isUsableEdge(from, to) {
        const target = this.byName.get(to);
        return (to !== from.name &&
            target !== undefined &&
            !(from.kind === 'library' && target.kind === 'service'));
    }
    reportCycle(cycle, closer) {
        const closing = cycle[cycle.length - 1];
        this.issues.add(this.locs.itemPos([...closer.at, 'depends-on'], closing), `Dependency cycle ${cycle.join(' → ')}: nothing in it can be built first, so remove one ` +
            `of these \`depends-on\` entries (e.g. \`${closing}\` from \`${closer.name}\`).`);
    }
    checkReleaseGroups() {
        const groups = this.raw['release-groups'];
        if (groups === undefined)
            return;
        const groupOf = new Map();
        for (const [group, members] of groups) {
            const listPath = ['release-groups', group];
            for (const member of members) {
                const at = this.locs.itemPos(listPath, member);
                const target = this.byName.get(member);
                if (target?.kind === 'service') {
                    const other = groupOf.get(member);
                    if (other === undefined) {
                        groupOf.set(member, group);
                        continue;
                    }
                    const line = this.locs.itemPos(['release-groups', other], member).line;
                    this.issues.add(at, `Service \`${member}\` is already in release group \`${other}\` (line ${line}): a ` +
                        'service ships with at most one group, so remove it from one of them.');
                }
                else if (target?.kind === 'library') {
                    this.issues.add(at, `Release group \`${group}\` lists \`${member}\`, which is a library: groups list ` +
                        'services (libraries ship inside the services that depend on them), so remove it.');
                }
                else if (this.servicesKnown) {
                    const hint = (0,suggest/* didYouMean */.au)(member, this.services.map((s) => s.name)) ?? 'declare it under `services`, or remove it from the group';
                    this.issues.add(at, `Release group \`${group}\` lists \`${member}\`, which is not a service: ${hint}.`.replace(/\?\.$/, '?'));
                }
            }
        }
    }
    checkBuilds() {
        const services = this.raw.services;
        if (this.locs.has(['build']) && this.locs.has(['services'])) {
            const first = this.locs.childKeys(['services'])[0] ?? 'catalog';
            this.issues.add(this.locs.key(['build']), 'A top-level `build` is only for a single-service repository (one without `services`): ' +
                `move it under the service it builds, e.g. \`services.${first}.build\`.`);
        }
        if (services !== undefined) {
            for (const [name, s] of services) {
                if (s.build)
                    this.checkBuild(name, ['services', name, 'build'], s.build);
            }
        }
        else if (this.raw.name !== undefined && this.raw.build !== undefined) {
            this.checkBuild(this.raw.name, ['build'], this.raw.build);
        }
    }
    checkBuild(service, at, build) {
        const where = displayPath(at);
        (build.env ?? []).forEach((name, i) => {
            const why = typeof name === 'string' ? neverForwarded(name) : undefined;
            if (why) {
                this.issues.add(this.locs.value([...at, 'env', i]), `\`${name}\` in \`${where}.env\` is never passed to a build: ${why}. Remove it; ` +
                    "pass what the build needs under another name in the step's `env:`.");
            }
        });
        const prefix = build.deb?.prefix;
        if (typeof prefix === 'string' && prefix.startsWith('/') && debianControlPrefix(prefix)) {
            // dpkg-deb reads the package's DEBIAN/ directory as its control area (maintainer scripts
            // run as root on install): the build output must never land there.
            this.issues.add(this.locs.value([...at, 'deb', 'prefix']), `\`${prefix}\` in \`${where}.deb.prefix\` is inside /DEBIAN, the package's control ` +
                'area (its maintainer scripts run as root on install): install the build output ' +
                `elsewhere, e.g. \`/opt/${service}\`.`);
        }
        const hasDeb = this.locs.has([...at, 'deb']);
        // An invalid `kind` was reported already; guessing it here would only add noise.
        const kind = build.kind ?? (this.locs.has([...at, 'kind']) ? undefined : 'archive');
        if (kind === 'deb' && !hasDeb) {
            this.issues.add(this.locs.key(at), `\`${where}\` has \`kind: deb\` but no \`deb\` section: add one with the package ` +
                "maintainer, e.g. `deb: {maintainer: 'Shop Team <ops@example.com>'}`.");
        }
        else if (kind === 'archive' && hasDeb) {
            this.issues.add(this.locs.key([...at, 'deb']), `\`${where}.deb\` describes a Debian package, but the build makes an archive: remove ` +
                '`deb` or set `kind: deb`.');
        }
        else if (kind === 'deb' &&
            build.deb !== undefined &&
            !this.locs.has([...at, 'deb', 'package']) &&
            !new RegExp(DEB_PACKAGE_PATTERN).test(service)) {
            // Service names are valid package names except for length: Debian needs two characters.
            this.issues.add(this.locs.key([...at, 'deb']), `The Debian package of \`${service}\` is named after the service by default, but ` +
                `\`${service}\` is not a valid package name (it needs at least two characters): set ` +
                `\`package\` in \`${where}.deb\`, e.g. \`package: ${service}-service\`.`);
        }
    }
    compareDeclared(a, b) {
        const pa = this.locs.key(a.at);
        const pb = this.locs.key(b.at);
        return pa.line - pb.line || pa.col - pb.col;
    }
    inReadingOrder(a, b) {
        return this.compareDeclared(a, b) <= 0 ? [a, b] : [b, a];
    }
}
const describe = (c) => c.at[0] === 'name' ? 'the single service `name`' : `a ${c.kind}`;
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** True when an absolute prefix normalises into `/DEBIAN` (`//DEBIAN/`, `/./DEBIAN/x`). */
function debianControlPrefix(prefix) {
    return prefix.split('/').find((c) => c !== '' && c !== '.') === 'DEBIAN';
}

;// CONCATENATED MODULE: ./src/core/manifest/load.ts
/** Parsing `msdeploy.yml` text into a validated `Manifest`, with every problem located. */







const DEFAULT_MANIFEST_FILE = 'msdeploy.yml';
/**
 * The largest manifest msdeploy parses: 4 MiB is hundreds of times a 5,000-service manifest, and
 * parsing costs ~50× the text in memory (a 50 MB file took 29 s and 2.7 GB).
 */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The issue for a manifest over {@link MAX_MANIFEST_BYTES}, reported before any parsing. */
function manifestTooLarge(bytes, shownAs) {
    return {
        file: shownAs,
        line: 1,
        col: 1,
        message: `${shownAs} is ${bytes} bytes, over the ${MAX_MANIFEST_BYTES} bytes (4 MiB) a manifest may ` +
            'be; it was not parsed. Is this the right file? See docs/manifest.md.',
    };
}
/**
 * Parses and validates a manifest. Pure: `file` (relative to the repository root) becomes the
 * implicit `global` pattern and, unless `shownAs` says otherwise, names the manifest in issues
 * (an action shows it relative to the workspace, a CLI relative to where it was started).
 * `manifest` is set exactly when `issues` is empty.
 */
function parseManifest(text, file = DEFAULT_MANIFEST_FILE, shownAs = file) {
    // A UTF-16 code unit is at least one UTF-8 byte: only a text that may be over is measured.
    if (text.length > MAX_MANIFEST_BYTES / 3) {
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes > MAX_MANIFEST_BYTES)
            return { issues: [manifestTooLarge(bytes, shownAs)] };
    }
    const ctx = parseYaml(text, shownAs);
    const { doc, issues, locs } = ctx;
    if (issues.length > 0)
        return { issues: issues.sorted() };
    const root = doc.contents;
    if (root === null || (root.range[0] === root.range[1] && !(0,dist/* isMap */.jh)(root))) {
        issues.add({ line: 1, col: 1 }, `${shownAs} is empty: declare the repository's \`services\` (or a \`name\` for a ` +
            'single-service repository); see docs/manifest.md.');
        return { issues: issues.sorted() };
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        issues.add(locs.posOf(root), `The manifest must be a mapping of keys such as \`services:\` and \`global:\`, not ` +
            `${(0,dist/* isSeq */.oP)(root) ? 'a list' : 'a single value'}: see docs/manifest.md for its layout.`);
        return { issues: issues.sorted() };
    }
    const raw = structure_checkStructure(root, spec_manifestSpec, ctx) ?? {};
    checkReferences(raw, locs, issues);
    if (issues.length > 0)
        return { issues: issues.sorted() };
    return { manifest: buildManifest(raw, file, locs), issues: [] };
}
/**
 * The structural half of {@link parseManifest} for any spec: YAML errors, then every value
 * checked against `spec`, with the same located messages. `value` is set exactly when `issues`
 * is empty. Lets a spec kind be tested on its own, before any manifest section uses it.
 */
function validateYaml(text, spec, file) {
    const ctx = parseYaml(text, file);
    if (ctx.issues.length > 0)
        return { issues: ctx.issues.sorted() };
    const value = checkStructure(ctx.doc.contents, spec, ctx);
    if (ctx.issues.length > 0 || value === undefined)
        return { issues: ctx.issues.sorted() };
    return { value, issues: [] };
}
/** Parses YAML text, reporting syntax errors and repeated keys; check nothing else if any. */
function parseYaml(text, file) {
    const issues = new IssueList(file);
    const lineCounter = new dist/* LineCounter */.HN();
    const locs = new SourceMap(lineCounter);
    // yaml's own uniqueKeys check is quadratic per mapping (seconds for 5,000 services): ours is linear.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) {
        // The tree of a broken document is a guess; checking it would only add confusing errors.
        for (const e of doc.errors)
            issues.add(locs.posAt(e.pos[0]), yamlErrorMessage(e));
        return { doc, text, issues, locs };
    }
    reportRepeatedKeys(doc.contents, locs, issues);
    return { doc, text, issues, locs };
}
/**
 * Every mapping's repeated keys, anywhere in the document (aliases are not followed: their
 * anchor is checked where it is written). A plain recursion over collections: yaml's `visit`
 * also visits every scalar and builds a path for each, a tenth of a large manifest's parse.
 */
function reportRepeatedKeys(node, locs, issues) {
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            reportRepeatedKeys(item, locs, issues);
    }
    else if ((0,dist/* isMap */.jh)(node)) {
        const seen = new Set();
        for (const { key } of node.items) {
            if (!(0,dist/* isScalar */.jn)(key))
                continue;
            if (seen.has(key.value) && key.range) {
                issues.add(locs.posAt(key.range[0]), `YAML syntax error: Map keys must be unique: ${YAML_HINTS.DUPLICATE_KEY}.`);
            }
            seen.add(key.value);
        }
        for (const { key, value } of node.items) {
            reportRepeatedKeys(key, locs, issues);
            reportRepeatedKeys(value, locs, issues);
        }
    }
}
/** `msdeploy.yml:3:5: <message>`, the form editors and GitHub problem matchers understand. */
function formatIssue(i) {
    return `${i.file}:${i.line}:${i.col}: ${i.message}`;
}
/** A manifest that failed validation; `issues` holds every problem, in reading order. */
class ManifestError extends errors/* ManifestProblem */.Rn {
    issues;
    constructor(issues) {
        const n = issues.length;
        super(`${n} problem${n === 1 ? '' : 's'} in the manifest:\n${issues.map(formatIssue).join('\n')}`, issues);
        this.issues = issues;
    }
}
/** Like {@link parseManifest}, but throws a {@link ManifestError} listing every issue. */
function loadManifestOrThrow(text, file = DEFAULT_MANIFEST_FILE) {
    const { manifest, issues } = parseManifest(text, file);
    if (manifest === undefined)
        throw new ManifestError(issues);
    return manifest;
}
const YAML_HINTS = {
    DUPLICATE_KEY: 'each key may appear once in a mapping, so remove or merge the repeated one',
    TAB_AS_INDENT: 'YAML indents with spaces, so replace the tabs',
    BAD_INDENT: 'indent it with spaces to line up with the entries it belongs to',
    MULTIPLE_DOCS: 'the manifest is one document, so remove the `---` and what follows',
    MISSING_CHAR: 'add the missing closing character',
    BAD_ALIAS: 'define the anchor (`&name`) before using `*name`',
    BAD_SCALAR_START: 'quote the value',
    BLOCK_AS_IMPLICIT_KEY: 'put the key and its value on separate lines, or quote it',
    MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check for a missing `:` or quote',
};
function yamlErrorMessage(e) {
    const what = e.message.split('\n')[0].replace(/\.$/, '');
    const hint = YAML_HINTS[e.code] ?? 'check the quoting, brackets and indentation around here';
    return `YAML syntax error: ${what}: ${hint}.`;
}

;// CONCATENATED MODULE: ./src/core/manifest/json-schema.ts
/**
 * The JSON Schema (draft 2020-12) of `msdeploy.yml`, generated from the same spec that drives
 * validation, for editors (yaml-language-server) and other tools. The loader checks more than
 * the schema can say (globs, references, cycles); the schema never accepts a key the loader rejects.
 */

/** Where the published schema lives; editors use it as the schema's identity. */
const MANIFEST_SCHEMA_ID = 'https://raw.githubusercontent.com/msdeploy/msdeploy/main/schema/msdeploy.schema.json';
function manifestJsonSchema() {
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: MANIFEST_SCHEMA_ID,
        ...toSchema(manifestSpec),
        examples: [exampleManifest],
    };
}
/** The schema file's exact content: 2-space JSON and a final newline. */
function renderManifestSchema() {
    return `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`;
}
/** The schema of one spec node; exported so tests can check a node the manifest does not use yet. */
function toSchema(spec) {
    const doc = { title: spec.title, description: spec.description };
    // Annotations go last: `default`, then `examples`.
    const annotations = {
        ...(spec.default !== undefined && { default: spec.default }),
        ...(spec.examples && { examples: [...spec.examples] }),
    };
    switch (spec.kind) {
        case 'string': {
            const pattern = spec.format === 'name'
                ? NAME_PATTERN
                : spec.format === 'dir' || spec.format === 'pattern'
                    ? INSIDE_REPO_PATTERN // also right relative to a service: no `..`, not absolute
                    : spec.pattern;
            return { ...doc, type: 'string', minLength: 1, ...(pattern && { pattern }), ...annotations };
        }
        case 'number':
            return {
                ...doc,
                type: spec.integer ? 'integer' : 'number',
                ...(spec.min !== undefined && { minimum: spec.min }),
                ...(spec.max !== undefined && { maximum: spec.max }),
                ...annotations,
            };
        case 'boolean':
            return { ...doc, type: 'boolean', ...annotations };
        case 'enum':
            return { ...doc, type: 'string', enum: [...spec.values], ...annotations };
        case 'const':
            return { ...doc, const: spec.value, ...annotations };
        case 'list':
            return {
                ...doc,
                type: 'array',
                items: toSchema(spec.items),
                ...(spec.unique && { uniqueItems: true }),
                ...(spec.minItems !== undefined && { minItems: spec.minItems }),
                ...annotations,
            };
        case 'map': {
            const key = nameDoc(spec.entry);
            return {
                ...doc,
                type: 'object',
                ...(spec.minEntries !== undefined && { minProperties: spec.minEntries }),
                propertyNames: { title: key.title, description: key.description, pattern: NAME_PATTERN },
                additionalProperties: toSchema(spec.values),
                ...annotations,
            };
        }
        case 'object': {
            const properties = Object.fromEntries(Object.entries(spec.fields).map(([key, field]) => [key, toSchema(field)]));
            return {
                ...doc,
                type: 'object',
                properties,
                ...(spec.required?.length && { required: [...spec.required] }),
                ...(spec.requireOneOf && {
                    anyOf: spec.requireOneOf.keys.map((k) => ({ required: [k] })),
                }),
                additionalProperties: false,
                ...annotations,
            };
        }
        case 'union':
            // Each branch requires its own `const` discriminator, so exactly one can match and an
            // editor reports the errors of the branch the user picked.
            return {
                ...doc,
                oneOf: Object.keys(spec.variants).map((value) => toSchema(variantSpec(spec, value))),
                ...annotations,
            };
    }
}

;// CONCATENATED MODULE: ./src/core/manifest/index.ts
/** The manifest (`msdeploy.yml`): parse, validate with exact locations, and its JSON Schema. */





/***/ }),

/***/ 1349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ normalisePattern),
/* harmony export */   SF: () => (/* binding */ dirError),
/* harmony export */   Sr: () => (/* binding */ dirPattern),
/* harmony export */   fZ: () => (/* binding */ patternError),
/* harmony export */   mI: () => (/* binding */ normaliseDir),
/* harmony export */   yk: () => (/* binding */ escapeGlob)
/* harmony export */ });
/* harmony import */ var _paths_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1792);
/**
 * Repo-relative directories and patterns: the checks that keep them inside the repository, and
 * their normal form. Messages complete a sentence that starts with what is being checked.
 */

const ROOT = {
    repository: 'the repository root',
    service: "the service's directory",
};
const INSIDE = {
    repository: 'the repository',
    service: "the service's directory",
};
/** Why `text` would point outside its base, or undefined. Shared by paths and patterns. */
function leavesBase(text, kind, base) {
    if (/^[/\\]/.test(text)) {
        const relative = text.replace(/^[/\\]+/, '');
        return (`is absolute: a ${kind} is relative to ${ROOT[base]}, so write ` +
            `\`${relative || (kind === 'path' ? '.' : '**')}\``);
    }
    if (/^[A-Za-z]:/.test(text)) {
        return `starts with a drive letter: write the ${kind} relative to ${ROOT[base]}`;
    }
    if (text.startsWith('~')) {
        return `starts with \`~\` (a home directory): write the ${kind} relative to ${ROOT[base]}`;
    }
    if (text.split(/[/\\]/).includes('..')) {
        return `has a \`..\` segment: a ${kind} must stay inside ${INSIDE[base]}, so write it without \`..\``;
    }
    return undefined;
}
/**
 * What is wrong with a directory, or undefined when it is usable. Relative to a service, it
 * must be a subdirectory: the service's directory itself holds its sources (and, for `.`, `.git`).
 */
function dirError(path, base = 'repository') {
    if (path.trim() === '') {
        return base === 'repository'
            ? 'is empty: write the directory relative to the repository root, or `.` for all of it'
            : "is empty: write the directory relative to the service's directory, e.g. `dist`";
    }
    if (path !== path.trim()) {
        return 'has leading or trailing spaces: remove them (quote the path if a name really has them)';
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(path)) {
        return 'contains a control character (a tab or line break): write the directory on one line';
    }
    const outside = leavesBase(path, 'path', base);
    if (outside)
        return outside;
    if (path.includes('\\')) {
        return `uses \`\\\`: separate directories with \`/\`, e.g. \`${path.replace(/\\/g, '/')}\``;
    }
    if (base === 'service' && normaliseDir(path) === '.') {
        return ("is the service's directory itself, whose sources would end up in the artifact: name the " +
            'subdirectory the build writes, e.g. `dist`');
    }
    return undefined;
}
/** `./services/web/` → `services/web`; `./` → `.`. Assumes {@link dirError} found nothing. */
function normaliseDir(path) {
    const segments = path.split('/').filter((s) => s !== '' && s !== '.');
    return segments.length === 0 ? '.' : segments.join('/');
}
/** What is wrong with a pattern (`include`, `global`, `tests` entry), or undefined when it is valid. */
function patternError(pattern, base = 'repository') {
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    const outside = leavesBase(body, 'pattern', base);
    if (outside)
        return outside;
    const syntax = (0,_paths_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globSyntaxError */ .wg)(normalisePattern(pattern));
    // globSyntaxError returns a whole sentence that names the pattern and says how to fix it.
    return syntax === undefined ? undefined : `is not a valid glob: ${syntax}`;
}
/** Drops a leading `./` (after an optional `!`), the one spelling of "here" people often write. */
function normalisePattern(pattern) {
    const negated = pattern.startsWith('!');
    let body = negated ? pattern.slice(1) : pattern;
    while (body.startsWith('./'))
        body = body.replace(/^\.\/+/, '');
    return (negated ? '!' : '') + body;
}
/** A literal path as a glob that matches exactly it (directory names may contain `[`, `*`, …). */
function escapeGlob(literal) {
    return literal.replace(/[*?[\]{}\\]/g, '\\$&').replace(/^!/, '\\!');
}
/** The pattern that owns everything under a normalised directory. */
function dirPattern(dir) {
    return dir === '.' ? '**' : `${escapeGlob(dir)}/**`;
}


/***/ }),

/***/ 7211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/** "Did you mean …?" for misspelt keys and names. */
/**
 * The candidate closest to `input`, or undefined when none is close enough to be a plausible
 * typo. Case, `_` versus `-`, and a missing `-` are forgiven before the edit distance counts.
 */
function closest(input, candidates) {
    const wanted = fold(input);
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const c = fold(candidate);
        const d = c === wanted ? 0 : editDistance(wanted, c);
        // Allow about one typo per three characters, and at least one.
        const limit = Math.max(1, Math.floor(Math.max(wanted.length, c.length) / 3));
        if (d <= limit && d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** "did you mean `x`?" for the closest candidate, or undefined when nothing is close. */
function didYouMean(input, candidates) {
    const hit = closest(input, candidates);
    return hit === undefined ? undefined : `did you mean \`${hit}\`?`;
}
const fold = (s) => s.toLowerCase().replace(/[_\s]/g, '-').replace(/-/g, '');
/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
function editDistance(a, b) {
    if (a === b)
        return 0;
    if (a.length === 0)
        return b.length;
    if (b.length === 0)
        return a.length;
    let prevPrev = [];
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d = Math.min(d, prevPrev[j - 2] + 1);
            }
            row.push(d);
        }
        prevPrev = prev;
        prev = row;
    }
    return prev[b.length];
}


/***/ }),

/***/ 1792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   go: () => (/* binding */ GlobSyntaxError),
/* harmony export */   l4: () => (/* binding */ expandAlternations),
/* harmony export */   nG: () => (/* binding */ literalDirectory),
/* harmony export */   qF: () => (/* binding */ parseGlob),
/* harmony export */   sz: () => (/* binding */ splitNegation),
/* harmony export */   u9: () => (/* binding */ globRegExp),
/* harmony export */   wg: () => (/* binding */ globSyntaxError)
/* harmony export */ });
/* unused harmony exports compileGlob, compilePatternList, literalPrefix */
/**
 * Path globs for the manifest's `patterns` / `include` / `global` lists.
 *
 * Patterns are repository-root-relative POSIX globs, in the spirit of GitHub workflow `paths`
 * filters. A pattern is matched against a whole changed-file path such as `services/a/src/x.ts`:
 *
 * - `*` matches any run of characters except `/`; `?` matches exactly one character except `/`.
 * - `**` matches any run of characters including `/`: `a/**` is everything under `a/`,
 *   `**.js` is any `.js` file at any depth. When `**` is a whole segment followed by `/`
 *   (`**` + `/x`, `a/**` + `/x`) it matches zero or more whole directories, so `x` itself matches
 *   at the root too.
 * - `[abc]`, `[a-z]`, `[!a]` / `[^a]` are character classes (never matching `/`); `]` right after
 *   the opening `[` (or `[!`) is a literal `]`.
 * - `{a,b}` is alternation; alternatives may be empty, contain `/` and nest (`{src,lib/{x,y}}`).
 * - `\` escapes the next character (`\*`, `\[`, `\{`, `\!`). Escaping a letter or digit is
 *   rejected because it almost always means a Windows path separator.
 * - Dotfiles and dot-directories are ordinary names: `*` matches `.env`, `**` enters `.github/`.
 * - A trailing `/` means the directory: `docs/` is `docs/**`. This applies to the end of the whole
 *   pattern; inside an alternation write `{docs/**,x}`.
 * - Matching is case-sensitive and anchored at both ends; paths are never normalised, so a
 *   pattern must not contain `.`/`..`/empty segments or start with `/`.
 * - In an ordered list, a leading `!` turns a pattern into an exclusion and the LAST pattern that
 *   matches a path decides: a positive one includes it, a `!` one excludes it; no match excludes.
 *   {@link compileGlob} takes a pattern without its `!`; {@link splitNegation} separates them.
 */
/** Thrown for an invalid pattern; `message` is the same sentence {@link globSyntaxError} returns. */
class GlobSyntaxError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GlobSyntaxError';
    }
}
/**
 * Undefined when `pattern` (which may start with one `!`) is a valid glob, else one sentence
 * saying what is wrong, where, and how to fix it.
 */
function globSyntaxError(pattern) {
    try {
        parseGlob(splitNegation(pattern).glob);
        return undefined;
    }
    catch (err) {
        if (err instanceof GlobSyntaxError)
            return err.message;
        throw err;
    }
}
/** Separates the exclusion mark from a list entry: `!docs/**` → `{ negated: true, glob: 'docs/**' }`. */
function splitNegation(pattern) {
    if (!pattern.startsWith('!'))
        return { negated: false, glob: pattern };
    const glob = pattern.slice(1);
    if (glob === '') {
        throw new GlobSyntaxError('The pattern "!" excludes nothing: write the path to exclude after the `!`, e.g. "!docs/**".');
    }
    if (glob.startsWith('!')) {
        throw new GlobSyntaxError(`The pattern ${quote(pattern)} starts with more than one \`!\`: use a single \`!\` to exclude, ` +
            'and write `\\!` to match a name that begins with `!`.');
    }
    return { negated: true, glob };
}
/**
 * Compiles one glob (without a leading `!`) into an anchored, case-sensitive matcher.
 * Throws {@link GlobSyntaxError} when the pattern is invalid.
 */
function compileGlob(pattern) {
    const re = globRegExp(parseGlob(pattern));
    return (path) => re.test(path);
}
/**
 * Compiles an ordered pattern list (entries may start with `!`) into one matcher where the last
 * matching entry decides. Throws {@link GlobSyntaxError} naming the first invalid entry.
 */
function compilePatternList(patterns) {
    const compiled = patterns.map((pattern, i) => {
        try {
            const { negated, glob } = splitNegation(pattern);
            return { negated, re: globRegExp(parseGlob(glob)) };
        }
        catch (err) {
            if (err instanceof GlobSyntaxError) {
                throw new GlobSyntaxError(`Pattern ${i + 1} ${quote(pattern)}: ${err.message}`);
            }
            throw err;
        }
    });
    return (path) => {
        for (let i = compiled.length - 1; i >= 0; i--) {
            const { negated, re } = compiled[i];
            if (re.test(path))
                return !negated;
        }
        return false;
    };
}
/**
 * The directory part of a pattern before its first wildcard, in whole segments and unescaped:
 * `services/a/src/*.ts` → `services/a/src`, `docs/` → `docs`, `**` + `/x` → ``, `a/b.txt` → `a`.
 * Every path the pattern matches lies under this directory (or anywhere when it is empty).
 */
function literalPrefix(pattern) {
    return literalDirectory(parseGlob(pattern));
}
/** {@link literalPrefix} over an already parsed pattern. */
function literalDirectory(nodes) {
    const first = nodes[0];
    if (first?.kind !== 'literal')
        return '';
    // A fully literal pattern is a file path: its directory is everything before the last `/`.
    const text = first.text;
    const slash = text.lastIndexOf('/');
    return slash < 0 ? '' : text.slice(0, slash);
}
/** Parses a glob without a leading `!` into nodes. Throws {@link GlobSyntaxError}. */
function parseGlob(pattern) {
    checkShape(pattern);
    const nodes = new Parser(pattern).parseAll();
    // A trailing `/` names a directory: everything under it.
    if (pattern.endsWith('/'))
        nodes.push({ kind: 'globstar' });
    return mergeLiterals(nodes);
}
/** The anchored RegExp (flags `su`: `.` crosses newlines, classes see code points) for nodes. */
function globRegExp(nodes) {
    return new RegExp(`^${regExpSource(nodes)}$`, 'su');
}
/**
 * Expands alternations into alternation-free node lists (`{a,b}/x` → `a/x`, `b/x`), or
 * undefined when that would give more than `limit` lists.
 */
function expandAlternations(nodes, limit = 64) {
    let results = [[]];
    for (const node of nodes) {
        if (node.kind !== 'alternation') {
            for (const r of results)
                r.push(node);
            continue;
        }
        const options = [];
        for (const branch of node.branches) {
            const expanded = expandAlternations(branch, limit);
            if (!expanded)
                return undefined;
            options.push(...expanded);
        }
        if (results.length * options.length > limit)
            return undefined;
        results = results.flatMap((r) => options.map((o) => [...r, ...o]));
    }
    return results.map(mergeLiterals);
}
function regExpSource(nodes) {
    let src = '';
    for (const node of nodes) {
        switch (node.kind) {
            case 'literal':
                src += node.text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
                break;
            case 'star':
                src += '[^/]*';
                break;
            case 'globstar':
                src += '.*';
                break;
            case 'dirs':
                src += '(?:.*/)?';
                break;
            case 'one':
                src += '[^/]';
                break;
            case 'class':
                src += node.negated ? `[^/${node.body}]` : `[${node.body}]`;
                break;
            case 'alternation':
                src += `(?:${node.branches.map(regExpSource).join('|')})`;
                break;
        }
    }
    return src;
}
function mergeLiterals(nodes) {
    const out = [];
    for (const node of nodes) {
        const last = out[out.length - 1];
        if (node.kind === 'literal' && last?.kind === 'literal') {
            out[out.length - 1] = { kind: 'literal', text: last.text + node.text };
        }
        else if (node.kind !== 'literal' || node.text !== '') {
            out.push(node);
        }
    }
    return out;
}
/** Whole-pattern checks: things that can never match a repository path. */
function checkShape(pattern) {
    if (pattern === '') {
        throw new GlobSyntaxError('The pattern is empty: write a repository-relative path or glob such as "src/**".');
    }
    if (pattern.startsWith('!')) {
        throw new GlobSyntaxError(`The glob ${quote(pattern)} still has its leading \`!\`: strip it with splitNegation() ` +
            'first, or write `\\!` to match a name that begins with `!`.');
    }
    if (pattern.startsWith('/')) {
        throw new GlobSyntaxError(`The pattern ${quote(pattern)} starts with \`/\`: patterns are relative to the repository ` +
            `root, so write ${quote(pattern.replace(/^\/+/, '') || '**')}.`);
    }
    const segments = pattern.split('/');
    if (segments.includes('..')) {
        // Say "leaves the repository" only when it really climbs above the root.
        let depth = 0;
        let leaves = false;
        for (const segment of segments) {
            depth += segment === '..' ? -1 : 1;
            if (depth < 0)
                leaves = true;
        }
        throw new GlobSyntaxError(leaves
            ? `The pattern ${quote(pattern)} uses \`..\` to leave the repository: patterns only ` +
                'match files inside it, so remove the `..` segment.'
            : `The pattern ${quote(pattern)} contains a \`..\` segment, which never matches because ` +
                'changed paths are normalised: write the path without it.');
    }
    segments.forEach((segment, i) => {
        if (segment === '.') {
            throw new GlobSyntaxError(`The pattern ${quote(pattern)} contains a \`.\` segment, which never matches because ` +
                'changed paths are normalised: remove the `./`.');
        }
        if (segment === '' && i < segments.length - 1) {
            throw new GlobSyntaxError(`The pattern ${quote(pattern)} contains an empty segment \`//\`, which never matches: ` +
                'use a single `/`.');
        }
    });
}
class Parser {
    pattern;
    chars;
    pos = 0;
    constructor(pattern) {
        this.pattern = pattern;
        // Code points, so `?` and classes treat astral characters (emoji) as one character.
        this.chars = Array.from(pattern);
    }
    parseAll() {
        return this.parseSequence(0, true);
    }
    fail(what, fix) {
        throw new GlobSyntaxError(`${what} in ${quote(this.pattern)}: ${fix}.`);
    }
    /** Parses until the end, or (inside braces) until the `,` or `}` that ends this branch. */
    parseSequence(depth, atSegmentStart) {
        const nodes = [];
        let literal = '';
        const flush = () => {
            if (literal !== '')
                nodes.push({ kind: 'literal', text: literal });
            literal = '';
        };
        let segmentStart = atSegmentStart;
        while (this.pos < this.chars.length) {
            const c = this.chars[this.pos];
            const column = this.pos + 1;
            if (depth > 0 && (c === ',' || c === '}'))
                break;
            if (c === '}') {
                this.fail(`The \`}\` at column ${column} has no matching \`{\``, 'remove it, or write `\\}` to match a literal `}`');
            }
            switch (c) {
                case '\\': {
                    literal += this.escaped(column);
                    segmentStart = false;
                    continue;
                }
                case '*': {
                    let stars = 0;
                    while (this.chars[this.pos] === '*') {
                        stars++;
                        this.pos++;
                    }
                    flush();
                    if (stars === 1) {
                        nodes.push({ kind: 'star' });
                    }
                    else if (segmentStart && this.chars[this.pos] === '/') {
                        this.pos++;
                        nodes.push({ kind: 'dirs' });
                        continue; // still at the start of a segment
                    }
                    else {
                        nodes.push({ kind: 'globstar' });
                    }
                    segmentStart = false;
                    continue;
                }
                case '?':
                    flush();
                    nodes.push({ kind: 'one' });
                    this.pos++;
                    segmentStart = false;
                    continue;
                case '[':
                    flush();
                    nodes.push(this.characterClass(column));
                    segmentStart = false;
                    continue;
                case '{': {
                    flush();
                    this.pos++;
                    const branches = [];
                    for (;;) {
                        branches.push(this.parseSequence(depth + 1, segmentStart));
                        const end = this.chars[this.pos];
                        this.pos++;
                        if (end === '}')
                            break;
                        if (end !== ',') {
                            this.fail(`The \`{\` at column ${column} is never closed`, 'close the alternation with `}`, or write `\\{` to match a literal `{`');
                        }
                    }
                    nodes.push({ kind: 'alternation', branches });
                    segmentStart = false;
                    continue;
                }
                default:
                    literal += c;
                    this.pos++;
                    segmentStart = c === '/';
            }
        }
        flush();
        return nodes;
    }
    /** Reads `\x` at the cursor and returns the literal character. */
    escaped(column) {
        const next = this.chars[this.pos + 1];
        if (next === undefined) {
            this.fail(`The pattern ends with a lone \`\\\` at column ${column}`, 'remove it, or write `\\\\` to match a literal backslash');
        }
        if (next === '/') {
            this.fail(`The \`\\/\` at column ${column} escapes a path separator, which cannot be escaped`, 'write a plain `/`');
        }
        if (/^[\p{L}\p{N}]$/u.test(next)) {
            this.fail(`The \`\\\` at column ${column} looks like a Windows path separator`, 'separate directories with `/` (a `\\` only escapes wildcard characters such as `\\*`)');
        }
        this.pos += 2;
        return next;
    }
    /** Reads `[...]` at the cursor. */
    characterClass(column) {
        let p = this.pos + 1;
        let negated = false;
        if (this.chars[p] === '!' || this.chars[p] === '^') {
            negated = true;
            p++;
        }
        const unclosed = () => this.fail(`The \`[\` at column ${column} is never closed`, 'close the character class with `]`, or write `\\[` to match a literal `[`');
        /** One (possibly escaped) class member character at `p`; advances `p`. */
        const member = () => {
            let ch = this.chars[p];
            if (ch === '\\') {
                p++;
                ch = this.chars[p];
            }
            if (ch === undefined)
                return unclosed();
            if (ch === '/') {
                this.fail(`The character class at column ${column} contains \`/\``, 'a class matches one character of a name and never `/`; use `{a,b}` alternation to ' +
                    'choose between paths');
            }
            p++;
            return ch;
        };
        let body = '';
        let first = true;
        for (;;) {
            const ch = this.chars[p];
            if (ch === undefined)
                unclosed();
            if (ch === ']' && !first)
                break;
            if (ch === '[' && (this.chars[p + 1] === ':' || this.chars[p + 1] === '=')) {
                this.fail(`The character class at column ${column} uses a POSIX class such as \`[:alpha:]\``, 'list the characters or ranges instead, e.g. `[a-zA-Z]`');
            }
            first = false;
            const low = member();
            if (this.chars[p] === '-' && this.chars[p + 1] !== undefined && this.chars[p + 1] !== ']') {
                p++;
                const high = member();
                const lo = low.codePointAt(0);
                const hi = high.codePointAt(0);
                if (lo > hi) {
                    this.fail(`The range \`${low}-${high}\` in the character class at column ${column} is reversed`, `write \`${high}-${low}\``);
                }
                if (lo <= 0x2f && hi >= 0x2f) {
                    this.fail(`The range \`${low}-${high}\` in the character class at column ${column} includes \`/\``, 'split it so that it stops before `/` (U+002F) and resumes after it');
                }
                body += `${classChar(low)}-${classChar(high)}`;
            }
            else {
                body += classChar(low);
            }
        }
        this.pos = p + 1;
        return { kind: 'class', negated, body };
    }
}
/** A character as a RegExp class member (`u` mode allows exactly these escapes in a class). */
function classChar(ch) {
    return '\\[]^-'.includes(ch) ? `\\${ch}` : ch;
}
function quote(text) {
    return JSON.stringify(text);
}


/***/ }),

/***/ 3652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ PathIndex)
/* harmony export */ });
/* unused harmony export naiveOwnersOf */
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1792);
/**
 * Which owners (services, libraries, the global list) own a changed file, fast.
 *
 * Every owner has an ordered pattern list (see glob.ts: last match wins, `!` excludes). Testing
 * every pattern of every owner against every file is O(owners × patterns × files); a monorepo
 * with thousands of services and a large change set makes that seconds. {@link PathIndex} files
 * each pattern (after expanding `{a,b}`) under the one key that every path it can match must
 * have, so a path only meets the handful of patterns that could match it:
 *
 * - fully literal patterns (`package.json`) in an exact-path map;
 * - patterns with a literal directory (`services/a/src/*.ts`) at that directory's node in a trie
 *   of path segments; `dir/**`, `dir/` and `dir/**` + `/*` match everything below the node, so
 *   they need no RegExp at all; a literal start of the next segment (`services/svc-*`) is a key
 *   at that node too;
 * - patterns without one by a literal they require: the file name (`**` + `/Dockerfile`), the
 *   extension (`**` + `/*.md`, `**.proto`) or a directory name (`**` + `/migrations/**`);
 * - the rest (`*`, `**` + `/*test*`) are candidates for every path.
 *
 * Candidates are numbered by (owner ascending, pattern position descending) and every key holds
 * an ascending list, so merging the lists that apply to a path puts each owner's last pattern
 * first: the first candidate of an owner that passes its remaining check decides for it. Most
 * checks are plain string tests (`endsWith`); only irregular patterns run a RegExp, shared by all
 * owners with the same pattern.
 */

/** More alternatives than this and a pattern stays one RegExp instead of one entry per branch. */
const MAX_EXPANSIONS = 64;
function trieNode() {
    return { children: undefined, entries: [], partials: undefined };
}
class PathIndex {
    /** Per candidate id: the owner, whether it excludes, and the check left once its key is met. */
    owner;
    negated;
    checks = [];
    exact = new Map();
    root = trieNode();
    byBasename = new Map();
    byExtension = new Map();
    bySegment = new Map();
    /** The candidate lists that apply to the path being looked up; each is ascending. */
    lists = [];
    /** Reused merge buffers: no allocation per path once they have grown. */
    merged = new Int32Array(256);
    scratch = new Int32Array(256);
    /** Throws {@link GlobSyntaxError} naming the owner and pattern when a pattern is invalid. */
    constructor(owners) {
        const regexCache = new Map();
        const owner = [];
        const negated = [];
        owners.forEach((o, ownerIndex) => {
            for (let p = o.patterns.length - 1; p >= 0; p--) {
                const pattern = o.patterns[p];
                const parsed = parseOwnerPattern(o, p, pattern);
                const variants = (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .expandAlternations */ .l4)(parsed.nodes, MAX_EXPANSIONS) ?? [parsed.nodes];
                for (const nodes of variants) {
                    const id = owner.length;
                    owner.push(ownerIndex);
                    negated.push(parsed.negated ? 1 : 0);
                    this.checks.push(this.file(id, nodes, regexCache));
                }
            }
        });
        this.owner = Int32Array.from(owner);
        this.negated = Uint8Array.from(negated);
    }
    /** Indices (ascending) of the owners whose pattern list includes `path`. */
    ownersOf(path) {
        const n = this.candidatesFor(path);
        const ids = this.merged;
        const result = [];
        let decided = -1;
        for (let k = 0; k < n; k++) {
            const id = ids[k];
            const owner = this.owner[id];
            // The first passing candidate of an owner is its last matching pattern: it decides.
            if (owner === decided)
                continue;
            const check = this.checks[id];
            if (check === Check.ALWAYS || check.passes(path)) {
                decided = owner;
                if (this.negated[id] === 0)
                    result.push(owner);
            }
        }
        return result;
    }
    /** Files one alternation-free pattern under its key; returns what is left to check. */
    file(id, nodes, cache) {
        const first = nodes[0];
        if (nodes.length === 1 && first?.kind === 'literal') {
            push(this.exact, first.text, id);
            return Check.ALWAYS;
        }
        const dir = (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .literalDirectory */ .nG)(nodes);
        const partial = first?.kind === 'literal' ? first.text.slice(dir === '' ? 0 : dir.length + 1) : '';
        if (partial !== '') {
            this.filePartial(this.trieNode(dir), partial, id);
        }
        else if (dir !== '' || coversEverythingBelow(nodes, '')) {
            this.trieNode(dir).entries.push(id);
        }
        else {
            const key = requiredLiteral(nodes);
            if (key)
                push(this.mapFor(key.kind), key.text, id);
            else
                this.root.entries.push(id);
        }
        return checkBelow(nodes, dir, cache);
    }
    filePartial(node, partial, id) {
        node.partials ??= [];
        let group = node.partials.find((g) => g.length === partial.length);
        if (!group) {
            group = { length: partial.length, byText: new Map() };
            node.partials.push(group);
        }
        push(group.byText, partial, id);
    }
    mapFor(kind) {
        switch (kind) {
            case 'basename':
                return this.byBasename;
            case 'extension':
                return this.byExtension;
            case 'segment':
                return this.bySegment;
        }
    }
    trieNode(dir) {
        let node = this.root;
        if (dir === '')
            return node;
        for (const segment of dir.split('/')) {
            node.children ??= new Map();
            let child = node.children.get(segment);
            if (!child) {
                child = trieNode();
                node.children.set(segment, child);
            }
            node = child;
        }
        return node;
    }
    /** Merges every candidate list for `path` into `merged`, ascending; returns the count. */
    candidatesFor(path) {
        const lists = this.lists;
        lists.length = 0;
        const exact = this.exact.get(path);
        if (exact)
            lists.push(exact);
        // Walk the directories of the path down the trie; the file name itself is never a node.
        let node = this.root;
        for (let start = 0;;) {
            if (node.entries.length > 0)
                lists.push(node.entries);
            if (node.partials) {
                for (const group of node.partials) {
                    // A key holding a `/` finds nothing: partials never contain one.
                    if (start + group.length > path.length)
                        continue;
                    const ids = group.byText.get(path.slice(start, start + group.length));
                    if (ids)
                        lists.push(ids);
                }
            }
            const slash = path.indexOf('/', start);
            if (slash < 0 || !node.children)
                break;
            node = node.children.get(path.slice(start, slash));
            if (!node)
                break;
            start = slash + 1;
        }
        const lastSlash = path.lastIndexOf('/');
        if (this.byBasename.size > 0) {
            const ids = this.byBasename.get(path.slice(lastSlash + 1));
            if (ids)
                lists.push(ids);
        }
        if (this.byExtension.size > 0) {
            const dot = path.lastIndexOf('.');
            if (dot > lastSlash) {
                const ids = this.byExtension.get(path.slice(dot));
                if (ids)
                    lists.push(ids);
            }
        }
        if (this.bySegment.size > 0) {
            for (let s = 0, e = path.indexOf('/'); e >= 0; s = e + 1, e = path.indexOf('/', s)) {
                const ids = this.bySegment.get(path.slice(s, e));
                if (ids)
                    lists.push(ids);
            }
        }
        return this.mergeLists();
    }
    /** Each list is ascending (ids are handed out in order), so merging beats sorting. */
    mergeLists() {
        const lists = this.lists;
        let total = 0;
        for (const list of lists)
            total += list.length;
        if (total > this.merged.length) {
            this.merged = new Int32Array(total * 2);
            this.scratch = new Int32Array(total * 2);
        }
        let n = 0;
        for (const list of lists) {
            if (n === 0) {
                for (let i = 0; i < list.length; i++)
                    this.merged[i] = list[i];
                n = list.length;
                continue;
            }
            const a = this.merged;
            const out = this.scratch;
            let i = 0;
            let j = 0;
            let k = 0;
            while (i < n && j < list.length) {
                const x = a[i];
                const y = list[j];
                if (x <= y) {
                    out[k++] = x;
                    i++;
                }
                else {
                    out[k++] = y;
                    j++;
                }
            }
            while (i < n)
                out[k++] = a[i++];
            while (j < list.length)
                out[k++] = list[j++];
            this.scratch = a;
            this.merged = out;
            n = k;
        }
        return n;
    }
}
/**
 * The reference implementation: every pattern of every owner against the path, last pattern
 * first. It is the test oracle and the benchmark baseline for {@link PathIndex}. Compiled
 * patterns are cached per `patterns` array, so do not mutate one after passing it here.
 */
function naiveOwnersOf(owners, path) {
    const result = [];
    for (let o = 0; o < owners.length; o++) {
        const list = compiledList(owners[o]);
        for (let p = list.length - 1; p >= 0; p--) {
            const { negated, re } = list[p];
            if (re.test(path)) {
                if (!negated)
                    result.push(o);
                break;
            }
        }
    }
    return result;
}
const compiledLists = new WeakMap();
function compiledList(owner) {
    let list = compiledLists.get(owner.patterns);
    if (!list) {
        list = owner.patterns.map((pattern, p) => {
            const { negated, nodes } = parseOwnerPattern(owner, p, pattern);
            return { negated, re: globRegExp(nodes) };
        });
        compiledLists.set(owner.patterns, list);
    }
    return list;
}
function parseOwnerPattern(owner, position, pattern) {
    try {
        const { negated, glob } = (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .splitNegation */ .sz)(pattern);
        return { negated, nodes: (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGlob */ .qF)(glob) };
    }
    catch (err) {
        if (err instanceof _glob_js__WEBPACK_IMPORTED_MODULE_0__/* .GlobSyntaxError */ .go) {
            throw new _glob_js__WEBPACK_IMPORTED_MODULE_0__/* .GlobSyntaxError */ .go(`Pattern ${position + 1} of "${owner.id}" (${JSON.stringify(pattern)}): ${err.message}`);
        }
        throw err;
    }
}
/**
 * What a path under the pattern's directory (and with its key) must still pass. Most patterns
 * reduce to a string test; only the rest pay for a RegExp. One class, so the hot call site stays
 * monomorphic.
 */
class Check {
    kind;
    text;
    minLength;
    re;
    static ALWAYS = new Check('always', '', 0, null);
    /**
     * `suffix`: the path ends with `text`; `name`: also, `text` starts right after the directory or
     * a `/`; `segment`: `text` (a directory name and `/`) starts after the directory or a `/`.
     * `minLength` is the directory's length with its `/`, plus the text for suffix and name.
     */
    constructor(kind, text, minLength, re) {
        this.kind = kind;
        this.text = text;
        this.minLength = minLength;
        this.re = re;
    }
    passes(path) {
        switch (this.kind) {
            case 'always':
                return true;
            case 'suffix':
                return path.length >= this.minLength && path.endsWith(this.text);
            case 'name':
                return (path.length >= this.minLength &&
                    path.endsWith(this.text) &&
                    (path.length === this.minLength ||
                        path.charCodeAt(path.length - this.text.length - 1) === 0x2f));
            case 'segment':
                for (let i = path.indexOf(this.text, this.minLength); i >= 0;) {
                    if (i === 0 || path.charCodeAt(i - 1) === 0x2f)
                        return true;
                    i = path.indexOf(this.text, i + 1);
                }
                return false;
            case 'regex':
                return this.re.test(path);
        }
    }
}
/** The check for a pattern whose every match lies below `dir` (`''`: anywhere). */
function checkBelow(nodes, dir, cache) {
    if (coversEverythingBelow(nodes, dir))
        return Check.ALWAYS;
    // `rest` is the pattern after `dir/`, which the index has already established.
    const prefixLength = dir === '' ? 0 : dir.length + 1;
    let rest = nodes;
    if (dir !== '') {
        const text = nodes[0].text.slice(prefixLength);
        rest = text === '' ? nodes.slice(1) : [{ kind: 'literal', text }, ...nodes.slice(1)];
    }
    const [a, b, c] = rest;
    if (rest.length === 2 && b?.kind === 'literal') {
        // `**.md`, `dir/**x`: anything ending with the text.
        if (a?.kind === 'globstar') {
            return new Check('suffix', b.text, prefixLength + b.text.length, null);
        }
        // `**/Dockerfile`, `dir/**/a/b`: zero or more directories, then exactly the text.
        if (a?.kind === 'dirs')
            return new Check('name', b.text, prefixLength + b.text.length, null);
    }
    if (rest.length === 3 && a?.kind === 'dirs') {
        // `**/*.md`, `dir/**/*.md`: any file name ending with the text, at any depth.
        if (b?.kind === 'star' && c?.kind === 'literal' && !c.text.includes('/')) {
            return new Check('suffix', c.text, prefixLength + c.text.length, null);
        }
        // `**/migrations/**`: that directory (or directories) at any depth.
        if (b?.kind === 'literal' && b.text.endsWith('/') && c?.kind === 'globstar') {
            return new Check('segment', b.text, prefixLength, null);
        }
    }
    const re = (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globRegExp */ .u9)(nodes);
    const shared = cache.get(re.source) ?? re;
    cache.set(re.source, shared);
    return new Check('regex', '', 0, shared);
}
/** True for `dir/**`, `dir/` and `dir/**` + `/*` (and `**`, `**` + `/*` when `dir` is empty). */
function coversEverythingBelow(nodes, dir) {
    let rest = nodes;
    if (dir !== '') {
        const first = nodes[0];
        if (first?.kind !== 'literal' || first.text !== `${dir}/`)
            return false;
        rest = nodes.slice(1);
    }
    if (rest.length === 1)
        return rest[0].kind === 'globstar';
    return rest.length === 2 && rest[0].kind === 'dirs' && rest[1].kind === 'star';
}
/**
 * A literal every matching path must contain at a known place, for a pattern whose first node is
 * not a literal directory: its file name, its extension (from the last `.`), or one directory name.
 */
function requiredLiteral(nodes) {
    const last = nodes[nodes.length - 1];
    const beforeLast = nodes[nodes.length - 2];
    if (last?.kind === 'literal') {
        const slash = last.text.lastIndexOf('/');
        if (slash >= 0 || beforeLast?.kind === 'dirs') {
            return { kind: 'basename', text: last.text.slice(slash + 1) };
        }
        const dot = last.text.lastIndexOf('.');
        if (dot >= 0)
            return { kind: 'extension', text: last.text.slice(dot) };
    }
    for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        if (node.kind !== 'literal')
            continue;
        const pieces = node.text.split('/');
        // Pieces followed by a `/` are directory names; the first one is whole only after `**/`.
        const firstIsWhole = i === 0 || nodes[i - 1].kind === 'dirs';
        for (let k = firstIsWhole ? 0 : 1; k < pieces.length - 1; k++) {
            if (pieces[k] !== '')
                return { kind: 'segment', text: pieces[k] };
        }
    }
    return undefined;
}
function push(map, key, id) {
    const ids = map.get(key);
    if (ids)
        ids.push(id);
    else
        map.set(key, [id]);
}


/***/ }),

/***/ 4848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ detectDetail),
/* harmony export */   Dq: () => (/* binding */ matrixLimitNote),
/* harmony export */   sn: () => (/* binding */ detectOutputs)
/* harmony export */ });
/* unused harmony exports MATRIX_JOB_LIMIT, OUTPUT_BUDGET_BYTES, matrixEntries, chunk */
/* harmony import */ var _changes_affected_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9905);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4201);


const MATRIX_JOB_LIMIT = 256;
/** GitHub caps a job's outputs at 1 MB in total; stay well inside it. */
const OUTPUT_BUDGET_BYTES = 900 * 1024;
/** Matrix reasons are clipped; with thousands of services, harder, to stay inside the budget. */
const MATRIX_REASON_MAX = [120, 40];
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function matrixEntries(result, reasonMax = MATRIX_REASON_MAX[0]) {
    return result.services
        .filter((s) => s.affected)
        .map((s) => ({
        service: s.name,
        path: s.path,
        reason: clip((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .showInvisible */ .jQ)((0,_changes_affected_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonText */ .uV)(s.reason)), reasonMax),
    }));
}
/** Said in the log and the summary when the affected services don't fit one matrix. */
function matrixLimitNote(affectedCount) {
    if (affectedCount <= MATRIX_JOB_LIMIT)
        return undefined;
    const chunks = Math.ceil(affectedCount / MATRIX_JOB_LIMIT);
    return (`${affectedCount} services are affected, more than GitHub's ${MATRIX_JOB_LIMIT} jobs per matrix: ` +
        `\`matrix\` holds the first ${MATRIX_JOB_LIMIT}, and \`matrix-chunks\` splits all of them into ${chunks} ` +
        `matrices — run one matrix job per chunk (fromJSON(needs.<job>.outputs.matrix-chunks)[i]).`);
}
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
function outputsSize(outputs) {
    return Object.entries(outputs).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
}
function detectOutputs(input, detailPath) {
    let size = 0;
    for (const reasonMax of MATRIX_REASON_MAX) {
        const outputs = buildOutputs(input, detailPath, reasonMax);
        size = outputsSize(outputs);
        if (size <= OUTPUT_BUDGET_BYTES)
            return outputs;
    }
    // Only reachable with many thousands of services.
    throw new Error(`The detect outputs would take ${size} bytes, over GitHub's 1 MB job output limit; ` +
        `read the services from the detail file (${detailPath}) instead of the outputs.`);
}
function buildOutputs(input, detailPath, reasonMax) {
    const entries = matrixEntries(input.affected, reasonMax);
    const chunks = chunk(entries, MATRIX_JOB_LIMIT).map((include) => ({ include }));
    return {
        services: JSON.stringify(entries.map((e) => e.service)),
        matrix: JSON.stringify(chunks[0] ?? { include: [] }),
        matrixChunks: JSON.stringify(chunks),
        matrixChunkCount: String(chunks.length),
        anyChanged: String(entries.length > 0),
        base: input.base ?? '',
        head: input.head,
        baseReason: input.baseReason,
        detail: detailPath,
    };
}
/** The full detail file: every service with its reason and all its files. */
function detectDetail(input) {
    const { affected } = input;
    return {
        base: input.base ?? null,
        head: input.head,
        baseReason: input.baseReason,
        warning: input.warning ?? null,
        changedFiles: affected.changedCount,
        unownedFiles: affected.unownedCount,
        globalFiles: affected.globalFiles,
        services: affected.services.map((s) => ({
            ...s,
            reasonText: s.reason ? (0,_changes_affected_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonText */ .uV)(s.reason) : null,
        })),
        libraries: affected.libraries.map((l) => ({
            ...l,
            reasonText: l.reason ? (0,_changes_affected_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonText */ .uV)(l.reason) : null,
        })),
    };
}


/***/ }),

/***/ 3342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ detectSummary)
/* harmony export */ });
/* harmony import */ var _changes_affected_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9905);
/* harmony import */ var _detect_outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4848);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4201);
/** The reviewer-facing step summary of detect-changed-service. */



const FILES_SHOWN = 3;
/** Characters of a file name or reason shown in a cell; the detail file has them whole. */
const CELL_TEXT_MAX = 300;
/** Kept for what follows the table (notes, libraries): the table gets the rest of the budget. */
const TAIL_RESERVE_BYTES = 32 * 1024;
/** Rows beyond this collapse unaffected services into one count (GitHub caps summaries at 1 MiB). */
const MAX_ROWS = 300;
/**
 * The summary, under {@link SUMMARY_BUDGET_BYTES} whatever the size of the change: long names
 * are clipped, and rows that would not fit are left out with a note pointing at `detailPath`.
 */
function detectSummary(input, detailPath) {
    const { affected } = input;
    const hit = affected.services.filter((s) => s.affected);
    const out = [];
    out.push(`### msdeploy: ${hit.length} of ${affected.services.length} services affected`);
    const range = input.base
        ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(input.base))}…${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(input.head))}`
        : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(input.head))} (no base)`;
    out.push(`**Compared** ${range}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(input.baseReason)}`);
    out.push(`${affected.changedCount} changed files` +
        (affected.globalFiles.length ? `, ${affected.globalFiles.length} global` : '') +
        (affected.unownedCount ? `, ${affected.unownedCount} outside every service and library` : ''));
    if (input.warning)
        out.push(`> [!WARNING]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(input.warning)}`);
    const limit = (0,_detect_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .matrixLimitNote */ .Dq)(hit.length);
    if (limit)
        out.push(`> [!NOTE]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(limit)}`);
    const detail = detailPath
        ? `the detail file ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(detailPath)}`
        : 'the detail file (the `detail` output)';
    const candidates = affected.services.length > MAX_ROWS ? hit.slice(0, MAX_ROWS) : affected.services;
    const header = ['service', 'status', 'reason', 'own changed files'];
    let budget = _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_BUDGET_BYTES */ .Xb -
        TAIL_RESERVE_BYTES -
        Buffer.byteLength(out.join('\n\n') + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(header, []), 'utf8');
    const rows = [];
    for (const s of candidates) {
        const files = s.files
            .slice(0, FILES_SHOWN)
            .map((f) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(f, CELL_TEXT_MAX)))
            .join('<br>');
        const more = s.files.length > FILES_SHOWN ? `<br>… ${s.files.length - FILES_SHOWN} more` : '';
        const row = [
            `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(s.name, CELL_TEXT_MAX))}**`,
            s.affected ? '✅ affected' : '— unchanged',
            s.reason ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)((0,_changes_affected_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonText */ .uV)(s.reason), CELL_TEXT_MAX)) : '',
            s.files.length ? `${s.files.length}: ${files}${more}` : '0',
        ];
        budget -= Buffer.byteLength(row.join(' | '), 'utf8') + 5;
        if (budget < 0)
            break;
        rows.push(row);
    }
    out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(header, rows));
    const hidden = affected.services.length - rows.length;
    if (rows.length < candidates.length) {
        out.push(`_…and ${hidden} more services not listed: the summary stops here to stay under the 1 MiB ` +
            `GitHub allows; every service and file is in ${detail}._`);
    }
    else if (hidden > 0) {
        out.push(`_…and ${hidden} more services not listed (see ${detail})._`);
    }
    const libs = affected.libraries.filter((l) => l.affected);
    if (libs.length) {
        out.push(`**Libraries affected:** ` +
            libs
                .map((l) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(l.name, CELL_TEXT_MAX))} (${l.files.length || 'via dependency'})`)
                .join(', '));
    }
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fitSummary */ .mW)(out.join('\n\n') + '\n', `every service and file is in ${detail}.`);
}


/***/ }),

/***/ 4201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES),
/* harmony export */   jQ: () => (/* binding */ showInvisible),
/* harmony export */   mW: () => (/* binding */ fitSummary),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/** Markdown helpers that make untrusted text (file and branch names) inert in GitHub Markdown. */
const ENTITY = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '~': '&#126;',
    $: '&#36;',
    '@': '&#64;',
    ':': '&#58;',
};
/**
 * Characters that draw nothing or reorder what is drawn: Unicode format characters (bidi
 * embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, zero-width U+200B–U+200D,
 * U+2060, U+FEFF, soft hyphen, …), line and paragraph separators, and C1 controls.
 */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\u0080-\u009f]/gu;
/**
 * Untrusted text with every invisible character shown as `<U+XXXX>`: `svc/rtl\u202Egpj.exe`
 * would display as `svc/rtlexe.jpg`; it reads `svc/rtl<U+202E>gpj.exe`. For Markdown, terminals
 * and workflow outputs alike.
 */
function showInvisible(text) {
    return text.replace(INVISIBLE, (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
/**
 * Escape text for a Markdown table cell or paragraph: every character with Markdown, HTML,
 * table, math or mention meaning becomes an entity, as does the `:` of a `scheme://` autolink
 * (`(` and `)` are inert once `[` and `]` are), line breaks become a visible `␤`, and invisible
 * characters are spelled out ({@link showInvisible}).
 */
function md(text) {
    const escaped = showInvisible(text)
        .replace(/[&<>"|`*_[\]\\~$@]|:(?=\/\/)/g, (c) => ENTITY[c])
        .replace(/\r?\n|\r/g, '␤');
    // A heading or list marker only means something at the start of a line: there is one line now.
    return escaped.replace(/^[#+-]/, (c) => `&#${c.charCodeAt(0)};`);
}
/** A file name shown as code: entities still apply inside <code>, unlike backtick spans. */
function mdCode(text) {
    return `<code>${md(text)}</code>`;
}
/** GitHub drops a step summary over 1 MiB whole: every summary we write stays under this. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** `text` cut to `max` characters with an ellipsis: one file name must not fill a summary. */
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/**
 * `markdown` if it fits in `budget` bytes of UTF-8, else cut at the last line break that fits,
 * with `note` (Markdown) after it saying what was left out and where to find it.
 */
function fitSummary(markdown, note = 'the rest of this summary was cut to stay under the 1 MiB GitHub allows a step summary.', budget = SUMMARY_BUDGET_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= budget)
        return markdown;
    const tail = `\n\n> [!NOTE]\n> _Truncated:_ ${note}\n`;
    const bytes = Buffer.from(markdown, 'utf8');
    const room = Math.max(0, budget - Buffer.byteLength(tail, 'utf8'));
    // Cut at a line break (a 0x0a byte is never inside a UTF-8 sequence), else at a character.
    let cut = bytes.lastIndexOf(0x0a, room);
    if (cut <= 0) {
        cut = room;
        while (cut > 0 && (bytes[cut] & 0xc0) === 0x80)
            cut--;
    }
    return `${bytes.toString('utf8', 0, cut)}${tail}`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : '';
}


/***/ }),

/***/ 1526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ issueCommand),
/* harmony export */   _r: () => (/* binding */ writeLine),
/* harmony export */   ol: () => (/* binding */ fileCommand)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty, workflowCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9089);
/**
 * The runner's two channels, written here rather than through @actions/core: that package's
 * entry also loads its HTTP client (undici, tunnel) for OIDC, about 0.1 s of every action's
 * start-up that no action of ours needs. The wire format is @actions/core 3's:
 *
 * - workflow commands on stdout, `::name key=value,…::message`, with `%`, CR and LF escaped in
 *   the message and also `:` and `,` in property values, so data cannot end a command early;
 * - file commands appended to the file the runner names (GITHUB_OUTPUT, GITHUB_ENV) as
 *   `name<<delimiter`, the value, `delimiter`, with a fresh random delimiter per value, so no
 *   value can close its own block and forge another output.
 */




function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,…::message`; empty properties are left out, as @actions/core does. */
function workflowCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/** One line on stdout, where the runner reads logs and workflow commands. */
function writeLine(text) {
    process.stdout.write(text + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function issueCommand(command, properties = {}, message = '') {
    writeLine(workflowCommand(command, properties, message));
}
/**
 * `name` = `value` for the runner: appended to the file `variable` names, or, on a runner too
 * old to name one, the deprecated stdout command (`set-output`, `set-env`).
 */
function fileCommand(variable, name, value) {
    const path = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .runnerFile */ .L3)(variable);
    if (!path) {
        issueCommand(variable === 'GITHUB_OUTPUT' ? 'set-output' : 'set-env', { name }, value);
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path)) {
        throw new Error(`The runner's ${variable} file ${path} does not exist: the runner creates it for each step, ` +
            `so run this action as a step of a job, or create the file first.`);
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    // A random UUID in a value is as likely as guessing it; refuse rather than be forged.
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`The ${variable} value for ${name} contains its own delimiter: not written.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}


/***/ }),

/***/ 9089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ runnerDebug),
/* harmony export */   L3: () => (/* binding */ runnerFile),
/* harmony export */   UV: () => (/* binding */ inputValue),
/* harmony export */   _Z: () => (/* binding */ parentEnvironment),
/* harmony export */   hz: () => (/* binding */ stepSummaryFile),
/* harmony export */   pO: () => (/* binding */ runContext)
/* harmony export */ });
/* unused harmony exports readRunContext, setProcessVariable */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The ONE reader of the process environment (lint allows `process.env` only here and in the
 * CLI). Everything the runner says about the run becomes a RunContext; child processes get
 * their environment from {@link parentEnvironment}, filtered by whoever spawns them.
 */


/** Parse a RunContext from an environment (pure apart from reading the event file). */
function readRunContext(env) {
    const onActions = env.GITHUB_ACTIONS === 'true';
    const payload = readEventPayload(env.GITHUB_EVENT_PATH);
    const serverUrl = stripSlash(env.GITHUB_SERVER_URL) ?? 'https://github.com';
    const repository = env.GITHUB_REPOSITORY || undefined;
    const runId = positiveInt(env.GITHUB_RUN_ID);
    const repo = payload.repository;
    return {
        onActions,
        repository,
        serverUrl,
        apiUrl: stripSlash(env.GITHUB_API_URL) ?? 'https://api.github.com',
        runId,
        runNumber: positiveInt(env.GITHUB_RUN_NUMBER),
        runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT),
        runUrl: onActions && repository && runId
            ? `${serverUrl}/${repository}/actions/runs/${runId}`
            : undefined,
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
        workflowFile: workflowFile(env.GITHUB_WORKFLOW_REF),
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        defaultBranch: typeof repo?.default_branch === 'string' ? repo.default_branch : undefined,
        actor: env.GITHUB_ACTOR || undefined,
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || undefined,
        runnerTemp: env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(),
        workspace: env.GITHUB_WORKSPACE || undefined,
        debug: env.RUNNER_DEBUG === '1',
        oidc: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
        sourceDateEpoch: env.SOURCE_DATE_EPOCH || undefined,
    };
}
let cached;
/** This process's RunContext, read on first use. */
function runContext() {
    cached ??= readRunContext(process.env);
    return cached;
}
/** The environment this process was started with: the base every child's environment is cut from. */
function parentEnvironment() {
    return process.env;
}
/** The step-summary file, or undefined outside Actions. */
function stepSummaryFile() {
    return process.env.GITHUB_STEP_SUMMARY || undefined;
}
/** A file the runner reads back after the step (outputs, environment), undefined when unset. */
function runnerFile(variable) {
    return process.env[variable] || undefined;
}
/**
 * An action input as the runner hands it: `INPUT_<NAME>` (spaces as `_`, hyphens kept,
 * upper case), trimmed; '' when unset. Read at each call, like @actions/core did.
 */
function inputValue(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Whether the run has step debug logging on (`RUNNER_DEBUG=1`). */
function runnerDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
/** Sets a variable for the rest of this process too (the runner's GITHUB_ENV serves later steps). */
function setProcessVariable(name, value) {
    process.env[name] = value;
}
function readEventPayload(path) {
    if (!path)
        return {};
    let parsed;
    try {
        parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new Error(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${e.message}`);
    }
    return parsed && typeof parsed === 'object' ? parsed : {};
}
/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`. */
function workflowFile(workflowRef) {
    if (!workflowRef)
        return undefined;
    const path = workflowRef.split('@')[0] ?? '';
    return path.slice(path.lastIndexOf('/') + 1) || undefined;
}
function positiveInt(raw) {
    const n = Number(raw);
    return raw && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function stripSlash(url) {
    return url ? url.replace(/\/+$/, '') : undefined;
}


/***/ }),

/***/ 8928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony export exportVariable */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4201);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1526);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9089);
/**
 * What an action hands back to the runner: outputs, the step summary and the failure. Outputs
 * are file commands with random heredoc delimiters (commands.ts), so no value can forge another
 * output.
 */





function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .fileCommand */ .ol)('GITHUB_OUTPUT', name, value);
}
/** A variable for the later steps of the job, and for the rest of this process. */
function exportVariable(name, value) {
    setProcessVariable(name, value);
    fileCommand('GITHUB_ENV', name, value);
}
/**
 * Append Markdown to the step summary; a no-op outside Actions (no GITHUB_STEP_SUMMARY). Cut to
 * the summary budget if a renderer ever overshoots: GitHub drops a summary over 1 MiB whole.
 */
async function appendSummary(markdown) {
    const file = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .stepSummaryFile */ .hz)();
    if (!file)
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, (0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fitSummary */ .mW)(markdown) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL, 'utf8');
}
/** The step fails: an error annotation with `message`, and exit code 1 unless set otherwise. */
function setFailed(message) {
    process.exitCode = 1;
    (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .issueCommand */ .Lb)('error', {}, message);
}


/***/ })

};
