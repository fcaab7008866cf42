import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);

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
var ManifestProblem = class extends MsdeployError {
  constructor(message, annotations = []) {
    super(message, { exitCode: ExitCode.manifest, annotations });
  }
};
function asMsdeployError(e) {
  if (e instanceof MsdeployError) return e;
  return new MsdeployError(e instanceof Error ? e.message : String(e), { cause: e });
}

// src/core/manifest/problems.ts
var DEFAULT_MANIFEST_FILE = "msdeploy.yml";
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function manifestTooLarge(bytes, shownAs) {
  return {
    file: shownAs,
    line: 1,
    col: 1,
    message: `${shownAs} is ${bytes} bytes, over the ${MAX_MANIFEST_BYTES} bytes (4 MiB) a manifest may be; it was not parsed. Is this the right file? See docs/manifest.md.`
  };
}
function formatIssue(i) {
  return `${i.file}:${i.line}:${i.col}: ${i.message}`;
}
var ManifestError = class extends ManifestProblem {
  issues;
  constructor(issues) {
    const n = issues.length;
    super(
      `${n} problem${n === 1 ? "" : "s"} in the manifest:
${issues.map(formatIssue).join("\n")}`,
      issues
    );
    this.issues = issues;
  }
};

// src/platform/manifest-file.ts
import { readFile, realpath, stat } from "node:fs/promises";
import { dirname, join, relative as relative2, resolve } from "node:path";

