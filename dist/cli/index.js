import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  createGitHubApi
} from "./chunk-JHKPCD2A.js";
import {
  HttpTimeoutError,
  checkProvenanceSubject,
  discardBody,
  httpRequest,
  provenanceBytes,
  provenanceFacts,
  provenanceStatement,
  readJUnit,
  redactUrl,
  totals
} from "./chunk-XLTKM376.js";
import {
  ExitCode,
  GlobSyntaxError,
  ManifestError,
  MsdeployError,
  SettingError,
  asMsdeployError,
  buildEnvironment,
  closest,
  compilePatternList,
  didYouMean,
  expandAlternations,
  findManifest,
  formatIssue,
  globRegExp,
  globSyntaxError,
  insideRepository,
  isInside,
  isStrictlyInside,
  ledgerRefName,
  literalDirectory,
  normalisePattern,
  parseGlob,
  readManifest,
  readManifestText,
  require_dist,
  splitNegation
} from "./chunk-65PZUPE5.js";
import {
  LEDGER_REF_PATTERN,
  NAME_PATTERN,
  NAME_RE
} from "./chunk-PC5HZGC7.js";
import {
  ArtifactNotFoundError,
  DigestMismatchError,
  DigestStream,
  artifactFileName,
  digestFile,
  isDigest,
  sha256,
  verifyFile
} from "./chunk-TG2BZXXB.js";
import {
  __toESM
} from "./chunk-GLYJZRA3.js";

