import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 594:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __nccwpck_require__(89);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
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
var commands = __nccwpck_require__(526);
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

// EXTERNAL MODULE: ./src/platform/runner/outputs.ts + 1 modules
var outputs = __nccwpck_require__(578);
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

/***/ 502:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _app_run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(206);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(296);
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(594);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(280);
/** The root action: the msdeploy CLI with `args` split without a shell. */




await (0,_run_action_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .C)(async (_run, logger) => {
    const settings = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .getRunCliSettings */ .X2)();
    const outcome = await (0,_app_run_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(settings, logger);
    (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .writeRunCliOutputs */ .ZE)(outcome);
    if (outcome.exitCode !== 0) {
        // The CLI has said what went wrong on stderr, above; its exit code is the step's.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MsdeployError */ .g9(`msdeploy ${settings.args[0]} exited with code ${outcome.exitCode} (see its output above).`, { exitCode: outcome.exitCode });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 280:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  X2: () => (/* binding */ getRunCliSettings),
  ZE: () => (/* binding */ writeRunCliOutputs)
});

// UNUSED EXPORTS: RunCliInput, RunCliOutput, parseArgsInput

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/core/command-line.ts
/**
 * A command line written as text (the root action's `args` input) split into arguments the way
 * a POSIX shell splits words, and nothing more: no variable, command, tilde or glob expansion,
 * no redirection, no comments. So `$HOME`, `` `id` ``, `*` and `~` reach msdeploy as written,
 * and no text can start another program.
 *
 * - spaces, tabs and line breaks separate arguments;
 * - `'…'` keeps everything inside literally (no escapes, as in sh);
 * - `"…"` keeps everything inside, except that `\` escapes `"`, `\`, `$`, `` ` `` and a line
 *   break (which it removes); before any other character the `\` stays, as in sh;
 * - outside quotes `\` makes the next character literal, and `\` + line break joins lines;
 * - quoted pieces and plain text next to each other form one argument (`--reason="a b"`), and
 *   `''` is an empty argument.
 *
 * An unbalanced quote or a trailing `\` is an error naming the column, never guessed at.
 */
/** Why a command line cannot be split; `column` is 1-based, on the line `line`. */
class CommandLineError extends Error {
    reason;
    line;
    column;
    constructor(reason, line, column) {
        super(`${reason} (line ${line}, column ${column})`);
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.name = 'CommandLineError';
    }
}
const SEPARATOR = /[ \t\r\n]/;
const ESCAPABLE_IN_DOUBLE = new Set(['"', '\\', '$', '`', '\n']);
function splitCommandLine(text) {
    const args = [];
    let current = '';
    // An argument can be empty ('' or "") yet present: track that apart from its text.
    let inArg = false;
    let i = 0;
    const fail = (reason, at) => {
        const before = text.slice(0, at);
        const line = before.split('\n').length;
        const column = at - (before.lastIndexOf('\n') + 1) + 1;
        throw new CommandLineError(reason, line, column);
    };
    while (i < text.length) {
        const c = text[i];
        if (SEPARATOR.test(c)) {
            if (inArg)
                args.push(current);
            current = '';
            inArg = false;
            i++;
        }
        else if (c === "'") {
            const end = text.indexOf("'", i + 1);
            if (end < 0)
                fail("This ' starts a quote that is never closed: add the closing '", i);
            current += text.slice(i + 1, end);
            inArg = true;
            i = end + 1;
        }
        else if (c === '"') {
            const start = i;
            i++;
            for (;;) {
                if (i >= text.length) {
                    fail('This " starts a quote that is never closed: add the closing "', start);
                }
                const d = text[i];
                if (d === '"')
                    break;
                if (d === '\\' && i + 1 < text.length && ESCAPABLE_IN_DOUBLE.has(text[i + 1])) {
                    if (text[i + 1] !== '\n')
                        current += text[i + 1];
                    i += 2;
                }
                else {
                    current += d;
                    i++;
                }
            }
            inArg = true;
            i++;
        }
        else if (c === '\\') {
            if (i + 1 >= text.length) {
                fail('A \\ at the end escapes nothing: remove it, or write \\\\ for a backslash', i);
            }
            if (text[i + 1] !== '\n') {
                current += text[i + 1];
                inArg = true;
            }
            i += 2;
        }
        else {
            current += c;
            inArg = true;
            i++;
        }
    }
    if (inArg)
        args.push(current);
    return args;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __nccwpck_require__(89);
// EXTERNAL MODULE: ./src/platform/runner/commands.ts
var commands = __nccwpck_require__(526);
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

// EXTERNAL MODULE: ./src/platform/runner/outputs.ts + 1 modules
var outputs = __nccwpck_require__(578);
;// CONCATENATED MODULE: ./src/actions/run-cli/io.ts
/** The root action's inputs and outputs, listed once here and in action.yml. */







const RunCliInput = {
    args: 'args',
    workingDirectory: 'working-directory',
    token: 'token',
    registryUsername: 'registry-username',
    registryPassword: 'registry-password',
    sshKey: 'ssh-key',
};
const RunCliOutput = {
    stdout: 'stdout',
    exitCode: 'exit-code',
};
/** Inputs that become the CLI's environment variables, where the CLI reads them. */
const CLI_VARIABLES = {
    [RunCliInput.token]: 'GITHUB_TOKEN',
    [RunCliInput.registryUsername]: 'MSDEPLOY_REGISTRY_USERNAME',
    [RunCliInput.registryPassword]: 'MSDEPLOY_REGISTRY_PASSWORD',
    [RunCliInput.sshKey]: 'MSDEPLOY_SSH_KEY',
};
/**
 * dist/run-cli/index.js runs dist/cli/index.js beside it. Kept out of a literal `new URL(…)` so
 * that ncc does not take the CLI for a module of this bundle and inline a copy of it.
 */
const CLI_FROM_HERE = ['..', 'cli', 'index.js'];
function parseArgsInput(raw) {
    let args;
    try {
        args = splitCommandLine(raw);
    }
    catch (e) {
        if (!(e instanceof CommandLineError))
            throw e;
        throw new errors/* SettingError */.L_(RunCliInput.args, (label) => `The ${label} cannot be split: ${e.message}.`);
    }
    if (args.length === 0) {
        throw new errors/* SettingError */.L_(RunCliInput.args, (label) => `The ${label} is empty: write a msdeploy command, e.g. \`status catalog\`.`);
    }
    return args;
}
function getRunCliSettings() {
    const args = parseArgsInput(getInput(RunCliInput.args, true));
    // The CLI gets the step's environment without the action's inputs (INPUT_* holds the
    // credentials); each credential goes to the one variable the CLI reads it from.
    const env = {};
    for (const [name, value] of Object.entries((0,context/* parentEnvironment */._Z)())) {
        if (value !== undefined && !name.startsWith('INPUT_'))
            env[name] = value;
    }
    for (const [input, variable] of Object.entries(CLI_VARIABLES)) {
        const value = input === RunCliInput.registryUsername ? getInput(input) : getSecretInput(input);
        if (value)
            env[variable] = value;
    }
    return {
        cli: (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), ...CLI_FROM_HERE),
        args,
        cwd: getInput(RunCliInput.workingDirectory) || '.',
        env,
    };
}
function writeRunCliOutputs(o) {
    (0,outputs/* setOutputs */.n0)({ [RunCliOutput.stdout]: o.stdout, [RunCliOutput.exitCode]: String(o.exitCode) });
}


/***/ }),

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: MAX_STDOUT_BYTES