// src/core/paths/inside.ts
import { isAbsolute, relative, sep } from "node:path";
function isInside(root, p) {
  const rel = relative(root, p);
  return rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

// src/platform/manifest-file.ts
async function insideRepository(root, path, what) {
  const realRoot = await realpath(root);
  let real;
  try {
    real = await realpath(join(root, path));
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
  if (!isInside(realRoot, real)) {
    throw new ManifestProblem(
      `${what} ${path} leads outside the repository (through a symbolic link): refusing to use it.`
    );
  }
  return real;
}
async function readManifestText(at) {
  try {
    await insideRepository(at.root, at.file, "The manifest");
    const path = join(at.root, at.file);
    const { size } = await stat(path);
    if (size > MAX_MANIFEST_BYTES) throw new ManifestError([manifestTooLarge(size, at.shownAs)]);
    return await readFile(path, "utf8");
  } catch (e) {
    if (e instanceof ManifestProblem) throw e;
    const code = e.code;
    throw new ManifestProblem(
      (audience) => code === "ENOENT" ? `No manifest at ${at.shownAs}: create msdeploy.yml at the repository root (see docs/manifest.md), or point the ${settingLabel("manifest", audience)} at it.` : `Cannot read the manifest ${at.shownAs}: ${e.message}`
    );
  }
}

// src/core/manifest/suggest.ts
function closest(input, candidates) {
  const wanted = fold(input);
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = fold(candidate);
    const d = c === wanted ? 0 : editDistance(wanted, c);
    const limit = Math.max(1, Math.floor(Math.max(wanted.length, c.length) / 3));
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function didYouMean(input, candidates) {
  const hit = closest(input, candidates);
  return hit === void 0 ? void 0 : `did you mean \`${hit}\`?`;
}
var fold = (s) => s.toLowerCase().replace(/[_\s]/g, "-").replace(/-/g, "");
function editDistance(a, b) {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
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

// src/core/paths/glob.ts
var GlobSyntaxError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GlobSyntaxError";
  }
};
function globSyntaxError(pattern) {
  try {
    parseGlob(splitNegation(pattern).glob);
    return void 0;
  } catch (err) {
    if (err instanceof GlobSyntaxError) return err.message;
    throw err;
  }
}
function splitNegation(pattern) {
  if (!pattern.startsWith("!")) return { negated: false, glob: pattern };
  const glob = pattern.slice(1);
  if (glob === "") {
    throw new GlobSyntaxError(
      'The pattern "!" excludes nothing: write the path to exclude after the `!`, e.g. "!docs/**".'
    );
  }
  if (glob.startsWith("!")) {
    throw new GlobSyntaxError(
      `The pattern ${quote(pattern)} starts with more than one \`!\`: use a single \`!\` to exclude, and write \`\\!\` to match a name that begins with \`!\`.`
    );
  }
  return { negated: true, glob };
}
function literalDirectory(nodes) {
  const first = nodes[0];
  if (first?.kind !== "literal") return "";
  const text = first.text;
  const slash = text.lastIndexOf("/");
  return slash < 0 ? "" : text.slice(0, slash);
}
function parseGlob(pattern) {
  checkShape(pattern);
  const nodes = new Parser(pattern).parseAll();
  if (pattern.endsWith("/")) nodes.push({ kind: "globstar" });
  return mergeLiterals(nodes);
}
function globRegExp(nodes) {
  return new RegExp(`^${regExpSource(nodes)}$`, "su");
}
function expandAlternations(nodes, limit = 64) {
  let results = [[]];
  for (const node of nodes) {
    if (node.kind !== "alternation") {
      for (const r of results) r.push(node);
      continue;
    }
    const options = [];
    for (const branch of node.branches) {
      const expanded = expandAlternations(branch, limit);
      if (!expanded) return void 0;
      options.push(...expanded);
    }
    if (results.length * options.length > limit) return void 0;
    results = results.flatMap((r) => options.map((o) => [...r, ...o]));
  }
  return results.map(mergeLiterals);
}
function regExpSource(nodes) {
  let src = "";
  for (const node of nodes) {
    switch (node.kind) {
      case "literal":
        src += node.text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
        break;
      case "star":
        src += "[^/]*";
        break;
      case "globstar":
        src += ".*";
        break;
      case "dirs":
        src += "(?:.*/)?";
        break;
      case "one":
        src += "[^/]";
        break;
      case "class":
        src += node.negated ? `[^/${node.body}]` : `[${node.body}]`;
        break;
      case "alternation":
        src += `(?:${node.branches.map(regExpSource).join("|")})`;
        break;
    }
  }
  return src;
}
function mergeLiterals(nodes) {
  const out = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.kind === "literal" && last?.kind === "literal") {
      out[out.length - 1] = { kind: "literal", text: last.text + node.text };
    } else if (node.kind !== "literal" || node.text !== "") {
      out.push(node);
    }
  }
  return out;
}
function checkShape(pattern) {
  if (pattern === "") {
    throw new GlobSyntaxError(
      'The pattern is empty: write a repository-relative path or glob such as "src/**".'
    );
  }
  if (pattern.startsWith("!")) {
    throw new GlobSyntaxError(
      `The glob ${quote(pattern)} still has its leading \`!\`: strip it with splitNegation() first, or write \`\\!\` to match a name that begins with \`!\`.`
    );
  }
  if (pattern.startsWith("/")) {
    throw new GlobSyntaxError(
      `The pattern ${quote(pattern)} starts with \`/\`: patterns are relative to the repository root, so write ${quote(pattern.replace(/^\/+/, "") || "**")}.`
    );
  }
  const segments = pattern.split("/");
  if (segments.includes("..")) {
    let depth = 0;
    let leaves = false;
    for (const segment of segments) {
      depth += segment === ".." ? -1 : 1;
      if (depth < 0) leaves = true;
    }
    throw new GlobSyntaxError(
      leaves ? `The pattern ${quote(pattern)} uses \`..\` to leave the repository: patterns only match files inside it, so remove the \`..\` segment.` : `The pattern ${quote(pattern)} contains a \`..\` segment, which never matches because changed paths are normalised: write the path without it.`
    );
  }
  segments.forEach((segment, i) => {
    if (segment === ".") {
      throw new GlobSyntaxError(
        `The pattern ${quote(pattern)} contains a \`.\` segment, which never matches because changed paths are normalised: remove the \`./\`.`
      );
    }
    if (segment === "" && i < segments.length - 1) {
      throw new GlobSyntaxError(
        `The pattern ${quote(pattern)} contains an empty segment \`//\`, which never matches: use a single \`/\`.`
      );
    }
  });
}
var Parser = class {
  constructor(pattern) {
    this.pattern = pattern;
    this.chars = Array.from(pattern);
  }
  pattern;
  chars;
  pos = 0;
  parseAll() {
    return this.parseSequence(0, true);
  }
  fail(what, fix) {
    throw new GlobSyntaxError(`${what} in ${quote(this.pattern)}: ${fix}.`);
  }
  /** Parses until the end, or (inside braces) until the `,` or `}` that ends this branch. */
  parseSequence(depth, atSegmentStart) {
    const nodes = [];
    let literal = "";
    const flush = () => {
      if (literal !== "") nodes.push({ kind: "literal", text: literal });
      literal = "";
    };
    let segmentStart = atSegmentStart;
    while (this.pos < this.chars.length) {
      const c = this.chars[this.pos];
      const column = this.pos + 1;
      if (depth > 0 && (c === "," || c === "}")) break;
      if (c === "}") {
        this.fail(
          `The \`}\` at column ${column} has no matching \`{\``,
          "remove it, or write `\\}` to match a literal `}`"
        );
      }
      switch (c) {
        case "\\": {
          literal += this.escaped(column);
          segmentStart = false;
          continue;
        }
        case "*": {
          let stars = 0;
          while (this.chars[this.pos] === "*") {
            stars++;
            this.pos++;
          }
          flush();
          if (stars === 1) {
            nodes.push({ kind: "star" });
          } else if (segmentStart && this.chars[this.pos] === "/") {
            this.pos++;
            nodes.push({ kind: "dirs" });
            continue;
          } else {
            nodes.push({ kind: "globstar" });
          }
          segmentStart = false;
          continue;
        }
        case "?":
          flush();
          nodes.push({ kind: "one" });
          this.pos++;
          segmentStart = false;
          continue;
        case "[":
          flush();
          nodes.push(this.characterClass(column));
          segmentStart = false;
          continue;
        case "{": {
          flush();
          this.pos++;
          const branches = [];
          for (; ; ) {
            branches.push(this.parseSequence(depth + 1, segmentStart));
            const end = this.chars[this.pos];
            this.pos++;
            if (end === "}") break;
            if (end !== ",") {
              this.fail(
                `The \`{\` at column ${column} is never closed`,
                "close the alternation with `}`, or write `\\{` to match a literal `{`"
              );
            }
          }
          nodes.push({ kind: "alternation", branches });
          segmentStart = false;
          continue;
        }
        default:
          literal += c;
          this.pos++;
          segmentStart = c === "/";
      }
    }
    flush();
    return nodes;
  }
  /** Reads `\x` at the cursor and returns the literal character. */
  escaped(column) {
    const next = this.chars[this.pos + 1];
    if (next === void 0) {
      this.fail(
        `The pattern ends with a lone \`\\\` at column ${column}`,
        "remove it, or write `\\\\` to match a literal backslash"
      );
    }
    if (next === "/") {
      this.fail(
        `The \`\\/\` at column ${column} escapes a path separator, which cannot be escaped`,
        "write a plain `/`"
      );
    }
    if (/^[\p{L}\p{N}]$/u.test(next)) {
      this.fail(
        `The \`\\\` at column ${column} looks like a Windows path separator`,
        "separate directories with `/` (a `\\` only escapes wildcard characters such as `\\*`)"
      );
    }
    this.pos += 2;
    return next;
  }
  /** Reads `[...]` at the cursor. */
  characterClass(column) {
    let p = this.pos + 1;
    let negated = false;
    if (this.chars[p] === "!" || this.chars[p] === "^") {
      negated = true;
      p++;
    }
    const unclosed = () => this.fail(
      `The \`[\` at column ${column} is never closed`,
      "close the character class with `]`, or write `\\[` to match a literal `[`"
    );
    const member = () => {
      let ch = this.chars[p];
      if (ch === "\\") {
        p++;
        ch = this.chars[p];
      }
      if (ch === void 0) return unclosed();
      if (ch === "/") {
        this.fail(
          `The character class at column ${column} contains \`/\``,
          "a class matches one character of a name and never `/`; use `{a,b}` alternation to choose between paths"
        );
      }
      p++;
      return ch;
    };
    let body = "";
    let first = true;
    for (; ; ) {
      const ch = this.chars[p];
      if (ch === void 0) unclosed();
      if (ch === "]" && !first) break;
      if (ch === "[" && (this.chars[p + 1] === ":" || this.chars[p + 1] === "=")) {
        this.fail(
          `The character class at column ${column} uses a POSIX class such as \`[:alpha:]\``,
          "list the characters or ranges instead, e.g. `[a-zA-Z]`"
        );
      }
      first = false;
      const low = member();
      if (this.chars[p] === "-" && this.chars[p + 1] !== void 0 && this.chars[p + 1] !== "]") {
        p++;
        const high = member();
        const lo = low.codePointAt(0);
        const hi = high.codePointAt(0);
        if (lo > hi) {
          this.fail(
            `The range \`${low}-${high}\` in the character class at column ${column} is reversed`,
            `write \`${high}-${low}\``
          );
        }
        if (lo <= 47 && hi >= 47) {
          this.fail(
            `The range \`${low}-${high}\` in the character class at column ${column} includes \`/\``,
            "split it so that it stops before `/` (U+002F) and resumes after it"
          );
        }
        body += `${classChar(low)}-${classChar(high)}`;
      } else {
        body += classChar(low);
      }
    }
    this.pos = p + 1;
    return { kind: "class", negated, body };
  }
};
function classChar(ch) {
  return "\\[]^-".includes(ch) ? `\\${ch}` : ch;
}
function quote(text) {
  return JSON.stringify(text);
}