// src/platform/package-info.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var version;
function msdeployVersion() {
  version ??= readVersion();
  return version;
}
function readVersion() {
  for (const rel of ["../../package.json", "../package.json"]) {
    try {
      const pkg = JSON.parse(
        readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8")
      );
      if (pkg.name === "msdeploy" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "unknown";
}

// src/cli/commands/build.ts
import { join as join8 } from "node:path";

// src/app/build.ts
import { mkdir as mkdir3, mkdtemp } from "node:fs/promises";
import { join as join6 } from "node:path";

// src/core/artifact/build.ts
import { lstat, readdir, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

// src/core/report/markdown.ts
var ENTITY = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "~": "&#126;",
  $: "&#36;",
  "@": "&#64;",
  ":": "&#58;"
};
var INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\u0080-\u009f]/gu;
function showInvisible(text) {
  return text.replace(
    INVISIBLE,
    (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
  );
}
function md(text) {
  const escaped = showInvisible(text).replace(/[&<>"|`*_[\]\\~$@]|:(?=\/\/)/g, (c) => ENTITY[c]).replace(/\r?\n|\r/g, "\u2424");
  return escaped.replace(/^[#+-]/, (c) => `&#${c.charCodeAt(0)};`);
}
var SUMMARY_BUDGET_BYTES = 900 * 1024;
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
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
function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
function shortSha(sha) {
  return sha ? sha.slice(0, 7) : "";
}

// src/core/report/build-failure.ts
function buildFailureSummary(service, exitCode, tail) {
  return fitSummary(
    `### msdeploy: the build of ${md(service)} failed (exit code ${exitCode})

Last lines of its output:

<pre>${tail.map((l) => md(clip(l, 2e3))).join("\n")}</pre>
`,
    "the build log has the whole output."
  );
}

// src/core/artifact/version.ts
var BASE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:[-+].*)?$/;
var VersionError = class extends Error {
};
function buildVersion(input) {
  const m = BASE.exec(input.base.trim());
  if (!m) {
    throw new VersionError(
      `Base version ${JSON.stringify(input.base)} is not MAJOR.MINOR or a SemVer such as 1.4.0: set build.version in msdeploy.yml to e.g. "1.4".`
    );
  }
  if (!Number.isSafeInteger(input.counter) || input.counter < 0) {
    throw new VersionError(`Build counter must be a whole number \u2265 0, got ${input.counter}.`);
  }
  if (!/^[0-9a-f]{7,64}$/i.test(input.commit)) {
    throw new VersionError(`Commit ${JSON.stringify(input.commit)} is not a git sha.`);
  }
  const branch = (input.ref ?? "").replace(/^refs\/pull\/(\d+)\/(merge|head)$/, "pr-$1").replace(/^refs\/(heads|tags)\//, "");
  const onDefault = !branch || branch === (input.defaultBranch ?? "main");
  const pre = onDefault ? "" : `-${refSlug(branch)}`;
  const attempt = input.attempt && input.attempt > 1 ? `.attempt${input.attempt}` : "";
  return `${m[1]}.${m[2]}.${input.counter}${pre}+${input.commit.slice(0, 7).toLowerCase()}${attempt}`;
}
function refSlug(ref) {
  const slug = ref.replace(/[^0-9A-Za-z-]+/g, "-").replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, 40).replace(/-$/, "").toLowerCase();
  if (!slug) return "ref";
  return /^\d+$/.test(slug) ? `r${slug}` : slug;
}
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function isSemVer(v) {
  return SEMVER.test(v);
}
function markDirty(version2) {
  return version2.includes("+") ? `${version2}.dirty` : `${version2}+dirty`;
}
var SAFE_VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,127}$/;

// src/core/artifact/build.ts
var BuildFailedError = class extends MsdeployError {
  constructor(service, exitCode, tail) {
    super(`The build of ${service} failed with exit code ${exitCode}.`, {
      exitCode,
      summary: buildFailureSummary(service, exitCode, tail),
      detail: ["Last lines of its output:", ...tail]
    });
    this.service = service;
    this.tail = tail;
  }
  service;
  tail;
};
var BuildConfigError = class extends MsdeployError {
};
async function baseVersion(service, repoRoot) {
  if (service.build?.version) return service.build.version;
  try {
    const pkg = JSON.parse(
      await readFile(join(repoRoot, service.path, "package.json"), "utf8")
    );
    if (typeof pkg.version === "string" && pkg.version) return pkg.version;
  } catch {
  }
  return "0.1";
}
async function findTestReports(serviceDir, patterns) {
  if (patterns.length === 0) return [];
  const matches = compilePatternList(patterns);
  const found = [];
  const walk = async (dir) => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== ".git" && e.name !== "node_modules") await walk(full);
      } else if (e.isFile() && matches(relative(serviceDir, full).split(sep).join("/"))) {
        found.push(full);
      }
    }
  };
  await walk(serviceDir);
  return found.sort();
}
async function clearOutput(service, serviceDir, outputDir, logger) {
  const shown = join(service.path, service.build?.output ?? "");
  if (!await lstat(outputDir).catch(() => void 0)) return;
  const realService = await realpath(serviceDir);
  const realParent = await realpath(dirname(outputDir));
  if (!isStrictlyInside(serviceDir, outputDir) || !isInside(realService, realParent)) {
    throw new BuildConfigError(
      `The build output ${shown} of ${service.name} is not strictly inside the service directory (it resolves into ${realParent}): msdeploy empties the output before each build, so it refuses to; point build.output at a subdirectory the build writes, e.g. \`dist\`.`
    );
  }
  await rm(outputDir, { recursive: true, force: true });
  logger.info(`Removed ${shown} before the build: only what the build writes is packed.`);
}
async function buildService(service, ctx, ports) {
  const spec = service.build;
  if (!spec) {
    throw new BuildConfigError(
      `Service ${service.name} has no build section in the manifest: add build.run and build.output under services.${service.name}.`
    );
  }
  const serviceDir = join(ctx.repoRoot, service.path);
  const computed = ctx.version ?? buildVersion({
    base: await baseVersion(service, ctx.repoRoot),
    counter: ctx.counter,
    commit: ctx.commit,
    ref: ctx.ref,
    defaultBranch: ctx.defaultBranch,
    attempt: ctx.attempt
  });
  const version2 = ctx.dirty ? markDirty(computed) : computed;
  const dirStat = await stat(serviceDir).catch(() => void 0);
  if (!dirStat?.isDirectory()) {
    throw new BuildConfigError(
      `Cannot build ${service.name}: its directory ${service.path} (${serviceDir}) ${dirStat ? "is not a directory" : "does not exist"}; check \`path\` of ${service.name} in the manifest, and that the checkout has it.`
    );
  }
  const outputDir = join(serviceDir, spec.output);
  await clearOutput(service, serviceDir, outputDir, ports.logger);
  const startedOn = ports.clock.now();
  const { logger } = ports;
  const untrusted = logger.untrusted?.bind(logger) ?? ((fn) => fn((chunk) => logger.info(chunk.replace(/\n$/, ""))));
  const { exitCode, tail } = await logger.group(
    `build ${service.name} ${version2}`,
    () => untrusted(
      (write) => ports.runner.run(spec.run, {
        cwd: serviceDir,
        // Untrusted values (branch names) reach the script only as variables.
        env: {
          MSDEPLOY_SERVICE: service.name,
          MSDEPLOY_VERSION: version2,
          MSDEPLOY_COMMIT: ctx.commit,
          MSDEPLOY_REF: ctx.ref,
          SOURCE_DATE_EPOCH: String(ctx.sourceDateEpoch)
        },
        forward: spec.env,
        onOutput: write
      })
    )
  );
  if (exitCode !== 0) throw new BuildFailedError(service.name, exitCode, tail);
  const outStat = await stat(outputDir).catch(() => void 0);
  if (!outStat?.isDirectory()) {
    throw new BuildConfigError(
      `The build of ${service.name} succeeded but produced no directory ${join(service.path, spec.output)}: make the build write its output there, or point build.output at where it does.`
    );
  }
  const realOutput = await realpath(outputDir);
  if (!isStrictlyInside(await realpath(serviceDir), realOutput)) {
    throw new BuildConfigError(
      `The build output ${join(service.path, spec.output)} of ${service.name} leads outside the service directory through a symlink: msdeploy packs only files inside the repository; make build.output a real directory the build writes.`
    );
  }
  const tests = [];
  for (const file of await findTestReports(serviceDir, spec.tests)) {
    tests.push(await readJUnit(file, relative(ctx.repoRoot, file)));
  }
  const fileName = artifactFileName(service.name, version2, spec.kind);
  const artifactPath = join(ctx.workDir, fileName);
  const { digest, size, format } = await ports.pack({
    kind: spec.kind,
    service,
    outputDir,
    outFile: artifactPath,
    version: version2,
    mtime: ctx.sourceDateEpoch,
    onProgress: (d, t) => ports.onProgress?.("pack", d, t)
  });
  const meta = {
    service: service.name,
    version: version2,
    kind: spec.kind,
    digest,
    size,
    fileName
  };
  const finishedOn = ports.clock.now();
  const provenance = provenanceStatement({
    artifact: meta,
    repository: ctx.repository,
    serverUrl: ctx.serverUrl,
    commit: ctx.commit,
    ref: ctx.ref,
    runUrl: ctx.runUrl,
    builderId: ctx.builderId,
    commands: [spec.run],
    workingDirectory: service.path,
    tests,
    startedOn,
    finishedOn,
    msdeployVersion: ctx.msdeployVersion,
    // The same tree packed in another format has another digest: say which one made this one.
    toolchain: format ? { ...ctx.toolchain, archive: format } : ctx.toolchain,
    ...ctx.dirty && { dirty: true }
  });
  const bytes = provenanceBytes(provenance);
  const provenancePath = `${artifactPath}.provenance.json`;
  await writeFile(provenancePath, bytes);
  const stored = await ports.store.put(
    artifactPath,
    meta,
    bytes,
    (d, t) => ports.onProgress?.("upload", d, t)
  );
  return { meta, stored, provenance, provenancePath, artifactPath, tests, startedOn, finishedOn };
}

// src/core/manifest/lookup.ts
var UnknownServiceError = class extends Error {
};
function serviceByName(manifest, name) {
  const service = manifest.services.find((s) => s.name === name);
  if (service) return service;
  const names = manifest.services.map((s) => s.name);
  const near = closest(name, names);
  throw new UnknownServiceError(
    `No service "${name}" in ${manifest.file}${near ? ` \u2014 did you mean "${near}"?` : ""}. Services: ${names.join(", ")}.`
  );
}
function environmentByName(manifest, name) {
  const env = manifest.environments.find((e) => e.name === name);
  if (env) return env;
  const names = manifest.environments.map((e) => e.name);
  const near = closest(name, names);
  throw new UnknownServiceError(
    names.length === 0 ? `No environment "${name}": ${manifest.file} declares no \`environments\` (see docs/deploy.md).` : `No environment "${name}" in ${manifest.file}${near ? ` \u2014 did you mean "${near}"?` : ""}. Environments: ${names.join(", ")}.`
  );
}
function placementOf(env, service) {
  const p = env.services.find((x) => x.service === service);
  if (p) return p;
  throw new UnknownServiceError(
    `Environment "${env.name}" does not deploy ${service}: it places ${env.services.map((x) => x.service).join(", ")}. Add ${service} under \`environments.${env.name}.services\`.`
  );
}

// src/platform/attest.ts
var PERMISSIONS_HINT = "give the job `permissions: { id-token: write, attestations: write, contents: read }`";
async function attestProvenance(args) {
  const { run } = args;
  if (!run.oidc) {
    args.logger.warning(
      `Not attested: this job has no OIDC token to sign with; ${PERMISSIONS_HINT}.`
    );
    return void 0;
  }
  if (!args.token) {
    args.logger.warning(
      "Not attested: the token input is empty; pass `token: ${{ github.token }}`."
    );
    return void 0;
  }
  const { attest } = await import("./lib-VXBOKZEI.js");
  try {
    const { predicateType, predicate, subject: subject2 } = args.statement;
    const attestation = await attest({
      subjects: subject2,
      predicateType,
      predicate,
      // The library picks Sigstore's public-good instance for public repositories, GitHub's otherwise.
      token: args.token
    });
    const id = attestation.attestationID;
    const url = id && run.repository ? `${run.serverUrl}/${run.repository}/attestations/${id}` : void 0;
    args.logger.info(`Attested the provenance${url ? `: ${url}` : ""}.`);
    return { id, url };
  } catch (e) {
    args.logger.warning(
      `Not attested: ${e.message}. If the token lacks the rights, ${PERMISSIONS_HINT}.`
    );
    return void 0;
  }
}

// src/platform/build-context.ts
async function gatherBuildContext(args) {
  const { git, run } = args;
  const commit = await git.resolveCommit(run.onActions && run.sha ? run.sha : "HEAD") ?? "";
  if (!commit)
    throw new Error(
      `Cannot resolve the commit to build in ${args.repoRoot}: is it a git checkout with a commit?`
    );
  const dirty = await git.dirtyFiles();
  if (dirty.length > 0 && run.onActions) throw new DirtyTreeError(args.repoRoot, dirty);
  const epoch = run.sourceDateEpoch ? Number(run.sourceDateEpoch) : await git.commitTime(commit);
  if (!Number.isInteger(epoch) || epoch < 0) {
    throw new SettingError(
      "SOURCE_DATE_EPOCH",
      () => `SOURCE_DATE_EPOCH must be whole seconds since 1970, got ${JSON.stringify(run.sourceDateEpoch)}.`
    );
  }
  return {
    repoRoot: args.repoRoot,
    commit,
    sourceDateEpoch: epoch,
    ...await refAndDefaultBranch(git, run, commit),
    counter: run.onActions && run.runNumber ? run.runNumber : await git.countCommits(commit),
    attempt: run.runAttempt,
    repository: run.repository ?? args.repoRoot,
    serverUrl: run.serverUrl,
    runUrl: run.runUrl,
    builderId: run.onActions && run.workflowRef ? `${run.serverUrl}/${run.workflowRef}` : "msdeploy-cli",
    msdeployVersion: msdeployVersion(),
    // gzip output depends on the zlib build: the same zlib gives the same digest.
    toolchain: { node: process.versions.node, zlib: process.versions.zlib ?? "unknown" },
    version: args.version,
    ...dirty.length > 0 && { dirty: true },
    workDir: args.workDir
  };
}
var DirtyTreeError = class extends MsdeployError {
  constructor(repoRoot, files) {
    const shown = files.slice(0, 10).join(", ") + (files.length > 10 ? `, \u2026 (${files.length} in all)` : "");
    super(
      `The checkout at ${repoRoot} has uncommitted changes to tracked files (${shown}): an artifact is built from a commit, so a step before the build changed the source. Commit those changes, or make that step leave tracked files alone.`
    );
  }
};
async function refAndDefaultBranch(git, run, commit) {
  if (run.onActions) return { ref: run.ref ?? "", defaultBranch: run.defaultBranch ?? "main" };
  const originHead = await git.symbolicRef("refs/remotes/origin/HEAD");
  const defaultBranch = run.defaultBranch ?? originHead?.replace(/^refs\/remotes\/origin\//, "") ?? "main";
  const branch = await git.symbolicRef("HEAD");
  if (branch) return { ref: branch, defaultBranch };
  const [tag2] = await git.tagsAt(commit);
  return { ref: tag2 === void 0 ? "detached" : `refs/tags/${tag2}`, defaultBranch };
}

// src/platform/process.ts
import { spawn } from "node:child_process";
import { stat as stat2 } from "node:fs/promises";
import { hostname } from "node:os";

// src/platform/runner/context.ts
import { readFileSync as readFileSync2 } from "node:fs";
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
function parentEnvironment() {
  return process.env;
}
function readEventPayload(path) {
  if (!path) return {};
  let parsed;
  try {
    parsed = JSON.parse(readFileSync2(path, "utf8"));
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
    const s = await stat2(cwd);
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
  return new Promise((resolve10, reject2) => {
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
      startFailure(program, opts, e).then(reject2, reject2);
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
      startFailure(program, opts, e).then(reject2, reject2);
    });
    child.on("close", (code, signal) => {
      if (failedToStart) return;
      clearTimeout(timer);
      if (child.pid) live.delete(child.pid);
      if (partial) tail = tail.concat(partial).slice(-tailLines);
      const sig = exit?.signal ?? signal ?? void 0;
      const exitCode = exit?.code ?? code ?? (sig ? 128 + (SIGNAL_CODES[sig] ?? 15) : 1);
      resolve10({ exitCode, signal: sig, timedOut, stdout: Buffer.concat(stdout), tail });
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
function thisProcessHolder() {
  return `${hostname()}:${process.pid}`;
}
function holderIsGone(holder) {
  const at = holder.lastIndexOf(":");
  const pid = Number(holder.slice(at + 1));
  if (at < 0 || holder.slice(0, at) !== hostname() || !Number.isSafeInteger(pid) || pid <= 0) {
    return false;
  }
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return e.code === "ESRCH";
  }
}

// src/platform/exec.ts
var BashRunner = class {
  async run(script, opts) {
    const r = await runProcess("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], {
      cwd: opts.cwd,
      env: buildEnvironment(parentEnvironment(), opts.forward ?? [], opts.env),
      installHint: "bash",
      onOutput: opts.onOutput,
      reapGroup: true
    });
    return { exitCode: r.exitCode, tail: r.tail };
  }
};

// src/core/changes/change-set.ts
var ChangeSetParseError = class extends Error {
  constructor(message, offset) {
    super(`Cannot parse git diff --name-status -z output at byte ${offset}: ${message}`);
    this.offset = offset;
    this.name = "ChangeSetParseError";
  }
  offset;
};
var NUL = 0;
var TWO_PATHS = /* @__PURE__ */ new Set(["R", "C"]);
var SCORED = /* @__PURE__ */ new Set(["R", "C", "M"]);
function parseNameStatusZ(out) {
  const fields = out.toString("utf8").split("\0");
  const last = fields.length - 1;
  if (fields[last] !== "") {
    throw new ChangeSetParseError(
      "truncated record: the last field has no terminating NUL (was the output cut short?)",
      byteOffsetOfField(out, last)
    );
  }
  const files = [];
  let i = 0;
  while (i < last) {
    const status2 = parseStatus(fields[i], out, i);
    const paths = TWO_PATHS.has(status2) ? 2 : 1;
    if (i + paths >= last) {
      throw new ChangeSetParseError(
        `truncated record: the ${status2} record has ${last - i - 1} of its ${paths} path(s)`,
        byteOffsetOfField(out, last)
      );
    }
    const first = pathField(fields, i + 1, out);
    if (paths === 2) {
      files.push({ status: status2, path: pathField(fields, i + 2, out), oldPath: first });
    } else {
      files.push({ status: status2, path: first });
    }
    i += 1 + paths;
  }
  return files;
}
function byteOffsetOfField(out, index) {
  let pos = 0;
  for (let n = 0; n < index; n++) pos = out.indexOf(NUL, pos) + 1;
  return pos;
}
var STATUS = /^([AMDTRC])(\d*)$/;
function parseStatus(field, out, index) {
  const m = STATUS.exec(field);
  if (!m || m[2] !== "" && !SCORED.has(m[1])) {
    const offset = byteOffsetOfField(out, index);
    if (field === "") throw new ChangeSetParseError("empty status field", offset);
    throw new ChangeSetParseError(
      `unexpected status ${JSON.stringify(field.slice(0, 16))}: expected one of A, M, D, T, R<score>, C<score>` + (field[0] === "U" ? " (U means an unmerged path: diff two commits, not the index)" : ""),
      offset
    );
  }
  return m[1];
}
function pathField(fields, index, out) {
  const path = fields[index];
  if (path === "") throw new ChangeSetParseError("empty path", byteOffsetOfField(out, index));
  return path;
}

// src/platform/git.ts
var GitCommandError = class extends Error {
  constructor(argv, exitCode, stderr, cwd) {
    const said = stderr.trim() ? `:
${stderr.trim()}` : " (git printed nothing on stderr)";
    super(
      `\`${displayArgv(argv)}\` in ${cwd} failed with exit code ${exitCode ?? "none (killed)"}${said}`
    );
    this.argv = argv;
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.cwd = cwd;
    this.name = "GitCommandError";
  }
  argv;
  exitCode;
  stderr;
  cwd;
};
var STDERR_TAIL_LINES = 40;
var FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var VALID_REF_CHARS = /^(?!.*@\{)(?!.*\.\.)[^\s~^:?*[\\\x00-\x1f\x7f]+$/;
var CliGit = class {
  constructor(cwd, opts = {}) {
    this.cwd = cwd;
    this.gitPath = opts.gitPath ?? "git";
    this.logger = opts.logger;
    this.prefix = opts.trustDirectory ? ["-c", `safe.directory=${cwd}`] : [];
  }
  cwd;
  gitPath;
  logger;
  prefix;
  async resolveCommit(rev) {
    const r = await this.run(
      ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`],
      [1, 128]
    );
    if (r.code !== 0) return void 0;
    const sha = r.stdout.toString("latin1").trim();
    return FULL_SHA.test(sha) ? sha : void 0;
  }
  async isBranch(rev) {
    if (rev === "" || rev.startsWith("-") || !VALID_REF_CHARS.test(rev)) return false;
    const exists3 = async (ref) => await this.resolveCommit(ref) !== void 0;
    if (rev.startsWith("refs/")) {
      return (rev.startsWith("refs/heads/") || rev.startsWith("refs/remotes/")) && exists3(rev);
    }
    if (await exists3(`refs/${rev}`)) return /^(heads|remotes)\//.test(rev);
    if (await exists3(`refs/tags/${rev}`)) return false;
    return await exists3(`refs/heads/${rev}`) || await exists3(`refs/remotes/${rev}`) || exists3(`refs/remotes/${rev}/HEAD`);
  }
  async isAncestor(ancestor, descendant) {
    const r = await this.run(
      ["merge-base", "--is-ancestor", "--end-of-options", ancestor, descendant],
      [1]
    );
    return r.code === 0;
  }
  async mergeBase(a, b) {
    const r = await this.run(["merge-base", "--end-of-options", a, b], [1]);
    if (r.code !== 0) return void 0;
    return r.stdout.toString("latin1").trim() || void 0;
  }
  async isShallow() {
    const r = await this.run(["rev-parse", "--is-shallow-repository"]);
    return r.stdout.toString("latin1").trim() === "true";
  }
  async deepen(by, refs) {
    if (!Number.isInteger(by) || by < 1) {
      throw new RangeError(`deepen: depth must be a positive integer, got ${by}`);
    }
    return this.tryFetch([`--deepen=${by}`], refs);
  }
  async fetch(refs, depth) {
    if (depth !== void 0 && (!Number.isInteger(depth) || depth < 1)) {
      throw new RangeError(`fetch: depth must be a positive integer, got ${depth}`);
    }
    return this.tryFetch(depth === void 0 ? [] : [`--depth=${depth}`], refs);
  }
  async diff(base, head) {
    const r = await this.run([
      "diff",
      "-z",
      "--name-status",
      "-M",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--no-relative",
      "--end-of-options",
      base,
      head,
      "--"
    ]);
    return parseNameStatusZ(r.stdout);
  }
  async previousTag(rev) {
    const parent = await this.resolveCommit(`${rev}^`);
    if (!parent) return void 0;
    const args = ["describe", "--tags", "--abbrev=0", "--end-of-options", parent];
    const r = await this.run(args, [128]);
    if (r.code !== 0) {
      if (/cannot describe/i.test(r.stderr)) return void 0;
      throw new GitCommandError(this.argv(args), r.code, r.stderr, this.cwd);
    }
    const tag2 = r.stdout.toString("utf8").trim();
    return this.resolveCommit(`refs/tags/${tag2}`);
  }
  async commitTime(rev) {
    const r = await this.run(["show", "-s", "--format=%ct", "--end-of-options", rev]);
    return Number(r.stdout.toString("utf8").trim());
  }
  async dirtyFiles() {
    const r = await this.run(["status", "--porcelain=v1", "-z", "--untracked-files=no"]);
    const fields = r.stdout.toString("utf8").split("\0");
    const files = [];
    for (let i = 0; i < fields.length; i++) {
      const entry = fields[i];
      if (entry.length < 4) continue;
      files.push(entry.slice(3));
      if (entry[0] === "R" || entry[0] === "C") i++;
    }
    return files;
  }
  async countCommits(rev) {
    const r = await this.run(["rev-list", "--count", "--end-of-options", rev]);
    return Number(r.stdout.toString("utf8").trim());
  }
  async symbolicRef(name) {
    const r = await this.run(["symbolic-ref", "-q", "--end-of-options", name], [1, 128]);
    if (r.code !== 0) return void 0;
    return r.stdout.toString("utf8").trim() || void 0;
  }
  async tagsAt(rev) {
    const sha = await this.resolveCommit(rev);
    if (!sha) return [];
    const r = await this.run(["tag", "--list", "--sort=refname", "--points-at", sha]);
    return r.stdout.toString("utf8").split("\n").filter((t) => t !== "");
  }
  async listFiles(head) {
    const r = await this.run([
      "ls-tree",
      "-r",
      "-z",
      "--name-only",
      "--full-tree",
      "--end-of-options",
      head
    ]);
    return splitZ(r.stdout);
  }
  /** Fetching is allowed to fail (no origin, sha not served): the caller decides what that means. */
  async tryFetch(options, refs) {
    const args = [
      "fetch",
      "--no-tags",
      "--no-recurse-submodules",
      "--no-write-fetch-head",
      ...options,
      "origin",
      ...refs.length ? ["--end-of-options", ...refs] : []
    ];
    try {
      await this.run(args);
      return true;
    } catch (e) {
      if (!(e instanceof GitCommandError)) throw e;
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
      extraEnv: { ...opts.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0" },
      installHint: "git",
      collectStdout: true,
      tailLines: STDERR_TAIL_LINES,
      input: opts.input
    });
    const stderr = r.tail.join("\n");
    if (r.exitCode === 0 || !r.signal && okCodes.includes(r.exitCode)) {
      return { code: r.exitCode, stdout: r.stdout, stderr };
    }
    throw new GitCommandError(argv, r.signal ? null : r.exitCode, stderr, this.cwd);
  }
  argv(args) {
    return [this.gitPath, ...this.prefix, ...args];
  }
};
function splitZ(buf) {
  const items = [];
  let pos = 0;
  while (pos < buf.length) {
    let end = buf.indexOf(0, pos);
    if (end < 0) end = buf.length;
    items.push(buf.toString("utf8", pos, end));
    pos = end + 1;
  }
  return items;
}
function displayArgv(argv) {
  return argv.map(displayArg).join(" ");
}
var ESCAPES = {
  "\n": "\\n",
  "	": "\\t",
  "\r": "\\r",
  "\\": "\\\\",
  "'": "\\'"
};
function displayArg(arg) {
  if (/^[\w@%+=:,./^{}~-]+$/.test(arg)) return arg;
  if (!/[\u0000-\u001f\u007f]/.test(arg)) return `'${arg.replace(/'/g, `'\\''`)}'`;
  const escaped = arg.replace(/[\u0000-\u001f\u007f\\']/g, (c) => {
    return ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
  return `$'${escaped}'`;
}

// src/core/paths/path-index.ts
var MAX_EXPANSIONS = 64;
function trieNode() {
  return { children: void 0, entries: [], partials: void 0 };
}
var PathIndex = class {
  /** Per candidate id: the owner, whether it excludes, and the check left once its key is met. */
  owner;
  negated;
  checks = [];
  exact = /* @__PURE__ */ new Map();
  root = trieNode();
  byBasename = /* @__PURE__ */ new Map();
  byExtension = /* @__PURE__ */ new Map();
  bySegment = /* @__PURE__ */ new Map();
  /** The candidate lists that apply to the path being looked up; each is ascending. */
  lists = [];
  /** Reused merge buffers: no allocation per path once they have grown. */
  merged = new Int32Array(256);
  scratch = new Int32Array(256);
  /** Throws {@link GlobSyntaxError} naming the owner and pattern when a pattern is invalid. */
  constructor(owners) {
    const regexCache = /* @__PURE__ */ new Map();
    const owner = [];
    const negated = [];
    owners.forEach((o, ownerIndex) => {
      for (let p = o.patterns.length - 1; p >= 0; p--) {
        const pattern = o.patterns[p];
        const parsed = parseOwnerPattern(o, p, pattern);
        const variants = expandAlternations(parsed.nodes, MAX_EXPANSIONS) ?? [parsed.nodes];
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
      if (owner === decided) continue;
      const check = this.checks[id];
      if (check === Check.ALWAYS || check.passes(path)) {
        decided = owner;
        if (this.negated[id] === 0) result.push(owner);
      }
    }
    return result;
  }
  /** Files one alternation-free pattern under its key; returns what is left to check. */
  file(id, nodes, cache) {
    const first = nodes[0];
    if (nodes.length === 1 && first?.kind === "literal") {
      push(this.exact, first.text, id);
      return Check.ALWAYS;
    }
    const dir = literalDirectory(nodes);
    const partial = first?.kind === "literal" ? first.text.slice(dir === "" ? 0 : dir.length + 1) : "";
    if (partial !== "") {
      this.filePartial(this.trieNode(dir), partial, id);
    } else if (dir !== "" || coversEverythingBelow(nodes, "")) {
      this.trieNode(dir).entries.push(id);
    } else {
      const key = requiredLiteral(nodes);
      if (key) push(this.mapFor(key.kind), key.text, id);
      else this.root.entries.push(id);
    }
    return checkBelow(nodes, dir, cache);
  }
  filePartial(node, partial, id) {
    node.partials ??= [];
    let group = node.partials.find((g) => g.length === partial.length);
    if (!group) {
      group = { length: partial.length, byText: /* @__PURE__ */ new Map() };
      node.partials.push(group);
    }
    push(group.byText, partial, id);
  }
  mapFor(kind) {
    switch (kind) {
      case "basename":
        return this.byBasename;
      case "extension":
        return this.byExtension;
      case "segment":
        return this.bySegment;
    }
  }
  trieNode(dir) {
    let node = this.root;
    if (dir === "") return node;
    for (const segment of dir.split("/")) {
      node.children ??= /* @__PURE__ */ new Map();
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
    if (exact) lists.push(exact);
    let node = this.root;
    for (let start = 0; ; ) {
      if (node.entries.length > 0) lists.push(node.entries);
      if (node.partials) {
        for (const group of node.partials) {
          if (start + group.length > path.length) continue;
          const ids = group.byText.get(path.slice(start, start + group.length));
          if (ids) lists.push(ids);
        }
      }
      const slash = path.indexOf("/", start);
      if (slash < 0 || !node.children) break;
      node = node.children.get(path.slice(start, slash));
      if (!node) break;
      start = slash + 1;
    }
    const lastSlash = path.lastIndexOf("/");
    if (this.byBasename.size > 0) {
      const ids = this.byBasename.get(path.slice(lastSlash + 1));
      if (ids) lists.push(ids);
    }
    if (this.byExtension.size > 0) {
      const dot = path.lastIndexOf(".");
      if (dot > lastSlash) {
        const ids = this.byExtension.get(path.slice(dot));
        if (ids) lists.push(ids);
      }
    }
    if (this.bySegment.size > 0) {
      for (let s = 0, e = path.indexOf("/"); e >= 0; s = e + 1, e = path.indexOf("/", s)) {
        const ids = this.bySegment.get(path.slice(s, e));
        if (ids) lists.push(ids);
      }
    }
    return this.mergeLists();
  }
  /** Each list is ascending (ids are handed out in order), so merging beats sorting. */
  mergeLists() {
    const lists = this.lists;
    let total = 0;
    for (const list of lists) total += list.length;
    if (total > this.merged.length) {
      this.merged = new Int32Array(total * 2);
      this.scratch = new Int32Array(total * 2);
    }
    let n = 0;
    for (const list of lists) {
      if (n === 0) {
        for (let i2 = 0; i2 < list.length; i2++) this.merged[i2] = list[i2];
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
        } else {
          out[k++] = y;
          j++;
        }
      }
      while (i < n) out[k++] = a[i++];
      while (j < list.length) out[k++] = list[j++];
      this.scratch = a;
      this.merged = out;
      n = k;
    }
    return n;
  }
};
function parseOwnerPattern(owner, position, pattern) {
  try {
    const { negated, glob } = splitNegation(pattern);
    return { negated, nodes: parseGlob(glob) };
  } catch (err) {
    if (err instanceof GlobSyntaxError) {
      throw new GlobSyntaxError(
        `Pattern ${position + 1} of "${owner.id}" (${JSON.stringify(pattern)}): ${err.message}`
      );
    }
    throw err;
  }
}
var Check = class _Check {
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
  kind;
  text;
  minLength;
  re;
  static ALWAYS = new _Check("always", "", 0, null);
  passes(path) {
    switch (this.kind) {
      case "always":
        return true;
      case "suffix":
        return path.length >= this.minLength && path.endsWith(this.text);
      case "name":
        return path.length >= this.minLength && path.endsWith(this.text) && (path.length === this.minLength || path.charCodeAt(path.length - this.text.length - 1) === 47);
      case "segment":
        for (let i = path.indexOf(this.text, this.minLength); i >= 0; ) {
          if (i === 0 || path.charCodeAt(i - 1) === 47) return true;
          i = path.indexOf(this.text, i + 1);
        }
        return false;
      case "regex":
        return this.re.test(path);
    }
  }
};
function checkBelow(nodes, dir, cache) {
  if (coversEverythingBelow(nodes, dir)) return Check.ALWAYS;
  const prefixLength = dir === "" ? 0 : dir.length + 1;
  let rest = nodes;
  if (dir !== "") {
    const text = nodes[0].text.slice(prefixLength);
    rest = text === "" ? nodes.slice(1) : [{ kind: "literal", text }, ...nodes.slice(1)];
  }
  const [a, b, c] = rest;
  if (rest.length === 2 && b?.kind === "literal") {
    if (a?.kind === "globstar") {
      return new Check("suffix", b.text, prefixLength + b.text.length, null);
    }
    if (a?.kind === "dirs") return new Check("name", b.text, prefixLength + b.text.length, null);
  }
  if (rest.length === 3 && a?.kind === "dirs") {
    if (b?.kind === "star" && c?.kind === "literal" && !c.text.includes("/")) {
      return new Check("suffix", c.text, prefixLength + c.text.length, null);
    }
    if (b?.kind === "literal" && b.text.endsWith("/") && c?.kind === "globstar") {
      return new Check("segment", b.text, prefixLength, null);
    }
  }
  const re = globRegExp(nodes);
  const shared = cache.get(re.source) ?? re;
  cache.set(re.source, shared);
  return new Check("regex", "", 0, shared);
}
function coversEverythingBelow(nodes, dir) {
  let rest = nodes;
  if (dir !== "") {
    const first = nodes[0];
    if (first?.kind !== "literal" || first.text !== `${dir}/`) return false;
    rest = nodes.slice(1);
  }
  if (rest.length === 1) return rest[0].kind === "globstar";
  return rest.length === 2 && rest[0].kind === "dirs" && rest[1].kind === "star";
}
function requiredLiteral(nodes) {
  const last = nodes[nodes.length - 1];
  const beforeLast = nodes[nodes.length - 2];
  if (last?.kind === "literal") {
    const slash = last.text.lastIndexOf("/");
    if (slash >= 0 || beforeLast?.kind === "dirs") {
      return { kind: "basename", text: last.text.slice(slash + 1) };
    }
    const dot = last.text.lastIndexOf(".");
    if (dot >= 0) return { kind: "extension", text: last.text.slice(dot) };
  }
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.kind !== "literal") continue;
    const pieces = node.text.split("/");
    const firstIsWhole = i === 0 || nodes[i - 1].kind === "dirs";
    for (let k = firstIsWhole ? 0 : 1; k < pieces.length - 1; k++) {
      if (pieces[k] !== "") return { kind: "segment", text: pieces[k] };
    }
  }
  return void 0;
}
function push(map, key, id) {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}

// src/core/manifest/tracked.ts
function checkTrackedPaths(manifest, files, opts = {}) {
  const file = opts.shownAs ?? manifest.file;
  const errors = [];
  const only = opts.only && new Set(opts.only);
  const components = [
    ...manifest.services.map((s) => ["services", s]),
    ...manifest.libraries.map((l) => ["libraries", l])
  ].filter(([, c]) => !only || only.has(c.name));
  const held = directoriesHolding(
    components.map(([, c]) => c.path).filter((p) => p !== "."),
    files
  );
  let dirs;
  const includes = [];
  for (const [kind, c] of components) {
    const at = c.sources;
    if (c.path !== "." && !held.has(c.path)) {
      dirs ??= directoriesOf(files);
      const hit = closest(c.path, dirs);
      const pos = at?.path ?? c.pos ?? { line: 1, col: 1 };
      errors.push({
        file,
        ...pos,
        message: `${kind}.${c.name}.path \`${c.path}\` holds no file tracked at head, so ${c.name} would never be affected: ${hit === void 0 ? "fix the path" : `did you mean \`${hit}\`?`}`
      });
      continue;
    }
    for (const { pattern, pos } of at?.include ?? []) {
      if (pattern.startsWith("!") || globSyntaxError(normalisePattern(pattern))) continue;
      includes.push({ where: `${kind}.${c.name}.include`, pattern, pos });
    }
  }
  const warnings = unmatched(includes, files).map((i) => ({
    file,
    ...i.pos,
    message: `${i.where} \`${i.pattern}\` matches no file tracked at head: a typo?`
  }));
  return { errors, warnings };
}
function unmatched(includes, files) {
  if (includes.length === 0) return [];
  const owners = includes.map((i) => ({
    id: i.where,
    patterns: [normalisePattern(i.pattern)]
  }));
  const index = new PathIndex(owners);
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
function directoriesHolding(paths, files) {
  const wanted = new Set(paths);
  const lengths = new Set(paths.map((p) => p.length));
  const found = /* @__PURE__ */ new Set();
  for (let f = 0; f < files.length && found.size < wanted.size; f++) {
    const file = files[f];
    for (let i = file.indexOf("/"); i > 0; i = file.indexOf("/", i + 1)) {
      if (!lengths.has(i)) continue;
      const dir = file.slice(0, i);
      if (wanted.has(dir)) found.add(dir);
    }
  }
  return found;
}
function directoriesOf(files) {
  const dirs = /* @__PURE__ */ new Set();
  for (const f of files) {
    for (let i = f.indexOf("/"); i > 0; i = f.indexOf("/", i + 1)) dirs.add(f.slice(0, i));
  }
  return dirs;
}

// src/app/manifest-paths.ts
async function checkManifestPaths(manifest, at, git, head, logger, opts = {}) {
  const { only, listed } = opts;
  const files = await (listed ?? git.listFiles(head));
  const { errors, warnings } = checkTrackedPaths(manifest, files, { shownAs: at.shownAs, only });
  for (const w of warnings) logger.warning(w.message, { file: w.file, line: w.line, col: w.col });
  if (errors.length) throw new ManifestError(errors);
}

// src/core/artifact/pack.ts
import { randomBytes } from "node:crypto";
import { closeSync, constants as constants2, fstatSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname as dirname3, join as join3, resolve as resolve2 } from "node:path";

// src/core/artifact/gzip-members.ts
import { readSync } from "node:fs";
import { constants, gzip } from "node:zlib";
var MIB = 1024 * 1024;
var MEMBER_INPUT = MIB;
var IN_FLIGHT = 8;
var MEMBER_OUTPUT = MEMBER_INPUT + 64 * 1024;
var LEVEL = 6;
var GZIP_HEADER_PREFIX = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0]);
var GZIP_OS_UNIX = 3;
var GzipMemberWriter = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  free = [];
  queue = [];
  wake;
  block;
  pos = 0;
  /** Copies `src` into the stream. */
  async write(src) {
    for (let off = 0; off < src.length; ) {
      const block = await this.current();
      const n = src.copy(block, this.pos, off);
      off += n;
      this.advance(n);
    }
  }
  async zeros(count) {
    for (let left = count; left > 0; ) {
      const block = await this.current();
      const n = Math.min(left, MEMBER_INPUT - this.pos);
      block.fill(0, this.pos, this.pos + n);
      left -= n;
      this.advance(n);
    }
  }
  /**
   * Reads exactly `length` bytes of `fd` from its start into the stream, synchronously between
   * blocks: small files cost no promise and no thread-pool round trip, which the pool needs for
   * deflating. Returns the bytes read before end of file (less than `length`: the file shrank).
   */
  async readFrom(fd, length) {
    for (let done = 0; done < length; ) {
      const block = await this.current();
      const want = Math.min(MEMBER_INPUT - this.pos, length - done);
      const n = readSync(fd, block, this.pos, want, done);
      if (n === 0) return done;
      done += n;
      this.advance(n);
    }
    return length;
  }
  /** Deflates the last, partial block and hands every remaining member to the sink. */
  async end() {
    if (this.block && this.pos > 0) this.submit(this.block.subarray(0, this.pos), this.block);
    this.block = void 0;
    while (this.queue.length > 0) await this.writeHead();
  }
  async current() {
    if (this.block) return this.block;
    while (this.queue.length >= IN_FLIGHT) await this.writeHead();
    this.block = this.free.pop() ?? Buffer.allocUnsafe(MEMBER_INPUT);
    this.pos = 0;
    return this.block;
  }
  advance(n) {
    this.pos += n;
    if (this.pos === MEMBER_INPUT) {
      this.submit(this.block, this.block);
      this.block = void 0;
    }
  }
  submit(input, owner) {
    const member = { input: owner };
    this.queue.push(member);
    const options = { level: LEVEL, chunkSize: MEMBER_OUTPUT, flush: constants.Z_FINISH };
    gzip(input, options, (error, output) => {
      if (error) member.error = error;
      else member.output = output;
      const wake = this.wake;
      this.wake = void 0;
      wake?.();
    });
  }
  /** Waits for the oldest member, writes it, and recycles its input block. */
  async writeHead() {
    const head = this.queue[0];
    while (!head.output && !head.error) await new Promise((r) => this.wake = r);
    this.queue.shift();
    if (head.error) throw head.error;
    this.sink(normaliseHeader(head.output));
    this.free.push(head.input);
  }
};
function normaliseHeader(member) {
  for (let i = 0; i < GZIP_HEADER_PREFIX.length; i++) {
    if (member[i] !== GZIP_HEADER_PREFIX[i]) {
      throw new Error(
        `zlib wrote an unexpected gzip header byte ${i} (0x${member[i]?.toString(16)}); archives would not be reproducible.`
      );
    }
  }
  member[9] = GZIP_OS_UNIX;
  return member;
}

// src/core/artifact/pack-entries.ts
import { lstatSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { dirname as dirname2, isAbsolute, join as join2, resolve } from "node:path";

// src/core/artifact/tar.ts
var BLOCK_SIZE = 512;
var END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK_SIZE);
var TarType = {
  file: "0",
  oldFile: "\0",
  hardLink: "1",
  symlink: "2",
  charDevice: "3",
  blockDevice: "4",
  directory: "5",
  fifo: "6",
  contiguous: "7",
  paxLocal: "x",
  paxGlobal: "g",
  gnuLongName: "L",
  gnuLongLink: "K"
};
var TarFormatError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "TarFormatError";
  }
};
var F = {
  name: [0, 100],
  mode: [100, 8],
  uid: [108, 8],
  gid: [116, 8],
  size: [124, 12],
  mtime: [136, 12],
  checksum: [148, 8],
  type: [156, 1],
  linkName: [157, 100],
  magic: [257, 6],
  version: [263, 2],
  uname: [265, 32],
  gname: [297, 32],
  devMajor: [329, 8],
  devMinor: [337, 8],
  prefix: [345, 155]
};
function octalMax(len) {
  return 8 ** (len - 1) - 1;
}
var isPlainAscii = (s) => /^[\x20-\x7e]*$/.test(s);
function encodeUstarHeader(h) {
  const block = Buffer.alloc(BLOCK_SIZE);
  writeString(block, F.name, h.name, "name");
  writeOctal(block, F.mode, h.mode ?? 420);
  writeOctal(block, F.uid, h.uid ?? 0);
  writeOctal(block, F.gid, h.gid ?? 0);
  writeOctal(block, F.size, h.size ?? 0);
  writeOctal(block, F.mtime, h.mtime ?? 0);
  block.write(h.type, F.type[0], 1, "latin1");
  writeString(block, F.linkName, h.linkName ?? "", "linkname");
  block.write("ustar\0", F.magic[0], "latin1");
  block.write("00", F.version[0], "latin1");
  writeString(block, F.uname, h.uname ?? "", "uname");
  writeString(block, F.gname, h.gname ?? "", "gname");
  writeOctal(block, F.devMajor, h.devMajor ?? 0);
  writeOctal(block, F.devMinor, h.devMinor ?? 0);
  writeChecksum(block);
  return block;
}
function encodeEntryHeader(e) {
  const name = e.type === TarType.directory ? `${e.path}/` : e.path;
  const linkName = e.linkName ?? "";
  const pax = [];
  if (Buffer.byteLength(name) > F.name[1] || !isPlainAscii(name)) pax.push(["path", name]);
  if (Buffer.byteLength(linkName) > F.linkName[1] || !isPlainAscii(linkName)) {
    pax.push(["linkpath", linkName]);
  }
  if (e.size > octalMax(F.size[1])) pax.push(["size", String(e.size)]);
  const header = encodeUstarHeader({
    name: pax.some(([k]) => k === "path") ? asciiStandIn(name, F.name[1]) : name,
    type: e.type,
    mode: e.mode,
    size: e.size > octalMax(F.size[1]) ? 0 : e.size,
    mtime: e.mtime,
    linkName: pax.some(([k]) => k === "linkpath") ? asciiStandIn(linkName, F.linkName[1]) : linkName
  });
  if (pax.length === 0) return header;
  return Buffer.concat([encodePaxHeader(pax, e.mtime), header]);
}
function encodePaxHeader(records, mtime = 0) {
  const body = Buffer.concat(records.map(([k, v]) => paxRecord(k, v)));
  const header = encodeUstarHeader({
    // A fixed name keeps the archive reproducible (GNU tar puts its pid here).
    name: "PaxHeader",
    type: TarType.paxLocal,
    mode: 420,
    size: body.length,
    mtime
  });
  return Buffer.concat([header, body, Buffer.alloc(padding(body.length))]);
}
function paxRecord(key, value) {
  const rest = ` ${key}=${value}
`;
  const restLen = Buffer.byteLength(rest);
  let len = restLen + String(restLen).length;
  if (String(len).length + restLen !== len) len = restLen + String(len).length;
  return Buffer.from(`${len}${rest}`);
}
function padding(size) {
  return (BLOCK_SIZE - size % BLOCK_SIZE) % BLOCK_SIZE;
}
function asciiStandIn(s, max) {
  return s.replace(/[^\x20-\x7e]/g, "_").slice(0, max);
}
function writeString(block, [off, len], s, what) {
  const bytes = Buffer.from(s);
  if (bytes.length > len) {
    throw new TarFormatError(
      `tar ${what} "${s}" is ${bytes.length} bytes; the field holds ${len}.`
    );
  }
  bytes.copy(block, off);
}
function writeOctal(block, [off, len], n) {
  if (!Number.isInteger(n) || n < 0 || n > octalMax(len)) {
    throw new TarFormatError(`tar numeric field value ${n} does not fit ${len - 1} octal digits.`);
  }
  block.write(`${n.toString(8).padStart(len - 1, "0")}\0`, off, len, "latin1");
}
function writeChecksum(block) {
  block.fill(32, F.checksum[0], F.checksum[0] + F.checksum[1]);
  let sum = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) sum += block[i];
  block.write(`${sum.toString(8).padStart(6, "0")}\0 `, F.checksum[0], 8, "latin1");
}
function isZeroBlock(block) {
  for (let i = 0; i < BLOCK_SIZE; i++) if (block[i] !== 0) return false;
  return true;
}
function decodeHeader(block, offset) {
  if (block.length !== BLOCK_SIZE) {
    throw new TarFormatError(`Truncated tar header at byte ${offset}.`);
  }
  const stored = readNumber(block, F.checksum, "checksum", offset);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const b = i >= F.checksum[0] && i < F.checksum[0] + F.checksum[1] ? 32 : block[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  if (stored !== unsigned && stored !== signed) {
    throw new TarFormatError(
      `Bad tar header checksum at byte ${offset}: the file is not a tar archive or is corrupted.`
    );
  }
  const magic = block.toString("latin1", F.magic[0], F.magic[0] + 5);
  let name = readString(block, F.name);
  const prefix = magic === "ustar" ? readString(block, F.prefix) : "";
  if (prefix) name = `${prefix}/${name}`;
  return {
    name,
    mode: readNumber(block, F.mode, "mode", offset),
    uid: readNumber(block, F.uid, "uid", offset),
    gid: readNumber(block, F.gid, "gid", offset),
    size: readNumber(block, F.size, "size", offset),
    mtime: readNumber(block, F.mtime, "mtime", offset),
    type: String.fromCharCode(block[F.type[0]]),
    linkName: readString(block, F.linkName),
    uname: readString(block, F.uname),
    gname: readString(block, F.gname),
    devMajor: readNumber(block, F.devMajor, "devmajor", offset),
    devMinor: readNumber(block, F.devMinor, "devminor", offset)
  };
}
function readString(block, [off, len]) {
  const end = block.indexOf(0, off);
  return block.toString("utf8", off, end === -1 || end > off + len ? off + len : end);
}
function readNumber(block, [off, len], what, offset) {
  if (block[off] & 128) {
    if (block[off] & 64) {
      throw new TarFormatError(`Negative tar ${what} in the header at byte ${offset}.`);
    }
    let n2 = block[off] & 63;
    for (let i2 = off + 1; i2 < off + len; i2++) n2 = n2 * 256 + block[i2];
    if (!Number.isSafeInteger(n2)) {
      throw new TarFormatError(`tar ${what} in the header at byte ${offset} is too large.`);
    }
    return n2;
  }
  const end = off + len;
  let i = off;
  while (i < end && block[i] === 32) i++;
  let n = 0;
  for (; i < end; i++) {
    const b = block[i];
    if (b < 48 || b > 55) break;
    n = n * 8 + (b - 48);
  }
  for (; i < end; i++) {
    const b = block[i];
    if (b !== 0 && b !== 32) {
      const text = block.toString("latin1", off, end).replace(/[\0 ]+$/, "").replace(/^ +/, "");
      throw new TarFormatError(`Bad tar ${what} field "${text}" in the header at byte ${offset}.`);
    }
  }
  return n;
}
function parsePax(body, offset) {
  const records = /* @__PURE__ */ new Map();
  let pos = 0;
  while (pos < body.length) {
    if (body[pos] === 0) break;
    const space = body.indexOf(32, pos);
    const len = space === -1 ? NaN : Number(body.toString("latin1", pos, space));
    if (!Number.isInteger(len) || len <= 0 || pos + len > body.length || body[pos + len - 1] !== 10) {
      throw new TarFormatError(`Malformed PAX extended header record at byte ${offset + pos}.`);
    }
    const record2 = body.toString("utf8", space + 1, pos + len - 1);
    const eq = record2.indexOf("=");
    if (eq <= 0) {
      throw new TarFormatError(`Malformed PAX extended header record at byte ${offset + pos}.`);
    }
    records.set(record2.slice(0, eq), record2.slice(eq + 1));
    pos += len;
  }
  return records;
}

// src/core/artifact/pack-entries.ts
var realpath2 = realpathSync.native;
var UnsafeEntryError = class extends Error {
  constructor(path, reason) {
    super(`Cannot pack ${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
    this.name = "UnsafeEntryError";
  }
  path;
  reason;
};
var PackEntry = class {
  constructor(root, path, type, mode, mtime, size = 0, linkName, dev = 0, ino = 0) {
    this.root = root;
    this.path = path;
    this.type = type;
    this.mode = mode;
    this.mtime = mtime;
    this.size = size;
    this.linkName = linkName;
    this.dev = dev;
    this.ino = ino;
  }
  root;
  path;
  type;
  mode;
  mtime;
  size;
  linkName;
  dev;
  ino;
  /** Absolute path on disk. */
  get abs() {
    return join2(this.root, ...this.path.split("/"));
  }
};
function listPackableEntries(srcDir, mtime) {
  const root = resolve(srcDir);
  const realRoot = realpath2(root);
  const entries = [];
  const visit = (relDir) => {
    for (const name of readdirSync(relDir ? join2(root, relDir) : root)) {
      if (name === ".git") continue;
      const entry = describe(root, realRoot, relDir ? `${relDir}/${name}` : name, mtime);
      entries.push(entry);
      if (entry.type === TarType.directory) visit(entry.path);
    }
  };
  visit("");
  return entries.sort(byUtf8Bytes);
}
function byUtf8Bytes(a, b) {
  if (HIGH_CODE_UNIT.test(a.path) || HIGH_CODE_UNIT.test(b.path)) {
    return Buffer.compare(Buffer.from(a.path), Buffer.from(b.path));
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
var HIGH_CODE_UNIT = /[\ud800-\uffff]/;
function describe(root, realRoot, rel, mtime) {
  const abs = join2(root, ...rel.split("/"));
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (!st) {
    throw new UnsafeEntryError(
      rel,
      "it vanished while packing, or its name is not valid UTF-8. Finish the build before packing and use UTF-8 file names."
    );
  }
  if (st.isDirectory()) return new PackEntry(root, rel, TarType.directory, 493, mtime);
  if (st.isFile()) {
    const mode = st.mode & 73 ? 493 : 420;
    return new PackEntry(root, rel, TarType.file, mode, mtime, st.size, void 0, st.dev, st.ino);
  }
  if (st.isSymbolicLink()) {
    const linkName = readlinkSync(abs);
    checkLinkInside(root, realRoot, rel, abs, linkName);
    return new PackEntry(root, rel, TarType.symlink, 511, mtime, 0, linkName);
  }
  const kind = st.isSocket() ? "a socket" : st.isFIFO() ? "a named pipe (fifo)" : "a device";
  throw new UnsafeEntryError(
    rel,
    `it is ${kind}; only files, directories and symlinks can be packed. Remove it from the build output.`
  );
}
function checkLinkInside(root, realRoot, rel, abs, target) {
  const refuse = (why) => {
    throw new UnsafeEntryError(rel, `symlink to "${target}" ${why}`);
  };
  if (isAbsolute(target)) {
    refuse("is absolute; make it relative to the link so it points inside the artifact.");
  }
  if (!isInside(root, resolve(dirname2(abs), target))) {
    refuse(`points outside ${root}; copy the target into the build output instead.`);
  }
  let real;
  try {
    real = realpath2(abs);
  } catch (err) {
    const code = err.code;
    if (code === "ELOOP") refuse("is part of a symlink loop.");
    if (code !== "ENOENT") throw err;
  }
  if (real !== void 0 && !isInside(realRoot, real)) {
    refuse(`resolves through other links to ${real}, outside ${root}.`);
  }
}

// src/core/artifact/pack.ts
var ARCHIVE_FORMAT = "msdeploy-tar-gzip/2";
var PROGRESS_STEP = 1024 * 1024;
var MAX_MTIME = 8 ** 11 - 1;
async function packArchive(srcDir, outFile, opts) {
  if (!Number.isInteger(opts.mtime) || opts.mtime < 0 || opts.mtime > MAX_MTIME) {
    throw new RangeError(
      `Pack mtime ${opts.mtime} is not whole seconds between 0 and ${MAX_MTIME}; pass the commit time or SOURCE_DATE_EPOCH.`
    );
  }
  const root = resolve2(srcDir);
  const out = resolve2(outFile);
  if (isInside(root, dirname3(out))) {
    throw new Error(
      `The artifact file ${out} is inside the directory being packed (${root}); write it elsewhere.`
    );
  }
  const entries = listPackableEntries(root, opts.mtime);
  await opts.onListed?.(entries);
  const tmp = join3(dirname3(out), `.${basename(out)}.${randomBytes(6).toString("hex")}.partial`);
  try {
    const result = await writeArchive(entries, tmp, opts.onProgress);
    renameSync(tmp, out);
    return result;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
async function writeArchive(entries, tmp, onProgress) {
  const fd = openSync(tmp, "wx");
  try {
    const hash = new DigestStream();
    let size = 0;
    const out = new GzipMemberWriter((member) => {
      hash.update(member);
      for (let off = 0; off < member.length; ) off += writeSync(fd, member, off);
      size += member.length;
    });
    const { files, bytesIn } = await writeTar(entries, out, onProgress);
    await out.end();
    return { digest: hash.digest(), size, files, bytesIn, format: ARCHIVE_FORMAT };
  } finally {
    closeSync(fd);
  }
}
async function writeTar(entries, out, onProgress) {
  const total = entries.reduce((n, e) => n + e.size, 0);
  let done = 0;
  let files = 0;
  let reported = 0;
  for (const e of entries) {
    await out.write(encodeEntryHeader(e));
    if (e.type !== TarType.file) continue;
    files++;
    await copyWalkedFile(e, out);
    await out.zeros(padding(e.size));
    done += e.size;
    if (onProgress && done - reported >= PROGRESS_STEP) {
      onProgress(done, total);
      reported = done;
    }
  }
  await out.write(END_OF_ARCHIVE);
  onProgress?.(done, total);
  return { files, bytesIn: done };
}
async function copyWalkedFile(e, out) {
  const changed = () => new UnsafeEntryError(
    e.path,
    "it was replaced (by a symlink or another file) while packing; finish the build before packing."
  );
  let fd;
  try {
    fd = openSync(e.abs, constants2.O_RDONLY | constants2.O_NOFOLLOW);
  } catch (err) {
    throw err.code === "ELOOP" ? changed() : err;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.dev !== e.dev || st.ino !== e.ino) throw changed();
    if (st.size !== e.size) throw sizeChanged(e, st.size);
    const read = await out.readFrom(fd, e.size);
    if (read !== e.size) throw sizeChanged(e, read);
  } finally {
    closeSync(fd);
  }
}
function sizeChanged(e, actual) {
  return new UnsafeEntryError(
    e.path,
    `its size changed from ${e.size} to ${actual} bytes while packing; finish the build before packing.`
  );
}

// src/platform/dpkg.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import {
  chmod,
  copyFile,
  lutimes,
  mkdir,
  readlink,
  rename,
  rm as rm2,
  stat as stat3,
  symlink,
  utimes,
  writeFile as writeFile2
} from "node:fs/promises";
import { basename as basename2, dirname as dirname4, join as join4, posix, resolve as resolve3 } from "node:path";
var DebPackageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "DebPackageError";
  }
};
var DPKG_DEB = "dpkg-deb";
async function buildDeb(opts) {
  if (!Number.isInteger(opts.mtime) || opts.mtime < 0) {
    throw new DebPackageError(`Package mtime ${opts.mtime} is not whole seconds since the epoch.`);
  }
  controlFile(opts);
  const prefix = checkInstallPrefix(opts.installPrefix);
  const out = resolve3(opts.outFile);
  if (isInside(resolve3(opts.stageDir), dirname4(out))) {
    throw new DebPackageError(
      `The package file ${out} is inside the build output ${resolve3(opts.stageDir)}; write it elsewhere.`
    );
  }
  const work = join4(dirname4(out), `.${basename2(out)}.${randomBytes2(6).toString("hex")}.partial`);
  const root = join4(work, "root");
  const tmpDeb = join4(work, "package.deb");
  try {
    await mkdir(root, { recursive: true });
    await stageTree(opts, root, prefix);
    await runDpkgDeb(["--root-owner-group", "-Zgzip", "--build", root, tmpDeb], opts.mtime, work);
    const [digest, { size }] = await Promise.all([digestFile(tmpDeb), stat3(tmpDeb)]);
    await rename(tmpDeb, out);
    return { digest, size };
  } finally {
    await rm2(work, { recursive: true, force: true });
  }
}
function debianVersion(version2) {
  const plus = version2.indexOf("+");
  const main2 = plus === -1 ? version2 : version2.slice(0, plus);
  const build = plus === -1 ? "" : version2.slice(plus);
  const dash = main2.indexOf("-");
  const converted = dash === -1 ? main2 : `${main2.slice(0, dash)}~${main2.slice(dash + 1).replaceAll("-", ".")}`;
  const result = converted + build.replaceAll("-", ".");
  if (!/^[0-9][A-Za-z0-9.+~]*$/.test(result)) {
    throw new DebPackageError(
      `Version "${version2}" cannot be a Debian version (got "${result}"): it must start with a digit and use only letters, digits and . + ~ - (Debian policy 5.6.12).`
    );
  }
  return result;
}
function controlFile(opts, installedSizeKb) {
  if (!/^[a-z0-9][a-z0-9+.-]+$/.test(opts.package)) {
    throw new DebPackageError(
      `Package name "${opts.package}" is invalid: Debian package names are at least two characters of lowercase letters, digits and + - . starting with a letter or digit (Debian policy 5.6.1).`
    );
  }
  const architecture = opts.architecture ?? "all";
  if (!/^[a-z0-9][a-z0-9-]*$/.test(architecture)) {
    throw new DebPackageError(
      `Architecture "${architecture}" is invalid: use a Debian architecture such as all, amd64 or arm64.`
    );
  }
  if (!/^[^\n<>]+ <[^\s<>@]+@[^\s<>]+>$/.test(opts.maintainer)) {
    throw new DebPackageError(
      `Maintainer "${opts.maintainer}" is invalid: write it as "Full Name <email@example.com>" (Debian policy 5.6.2).`
    );
  }
  const depends = opts.depends ?? [];
  for (const dep of depends) checkRelation(dep);
  const [synopsis, ...rest] = opts.description.replace(/\r\n?/g, "\n").trimEnd().split("\n");
  if (!synopsis?.trim()) {
    throw new DebPackageError(
      `Package ${opts.package} needs a description: its first line is the synopsis.`
    );
  }
  const extended = rest.map((line) => line.trim() === "" ? " ." : ` ${line}`);
  const fields = [
    `Package: ${opts.package}`,
    `Version: ${debianVersion(opts.version)}`,
    `Architecture: ${architecture}`,
    `Maintainer: ${opts.maintainer}`,
    ...installedSizeKb === void 0 ? [] : [`Installed-Size: ${installedSizeKb}`],
    ...depends.length ? [`Depends: ${depends.join(", ")}`] : [],
    `Section: misc`,
    `Priority: optional`,
    `Description: ${synopsis.trim()}`,
    ...extended
  ];
  return `${fields.join("\n")}
`;
}
var PACKAGE = "[a-z0-9][a-z0-9+.-]+(?::[a-z0-9-]+)?";
var VERSION_CONSTRAINT = "\\s*\\(\\s*(?:<<|<=|=|>=|>>)\\s*[A-Za-z0-9.+~:-]+\\s*\\)";
var RELATION = new RegExp(`^${PACKAGE}(?:${VERSION_CONSTRAINT})?$`);
function checkRelation(dep) {
  const alternatives = dep.split("|").map((a) => a.trim());
  if (alternatives.some((a) => !RELATION.test(a))) {
    throw new DebPackageError(
      `Dependency "${dep}" is invalid: write each as "package", "package (>= 1.2)" or alternatives "a | b" (Debian policy 7.1).`
    );
  }
}
function checkInstallPrefix(prefix) {
  const normal = posix.normalize(prefix);
  if (!prefix.startsWith("/") || normal === "/" || prefix.split("/").includes("..") || /[\n\\]/.test(prefix)) {
    throw new DebPackageError(
      `Install prefix "${prefix}" is invalid: use an absolute directory below the root, such as /opt/<service>.`
    );
  }
  if (normal.split("/")[1] === "DEBIAN") {
    throw new DebPackageError(
      `Install prefix "${prefix}" is inside /DEBIAN, the package's control area: install the build output elsewhere, such as /opt/<service>.`
    );
  }
  return normal.replace(/\/+$/, "");
}
async function stageTree(opts, root, prefix) {
  const { mtime } = opts;
  const entries = listPackableEntries(opts.stageDir, mtime);
  const installedSizeKb = entries.reduce(
    (kb, e) => kb + (e.type === TarType.file ? Math.ceil(e.size / 1024) : 1),
    0
  );
  const control = controlFile(opts, installedSizeKb);
  const dirs = [join4(root, "DEBIAN")];
  await mkdir(join4(root, "DEBIAN"));
  await writeFile2(join4(root, "DEBIAN", "control"), control);
  await setMeta(join4(root, "DEBIAN", "control"), 420, mtime);
  const segments = prefix.split("/").filter(Boolean);
  for (let i = 1; i <= segments.length; i++) dirs.push(join4(root, ...segments.slice(0, i)));
  await mkdir(join4(root, ...segments), { recursive: true });
  const base = join4(root, ...segments);
  for (const e of entries) {
    const target = join4(base, ...e.path.split("/"));
    if (e.type === TarType.directory) {
      await mkdir(target);
      dirs.push(target);
    } else if (e.type === TarType.file) {
      await copyFile(e.abs, target);
      await setMeta(target, e.mode, mtime);
    } else {
      await symlink(await readlink(e.abs), target);
      await lutimes(target, mtime, mtime);
    }
  }
  for (const dir of dirs.reverse()) await setMeta(dir, 493, mtime);
  await setMeta(root, 493, mtime);
}
async function setMeta(path, mode, mtime) {
  await chmod(path, mode);
  await utimes(path, mtime, mtime);
}
async function runDpkgDeb(args, mtime, cwd) {
  let r;
  try {
    r = await runProcess(DPKG_DEB, args, {
      cwd,
      extraEnv: { SOURCE_DATE_EPOCH: String(mtime) },
      installHint: "dpkg",
      tailLines: 60
    });
  } catch (e) {
    throw new DebPackageError(
      e instanceof ProgramNotFoundError ? `Cannot build a deb: ${DPKG_DEB} is not installed. Install the Debian package "dpkg" (apt-get install dpkg).` : `Cannot start ${DPKG_DEB}: ${e.message}`
    );
  }
  if (r.exitCode !== 0) {
    throw new DebPackageError(
      `${DPKG_DEB} ${args.join(" ")} failed (exit ${r.exitCode}):
${r.tail.join("\n").trim()}`
    );
  }
}
async function installDeb(root, debFile) {
  const admin = join4(root, "var", "lib", "dpkg");
  for (const dir of ["updates", "info"]) await mkdir(join4(admin, dir), { recursive: true });
  await mkdir(join4(root, "var", "log"), { recursive: true });
  await writeFile2(join4(admin, "status"), "", { flag: "a" });
  const r = await runProcess(
    "dpkg",
    [
      `--root=${root}`,
      `--log=${join4(root, "var", "log", "dpkg.log")}`,
      // Not root (tests, containers): dpkg still installs into a root this user owns.
      "--force-not-root",
      // A root of its own knows none of the system's packages: dependencies are the system's
      // to satisfy, checked only when installing into the system itself.
      ...resolve3(root) === "/" ? [] : ["--force-depends"],
      "-i",
      debFile
    ],
    { cwd: root, installHint: "dpkg", timeoutMs: 10 * 60 * 1e3 }
  );
  if (r.exitCode !== 0) {
    throw new DebPackageError(
      `dpkg -i into ${root} failed (exit ${r.exitCode}): ${r.tail.join("\n")}`
    );
  }
}

// src/platform/packer.ts
async function packArtifact(req) {
  if (req.kind === "archive") {
    return packArchive(req.outputDir, req.outFile, {
      mtime: req.mtime,
      onProgress: req.onProgress
    });
  }
  const deb = req.service.build?.deb;
  if (!deb)
    throw new Error(`Service ${req.service.name} builds a deb but has no build.deb section.`);
  return buildDeb({
    stageDir: req.outputDir,
    outFile: req.outFile,
    package: deb.package,
    version: req.version,
    maintainer: deb.maintainer,
    description: deb.description,
    depends: [...deb.depends],
    architecture: deb.architecture,
    installPrefix: deb.prefix,
    mtime: req.mtime
  });
}

// src/platform/local-store.ts
import { copyFile as copyFile2, mkdir as mkdir2, readdir as readdir2, readFile as readFile2, rename as rename2, rm as rm3, stat as stat4, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname5, join as join5, resolve as resolve4 } from "node:path";
import { randomUUID } from "node:crypto";
async function exists(path) {
  return stat4(path).then(
    () => true,
    () => false
  );
}
async function writeAtomic(path, data) {
  await mkdir2(dirname5(path), { recursive: true });
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile3(tmp, data);
  await rename2(tmp, path);
}
var LocalStore = class {
  kind = "local";
  root;
  constructor(root) {
    this.root = resolve4(root);
  }
  blob(digest) {
    return join5(this.root, "blobs", "sha256", digest.slice("sha256:".length));
  }
  async put(file, meta, provenance, onProgress) {
    if (!isDigest(meta.digest)) throw new Error(`Not a sha256 digest: ${String(meta.digest)}`);
    serviceName(meta.service);
    await verifyFile(file, meta.digest, file);
    const tagFile = join5(this.root, "tags", meta.service, tagName(meta.version));
    const tagged = (await readFile2(tagFile, "utf8").catch(() => void 0))?.trim();
    if (tagged !== void 0 && tagged !== meta.digest) {
      throw new Error(
        `${meta.service}@${meta.version} is already ${tagged} in the local store ${this.root}, not ${meta.digest}: a version never moves to other bytes. Build a new version (commit the change, or pass another version), or remove the old tag on purpose.`
      );
    }
    const blob = this.blob(meta.digest);
    await removeStale(dirname5(blob));
    let bytesUploaded = 0;
    if (!await exists(blob)) {
      await mkdir2(dirname5(blob), { recursive: true });
      const tmp = `${blob}.${randomUUID()}.tmp`;
      await copyFile2(file, tmp);
      await rename2(tmp, blob);
      bytesUploaded = meta.size;
    }
    onProgress?.(meta.size, meta.size);
    await writeAtomic(`${blob}.meta.json`, JSON.stringify(meta, null, 2) + "\n");
    await writeAtomic(`${blob}.provenance.json`, provenance);
    if (tagged === void 0) await writeAtomic(tagFile, meta.digest + "\n");
    return { ref: `local:${this.root}@${meta.digest}`, location: blob, bytesUploaded };
  }
  /** The digest `tags/<service>/<version>` names: at most one, since a version never moves. */
  async findVersion(service, version2) {
    const tagFile = join5(this.root, "tags", serviceName(service), tagName(version2));
    const text = (await readFile2(tagFile, "utf8").catch(() => void 0))?.trim();
    if (text === void 0) return [];
    if (!isDigest(text)) {
      throw new Error(
        `The tag file ${tagFile} in the local store holds ${JSON.stringify(text.slice(0, 80))}, not a sha256 digest: it was edited by hand. Restore it or delete it (and the blob it named) to build the version again.`
      );
    }
    return [text];
  }
  /**
   * Everything `get` checks, without copying: the blob exists, its metadata and provenance name
   * the digest (and the service), and the bytes still hash to it. Re-hashing a local file is
   * cheap, and it is what keeps a blob edited on disk from being promoted.
   */
  async inspect(service, digest, ref) {
    serviceName(service);
    if (!isDigest(digest)) throw new Error(`Not a sha256 digest: ${String(digest)}`);
    if (ref !== void 0) {
      const named = await this.resolve(ref);
      if (named !== digest) {
        throw new Error(
          `Artifact reference ${ref} names ${named}, not ${digest}: pass the reference of the artifact being inspected.`
        );
      }
    }
    const blob = this.blob(digest);
    const where2 = `${digest} in the local store ${this.root}`;
    if (!await exists(blob)) {
      throw new ArtifactNotFoundError(
        `Artifact ${digest} of ${service} is not in the local store ${this.root}: build it (msdeploy build ${service}) or use the store it was built into.`
      );
    }
    const { meta, provenance } = await this.boundMeta(digest);
    if (meta.service !== service) {
      throw new Error(
        `Artifact ${where2} belongs to service ${meta.service}, not ${service}: check the service and digest.`
      );
    }
    const actual = await digestFile(blob);
    if (actual !== digest) throw new DigestMismatchError(digest, actual, where2);
    return { meta, provenance, ref: `local:${this.root}@${digest}` };
  }
  /** Metadata and provenance, used only when bound to the digest they are stored under. */
  async boundMeta(digest) {
    const blob = this.blob(digest);
    const where2 = `${digest} in the local store ${this.root}`;
    const meta = JSON.parse(await readFile2(`${blob}.meta.json`, "utf8"));
    const provenance = await readFile2(`${blob}.provenance.json`);
    if (meta.digest !== digest) {
      throw new Error(
        `The metadata of ${where2} names ${String(meta.digest)}: it belongs to other bytes; refusing the artifact.`
      );
    }
    checkProvenanceSubject(provenance, digest, where2);
    return { meta, provenance };
  }
  /** Accepts `local:<root>@sha256:…`, a bare `sha256:…`, or `<service>@<version>`. */
  async resolve(ref) {
    const at = ref.lastIndexOf("@");
    const tail = at >= 0 ? ref.slice(at + 1) : ref;
    if (isDigest(tail)) {
      const head = ref.slice(0, Math.max(at, 0));
      if (head && !head.startsWith("local:")) {
        throw new Error(
          `Artifact reference ${JSON.stringify(ref)} names another kind of store, not the local store ${this.root}: open the store it names.`
        );
      }
      if (head && resolve4(head.slice("local:".length)) !== this.root) {
        throw new Error(`Artifact ${ref} is in another local store than ${this.root}.`);
      }
      return tail;
    }
    if (at > 0) {
      const service = serviceName(ref.slice(0, at));
      const tagFile = join5(this.root, "tags", service, tagName(tail));
      const text = await readFile2(tagFile, "utf8").catch(() => void 0);
      if (text && isDigest(text.trim())) return text.trim();
      throw new Error(`No artifact ${service}@${tail} in the local store ${this.root}.`);
    }
    throw new Error(
      `Cannot read artifact reference ${JSON.stringify(ref)}: expected local:<dir>@sha256:<hex> or <service>@<version>.`
    );
  }
  async get(ref, destFile, onProgress) {
    const digest = await this.resolve(ref);
    const blob = this.blob(digest);
    if (!await exists(blob))
      throw new ArtifactNotFoundError(`Artifact ${digest} is not in the local store ${this.root}.`);
    const { meta, provenance } = await this.boundMeta(digest);
    await mkdir2(dirname5(destFile), { recursive: true });
    const tmp = `${destFile}.${randomUUID()}.tmp`;
    await copyFile2(blob, tmp);
    try {
      await verifyFile(tmp, digest, `${ref} (local store)`);
    } catch (e) {
      await rm3(tmp, { force: true });
      throw e;
    }
    await rename2(tmp, destFile);
    onProgress?.(meta.size, meta.size);
    return { meta, provenance };
  }
};
var STALE_TEMP_MS = 15 * 60 * 1e3;
async function removeStale(dir) {
  const names = await readdir2(dir).catch(() => []);
  const now = Date.now();
  for (const name of names) {
    if (!name.endsWith(".tmp") && !name.endsWith(".partial")) continue;
    const file = join5(dir, name);
    const info = await stat4(file).catch(() => void 0);
    if (info && now - info.mtimeMs > STALE_TEMP_MS) await rm3(file, { force: true });
  }
}
function serviceName(service) {
  if (!NAME_RE.test(service)) {
    throw new Error(
      `Service name ${JSON.stringify(service)} is not a service name (${NAME_PATTERN}): the local store refuses it.`
    );
  }
  return service;
}
function tagName(version2) {
  if (!SAFE_VERSION_RE.test(version2))
    throw new Error(`Version ${JSON.stringify(version2)} has characters a tag cannot hold.`);
  return version2;
}

// src/platform/stores.ts
var DEFAULT_LOCAL_STORE = ".msdeploy/artifacts";
var STORE_KINDS = ["local", "github", "oci"];
function parseStoreKind(raw) {
  if (STORE_KINDS.includes(raw)) return raw;
  throw new SettingError(
    "store",
    (label) => `The ${label} is "${raw}": use one of ${STORE_KINDS.join(", ")}.`
  );
}
async function openStore(s, run, logger) {
  switch (s.kind) {
    case "local":
      return new LocalStore(s.path ?? DEFAULT_LOCAL_STORE);
    case "github": {
      const [{ GitHubArtifactStore }, { createGitHubApi: createGitHubApi2 }] = await Promise.all([
        import("./github-artifact-store-PDDZ5E52.js"),
        import("./github-IVUDT4GO.js")
      ]);
      const { token } = s;
      const repository = run.repository;
      return new GitHubArtifactStore({
        token,
        repository,
        // Every GitHub REST call goes through createGitHubApi (retries, rate limits, timeouts).
        ...token && repository && {
          api: createGitHubApi2({ token, repository, apiUrl: run.apiUrl, logger })
        },
        runId: run.runId,
        serverUrl: run.serverUrl,
        logger
      });
    }
    case "oci": {
      if (!s.registry) {
        throw new SettingError(
          "registry",
          (label) => `The oci store needs a registry repository, e.g. ghcr.io/acme/shop: set the ${label}.`
        );
      }
      const { OciStore } = await import("./store-XIS2TGEZ.js");
      return new OciStore({
        repository: s.registry,
        username: s.username,
        password: s.password,
        insecure: s.insecure,
        logger
      });
    }
  }
}

// src/app/build.ts
async function buildArtifact(settings, run, logger) {
  const root = settings.manifest.root;
  const manifest = await readManifest(settings.manifest);
  const service = serviceByName(manifest, settings.service);
  await insideRepository(root, service.path, `Service ${service.name}'s path`);
  const git = new CliGit(root, { logger });
  const workDir = settings.workDir ?? await mkdtemp(join6(run.runnerTemp, "msdeploy-build-"));
  await mkdir3(workDir, { recursive: true });
  const ctx = await gatherBuildContext({
    git,
    run,
    repoRoot: root,
    workDir,
    version: settings.version
  });
  await checkManifestPaths(manifest, settings.manifest, git, ctx.commit, logger, {
    only: [service.name]
  });
  const store = await openStore(settings.store, run, logger);
  const result = await buildService(service, ctx, buildPorts(store, logger, settings.onProgress));
  const attestation = settings.attest ? await attestProvenance({
    statement: result.provenance,
    token: settings.token,
    logger,
    run
  }) : void 0;
  return { result, commit: ctx.commit, attestation };
}
function buildPorts(store, logger, onProgress) {
  return {
    runner: new BashRunner(),
    store,
    logger,
    clock: { now: () => /* @__PURE__ */ new Date() },
    pack: packArtifact,
    onProgress
  };
}

// src/core/changes/base.ts
var DEFAULT_MAX_FETCH_ROUNDS = 8;
var FIRST_DEEPEN = 50;
var ZERO_SHA = /^0+$/;
var HEX_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
var SAFE_BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)[^\s:^~?*[\\\x00-\x1f\x7f]+$/;
var PR_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment"
]);
async function resolveBase(req, ports) {
  return new BaseResolver(req, ports).resolve();
}
function short(rev) {
  return HEX_SHA.test(rev) ? rev.slice(0, 7) : rev;
}
var BaseResolver = class {
  constructor(req, ports) {
    this.req = req;
    this.ports = ports;
    this.git = ports.git;
    this.logger = ports.logger;
    this.event = req.event;
    const rounds = req.maxFetchRounds ?? DEFAULT_MAX_FETCH_ROUNDS;
    if (!Number.isInteger(rounds) || rounds < 0) {
      throw new Error(
        `max-fetch-rounds must be a whole number of rounds (0 or more), got ${String(req.maxFetchRounds)}.`
      );
    }
    this.maxRounds = rounds;
  }
  req;
  ports;
  git;
  logger;
  maxRounds;
  event;
  /** Commits of history fetched by deepening so far (for the reason when we give up). */
  deepened = 0;
  rounds = 0;
  async resolve() {
    const headRev = this.req.head ?? this.eventHead();
    const head = await this.requireHead(headRev);
    if (this.req.base !== void 0 && this.req.base !== "") {
      return this.explicitBase(this.req.base, head);
    }
    if (this.req.policy === "last-successful") {
      const last = await this.lastSuccessful(head);
      if ("kind" in last) return last;
      const fallback = await this.byEvent(head);
      this.logger.info(`last-successful: ${last.note}; using the event's base instead.`);
      return { ...fallback, reason: `${last.note}, so using the event's base: ${fallback.reason}` };
    }
    return this.byEvent(head);
  }
  eventHead() {
    const p = this.event.payload;
    if (PR_EVENTS.has(this.event.eventName))
      return str(p, "pull_request", "head", "sha") ?? this.event.sha;
    if (this.event.eventName === "merge_group")
      return str(p, "merge_group", "head_sha") ?? this.event.sha;
    return this.event.sha;
  }
  async requireHead(rev) {
    const sha = await this.ensureCommit(rev);
    if (sha) return sha;
    throw new Error(
      `The head commit ${rev} is neither in the checkout nor fetchable from origin. Check out the commit being built first (actions/checkout), or pass a head input that exists.`
    );
  }
  /**
   * An explicit base. A branch name means "where head left that branch" (their merge-base, as
   * for a pull request): a branch that moved on since must not bring its own changes along.
   * A sha, a tag or an expression (`main~3`) is taken exactly.
   */
  async explicitBase(rev, head) {
    let base = await this.git.resolveCommit(rev);
    let branch = base !== void 0 && !HEX_SHA.test(rev) && await this.git.isBranch(rev);
    if (!base) {
      if (HEX_SHA.test(rev)) {
        base = await this.ensureCommit(rev);
      } else {
        base = await this.branchTip(rev.startsWith("origin/") ? rev.slice("origin/".length) : rev);
        branch = base !== void 0;
      }
    }
    if (!base) {
      throw new Error(
        `The base input ${JSON.stringify(rev)} is neither a commit in the checkout nor fetchable from origin. Pass a sha, tag or branch that exists (origin/<branch> works in shallow clones).`
      );
    }
    if (!branch) {
      const what = rev === base ? short(base) : `${rev} (${short(base)})`;
      return diff(base, head, `base input ${what}, a commit or tag: compared exactly`);
    }
    const label = `base input ${rev}, a branch`;
    const mb = await this.mergeBase(base, head);
    if (!mb.found) return this.noCommonHistory(label, base, head, mb.complete);
    let reason = `${label}: changes since ${short(head)} left it at ${short(mb.found)}`;
    if (mb.found !== base) {
      reason += `; ${rev} has moved on to ${short(base)} since, and its own changes are not counted`;
    }
    return diff(mb.found, head, reason);
  }
  async byEvent(head) {
    const name = this.event.eventName;
    if (PR_EVENTS.has(name)) return this.pullRequest(head);
    if (name === "push") return this.push(head);
    if (name === "merge_group") return this.mergeGroup(head);
    const what = name === "local" || name === "" ? "no base given and none could be worked out" : `${name} without a base input`;
    return { kind: "all", head, reason: `${what}: every service` };
  }
  async pullRequest(head) {
    const p = this.event.payload;
    const number = num(p, "number") ?? num(p, "pull_request", "number");
    const baseRef = str(p, "pull_request", "base", "ref");
    const baseSha = str(p, "pull_request", "base", "sha");
    const headRef = str(p, "pull_request", "head", "ref");
    const label = `pull request${number === void 0 ? "" : ` #${number}`}${headRef ? ` (${headRef})` : ""}`;
    const baseName = baseRef ?? "its base branch";
    let base = baseSha ? await this.ensureCommit(baseSha) : void 0;
    if (!base && baseRef) base = await this.branchTip(baseRef);
    if (!base) return this.baseMissing(label, baseSha ?? baseRef ?? "pull_request.base", head);
    const mb = await this.mergeBase(base, head);
    if (!mb.found) return this.noCommonHistory(label, base, head, mb.complete);
    let reason = `${label}: changes since it left ${baseName} at ${short(mb.found)}`;
    if (mb.found !== base) {
      reason += `; ${baseName} has moved on to ${short(base)} since, and its own changes are not counted`;
    }
    return diff(mb.found, head, reason);
  }
  async push(head) {
    const { ref, payload } = this.event;
    if (ref.startsWith("refs/tags/")) return this.tagPush(ref.slice("refs/tags/".length), head);
    const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : ref;
    const before = str(payload, "before");
    if (!before || ZERO_SHA.test(before)) {
      if (branch === this.event.defaultBranch) {
        return {
          kind: "all",
          head,
          reason: `first push of ${branch}: no earlier commit to compare with: every service`
        };
      }
      return this.sinceDefaultBranch(`new branch ${branch}`, branch, head);
    }
    const previous = await this.ensureCommit(before);
    if (!previous) {
      return this.sinceDefaultBranch(
        `push to ${branch}: the previous tip ${short(before)} is no longer available (force push?)`,
        branch,
        head
      );
    }
    const forced = payload.forced === true;
    const mb = await this.mergeBase(previous, head);
    if (mb.found === previous) {
      const how = forced ? "forced push (fast-forward)" : "push";
      return diff(previous, head, `${how} to ${branch}: ${short(previous)}..${short(head)}`);
    }
    if (mb.found) {
      return diff(
        mb.found,
        head,
        `force push to ${branch}: changes since ${short(mb.found)}, where the old tip ${short(previous)} and the new tip ${short(head)} meet`
      );
    }
    const why = mb.complete ? `the old tip ${short(previous)} shares no history with ${short(head)}` : `could not find where the old tip ${short(previous)} and the new tip ${short(head)} meet`;
    return this.sinceDefaultBranch(`force push to ${branch}: ${why}`, branch, head);
  }
  /** Compare a branch with where it left the default branch. */
  async sinceDefaultBranch(context, branch, head) {
    const def = this.event.defaultBranch;
    if (!def) {
      return {
        kind: "all",
        head,
        reason: `${context}, and the default branch is unknown: every service`
      };
    }
    if (branch === def) {
      return {
        kind: "all",
        head,
        reason: `${context}, on the default branch itself: every service`
      };
    }
    const tip = await this.branchTip(def);
    if (!tip) return this.baseMissing(context, `origin/${def}`, head);
    const mb = await this.mergeBase(tip, head);
    if (!mb.found) return this.noCommonHistory(context, tip, head, mb.complete);
    return diff(mb.found, head, `${context}: changes since it left ${def} at ${short(mb.found)}`);
  }
  async tagPush(tag2, head) {
    let previous = await this.git.previousTag(head);
    let complete = true;
    if (!previous && await this.git.isShallow()) {
      await this.git.fetch(["+refs/tags/*:refs/tags/*"], 1);
      const search = await this.deepenUntil(() => this.git.previousTag(head), [head]);
      previous = search.found;
      complete = search.complete;
    }
    if (previous) {
      return diff(
        previous,
        head,
        `tag ${tag2}: changes since the previous tag at ${short(previous)}`
      );
    }
    if (!complete) return this.lost(`tag ${tag2}: could not find an earlier tag`, head);
    return { kind: "all", head, reason: `tag ${tag2} is the first tag: every service` };
  }
  async mergeGroup(head) {
    const p = this.event.payload;
    const baseSha = str(p, "merge_group", "base_sha");
    const target = str(p, "merge_group", "base_ref")?.replace(/^refs\/heads\//, "");
    const label = `merge queue${target ? ` for ${target}` : ""}`;
    if (!baseSha) {
      const reason = `${label}: the event has no merge_group.base_sha: every service`;
      return { kind: "all", head, reason, warning: reason };
    }
    const base = await this.ensureCommit(baseSha);
    if (!base) return this.baseMissing(label, baseSha, head);
    return diff(base, head, `${label}: ${short(base)}..${short(head)}`);
  }
  /** The head of the last successful run, if it is in head's history; else why not. */
  async lastSuccessful(head) {
    const { github } = this.ports;
    const { workflowId, runId } = this.event;
    const branch = this.runBranch();
    if (!github) return { note: "last-successful needs the GitHub API (a token)" };
    if (workflowId === void 0 || workflowId === "") {
      return { note: "last-successful needs to know the running workflow" };
    }
    if (!branch)
      return { note: `last-successful needs a branch, and ${this.event.eventName} has none` };
    let found;
    try {
      found = await github.lastSuccessfulRunHead({ workflowId, branch, excludeRunId: runId });
    } catch (e) {
      this.logger.warning(`Could not look up the last successful run: ${e.message}`);
      return { note: `looking up the last successful run of ${workflowId} on ${branch} failed` };
    }
    if (!found) return { note: `no earlier successful run of ${workflowId} on ${branch}` };
    const base = await this.ensureCommit(found);
    if (!base) {
      return { note: `the last successful run's commit ${short(found)} is not available` };
    }
    const mb = await this.mergeBase(base, head);
    if (mb.found !== base) {
      return {
        note: `the last successful run's commit ${short(base)} is not in the history of ${short(head)} (force push?)`
      };
    }
    return diff(
      base,
      head,
      `since the last successful run of ${workflowId} on ${branch} at ${short(base)}`
    );
  }
  runBranch() {
    const { eventName, ref, payload } = this.event;
    if (PR_EVENTS.has(eventName)) return str(payload, "pull_request", "head", "ref");
    return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
  }
  // ---- history access ------------------------------------------------------------------
  /** Resolve a revision, fetching it from origin when the checkout lacks it. */
  async ensureCommit(rev) {
    const sha = await this.git.resolveCommit(rev);
    if (sha) return sha;
    if (HEX_SHA.test(rev)) {
      this.logger.debug(`${short(rev)} is not in the checkout: fetching it from origin`);
      await this.git.fetch([rev], await this.fetchDepth());
      return this.git.resolveCommit(rev);
    }
    const remote = rev.startsWith("origin/") ? rev.slice("origin/".length) : rev;
    return this.branchTip(remote);
  }
  /** origin/<branch>, fetched when missing; a local branch when there is no origin. */
  async branchTip(branch) {
    if (!SAFE_BRANCH.test(branch)) {
      this.logger.warning(
        `Ignoring branch name ${JSON.stringify(branch)}: not a valid git branch name.`
      );
      return void 0;
    }
    const tracking = `refs/remotes/origin/${branch}`;
    let sha = await this.git.resolveCommit(tracking);
    if (sha) return sha;
    this.logger.debug(`${tracking} is not in the checkout: fetching it`);
    if (await this.git.fetch([`+refs/heads/${branch}:${tracking}`], await this.fetchDepth())) {
      sha = await this.git.resolveCommit(tracking);
      if (sha) return sha;
    }
    return this.git.resolveCommit(`refs/heads/${branch}`);
  }
  /** In a shallow clone fetch just the commit (deepening comes later, only if needed). */
  async fetchDepth() {
    return await this.git.isShallow() ? 1 : void 0;
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
    if (found !== void 0) return { found, complete: true };
    let depth = FIRST_DEEPEN << this.rounds;
    while (this.rounds < this.maxRounds) {
      if (!await this.git.isShallow()) return { complete: true };
      this.rounds++;
      this.logger.info(
        `Shallow clone: fetching ${depth} more commits of history (round ${this.rounds} of at most ${this.maxRounds}).`
      );
      if (!await this.deepenRefs(depth, refs)) break;
      this.deepened += depth;
      found = await probe();
      if (found !== void 0) return { found, complete: true };
      depth *= 2;
    }
    return { complete: !await this.git.isShallow() };
  }
  /**
   * Deepen the histories of `refs`. If origin refuses one of them (a commit that exists only
   * locally), deepen what origin's configured branches lead to instead: that still extends the
   * shallow boundary a local commit sits on.
   */
  async deepenRefs(depth, refs) {
    if (await this.git.deepen(depth, refs)) return true;
    return refs.length > 0 && this.git.deepen(depth, []);
  }
  // ---- fail-closed answers -------------------------------------------------------------
  noCommonHistory(context, base, head, complete) {
    if (complete && this.deepened === 0) {
      const reason = `${context}: ${short(base)} and ${short(head)} share no history: treating every service as affected`;
      return { kind: "all", head, reason, warning: reason };
    }
    return this.lost(
      `${context}: could not find base ${short(base)} in the history of ${short(head)}`,
      head
    );
  }
  baseMissing(context, base, head) {
    const reason = `${context}: could not find base ${short(base)} (not in the checkout, and fetching it from origin failed): treating every service as affected`;
    return { kind: "all", head, reason, warning: reason };
  }
  lost(what, head) {
    const reason = `${what} after fetching ${this.deepened} commits of history: treating every service as affected`;
    const warning = `${reason}. Check out more history (actions/checkout with fetch-depth: 0) or raise max-fetch-rounds (now ${this.maxRounds}).`;
    return { kind: "all", head, reason, warning };
  }
};
function diff(base, head, reason) {
  return { kind: "diff", base, head, reason };
}
function dig(obj, path) {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[key];
  }
  return cur;
}
function str(obj, ...path) {
  const v = dig(obj, path);
  return typeof v === "string" && v !== "" ? v : void 0;
}
function num(obj, ...path) {
  const v = dig(obj, path);
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}

// src/app/settings.ts
function parseMaxFetchRounds(raw) {
  if (raw === "") return DEFAULT_MAX_FETCH_ROUNDS;
  const rounds = Number(raw);
  if (!/^\d+$/.test(raw) || rounds > 30) {
    throw new SettingError(
      "max-fetch-rounds",
      (label) => `The ${label} must be a whole number from 0 to 30, got ${JSON.stringify(raw)}.`
    );
  }
  return rounds;
}
function parseLeaseWait(raw) {
  if (raw === void 0 || raw === "") return 0;
  const seconds = Number(raw);
  if (!/^\d+$/.test(raw) || seconds > 86400) {
    throw new SettingError(
      "lease-wait",
      (label) => `The ${label} must be a whole number of seconds from 0 to 86400, got ${JSON.stringify(raw)}.`
    );
  }
  return seconds;
}
function parseList(setting, raw) {
  const text = raw.trim();
  if (!text.startsWith("[")) return text.split(/[\s,]+/).filter(Boolean);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = void 0;
  }
  if (!Array.isArray(parsed) || parsed.some((x) => typeof x !== "string")) {
    throw new SettingError(
      setting,
      (label) => `The ${label} must be a JSON array of names, or names separated by commas or spaces.`
    );
  }
  return parsed;
}
function parseVersion(raw) {
  if (raw === void 0 || raw === "") return void 0;
  if (!isSemVer(raw)) {
    throw new SettingError(
      "version",
      (label) => `The ${label} must be a SemVer such as 1.4.0 or 1.4.0-rc.1+abc1234 (no path separators), got ${JSON.stringify(raw)}.`
    );
  }
  return raw;
}

// src/core/report/build-report.ts
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
function testsLine(r) {
  if (r.tests.length === 0) return "none recorded";
  const t = totals(r.tests);
  return `${t.tests} run: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped (${r.tests.length} report${r.tests.length > 1 ? "s" : ""})`;
}
function buildText(r, commit) {
  return [
    `built ${r.meta.service} ${r.meta.version}`,
    `  digest     ${r.meta.digest}`,
    `  size       ${formatBytes(r.meta.size)} (${r.meta.kind})`,
    `  stored at  ${r.stored.location}${r.stored.bytesUploaded === 0 ? " (already there)" : ""}`,
    `  reference  ${r.stored.ref}`,
    `  commit     ${commit}`,
    `  tests      ${testsLine(r)}`,
    `  provenance ${r.provenancePath}`
  ].join("\n") + "\n";
}

// src/cli/progress.ts
function progressReporter(stream = process.stderr) {
  let lastPhase = "";
  let lastStep = -1;
  let lastDraw = 0;
  return {
    update(phase, done, total) {
      const pct = total > 0 ? Math.min(100, Math.floor(done / total * 100)) : 100;
      const line = `${phase.padEnd(7)} ${String(pct).padStart(3)}%  ${formatBytes(done)} / ${formatBytes(total)}`;
      if (stream.isTTY) {
        const now = Date.now();
        if (now - lastDraw < 80 && pct < 100 && phase === lastPhase) return;
        lastDraw = now;
        stream.write(`\r\x1B[2K${line}`);
        if (pct === 100) stream.write("\n");
      } else {
        const step2 = Math.floor(pct / 25);
        if (phase === lastPhase && step2 === lastStep) return;
        stream.write(`${line}
`);
        lastStep = step2;
      }
      lastPhase = phase;
    }
  };
}

// src/cli/registry.ts
import { parseArgs } from "node:util";
var UsageError = class extends MsdeployError {
  constructor(message) {
    super(message, { exitCode: ExitCode.usage });
  }
};
var commonOptions = {
  help: { type: "boolean", short: "h", description: "show this help" }
};
function defineCommand(command) {
  return command;
}
function parseCommandLine(command, argv) {
  const options = { ...command.options, ...commonOptions };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: Object.fromEntries(
        Object.entries(options).map(([name, { type, short: short3, default: dflt }]) => [
          name,
          { type, ...short3 ? { short: short3 } : {}, ...dflt === void 0 ? {} : { default: dflt } }
        ])
      )
    });
  } catch (e) {
    throw usageErrorFrom(e, command, Object.keys(options));
  }
  const values = parsed.values;
  if (values.help) return { values, args: parsed.positionals };
  const expected = command.args ?? [];
  const required2 = expected.filter((a) => !a.startsWith("[")).length;
  const count = parsed.positionals.length;
  if (count < required2 || count > expected.length) {
    const wanted = expected.length ? expected.join(" ") : "no arguments";
    const got = parsed.positionals.length ? parsed.positionals.join(" ") : "none";
    throw new UsageError(
      `${command.name} takes ${wanted}, got ${got}: see msdeploy ${command.name} --help.`
    );
  }
  return { values, args: parsed.positionals };
}
function usageErrorFrom(e, command, names) {
  const err = e;
  if (!err.code?.startsWith("ERR_PARSE_ARGS")) return e;
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(err.message ?? "")?.[1];
  if (unknown) {
    const guess = closest(unknown.replace(/^-+/, "").split("=")[0], names);
    return new UsageError(
      `${command.name} has no option ${unknown}` + (guess ? ` \u2014 did you mean --${guess}?` : ".") + ` See msdeploy ${command.name} --help.`
    );
  }
  return new UsageError(
    `${command.name}: ${(err.message ?? "").split("\n")[0]} See msdeploy ${command.name} --help.`
  );
}
function commandHelp(command) {
  const options = { ...command.options, ...commonOptions };
  const rows = Object.entries(options).map(([name, o]) => {
    const flags = `${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.value ?? "<value>"}` : ""}`;
    const dflt = typeof o.default === "string" && o.default !== "" ? ` (default: ${o.default})` : "";
    return [flags, `${o.description}${dflt}`];
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  const usage = ["msdeploy", command.name, ...command.args ?? [], "[options]"].join(" ");
  return `Usage: ${usage}

${command.summary}
` + (command.description ? `
${command.description.trimEnd()}
` : "") + `
Options:
` + rows.map(([f, d]) => `  ${f.padEnd(width)}${indentAfterFirst(d, width + 2)}`).join("\n") + "\n";
}
var indentAfterFirst = (text, n) => text.replace(/\n/g, `
${" ".repeat(n)}`);

// src/cli/store-options.ts
import { join as join7, resolve as resolve5 } from "node:path";
var storeOptions = {
  store: {
    type: "string",
    value: "<kind>",
    description: "local, github or oci",
    default: "local"
  },
  "store-path": {
    type: "string",
    value: "<dir>",
    description: `the local store (default: ${DEFAULT_LOCAL_STORE} in the repository root)`
  },
  registry: {
    type: "string",
    value: "<repo>",
    description: "OCI repository, e.g. ghcr.io/acme/shop: service catalog goes to\nghcr.io/acme/shop/catalog (store oci); credentials from\nMSDEPLOY_REGISTRY_USERNAME / MSDEPLOY_REGISTRY_PASSWORD"
  },
  "insecure-registry": {
    type: "boolean",
    description: "allow plain HTTP to a non-loopback registry"
  }
};
function storeSettings(values, root) {
  return {
    kind: parseStoreKind(values.store),
    path: values["store-path"] ? resolve5(values.cwd, values["store-path"]) : join7(root, DEFAULT_LOCAL_STORE),
    registry: values.registry,
    username: process.env.MSDEPLOY_REGISTRY_USERNAME,
    password: process.env.MSDEPLOY_REGISTRY_PASSWORD,
    insecure: values["insecure-registry"],
    token: process.env.GITHUB_TOKEN
  };
}

// src/cli/workspace.ts
import { resolve as resolve6 } from "node:path";

// src/platform/console-logger.ts
function located(message, where2) {
  if (!where2?.file) return message;
  const pos = [where2.file, where2.line, where2.col].filter((p) => p !== void 0).join(":");
  return `${pos}: ${message}`;
}
function consoleLogger(opts = {}) {
  const out = opts.stream ?? process.stderr;
  const write = (line) => out.write(`${line}
`);
  return {
    debug: (m) => {
      if (opts.verbose) write(m);
    },
    info: (m) => write(m),
    warning: (m, where2) => write(`warning: ${located(m, where2)}`),
    error: (m, where2) => write(`error: ${located(m, where2)}`),
    group: async (title, fn) => {
      write(`\u25B8 ${title}`);
      return fn();
    }
  };
}

// src/cli/workspace.ts
var workspaceOptions = {
  manifest: {
    type: "string",
    value: "<file>",
    description: "the manifest, relative to --cwd (default: msdeploy.yml in --cwd or the nearest parent up to the repository root)"
  },
  cwd: { type: "string", value: "<dir>", description: "run as if started in <dir>", default: "." },
  verbose: { type: "boolean", short: "v", description: "log git commands and decisions" }
};
async function workspace(values) {
  return {
    manifest: await findManifest(resolve6(values.cwd), values.manifest),
    run: readRunContext(process.env),
    logger: consoleLogger({ verbose: values.verbose })
  };
}

// src/cli/commands/build.ts
var buildCommand = defineCommand({
  name: "build",
  summary: "Build the service once into a reproducible artifact, record its provenance and store it.",
  args: ["<service>"],
  options: {
    ...storeOptions,
    version: {
      type: "string",
      value: "<v>",
      description: "use this version instead of the computed one"
    },
    json: { type: "boolean", description: "print the result as JSON" },
    ...workspaceOptions
  },
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const progress = progressReporter();
    const { result, commit } = await buildArtifact(
      {
        manifest,
        service,
        store: storeSettings(values, manifest.root),
        version: parseVersion(values.version),
        attest: false,
        // Beside the local store, so the printed provenance path stays valid after the run.
        workDir: join8(manifest.root, ".msdeploy", "work"),
        onProgress: (phase, done, total) => progress.update(phase === "pack" ? "packing" : "storing", done, total)
      },
      run,
      logger
    );
    process.stdout.write(
      values.json ? JSON.stringify(
        {
          ...result.meta,
          ref: result.stored.ref,
          location: result.stored.location,
          provenance: result.provenancePath
        },
        null,
        2
      ) + "\n" : buildText(result, commit)
    );
    return 0;
  }
});

// src/app/deploy.ts
import { mkdtemp as mkdtemp4, rm as rm8 } from "node:fs/promises";
import { join as join17 } from "node:path";

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
function redact(text, secretValues) {
  const forms = new Set(secretValues.flatMap(maskForms));
  if (forms.size === 0 || text === "") return text;
  const covered = new Uint8Array(text.length);
  let any = false;
  for (const form of forms) {
    for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
      covered.fill(1, i, i + form.length);
      any = true;
    }
  }
  if (!any) return text;
  let out = "";
  for (let i = 0; i < text.length; ) {
    if (covered[i] === 0) {
      const j = covered.indexOf(1, i);
      const end = j === -1 ? text.length : j;
      out += text.slice(i, end);
      i = end;
    } else {
      const j = covered.indexOf(0, i);
      out += "***";
      i = j === -1 ? text.length : j;
    }
  }
  return out;
}
function redactingTarget(target, secretValues) {
  if (secretValues.length === 0) return target;
  const run = async (script, dir, env, timeoutMs) => {
    const r = await target.run(script, dir, env, timeoutMs);
    return { ...r, tail: redact(r.tail.join("\n"), secretValues).split("\n") };
  };
  const activate = async (dir, release2, env) => {
    try {
      return await target.activate(dir, release2, env);
    } catch (e) {
      throw new Error(redact(e.message, secretValues));
    }
  };
  return new Proxy(target, {
    get(t, key) {
      if (key === "run") return run;
      if (key === "activate") return activate;
      const value = Reflect.get(t, key, t);
      return typeof value === "function" ? value.bind(t) : value;
    }
  });
}

// src/core/promotion/types.ts
var LEDGER_FORMAT = "msdeploy-ledger";

// src/core/promotion/state.ts
var NotALedgerError = class extends Error {
  constructor(where2, why) {
    super(
      `${where2} is not an msdeploy ledger (${why}); refusing to read or overwrite it. Point \`pipeline.ledger.ref\` (or the ledger-ref input) at another ref, or move that ref away.`
    );
    this.name = "NotALedgerError";
  }
};
function emptyState() {
  return { format: LEDGER_FORMAT, v: 1, records: 0, services: {} };
}
function emptyStage() {
  return { digest: null, version: null, since: null, by: null, seq: null, held: null };
}
function serviceState(state, service) {
  return own(state.services, service) ?? { stages: {}, artifacts: {} };
}
function stageState(state, service, stage) {
  return own(serviceState(state, service).stages, stage) ?? emptyStage();
}
function artifactState(state, service, digest) {
  return own(serviceState(state, service).artifacts, digest);
}
function applyRecord(state, record2) {
  if (record2.seq !== state.records + 1) {
    throw new Error(
      `internal: ledger record ${record2.seq} applied to a state of ${state.records} records`
    );
  }
  const next = structuredClone(state);
  next.records = record2.seq;
  const svc = next.services[record2.service] ??= { stages: {}, artifacts: {} };
  const stamp = { at: record2.at, by: record2.actor, seq: record2.seq };
  switch (record2.kind) {
    case "promoted": {
      const { stage, digest, version: version2 } = need(record2, "stage", "digest", "version");
      const current = svc.stages[stage] ??= emptyStage();
      Object.assign(current, {
        digest,
        version: version2,
        since: record2.at,
        by: record2.actor,
        seq: record2.seq
      });
      const artifact = svc.artifacts[digest] ??= newArtifact(version2);
      artifact.commit ??= record2.commit;
      artifact.artifact ??= record2.artifact;
      artifact.entered[stage] = stamp;
      break;
    }
    case "held": {
      const { stage } = need(record2, "stage");
      (svc.stages[stage] ??= emptyStage()).held = { ...stamp, reason: record2.reason ?? "" };
      break;
    }
    case "released": {
      const { stage } = need(record2, "stage");
      (svc.stages[stage] ??= emptyStage()).held = null;
      break;
    }
    case "rejected": {
      const { digest, version: version2 } = need(record2, "digest", "version");
      const artifact = svc.artifacts[digest] ??= newArtifact(version2);
      artifact.rejected = { ...stamp, reason: record2.reason ?? "" };
      break;
    }
    case "deploying": {
      const d = deployment(next, record2);
      if (!record2.lease) throw new Error("internal: a deploying record without a lease");
      d.lease = { ...record2.lease, seq: record2.seq };
      break;
    }
    case "deployed":
    case "rolled-back": {
      const d = deployment(next, record2);
      if (record2.kind === "rolled-back" && record2.digest === null) {
        Object.assign(d, { live: null, previous: null, lease: null });
        break;
      }
      const { digest, version: version2 } = need(record2, "digest", "version");
      const live2 = {
        digest,
        version: version2,
        config: record2.config ?? null,
        release: record2.release ?? version2,
        since: record2.at,
        by: record2.actor,
        seq: record2.seq
      };
      if (record2.kind === "deployed" && d.live?.release !== live2.release) d.previous = d.live;
      if (record2.kind === "rolled-back") d.previous = null;
      d.live = live2;
      d.lease = null;
      break;
    }
  }
  return next;
}
function deployment(state, record2) {
  if (!record2.environment) throw new Error(`internal: a ${record2.kind} record without environment`);
  const envs = state.environments ??= {};
  const env = envs[record2.environment] ??= {};
  return env[record2.service] ??= { live: null, previous: null, lease: null };
}
function deploymentState(state, environment, service) {
  const env = state.environments && own(state.environments, environment);
  return (env && own(env, service)) ?? { live: null, previous: null, lease: null };
}
function newArtifact(version2) {
  return { version: version2, commit: null, artifact: null, entered: {}, rejected: null };
}
function need(record2, ...keys) {
  for (const k of keys) {
    if (record2[k] === null) throw new Error(`internal: a ${record2.kind} record without ${k}`);
  }
  return record2;
}
function serializeState(state) {
  return JSON.stringify(sortKeys(state), null, 1) + "\n";
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const key of Object.keys(value).sort()) {
    out[key] = sortKeys(value[key]);
  }
  return out;
}
function parseState(text, where2) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new NotALedgerError(where2, `state.json is not JSON: ${e.message}`);
  }
  const fail = (why) => {
    throw new NotALedgerError(where2, why);
  };
  if (!isObject(value) || value.format !== LEDGER_FORMAT) {
    fail(`state.json has no "format": "${LEDGER_FORMAT}"`);
  }
  const state = value;
  if (state.v !== 1) fail(`state.json is format version ${String(state.v)}, this msdeploy reads 1`);
  if (!Number.isSafeInteger(state.records) || state.records < 0) fail('"records" is not a count');
  if (!isObject(state.services)) fail('"services" is not an object');
  for (const [service, svc] of Object.entries(state.services)) {
    if (!NAME_RE.test(service)) fail(`service ${JSON.stringify(service)} is not a service name`);
    if (!isObject(svc) || !isObject(svc.stages) || !isObject(svc.artifacts)) {
      fail(`service ${service} has no stages and artifacts`);
    }
    for (const [stage, st] of Object.entries(svc.stages)) {
      if (!NAME_RE.test(stage) || !isObject(st))
        fail(`${service} has a bad stage ${JSON.stringify(stage)}`);
      if (st.digest !== null && !isDigest(String(st.digest)))
        fail(`${service}/${stage} holds no digest`);
    }
    for (const [digest, a] of Object.entries(svc.artifacts)) {
      if (!isDigest(digest) || !isObject(a) || !isObject(a.entered)) {
        fail(`${service} has a bad artifact ${JSON.stringify(digest)}`);
      }
    }
  }
  if (state.environments !== void 0) {
    if (!isObject(state.environments)) fail('"environments" is not an object');
    for (const [env, services] of Object.entries(state.environments)) {
      if (!NAME_RE.test(env) || !isObject(services)) fail(`bad environment ${JSON.stringify(env)}`);
      for (const [service, d] of Object.entries(services)) {
        if (!NAME_RE.test(service) || !isObject(d)) fail(`bad deployment ${env}/${service}`);
      }
    }
  }
  return state;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function own(map, key) {
  return Object.hasOwn(map, key) ? map[key] : void 0;
}

