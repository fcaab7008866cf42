import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);

// src/core/deploy/shell-quote.ts
function shellQuote(arg) {
  if (arg.includes("\0")) {
    throw new Error(
      `Cannot pass a value containing a NUL character to a shell (at index ${arg.indexOf("\0")} of a ${arg.length}-character value): program arguments end at NUL.`
    );
  }
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}
function shellCommand(argv) {
  return argv.map(shellQuote).join(" ");
}

// src/core/errors.ts
var ExitCode = { ok: 0, failure: 1, usage: 2, manifest: 3, refused: 4 };
var MsdeployError = class extends Error {
  exitCode;
  annotations;
  summary;
  detail;
  worded;
  constructor(message, details = {}) {
    super(
      typeof message === "string" ? message : message("action"),
      details.cause === void 0 ? void 0 : { cause: details.cause }
    );
    this.name = new.target.name;
    if (typeof message !== "string") this.worded = message;
    this.exitCode = details.exitCode ?? ExitCode.failure;
    this.annotations = details.annotations ?? [];
    this.summary = details.summary;
    this.detail = details.detail ?? [];
  }
  /** The message worded for where it is shown. */
  messageFor(audience) {
    return this.worded ? this.worded(audience) : this.message;
  }
};
function settingLabel(name, audience) {
  return audience === "action" ? `input \`${name}\`` : `option --${name}`;
}
var SettingError = class extends MsdeployError {
  constructor(setting, explain) {
    super((audience) => explain(settingLabel(setting, audience)), { exitCode: ExitCode.usage });
    this.setting = setting;
  }
  setting;
};
function asMsdeployError(e) {
  if (e instanceof MsdeployError) return e;
  return new MsdeployError(e instanceof Error ? e.message : String(e), { cause: e });
}

// src/platform/process.ts
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";

// src/platform/runner/context.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
function readRunContext(env) {
  const onActions = env.GITHUB_ACTIONS === "true";
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const serverUrl = stripSlash(env.GITHUB_SERVER_URL) ?? "https://github.com";
  const repository = env.GITHUB_REPOSITORY || void 0;
  const runId = positiveInt(env.GITHUB_RUN_ID);
  const repo = payload.repository;
  return {
    onActions,
    repository,
    serverUrl,
    apiUrl: stripSlash(env.GITHUB_API_URL) ?? "https://api.github.com",
    runId,
    runNumber: positiveInt(env.GITHUB_RUN_NUMBER),
    runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT),
    runUrl: onActions && repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : void 0,
    sha: env.GITHUB_SHA || void 0,
    ref: env.GITHUB_REF || void 0,
    workflowRef: env.GITHUB_WORKFLOW_REF || void 0,
    workflowFile: workflowFile(env.GITHUB_WORKFLOW_REF),
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    defaultBranch: typeof repo?.default_branch === "string" ? repo.default_branch : void 0,
    actor: env.GITHUB_ACTOR || void 0,
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || void 0,
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    workspace: env.GITHUB_WORKSPACE || void 0,
    debug: env.RUNNER_DEBUG === "1",
    oidc: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
    sourceDateEpoch: env.SOURCE_DATE_EPOCH || void 0
  };
}
var cached;
function runContext() {
  cached ??= readRunContext(process.env);
  return cached;
}
function parentEnvironment() {
  return process.env;
}
function stepSummaryFile() {
  return process.env.GITHUB_STEP_SUMMARY || void 0;
}
function runnerFile(variable) {
  return process.env[variable] || void 0;
}
function inputValue(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function runnerDebug() {
  return process.env.RUNNER_DEBUG === "1";
}
function readEventPayload(path) {
  if (!path) return {};
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(
      `Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${e.message}`
    );
  }
  return parsed && typeof parsed === "object" ? parsed : {};
}
function workflowFile(workflowRef) {
  if (!workflowRef) return void 0;
  const path = workflowRef.split("@")[0] ?? "";
  return path.slice(path.lastIndexOf("/") + 1) || void 0;
}
function positiveInt(raw) {
  const n = Number(raw);
  return raw && Number.isSafeInteger(n) && n > 0 ? n : void 0;
}
function stripSlash(url) {
  return url ? url.replace(/\/+$/, "") : void 0;
}