// src/core/manifest/paths.ts
var ROOT = {
  repository: "the repository root",
  service: "the service's directory"
};
var INSIDE = {
  repository: "the repository",
  service: "the service's directory"
};
function leavesBase(text, kind, base) {
  if (/^[/\\]/.test(text)) {
    const relative3 = text.replace(/^[/\\]+/, "");
    return `is absolute: a ${kind} is relative to ${ROOT[base]}, so write \`${relative3 || (kind === "path" ? "." : "**")}\``;
  }
  if (/^[A-Za-z]:/.test(text)) {
    return `starts with a drive letter: write the ${kind} relative to ${ROOT[base]}`;
  }
  if (text.startsWith("~")) {
    return `starts with \`~\` (a home directory): write the ${kind} relative to ${ROOT[base]}`;
  }
  if (text.split(/[/\\]/).includes("..")) {
    return `has a \`..\` segment: a ${kind} must stay inside ${INSIDE[base]}, so write it without \`..\``;
  }
  return void 0;
}
function dirError(path, base = "repository") {
  if (path.trim() === "") {
    return base === "repository" ? "is empty: write the directory relative to the repository root, or `.` for all of it" : "is empty: write the directory relative to the service's directory, e.g. `dist`";
  }
  if (path !== path.trim()) {
    return "has leading or trailing spaces: remove them (quote the path if a name really has them)";
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) {
    return "contains a control character (a tab or line break): write the directory on one line";
  }
  const outside = leavesBase(path, "path", base);
  if (outside) return outside;
  if (path.includes("\\")) {
    return `uses \`\\\`: separate directories with \`/\`, e.g. \`${path.replace(/\\/g, "/")}\``;
  }
  if (base === "service" && normaliseDir(path) === ".") {
    return "is the service's directory itself, whose sources would end up in the artifact: name the subdirectory the build writes, e.g. `dist`";
  }
  return void 0;
}
function normaliseDir(path) {
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  return segments.length === 0 ? "." : segments.join("/");
}
function patternError(pattern, base = "repository") {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  const outside = leavesBase(body, "pattern", base);
  if (outside) return outside;
  const syntax = globSyntaxError(normalisePattern(pattern));
  return syntax === void 0 ? void 0 : `is not a valid glob: ${syntax}`;
}
function normalisePattern(pattern) {
  const negated = pattern.startsWith("!");
  let body = negated ? pattern.slice(1) : pattern;
  while (body.startsWith("./")) body = body.replace(/^\.\/+/, "");
  return (negated ? "!" : "") + body;
}
function escapeGlob(literal) {
  return literal.replace(/[*?[\]{}\\]/g, "\\$&").replace(/^!/, "\\!");
}
function dirPattern(dir) {
  return dir === "." ? "**" : `${escapeGlob(dir)}/**`;
}

export {
  MsdeployError,
  SettingError,
  asMsdeployError,
  closest,
  didYouMean,
  GlobSyntaxError,
  globSyntaxError,
  splitNegation,
  literalDirectory,
  parseGlob,
  globRegExp,
  expandAlternations,
  DEFAULT_MANIFEST_FILE,
  MAX_MANIFEST_BYTES,
  manifestTooLarge,
  ManifestError,
  readManifestText,
  dirError,
  normaliseDir,
  patternError,
  normalisePattern,
  escapeGlob,
  dirPattern
};