// src/core/deploy/rules.ts
var DeployRefused = class extends MsdeployError {
  constructor(message) {
    super(message, { exitCode: ExitCode.refused });
  }
};
var LeaseHeld = class extends DeployRefused {
};
function releaseName(version2, configDigest) {
  if (!SAFE_VERSION_RE.test(version2)) {
    throw new Error(
      `Version ${JSON.stringify(version2.slice(0, 200))} cannot name a release: a version starts with a letter or digit and holds only letters, digits and . + _ - (at most 128 characters).`
    );
  }
  if (!isDigest(configDigest)) {
    throw new Error(`Config digest ${JSON.stringify(configDigest)} is not sha256:<64 hex>.`);
  }
  return `${version2}-${configDigest.slice("sha256:".length, "sha256:".length + 12)}`;
}
function checkAccepted(state, env, service, t) {
  if (env.stage === void 0) return;
  const known = artifactState(state, service, t.digest);
  const who = `${service} ${t.version} (${t.digest})`;
  if (known?.rejected) {
    throw new DeployRefused(
      `${who} was rejected by ${known.rejected.by} at ${known.rejected.at} (${JSON.stringify(known.rejected.reason)}): it is never deployed to \`${env.name}\`.`
    );
  }
  if (!known?.entered[env.stage]) {
    throw new DeployRefused(
      `\`${env.name}\` takes only what entered stage \`${env.stage}\`, and ${who} has not: promote it first (msdeploy promote ${service} --to ${env.stage} --version ${t.version}).`
    );
  }
}
function ownLease(state, env, service, origin, abandoned) {
  const lease = deploymentState(state, env.name, service).lease;
  if (!lease || Date.parse(lease.expires) <= Date.parse(origin.at)) return void 0;
  if (lease.owner !== origin.actor.name || lease.run !== origin.run) return void 0;
  return lease.holder === void 0 || abandoned(lease.holder) ? lease.seq : void 0;
}
function decideDeployStart(state, env, service, t, origin, leaseSeconds, holder) {
  checkAccepted(state, env, service, t);
  const d = deploymentState(state, env.name, service);
  const now = Date.parse(origin.at);
  if (d.lease && Date.parse(d.lease.expires) > now) {
    throw new LeaseHeld(
      `${service} in \`${env.name}\` is being deployed by ${d.lease.owner}${d.lease.run ? ` (${d.lease.run})` : ""} until ${d.lease.expires}: wait for it, or for its lease to expire.`
    );
  }
  if (d.live?.release === t.release && !d.lease) {
    return {
      kind: "noop",
      message: `${service} ${t.release} is already live in \`${env.name}\` since ${d.live.since} (by ${d.live.by}): nothing to do.`
    };
  }
  return {
    kind: "append",
    record: deployRecord(state, "deploying", env.name, service, origin, t, {
      previous: d.live?.digest ?? null,
      lease: {
        owner: origin.actor.name,
        run: origin.run,
        expires: new Date(now + leaseSeconds * 1e3).toISOString(),
        ...holder !== void 0 && { holder }
      },
      tookOver: d.lease?.owner ?? null
    })
  };
}
function decideDeployEnd(state, env, service, leaseSeq, outcome, origin) {
  const d = deploymentState(state, env.name, service);
  if (d.lease?.seq !== leaseSeq) {
    const now = d.lease ? `${d.lease.owner} holds it now` : "nobody holds it now";
    throw new DeployRefused(
      `The lease to deploy ${service} in \`${env.name}\` (record ${leaseSeq}) was lost; ${now}. The other deployer's record stands.`
    );
  }
  if (outcome.kind === "deployed") {
    return {
      kind: "append",
      record: deployRecord(state, "deployed", env.name, service, origin, outcome.target, {
        previous: d.live?.digest ?? null
      })
    };
  }
  const restored = outcome.restored;
  return {
    kind: "append",
    record: {
      ...deployRecord(state, "rolled-back", env.name, service, origin, restored ?? outcome.failed, {
        previous: outcome.failed.digest
      }),
      ...restored === null && { digest: null, version: null, config: null, release: null }
    }
  };
}
function deployRecord(state, kind, environment, service, origin, t, more) {
  return {
    v: 1,
    seq: state.records + 1,
    kind,
    service,
    stage: null,
    version: t.version,
    digest: t.digest,
    previous: more.previous,
    from: null,
    actor: origin.actor.name,
    via: origin.actor.via,
    at: origin.at,
    reason: origin.reason,
    run: origin.run,
    commit: null,
    artifact: null,
    environment,
    config: t.config,
    release: t.release,
    ...more.lease !== void 0 && { lease: more.lease },
    ...more.tookOver !== void 0 && { tookOver: more.tookOver }
  };
}