// src/platform/process.ts
var ProgramNotFoundError = class extends Error {
};
var WorkingDirectoryError = class extends Error {
};
async function workingDirectoryProblem(cwd) {
  try {
    const s = await stat(cwd);
    return s.isDirectory() ? void 0 : `its working directory ${cwd} is not a directory`;
  } catch {
    return `its working directory ${cwd} does not exist`;
  }
}
var SIGNAL_CODES = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGKILL: 9,
  SIGTERM: 15
};
var live = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const pid of live) killGroup(pid, "SIGKILL");
  });
}
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function runProcess(program, args, opts) {
  installExitHook();
  const tailLines = opts.tailLines ?? 30;
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(program, args, {
        cwd: opts.cwd,
        env: opts.env ?? { ...parentEnvironment(), ...opts.extraEnv },
        stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
        shell: false,
        detached: true,
        // its own process group: killable as a whole
        windowsHide: true
      });
    } catch (e) {
      startFailure(program, opts, e).then(reject, reject);
      return;
    }
    const stdout = [];
    let tail = [];
    let partial = "";
    let timedOut = false;
    const keep = (text) => {
      opts.onOutput?.(text);
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      if (lines.length) tail = tail.concat(lines).slice(-tailLines);
    };
    if (opts.collectStdout) child.stdout.on("data", (c) => stdout.push(c));
    else child.stdout.on("data", (c) => keep(c.toString("utf8")));
    child.stderr.on("data", (c) => keep(c.toString("utf8")));
    const timer = opts.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      if (child.pid) killGroup(child.pid, "SIGKILL");
    }, opts.timeoutMs);
    if (child.pid) live.add(child.pid);
    if (child.stdin && opts.input !== void 0) {
      child.stdin.on("error", () => {
      });
      if (typeof opts.input === "string" || Buffer.isBuffer(opts.input)) {
        child.stdin.end(opts.input);
      } else {
        const source = opts.input;
        source.on("error", () => child.stdin?.end());
        child.stdin.on("error", () => source.destroy());
        source.pipe(child.stdin);
      }
    }
    let exit;
    child.on("exit", (code, signal) => {
      exit = { code, signal };
      if (opts.reapGroup && child.pid) killGroup(child.pid, "SIGKILL");
    });
    let failedToStart = false;
    child.on("error", (e) => {
      failedToStart = true;
      clearTimeout(timer);
      if (child.pid) live.delete(child.pid);
      startFailure(program, opts, e).then(reject, reject);
    });
    child.on("close", (code, signal) => {
      if (failedToStart) return;
      clearTimeout(timer);
      if (child.pid) live.delete(child.pid);
      if (partial) tail = tail.concat(partial).slice(-tailLines);
      const sig = exit?.signal ?? signal ?? void 0;
      const exitCode = exit?.code ?? code ?? (sig ? 128 + (SIGNAL_CODES[sig] ?? 15) : 1);
      resolve({ exitCode, signal: sig, timedOut, stdout: Buffer.concat(stdout), tail });
    });
  });
}
async function startFailure(program, opts, e) {
  const problem = e.code === "ENOENT" || e.code === "ENOTDIR" ? await workingDirectoryProblem(opts.cwd) : void 0;
  if (problem) return new WorkingDirectoryError(`Cannot run ${program}: ${problem}.`, { cause: e });
  if (e.code === "ENOENT") {
    const hint = opts.installHint ?? program;
    return new ProgramNotFoundError(
      `${program} was not found (needed in ${opts.cwd}): install ${hint} or put it on PATH` + (opts.installHint ? ` (e.g. apt-get install ${opts.installHint}).` : ".")
    );
  }
  return new Error(`Cannot start ${program} in ${opts.cwd}: ${e.message}`, { cause: e });
}