;// CONCATENATED MODULE: ./src/core/deploy/shell-quote.ts
/**
 * The one quoting function for values that cross a shell: the ssh driver passes every value to
 * its fixed remote script as a positional argument, and ssh hands the remote side one command
 * string, so each argument must survive a POSIX shell's parsing exactly.
 */
/**
 * `arg` as one POSIX sh word that the shell turns back into exactly `arg`: single quotes, where
 * nothing is special, and each `'` written as `'\''` (close, escaped quote, reopen). Works for
 * newlines, `$()`, backticks, globs, a leading `-`, any Unicode and the empty string. NUL cannot
 * be an argument of any program (C strings end there), so it is refused rather than truncated.
 */
function shellQuote(arg) {
    if (arg.includes('\0')) {
        throw new Error(`Cannot pass a value containing a NUL character to a shell (at index ${arg.indexOf('\0')} of a ${arg.length}-character value): program arguments end at NUL.`);
    }
    return `'${arg.replaceAll("'", `'\\''`)}'`;
}
/** `argv` as one sh command line: each element quoted by shellQuote, joined by spaces. */
function shellCommand(argv) {
    return argv.map(shellQuote).join(' ');
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __nccwpck_require__(89);
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
            child = (0,external_node_child_process_namespaceObject.spawn)(program, args, {
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

;// CONCATENATED MODULE: ./src/app/run-cli.ts
/**
 * The root action's use case: run the msdeploy CLI bundle as a child process with an argv array
 * (never a shell), its output streamed to the log fenced as untrusted (it carries build logs and
 * other text of the repository), and its stdout kept as the result.
 */



/** An action output is one line in the runner's output file: keep it well under its limits. */
const MAX_STDOUT_BYTES = 1024 * 1024;
async function runCli(s, logger) {
    logger.info(`msdeploy ${shellCommand(s.args)}`);
    // stdout is collected (it is the result) and shown once the command ends; stderr as it comes.
    const streamed = async (write) => {
        const r = await runProcess(process.execPath, [s.cli, ...s.args], {
            cwd: s.cwd,
            env: s.env,
            collectStdout: true,
            onOutput: write,
        });
        write(r.stdout.toString('utf8'));
        return r;
    };
    const result = logger.untrusted
        ? await logger.untrusted(streamed)
        : await streamed((chunk) => logger.info(chunk.trimEnd()));
    if (result.stdout.length > MAX_STDOUT_BYTES) {
        throw new errors/* MsdeployError */.g9(`msdeploy printed ${result.stdout.length} bytes on standard output, over the ${MAX_STDOUT_BYTES} bytes (1 MiB) the stdout output may hold: ask for less (one service, no --json), or run bin/msdeploy.js in a run: step instead.`);
    }
    return { exitCode: result.exitCode, stdout: result.stdout.toString('utf8') };
}


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L_: () => (/* binding */ SettingError),
/* harmony export */   UL: () => (/* binding */ asMsdeployError),
/* harmony export */   g9: () => (/* binding */ MsdeployError)
/* harmony export */ });
/* unused harmony exports ExitCode, settingLabel, ManifestProblem */
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

/***/ 526:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ issueCommand),
/* harmony export */   _r: () => (/* binding */ writeLine),
/* harmony export */   ol: () => (/* binding */ fileCommand)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty, workflowCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(89);
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

/***/ 89:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ runnerDebug),
/* harmony export */   L3: () => (/* binding */ runnerFile),
/* harmony export */   UV: () => (/* binding */ inputValue),
/* harmony export */   _Z: () => (/* binding */ parentEnvironment),
/* harmony export */   hz: () => (/* binding */ stepSummaryFile),
/* harmony export */   pO: () => (/* binding */ runContext)
/* harmony export */ });
/* unused harmony exports readRunContext, setProcessVariable */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
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

/***/ 578:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
  C1: () => (/* binding */ setFailed),
  n0: () => (/* binding */ setOutputs)
});

// UNUSED EXPORTS: exportVariable

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
;// CONCATENATED MODULE: ./src/core/report/markdown.ts
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

// EXTERNAL MODULE: ./src/platform/runner/commands.ts
var commands = __nccwpck_require__(526);
// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __nccwpck_require__(89);
;// CONCATENATED MODULE: ./src/platform/runner/outputs.ts
/**
 * What an action hands back to the runner: outputs, the step summary and the failure. Outputs
 * are file commands with random heredoc delimiters (commands.ts), so no value can forge another
 * output.
 */





function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        (0,commands/* fileCommand */.ol)('GITHUB_OUTPUT', name, value);
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
    const file = (0,context/* stepSummaryFile */.hz)();
    if (!file)
        return;
    await (0,promises_.appendFile)(file, fitSummary(markdown) + external_node_os_.EOL, 'utf8');
}
/** The step fails: an error annotation with `message`, and exit code 1 unless set otherwise. */
function setFailed(message) {
    process.exitCode = 1;
    (0,commands/* issueCommand */.Lb)('error', {}, message);
}


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(502);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