// src/app/deploy-mirror.ts
var DEPLOY_TASK = "msdeploy:deploy";
function deployMirrorTarget(release2, commit, env, runUrl) {
  return {
    ...release2,
    commit,
    production: env.name === "production" || env.stage === "production",
    ...runUrl !== void 0 && { runUrl }
  };
}
var UNFINISHED = ["in_progress", "queued", "pending"];
async function unfinished(api, t, commit) {
  const mine = (await api.listDeployments({ environment: t.environment, sha: commit })).filter(
    (d) => d.task === DEPLOY_TASK && d.payload.release === t.release
  );
  const newest = mine[0];
  if (!newest) return void 0;
  const latest = (await api.listDeploymentStatuses(newest.id))[0];
  return latest === void 0 || UNFINISHED.includes(latest.state) ? newest : void 0;
}
async function settleDeployMirror(t, api, logger, outcome) {
  if (!api || t.commit === null) return;
  try {
    const d = await unfinished(api, t, t.commit);
    if (!d) return;
    await api.createDeploymentStatus({
      deploymentId: d.id,
      state: "success",
      description: outcome.description,
      ...t.runUrl !== void 0 && { logUrl: t.runUrl },
      ...outcome.url !== void 0 && { environmentUrl: outcome.url }
    });
  } catch (e) {
    logger.warning(
      `Could not settle the GitHub deployment of ${t.release}: ${e.message}`
    );
  }
}
async function mirrorDeployStart(t, api, logger) {
  const none = { finish: () => Promise.resolve() };
  if (!api || t.commit === null) return none;
  const commit = t.commit;
  try {
    const d = await unfinished(api, t, commit) ?? await api.createDeployment({
      sha: commit,
      environment: t.environment,
      description: `${t.service} ${t.release}`,
      payload: {
        service: t.service,
        version: t.version,
        digest: t.digest,
        config: t.configDigest,
        release: t.release
      },
      task: DEPLOY_TASK,
      productionEnvironment: t.production
    });
    await api.createDeploymentStatus({
      deploymentId: d.id,
      state: "in_progress",
      description: `deploying ${t.release}`,
      ...t.runUrl !== void 0 && { logUrl: t.runUrl }
    });
    return {
      finish: async ({ ok, url, description }) => {
        try {
          await api.createDeploymentStatus({
            deploymentId: d.id,
            state: ok ? "success" : "failure",
            description,
            ...t.runUrl !== void 0 && { logUrl: t.runUrl },
            ...ok && url !== void 0 && { environmentUrl: url }
          });
        } catch (e) {
          logger.warning(
            `GitHub deployment ${d.id}: could not record the outcome: ${e.message}`
          );
        }
      }
    };
  } catch (e) {
    logger.warning(
      `No GitHub deployment for ${t.service} in ${t.environment}: ${e.message}`
    );
    return none;
  }
}

// src/app/deploy-steps.ts
import { writeFile as writeFile6 } from "node:fs/promises";
import { join as join15 } from "node:path";
import { setTimeout as sleep2 } from "node:timers/promises";

// src/platform/health.ts
var HEALTH_BODY_MAX = 64 * 1024;
var RUNNER_GRACE_MS = 1e3;
var LINE_MAX = 200;
var ONE_TRY = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
var PLACEHOLDERS = ["${port}", "${host}"];
function formatSeconds(ms) {
  return `${+(ms / 1e3).toFixed(1)} s`;
}
function realSleep(ms, signal) {
  return new Promise((resolve10) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve10();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
function healthUrl(template, ctx) {
  const fail = (why) => new MsdeployError(`Health check URL ${redactUrl(template)}: ${why}`, {
    exitCode: ExitCode.manifest
  });
  let url = template;
  if (url.includes("${port}")) {
    const { port } = ctx;
    if (port === void 0) {
      throw fail("uses ${port} but the service has no port here: set `port` on the placement.");
    }
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw fail(`uses \${port} but the port ${port} is not between 1 and 65535.`);
    }
    url = url.replaceAll("${port}", String(port));
  }
  if (url.includes("${host}")) {
    const { host } = ctx;
    if (host === void 0) throw fail("uses ${host} but no host is known for this target.");
    if (!/^[A-Za-z0-9.:_%-]+$/.test(host) && !/^\[[0-9A-Fa-f:.%]+\]$/.test(host)) {
      throw fail(`uses \${host} but "${host}" is not a host name or address.`);
    }
    const bracketed = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
    url = url.replaceAll("${host}", bracketed);
  }
  if (url.includes("${")) {
    throw fail(
      `has a placeholder other than ${PLACEHOLDERS.join(" and ")} (they are case-sensitive).`
    );
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw fail(`is not a valid URL once filled in (${redactUrl(url)}).`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw fail(`is not http(s) once filled in (${redactUrl(url)}).`);
  }
  if (parsed.username || parsed.password) {
    throw fail("carries credentials; a health endpoint must answer without them.");
  }
  return parsed.href;
}
function describeFailure(err, timeoutMs) {
  if (err instanceof HttpTimeoutError) return `timed out after ${formatSeconds(timeoutMs)}`;
  let innermost = err instanceof Error ? err.message : String(err);
  for (let e = err; e && typeof e === "object"; e = e.cause) {
    if (typeof e.message === "string") innermost = e.message;
    switch (e.code) {
      case "ECONNREFUSED":
        return "connection refused";
      case "ECONNRESET":
      case "UND_ERR_SOCKET":
        return "connection closed without an answer";
      case "ENOTFOUND":
      case "EAI_AGAIN":
        return "host name not found";
      case "EHOSTUNREACH":
      case "ENETUNREACH":
        return "host unreachable";
      default:
        break;
    }
  }
  return innermost;
}
async function tryUrl(url, spec, timeoutMs, signal) {
  let res;
  try {
    res = await httpRequest(
      { method: "GET", url },
      {
        // Our tries are the retries; one per-try limit covers connect, headers and body.
        retry: ONE_TRY,
        timeouts: { headersMs: timeoutMs, idleMs: timeoutMs, totalMs: timeoutMs },
        followRedirects: false,
        signal
      }
    );
  } catch (err) {
    return { healthy: false, outcome: describeFailure(err, timeoutMs) };
  }
  const { status: status2 } = res;
  const location = res.headers.get("location");
  await discardBody(res);
  if (status2 === spec.status) return { healthy: true, outcome: `HTTP ${status2}` };
  const moved = status2 >= 300 && status2 < 400 && location !== null ? ` (redirect to ${redactUrl(new URL(location, url).href)}, not followed)` : "";
  return { healthy: false, outcome: `HTTP ${status2}, expected ${spec.status}${moved}` };
}
function tryCommand(run, script, timeoutMs, signal) {
  return new Promise((resolve10) => {
    const finish = (o) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", abandon2);
      resolve10(o);
    };
    const abandon2 = () => finish({ healthy: false, outcome: "cancelled" });
    const timer = setTimeout(
      () => finish({ healthy: false, outcome: `timed out after ${formatSeconds(timeoutMs)}` }),
      timeoutMs + RUNNER_GRACE_MS
    );
    signal?.addEventListener("abort", abandon2, { once: true });
    run(script, timeoutMs).then(
      (r) => finish(exitOutcome(r)),
      (err) => finish({
        healthy: false,
        outcome: `could not run: ${err instanceof Error ? err.message : String(err)}`
      })
    );
  });
}
function exitOutcome(r) {
  if (r.exitCode === 0) return { healthy: true, outcome: "exit 0" };
  const line = [...r.tail].reverse().find((l) => l.trim() !== "");
  const quoted = line === void 0 ? "" : `: ${line.trim().slice(0, LINE_MAX)}`;
  return { healthy: false, outcome: `exit ${r.exitCode}${quoted}` };
}
function checkSpec(spec, ctx) {
  if (spec.url === void 0 === (spec.command === void 0)) {
    throw new TypeError("checkHealth: the spec needs exactly one of url and command.");
  }
  if (spec.command !== void 0 && !ctx.run) {
    throw new TypeError("checkHealth: a command check needs a runner (ctx.run).");
  }
  if (!Number.isInteger(spec.retries) || spec.retries < 1) {
    throw new RangeError(`checkHealth: retries must be an integer \u2265 1, got ${spec.retries}.`);
  }
  for (const [name, v] of [
    ["timeoutSeconds", spec.timeoutSeconds],
    ["intervalSeconds", spec.intervalSeconds]
  ]) {
    if (!Number.isFinite(v) || v < 0 || name === "timeoutSeconds" && v === 0) {
      throw new RangeError(`checkHealth: ${name} must be a positive number, got ${v}.`);
    }
  }
}
async function checkHealth(spec, ctx = {}) {
  checkSpec(spec, ctx);
  const url = spec.url === void 0 ? void 0 : healthUrl(spec.url, ctx);
  const now = ctx.now ?? (() => performance.now());
  const sleep3 = ctx.sleep ?? realSleep;
  const { signal } = ctx;
  const timeoutMs = spec.timeoutSeconds * 1e3;
  const start = now();
  const history = [];
  const result = (healthy, cancelled = false) => ({
    healthy,
    tries: history.length,
    elapsedMs: now() - start,
    last: history.at(-1)?.outcome ?? "cancelled",
    history,
    cancelled,
    target: url === void 0 ? "command" : redactUrl(url)
  });
  for (let n = 1; n <= spec.retries; n++) {
    if (n > 1) await sleep3(spec.intervalSeconds * 1e3, signal);
    if (signal?.aborted) return result(false, true);
    const at = now() - start;
    const o = url !== void 0 ? await tryUrl(url, spec, timeoutMs, signal) : await tryCommand(ctx.run, spec.command, timeoutMs, signal);
    const cancelled = signal?.aborted ?? false;
    const t = {
      n,
      at,
      tookMs: now() - start - at,
      healthy: o.healthy && !cancelled,
      outcome: cancelled ? "cancelled" : o.outcome
    };
    history.push(t);
    ctx.onTry?.(t);
    if (cancelled) return result(false, true);
    if (t.healthy) return result(true);
  }
  return result(false);
}

// src/platform/command-target.ts
import { copyFile as copyFile3, mkdir as mkdir4, writeFile as writeFile4 } from "node:fs/promises";
import { join as join9 } from "node:path";
var RUN_TIMEOUT_MS = 30 * 60 * 1e3;
var CommandTarget = class {
  constructor(o) {
    this.o = o;
  }
  o;
  name = "command";
  keepsReleases = false;
  releases = /* @__PURE__ */ new Map();
  live;
  async prepare(files) {
    const dir = join9(this.o.work, "releases", files.release);
    await mkdir4(dir, { recursive: true, mode: 448 });
    const config = join9(dir, "config.json");
    await writeFile4(config, files.config, { mode: 384 });
    const artifact = join9(dir, files.kind === "deb" ? "artifact.deb" : "artifact.tar.gz");
    await copyFile3(files.artifactFile, artifact);
    this.releases.set(files.release, { artifact, config, kind: files.kind });
    return { created: true };
  }
  /** Only the platform knows; the ledger says what went live. */
  current() {
    return Promise.resolve(void 0);
  }
  async activate(_dir, release2, env = {}) {
    const prepared = this.releases.get(release2);
    if (!prepared) {
      throw new Error(
        `Release ${release2} is not on this runner: it could not be fetched again from its store.`
      );
    }
    const r = await this.exec(this.o.run, { ...env, ...this.files(prepared) }, RUN_TIMEOUT_MS);
    if (r.exitCode !== 0) {
      throw new Error(`the run script exited ${r.exitCode}: ${r.tail.at(-1) ?? ""}`);
    }
    this.live = prepared;
    return void 0;
  }
  run(script, _dir, env, timeoutMs) {
    return this.exec(script, { ...env, ...this.live && this.files(this.live) }, timeoutMs);
  }
  /** Nothing stays on the runner: the platform keeps (and prunes) its own releases. */
  prune() {
    return Promise.resolve([]);
  }
  files(p) {
    return {
      MSDEPLOY_ARTIFACT: p.artifact,
      MSDEPLOY_ARTIFACT_KIND: p.kind,
      MSDEPLOY_CONFIG: p.config
    };
  }
  async exec(script, env, timeoutMs) {
    const run = (onOutput) => runProcess("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], {
      cwd: this.o.root,
      env: buildEnvironment(parentEnvironment(), this.o.forward, env),
      installHint: "bash",
      timeoutMs,
      reapGroup: true,
      ...onOutput && { onOutput }
    });
    const log = this.o.log;
    const r = log?.untrusted ? await log.untrusted((write) => run(write)) : await run(log && ((chunk) => log.info(chunk.replace(/\n$/, ""))));
    return { exitCode: r.exitCode, tail: r.tail };
  }
};

// src/platform/local-target.ts
import { access } from "node:fs/promises";
import { join as join12 } from "node:path";

// src/platform/release-layout.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import { constants as fsc2 } from "node:fs";
import {
  copyFile as copyFile4,
  lstat as lstat2,
  mkdir as mkdir6,
  open as open2,
  readdir as readdir4,
  readFile as readFile3,
  readlink as readlink2,
  rename as rename4,
  rm as rm5,
  symlink as symlink3
} from "node:fs/promises";
import { hostname as hostname2 } from "node:os";
import { join as join11, resolve as resolve8 } from "node:path";

// src/core/artifact/unpack.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { constants as fsc, createReadStream } from "node:fs";
import { link, mkdir as mkdir5, open, readdir as readdir3, rename as rename3, rm as rm4, rmdir, symlink as symlink2 } from "node:fs/promises";
import { basename as basename3, dirname as dirname6, join as join10, resolve as resolve7 } from "node:path";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
var UnsafeArchiveError = class extends Error {
  constructor(entry, reason) {
    super(`Refusing to extract ${JSON.stringify(shorten(entry))}: ${reason}`);
    this.entry = entry;
    this.reason = reason;
    this.name = "UnsafeArchiveError";
  }
  entry;
  reason;
};
function shorten(name) {
  return name.length <= 200 ? name : `${name.slice(0, 200)}\u2026 (${name.length} characters)`;
}
var GIB = 1024 * 1024 * 1024;
var DEFAULT_MAX_BYTES = 4 * GIB;
var DEFAULT_MAX_ENTRIES = 25e4;
var MAX_PATH_BYTES = 4096;
var MAX_PATH_COMPONENTS = 256;
var MAX_META_BYTES = 1024 * 1024;
var MAX_LINK_HOPS = 40;
async function unpackArchive(file, destDir, opts = {}) {
  const dest = resolve7(destDir);
  await checkDestinationFree(dest);
  await mkdir5(dirname6(dest), { recursive: true });
  const tmp = join10(dirname6(dest), `.${basename3(dest)}.${randomBytes3(6).toString("hex")}.partial`);
  await mkdir5(tmp);
  try {
    const result = await extract(file, tmp, {
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      maxEntries: opts.maxEntries ?? DEFAULT_MAX_ENTRIES
    });
    await rmdir(dest).catch((err) => {
      if (err.code !== "ENOENT") throw err;
    });
    await rename3(tmp, dest);
    return result;
  } catch (err) {
    await rm4(tmp, { recursive: true, force: true });
    throw err;
  }
}
async function checkDestinationFree(dest) {
  try {
    if ((await readdir3(dest)).length > 0) {
      throw new Error(
        `Cannot unpack into ${dest}: it exists and is not empty. Unpack into a new directory.`
      );
    }
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
  }
}
async function extract(file, root, limits) {
  const gunzip = pipeline(
    createReadStream(file, { highWaterMark: 1024 * 1024 }),
    createGunzip({ chunkSize: 256 * 1024 }),
    () => void 0
  );
  const tree = new Tree(root);
  let current = "(archive)";
  const input = new StreamReader(gunzip, limits.maxBytes, () => {
    throw new UnsafeArchiveError(
      current,
      `the archive expands beyond ${limits.maxBytes} bytes (maxBytes); it may be a decompression bomb.`
    );
  });
  let files = 0;
  let bytes = 0;
  let entries = 0;
  let pending = {};
  try {
    for (; ; ) {
      const offset = input.offset;
      const block = await input.read(BLOCK_SIZE);
      if (block === null) {
        throw new UnsafeArchiveError(
          "(archive)",
          "it ends without an end-of-archive marker; it is truncated."
        );
      }
      if (isZeroBlock(block)) break;
      const h = decodeHeader(block, offset);
      const size = pending.size ?? h.size;
      const name = pending.path ?? h.name;
      current = name;
      if (isMetaType(h.type)) {
        if (size > MAX_META_BYTES) {
          throw new UnsafeArchiveError(
            name,
            `its extended header is ${size} bytes, over ${MAX_META_BYTES}.`
          );
        }
        const body = await input.readBody(size);
        pending = applyMeta(h, body, offset, pending);
        continue;
      }
      if (++entries > limits.maxEntries) {
        throw new UnsafeArchiveError(
          name,
          `the archive has more than ${limits.maxEntries} entries (maxEntries).`
        );
      }
      const entry = { ...h, name, size, linkName: pending.linkPath ?? h.linkName };
      pending = {};
      const path = entryPath(name);
      switch (entry.type) {
        case TarType.file:
        case TarType.oldFile:
        case TarType.contiguous: {
          if (path === "") throw new UnsafeArchiveError(name, "a file entry has an empty path.");
          if (size > limits.maxBytes - input.offset) {
            throw new UnsafeArchiveError(
              name,
              `it declares ${size} bytes, beyond maxBytes ${limits.maxBytes}.`
            );
          }
          await tree.writeFile(path, name, entry, input.chunks(size));
          files++;
          bytes += size;
          break;
        }
        case TarType.directory:
          if (path !== "") await tree.addDir(path, name);
          await input.skip(size);
          break;
        case TarType.symlink:
          if (path === "") throw new UnsafeArchiveError(name, "a symlink entry has an empty path.");
          tree.addSymlink(path, name, entry.linkName);
          await input.skip(size);
          break;
        case TarType.hardLink:
          await tree.addHardLink(path, name, entry.linkName);
          files++;
          await input.skip(size);
          break;
        case TarType.charDevice:
        case TarType.blockDevice:
        case TarType.fifo:
          throw new UnsafeArchiveError(name, "device and fifo entries are never extracted.");
        default:
          throw new UnsafeArchiveError(name, `entry type "${entry.type}" is not supported.`);
      }
      await input.skip(padding(size));
    }
    current = "(archive)";
    await input.drain();
    await tree.createSymlinks();
  } finally {
    gunzip.destroy();
  }
  return { files, bytes };
}
function isMetaType(type) {
  return type === TarType.paxLocal || type === TarType.paxGlobal || type === TarType.gnuLongName || type === TarType.gnuLongLink;
}
function applyMeta(h, body, offset, pending) {
  const next = { ...pending };
  if (h.type === TarType.gnuLongName) next.path = cString(body);
  else if (h.type === TarType.gnuLongLink) next.linkPath = cString(body);
  else if (h.type === TarType.paxLocal) {
    const records = parsePax(body, offset + BLOCK_SIZE);
    const path = records.get("path");
    const linkPath = records.get("linkpath");
    const size = records.get("size");
    if (path !== void 0) next.path = path;
    if (linkPath !== void 0) next.linkPath = linkPath;
    if (size !== void 0) {
      const n = Number(size);
      if (!/^\d+$/.test(size) || !Number.isSafeInteger(n)) {
        throw new UnsafeArchiveError(
          next.path ?? h.name,
          `PAX size "${size}" is not a valid size.`
        );
      }
      next.size = n;
    }
  } else parsePax(body, offset + BLOCK_SIZE);
  return next;
}
function cString(body) {
  const end = body.indexOf(0);
  return body.toString("utf8", 0, end === -1 ? body.length : end);
}
function entryPath(name) {
  checkPathSize(name, name, "path");
  if (name.includes("\0")) throw new UnsafeArchiveError(name, "its name contains a NUL byte.");
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) {
    throw new UnsafeArchiveError(name, "its path is absolute.");
  }
  if (name.includes("\\")) {
    throw new UnsafeArchiveError(name, "its path contains a backslash, a separator on Windows.");
  }
  const segments = name.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) {
    throw new UnsafeArchiveError(
      name,
      'its path has a ".." segment that could leave the destination.'
    );
  }
  return segments.join("/");
}
function checkPathSize(name, path, what) {
  const bytes = Buffer.byteLength(path, "utf8");
  if (bytes > MAX_PATH_BYTES) {
    throw new UnsafeArchiveError(
      name,
      `its ${what} is ${bytes} bytes long, over ${MAX_PATH_BYTES} (PATH_MAX).`
    );
  }
  let components = 1;
  for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) components++;
  if (components > MAX_PATH_COMPONENTS) {
    throw new UnsafeArchiveError(
      name,
      `its ${what} has ${components} components, over ${MAX_PATH_COMPONENTS}.`
    );
  }
}
var Tree = class {
  constructor(root) {
    this.root = root;
  }
  root;
  top = { kind: "dir", made: true };
  links = [];
  async addDir(path, name) {
    const chain = this.claim(path, name, "dir", true);
    const node = chain[chain.length - 1];
    if (node.made) return;
    await mkdir5(this.abs(path), { recursive: true });
    for (const n of chain) n.made = true;
  }
  async writeFile(path, name, h, data) {
    const chain = this.claim(path, name, "file");
    await this.ensureParent(path, chain);
    const flags = fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL | (fsc.O_NOFOLLOW ?? 0);
    const fh = await open(this.abs(path), flags, 384);
    try {
      for await (const chunk of data) {
        for (let off = 0; off < chunk.length; ) {
          off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
        }
      }
      await fh.chmod(h.mode & 73 ? 493 : 420);
      await fh.utimes(h.mtime, h.mtime);
    } finally {
      await fh.close();
    }
  }
  async addHardLink(path, name, target) {
    if (path === "") throw new UnsafeArchiveError(name, "a hard link entry has an empty path.");
    let targetPath;
    try {
      targetPath = entryPath(target);
    } catch (err) {
      if (!(err instanceof UnsafeArchiveError)) throw err;
      throw new UnsafeArchiveError(name, `hard link to "${shorten(target)}": ${err.reason}`);
    }
    if (this.lookup(targetPath)?.kind !== "file") {
      throw new UnsafeArchiveError(
        name,
        `hard link to "${shorten(target)}", which is not a regular file extracted earlier from this archive.`
      );
    }
    const chain = this.claim(path, name, "file");
    await this.ensureParent(path, chain);
    await link(this.abs(targetPath), this.abs(path));
  }
  /** Recorded now, created by createSymlinks() once every entry is known. */
  addSymlink(path, name, target) {
    if (target === "") throw new UnsafeArchiveError(name, "symlink with an empty target.");
    checkPathSize(name, target, "symlink target");
    if (target.startsWith("/") || /^[A-Za-z]:/.test(target)) {
      throw new UnsafeArchiveError(name, `symlink to the absolute path "${target}".`);
    }
    if (target.includes("\0"))
      throw new UnsafeArchiveError(name, "symlink target contains a NUL byte.");
    const chain = this.claim(path, name, "symlink");
    chain[chain.length - 1].target = target;
    this.links.push({ path, name, target, chain });
  }
  async createSymlinks() {
    for (const l of this.links) {
      const from = l.path.split("/").slice(0, -1);
      const outcome = this.resolve(from, l.target, { hops: MAX_LINK_HOPS });
      if (typeof outcome === "string") {
        throw new UnsafeArchiveError(l.name, `symlink to "${shorten(l.target)}" ${outcome}`);
      }
    }
    for (const l of this.links) {
      await this.ensureParent(l.path, l.chain);
      await symlink2(l.target, this.abs(l.path));
    }
  }
  /**
   * Resolve `target` from the directory `from` the way the kernel would, following the
   * archive's own symlinks. Returns the resolved segments, or why the target is refused.
   * Each step is one child lookup in the tree, so a resolution is linear in the segments read.
   */
  resolve(from, target, budget) {
    const at = [...from];
    const nodes = [this.top];
    for (const seg of at) nodes.push(nodes[nodes.length - 1]?.children?.get(seg));
    for (const seg of target.split("/")) {
      if (seg === "" || seg === ".") continue;
      if (seg === "..") {
        if (at.length === 0) return "leaves the destination directory.";
        at.pop();
        nodes.pop();
        continue;
      }
      const node = nodes[nodes.length - 1]?.children?.get(seg);
      if (node?.kind !== "symlink" || node.target === void 0) {
        at.push(seg);
        nodes.push(node);
        continue;
      }
      if (--budget.hops < 0) return "is part of a symlink loop.";
      if (node.target.startsWith("/")) return "goes through a symlink to an absolute path.";
      const resolved = this.resolve(at, node.target, budget);
      if (typeof resolved === "string") return resolved;
      at.splice(0, at.length, ...resolved);
      nodes.length = 1;
      for (const s of at) nodes.push(nodes[nodes.length - 1]?.children?.get(s));
    }
    return at;
  }
  /** The node at `path`, if the archive holds it. */
  lookup(path) {
    let node = this.top;
    for (const seg of path.split("/")) node = node?.children?.get(seg);
    return node;
  }
  /**
   * Record `path` as `kind`, refusing duplicates and parents that are not directories; returns
   * the nodes from the root to the path's own. `reuseDir`: a directory seen before is fine.
   */
  claim(path, name, kind, reuseDir = false) {
    const segments = path.split("/");
    const chain = [this.top];
    let node = this.top;
    for (let i = 0; i < segments.length - 1; i++) {
      const seg = segments[i];
      let child = node.children?.get(seg);
      if (child === void 0) {
        child = { kind: "dir" };
        (node.children ??= /* @__PURE__ */ new Map()).set(seg, child);
      } else if (child.kind !== "dir") {
        const parent = segments.slice(0, i + 1).join("/");
        throw new UnsafeArchiveError(
          name,
          `its parent "${shorten(parent)}" is a ${child.kind} in this archive.`
        );
      }
      chain.push(child);
      node = child;
    }
    const last = segments[segments.length - 1];
    const existing = node.children?.get(last);
    if (existing !== void 0) {
      if (reuseDir && kind === "dir" && existing.kind === "dir") {
        chain.push(existing);
        return chain;
      }
      throw new UnsafeArchiveError(
        name,
        `"${shorten(path)}" appears twice in the archive (as ${existing.kind} and ${kind}).`
      );
    }
    const own2 = { kind };
    (node.children ??= /* @__PURE__ */ new Map()).set(last, own2);
    chain.push(own2);
    return chain;
  }
  /** Make the parent directory of `path` (whose chain claim() returned) once. */
  async ensureParent(path, chain) {
    const parentNode = chain[chain.length - 2];
    if (parentNode.made) return;
    await mkdir5(this.abs(path.split("/").slice(0, -1).join("/")), { recursive: true });
    for (let i = 0; i < chain.length - 1; i++) chain[i].made = true;
  }
  abs(path) {
    return path === "" ? this.root : join10(this.root, ...path.split("/"));
  }
};
var StreamReader = class {
  constructor(source, limit, onLimit) {
    this.limit = limit;
    this.onLimit = onLimit;
    this.it = source[Symbol.asyncIterator]();
  }
  limit;
  onLimit;
  buf = Buffer.alloc(0);
  it;
  /** Decompressed bytes handed out so far. */
  offset = 0;
  pulled = 0;
  async more() {
    const r = await this.it.next();
    if (r.done) return false;
    this.pulled += r.value.length;
    if (this.pulled > this.limit) this.onLimit();
    this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value;
    return true;
  }
  /** Exactly `n` bytes, or null at a clean end of stream. */
  async read(n) {
    while (this.buf.length < n) {
      if (!await this.more()) {
        if (this.buf.length === 0) return null;
        throw new UnsafeArchiveError(
          "(archive)",
          `it ends in the middle of a block at byte ${this.offset}; it is truncated.`
        );
      }
    }
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    this.offset += n;
    return out;
  }
  /** An entry body read whole (only for small metadata bodies), padding skipped. */
  async readBody(size) {
    const body = size === 0 ? Buffer.alloc(0) : await this.read(size);
    if (body === null)
      throw new UnsafeArchiveError(
        "(archive)",
        "it ends inside an extended header; it is truncated."
      );
    await this.skip(padding(size));
    return Buffer.from(body);
  }
  /** Exactly `n` bytes in pieces as they arrive; throws if the stream ends first. */
  async *chunks(n) {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !await this.more()) {
        throw new UnsafeArchiveError(
          "(archive)",
          `it ends inside an entry at byte ${this.offset}; it is truncated.`
        );
      }
      const take = Math.min(left, this.buf.length);
      const out = this.buf.subarray(0, take);
      this.buf = this.buf.subarray(take);
      this.offset += take;
      left -= take;
      yield out;
    }
  }
  async skip(n) {
    for (let left = n; left > 0; ) {
      if (this.buf.length === 0 && !await this.more()) {
        throw new UnsafeArchiveError(
          "(archive)",
          `it ends inside an entry at byte ${this.offset}; it is truncated.`
        );
      }
      const take = Math.min(left, this.buf.length);
      this.buf = this.buf.subarray(take);
      this.offset += take;
      left -= take;
    }
  }
  /** Consume the rest of the stream (still counted against the limit). */
  async drain() {
    this.buf = Buffer.alloc(0);
    while (await this.more()) this.buf = Buffer.alloc(0);
  }
};