// src/app/run-cli.ts
var MAX_STDOUT_BYTES = 1024 * 1024;
async function runCli(s, logger) {
  logger.info(`msdeploy ${shellCommand(s.args)}`);
  const streamed = async (write) => {
    const r = await runProcess(process.execPath, [s.cli, ...s.args], {
      cwd: s.cwd,
      env: s.env,
      collectStdout: true,
      onOutput: write
    });
    write(r.stdout.toString("utf8"));
    return r;
  };
  const result = logger.untrusted ? await logger.untrusted(streamed) : await streamed((chunk) => logger.info(chunk.trimEnd()));
  if (result.stdout.length > MAX_STDOUT_BYTES) {
    throw new MsdeployError(
      `msdeploy printed ${result.stdout.length} bytes on standard output, over the ${MAX_STDOUT_BYTES} bytes (1 MiB) the stdout output may hold: ask for less (one service, no --json), or run bin/msdeploy.js in a run: step instead.`
    );
  }
  return { exitCode: result.exitCode, stdout: result.stdout.toString("utf8") };
}

// src/core/deploy/mask.ts
var MIN_FORM_LENGTH = 4;
function maskForms(value) {
  if (value === "") return [];
  const forms = /* @__PURE__ */ new Set([value]);
  const add = (f) => {
    if (f.length >= MIN_FORM_LENGTH) forms.add(f);
  };
  const lines = value.split(/\r?\n|\r/);
  if (lines.length > 1) for (const line of lines) add(line.trim());
  for (const text of [value, ...lines.length > 1 ? lines.map((l) => l.trim()) : []]) {
    const json = JSON.stringify(text).slice(1, -1);
    if (json !== text) add(json);
  }
  const bytes = Buffer.from(value, "utf8");
  add(bytes.toString("base64"));
  add(bytes.toString("base64url"));
  for (const shift of [0, 1, 2]) {
    const stable = alignedBase64(bytes, shift);
    add(stable);
    add(stable.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
function alignedBase64(bytes, shift) {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
  const start = [0, 2, 3][shift];
  const total = shift + bytes.length;
  const end = 4 * Math.floor(total / 3) + total % 3;
  return end > start ? encoded.slice(start, end) : "";
}

// src/platform/runner/commands.ts
import { appendFileSync, existsSync } from "node:fs";
import { EOL } from "node:os";
function unguessableToken() {
  return globalThis.crypto.randomUUID();
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter(([, v]) => v !== void 0 && v !== "" && v !== 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function writeLine(text) {
  process.stdout.write(text + EOL);
}
function issueCommand(command, properties = {}, message = "") {
  writeLine(workflowCommand(command, properties, message));
}
function fileCommand(variable, name, value) {
  const path = runnerFile(variable);
  if (!path) {
    issueCommand(variable === "GITHUB_OUTPUT" ? "set-output" : "set-env", { name }, value);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(
      `The runner's ${variable} file ${path} does not exist: the runner creates it for each step, so run this action as a step of a job, or create the file first.`
    );
  }
  const delimiter = `ghadelimiter_${unguessableToken()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`The ${variable} value for ${name} contains its own delimiter: not written.`);
  }
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
}

// src/platform/runner/logger.ts
function writeUntrusted(text) {
  if (!text.includes("::")) {
    writeLine(text);
    return;
  }
  const token = unguessableToken();
  writeLine(`::stop-commands::${token}`);
  writeLine(text);
  writeLine(`::${token}::`);
}
async function fenced(fn) {
  const token = unguessableToken();
  let partial = "";
  writeLine(`::stop-commands::${token}`);
  try {
    return await fn((chunk) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) writeLine(line);
    });
  } finally {
    if (partial) writeLine(partial);
    writeLine(`::${token}::`);
  }
}
function annotation(where) {
  if (!where?.file) return {};
  return { file: where.file, line: where.line, col: where.col };
}
var actionsLogger = {
  debug: (message) => {
    if (runnerDebug()) writeUntrusted(message);
  },
  info: (message) => writeUntrusted(message),
  // Annotation text is escaped (newlines, %), so data can't break out of the command.
  warning: (message, where) => issueCommand("warning", annotation(where), message),
  error: (message, where) => issueCommand("error", annotation(where), message),
  untrusted: fenced,
  // The value, each line, its JSON and base64 forms: one `add-mask` each (escaped).
  mask: (value) => {
    for (const form of maskForms(value)) issueCommand("add-mask", {}, form);
  },
  group: async (title, fn) => {
    issueCommand("group", {}, title.replace(/[\r\n]+/g, " "));
    try {
      return await fn();
    } finally {
      issueCommand("endgroup");
    }
  }
};

// src/platform/runner/outputs.ts
import { appendFile } from "node:fs/promises";
import { EOL as EOL2 } from "node:os";

// src/core/report/markdown.ts
var SUMMARY_BUDGET_BYTES = 900 * 1024;
function fitSummary(markdown, note = "the rest of this summary was cut to stay under the 1 MiB GitHub allows a step summary.", budget = SUMMARY_BUDGET_BYTES) {
  if (Buffer.byteLength(markdown, "utf8") <= budget) return markdown;
  const tail = `

> [!NOTE]
> _Truncated:_ ${note}
`;
  const bytes = Buffer.from(markdown, "utf8");
  const room = Math.max(0, budget - Buffer.byteLength(tail, "utf8"));
  let cut = bytes.lastIndexOf(10, room);
  if (cut <= 0) {
    cut = room;
    while (cut > 0 && (bytes[cut] & 192) === 128) cut--;
  }
  return `${bytes.toString("utf8", 0, cut)}${tail}`;
}

// src/platform/runner/outputs.ts
function setOutputs(outputs) {
  for (const [name, value] of Object.entries(outputs)) fileCommand("GITHUB_OUTPUT", name, value);
}
async function appendSummary(markdown) {
  const file = stepSummaryFile();
  if (!file) return;
  await appendFile(file, fitSummary(markdown) + EOL2, "utf8");
}
function setFailed(message) {
  process.exitCode = 1;
  issueCommand("error", {}, message);
}

// src/actions/run-action.ts
async function runAction(main) {
  try {
    await main(runContext(), actionsLogger);
  } catch (e) {
    const failure = asMsdeployError(e);
    for (const a of failure.annotations) {
      actionsLogger.error(a.message, { file: a.file, line: a.line, col: a.col });
    }
    if (failure.summary) await appendSummary(failure.summary).catch(() => void 0);
    setFailed(failure.messageFor("action"));
    process.exitCode = failure.exitCode;
  }
}

// src/actions/run-cli/io.ts
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// src/core/command-line.ts
var CommandLineError = class extends Error {
  constructor(reason, line, column) {
    super(`${reason} (line ${line}, column ${column})`);
    this.reason = reason;
    this.line = line;
    this.column = column;
    this.name = "CommandLineError";
  }
  reason;
  line;
  column;
};
var SEPARATOR = /[ \t\r\n]/;
var ESCAPABLE_IN_DOUBLE = /* @__PURE__ */ new Set(['"', "\\", "$", "`", "\n"]);
function splitCommandLine(text) {
  const args = [];
  let current = "";
  let inArg = false;
  let i = 0;
  const fail = (reason, at) => {
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    const column = at - (before.lastIndexOf("\n") + 1) + 1;
    throw new CommandLineError(reason, line, column);
  };
  while (i < text.length) {
    const c = text[i];
    if (SEPARATOR.test(c)) {
      if (inArg) args.push(current);
      current = "";
      inArg = false;
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) fail("This ' starts a quote that is never closed: add the closing '", i);
      current += text.slice(i + 1, end);
      inArg = true;
      i = end + 1;
    } else if (c === '"') {
      const start = i;
      i++;
      for (; ; ) {
        if (i >= text.length) {
          fail('This " starts a quote that is never closed: add the closing "', start);
        }
        const d = text[i];
        if (d === '"') break;
        if (d === "\\" && i + 1 < text.length && ESCAPABLE_IN_DOUBLE.has(text[i + 1])) {
          if (text[i + 1] !== "\n") current += text[i + 1];
          i += 2;
        } else {
          current += d;
          i++;
        }
      }
      inArg = true;
      i++;
    } else if (c === "\\") {
      if (i + 1 >= text.length) {
        fail("A \\ at the end escapes nothing: remove it, or write \\\\ for a backslash", i);
      }
      if (text[i + 1] !== "\n") {
        current += text[i + 1];
        inArg = true;
      }
      i += 2;
    } else {
      current += c;
      inArg = true;
      i++;
    }
  }
  if (inArg) args.push(current);
  return args;
}

// src/platform/runner/inputs.ts
function getInput(name, required = false) {
  const value = inputValue(name);
  if (required && !value) {
    throw new SettingError(name, (label) => `The ${label} is required: set it in \`with:\`.`);
  }
  return value;
}
function getSecretInput(name) {
  const value = inputValue(name);
  if (!value) return void 0;
  issueCommand("add-mask", {}, value);
  return value;
}

// src/actions/run-cli/io.ts
var RunCliInput = {
  args: "args",
  workingDirectory: "working-directory",
  token: "token",
  registryUsername: "registry-username",
  registryPassword: "registry-password",
  sshKey: "ssh-key"
};
var RunCliOutput = {
  stdout: "stdout",
  exitCode: "exit-code"
};
var CLI_VARIABLES = {
  [RunCliInput.token]: "GITHUB_TOKEN",
  [RunCliInput.registryUsername]: "MSDEPLOY_REGISTRY_USERNAME",
  [RunCliInput.registryPassword]: "MSDEPLOY_REGISTRY_PASSWORD",
  [RunCliInput.sshKey]: "MSDEPLOY_SSH_KEY"
};
var CLI_FROM_HERE = ["..", "cli", "index.js"];
function parseArgsInput(raw) {
  let args;
  try {
    args = splitCommandLine(raw);
  } catch (e) {
    if (!(e instanceof CommandLineError)) throw e;
    throw new SettingError(
      RunCliInput.args,
      (label) => `The ${label} cannot be split: ${e.message}.`
    );
  }
  if (args.length === 0) {
    throw new SettingError(
      RunCliInput.args,
      (label) => `The ${label} is empty: write a msdeploy command, e.g. \`status catalog\`.`
    );
  }
  return args;
}
function getRunCliSettings() {
  const args = parseArgsInput(getInput(RunCliInput.args, true));
  const env = {};
  for (const [name, value] of Object.entries(parentEnvironment())) {
    if (value !== void 0 && !name.startsWith("INPUT_")) env[name] = value;
  }
  for (const [input, variable] of Object.entries(CLI_VARIABLES)) {
    const value = input === RunCliInput.registryUsername ? getInput(input) : getSecretInput(input);
    if (value) env[variable] = value;
  }
  return {
    cli: join(dirname(fileURLToPath(import.meta.url)), ...CLI_FROM_HERE),
    args,
    cwd: getInput(RunCliInput.workingDirectory) || ".",
    env
  };
}
function writeRunCliOutputs(o) {
  setOutputs({ [RunCliOutput.stdout]: o.stdout, [RunCliOutput.exitCode]: String(o.exitCode) });
}

// src/actions/run-cli/index.ts
await runAction(async (_run, logger) => {
  const settings = getRunCliSettings();
  const outcome = await runCli(settings, logger);
  writeRunCliOutputs(outcome);
  if (outcome.exitCode !== 0) {
    throw new MsdeployError(
      `msdeploy ${settings.args[0]} exited with code ${outcome.exitCode} (see its output above).`,
      { exitCode: outcome.exitCode }
    );
  }
});