// src/platform/release-layout.ts
var RELEASES_DIR = "releases";
var CURRENT_LINK = "current";
var ARTIFACT_DIR = "artifact";
var DEB_FILE = "artifact.deb";
var RELEASE_RECORD = ".msdeploy-release.json";
var STAGING_PREFIX = ".staging-";
var TRASH_PREFIX = ".trash-";
var CURRENT_TMP_RE = /^current\.[0-9a-f]{12}\.tmp$/;
var RELEASE_NAME_RE = /^([0-9A-Za-z][0-9A-Za-z.+_-]{0,127})-([0-9a-f]{12})$/;
var CONFIG_FILE_RE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,127}$/;
function parseReleaseName(name) {
  const m = RELEASE_NAME_RE.exec(name);
  return m ? { version: m[1], config12: m[2] } : void 0;
}
function checkReleaseName(name) {
  if (parseReleaseName(name) === void 0) {
    throw new Error(
      `${JSON.stringify(name.slice(0, 200))} is not a release name (<version>-<12 hex of the config digest>).`
    );
  }
  return name;
}
async function prepareRelease(input) {
  if (!NAME_RE.test(input.service)) {
    throw new Error(
      `Service name ${JSON.stringify(input.service)} is not a service name (${NAME_PATTERN}).`
    );
  }
  if (!isDigest(input.artifactDigest)) {
    throw new Error(
      `Artifact digest ${JSON.stringify(input.artifactDigest)} is not sha256:<64 hex>.`
    );
  }
  if (!CONFIG_FILE_RE.test(input.configFile) || input.configFile === ARTIFACT_DIR) {
    throw new Error(
      `Config file name ${JSON.stringify(input.configFile)} is not a plain file name (letters, digits, . _ -, not starting with a dot, not "${ARTIFACT_DIR}").`
    );
  }
  const name = releaseName(input.version, input.configDigest);
  const serviceDir = resolve8(input.base, input.service);
  const releases = join11(serviceDir, RELEASES_DIR);
  const dir = join11(releases, name);
  await mkdir6(releases, { recursive: true, mode: 493 });
  await sweep(serviceDir);
  if (await existingRelease(dir, input)) return { serviceDir, name, dir, created: false };
  const staging = join11(releases, stagingName());
  await mkdir6(staging, { mode: 493 });
  try {
    if (input.kind === "deb") await copyFile4(input.archive, join11(staging, DEB_FILE));
    else await unpackArchive(input.archive, join11(staging, ARTIFACT_DIR), input.unpack);
    await writeFileAtomic(join11(staging, input.configFile), input.config, 384);
    const order = Math.max(-1, ...(await listReleases(serviceDir)).map((r) => r.order)) + 1;
    const record2 = {
      name,
      version: input.version,
      artifactDigest: input.artifactDigest,
      configDigest: input.configDigest,
      configFile: input.configFile,
      preparedAt: (/* @__PURE__ */ new Date()).toISOString(),
      order
    };
    await writeRecord(staging, record2);
    await syncDir(staging);
    try {
      await rename4(staging, dir);
    } catch (err) {
      const code = err.code;
      if ((code === "ENOTEMPTY" || code === "EEXIST") && await existingRelease(dir, input)) {
        await rm5(staging, { recursive: true, force: true });
        return { serviceDir, name, dir, created: false };
      }
      throw err;
    }
  } catch (err) {
    await rm5(staging, { recursive: true, force: true });
    throw err;
  }
  await syncDir(releases);
  return { serviceDir, name, dir, created: true };
}
async function existingRelease(dir, input) {
  const info = await lstat2(dir).catch((err) => {
    if (err.code === "ENOENT") return void 0;
    throw err;
  });
  if (info === void 0) return false;
  if (!info.isDirectory()) {
    throw new Error(`${dir} exists and is not a release directory: move it away and deploy again.`);
  }
  const record2 = await readRecord(dir);
  if (record2 === void 0) {
    throw new Error(
      `${dir} exists without a readable ${RELEASE_RECORD}: msdeploy did not make it. Move it away and deploy again.`
    );
  }
  if (record2.artifactDigest !== input.artifactDigest || record2.configDigest !== input.configDigest) {
    throw new Error(
      `Release ${record2.name} in ${dir} is artifact ${record2.artifactDigest} with config ${record2.configDigest}, not ${input.artifactDigest} with ${input.configDigest}: a release name never changes content. Remove the old release on purpose, or deploy a new version.`
    );
  }
  return true;
}
async function switchCurrent(serviceDir, name) {
  checkReleaseName(name);
  const dir = resolve8(serviceDir);
  const release2 = join11(dir, RELEASES_DIR, name);
  const info = await lstat2(release2).catch(() => void 0);
  if (!info?.isDirectory()) {
    throw new Error(
      `Cannot switch ${join11(dir, CURRENT_LINK)} to ${name}: ${release2} is not a release directory.`
    );
  }
  const previous = await currentRelease(dir);
  const tmp = join11(dir, `${CURRENT_LINK}.${randomBytes4(6).toString("hex")}.tmp`);
  await symlink3(`${RELEASES_DIR}/${name}`, tmp);
  try {
    await rename4(tmp, join11(dir, CURRENT_LINK));
  } catch (err) {
    await rm5(tmp, { force: true });
    if (err.code === "EISDIR") {
      throw new Error(
        `${join11(dir, CURRENT_LINK)} is a directory, not a symlink: msdeploy never replaces it. Move it away and deploy again.`
      );
    }
    throw err;
  }
  await syncDir(dir);
  const record2 = await readRecord(release2);
  if (record2 !== void 0) {
    const order = Math.max(-1, ...(await listReleases(dir)).map((r) => r.order)) + 1;
    await writeRecord(release2, { ...record2, deployedAt: (/* @__PURE__ */ new Date()).toISOString(), order });
  }
  return previous;
}
async function currentRelease(serviceDir) {
  const link2 = join11(resolve8(serviceDir), CURRENT_LINK);
  let target;
  try {
    target = await readlink2(link2);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") return void 0;
    if (code === "EINVAL") {
      throw new Error(
        `${link2} is not a symlink: msdeploy manages it as one. Move it away and deploy again.`
      );
    }
    throw err;
  }
  const prefix = `${RELEASES_DIR}/`;
  const name = target.startsWith(prefix) ? target.slice(prefix.length) : "";
  if (parseReleaseName(name) === void 0) {
    throw new Error(
      `${link2} points at ${JSON.stringify(target.slice(0, 200))}, not at a release inside ${RELEASES_DIR}/: it was changed by hand. Point it back at a release or deploy one.`
    );
  }
  return name;
}
async function listReleases(serviceDir) {
  const releases = join11(resolve8(serviceDir), RELEASES_DIR);
  const names = await readdir4(releases).catch((err) => {
    if (err.code === "ENOENT") return [];
    throw err;
  });
  const out = [];
  for (const name of names) {
    const parsed = parseReleaseName(name);
    if (parsed === void 0) continue;
    const info = await lstat2(join11(releases, name)).catch(() => void 0);
    if (!info?.isDirectory()) continue;
    const record2 = await readRecord(join11(releases, name));
    out.push({ name, version: parsed.version, record: record2, order: record2?.order ?? -1 });
  }
  return out.sort((a, b) => b.order - a.order || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}
async function prune(serviceDir, keep, protect = []) {
  if (!Number.isSafeInteger(keep) || keep < 1) {
    throw new Error(`keep must be a whole number \u2265 1, got ${keep}.`);
  }
  const dir = resolve8(serviceDir);
  const live2 = await currentRelease(dir);
  const spared = /* @__PURE__ */ new Set([...protect, ...live2 === void 0 ? [] : [live2]]);
  const removed = [];
  for (const release2 of (await listReleases(dir)).slice(keep)) {
    if (spared.has(release2.name)) continue;
    await removeTree(join11(dir, RELEASES_DIR), release2.name);
    removed.push(release2.name);
  }
  await sweep(dir);
  return removed;
}
async function sweep(serviceDir) {
  const releases = join11(serviceDir, RELEASES_DIR);
  const now = Date.now();
  for (const name of await readdir4(releases).catch(() => [])) {
    const path = join11(releases, name);
    if (name.startsWith(TRASH_PREFIX)) {
      await rm5(path, { recursive: true, force: true });
    } else if (name.startsWith(STAGING_PREFIX)) {
      const info = await lstat2(path).catch(() => void 0);
      if (info === void 0) continue;
      if (stagingOwnerGone(name) || now - info.mtimeMs > STALE_TEMP_MS) {
        await removeTree(releases, name);
      }
    }
  }
  for (const name of await readdir4(serviceDir).catch(() => [])) {
    if (!CURRENT_TMP_RE.test(name)) continue;
    const info = await lstat2(join11(serviceDir, name)).catch(() => void 0);
    if (info?.isSymbolicLink() && now - info.mtimeMs > STALE_TEMP_MS) {
      await rm5(join11(serviceDir, name), { force: true });
    }
  }
}
function stagingName() {
  return `${STAGING_PREFIX}${hostTag()}-${process.pid}-${randomBytes4(6).toString("hex")}`;
}
function hostTag() {
  return hostname2().replace(/[^0-9A-Za-z]+/g, "_").slice(0, 48) || "host";
}
function stagingOwnerGone(name) {
  const m = /^\.staging-(.*)-(\d+)-[0-9a-f]{12}$/.exec(name);
  if (!m || m[1] !== hostTag()) return false;
  const pid = Number(m[2]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return err.code === "ESRCH";
  }
}
async function removeTree(parent, name) {
  const trash = join11(parent, `${TRASH_PREFIX}${randomBytes4(6).toString("hex")}`);
  await rename4(join11(parent, name), trash);
  await rm5(trash, { recursive: true, force: true });
}
async function readRecord(releaseDir) {
  try {
    const record2 = JSON.parse(
      await readFile3(join11(releaseDir, RELEASE_RECORD), "utf8")
    );
    return typeof record2.order === "number" && isDigest(record2.artifactDigest) ? record2 : void 0;
  } catch {
    return void 0;
  }
}
async function writeRecord(releaseDir, record2) {
  await writeFileAtomic(
    join11(releaseDir, RELEASE_RECORD),
    JSON.stringify(record2, null, 2) + "\n",
    420
  );
}
async function writeFileAtomic(path, data, mode) {
  const tmp = `${path}.${randomBytes4(6).toString("hex")}.tmp`;
  const fh = await open2(tmp, fsc2.O_WRONLY | fsc2.O_CREAT | fsc2.O_EXCL | (fsc2.O_NOFOLLOW ?? 0), mode);
  try {
    await fh.chmod(mode);
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close();
    await rm5(tmp, { force: true });
    throw err;
  }
  await fh.close();
  await rename4(tmp, path);
}
async function syncDir(dir) {
  const fh = await open2(dir, fsc2.O_RDONLY);
  try {
    await fh.sync();
  } catch (err) {
    if (!["EINVAL", "EISDIR", "EBADF"].includes(err.code ?? ""))
      throw err;
  } finally {
    await fh.close();
  }
}

// src/platform/local-target.ts
async function exists2(file) {
  return access(file).then(
    () => true,
    () => false
  );
}
var CONFIG_FILE = "config.json";
var LocalTarget = class {
  /** `dpkgRoot`: where a `deb` release is installed when it goes live (the environment's `dpkg-root`). */
  constructor(base, dpkgRoot) {
    this.base = base;
    this.dpkgRoot = dpkgRoot;
  }
  base;
  dpkgRoot;
  name = "local";
  keepsReleases = true;
  async prepare(files) {
    if (files.kind === "deb" && this.dpkgRoot === void 0) {
      throw new Error(
        `${files.service} is a deb artifact: give the environment a \`dpkg-root\` to install it into, or deploy it with the command driver (dpkg -i "$MSDEPLOY_ARTIFACT").`
      );
    }
    const r = await prepareRelease({
      kind: files.kind,
      base: this.base,
      service: files.dir,
      version: files.version,
      artifactDigest: files.artifactDigest,
      configDigest: files.configDigest,
      archive: files.artifactFile,
      configFile: CONFIG_FILE,
      config: files.config
    });
    return { created: r.created };
  }
  current(dir) {
    return currentRelease(join12(this.base, dir));
  }
  async activate(dir, release2) {
    const previous = await switchCurrent(join12(this.base, dir), release2);
    const deb = join12(this.base, dir, RELEASES_DIR, release2, DEB_FILE);
    if (this.dpkgRoot !== void 0 && await exists2(deb)) await installDeb(this.dpkgRoot, deb);
    return previous;
  }
  async run(script, dir, env, timeoutMs) {
    const r = await runProcess("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], {
      cwd: join12(this.base, dir, CURRENT_LINK),
      env: buildEnvironment(parentEnvironment(), [], env),
      installHint: "bash",
      timeoutMs,
      reapGroup: true
    });
    return { exitCode: r.exitCode, tail: r.tail };
  }
  prune(dir, keep, protect) {
    return prune(join12(this.base, dir), keep, [...protect]);
  }
};

// src/platform/ssh-target.ts
import { randomBytes as randomBytes5 } from "node:crypto";
import { mkdtemp as mkdtemp3, rm as rm7, stat as stat5 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join14 } from "node:path";

// src/platform/ssh.ts
import { createReadStream as createReadStream2, existsSync } from "node:fs";
import { mkdtemp as mkdtemp2, rm as rm6, writeFile as writeFile5 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join13 } from "node:path";
import { Readable } from "node:stream";

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

// src/platform/ssh.ts
var SshHostKeyError = class extends MsdeployError {
};
var SshConnectionError = class extends MsdeployError {
};
var MASTER_IDLE_SECONDS = 15;
function usableControlPath(path) {
  return path.length <= 90 && /^\/[A-Za-z0-9_./-]+$/.test(path);
}
var SSH_FAILED = 255;
var NAME = /^[^\s@/'"\\-][^\s@/'"\\]*$/;
function validate(run) {
  const problems = [];
  if (!NAME.test(run.host)) problems.push(`host ${JSON.stringify(run.host)} is not a host name`);
  if (!NAME.test(run.user)) problems.push(`user ${JSON.stringify(run.user)} is not a user name`);
  if (!Number.isInteger(run.port) || run.port < 1 || run.port > 65535) {
    problems.push(`port ${run.port} is not a TCP port (1\u201365535)`);
  }
  if (run.knownHosts.some((l) => /[\r\n]/.test(l))) {
    problems.push("each known-hosts entry must be one line");
  }
  if (problems.length) {
    throw new MsdeployError(`Cannot run ssh: ${problems.join("; ")}.`);
  }
}
function where(run) {
  const key = run.port === 22 ? run.host : `[${run.host}]:${run.port}`;
  return `${run.user}@${run.host} port ${run.port} (known_hosts name ${key})`;
}
function sshArgs(run, knownHostsFile) {
  if (run.controlPath !== void 0 && !usableControlPath(run.controlPath)) {
    throw new MsdeployError(
      `Cannot share an ssh connection through ${run.controlPath}: not a plain short absolute path.`
    );
  }
  const options = [
    "BatchMode=yes",
    // never prompt for a password or passphrase: fail instead
    "StrictHostKeyChecking=yes",
    `UserKnownHostsFile=${knownHostsFile}`,
    // Only the entries given count, not whatever the machine's global file trusts.
    "GlobalKnownHostsFile=/dev/null",
    "UpdateHostKeys=no",
    // A shared master connection from ~/.ssh/config would skip the host key check: connect anew,
    // or through our own master (made by a run with these very options).
    ...run.controlPath === void 0 ? ["ControlMaster=no", "ControlPath=none"] : [
      "ControlMaster=auto",
      `ControlPath=${run.controlPath}`,
      `ControlPersist=${MASTER_IDLE_SECONDS}`
    ],
    // Artifacts are compressed already; a user's `Compression yes` would only burn CPU.
    "Compression=no",
    `ConnectTimeout=${run.connectTimeoutSeconds ?? 15}`,
    // A dead peer is noticed in ~45 s instead of when the overall timeout ends.
    "ServerAliveInterval=15",
    "ServerAliveCountMax=3",
    "LogLevel=ERROR",
    ...run.identityFile === void 0 ? [] : ["IdentitiesOnly=yes"]
  ];
  return [
    "-T",
    // no terminal: the script's stdin and output stay plain byte streams
    ...options.flatMap((o) => ["-o", o]),
    "-p",
    String(run.port),
    ...run.identityFile === void 0 ? [] : ["-i", run.identityFile],
    // `--`: nothing after it is an option, whatever the destination looks like.
    "--",
    `${run.user}@${run.host}`,
    run.payload === void 0 ? shellCommand(["sh", "-s", "--", ...run.args]) : shellCommand(["sh", "-c", run.script, "sh", ...run.args])
  ];
}
function classify(run, exitCode, timedOut, tail) {
  const detail = tail.slice(-10);
  if (timedOut) {
    throw new SshConnectionError(
      `ssh to ${where(run)} did not finish within ${Math.round(run.timeoutMs / 1e3)} s: ssh was killed (the remote command may still be running).`,
      { detail }
    );
  }
  if (exitCode !== SSH_FAILED) return;
  const text = tail.join("\n");
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED/.test(text)) {
    throw new SshHostKeyError(
      `The host key of ${where(run)} does not match its known-hosts entry: refusing to connect. Either someone is intercepting the connection or the host was re-keyed; check the key out of band and update the known-hosts entry.`,
      { detail }
    );
  }
  if (/host key is known for|Host key verification failed/.test(text)) {
    throw new SshHostKeyError(
      `No known-hosts entry matches ${where(run)}: refusing to connect (StrictHostKeyChecking=yes). Add the host's key line, checked out of band (e.g. ssh-keyscan from a trusted network), to the known hosts.`,
      { detail }
    );
  }
  const sshSaid = text.match(
    /^(ssh: .*|.*Permission denied \(.*|kex_exchange_identification: .*|Connection (closed|reset) by .*)$/m
  );
  if (sshSaid) {
    throw new SshConnectionError(`ssh to ${where(run)} failed: ${sshSaid[0].trim()}`, { detail });
  }
}
function payloadStream(parts) {
  return Readable.from(
    (async function* () {
      for (const part of parts) {
        if (Buffer.isBuffer(part)) yield part;
        else yield* createReadStream2(part.file);
      }
    })()
  );
}
async function runRemote(run) {
  validate(run);
  const dir = await mkdtemp2(join13(run.tempDir ?? tmpdir2(), "msdeploy-ssh-"));
  try {
    const knownHostsFile = join13(dir, "known_hosts");
    const lines = run.knownHosts.map((l) => l.trim()).filter((l) => l !== "");
    await writeFile5(knownHostsFile, lines.map((l) => l + "\n").join(""), { mode: 384 });
    const r = await runProcess("ssh", sshArgs(run, knownHostsFile), {
      cwd: dir,
      installHint: "openssh-client",
      timeoutMs: run.timeoutMs,
      collectStdout: true,
      onOutput: run.onOutput,
      // One compound command: the shell reads all of it before running any of it, so a dropped
      // connection never runs half a script, and a command reading stdin cannot eat the rest.
      input: run.payload === void 0 ? `{
${run.script}
}
` : payloadStream(run.payload)
    });
    classify(run, r.exitCode, r.timedOut, r.tail);
    return { exitCode: r.exitCode, stdout: r.stdout, tail: r.tail };
  } finally {
    await rm6(dir, { recursive: true, force: true });
  }
}
async function closeMaster(run) {
  if (!usableControlPath(run.controlPath) || !existsSync(run.controlPath)) return;
  await runProcess(
    "ssh",
    [
      "-o",
      `ControlPath=${run.controlPath}`,
      "-O",
      "exit",
      "-p",
      String(run.port),
      "--",
      `${run.user}@${run.host}`
    ],
    { cwd: tmpdir2(), installHint: "openssh-client", timeoutMs: 1e4 }
  );
}

// src/platform/ssh-target.ts
var SshTargetError = class extends MsdeployError {
  constructor(message, reason, detail = []) {
    super(message, { detail });
    this.reason = reason;
  }
  reason;
};
var FAILURES = {
  64: "bad-argument",
  65: "name-taken",
  66: "digest-mismatch",
  67: "unsafe-archive",
  68: "short-payload",
  69: "not-a-link",
  70: "not-a-release",
  71: "nothing-live"
};
var DIR_RE = /^[0-9A-Za-z][0-9A-Za-z._-]*(\/[0-9A-Za-z][0-9A-Za-z._-]*)*$/;
var CONFIG_FILE_RE2 = /^[0-9A-Za-z][0-9A-Za-z._-]{0,127}$/;
var ENV_NAME_RE = /^MSDEPLOY_[A-Z0-9_]+$/;
var PRELUDE = `set -eu
umask 022
export LC_ALL=C
rec=.msdeploy-release.json
die() { printf 'msdeploy: %s\\n' "$1" >&2; exit "\${2:-1}"; }
# readlink, keeping a trailing newline a name might end with ($() strips them).
link_of() { t=$(readlink -- "$1" && echo .) || return 1; printf '%s' "\${t%?.}"; }
is_release() {
  case $1 in
    *[!0-9A-Za-z.+_-]* | [!0-9A-Za-z]*) return 1 ;;
    *-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]) return 0 ;;
  esac
  return 1
}
check_base() {
  case $1 in /*) ;; *) die "base directory $1 is not absolute" 64 ;; esac
  case /$2/ in */../* | */./* | *//*) die "service directory $2 is not a plain relative path" 64 ;; esac
}
order_of() { sed -n 's/^  "order": \\([0-9][0-9]*\\),\\{0,1\\}$/\\1/p' "$1" | head -n 1; }
# Deploy order: one more than any release's record says (a counter, not a clock).
next_order() {
  max=-1
  for r in "$1"/*/"$rec"; do
    [ -f "$r" ] || continue
    o=$(order_of "$r")
    if [ -n "$o" ] && [ "$o" -gt "$max" ]; then max=$o; fi
  done
  echo $((max + 1))
}
now() { date -u +%Y-%m-%dT%H:%M:%S.%3NZ; }
# sha256:<hex> of a file: openssl where the host has it (it uses the CPU's SHA extensions: a
# third of sha256sum's CPU time on 100 MiB), else sha256sum. A wrong sum can only refuse.
sha256_of() {
  sum=
  if command -v openssl >/dev/null 2>&1; then sum=$(openssl dgst -sha256 -r <"$1" 2>/dev/null) || sum=; fi
  [ -n "$sum" ] || sum=$(sha256sum <"$1")
  printf 'sha256:%s' "\${sum%% *}"
}
`;
var PREPARE = `${PRELUDE}
base=$1 dir=$2 name=$3 version=$4 adig=$5 cdig=$6 cfile=$7 csize=$8 asize=$9
shift 9
tag=$1
check_base "$base" "$dir"
is_release "$name" || die "$name is not a release name" 64
case $version$cfile$tag in *[!0-9A-Za-z.+_-]*) die "bad version, config file or tag" 64 ;; esac
case \${adig#sha256:}\${cdig#sha256:} in *[!0-9a-f]*) die "bad digest" 64 ;; esac
[ \${#adig} -eq 71 ] && [ \${#cdig} -eq 71 ] || die "bad digest" 64
svc=$base/$dir
rel=$svc/releases
mkdir -p -- "$rel"
# What killed deployers left: trash, and staging directories and links older than 15 min.
find "$rel" -mindepth 1 -maxdepth 1 \\( -name '.trash-*' -o -name '.staging-*' -mmin +15 \\) \\
  -exec rm -rf -- {} + 2>/dev/null || :
find "$svc" -mindepth 1 -maxdepth 1 -type l -name 'current.*.tmp' -mmin +15 \\
  -exec rm -f -- {} + 2>/dev/null || :

# A release only ever appears complete: if the name exists it must be this very release.
existing() {
  if [ ! -d "$rel/$name" ] || [ -L "$rel/$name" ]; then
    die "$rel/$name exists and is not a release directory: move it away and deploy again." 65
  fi
  [ -f "$rel/$name/$rec" ] ||
    die "$rel/$name exists without a readable $rec: msdeploy did not make it. Move it away and deploy again." 65
  if ! grep -qxF "  \\"artifactDigest\\": \\"$adig\\"," "$rel/$name/$rec" ||
    ! grep -qxF "  \\"configDigest\\": \\"$cdig\\"," "$rel/$name/$rec"; then
    die "release $name in $rel is not artifact $adig with config $cdig: a release name never changes content. Remove the old release on purpose, or deploy a new version." 65
  fi
}
if [ -e "$rel/$name" ] || [ -L "$rel/$name" ]; then
  existing
  echo exists
  exit 0
fi

stg=$rel/.staging-$tag
mkdir -- "$stg"
trap 'rm -rf -- "$stg"' EXIT
trap 'exit 1' HUP INT TERM PIPE

# The config holds secrets: 0600 from its first byte.
umask 077
head -c "$csize" >"$stg/$cfile"
umask 022
[ "$(wc -c <"$stg/$cfile")" -eq "$csize" ] ||
  die "the connection ended before the whole config arrived" 68
tgz=$stg/.artifact.tar.gz
head -c "$asize" >"$tgz"
[ "$(wc -c <"$tgz")" -eq "$asize" ] ||
  die "the connection ended before the whole artifact arrived ($(wc -c <"$tgz") of $asize bytes)" 68
sum=$(sha256_of "$tgz")
[ "$sum" = "$adig" ] ||
  die "the artifact that arrived is $sum, not $adig: refusing to unpack it (changed in transit or on this host)" 66

# Decompressed once, verified bytes only: tar lists a plain tar by seeking past the contents, so
# the three listings below and the extraction cost one gunzip, not four (on 100 MiB, ~1 s of CPU
# per host saved).
tarf=$stg/.artifact.tar
gzip -dc <"$tgz" >"$tarf" 2>/dev/null || die "the artifact is not a readable tar.gz" 67
rm -f -- "$tgz"
# Refuse before extracting: names are listed one per line (tar escapes newlines in them).
tar -tPf "$tarf" >"$stg/.names" 2>/dev/null || die "the artifact is not a readable tar.gz" 67
bad=$(grep -m 1 -e '^/' -e '^\\.\\.$' -e '^\\.\\./' -e '/\\.\\.$' -e '/\\.\\./' "$stg/.names" || :)
[ -z "$bad" ] || die "refusing to unpack: entry $bad is an absolute path or has a .. component" 67
bad=$(tar -tvf "$tarf" 2>/dev/null | grep -m 1 -v '^[-dlh]' || :)
[ -z "$bad" ] || die "refusing to unpack: entry '$bad' is not a file, directory or link" 67
# tar would strip a hard link target's leading / or ../ and carry on: refuse it instead (-P lists
# targets as the archive spells them). Matching the whole line may refuse an odd name too, but
# never lets a bad target through.
bad=$(tar -tvPf "$tarf" 2>/dev/null | grep -m 1 -e '^h.* link to /' -e '^h.*[ /]\\.\\./' -e '^h.*[ /]\\.\\.$' || :)
[ -z "$bad" ] || die "refusing to unpack: hard link '$bad' has an absolute target or one with a .. component" 67
mkdir -- "$stg/artifact"
# GNU tar creates a symlink that points out (absolute, or with ..) only at the end, after every
# file, so nothing is written through one; owners and modes are ours, not the archive's.
tar -xf "$tarf" -C "$stg/artifact" --no-same-owner --no-same-permissions 2>"$stg/.tar-errors" ||
  die "refusing to unpack: tar said: $(head -c 600 "$stg/.tar-errors")" 67
# Every symlink must resolve, as the kernel would, inside artifact/.
art=$(cd -- "$stg/artifact" && pwd -P)
find "$stg/artifact" -type l -exec sh -c '
  art=$1
  shift
  for l do
    t=$(readlink -- "$l" && echo .) || exit 1
    t=\${t%?.}
    case $t in /*)
      printf "msdeploy: refusing to unpack: symlink %s points at the absolute path %s\\n" "\${l#*/artifact/}" "$t" >&2
      exit 1 ;;
    esac
    r=$(realpath -m -- "$l" && echo .) || {
      printf "msdeploy: refusing to unpack: symlink %s does not resolve\\n" "\${l#*/artifact/}" >&2
      exit 1
    }
    r=\${r%?.}
    case $r in "$art" | "$art"/*) ;; *)
      printf "msdeploy: refusing to unpack: symlink %s -> %s points outside the artifact\\n" "\${l#*/artifact/}" "$t" >&2
      exit 1 ;;
    esac
  done' sh "$art" {} + || exit 67
rm -f -- "$tarf" "$stg/.names" "$stg/.tar-errors"

order=$(next_order "$rel")
printf '{\\n  "name": "%s",\\n  "version": "%s",\\n  "artifactDigest": "%s",\\n  "configDigest": "%s",\\n  "configFile": "%s",\\n  "preparedAt": "%s",\\n  "order": %s\\n}\\n' \\
  "$name" "$version" "$adig" "$cdig" "$cfile" "$(now)" "$order" >"$stg/$rec"
sync -- "$stg/$cfile" "$stg/$rec" 2>/dev/null || :
if ! mv -T -- "$stg" "$rel/$name" 2>/dev/null; then
  [ -e "$rel/$name" ] || die "cannot rename $stg to $rel/$name"
  existing # another preparer of this release finished first: theirs is complete
  echo exists
  exit 0
fi
trap - EXIT
sync -f -- "$rel" 2>/dev/null || :
echo created
`;
var CURRENT = `${PRELUDE}
check_base "$1" "$2"
l=$1/$2/current
if [ -L "$l" ]; then
  link_of "$l"
elif [ -e "$l" ]; then
  die "$l is not a symlink: msdeploy manages it as one. Move it away and deploy again." 69
fi
`;
var ACTIVATE = `${PRELUDE}
base=$1 dir=$2 name=$3 tag=$4
check_base "$base" "$dir"
is_release "$name" || die "$name is not a release name" 64
case $tag in *[!0-9a-f]*) die "bad tag" 64 ;; esac
svc=$base/$dir
rd=$svc/releases/$name
l=$svc/current
if [ ! -d "$rd" ] || [ -L "$rd" ]; then
  die "cannot switch $l to $name: $rd is not a release directory" 70
fi
prev=
if [ -L "$l" ]; then
  prev=$(link_of "$l" && echo .)
  prev=\${prev%.}
  # Checked before the switch, as the local driver does: a hand-made link is not replaced.
  case $prev in releases/*) ;; *) prev=/ ;; esac
  is_release "\${prev#releases/}" ||
    die "$l points elsewhere than a release inside releases/: it was changed by hand. Point it back at a release or deploy one." 69
elif [ -e "$l" ]; then
  die "$l is not a symlink: msdeploy manages it as one. Move it away and deploy again." 69
fi
tmp=$svc/current.$tag.tmp
# Relative, like the local driver's; renamed over the old link, so readers never see none.
ln -s -- "releases/$name" "$tmp"
if ! mv -T -- "$tmp" "$l"; then
  rm -f -- "$tmp"
  die "cannot rename $tmp over $l" 69
fi
sync -f -- "$svc" 2>/dev/null || :
# After the switch: a kill before this only leaves the order one deploy behind.
r=$rd/$rec
if [ -f "$r" ]; then
  field() { sed -n 's/^  "'"$1"'": "\\([^"]*\\)",\\{0,1\\}$/\\1/p' "$r" | head -n 1; }
  order=$(next_order "$svc/releases")
  printf '{\\n  "name": "%s",\\n  "version": "%s",\\n  "artifactDigest": "%s",\\n  "configDigest": "%s",\\n  "configFile": "%s",\\n  "preparedAt": "%s",\\n  "deployedAt": "%s",\\n  "order": %s\\n}\\n' \\
    "$(field name)" "$(field version)" "$(field artifactDigest)" "$(field configDigest)" \\
    "$(field configFile)" "$(field preparedAt)" "$(now)" "$order" >"$r.$tag.tmp"
  mv -f -- "$r.$tag.tmp" "$r"
fi
printf '%s' "$prev"
`;
var RUN = `${PRELUDE}
base=$1 dir=$2 secs=$3 script=$4
shift 4
check_base "$base" "$dir"
case $secs in '' | *[!0-9]*) die "bad timeout" 64 ;; esac
for kv do
  case $kv in MSDEPLOY_*=*) ;; *) die "only MSDEPLOY_* variables may be passed" 64 ;; esac
  case \${kv%%=*} in *[!A-Z0-9_]*) die "bad variable name" 64 ;; esac
done
cd -- "$base/$dir/current" 2>/dev/null ||
  die "$base/$dir/current does not lead to a release: nothing is deployed there yet" 71
command -v bash >/dev/null 2>&1 || die "bash is not installed on this host: the manifest's scripts run with bash" 127
echo ready
# --verbose: when the time is up, timeout says so (exit 124 alone could be the script's own).
exec timeout --verbose -k 5 "$secs" env -i PATH="\${PATH:-/usr/local/bin:/usr/bin:/bin}" HOME="\${HOME:-/}" \\
  USER="\${USER:-}" LOGNAME="\${LOGNAME:-}" LANG=C.UTF-8 "$@" bash -c "$script" msdeploy 1>&2
`;
var PRUNE = `${PRELUDE}
base=$1 dir=$2 keep=$3 tag=$4
shift 4
check_base "$base" "$dir"
case $keep in '' | *[!0-9]* | 0) die "bad keep" 64 ;; esac
case $tag in *[!0-9a-f]*) die "bad tag" 64 ;; esac
svc=$base/$dir
rel=$svc/releases
live=
if [ -L "$svc/current" ]; then
  live=$(link_of "$svc/current")
  live=\${live#releases/}
elif [ -e "$svc/current" ]; then
  die "$svc/current is not a symlink: msdeploy manages it as one. Move it away and deploy again." 69
fi
# Newest deploy first; a release without a record (msdeploy did not finish it) sorts last.
names=$(
  for d in "$rel"/*; do
    n=\${d##*/}
    is_release "$n" || continue
    if [ ! -d "$d" ] || [ -L "$d" ]; then continue; fi
    o=
    if [ -f "$d/$rec" ]; then o=$(order_of "$d/$rec"); fi
    printf '%s %s\\n' "\${o:--1}" "$n"
  done | sort -k1,1nr -k2,2r | cut -d ' ' -f 2
)
i=0
# Release names hold no blanks or glob characters: splitting the list is safe.
for n in $names; do
  i=$((i + 1))
  if [ "$i" -le "$keep" ] || [ "$n" = "$live" ]; then continue; fi
  for p do
    if [ "$n" = "$p" ]; then continue 2; fi
  done
  # Renamed away first: a kill mid-delete never leaves a partial tree under a release name.
  mv -T -- "$rel/$n" "$rel/.trash-$tag-$i"
  rm -rf -- "$rel/.trash-$tag-$i"
  printf '%s\\n' "$n"
done
`;
var SshTarget = class {
  constructor(opts) {
    this.opts = opts;
    this.name = opts.host.name;
    this.configFile = opts.configFile ?? "config.yml";
    if (!opts.base.startsWith("/") || /[\r\n]/.test(opts.base)) {
      throw new MsdeployError(
        `Host ${this.name}: base directory ${JSON.stringify(opts.base)} must be an absolute path on one line.`
      );
    }
    if (!CONFIG_FILE_RE2.test(this.configFile) || this.configFile === "artifact") {
      throw new MsdeployError(
        `Config file name ${JSON.stringify(this.configFile)} is not a plain file name (letters, digits, . _ -, not starting with a dot, not "artifact").`
      );
    }
  }
  opts;
  name;
  configFile;
  /** The private directory of this target's shared connection, made on first use. */
  connectionDir;
  async prepare(files) {
    const dir = checkDir(files.dir);
    if (!isDigest(files.artifactDigest)) {
      throw new MsdeployError(
        `Artifact digest ${JSON.stringify(files.artifactDigest)} is not sha256:<64 hex>.`
      );
    }
    if (files.kind !== "archive") {
      throw new MsdeployError(
        `Host ${this.name}: the ssh driver unpacks archive artifacts; a ${files.kind} artifact is installed by the command driver.`
      );
    }
    const name = releaseName(files.version, files.configDigest);
    if (name !== files.release) {
      throw new MsdeployError(
        `Release ${JSON.stringify(files.release)} does not match version ${files.version} and config ${files.configDigest} (expected ${name}).`
      );
    }
    const config = Buffer.from(files.config, "utf8");
    const { size } = await stat5(files.artifactFile);
    const r = await this.remote(
      PREPARE,
      [
        this.opts.base,
        dir,
        name,
        files.version,
        files.artifactDigest,
        files.configDigest,
        this.configFile,
        String(config.length),
        String(size),
        tag()
      ],
      this.opts.prepareTimeoutMs ?? 6e5,
      [config, { file: files.artifactFile }]
    );
    this.check(r, `prepare release ${name} in ${dir}`);
    const said = r.stdout.toString("utf8").trim();
    if (said !== "created" && said !== "exists") {
      throw new SshTargetError(
        `Host ${this.name}: preparing ${name} ended without saying so (${JSON.stringify(said.slice(0, 200))}).`,
        "failed",
        r.tail
      );
    }
    return { created: said === "created" };
  }
  async current(dir) {
    const r = await this.remote(CURRENT, [this.opts.base, checkDir(dir)]);
    this.check(r, `read ${dir}/current`);
    return this.releaseOf(r.stdout.toString("utf8"), dir);
  }
  keepsReleases = true;
  async activate(dir, release2) {
    if (parseReleaseName(release2) === void 0) {
      throw new MsdeployError(`${JSON.stringify(release2.slice(0, 200))} is not a release name.`);
    }
    const r = await this.remote(ACTIVATE, [this.opts.base, checkDir(dir), release2, tag()]);
    this.check(r, `switch ${dir}/current to ${release2}`);
    return this.releaseOf(r.stdout.toString("utf8"), dir);
  }
  async run(script, dir, env, timeoutMs) {
    const pairs = Object.entries(env).map(([k, v]) => {
      if (!ENV_NAME_RE.test(k)) {
        throw new MsdeployError(
          `Environment variable ${JSON.stringify(k)} cannot be passed to a host: only MSDEPLOY_[A-Z0-9_]+ names are.`
        );
      }
      return `${k}=${v}`;
    });
    const seconds = Math.max(1, Math.ceil(timeoutMs / 1e3));
    const r = await this.remote(
      RUN,
      [this.opts.base, checkDir(dir), String(seconds), script, ...pairs],
      seconds * 1e3 + (this.opts.stepTimeoutMs ?? 6e4)
    );
    if (r.stdout.toString("utf8") !== "ready\n") {
      this.check(r, `run a script in ${dir}`);
      throw new SshTargetError(
        `Host ${this.name}: the script in ${dir} did not start.`,
        "failed",
        r.tail
      );
    }
    return { exitCode: r.exitCode, tail: r.tail };
  }
  async prune(dir, keep, protect) {
    if (!Number.isSafeInteger(keep) || keep < 1) {
      throw new MsdeployError(`keep must be a whole number \u2265 1, got ${keep}.`);
    }
    const r = await this.remote(PRUNE, [
      this.opts.base,
      checkDir(dir),
      String(keep),
      tag(),
      ...protect
    ]);
    this.check(r, `prune ${dir}`);
    return r.stdout.toString("utf8").split("\n").filter((l) => l !== "");
  }
  /**
   * Ends the connection this target's steps share (it would otherwise idle out after
   * MASTER_IDLE_SECONDS). The target stays usable: a later step connects anew.
   */
  async close() {
    const dir = this.connectionDir;
    if (dir === void 0) return;
    this.connectionDir = void 0;
    const { host } = this.opts;
    const controlPath = join14(await dir, "c");
    try {
      await closeMaster({ host: host.address, port: host.port, user: host.user, controlPath });
    } finally {
      await rm7(await dir, { recursive: true, force: true });
    }
  }
  /** Where this target's shared connection listens; undefined where ssh could not use the path. */
  async controlPath() {
    this.connectionDir ??= mkdtemp3(join14(this.opts.tempDir ?? tmpdir3(), "msdeploy-mux-"));
    const path = join14(await this.connectionDir, "c");
    return usableControlPath(path) ? path : void 0;
  }
  async remote(script, args, timeoutMs = this.opts.stepTimeoutMs ?? 6e4, payload) {
    const { host } = this.opts;
    const controlPath = await this.controlPath();
    return runRemote({
      host: host.address,
      port: host.port,
      user: host.user,
      knownHosts: host.knownHosts,
      identityFile: this.opts.identityFile,
      script,
      args,
      timeoutMs,
      connectTimeoutSeconds: this.opts.connectTimeoutSeconds,
      tempDir: this.opts.tempDir,
      onOutput: this.opts.onOutput,
      payload,
      ...controlPath !== void 0 && { controlPath }
    });
  }
  /** A non-zero exit of a step is a refusal or failure, worded by the script itself. */
  check(r, what) {
    if (r.exitCode === 0) return;
    const said = r.tail.filter((l) => l.startsWith("msdeploy: ")).map((l) => l.slice(10));
    const reason = FAILURES[r.exitCode] ?? "failed";
    const why = said.length ? said.join("; ") : `exit ${r.exitCode}: ${r.tail.slice(-3).join(" ")}`;
    throw new SshTargetError(`Host ${this.name}: cannot ${what}: ${why}`, reason, r.tail);
  }
  /** `releases/<name>` as the scripts print it, validated; empty is "no current yet". */
  releaseOf(target, dir) {
    if (target === "") return void 0;
    const name = target.startsWith("releases/") ? target.slice("releases/".length) : "";
    if (parseReleaseName(name) === void 0) {
      throw new SshTargetError(
        `Host ${this.name}: ${this.opts.base}/${dir}/current points at ${JSON.stringify(target.slice(0, 200))}, not at a release inside releases/: it was changed by hand. Point it back at a release or deploy one.`,
        "not-a-link"
      );
    }
    return name;
  }
};
function checkDir(dir) {
  if (!DIR_RE.test(dir) || dir.split("/").some((c) => c === "." || c === "..")) {
    throw new MsdeployError(
      `Service directory ${JSON.stringify(dir.slice(0, 200))} is not a plain relative path (letters, digits, . _ - components).`
    );
  }
  return dir;
}
function tag() {
  return randomBytes5(6).toString("hex");
}

// src/app/ledger-write.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/core/report/value-stream.ts
function serviceStatus(state, service) {
  const listed = service.stages.map((s) => s.name);
  const extra = Object.keys(serviceState(state, service.name).stages).filter((s) => !listed.includes(s)).sort();
  const specs = new Map(service.stages.map((s) => [s.name, s]));
  return {
    service: service.name,
    stages: [...listed, ...extra].map((name) => {
      const st = stageState(state, service.name, name);
      const spec = specs.get(name);
      return {
        stage: name,
        version: st.version,
        digest: st.digest,
        since: st.since,
        by: st.by,
        held: st.held !== null,
        ...st.held && { hold: { by: st.held.by, at: st.held.at, reason: st.held.reason } },
        ...spec?.environment !== void 0 && { environment: spec.environment },
        promote: spec?.promote ?? "auto"
      };
    })
  };
}
var short2 = (digest) => digest === null ? "" : digest.slice(0, "sha256:".length + 12);
var when = (iso) => iso === null ? "" : iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, "Z");
function statusText(statuses) {
  const out = [];
  for (const s of statuses) {
    out.push(s.service);
    const rows = s.stages.map((st) => [
      st.stage,
      st.version ?? "\u2014",
      short2(st.digest),
      when(st.since),
      st.by ?? "",
      st.held ? `HELD by ${st.hold.by}: ${st.hold.reason}` : ""
    ]);
    const cells = rows.map((r) => r.map(terminalSafe));
    const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...cells.map((r) => r[i].length), 0));
    for (const r of cells) {
      const line = r.map((c, i) => i < 5 ? c.padEnd(widths[i]) : c).join("  ");
      out.push(`  ${line.trimEnd()}`);
    }
  }
  return out.join("\n") + "\n";
}
function terminalSafe(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
function valueStreamTable(s) {
  return table(
    ["Stage", "Version", "Digest", "Since", "By", ""],
    s.stages.map((st) => [
      `${md(st.stage)}${st.promote === "manual" ? " (manual)" : ""}`,
      st.version === null ? "\u2014" : md(st.version),
      st.digest === null ? "" : `<code>${md(short2(st.digest))}</code>`,
      md(when(st.since)),
      st.by === null ? "" : md(st.by),
      st.held ? `\u23F8 held by ${md(st.hold.by)}: ${md(st.hold.reason)}` : ""
    ])
  );
}
function ledgerReadme(state, services, last) {
  const known = new Set(Object.keys(state.services));
  const listed = services.filter((s) => known.has(s.name));
  const others = [...known].filter((n) => !listed.some((s) => s.name === n)).sort().map((name) => ({ name, path: ".", patterns: [], dependsOn: [], stages: [] }));
  const parts = [
    "# msdeploy ledger",
    "",
    "Where every service's artifacts stand, stage by stage. Each commit on this ref is one record (its message carries it as JSON); `state.json` is the whole state after it. Written by msdeploy: do not edit by hand.",
    "",
    `Record ${last.seq}: ${md(last.kind)} ${md(last.service)} at ${md(last.at)} by ${md(last.actor)}.`
  ];
  for (const s of [...listed, ...others]) {
    parts.push("", `## ${md(s.name)}`, "", valueStreamTable(serviceStatus(state, s)));
  }
  return parts.join("\n") + "\n";
}

// src/app/ledger-write.ts
var MAX_LEDGER_ATTEMPTS = 20;
async function appendWithRetry(ctx, service, identity, decide, reason) {
  for (let attempt = 1; attempt <= MAX_LEDGER_ATTEMPTS; attempt++) {
    const snapshot = await ctx.ledger.read();
    const origin = {
      at: (/* @__PURE__ */ new Date()).toISOString(),
      reason: reason?.trim() ? reason : null,
      run: ctx.run.runUrl ?? null
    };
    const decision = await decide(snapshot, origin);
    if (decision.kind === "noop") {
      return {
        changed: false,
        message: decision.message,
        ...snapshot.commit && { commit: snapshot.commit },
        state: snapshot.state,
        status: serviceStatus(snapshot.state, service),
        attempts: attempt
      };
    }
    const { record: record2 } = decision;
    const state = applyRecord(snapshot.state, record2);
    const files = {
      state: serializeState(state),
      readme: ledgerReadme(state, ctx.manifest.services, record2)
    };
    const written = await ctx.ledger.append(snapshot, record2, files, identity);
    if (written.appended) {
      return {
        changed: true,
        record: record2,
        message: `Recorded ${record2.kind} ${record2.service}${record2.stage ? ` ${record2.stage}` : ""} as ledger record ${record2.seq} (${written.commit.slice(0, 12)}).`,
        commit: written.commit,
        state,
        status: serviceStatus(state, service),
        attempts: attempt
      };
    }
    ctx.logger.info(`The ledger moved while writing (attempt ${attempt}); reading it again.`);
    await sleep(Math.random() * Math.min(3e3, 50 * 2 ** attempt));
  }
  throw new MsdeployError(
    `The ledger ${ctx.ledger.ref} kept moving: gave up after ${MAX_LEDGER_ATTEMPTS} attempts, nothing was written. Run it again.`
  );
}

// src/app/deploy-steps.ts
var START_TIMEOUT_MS = 10 * 60 * 1e3;
var DEFAULT_LEASE_SECONDS = 15 * 60;
async function closeLease(ctx, env, service, writer, leaseSeq, outcome, reason) {
  await appendWithRetry(
    ctx,
    service,
    writer.identity,
    (snap, origin) => Promise.resolve(
      decideDeployEnd(snap.state, env, service.name, leaseSeq, outcome, {
        ...origin,
        actor: writer.actor
      })
    ),
    reason
  );
}
async function goLive(t, report, env, p, release2, stepName = "switch") {
  try {
    const scriptEnv = releaseEnv(env, p, release2);
    await step(report, stepName, async () => {
      await t.activate(p.dir, release2.release, scriptEnv);
      return t.keepsReleases ? `current \u2192 ${release2.release}` : `run \u2192 ${release2.release}`;
    });
    return await startAndCheck(t, report, env, p, scriptEnv);
  } catch (e) {
    return `${t.name}: ${e.message}`;
  }
}
async function abandon(close, outcome, why, mirror, logger) {
  await close(outcome, why).catch(
    (err) => logger.error(`Closing the deploy lease failed too: ${err.message}`)
  );
  await mirror.finish({ ok: false, description: why });
}
async function startAndCheck(t, report, env, p, scriptEnv) {
  const start = p.start ?? env.start;
  const health = p.health ?? env.health;
  if (start !== void 0) {
    const began2 = Date.now();
    const r = await t.run(start, p.dir, scriptEnv, START_TIMEOUT_MS);
    report.steps.push({
      step: "start",
      ok: r.exitCode === 0,
      detail: r.exitCode === 0 ? "started" : `exit ${r.exitCode}: ${r.tail.at(-1) ?? ""}`,
      ms: Date.now() - began2
    });
    if (r.exitCode !== 0) return `the start script exited ${r.exitCode}`;
  }
  if (health === void 0) return void 0;
  const began = Date.now();
  const host = addressOf(env, t);
  const h = await checkHealth(health, {
    ...p.port !== void 0 && { port: p.port },
    ...host !== void 0 && { host },
    run: (script, timeoutMs) => t.run(script, p.dir, scriptEnv, timeoutMs)
  });
  report.steps.push({
    step: "health",
    ok: h.healthy,
    detail: `${h.last} after ${h.tries} tries`,
    ms: Date.now() - began
  });
  return h.healthy ? void 0 : `unhealthy: ${h.last}`;
}
var LEASE_POLL_MS = 2e3;
async function takeLease(ctx, env, service, writer, request, logger) {
  const deadline = Date.now() + request.waitSeconds * 1e3;
  const holder = ctx.run.runUrl === void 0 ? thisProcessHolder() : void 0;
  for (; ; ) {
    try {
      return await appendWithRetry(
        ctx,
        service,
        writer.identity,
        (snap, origin) => Promise.resolve(
          decideDeployStart(
            snap.state,
            env,
            service.name,
            request.target,
            { ...origin, actor: writer.actor },
            request.leaseSeconds,
            holder
          )
        ),
        request.reason
      );
    } catch (e) {
      if (!(e instanceof LeaseHeld)) throw e;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw request.waitSeconds > 0 ? new LeaseHeld(`${e.message} (waited ${request.waitSeconds} s)`) : e;
      }
      logger.info(`${e.message} Waiting (${Math.ceil(left / 1e3)} s left).`);
      await sleep2(Math.min(LEASE_POLL_MS, left));
    }
  }
}
async function step(report, name, action) {
  const began = Date.now();
  try {
    const detail = await action();
    report.steps.push({ step: name, ok: true, detail, ms: Date.now() - began });
  } catch (e) {
    report.steps.push({
      step: name,
      ok: false,
      detail: e.message,
      ms: Date.now() - began
    });
    throw e;
  }
}
function releaseEnv(env, p, t) {
  return {
    MSDEPLOY_SERVICE: p.service,
    MSDEPLOY_ENVIRONMENT: env.name,
    MSDEPLOY_VERSION: t.version,
    ...t.digest !== void 0 && { MSDEPLOY_DIGEST: t.digest },
    ...t.config !== void 0 && { MSDEPLOY_CONFIG_DIGEST: t.config },
    MSDEPLOY_RELEASE: t.release,
    ...p.port !== void 0 && { MSDEPLOY_PORT: String(p.port) },
    ...p.unit !== void 0 && { MSDEPLOY_UNIT: p.unit }
  };
}
async function openTargets(env, placement, ctx, make = defaultTargets) {
  const { sshKey, ...rest } = ctx;
  if (!sshKey) return make(env, placement, rest);
  ctx.logger.mask?.(sshKey);
  const file = join15(ctx.work, "ssh-key");
  await writeFile6(file, sshKey.endsWith("\n") ? sshKey : `${sshKey}
`, { mode: 384 });
  return make(env, placement, { ...rest, identityFile: file });
}
function defaultTargets(env, placement, ctx) {
  switch (env.driver) {
    case "local":
      return [new LocalTarget(env.base, env.dpkgRoot)];
    case "ssh":
      return placement.hosts.map(
        (name) => new SshTarget({
          host: env.hosts.find((h) => h.name === name),
          base: env.base,
          configFile: CONFIG_FILE,
          tempDir: ctx.work,
          ...ctx.identityFile && { identityFile: ctx.identityFile }
        })
      );
    case "command":
      return [
        new CommandTarget({
          run: env.run,
          root: ctx.root,
          work: ctx.work,
          forward: env.env,
          log: ctx.logger
        })
      ];
  }
}
async function closeTargets(targets, logger) {
  await Promise.all(
    targets.map(async (t) => {
      await t.close?.().catch((e) => logger.debug(`${t.name}: closing: ${e.message}`));
    })
  );
}
function releaseUrl(env, p) {
  const spec = p.health ?? env.health;
  if (spec?.url === void 0) return void 0;
  return healthUrl(spec.url, p.port === void 0 ? {} : { port: p.port });
}
function addressOf(env, t) {
  return env.driver === "ssh" ? env.hosts.find((h) => h.name === t.name)?.address : void 0;
}
async function inParallel(limit, tasks) {
  let next = 0;
  const errors = [];
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      await task().catch((e) => errors.push(e));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (errors.length > 0) throw errors[0];
}

// src/app/release-inputs.ts
import { join as join16 } from "node:path";

// src/core/deploy/canonical.ts
function canonicalJson(value) {
  return `${JSON.stringify(sortKeys2(value), null, 2)}
`;
}
function sortKeys2(value) {
  if (Array.isArray(value)) return value.map(sortKeys2);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const key of Object.keys(value).sort()) {
    setOwn(out, key, sortKeys2(value[key]));
  }
  return out;
}
function setOwn(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

// src/core/deploy/config-schema.ts
var CONFIG_TYPES = ["string", "number", "boolean", "object", "list"];
function checkSchemaShape(schema) {
  const paths = [...schema.required ?? [], ...Object.keys(schema.types ?? {})];
  for (const p of paths) {
    if (p.split(".").some((s) => s === "")) {
      throw new Error(
        `Configuration schema path "${p}" has an empty segment: write dotted keys like "db.port".`
      );
    }
  }
  for (const [p, t] of Object.entries(schema.types ?? {})) {
    if (!CONFIG_TYPES.includes(t)) {
      throw new Error(
        `Configuration schema type "${String(t)}" for "${p}" is not one of ${CONFIG_TYPES.join(", ")}.`
      );
    }
  }
}
function checkSchema(root, schema, issues) {
  checkSchemaShape(schema);
  const required2 = schema.required ?? [];
  const types = schema.types ?? {};
  for (const path of required2) checkRequired(root, path, issues);
  for (const [path, type] of Object.entries(types)) {
    const found = lookup(root, path);
    if (found.node && kindOf(found.node) !== type) {
      issues.push({
        ...found.node.loc,
        message: `\`${path}\` must be ${article(type)}, but it is ${describe2(found.node)}: ` + fixFor(type, found.node)
      });
    }
  }
  if (schema.allowUnknown === true) return;
  const listed = /* @__PURE__ */ new Set([...required2, ...Object.keys(types)]);
  const closed = /* @__PURE__ */ new Set();
  for (const p of listed) {
    const segs = p.split(".");
    for (let i = 0; i < segs.length; i++) closed.add(segs.slice(0, i).join("."));
  }
  if (listed.size === 0) return;
  checkUnknown(root, "", listed, closed, issues);
}
function checkUnknown(node, path, listed, closed, issues) {
  if (node.kind !== "map" || !closed.has(path)) return;
  const prefix = path ? `${path}.` : "";
  const known = [...listed, ...closed].filter((p) => p.startsWith(prefix) && p.length > prefix.length).map((p) => p.slice(prefix.length).split(".")[0]);
  for (const [key, entry] of node.entries) {
    const child = prefix + key;
    if (listed.has(child) || closed.has(child)) {
      checkUnknown(entry.node, child, listed, closed, issues);
      continue;
    }
    const hint = didYouMean(key, new Set(known));
    issues.push({
      ...entry.keyLoc,
      message: `\`${child}\` is not a configuration key the schema knows` + (hint ? `: ${hint}` : `; known here: ${[...new Set(known)].join(", ")}.`) + " Remove it, or add it to the schema."
    });
  }
}
function checkRequired(root, path, issues) {
  const found = lookup(root, path);
  if (found.node) return;
  const { parent, parentPath } = found;
  const rest = path.slice(parentPath ? parentPath.length + 1 : 0);
  if (parent.kind !== "map") {
    issues.push({
      ...parent.loc,
      message: `\`${path}\` is required, but \`${parentPath}\` is ${describe2(parent)}: make \`${parentPath}\` a mapping with \`${rest}\` in it.`
    });
    return;
  }
  const where2 = parentPath ? `under \`${parentPath}\`` : "at the top level";
  issues.push({
    ...parent.loc,
    message: `\`${path}\` is required but not set: add \`${rest}\` ${where2}, here or in another of the service's configuration files (a later file's \`null\` removes a key).`
  });
}
function lookup(root, path) {
  let node = root;
  let nodePath = "";
  const segs = path.split(".");
  for (const seg of segs) {
    if (node.kind !== "map") return { parent: node, parentPath: nodePath };
    const next = node.entries.get(seg);
    if (!next) return { parent: node, parentPath: nodePath };
    node = next.node;
    nodePath = nodePath ? `${nodePath}.${seg}` : seg;
  }
  return { node, parent: node, parentPath: nodePath };
}
function kindOf(node) {
  if (node.kind === "map") return "object";
  if (node.kind === "list") return "list";
  const v = node.value;
  return v === null ? "null" : typeof v;
}
var article = (t) => ({
  string: "a string",
  number: "a number",
  boolean: "a boolean (true or false)",
  object: "a mapping",
  list: "a list"
})[t];
function describe2(node) {
  if (node.kind === "map") return "a mapping";
  if (node.kind === "list") return "a list";
  const v = node.value;
  if (v === null) return "null";
  const shown = typeof v === "string" ? JSON.stringify(clip2(v)) : String(v);
  return `${article(typeof v)} (${shown})`;
}
function fixFor(type, node) {
  const v = node.kind === "scalar" ? node.value : void 0;
  if (typeof v === "string" && type === "number" && v.trim() !== "" && !isNaN(Number(v))) {
    return "remove the quotes.";
  }
  if (typeof v === "string" && type === "boolean" && /^(true|false)$/i.test(v)) {
    return "write true or false without quotes.";
  }
  if (type === "string" && v !== void 0) return "quote it.";
  return `write ${article(type)} here.`;
}
var clip2 = (s) => s.length > 40 ? `${s.slice(0, 37)}...` : s;

// src/core/deploy/config-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
function parseConfigSource(src, issues) {
  const { file, text } = src;
  if (text.length > MAX_CONFIG_BYTES / 3) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > MAX_CONFIG_BYTES) {
      issues.push({
        file,
        line: 1,
        col: 1,
        message: `${file} is ${bytes} bytes, over the ${MAX_CONFIG_BYTES} bytes (1 MiB) a configuration file may be; it was not parsed. Keep large data out of configuration (ship it in the artifact, or reference it by path or URL).`
      });
      return void 0;
    }
  }
  const lineCounter = new import_yaml.LineCounter();
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, col };
  };
  const before = issues.length;
  const doc = (0, import_yaml.parseDocument)(text, {
    lineCounter,
    prettyErrors: false,
    // Our check below is linear and worded like the manifest's; yaml's is quadratic.
    uniqueKeys: false,
    version: "1.2",
    schema: "core",
    // YAML 1.2 has no `<<`; reported below rather than silently kept as a key called "<<".
    merge: false
  });
  for (const e of doc.errors) {
    issues.push({ ...at(e.pos[0]), message: `YAML syntax error: ${firstLine(e.message)}.` });
  }
  for (const w of doc.warnings) {
    issues.push({
      ...at(w.pos[0]),
      message: `${firstLine(w.message)}: configuration is plain data; remove the tag.`
    });
  }
  if (issues.length > before) return void 0;
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    issues.push({
      ...at(0),
      message: `${file} expands its \`*aliases\` too often (over yaml's limit of ${MAX_ALIAS_COUNT}), the shape of an alias bomb; it was not read. Write the repeated values out, or use fewer nested aliases.`
    });
    return void 0;
  }
  const root = doc.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && root.value === null) {
    return { kind: "map", loc: at(0), entries: /* @__PURE__ */ new Map() };
  }
  if (!(0, import_yaml.isMap)(root)) {
    issues.push({
      ...at(root.range?.[0]),
      message: `${file} must be a mapping of keys to values (e.g. \`port: 8080\`), not ${(0, import_yaml.isSeq)(root) ? "a list" : "a single value"}.`
    });
    return void 0;
  }
  const tree = convert(root, doc, at, issues, "");
  return issues.length > before ? void 0 : tree;
}
function convert(node, doc, at, issues, path) {
  const loc = at(node.range?.[0]);
  const target = (0, import_yaml.isAlias)(node) ? node.resolve(doc) ?? node : node;
  if (target.tag !== void 0 && !CORE_TAGS.has(target.tag)) {
    const tag2 = target.tag.replace(/^tag:yaml\.org,2002:/, "!!");
    issues.push({
      ...loc,
      message: `\`${path}\` is tagged ${tag2}: configuration is plain data (strings, numbers, booleans, mappings, lists), so remove the tag.`
    });
    return { kind: "scalar", loc, value: null };
  }
  if ((0, import_yaml.isMap)(target)) {
    const entries = /* @__PURE__ */ new Map();
    for (const pair of target.items) {
      const key = pair.key;
      const keyLoc = at(key?.range?.[0] ?? node.range?.[0]);
      if (!(0, import_yaml.isScalar)(key) || typeof key.value !== "string") {
        const shown = (0, import_yaml.isScalar)(key) ? String(key.value) : "a collection";
        issues.push({
          ...keyLoc,
          message: `The key ${shown}${path ? ` under \`${path}\`` : ""} is not a string: configuration keys are names, so quote it (\`"${shown}":\`).`
        });
        continue;
      }
      const name = key.value;
      const childPath = path ? `${path}.${name}` : name;
      if (name === "<<") {
        issues.push({
          ...keyLoc,
          message: "Merge keys (`<<`) are not supported (YAML 1.2 has none): write the keys out, or put shared values in the base file, which every environment overlays."
        });
        continue;
      }
      if (entries.has(name)) {
        issues.push({
          ...keyLoc,
          message: `\`${childPath}\` is written twice in this mapping: each key may appear once, so remove or merge the repeated one.`
        });
        continue;
      }
      const value = pair.value;
      const child = value === null ? { kind: "scalar", loc: keyLoc, value: null } : convert(value, doc, at, issues, childPath);
      entries.set(name, { keyLoc, node: child });
    }
    return { kind: "map", loc, entries };
  }
  if ((0, import_yaml.isSeq)(target)) {
    const items = target.items.map(
      (item, i) => item === null ? { kind: "scalar", loc, value: null } : convert(item, doc, at, issues, `${path}[${i}]`)
    );
    return { kind: "list", loc, items };
  }
  if ((0, import_yaml.isScalar)(target)) {
    const v = target.value;
    if (typeof v === "number" && !Number.isFinite(v)) {
      issues.push({
        ...loc,
        message: `\`${path}\` is ${String(v)}, which JSON cannot carry: quote it if it is text.`
      });
    } else if (typeof v === "number" && Number.isInteger(v) && !Number.isSafeInteger(v)) {
      issues.push({
        ...loc,
        message: `\`${path}\` is an integer too large to keep exactly (over 2^53): quote it so it stays text.`
      });
    } else if (v === null || ["string", "number", "boolean"].includes(typeof v)) {
      return { kind: "scalar", loc, value: v };
    } else {
      issues.push({ ...loc, message: `\`${path}\` is not plain data: quote it.` });
    }
    return { kind: "scalar", loc, value: null };
  }
  issues.push({ ...loc, message: `\`${path}\` is not plain data: quote it.` });
  return { kind: "scalar", loc, value: null };
}
var CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`)
);
var firstLine = (s) => s.split("\n")[0].replace(/\.$/, "");

// src/core/deploy/secret-refs.ts
var SECRET_NAME_SOURCE = "[A-Za-z_][A-Za-z0-9_]*";
var SECRET_NAME_RE = new RegExp(`^${SECRET_NAME_SOURCE}$`);
var REF_RE = /(\$+)\{secret:([^}]*)(\})?/g;
function parseTemplate(s) {
  const parts = [];
  const problems = [];
  let text = "";
  let last = 0;
  for (const m of s.matchAll(REF_RE)) {
    const [whole, dollars, name, close] = m;
    text += s.slice(last, m.index);
    last = m.index + whole.length;
    text += "$".repeat(Math.floor(dollars.length / 2));
    if (dollars.length % 2 === 0) {
      text += whole.slice(dollars.length);
      continue;
    }
    if (close === void 0) {
      problems.push(
        "has `${secret:` without a closing `}`: write `${secret:NAME}`, or `$${secret:` for the literal text"
      );
      text += whole.slice(dollars.length - 1);
      continue;
    }
    if (!SECRET_NAME_RE.test(name)) {
      problems.push(
        `references \`\${secret:${name}}\`, but a secret name is letters, digits and \`_\`, not starting with a digit: fix the name`
      );
      text += whole.slice(dollars.length - 1);
      continue;
    }
    if (text) parts.push({ text });
    text = "";
    parts.push({ secret: name });
  }
  text += s.slice(last);
  if (text || parts.length === 0) parts.push({ text });
  return { parts, problems };
}

// src/core/deploy/config.ts
function resolveConfig(input) {
  const issues = [];
  const trees = input.sources.map((src) => parseConfigSource(src, issues));
  if (issues.length > 0) return { issues: sortIssues(issues, input.sources) };
  let merged;
  for (const tree of trees) merged = overlay(merged, tree);
  const root = merged ?? {
    kind: "map",
    loc: { file: "(no configuration file)", line: 1, col: 1 },
    entries: /* @__PURE__ */ new Map()
  };
  if (input.schema) checkSchema(root, input.schema, issues);
  const secrets = new Secrets(input);
  const template = toPlain(root, (s) => s);
  const config = toPlain(root, (s, loc, path) => secrets.substitute(s, loc, path, issues));
  if (issues.length > 0) return { issues: sortIssues(issues, input.sources) };
  return {
    resolved: {
      config,
      json: canonicalJson(config),
      digest: sha256(canonicalJson(template)),
      secretValues: [...secrets.values],
      usedSecrets: [...secrets.used].sort()
    },
    issues: []
  };
}
var ConfigError = class extends MsdeployError {
  constructor(issues) {
    const n = issues.length;
    super(
      `${n} problem${n === 1 ? "" : "s"} in the configuration:
${issues.map(formatIssue).join("\n")}`,
      { exitCode: ExitCode.manifest, annotations: issues }
    );
    this.issues = issues;
  }
  issues;
};
function resolveConfigOrThrow(input) {
  const { resolved, issues } = resolveConfig(input);
  if (!resolved) throw new ConfigError(issues);
  return resolved;
}
function overlay(base, over) {
  if (over.kind === "scalar" && over.value === null) return void 0;
  if (over.kind !== "map") return over;
  const entries = new Map(base?.kind === "map" ? base.entries : []);
  for (const [key, entry] of over.entries) {
    const node = overlay(entries.get(key)?.node, entry.node);
    if (node) entries.set(key, { keyLoc: entry.keyLoc, node });
    else entries.delete(key);
  }
  return { kind: "map", loc: over.loc, entries };
}
function toPlain(node, str2, path = "") {
  if (node.kind === "list") {
    return node.items.map((item, i) => toPlain(item, str2, `${path}[${i}]`));
  }
  if (node.kind === "map") {
    const out = {};
    for (const key of [...node.entries.keys()].sort()) {
      setOwn(out, key, toPlain(node.entries.get(key).node, str2, path ? `${path}.${key}` : key));
    }
    return out;
  }
  return typeof node.value === "string" ? str2(node.value, node.loc, path) : node.value;
}
var Secrets = class {
  constructor(input) {
    this.input = input;
    this.allowed = new Set(input.allowedSecrets);
  }
  input;
  used = /* @__PURE__ */ new Set();
  values = /* @__PURE__ */ new Set();
  allowed;
  substitute(s, loc, path, issues) {
    const { parts, problems } = parseTemplate(s);
    for (const p of problems) issues.push({ ...loc, message: `\`${path}\` ${p}.` });
    let out = "";
    for (const part of parts) {
      if ("text" in part) {
        out += part.text;
        continue;
      }
      const value = this.lookup(part.secret, loc, path, issues);
      if (value !== void 0) out += value;
    }
    return out;
  }
  lookup(name, loc, path, issues) {
    const env = this.input.environment ? `environment \`${this.input.environment}\`` : "the environment";
    if (!this.allowed.has(name)) {
      const allowed = [...this.allowed].sort();
      issues.push({
        ...loc,
        message: `\`${path}\` references secret ${name}, which is not among the secrets ${env} declares (${allowed.length ? allowed.join(", ") : "none"}): add ${name} to its \`secrets\` in msdeploy.yml, or fix the name.`
      });
      return void 0;
    }
    const value = this.input.secret(name);
    if (value === void 0 || value === "") {
      issues.push({
        ...loc,
        message: `\`${path}\` references secret ${name}, which has no value in this run: pass it to the deploy (a GitHub secret given to the workflow, or an environment variable for the CLI).`
      });
      return void 0;
    }
    this.used.add(name);
    this.values.add(value);
    return value;
  }
};
function sortIssues(issues, sources) {
  const order = new Map(sources.map((s, i) => [s.file, i]));
  return [...issues].sort(
    (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.col - b.col
  );
}

// src/platform/config-files.ts
import { readFile as readFile4, stat as stat6 } from "node:fs/promises";
function configPaths(env, p) {
  if (p.config) return { paths: [...p.config], named: true };
  return {
    paths: [`config/${p.service}/base.yml`, `config/${p.service}/${env.name}.yml`],
    named: false
  };
}
async function readConfigSources(root, env, p) {
  const { paths, named } = configPaths(env, p);
  const sources = [];
  for (const file of paths) {
    const real = await insideRepository(root, file, `Configuration file`);
    if (real === void 0) {
      if (!named) continue;
      throw new MsdeployError(
        `Configuration file ${file}, named in \`environments.${env.name}.services.${p.service}.config\`, does not exist: create it or remove it from the list.`,
        { exitCode: ExitCode.manifest }
      );
    }
    const { size } = await stat6(real);
    if (size > MAX_CONFIG_BYTES) {
      throw new MsdeployError(
        `Configuration file ${file} is ${size} bytes; the limit is ${MAX_CONFIG_BYTES}: keep large data out of configuration.`,
        { exitCode: ExitCode.manifest }
      );
    }
    sources.push({ file, text: await readFile4(real, "utf8") });
  }
  return sources;
}

// src/app/release-inputs.ts
async function resolveReleaseConfig(root, env, placement, secret, logger) {
  const config = resolveConfigOrThrow({
    sources: await readConfigSources(root, env, placement),
    allowedSecrets: env.secrets,
    secret,
    environment: env.name
  });
  for (const value of config.secretValues) logger.mask?.(value);
  return config;
}
async function earlierReleaseFiles(store, placement, release2, artifactRef, config, work) {
  if (config.digest !== release2.config) {
    throw new Error(
      `${release2.release} ran with another configuration (${release2.config.slice(0, 19)}\u2026) than this checkout resolves (${config.digest.slice(0, 19)}\u2026): deploy that version with the configuration of the commit it was deployed from instead.`
    );
  }
  const artifactFile = join16(work, `artifact-${release2.release}`);
  const { meta } = await store.get(artifactRef ?? release2.digest, artifactFile);
  if (meta.digest !== release2.digest || meta.service !== placement.service) {
    throw new Error(
      `The store's ${artifactRef ?? release2.digest} is ${meta.service} ${meta.digest}, not ${placement.service} ${release2.digest}: refusing it.`
    );
  }
  return {
    service: placement.service,
    dir: placement.dir,
    version: release2.version,
    release: release2.release,
    artifactFile,
    artifactDigest: release2.digest,
    kind: meta.kind,
    config: config.json,
    configDigest: release2.config
  };
}

// src/core/promotion/rules.ts
var PromotionRefused = class extends MsdeployError {
  constructor(message) {
    super(message, { exitCode: ExitCode.refused });
  }
};
function decidePromotion(state, service, to, artifact, origin, approval) {
  const { stage, index } = findStage(service, to);
  const { digest } = artifact;
  const who = `${service.name} ${artifact.version} (${digest})`;
  const known = artifactState(state, service.name, digest);
  if (known?.rejected) {
    throw new PromotionRefused(
      `${who} was rejected by ${known.rejected.by} at ${known.rejected.at} (${JSON.stringify(known.rejected.reason)}): a rejected artifact is never promoted again. Build and promote a new version.`
    );
  }
  const current = stageState(state, service.name, stage.name);
  if (current.digest === digest) {
    return {
      kind: "noop",
      message: `${who} is already in \`${stage.name}\` since ${current.since} (moved by ${current.by}): nothing to do.`
    };
  }
  if (current.held) {
    throw new PromotionRefused(
      `\`${stage.name}\` of ${service.name} is held by ${current.held.by} since ${current.held.at} (${JSON.stringify(current.held.reason)}): nothing enters it until it is released (msdeploy release ${service.name} --stage ${stage.name}).`
    );
  }
  const from = index === 0 ? null : service.stages[index - 1].name;
  if (from !== null && !known?.entered[from]) {
    throw new PromotionRefused(
      `${who} has not passed \`${from}\`, the stage before \`${stage.name}\`; ${whereIs(service, known?.entered)}. Promote it to \`${from}\` first.`
    );
  }
  const earlier = known?.entered[stage.name];
  if (earlier && !origin.actor.person) {
    throw new PromotionRefused(
      `${who} already entered \`${stage.name}\` at ${earlier.at} and was superseded by ${current.version ?? "another artifact"}: the pipeline never moves a stage back. A person can (a workflow_dispatch run, or the CLI).`
    );
  }
  if (stage.promote === "manual") checkPerson(service, stage, origin.actor, approval);
  return {
    kind: "append",
    record: record(state, "promoted", service.name, origin, {
      stage: stage.name,
      version: artifact.version,
      digest,
      previous: current.digest,
      from,
      commit: artifact.commit,
      artifact: artifact.artifact
    })
  };
}
function decideHold(state, service, stageName, origin) {
  const { stage } = findStage(service, stageName);
  requireReason(origin, "hold");
  const current = stageState(state, service.name, stage.name);
  if (current.held) {
    return {
      kind: "noop",
      message: `\`${stage.name}\` of ${service.name} is already held by ${current.held.by} since ${current.held.at} (${JSON.stringify(current.held.reason)}): nothing to do.`
    };
  }
  return {
    kind: "append",
    record: record(state, "held", service.name, origin, {
      stage: stage.name,
      version: current.version,
      digest: current.digest
    })
  };
}
function decideRelease(state, service, stageName, origin) {
  const { stage } = findStage(service, stageName);
  const current = stageState(state, service.name, stage.name);
  if (!current.held) {
    return {
      kind: "noop",
      message: `\`${stage.name}\` of ${service.name} is not held: nothing to do.`
    };
  }
  return {
    kind: "append",
    record: record(state, "released", service.name, origin, {
      stage: stage.name,
      version: current.version,
      digest: current.digest
    })
  };
}
function decideRejection(state, service, artifact, origin) {
  requireReason(origin, "reject");
  const known = artifactState(state, service.name, artifact.digest);
  if (known?.rejected) {
    return {
      kind: "noop",
      message: `${service.name} ${artifact.version} (${artifact.digest}) is already rejected by ${known.rejected.by} since ${known.rejected.at}: nothing to do.`
    };
  }
  return {
    kind: "append",
    record: record(state, "rejected", service.name, origin, {
      version: artifact.version,
      digest: artifact.digest,
      commit: artifact.commit,
      artifact: artifact.artifact
    })
  };
}
function findStage(service, name) {
  const index = service.stages.findIndex((s) => s.name === name);
  if (index < 0) {
    const names = service.stages.map((s) => s.name);
    const hint = didYouMean(name, names) ?? `its stages are ${names.join(" \u2192 ")}`;
    throw new PromotionRefused(
      `${service.name} has no stage ${JSON.stringify(name)}: ${hint}.`.replace(/\?\.$/, "?")
    );
  }
  return { stage: service.stages[index], index };
}
function whereIs(service, entered) {
  const furthest = [...service.stages].reverse().find((s) => entered?.[s.name]);
  if (!furthest)
    return `it has not entered any stage yet (the first is \`${service.stages[0].name}\`)`;
  return `it is in \`${furthest.name}\` since ${entered[furthest.name].at}`;
}
function checkPerson(service, stage, actor, approval) {
  const into = `\`${stage.name}\` of ${service.name} is a manual stage`;
  if (!actor.person) {
    const how = actor.via === "workflow" ? `this run was started by an event, not by a person (a workflow_dispatch run or the CLI)` : `${actor.name} is a bot`;
    throw new PromotionRefused(`${into}: a person must promote into it, and ${how}.`);
  }
  if (stage.approvers.length > 0 && !approval.approver) {
    throw new PromotionRefused(
      `${into}: only ${stage.approvers.join(", ")} may promote into it, and ${actor.name} is not one of them.`
    );
  }
  if (approval.author && !stage.allowSelfApproval) {
    throw new PromotionRefused(
      `${into}: ${actor.name} wrote the artifact's commit and may not approve it (four eyes); ask another person, or set \`allow-self-approval: true\` on the stage.`
    );
  }
}
function requireReason(origin, what) {
  if (origin.reason === null || origin.reason.trim() === "") {
    throw new PromotionRefused(
      `A ${what} needs a reason, recorded in the ledger for whoever comes next: give one (--reason).`
    );
  }
}
function record(state, kind, service, origin, fields) {
  return {
    v: 1,
    seq: state.records + 1,
    kind,
    service,
    stage: fields.stage ?? null,
    version: fields.version ?? null,
    digest: fields.digest ?? null,
    previous: fields.previous ?? null,
    from: fields.from ?? null,
    actor: origin.actor.name,
    via: origin.actor.via,
    at: origin.at,
    reason: origin.reason,
    run: origin.run,
    commit: fields.commit ?? null,
    artifact: fields.artifact ?? null
  };
}

// src/core/promotion/message.ts
var KINDS = /* @__PURE__ */ new Set([
  "promoted",
  "held",
  "released",
  "rejected",
  "deploying",
  "deployed",
  "rolled-back"
]);
var VIAS = /* @__PURE__ */ new Set(["workflow_dispatch", "workflow", "git-identity"]);
function commitMessage(r) {
  return `${subject(r)} [skip ci]

${JSON.stringify(r)}
`;
}
function subject(r) {
  const version2 = r.version === null ? "" : ` ${word(r.version)}`;
  const by = `by ${word(r.actor)}`;
  switch (r.kind) {
    case "promoted":
      return `promote ${word(r.service)}${version2} \u2192 ${word(r.stage ?? "")} ${by}`;
    case "held":
      return `hold ${word(r.service)} ${word(r.stage ?? "")} ${by}`;
    case "released":
      return `release ${word(r.service)} ${word(r.stage ?? "")} ${by}`;
    case "rejected":
      return `reject ${word(r.service)}${version2} ${by}`;
    case "deploying":
      return `deploying ${word(r.service)}${version2} \u2192 ${word(r.environment ?? "")} ${by}`;
    case "deployed":
      return `deployed ${word(r.service)}${version2} \u2192 ${word(r.environment ?? "")} ${by}`;
    case "rolled-back":
      return `rolled back ${word(r.service)} in ${word(r.environment ?? "")} to${version2 || " nothing"} ${by}`;
  }
}
function word(s) {
  return s.replace(/[^A-Za-z0-9._+@-]/g, "_").slice(0, 64) || "_";
}
function parseCommitMessage(message, commit) {
  const blank = message.indexOf("\n\n");
  const body = blank < 0 ? "" : message.slice(blank + 2).trim();
  let value;
  try {
    value = JSON.parse(body);
  } catch {
    throw new Error(`Ledger commit ${commit} carries no record (its message has no JSON body).`);
  }
  const r = value;
  const str2 = (v) => typeof v === "string";
  const strOrNull = (v) => v === null || typeof v === "string";
  const ok = typeof value === "object" && value !== null && r.v === 1 && Number.isSafeInteger(r.seq) && KINDS.has(r.kind) && str2(r.service) && strOrNull(r.stage) && strOrNull(r.version) && (r.digest === null || isDigest(String(r.digest))) && (r.previous === null || isDigest(String(r.previous))) && strOrNull(r.from) && str2(r.actor) && VIAS.has(r.via) && str2(r.at) && strOrNull(r.reason) && strOrNull(r.run) && strOrNull(r.commit) && strOrNull(r.artifact) && (r.environment === void 0 || str2(r.environment)) && (r.config === void 0 || r.config === null || isDigest(String(r.config))) && (r.release === void 0 || strOrNull(r.release)) && (r.tookOver === void 0 || strOrNull(r.tookOver)) && (r.lease === void 0 || r.lease === null || str2(r.lease.owner) && strOrNull(r.lease.run) && str2(r.lease.expires) && (r.lease.holder === void 0 || str2(r.lease.holder)));
  if (!ok) throw new Error(`Ledger commit ${commit} carries a malformed record.`);
  return r;
}

// src/platform/ledger.ts
function openLedger(opts) {
  const git = new CliGit(opts.root, { logger: opts.logger, gitPath: opts.gitPath });
  return new GitLedger(git, opts);
}
var FILES = ["README.md", "state.json"];
var TRACKING_PREFIX = "refs/msdeploy/remotes/origin/";
var REF_TAIL_RE = new RegExp(LEDGER_REF_PATTERN);
var FULL_SHA2 = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var LOCAL_CAS_LOST = /but expected|reference already exists|unable to resolve reference/;
var PUSH_CAS_LOST = /\((stale info|non-fast-forward|fetch first|already exists)\)/;
var REMOTE_CAS_LOST = /but expected|incorrect old value|reference already exists/;
var GitLedger = class {
  constructor(git, opts) {
    this.git = git;
    const { ref } = opts;
    if (!ref.startsWith("refs/") || !REF_TAIL_RE.test(ref.slice(5))) {
      throw new Error(
        `The ledger ref must be a full ref name such as refs/heads/msdeploy/ledger, got ${JSON.stringify(ref)}.`
      );
    }
    if (ref.startsWith(TRACKING_PREFIX)) {
      throw new Error(`The ledger ref ${ref} is in msdeploy's own tracking namespace.`);
    }
    if (opts.token !== void 0 && /\s/.test(opts.token)) {
      throw new Error("The ledger token holds whitespace; it is not a token.");
    }
    this.ref = ref;
    this.remote = opts.remote;
    this.localRef = opts.remote ? TRACKING_PREFIX + ref.slice(5) : ref;
    this.logger = opts.logger;
    this.token = opts.token || void 0;
  }
  git;
  ref;
  remote;
  /** Where the tip is read from: the ref itself, or its private tracking copy. */
  localRef;
  logger;
  token;
  authEnvPromise;
  async read() {
    const tip = await this.tip();
    if (tip === void 0) return { state: emptyState() };
    return { commit: tip, state: await this.stateAt(tip) };
  }
  async append(base, record2, files, author) {
    checkAppend(base, record2, files.state);
    const commit = await this.writeCommit(base.commit, record2, files, author);
    return this.remote ? this.push(base.commit, commit) : this.updateRef(base.commit, commit);
  }
  async history() {
    const tip = await this.tip();
    if (tip === void 0) return [];
    await this.stateAt(tip);
    const r = await this.git.run([
      "log",
      "--first-parent",
      "--no-show-signature",
      "--encoding=UTF-8",
      "--format=%H%x00%B%x00",
      "--end-of-options",
      tip,
      "--"
    ]);
    const fields = r.stdout.toString("utf8").split("\0");
    const entries = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const commit = fields[i].trim();
      entries.push({ commit, record: parseCommitMessage(fields[i + 1], commit) });
    }
    return entries.reverse();
  }
  /** The tip commit (after fetching it, when remote), or undefined when the ref is missing. */
  async tip() {
    if (this.remote && !await this.fetch()) return void 0;
    const r = await this.git.run(
      ["rev-parse", "--verify", "--quiet", "--end-of-options", this.localRef],
      [1]
    );
    return r.code === 0 ? r.stdout.toString("latin1").trim() : void 0;
  }
  /**
   * The state at `tip`, with the checks that tell a ledger from anything else: a commit whose
   * tree holds state.json (a ledger's, by parseState) and README.md, nothing more. One
   * `cat-file --batch` answers all three questions; shas are immutable, so no race.
   */
  async stateAt(tip) {
    const where2 = this.remote ? `${this.ref} on origin (${tip})` : `${this.ref} (${tip})`;
    const [commit, tree, state] = await this.catFile([tip, `${tip}^{tree}`, `${tip}:state.json`]);
    if (commit?.type !== "commit") {
      throw new NotALedgerError(where2, `it points at a ${commit?.type ?? "missing object"}`);
    }
    const names = tree ? treeNames(tree.content, tip.length / 2) : [];
    const others = names.filter((n) => !FILES.includes(n));
    if (others.length) {
      const shown = others.slice(0, 5).map((n) => JSON.stringify(n));
      const more = others.length > 5 ? ` and ${others.length - 5} more` : "";
      throw new NotALedgerError(where2, `its tree holds ${shown.join(", ")}${more}`);
    }
    if (state?.type !== "blob") throw new NotALedgerError(where2, "its tree has no state.json");
    return parseState(state.content.toString("utf8"), where2);
  }
  async catFile(specs) {
    const r = await this.git.run(["cat-file", "--batch"], [], { input: specs.join("\n") + "\n" });
    const out = r.stdout;
    const objects = [];
    let pos = 0;
    for (let i = 0; i < specs.length; i++) {
      const eol = out.indexOf(10, pos);
      if (eol < 0)
        throw new Error(`internal: git cat-file --batch answered ${i} of ${specs.length}`);
      const header = out.toString("utf8", pos, eol).split(" ");
      pos = eol + 1;
      const size = Number(header[2]);
      if (header.length !== 3 || !Number.isSafeInteger(size)) {
        objects.push(void 0);
        continue;
      }
      objects.push({ type: header[1], content: out.subarray(pos, pos + size) });
      pos += size + 1;
    }
    return objects;
  }
  /** Blobs, tree and commit; nothing refers to them until the ref moves. */
  async writeCommit(parent, record2, files, author) {
    const [readme, state] = await Promise.all([
      this.writeBlob(files.readme),
      this.writeBlob(files.state)
    ]);
    const tree = await this.git.run(["mktree"], [], {
      input: `100644 blob ${readme}	${FILES[0]}
100644 blob ${state}	${FILES[1]}
`
    });
    const name = identityPart(author.name) || "msdeploy";
    const email = identityPart(author.email);
    const now = `@${Math.floor(Date.now() / 1e3)} +0000`;
    const r = await this.git.run(
      [
        "commit-tree",
        "--no-gpg-sign",
        // a signing prompt would hang an unattended run
        "-F",
        "-",
        ...parent === void 0 ? [] : ["-p", parent],
        "--end-of-options",
        tree.stdout.toString("latin1").trim()
      ],
      [],
      {
        input: commitMessage(record2),
        env: {
          GIT_AUTHOR_NAME: name,
          GIT_AUTHOR_EMAIL: email,
          GIT_AUTHOR_DATE: now,
          GIT_COMMITTER_NAME: name,
          GIT_COMMITTER_EMAIL: email,
          GIT_COMMITTER_DATE: now
        }
      }
    );
    return r.stdout.toString("latin1").trim();
  }
  async writeBlob(content) {
    const r = await this.git.run(["hash-object", "-w", "--stdin"], [], { input: content });
    return r.stdout.toString("latin1").trim();
  }
  async updateRef(old, commit) {
    const expected = old ?? "0".repeat(commit.length);
    try {
      await this.git.run([
        "update-ref",
        "-m",
        "msdeploy ledger",
        "--end-of-options",
        this.ref,
        commit,
        expected
      ]);
    } catch (e) {
      if (e instanceof GitCommandError && LOCAL_CAS_LOST.test(e.stderr)) {
        this.logger?.debug(`${this.ref} moved since it was read: ${e.stderr.trim()}`);
        return { appended: false };
      }
      throw e;
    }
    return { appended: true, commit };
  }
  /**
   * A push with an exact lease: it lands only if origin's ref is still `old` (absent when
   * undefined). A plain non-force push would also take a ref that had gone *back* to an
   * ancestor of `old`; the lease makes it a true compare-and-swap, and since the new commit's
   * parent is `old`, origin still sees a fast-forward.
   */
  async push(old, commit) {
    const args = [
      "push",
      "--porcelain",
      "--no-verify",
      // the user's pre-push hooks are for their code, not for msdeploy's records
      "--no-signed",
      "--no-follow-tags",
      "--recurse-submodules=no",
      `--force-with-lease=${this.ref}:${old ?? ""}`,
      "--end-of-options",
      "origin",
      `${commit}:${this.ref}`
    ];
    const r = await this.git.run(args, [1], { env: await this.authEnv() });
    const line = r.stdout.toString("utf8").split("\n").find((l) => l.split("	")[1] === `${commit}:${this.ref}`);
    const flag = line?.[0];
    if (r.code === 0 && (flag === " " || flag === "*" || flag === "=")) {
      await this.updateTracking(commit);
      return { appended: true, commit };
    }
    const summary = line?.split("	")[2] ?? "";
    if (flag === "!" && /^\[rejected\]/.test(summary) && PUSH_CAS_LOST.test(summary)) {
      this.logger?.debug(`${this.ref} on origin moved since it was read: ${summary}`);
      return { appended: false };
    }
    if (flag === "!" && /^\[remote rejected\]/.test(summary) && REMOTE_CAS_LOST.test(r.stderr)) {
      this.logger?.debug(`${this.ref} on origin moved while pushing: ${r.stderr.trim()}`);
      return { appended: false };
    }
    const said = [summary, r.stderr.trim()].filter(Boolean).join("\n");
    throw new Error(
      `Pushing the ledger ${this.ref} to origin failed:
${said || "(no reason given)"}`
    );
  }
  /** Origin is the truth once the push landed: a failure here only costs the next read a fetch. */
  async updateTracking(commit) {
    try {
      await this.git.run([
        "update-ref",
        "-m",
        "msdeploy ledger push",
        "--end-of-options",
        this.localRef,
        commit
      ]);
    } catch (e) {
      this.logger?.warning(
        `The ledger was pushed, but ${this.localRef} was not updated: ${e.message}`
      );
    }
  }
  /** Fetch the ref into its tracking copy; false when origin has no such ref. */
  async fetch() {
    try {
      await this.git.run(
        [
          "fetch",
          "--no-tags",
          "--no-recurse-submodules",
          "--no-write-fetch-head",
          "--end-of-options",
          "origin",
          `+${this.ref}:${this.localRef}`
        ],
        [],
        { env: await this.authEnv() }
      );
      return true;
    } catch (e) {
      if (!(e instanceof GitCommandError) || !/couldn't find remote ref/i.test(e.stderr)) throw e;
      await this.git.run(["update-ref", "-d", "--end-of-options", this.localRef]);
      return false;
    }
  }
  /**
   * The token as an `http.<url>.extraheader` for origin's https URLs only, passed in the
   * environment (GIT_CONFIG_COUNT…) so it shows in no argv, log line or error message. The
   * empty value first clears headers configured for a broader URL (actions/checkout persists
   * `http.https://github.com/.extraheader`): two Authorization headers would be refused.
   */
  authEnv() {
    this.authEnvPromise ??= (async () => {
      if (!this.token) return {};
      const urls = /* @__PURE__ */ new Set();
      for (const push2 of [false, true]) {
        const args = [
          "remote",
          "get-url",
          ...push2 ? ["--push"] : [],
          "--end-of-options",
          "origin"
        ];
        urls.add((await this.git.run(args)).stdout.toString("utf8").trim());
      }
      const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${this.token}`).toString("base64")}`;
      const pairs = [];
      for (const url of urls) {
        const scope = httpsScope(url);
        if (scope === void 0) continue;
        pairs.push([`http.${scope}.extraheader`, ""], [`http.${scope}.extraheader`, header]);
      }
      if (!pairs.length) {
        this.logger?.warning(
          "A ledger token was given, but origin is not an https URL: it is not used."
        );
      }
      return gitConfigEnv(pairs);
    })();
    return this.authEnvPromise;
  }
};
function checkAppend(base, record2, state) {
  if (base.commit !== void 0 && !FULL_SHA2.test(base.commit)) {
    throw new Error(`internal: ledger base ${JSON.stringify(base.commit)} is not a commit sha`);
  }
  if (base.commit === void 0 !== (base.state.records === 0)) {
    throw new Error(
      `internal: ledger base ${base.commit ?? "(none)"} with ${base.state.records} records was not read from a ledger`
    );
  }
  if (record2.seq !== base.state.records + 1) {
    throw new Error(
      `internal: ledger record ${record2.seq} appended to a state of ${base.state.records} records`
    );
  }
  let records;
  try {
    records = parseState(state, "the new state.json").records;
  } catch (e) {
    throw new Error(
      `internal: refusing to write a state.json the ledger could not read back: ${e.message}`
    );
  }
  if (records !== record2.seq) {
    throw new Error(
      `internal: state.json counts ${records} records, the new record is ${record2.seq}`
    );
  }
}
function treeNames(tree, oidBytes) {
  const names = [];
  let pos = 0;
  while (pos < tree.length) {
    const space = tree.indexOf(32, pos);
    const nul = tree.indexOf(0, space);
    if (space < 0 || nul < 0) break;
    names.push(tree.toString("utf8", space + 1, nul));
    pos = nul + 1 + oidBytes;
  }
  return names;
}
var IDENT_CRUD = /[<>\u0000-\u001f\u007f]/g;
function identityPart(s) {
  return s.replace(IDENT_CRUD, " ").replace(/\s+/g, " ").trim().slice(0, 200);
}
function httpsScope(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return void 0;
  }
  return u.protocol === "https:" ? `https://${u.host}${u.pathname}` : void 0;
}
function gitConfigEnv(pairs) {
  if (!pairs.length) return {};
  const first = Number(parentEnvironment().GIT_CONFIG_COUNT ?? 0) || 0;
  const env = { GIT_CONFIG_COUNT: String(first + pairs.length) };
  pairs.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${first + i}`] = key;
    env[`GIT_CONFIG_VALUE_${first + i}`] = value;
  });
  return env;
}

// src/app/promotion-context.ts
async function openLedgerContext(s, run, logger) {
  const manifest = await readManifest(s.manifest);
  const git = new CliGit(s.manifest.root, { logger });
  const ref = s.ledgerRef ? ledgerRefName(s.ledgerRef) : manifest.ledger.ref;
  const remote = run.onActions || (s.push ?? manifest.ledger.push);
  const ledger = openLedger({ root: s.manifest.root, ref, remote, logger, token: s.token });
  const api = s.token && run.repository ? createGitHubApi({ token: s.token, repository: run.repository, apiUrl: run.apiUrl, logger }) : void 0;
  return { manifest, ledger, git, run, logger, ...api && { api } };
}
async function establishActor(ctx) {
  const { run, api } = ctx;
  if (run.onActions) {
    const login = run.triggeringActor ?? run.actor;
    if (!login) {
      throw new MsdeployError("GITHUB_ACTOR is not set: cannot tell who is acting in this run.");
    }
    const dispatched = run.eventName === "workflow_dispatch";
    const bot = login.endsWith("[bot]") || dispatched && await api?.accountType(login) === "Bot";
    return {
      actor: {
        name: login,
        via: dispatched ? "workflow_dispatch" : "workflow",
        person: dispatched && !bot
      },
      identity: { name: login, email: `${login}@users.noreply.github.com` }
    };
  }
  const name = await gitConfig(ctx.git, "user.name");
  const email = await gitConfig(ctx.git, "user.email");
  if (!name || !email) {
    throw new MsdeployError(
      'The ledger records who made each change, and git has no identity here: set one with `git config user.name "Your Name"` and `git config user.email you@example.com`.'
    );
  }
  return { actor: { name, email, via: "git-identity", person: true }, identity: { name, email } };
}
async function gitConfig(git, key) {
  const r = await git.run(["config", "--get", key], [1]);
  return r.code === 0 ? r.stdout.toString("utf8").trim() || void 0 : void 0;
}
function noreplyLogin(email) {
  return /^(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com$/i.exec(email ?? "")?.[1];
}
async function approvalFacts(ctx, stage, actor, commit) {
  if (stage.promote !== "manual" || !actor.person) return { approver: false, author: false };
  const logins = new Set(
    [actor.name, noreplyLogin(actor.email)].filter((x) => !!x).map((x) => x.toLowerCase())
  );
  let approver = stage.approvers.length === 0;
  for (const entry of stage.approvers) {
    if (approver) break;
    const team = /^@([^/]+)\/(.+)$/.exec(entry);
    if (!team) {
      approver = logins.has(entry.toLowerCase());
      continue;
    }
    if (!ctx.api || actor.via === "git-identity") {
      ctx.logger.warning(`Cannot check team ${entry} without a GitHub token and a GitHub actor.`);
      continue;
    }
    const member = await ctx.api.isTeamMember(team[1], team[2], actor.name);
    if (member === void 0)
      ctx.logger.warning(`The token cannot read team ${entry}: counted as not a member.`);
    approver = member === true;
  }
  if (stage.allowSelfApproval) return { approver, author: false };
  if (commit === null) {
    throw new PromotionRefused(
      `\`${stage.name}\` forbids self-approval, and the artifact's provenance names no commit: cannot tell who wrote it, so it cannot be approved.`
    );
  }
  return { approver, author: await wroteCommit(ctx, actor, commit, logins) };
}
async function wroteCommit(ctx, actor, commit, logins) {
  if (actor.via !== "git-identity") {
    const login = await ctx.api?.commitAuthorLogin(commit);
    if (login !== void 0) return logins.has(login.toLowerCase());
  }
  const r = await ctx.git.run(
    ["show", "-s", "--format=%ae%x00%an", "--end-of-options", commit],
    [128]
  );
  if (r.code !== 0) {
    throw new PromotionRefused(
      `Cannot tell who wrote commit ${commit} (not in this clone${ctx.api ? " and not linked to a GitHub account" : ""}): a stage that forbids self-approval cannot be approved blind. Fetch the commit, or run where it is known.`
    );
  }
  const [email, name] = r.stdout.toString("utf8").trim().split("\0");
  const authorLogin = noreplyLogin(email);
  return authorLogin !== void 0 && logins.has(authorLogin.toLowerCase()) || actor.email !== void 0 && email?.toLowerCase() === actor.email.toLowerCase() || actor.via === "git-identity" && name === actor.name;
}
async function resolveArtifact(ctx, store, service, wanted, snapshot) {
  let digest;
  let ref;
  const tail = wanted.slice(wanted.lastIndexOf("@") + 1);
  if (isDigest(wanted)) {
    digest = wanted;
  } else if (wanted.startsWith("oci://") && store.digestOfRef) {
    ref = wanted;
    const named = await store.digestOfRef(service.name, wanted);
    if (named === void 0) {
      throw new PromotionRefused(`${wanted} is not an artifact of ${service.name} in the store.`);
    }
    digest = named;
  } else if (/^(local:|oci:\/\/|github:)/.test(wanted) && isDigest(tail)) {
    ref = wanted;
    digest = tail;
  } else {
    digest = await digestOfVersion(store, service, wanted, snapshot);
  }
  ref ??= artifactState(snapshot.state, service.name, digest)?.artifact ?? void 0;
  let found;
  try {
    found = await store.inspect(service.name, digest, ref);
    checkProvenanceSubject(found.provenance, digest, `${service.name} ${digest}`);
  } catch (e) {
    if (e instanceof ArtifactNotFoundError || e instanceof DigestMismatchError || /provenance|metadata/i.test(e.message)) {
      throw new PromotionRefused(
        `${service.name} ${digest} cannot be used: ${e.message}`
      );
    }
    throw e;
  }
  const facts = provenanceFacts(found.provenance);
  if (found.meta.service !== service.name || (facts.service ?? service.name) !== service.name) {
    throw new PromotionRefused(
      `${digest} was built for ${facts.service ?? found.meta.service}, not ${service.name}: an artifact is promoted only through its own service's pipeline.`
    );
  }
  return {
    digest,
    version: found.meta.version,
    commit: facts.commit ?? null,
    artifact: found.ref
  };
}
async function digestOfVersion(store, service, version2, snapshot) {
  const known = serviceState(snapshot.state, service.name).artifacts;
  const fromLedger = Object.entries(known).filter(([, a]) => a.version === version2).map(([d]) => d);
  const candidates = [
    .../* @__PURE__ */ new Set([...await store.findVersion(service.name, version2), ...fromLedger])
  ];
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) {
    throw new PromotionRefused(
      `${service.name} ${version2} is ambiguous: it names ${candidates.join(", ")}. Pass the digest instead.`
    );
  }
  const recent = Object.values(known).map((a) => a.version).slice(-10).reverse();
  throw new PromotionRefused(
    `No artifact ${service.name} ${version2} in the ${store.kind} store or the ledger` + (recent.length ? `; versions the ledger knows: ${recent.join(", ")}.` : ".") + " Pass a version build-artifact printed, or a digest."
  );
}
function storeFor(settings, run, logger) {
  return openStore(settings ?? { kind: "local" }, run, logger);
}

// src/app/deploy.ts
var DeployFailed = class extends MsdeployError {
};
async function deploy(s, run, logger) {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const env = environmentByName(ctx.manifest, s.environment);
  const placement = placementOf(env, service.name);
  const store = await storeFor(s.store, run, logger);
  const { actor, identity } = await establishActor(ctx);
  const snapshot = await ctx.ledger.read();
  const artifact = await resolveArtifact(ctx, store, service, s.version, snapshot);
  checkAccepted(snapshot.state, env, service.name, artifact);
  const config = await resolveReleaseConfig(s.manifest.root, env, placement, s.secret, logger);
  const target = {
    digest: artifact.digest,
    version: artifact.version,
    config: config.digest,
    release: releaseName(artifact.version, config.digest)
  };
  const url = releaseUrl(env, placement);
  const base = {
    service: service.name,
    environment: env.name,
    version: target.version,
    digest: target.digest,
    configDigest: target.config,
    release: target.release,
    ...url !== void 0 && { url }
  };
  const work = await mkdtemp4(join17(run.runnerTemp, "msdeploy-deploy-"));
  const opened = [];
  try {
    const artifactFile = join17(work, "artifact");
    const { kind } = (await store.get(artifact.artifact ?? artifact.digest, artifactFile)).meta;
    const writer = { actor, identity };
    const resumed = ownLease(
      snapshot.state,
      env,
      service.name,
      { actor, at: (/* @__PURE__ */ new Date()).toISOString(), reason: null, run: run.runUrl ?? null },
      holderIsGone
    );
    const started = resumed !== void 0 ? void 0 : await takeLease(
      ctx,
      env,
      service,
      writer,
      {
        target,
        leaseSeconds: s.leaseSeconds ?? DEFAULT_LEASE_SECONDS,
        waitSeconds: s.waitSeconds ?? 0,
        ...s.reason !== void 0 && { reason: s.reason }
      },
      logger
    );
    const mirrorTarget = deployMirrorTarget(base, artifact.commit, env, run.runUrl);
    if (started && !started.changed) {
      await settleDeployMirror(mirrorTarget, ctx.api, logger, {
        ...base.url && { url: base.url },
        description: `${target.release} is live`
      });
      return {
        ...base,
        changed: false,
        failed: false,
        rolledBack: false,
        message: started.message,
        targets: []
      };
    }
    if (resumed !== void 0) {
      logger.info(
        `Resuming the deploy that took the lease in ledger record ${resumed} (same owner and run).`
      );
    }
    const leaseSeq = resumed ?? started.record.seq;
    const liveRecord = deploymentState(
      started?.state ?? snapshot.state,
      env.name,
      service.name
    ).live;
    const live2 = liveRecord ? {
      digest: liveRecord.digest,
      version: liveRecord.version,
      config: liveRecord.config ?? target.config,
      release: liveRecord.release
    } : void 0;
    const close = (outcome, reason) => closeLease(ctx, env, service, writer, leaseSeq, outcome, reason);
    const mirror = await mirrorDeployStart(mirrorTarget, ctx.api, logger);
    let closed = false;
    try {
      const targets = (await openTargets(
        env,
        placement,
        { work, root: s.manifest.root, sshKey: s.sshKey, logger },
        s.targets
      )).map((t) => redactingTarget(t, config.secretValues));
      opened.push(...targets);
      const files = {
        service: service.name,
        dir: placement.dir,
        version: target.version,
        release: target.release,
        artifactFile,
        artifactDigest: target.digest,
        kind,
        config: config.json,
        configDigest: target.config
      };
      const reports = targets.map((t) => ({ target: t.name, steps: [] }));
      const limit = env.driver === "ssh" ? env.parallel : 1;
      const currents = await Promise.all(targets.map((t) => t.current(placement.dir)));
      for (const [i, current] of currents.entries()) {
        const previous = current === target.release || !targets[i].keepsReleases ? live2?.release : current;
        if (previous !== void 0) reports[i].previous = previous;
      }
      const forgetful = targets.filter((t) => !t.keepsReleases);
      if (live2 && live2.release !== target.release && forgetful.length > 0) {
        const ref = artifactState(snapshot.state, service.name, live2.digest)?.artifact ?? null;
        try {
          const earlier = await earlierReleaseFiles(store, placement, live2, ref, config, work);
          for (const t of forgetful) await t.prepare(earlier);
        } catch (e) {
          const why = e.message;
          logger.warning(`If this deploy fails, ${live2.release} cannot be restored: ${why}`);
        }
      }
      let failure;
      try {
        await inParallel(
          limit,
          targets.map(
            (t, i) => () => step(reports[i], "prepare", async () => {
              const r = await t.prepare(files);
              return r.created ? "unpacked" : "already there";
            })
          )
        );
      } catch (e) {
        failure = `preparing the release failed: ${e.message}`;
      }
      for (const [i, t] of failure === void 0 ? targets.entries() : []) {
        failure = await goLive(t, reports[i], env, placement, target);
        if (failure) break;
      }
      if (failure === void 0) {
        await inParallel(
          limit,
          targets.map((t, i) => () => {
            const previous = reports[i].previous;
            return step(reports[i], "prune", async () => {
              const removed = await t.prune(placement.dir, env.keep, previous ? [previous] : []);
              return removed.length ? `removed ${removed.join(", ")}` : "nothing to remove";
            }).catch(
              (e) => logger.warning(`${t.name}: pruning old releases failed: ${e.message}`)
            );
          })
        );
        closed = true;
        await close({ kind: "deployed", target }, s.reason);
        await mirror.finish({
          ok: true,
          ...base.url && { url: base.url },
          description: `${target.release} is live`
        });
        return {
          ...base,
          changed: true,
          failed: false,
          rolledBack: false,
          message: `Deployed ${service.name} ${target.release} to ${env.name} (${targets.map((t) => t.name).join(", ")}).`,
          ...live2 && { previousVersion: live2.version },
          targets: reports
        };
      }
      for (const [i, t] of targets.entries()) {
        const report = reports[i];
        const switched = report.steps.some((x) => x.step === "switch") || currents[i] === target.release;
        if (!switched || report.previous === void 0) continue;
        const back = live2?.release === report.previous ? live2 : { version: versionOfRelease(report.previous), release: report.previous };
        const after = await goLive(t, report, env, placement, back, "rollback");
        if (after) logger.error(`${t.name}: the release rolled back to is unhealthy too: ${after}`);
      }
      closed = true;
      await close(
        { kind: "rolled-back", failed: target, restored: live2 ?? null },
        `deploy of ${target.release} failed: ${failure}`
      );
      await mirror.finish({ ok: false, description: `failed: ${failure}` });
      return {
        ...base,
        changed: true,
        rolledBack: live2 !== void 0,
        failed: true,
        message: `Deploying ${service.name} ${target.release} to ${env.name} failed (${failure}); ` + (live2 ? `rolled back to ${live2.release}.` : "there was no earlier release to roll back to."),
        ...live2 && { previousVersion: live2.version },
        targets: reports
      };
    } catch (e) {
      if (!closed) {
        const why = `deploy of ${target.release} aborted: ${e.message}`;
        const outcome = { kind: "rolled-back", failed: target, restored: live2 ?? null };
        await abandon(close, outcome, why, mirror, logger);
      }
      throw e;
    }
  } finally {
    await closeTargets(opened, logger);
    await rm8(work, { recursive: true, force: true });
  }
}
function versionOfRelease(release2) {
  return release2.replace(/-[0-9a-f]{12}$/, "");
}

// src/app/rollback.ts
import { mkdtemp as mkdtemp5, rm as rm9 } from "node:fs/promises";
import { join as join18 } from "node:path";
async function rollback(s, run, logger) {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const env = environmentByName(ctx.manifest, s.environment);
  const placement = placementOf(env, service.name);
  const { actor, identity } = await establishActor(ctx);
  const snapshot = await ctx.ledger.read();
  const d = deploymentState(snapshot.state, env.name, service.name);
  if (!d.live) {
    throw new MsdeployError(
      `Nothing of ${service.name} is live in ${env.name}: there is nothing to roll back.`,
      {
        exitCode: ExitCode.refused
      }
    );
  }
  const live2 = {
    digest: d.live.digest,
    version: d.live.version,
    config: d.live.config ?? d.live.digest,
    release: d.live.release
  };
  const wanted = s.to === void 0 ? d.previous : await earlierRelease(ctx, env.name, service.name, s.to);
  if (!wanted) {
    throw new MsdeployError(
      s.to === void 0 ? `${service.name} in ${env.name} has no earlier release on record to roll back to: deploy a version instead.` : `${service.name} ${s.to} was never live in ${env.name}: deploy it instead (msdeploy deploy ${service.name} --env ${env.name} --version ${s.to}).`,
      { exitCode: ExitCode.refused }
    );
  }
  const target = {
    digest: wanted.digest,
    version: wanted.version,
    config: wanted.config ?? wanted.digest,
    release: wanted.release
  };
  checkAccepted(snapshot.state, env, service.name, target);
  const url = releaseUrl(env, placement);
  const base = {
    service: service.name,
    environment: env.name,
    version: target.version,
    digest: target.digest,
    configDigest: target.config,
    release: target.release,
    previousVersion: live2.version,
    ...url !== void 0 && { url }
  };
  const reason = s.reason ?? `rollback from ${live2.release}`;
  const started = await takeLease(
    ctx,
    env,
    service,
    { actor, identity },
    { target, leaseSeconds: DEFAULT_LEASE_SECONDS, waitSeconds: s.waitSeconds ?? 0, reason },
    logger
  );
  const leaseSeq = started.record.seq;
  const writer = { actor, identity };
  const commit = artifactState(snapshot.state, service.name, target.digest)?.commit ?? null;
  const mirror = await mirrorDeployStart(
    deployMirrorTarget(base, commit, env, run.runUrl),
    ctx.api,
    logger
  );
  let closed = false;
  const work = await mkdtemp5(join18(run.runnerTemp, "msdeploy-rollback-"));
  const opened = [];
  try {
    const targets = await openTargets(env, placement, {
      work,
      root: s.manifest.root,
      sshKey: s.sshKey,
      logger
    });
    opened.push(...targets);
    const forgetful = targets.filter((t) => !t.keepsReleases);
    if (forgetful.length > 0) {
      const store = await storeFor(s.store, run, logger);
      const config = await resolveReleaseConfig(
        s.manifest.root,
        env,
        placement,
        s.secret ?? (() => void 0),
        logger
      );
      const files = (r) => earlierReleaseFiles(
        store,
        placement,
        r,
        artifactState(snapshot.state, service.name, r.digest)?.artifact ?? null,
        config,
        work
      );
      const wantedFiles = await files(target);
      for (const t of forgetful) await t.prepare(wantedFiles);
      try {
        const liveFiles = await files(live2);
        for (const t of forgetful) await t.prepare(liveFiles);
      } catch (e) {
        logger.warning(
          `If the rollback fails, ${live2.release} cannot be restored: ${e.message}`
        );
      }
    }
    const reports = targets.map((t) => ({ target: t.name, steps: [] }));
    let failure;
    for (const [i, t] of targets.entries()) {
      reports[i].previous = live2.release;
      failure = await goLive(t, reports[i], env, placement, target, "rollback");
      if (failure) break;
    }
    if (failure !== void 0) {
      for (const [i, t] of targets.entries()) {
        if (!reports[i].steps.some((x) => x.step === "rollback" && x.ok)) continue;
        const after = await goLive(t, reports[i], env, placement, live2, "rollback");
        if (after) logger.error(`${t.name}: ${live2.release} is unhealthy too: ${after}`);
      }
    }
    const [failed, restored] = failure === void 0 ? [live2, target] : [target, live2];
    closed = true;
    await closeLease(
      ctx,
      env,
      service,
      writer,
      leaseSeq,
      { kind: "rolled-back", failed, restored },
      failure === void 0 ? reason : `rollback to ${target.release} failed: ${failure}`
    );
    await mirror.finish(
      failure === void 0 ? { ok: true, ...base.url && { url: base.url }, description: `${target.release} is live` } : { ok: false, description: `rollback failed: ${failure}` }
    );
    if (failure === void 0 && s.reject) {
      const artifact = { digest: live2.digest, version: live2.version, commit: null, artifact: null };
      await appendWithRetry(
        ctx,
        service,
        identity,
        (snap, origin) => Promise.resolve(decideRejection(snap.state, service, artifact, { ...origin, actor })),
        reason
      );
    }
    return {
      ...base,
      changed: true,
      failed: failure !== void 0,
      rolledBack: failure === void 0,
      message: failure === void 0 ? `Rolled ${service.name} back to ${target.release} in ${env.name}${s.reject ? `; ${live2.version} is rejected` : ""}.` : `Rolling ${service.name} back to ${target.release} in ${env.name} failed (${failure}); ${live2.release} is live again.`,
      targets: reports
    };
  } catch (e) {
    if (!closed) {
      const why = `rollback to ${target.release} aborted: ${e.message}`;
      const close = (outcome, reason2) => closeLease(ctx, env, service, writer, leaseSeq, outcome, reason2);
      await abandon(
        close,
        { kind: "rolled-back", failed: target, restored: live2 },
        why,
        mirror,
        logger
      );
    }
    throw e;
  } finally {
    await closeTargets(opened, logger);
    await rm9(work, { recursive: true, force: true });
  }
}
async function earlierRelease(ctx, environment, service, to) {
  const history = await ctx.ledger.history();
  const match = (r) => r.service === service && r.environment === environment && (r.kind === "deployed" || r.kind === "rolled-back") && r.digest !== null && r.release && (isDigest(to) ? r.digest === to : r.version === to);
  const found = [...history].reverse().find((e) => match(e.record))?.record;
  return found ? {
    digest: found.digest,
    version: found.version,
    config: found.config ?? null,
    release: found.release
  } : void 0;
}

// src/cli/ledger-options.ts
var ledgerOptions = {
  "ledger-ref": {
    type: "string",
    value: "<ref>",
    description: "the ledger ref (default: pipeline.ledger.ref, else msdeploy/ledger)"
  },
  push: {
    type: "boolean",
    description: "read and write the ledger on origin (default: pipeline.ledger.push, else local)"
  },
  json: { type: "boolean", description: "print the result as JSON" },
  ...workspaceOptions
};
var reasonOption = {
  reason: { type: "string", value: "<text>", description: "why: recorded in the ledger" }
};
function ledgerSettings(values) {
  return {
    ...values["ledger-ref"] !== void 0 && { ledgerRef: values["ledger-ref"] },
    ...values.push !== void 0 && { push: values.push },
    token: process.env.GITHUB_TOKEN
  };
}

// src/cli/commands/deploy.ts
var leaseWaitOption = {
  "lease-wait": {
    type: "string",
    value: "<seconds>",
    description: "wait up to this long for another deployer's lease (default 0: refuse at once)"
  }
};
var deployCommand = defineCommand({
  name: "deploy",
  summary: "Deploy a release (artifact \xD7 configuration) of a service to an environment.",
  args: ["<service>"],
  options: {
    env: { type: "string", value: "<environment>", description: "the environment (required)" },
    version: {
      type: "string",
      value: "<v|sha256:\u2026>",
      description: "the version, digest or artifact reference to deploy (required)"
    },
    ...leaseWaitOption,
    ...reasonOption,
    ...storeOptions,
    ...ledgerOptions
  },
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    if (!values.env) throw new UsageError("deploy needs --env: see msdeploy deploy --help.");
    if (!values.version)
      throw new UsageError("deploy needs --version: see msdeploy deploy --help.");
    const outcome = await deploy(
      {
        manifest,
        service,
        environment: values.env,
        version: values.version,
        waitSeconds: parseLeaseWait(values["lease-wait"]),
        ...values.reason !== void 0 && { reason: values.reason },
        ...ledgerSettings(values),
        store: storeSettings(values, manifest.root),
        // Secrets come from this process's environment; only the environment's names are read.
        secret: (name) => process.env[name],
        // The ssh driver's key, as a secret (CI); otherwise ssh's agent and ~/.ssh as usual.
        ...process.env.MSDEPLOY_SSH_KEY && { sshKey: process.env.MSDEPLOY_SSH_KEY }
      },
      run,
      logger
    );
    process.stdout.write(
      values.json ? JSON.stringify(outcome, null, 2) + "\n" : deployText(outcome)
    );
    if (outcome.failed) throw new DeployFailed(outcome.message);
    return 0;
  }
});
function deployText(o) {
  const lines = [o.message];
  for (const t of o.targets) {
    lines.push(`  ${t.target}${t.previous ? ` (was ${t.previous})` : ""}`);
    for (const s of t.steps) lines.push(`    ${s.ok ? "\u2713" : "\u2717"} ${s.step}  ${s.detail}`);
  }
  return lines.map(terminalSafe).join("\n") + "\n";
}
var rollbackCommand = defineCommand({
  name: "rollback",
  summary: "Make an earlier release of a service live again in an environment.",
  args: ["<service>"],
  options: {
    env: { type: "string", value: "<environment>", description: "the environment (required)" },
    to: {
      type: "string",
      value: "<v|sha256:\u2026>",
      description: "a version that was live there before (default: the one the live release replaced)"
    },
    reject: { type: "boolean", description: "also reject the release it replaces" },
    ...leaseWaitOption,
    ...reasonOption,
    ...storeOptions,
    ...ledgerOptions
  },
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    if (!values.env) throw new UsageError("rollback needs --env: see msdeploy rollback --help.");
    const outcome = await rollback(
      {
        manifest,
        service,
        environment: values.env,
        ...values.to !== void 0 && { to: values.to },
        ...values.reject !== void 0 && { reject: values.reject },
        waitSeconds: parseLeaseWait(values["lease-wait"]),
        ...values.reason !== void 0 && { reason: values.reason },
        ...ledgerSettings(values),
        // The command driver fetches the earlier artifact and resolves its configuration again.
        store: storeSettings(values, manifest.root),
        secret: (name) => process.env[name],
        ...process.env.MSDEPLOY_SSH_KEY && { sshKey: process.env.MSDEPLOY_SSH_KEY }
      },
      run,
      logger
    );
    process.stdout.write(
      values.json ? JSON.stringify(outcome, null, 2) + "\n" : deployText(outcome)
    );
    if (outcome.failed) throw new DeployFailed(outcome.message);
    return 0;
  }
});

// src/cli/commands/detect.ts
import { resolve as resolve9 } from "node:path";

// src/app/detect.ts
import { constants as constants3 } from "node:fs";
import { mkdir as mkdir7, mkdtemp as mkdtemp6, open as open3 } from "node:fs/promises";
import { dirname as dirname7, join as join19 } from "node:path";

// src/core/changes/affected.ts
function indexOwners(manifest) {
  return [
    ...manifest.services.map((s) => ({ id: s.name, patterns: s.patterns })),
    ...manifest.libraries.map((l) => ({ id: l.name, patterns: l.patterns })),
    { id: "", patterns: manifest.global }
  ];
}
function matchChanges(manifest, changes) {
  const owners = indexOwners(manifest);
  const index = new PathIndex(owners);
  const filesByOwner = owners.map(() => []);
  let unownedCount = 0;
  const add = (path) => {
    const hits = index.ownersOf(path);
    for (const o of hits) filesByOwner[o].push(path);
    return hits.length > 0;
  };
  for (const change of changes) {
    let owned = add(change.path);
    if (change.oldPath !== void 0 && change.oldPath !== change.path) {
      owned = add(change.oldPath) || owned;
    }
    if (!owned) unownedCount++;
  }
  return { filesByOwner, unownedCount };
}
function computeAffected(manifest, changes) {
  const { filesByOwner, unownedCount } = matchChanges(manifest, changes);
  const nServices = manifest.services.length;
  const nodes = [...manifest.services, ...manifest.libraries];
  const byName = new Map(nodes.map((n, i) => [n.name, i]));
  const globalFiles = filesByOwner[nodes.length];
  const dependents = nodes.map(() => []);
  nodes.forEach((n, i) => {
    for (const dep of n.dependsOn) {
      const d = byName.get(dep);
      if (d !== void 0) dependents[d].push(i);
    }
  });
  const reasons = nodes.map(() => void 0);
  const queue = [];
  nodes.forEach((n, i) => {
    const first = filesByOwner[i][0];
    if (first !== void 0) {
      reasons[i] = { kind: "paths", chain: [n.name], file: first };
      queue.push(i);
    }
  });
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head];
    const r = reasons[from];
    for (const to of dependents[from]) {
      if (reasons[to]) continue;
      reasons[to] = { kind: "dependency", chain: [nodes[to].name, ...r.chain], file: r.file };
      queue.push(to);
    }
  }
  for (const group of manifest.releaseGroups) {
    const members = group.services.map((s) => byName.get(s));
    const trigger = members.find((m) => reasons[m] && reasons[m].kind !== "release-group");
    if (trigger === void 0) continue;
    for (const m of members) {
      if (reasons[m]) continue;
      reasons[m] = {
        kind: "release-group",
        group: group.name,
        chain: [nodes[m].name, ...reasons[trigger].chain],
        file: reasons[trigger].file
      };
    }
  }
  if (globalFiles.length > 0) {
    for (let i = 0; i < nServices; i++) {
      reasons[i] ??= { kind: "global", chain: [nodes[i].name], file: globalFiles[0] };
    }
  }
  const result = (i) => ({
    name: nodes[i].name,
    path: nodes[i].path,
    affected: reasons[i] !== void 0,
    reason: reasons[i],
    files: filesByOwner[i]
  });
  return {
    services: manifest.services.map((_, i) => result(i)),
    libraries: manifest.libraries.map((_, j) => result(nServices + j)),
    globalFiles,
    unownedCount,
    changedCount: changes.length
  };
}
function allAffected(manifest, kind, note, only) {
  return {
    services: manifest.services.map((s) => {
      const affected = !only || only.has(s.name);
      return {
        name: s.name,
        path: s.path,
        affected,
        reason: affected ? { kind, chain: [s.name], note } : void 0,
        files: []
      };
    }),
    libraries: manifest.libraries.map((l) => ({
      name: l.name,
      path: l.path,
      affected: false,
      files: []
    })),
    globalFiles: [],
    unownedCount: 0,
    changedCount: 0
  };
}
function reasonText(reason) {
  const where2 = reason.file !== void 0 ? ` (${reason.file})` : "";
  switch (reason.kind) {
    case "paths":
      return `own files changed${where2}`;
    case "dependency":
      return `${reason.chain.join(" \u2190 ")}${where2}`;
    case "release-group":
      return `release group ${reason.group}: ${reason.chain.join(" \u2190 ")}${where2}`;
    case "global":
      return `global file changed${where2}`;
    case "requested":
    case "all":
      return reason.note ?? reason.kind;
  }
}

// src/core/changes/detect.ts
async function detect(req, ports) {
  const given = req.manifest;
  const load = typeof given === "function" ? given : () => Promise.resolve(given);
  if (req.services && req.services.length > 0) {
    const manifest2 = await load();
    for (const name of req.services) serviceByName(manifest2, name);
    const head = await ports.git.resolveCommit(req.base.head ?? req.base.event.sha) ?? req.base.event.sha;
    const reason = `services input: ${req.services.join(", ")}`;
    return {
      head,
      baseReason: reason,
      affected: allAffected(
        manifest2,
        "requested",
        "requested by the services input",
        new Set(req.services)
      )
    };
  }
  let decision;
  try {
    decision = await resolveBase(req.base, ports);
  } catch (e) {
    await load();
    throw e;
  }
  if (decision.kind === "all") {
    if (decision.warning) ports.logger.warning(decision.warning);
    return {
      head: decision.head,
      baseReason: decision.reason,
      warning: decision.warning,
      affected: allAffected(await load(), "all", decision.reason)
    };
  }
  const diff2 = ports.git.diff(decision.base, decision.head);
  req.onCompare?.(decision.base, decision.head);
  let manifest;
  try {
    manifest = await load();
  } catch (e) {
    diff2.catch(() => void 0);
    throw e;
  }
  return {
    base: decision.base,
    head: decision.head,
    baseReason: decision.reason,
    affected: computeAffected(manifest, await diff2)
  };
}

// src/core/changes/local-base.ts
var DEFAULT_BRANCHES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
var FIRST_DEEPEN2 = 50;
async function localDefaultBase(git, head, opts = {}) {
  const headSha = await git.resolveCommit(head);
  if (!headSha) return void 0;
  let found = await lookup2(git, head, headSha);
  if (found || !await git.isShallow()) return found;
  const max = opts.maxFetchRounds ?? DEFAULT_MAX_FETCH_ROUNDS;
  let depth = FIRST_DEEPEN2;
  let fetched = 0;
  for (let round = 1; round <= max && await git.isShallow(); round++) {
    opts.logger?.info(
      `Shallow clone: fetching ${depth} more commits of history to find the base (round ${round} of at most ${max}).`
    );
    if (!await git.deepen(depth, [])) break;
    fetched += depth;
    found = await lookup2(git, head, headSha);
    if (found) return found;
    depth *= 2;
  }
  if (!await git.isShallow()) return void 0;
  return {
    warning: `Shallow clone: could not find where ${head} left the default branch, nor the commit before it, after fetching ${fetched} more commits of history: treating every service as affected. Fetch the history (git fetch --unshallow) or pass --base.`
  };
}
async function lookup2(git, head, headSha) {
  for (const branch of DEFAULT_BRANCHES) {
    const tip = await git.resolveCommit(branch);
    if (!tip) continue;
    const mb = await git.mergeBase(tip, headSha);
    if (mb && mb !== headSha) return { base: mb, reason: `where ${head} left ${branch}` };
    if (mb === headSha) break;
  }
  const parent = await git.resolveCommit(`${headSha}^`);
  return parent ? { base: parent, reason: `the commit before ${head}` } : void 0;
}

// src/core/report/detect-outputs.ts
var OUTPUT_BUDGET_BYTES = 900 * 1024;
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
      reasonText: s.reason ? reasonText(s.reason) : null
    })),
    libraries: affected.libraries.map((l) => ({
      ...l,
      reasonText: l.reason ? reasonText(l.reason) : null
    }))
  };
}

// src/app/detect.ts
var LARGE_MANIFEST = 256 * 1024;
async function detectAffected(settings, run, logger) {
  const manifestText = await readManifestText(settings.manifest);
  const heap = manifestText.length >= LARGE_MANIFEST ? await import("./heap-OHJU35HR.js") : void 0;
  heap?.limitYoungGeneration();
  const parser = import("./manifest-load-V74MRO4G.js");
  parser.catch(() => void 0);
  let parsed;
  const manifest = () => parsed ??= parser.then(({ parseManifestText }) => {
    const m = parseManifestText(manifestText, settings.manifest);
    heap?.collectGarbage();
    return m;
  });
  const git = new CliGit(settings.manifest.root, { logger });
  let base = settings.base;
  let head = settings.head;
  let event;
  let lostBase;
  if (run.onActions) {
    event = eventContext(run);
  } else {
    await manifest();
    head ??= "HEAD";
    event = { eventName: "local", sha: head, ref: "", payload: {} };
    if (!base && settings.services.length === 0) {
      const local = await localDefaultBase(git, head, {
        logger,
        maxFetchRounds: settings.maxFetchRounds
      });
      if (local && "warning" in local) {
        logger.warning(local.warning);
        lostBase = local.warning;
      } else if (local) {
        base = local.base;
        logger.info(`base: ${local.reason}`);
      }
    }
  }
  let listed;
  const listTree = (_base, head2) => {
    listed = git.listFiles(head2);
    listed.catch(() => void 0);
  };
  let result = await detect(
    {
      manifest,
      services: settings.services,
      onCompare: listTree,
      base: {
        event,
        base,
        head,
        policy: settings.basePolicy,
        maxFetchRounds: settings.maxFetchRounds
      }
    },
    {
      git,
      github: createGitHubApi({
        token: settings.token,
        repository: run.repository ?? "",
        apiUrl: run.apiUrl,
        logger
      }),
      logger
    }
  );
  if (lostBase !== void 0 && result.base === void 0 && settings.services.length === 0) {
    result = { ...result, baseReason: lostBase, warning: lostBase };
  }
  await checkManifestPaths(await manifest(), settings.manifest, git, result.head, logger, {
    listed
  });
  const detail = detectDetail(result);
  const text = JSON.stringify(detail);
  let detailPath;
  if (settings.detailFile) {
    detailPath = settings.detailFile;
    await writeNoFollow(detailPath, text);
  } else if (settings.detailDir) {
    detailPath = join19(await mkdtemp6(join19(settings.detailDir, "msdeploy-detect-")), "detail.json");
    const fh = await open3(detailPath, "wx", 384);
    try {
      await fh.writeFile(text);
    } finally {
      await fh.close();
    }
  }
  return { result, detail, ...detailPath !== void 0 && { detailPath } };
}
async function writeNoFollow(path, text) {
  await mkdir7(dirname7(path), { recursive: true });
  let fh;
  try {
    fh = await open3(
      path,
      constants3.O_WRONLY | constants3.O_CREAT | constants3.O_TRUNC | constants3.O_NOFOLLOW,
      384
    );
  } catch (e) {
    if (e.code === "ELOOP") {
      throw new MsdeployError(
        `The detail file ${path} is a symbolic link: refusing to write through it. Remove it or choose another path.`
      );
    }
    throw e;
  }
  try {
    const info = await fh.stat();
    if (!info.isFile()) throw new MsdeployError(`The detail file ${path} is not a regular file.`);
    await fh.writeFile(text);
  } finally {
    await fh.close();
  }
}
function eventContext(run) {
  return {
    eventName: run.eventName,
    sha: run.sha ?? "HEAD",
    ref: run.ref ?? "",
    payload: run.payload,
    defaultBranch: run.defaultBranch,
    workflowId: run.workflowFile,
    runId: run.runId
  };
}

// src/core/report/detect-text.ts
function printable(text) {
  return showInvisible(text).replace(
    /[^ -~\u0080-\uffff]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
}
function detectText(input) {
  const { affected } = input;
  const hit = affected.services.filter((s) => s.affected);
  const lines = [];
  const range = input.base ? `${shortSha(input.base)}..${shortSha(input.head)}` : `${shortSha(input.head)} (no base)`;
  lines.push(`base: ${range} \u2014 ${printable(input.baseReason)}`);
  lines.push(
    `${affected.changedCount} changed files; ${hit.length} of ${affected.services.length} services affected`
  );
  if (input.warning) lines.push(`WARNING: ${printable(input.warning)}`);
  const width = Math.max(7, ...affected.services.map((s) => s.name.length));
  for (const s of affected.services) {
    const mark = s.affected ? "\u25CF" : "\u25CB";
    const why = s.reason ? printable(reasonText(s.reason)) : "unchanged";
    lines.push(`  ${mark} ${printable(s.name).padEnd(width)}  ${why}`);
  }
  return lines.join("\n") + "\n";
}

// src/cli/commands/detect.ts
var detectCommand = defineCommand({
  name: "detect",
  summary: "Which services does the change between two commits affect, and why.",
  options: {
    base: {
      type: "string",
      value: "<rev>",
      description: "compare from this revision: a branch means where HEAD left it (merge-base), a sha or\ntag exactly (default: inside GitHub Actions, the event's base; elsewhere, where HEAD\nleft the default branch)"
    },
    head: {
      type: "string",
      value: "<rev>",
      description: "compare up to this revision (default: HEAD)"
    },
    services: {
      type: "string",
      value: "<a,b>",
      description: "skip detection: exactly these services"
    },
    detail: {
      type: "string",
      value: "<file>",
      description: "also write the full detail JSON (every file of every service) here"
    },
    "max-fetch-rounds": {
      type: "string",
      value: "<n>",
      description: "bound on deepening a shallow clone",
      default: "8"
    },
    json: { type: "boolean", description: "print the detail JSON to stdout instead of text" },
    ...workspaceOptions
  },
  async run(values) {
    const { manifest, run, logger } = await workspace(values);
    const { result, detail } = await detectAffected(
      {
        manifest,
        base: values.base,
        head: values.head,
        basePolicy: "event",
        services: parseList("services", values.services ?? ""),
        maxFetchRounds: parseMaxFetchRounds(values["max-fetch-rounds"]),
        detailFile: values.detail === void 0 ? void 0 : resolve9(values.cwd, values.detail),
        token: process.env.GITHUB_TOKEN
      },
      run,
      logger
    );
    process.stdout.write(values.json ? JSON.stringify(detail, null, 2) + "\n" : detectText(result));
    return 0;
  }
});

// src/app/promotion-mirrors.ts
var PROMOTE_TASK = "msdeploy:promote";
function mirrorEnvironment(service, stage) {
  return `${service}/${stage}`;
}
function mirrorContext(service, stage) {
  return `msdeploy/${service}/${stage}`;
}
async function mirrorPromotion(target, ports) {
  const { api, store, logger } = ports;
  const what = `${target.service} ${target.version} in ${target.stage}`;
  const github = () => {
    if (!api) return "no GitHub API here (no token or repository)";
    if (target.commit === null) return `the commit of ${target.version} is unknown`;
    return { api, commit: target.commit };
  };
  const run = async (name, mirror) => {
    try {
      const skipped = await mirror();
      if (skipped !== void 0) {
        logger.debug(`Mirror of ${what}: no ${name} (${skipped}).`);
        return { status: "skipped", reason: skipped };
      }
      return { status: "ok" };
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      logger.warning(
        `Mirror of ${what}: the ${name} failed: ${error.message} The ledger holds the promotion; re-running the promotion repairs the mirror.`
      );
      return { status: "failed", error };
    }
  };
  return {
    deployments: await run("GitHub deployment", async () => {
      const gh = github();
      if (typeof gh === "string") return gh;
      await mirrorDeployment(gh.api, target, gh.commit, logger);
      return void 0;
    }),
    commitStatus: await run("commit status", async () => {
      const gh = github();
      if (typeof gh === "string") return gh;
      const context = mirrorContext(target.service, target.stage);
      const description = `${target.version} entered ${target.stage}`;
      const latest = await gh.api.latestCommitStatus(gh.commit, context);
      if (latest?.state === "success" && latest.description === description) return void 0;
      await gh.api.createCommitStatus({
        sha: gh.commit,
        state: "success",
        context,
        description,
        ...target.runUrl !== void 0 && { targetUrl: target.runUrl }
      });
      return void 0;
    }),
    stageTag: await run("stage tag", async () => {
      if (!store) return "no store here";
      if (!store.tagStage) return `the ${store.kind} store has no stage tags`;
      await store.tagStage(target.service, target.stage, target.digest);
      return void 0;
    })
  };
}
async function mirrorDeployment(api, t, commit, logger) {
  const environment = mirrorEnvironment(t.service, t.stage);
  const existing = await api.listDeployments({ environment });
  const found = existing.find(
    (d) => d.sha === commit && d.task === PROMOTE_TASK && d.payload.digest === t.digest
  );
  const deployment2 = found ?? await api.createDeployment({
    sha: commit,
    environment,
    description: `${t.service} ${t.version} entered ${t.stage}`,
    payload: {
      service: t.service,
      stage: t.stage,
      version: t.version,
      digest: t.digest,
      // Where the stage deploys, for whoever reads the payload; not a GitHub environment here.
      ...t.environment !== void 0 && { environment: t.environment }
    },
    task: PROMOTE_TASK,
    productionEnvironment: t.production
  });
  const logUrl = t.runUrl !== void 0 ? { logUrl: t.runUrl } : {};
  const [latest] = found ? await api.listDeploymentStatuses(found.id) : [];
  if (latest?.state !== "success") {
    for (const state of ["in_progress", "success"]) {
      await api.createDeploymentStatus({
        deploymentId: deployment2.id,
        state,
        description: `${t.version} ${state === "success" ? "entered" : "entering"} ${t.stage}`,
        ...logUrl,
        // The loop below does it, for production environments too (GitHub's own skips them).
        autoInactive: false
      });
    }
  }
  for (const other of existing) {
    if (other.id === deployment2.id) continue;
    const [last] = await api.listDeploymentStatuses(other.id);
    if (last?.state === "inactive") continue;
    await api.createDeploymentStatus({
      deploymentId: other.id,
      state: "inactive",
      description: `${t.version} replaced it in ${t.stage}`,
      autoInactive: false
    });
  }
  logger.info(
    `Mirror of ${t.service} ${t.version} in ${t.stage}: deployment ${deployment2.id} in environment ${environment} (${found ? "reused" : "created"}).`
  );
}

// src/app/promote.ts
async function promote(s, run, logger) {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const stage = service.stages.find((x) => x.name === s.to);
  const store = await storeFor(s.store, run, logger);
  const { actor, identity } = await establishActor(ctx);
  let artifact;
  let facts;
  const outcome = await appendWithRetry(
    ctx,
    service,
    identity,
    async (snapshot, origin) => {
      artifact ??= await resolveArtifact(ctx, store, service, s.version, snapshot);
      facts ??= stage ? await approvalFacts(ctx, stage, actor, artifact.commit) : { approver: false, author: false };
      return decidePromotion(snapshot.state, service, s.to, artifact, { ...origin, actor }, facts);
    },
    s.reason
  );
  const a = artifact;
  const result = {
    ...outcome,
    stage: s.to,
    version: a.version,
    digest: a.digest,
    previous: outcome.record?.previous ?? null,
    ...stage?.environment !== void 0 && { environment: stage.environment }
  };
  if (ctx.ledger.remote) {
    result.mirrors = await mirrorPromotion(
      {
        service: service.name,
        stage: s.to,
        version: a.version,
        digest: a.digest,
        commit: a.commit,
        ...run.runUrl && { runUrl: run.runUrl },
        ...stage?.environment !== void 0 && { environment: stage.environment },
        production: s.to === "production"
      },
      { ...ctx.api && { api: ctx.api }, store, logger }
    );
  }
  return result;
}
async function hold(s, run, logger) {
  return stageCommand(s, run, logger, decideHold);
}
async function release(s, run, logger) {
  return stageCommand(s, run, logger, decideRelease);
}
async function stageCommand(s, run, logger, decide) {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const { actor, identity } = await establishActor(ctx);
  return appendWithRetry(
    ctx,
    service,
    identity,
    (snapshot, origin) => Promise.resolve(decide(snapshot.state, service, s.stage, { ...origin, actor })),
    s.reason
  );
}
async function reject(s, run, logger) {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const store = await storeFor(s.store, run, logger);
  const { actor, identity } = await establishActor(ctx);
  let artifact;
  return appendWithRetry(
    ctx,
    service,
    identity,
    async (snapshot, origin) => {
      artifact ??= await resolveArtifact(ctx, store, service, s.version, snapshot);
      return decideRejection(snapshot.state, service, artifact, { ...origin, actor });
    },
    s.reason
  );
}
async function status(s, run, logger) {
  const ctx = await openLedgerContext(s, run, logger);
  const services = s.service ? [serviceByName(ctx.manifest, s.service)] : ctx.manifest.services;
  const snapshot = await ctx.ledger.read();
  return {
    services: services.map((svc) => serviceStatus(snapshot.state, svc)),
    ...snapshot.commit && { commit: snapshot.commit }
  };
}
async function ledgerLog(s, run, logger) {
  const ctx = await openLedgerContext(s, run, logger);
  const service = serviceByName(ctx.manifest, s.service);
  const history = await ctx.ledger.history();
  return history.map((e) => e.record).filter((r) => r.service === service.name);
}

// src/cli/commands/ledger.ts
function print(outcome, json, extra = {}) {
  if (json) {
    const { changed, record: record2, message, commit, status: status2, attempts } = outcome;
    const out = {
      changed,
      record: record2 ?? null,
      message,
      commit: commit ?? null,
      status: status2,
      attempts
    };
    process.stdout.write(JSON.stringify({ ...out, ...extra }, null, 2) + "\n");
  } else {
    process.stdout.write(terminalSafe(outcome.message) + "\n" + statusText([outcome.status]));
  }
  return 0;
}
var promoteCommand = defineCommand({
  name: "promote",
  summary: "Move one artifact digest into the next stage of its service's pipeline.",
  args: ["<service>"],
  options: {
    to: { type: "string", value: "<stage>", description: "the stage to enter (required)" },
    version: {
      type: "string",
      value: "<v|sha256:\u2026>",
      description: "the version, digest or artifact reference to promote (required)"
    },
    ...reasonOption,
    ...storeOptions,
    ...ledgerOptions
  },
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const outcome = await promote(
      {
        manifest,
        ...ledgerSettings(values),
        service,
        to: required(values.to, "to", "promote"),
        version: required(values.version, "version", "promote"),
        ...values.reason !== void 0 && { reason: values.reason },
        store: storeSettings(values, manifest.root)
      },
      run,
      logger
    );
    return print(outcome, values.json);
  }
});
var statusCommand = defineCommand({
  name: "status",
  summary: "Where each artifact of one service (or of all) stands, stage by stage.",
  args: ["[<service>]"],
  options: ledgerOptions,
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const result = await status(
      { manifest, ...ledgerSettings(values), ...service !== void 0 && { service } },
      run,
      logger
    );
    process.stdout.write(
      values.json ? JSON.stringify({ services: result.services }, null, 2) + "\n" : statusText(result.services)
    );
    return 0;
  }
});
var logCommand = defineCommand({
  name: "log",
  summary: "A service's ledger records, oldest first.",
  args: ["<service>"],
  options: ledgerOptions,
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const records = await ledgerLog(
      { manifest, ...ledgerSettings(values), service },
      run,
      logger
    );
    if (values.json) {
      process.stdout.write(JSON.stringify(records, null, 2) + "\n");
      return 0;
    }
    for (const r of records) {
      const what = [r.kind, r.stage, r.version, r.digest?.slice(0, 19)].filter(Boolean).join(" ");
      const why = r.reason ? `: ${r.reason}` : "";
      process.stdout.write(
        terminalSafe(`${r.seq}  ${r.at}  ${what}  by ${r.actor} (${r.via})${why}`) + "\n"
      );
    }
    return 0;
  }
});
var stageOptions = {
  stage: { type: "string", value: "<stage>", description: "the stage (required)" },
  ...reasonOption,
  ...ledgerOptions
};
var holdCommand = defineCommand({
  name: "hold",
  summary: "Stop every promotion into a stage until it is released (needs --reason).",
  args: ["<service>"],
  options: stageOptions,
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const outcome = await hold(
      {
        manifest,
        ...ledgerSettings(values),
        service,
        stage: required(values.stage, "stage", "hold"),
        ...values.reason !== void 0 && { reason: values.reason }
      },
      run,
      logger
    );
    return print(outcome, values.json);
  }
});
var releaseCommand = defineCommand({
  name: "release",
  summary: "Lift the hold on a stage.",
  args: ["<service>"],
  options: stageOptions,
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const outcome = await release(
      {
        manifest,
        ...ledgerSettings(values),
        service,
        stage: required(values.stage, "stage", "release"),
        ...values.reason !== void 0 && { reason: values.reason }
      },
      run,
      logger
    );
    return print(outcome, values.json);
  }
});
var rejectCommand = defineCommand({
  name: "reject",
  summary: "Mark an artifact as never to be promoted again (needs --reason).",
  args: ["<service>"],
  options: {
    version: {
      type: "string",
      value: "<v|sha256:\u2026>",
      description: "the version, digest or artifact reference to reject (required)"
    },
    ...reasonOption,
    ...storeOptions,
    ...ledgerOptions
  },
  async run(values, [service]) {
    const { manifest, run, logger } = await workspace(values);
    const outcome = await reject(
      {
        manifest,
        ...ledgerSettings(values),
        service,
        version: required(values.version, "version", "reject"),
        ...values.reason !== void 0 && { reason: values.reason },
        store: storeSettings(values, manifest.root)
      },
      run,
      logger
    );
    return print(outcome, values.json);
  }
});
function required(value, option, command) {
  if (value === void 0 || value === "") {
    throw new UsageError(`${command} needs --${option}: see msdeploy ${command} --help.`);
  }
  return value;
}

// src/cli/index.ts
var COMMANDS = [
  detectCommand,
  buildCommand,
  promoteCommand,
  statusCommand,
  logCommand,
  holdCommand,
  releaseCommand,
  rejectCommand,
  deployCommand,
  rollbackCommand
];
function help() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 3;
  return `msdeploy \u2014 one CI/CD pipeline per microservice

Usage: msdeploy <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join("\n")}

Run \`msdeploy <command> --help\` for a command's options; \`msdeploy --version\` for the version.

Exit codes: 0 success (a promotion that changes nothing included), 1 failure, 2 bad usage,
3 missing or invalid manifest, 4 refused by the promotion rules (nothing was written); a failed
build exits with its build command's exit code.
`;
}
async function main(argv) {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V") {
    process.stdout.write(`msdeploy ${msdeployVersion()}
`);
    return ExitCode.ok;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : void 0;
    process.stdout.write(topic ? commandHelp(topic) : help());
    return name ? ExitCode.ok : ExitCode.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const guess = closest(
      name,
      COMMANDS.map((c) => c.name)
    );
    throw new UsageError(
      `Unknown command "${name}"${guess ? ` \u2014 did you mean "${guess}"?` : "."} Commands: ${COMMANDS.map((c) => c.name).join(", ")}. See msdeploy --help.`
    );
  }
  const { values, args } = parseCommandLine(command, rest);
  if (values.help) {
    process.stdout.write(commandHelp(command));
    return ExitCode.ok;
  }
  return command.run(values, args);
}
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  const failure = asMsdeployError(e);
  const located2 = failure.annotations.filter((a) => a.file && a.line);
  const lines = located2.length ? located2.map((a) => `${a.file}:${a.line}:${a.col ?? 1}: ${a.message}`) : [`msdeploy: ${failure.messageFor("cli")}`, ...failure.detail];
  process.stderr.write(`${lines.join("\n")}
`);
  process.exitCode = failure.exitCode;
}
