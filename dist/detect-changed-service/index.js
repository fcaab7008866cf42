import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  DEFAULT_MANIFEST_FILE,
  GlobSyntaxError,
  ManifestError,
  MsdeployError,
  SettingError,
  asMsdeployError,
  closest,
  expandAlternations,
  globRegExp,
  globSyntaxError,
  literalDirectory,
  normalisePattern,
  parseGlob,
  readManifestText,
  splitNegation
} from "./chunk-DVPXKLLW.js";
import "./chunk-OV4JGM76.js";

// src/app/detect.ts
import { constants } from "node:fs";
import { mkdir, mkdtemp, open as open2 } from "node:fs/promises";
import { dirname, join } from "node:path";

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
function reasonText(reason2) {
  const where = reason2.file !== void 0 ? ` (${reason2.file})` : "";
  switch (reason2.kind) {
    case "paths":
      return `own files changed${where}`;
    case "dependency":
      return `${reason2.chain.join(" \u2190 ")}${where}`;
    case "release-group":
      return `release group ${reason2.group}: ${reason2.chain.join(" \u2190 ")}${where}`;
    case "global":
      return `global file changed${where}`;
    case "requested":
    case "all":
      return reason2.note ?? reason2.kind;
  }
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
    let reason2 = `${label}: changes since ${short(head)} left it at ${short(mb.found)}`;
    if (mb.found !== base) {
      reason2 += `; ${rev} has moved on to ${short(base)} since, and its own changes are not counted`;
    }
    return diff(mb.found, head, reason2);
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
    let reason2 = `${label}: changes since it left ${baseName} at ${short(mb.found)}`;
    if (mb.found !== base) {
      reason2 += `; ${baseName} has moved on to ${short(base)} since, and its own changes are not counted`;
    }
    return diff(mb.found, head, reason2);
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
  async tagPush(tag, head) {
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
        `tag ${tag}: changes since the previous tag at ${short(previous)}`
      );
    }
    if (!complete) return this.lost(`tag ${tag}: could not find an earlier tag`, head);
    return { kind: "all", head, reason: `tag ${tag} is the first tag: every service` };
  }
  async mergeGroup(head) {
    const p = this.event.payload;
    const baseSha = str(p, "merge_group", "base_sha");
    const target = str(p, "merge_group", "base_ref")?.replace(/^refs\/heads\//, "");
    const label = `merge queue${target ? ` for ${target}` : ""}`;
    if (!baseSha) {
      const reason2 = `${label}: the event has no merge_group.base_sha: every service`;
      return { kind: "all", head, reason: reason2, warning: reason2 };
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
      const reason2 = `${context}: ${short(base)} and ${short(head)} share no history: treating every service as affected`;
      return { kind: "all", head, reason: reason2, warning: reason2 };
    }
    return this.lost(
      `${context}: could not find base ${short(base)} in the history of ${short(head)}`,
      head
    );
  }
  baseMissing(context, base, head) {
    const reason2 = `${context}: could not find base ${short(base)} (not in the checkout, and fetching it from origin failed): treating every service as affected`;
    return { kind: "all", head, reason: reason2, warning: reason2 };
  }
  lost(what, head) {
    const reason2 = `${what} after fetching ${this.deepened} commits of history: treating every service as affected`;
    const warning = `${reason2}. Check out more history (actions/checkout with fetch-depth: 0) or raise max-fetch-rounds (now ${this.maxRounds}).`;
    return { kind: "all", head, reason: reason2, warning };
  }
};
function diff(base, head, reason2) {
  return { kind: "diff", base, head, reason: reason2 };
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

// src/core/changes/detect.ts
async function detect(req, ports) {
  const given = req.manifest;
  const load = typeof given === "function" ? given : () => Promise.resolve(given);
  if (req.services && req.services.length > 0) {
    const manifest2 = await load();
    for (const name of req.services) serviceByName(manifest2, name);
    const head = await ports.git.resolveCommit(req.base.head ?? req.base.event.sha) ?? req.base.event.sha;
    const reason2 = `services input: ${req.services.join(", ")}`;
    return {
      head,
      baseReason: reason2,
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
  let found = await lookup(git, head, headSha);
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
    found = await lookup(git, head, headSha);
    if (found) return found;
    depth *= 2;
  }
  if (!await git.isShallow()) return void 0;
  return {
    warning: `Shallow clone: could not find where ${head} left the default branch, nor the commit before it, after fetching ${fetched} more commits of history: treating every service as affected. Fetch the history (git fetch --unshallow) or pass --base.`
  };
}
async function lookup(git, head, headSha) {
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
function mdCode(text) {
  return `<code>${md(text)}</code>`;
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

// src/core/report/detect-outputs.ts
var MATRIX_JOB_LIMIT = 256;
var OUTPUT_BUDGET_BYTES = 900 * 1024;
var MATRIX_REASON_MAX = [120, 40];
function clip2(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function matrixEntries(result, reasonMax = MATRIX_REASON_MAX[0]) {
  return result.services.filter((s) => s.affected).map((s) => ({
    service: s.name,
    path: s.path,
    reason: clip2(showInvisible(reasonText(s.reason)), reasonMax)
  }));
}
function matrixLimitNote(affectedCount) {
  if (affectedCount <= MATRIX_JOB_LIMIT) return void 0;
  const chunks = Math.ceil(affectedCount / MATRIX_JOB_LIMIT);
  return `${affectedCount} services are affected, more than GitHub's ${MATRIX_JOB_LIMIT} jobs per matrix: \`matrix\` holds the first ${MATRIX_JOB_LIMIT}, and \`matrix-chunks\` splits all of them into ${chunks} matrices \u2014 run one matrix job per chunk (fromJSON(needs.<job>.outputs.matrix-chunks)[i]).`;
}
function chunk(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
function outputsSize(outputs) {
  return Object.entries(outputs).reduce(
    (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v),
    0
  );
}
function detectOutputs(input, detailPath) {
  let size = 0;
  for (const reasonMax of MATRIX_REASON_MAX) {
    const outputs = buildOutputs(input, detailPath, reasonMax);
    size = outputsSize(outputs);
    if (size <= OUTPUT_BUDGET_BYTES) return outputs;
  }
  throw new Error(
    `The detect outputs would take ${size} bytes, over GitHub's 1 MB job output limit; read the services from the detail file (${detailPath}) instead of the outputs.`
  );
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
    base: input.base ?? "",
    head: input.head,
    baseReason: input.baseReason,
    detail: detailPath
  };
}
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
    const status = parseStatus(fields[i], out, i);
    const paths = TWO_PATHS.has(status) ? 2 : 1;
    if (i + paths >= last) {
      throw new ChangeSetParseError(
        `truncated record: the ${status} record has ${last - i - 1} of its ${paths} path(s)`,
        byteOffsetOfField(out, last)
      );
    }
    const first = pathField(fields, i + 1, out);
    if (paths === 2) {
      files.push({ status, path: pathField(fields, i + 2, out), oldPath: first });
    } else {
      files.push({ status, path: first });
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
  return new Promise((resolve3, reject) => {
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
      resolve3({ exitCode, signal: sig, timedOut, stdout: Buffer.concat(stdout), tail });
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
    const exists = async (ref) => await this.resolveCommit(ref) !== void 0;
    if (rev.startsWith("refs/")) {
      return (rev.startsWith("refs/heads/") || rev.startsWith("refs/remotes/")) && exists(rev);
    }
    if (await exists(`refs/${rev}`)) return /^(heads|remotes)\//.test(rev);
    if (await exists(`refs/tags/${rev}`)) return false;
    return await exists(`refs/heads/${rev}`) || await exists(`refs/remotes/${rev}`) || exists(`refs/remotes/${rev}/HEAD`);
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
    const tag = r.stdout.toString("utf8").trim();
    return this.resolveCommit(`refs/tags/${tag}`);
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

// src/platform/github.ts
var DEFAULTS = {
  apiUrl: "https://api.github.com",
  timeoutMs: 3e4,
  retries: 3,
  rateLimitRetries: 2,
  maxRateLimitWaitSeconds: 120,
  delayUnitMs: 1e3
};
var RUNS_PER_PAGE = 20;
var FULL_PAGE = 100;
var MAX_REDIRECTS = 5;
var MAX_ARTIFACTS = 1e3;
var GitHubApiError = class extends Error {
  constructor(message, status, options) {
    super(message, options);
    this.status = status;
  }
  status;
  name = "GitHubApiError";
};
function createGitHubApi(settings) {
  const s = {
    repository: settings.repository,
    apiUrl: settings.apiUrl ?? DEFAULTS.apiUrl,
    logger: settings.logger,
    timeoutMs: settings.timeoutMs ?? DEFAULTS.timeoutMs,
    retries: settings.retries ?? DEFAULTS.retries,
    rateLimitRetries: settings.rateLimitRetries ?? DEFAULTS.rateLimitRetries,
    maxRateLimitWaitSeconds: settings.maxRateLimitWaitSeconds ?? DEFAULTS.maxRateLimitWaitSeconds,
    delayUnitMs: settings.delayUnitMs ?? DEFAULTS.delayUnitMs
  };
  let connection;
  const connect = () => connection ??= open(settings.token, s);
  return {
    async lastSuccessfulRunHead({ workflowId, branch, excludeRunId }) {
      const { gh, owner, repo } = await connect();
      const hint = "Check the workflow name and that the token may read Actions (`actions: read`).";
      return explained(s, "GET workflow runs", hint, async () => {
        const pages = gh.paginate.iterator(gh.rest.actions.listWorkflowRuns, {
          owner,
          repo,
          workflow_id: workflowId,
          branch,
          status: "success",
          per_page: RUNS_PER_PAGE
        });
        for await (const { data } of pages) {
          const run = data.find(
            (r) => r.id !== excludeRunId && r.head_repository?.id === r.repository.id
          );
          if (run) return run.head_sha;
        }
        return void 0;
      });
    },
    async commitAuthorLogin(sha) {
      const { gh, owner, repo } = await connect();
      const hint = "Check that the commit exists in the repository and the token may read it (`contents: read`).";
      return explained(s, `GET commit ${sha}`, hint, async () => {
        const { data } = await gh.rest.repos.getCommit({ owner, repo, ref: sha, per_page: 1 });
        return data.author?.login ?? void 0;
      });
    },
    async accountType(login) {
      const { gh } = await connect();
      return explained(s, `GET user ${login}`, "Check the login.", async () => {
        try {
          const { data } = await gh.rest.users.getByUsername({ username: login });
          return data.type;
        } catch (err) {
          if (statusOf(err) === 404) return void 0;
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
            username: login
          });
          return data.state === "active";
        } catch (err) {
          if (statusOf(err) === 404) return false;
          if (statusOf(err) === 403 && !isRateLimit(err)) {
            s.logger?.debug(
              `GitHub API: the token cannot read team ${org}/${team} (403 ${err.message}). ${hint}`
            );
            return void 0;
          }
          throw err;
        }
      });
    },
    async listDeployments({ environment, sha }) {
      const { gh, owner, repo } = await connect();
      return explained(s, "GET deployments", DEPLOYMENTS_HINT, async () => {
        const list = await gh.paginate(gh.rest.repos.listDeployments, {
          owner,
          repo,
          environment,
          ...sha !== void 0 && { sha },
          per_page: FULL_PAGE
        });
        return list.map(deploymentInfo);
      });
    },
    async createDeployment(args) {
      const { gh, owner, repo } = await connect();
      return explained(s, "POST deployment", DEPLOYMENTS_HINT, async () => {
        const res = await gh.rest.repos.createDeployment({
          owner,
          repo,
          ref: args.sha,
          environment: args.environment,
          description: clip3(args.description),
          payload: args.payload,
          task: args.task,
          production_environment: args.productionEnvironment,
          // A deployment here records what already happened: it must name the commit as is
          // (never a merge of the default branch into it), and no commit status (pending CI,
          // another stage's) may veto the record of a decision the ledger already made.
          auto_merge: false,
          required_contexts: []
        });
        if (res.status !== 201 || !("id" in res.data)) {
          throw new GitHubApiError(
            `GitHub API POST /repos/${owner}/${repo}/deployments answered ${res.status} without a deployment (${JSON.stringify(res.data).slice(0, 200)}).`,
            res.status
          );
        }
        return deploymentInfo(res.data);
      });
    },
    async listDeploymentStatuses(deploymentId) {
      const { gh, owner, repo } = await connect();
      return explained(s, "GET deployment statuses", DEPLOYMENTS_HINT, async () => {
        const list = await gh.paginate(gh.rest.repos.listDeploymentStatuses, {
          owner,
          repo,
          deployment_id: deploymentId,
          per_page: FULL_PAGE
        });
        return list.map((st) => ({ state: st.state }));
      });
    },
    async createDeploymentStatus({
      deploymentId,
      state,
      description,
      logUrl,
      environmentUrl,
      autoInactive
    }) {
      const { gh, owner, repo } = await connect();
      await explained(s, "POST deployment status", DEPLOYMENTS_HINT, async () => {
        await gh.rest.repos.createDeploymentStatus({
          owner,
          repo,
          deployment_id: deploymentId,
          state,
          description: clip3(description),
          ...logUrl !== void 0 && { log_url: logUrl },
          ...environmentUrl !== void 0 && { environment_url: environmentUrl },
          ...autoInactive !== void 0 && { auto_inactive: autoInactive }
        });
      });
    },
    async latestCommitStatus(sha, context) {
      const { gh, owner, repo } = await connect();
      const hint = "The token needs `statuses: read`, and the commit must exist in the repository.";
      return explained(s, "GET commit statuses", hint, async () => {
        const pages = gh.paginate.iterator(gh.rest.repos.listCommitStatusesForRef, {
          owner,
          repo,
          ref: sha,
          per_page: FULL_PAGE
        });
        for await (const { data } of pages) {
          const found = data.find((st) => st.context === context);
          if (found) return { state: found.state, description: found.description ?? null };
        }
        return void 0;
      });
    },
    async createCommitStatus({ sha, state, context, description, targetUrl }) {
      const { gh, owner, repo } = await connect();
      const hint = "The token needs `statuses: write`, and the commit must exist in the repository.";
      await explained(s, "POST commit status", hint, async () => {
        await gh.rest.repos.createCommitStatus({
          owner,
          repo,
          sha,
          state,
          context,
          description: clip3(description),
          ...targetUrl !== void 0 && { target_url: targetUrl }
        });
      });
    },
    async listArtifacts({ name }) {
      const { gh, owner, repo } = await connect();
      const hint = "Check that the token may read Actions (`actions: read`) on the repository.";
      return explained(s, `GET artifacts named ${name}`, hint, async () => {
        const pages = gh.paginate.iterator(gh.rest.actions.listArtifactsForRepo, {
          owner,
          repo,
          name,
          per_page: FULL_PAGE
        });
        const found = [];
        for await (const { data } of pages) {
          found.push(...data.map(artifactInfo));
          if (found.length >= MAX_ARTIFACTS) break;
        }
        return found.slice(0, MAX_ARTIFACTS);
      });
    }
  };
}
function artifactInfo(a) {
  return {
    id: a.id,
    name: a.name,
    expired: a.expired,
    ...a.workflow_run?.id !== void 0 && { runId: a.workflow_run.id },
    ...a.created_at && { createdAt: a.created_at },
    ...a.digest && { digest: a.digest }
  };
}
var DEPLOYMENTS_HINT = "The token needs `deployments: write` (`permissions:` of the job), and the commit must exist in the repository.";
var MAX_DESCRIPTION = 140;
function clip3(text) {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}\u2026`;
}
function deploymentInfo(d) {
  return {
    id: d.id,
    sha: d.sha,
    environment: d.environment,
    task: d.task,
    payload: payloadObject(d.payload),
    createdAt: d.created_at
  };
}
function payloadObject(payload) {
  let value = payload;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function statusOf(err) {
  return typeof err === "object" && err !== null ? err.status : void 0;
}
function isRateLimit(e) {
  if (e.status !== 403 && e.status !== 429) return false;
  return e.response?.headers?.["x-ratelimit-remaining"] === "0" || /\bsecondary rate\b/i.test(e.message ?? "");
}
async function open(token, s) {
  if (!token) {
    throw new GitHubApiError(
      "The GitHub API needs a token: pass `token: ${{ github.token }}` (it is the default)."
    );
  }
  const [owner, repo, extra] = s.repository.split("/");
  if (!owner || !repo || extra !== void 0) {
    throw new GitHubApiError(
      `The GitHub API needs the repository as owner/name, got ${JSON.stringify(s.repository)} (on a runner: GITHUB_REPOSITORY).`
    );
  }
  const api = apiBase(s.apiUrl);
  const [{ getOctokit }, { retry }, { throttling }, { default: bottleneck }] = await Promise.all([
    import("./github-SCR6V6QR.js"),
    import("./dist-bundle-GX6DMPOS.js"),
    import("./dist-bundle-SKHU7GTE.js"),
    import("./lib-I2KSZCKL.js")
  ]);
  const log = s.logger;
  const gh = getOctokit(
    token,
    {
      baseUrl: api.href.replace(/\/$/, ""),
      userAgent: "msdeploy",
      ...log && {
        log: {
          debug: (m) => log.debug(m),
          info: (m) => log.debug(m),
          warn: (m) => log.warning(m),
          error: (m) => log.error(m)
        }
      },
      retry: {
        retries: s.retries,
        retryAfterBaseValue: s.delayUnitMs,
        // Only 5xx and network failures heal by themselves; 403/429 rate limits are the throttle's.
        doNotRetry: Array.from({ length: 100 }, (_, i) => 400 + i)
      },
      throttle: {
        retryAfterBaseValue: s.delayUnitMs,
        write: spacedWrites(bottleneck, s.delayUnitMs),
        onRateLimit: (after, options, _octokit, count) => waitForRateLimit(s, "rate limit", after, options, count),
        onSecondaryRateLimit: (after, options, _octokit, count) => waitForRateLimit(s, "secondary rate limit", after, options, count)
      }
    },
    // Registered first, so its hook runs inside retry and throttling: once per attempt.
    attemptGuard(api, s),
    retry,
    throttling
  );
  return { gh, owner, repo };
}
function spacedWrites(bottleneck, unitMs) {
  return new bottleneck.Group({ maxConcurrent: 1, minTime: unitMs });
}
function apiBase(apiUrl) {
  const url = URL.canParse(apiUrl) ? new URL(apiUrl) : void 0;
  if (url?.protocol !== "https:" && url?.protocol !== "http:") {
    throw new GitHubApiError(
      `The GitHub API URL must be an http(s) URL, got ${JSON.stringify(apiUrl)} (on a runner: GITHUB_API_URL).`
    );
  }
  return url;
}
function waitForRateLimit(s, kind, after, options, count) {
  const where = `${options.method} ${options.url}`;
  if (count >= s.rateLimitRetries) {
    s.logger?.warning(`GitHub API ${kind} on ${where}: giving up after ${count} retries.`);
    return false;
  }
  if (after > s.maxRateLimitWaitSeconds) {
    s.logger?.warning(
      `GitHub API ${kind} on ${where}: it asks for a ${after}s wait, more than the ${s.maxRateLimitWaitSeconds}s allowed; giving up.`
    );
    return false;
  }
  s.logger?.warning(
    `GitHub API ${kind} on ${where}: waiting ${after}s before retry ${count + 1} of ${s.rateLimitRetries}.`
  );
  return true;
}
var attemptsOf = /* @__PURE__ */ new WeakMap();
var guardedFetches = /* @__PURE__ */ new WeakSet();
function attemptGuard(api, s) {
  return (octokit) => {
    const attempts = /* @__PURE__ */ new WeakMap();
    octokit.hook.wrap("request", async (request, options) => {
      const current = options.request?.fetch;
      if (!current || !guardedFetches.has(current)) {
        options.request = { ...options.request, fetch: guardFetch(current ?? fetch, api, s) };
      }
      const attempt = (attempts.get(options) ?? 0) + 1;
      attempts.set(options, attempt);
      try {
        return await request(options);
      } catch (err) {
        const e = err;
        if (e.cause instanceof GitHubApiError) throw e.cause;
        if (typeof err === "object" && err !== null) attemptsOf.set(err, attempt);
        if ((e.status ?? 0) >= 500 && attempt <= s.retries) {
          s.logger?.info(
            `GitHub API ${describeRequest(e, options)}: ${reason(e, s)}; retrying (${attempt} of ${s.retries}).`
          );
        }
        throw err;
      }
    });
  };
}
function guardFetch(inner, api, s) {
  const guarded = async (input, init = {}) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    let { method = "GET", body } = init;
    const timeout = AbortSignal.timeout(s.timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    for (let hop = 0; ; hop++) {
      if (url.origin !== api.origin) {
        throw new GitHubApiError(
          `Refused to send ${method} ${url.origin}${url.pathname}: the GitHub API is ${api.origin} and the token goes nowhere else. An answer pointed elsewhere (a \`link\` or \`location\` header): check the API URL (GITHUB_API_URL).`
        );
      }
      const res = await inner(url, { ...init, method, body, signal, redirect: "manual" });
      const location = res.headers.get("location");
      if (res.status < 300 || res.status > 399 || !location) return res;
      await res.body?.cancel();
      if (hop === MAX_REDIRECTS) {
        throw new GitHubApiError(
          `${method} ${url.pathname}: more than ${MAX_REDIRECTS} redirects.`
        );
      }
      url = new URL(location, url);
      if (res.status === 303 || method === "POST" && (res.status === 301 || res.status === 302)) {
        method = "GET";
        body = void 0;
      }
    }
  };
  guardedFetches.add(guarded);
  return guarded;
}
function describeRequest(e, fallback) {
  const method = e.request?.method ?? fallback?.method ?? "";
  const raw = e.request?.url ?? fallback?.url ?? "";
  let path = raw;
  try {
    const u = new URL(raw);
    path = u.pathname + u.search;
  } catch {
  }
  return `${method} ${path}`.trim();
}
function isTimeout(e) {
  return e.name === "TimeoutError" || e.cause?.name === "TimeoutError";
}
function reason(e, s) {
  if (isTimeout(e)) return `timed out after ${s.timeoutMs / 1e3}s`;
  if (!e.response) return `could not be reached (${causeMessage(e)})`;
  return `answered ${e.status} (${e.message})`;
}
function causeMessage(e) {
  const cause = e.cause;
  const inner = cause?.cause;
  return inner?.message ?? cause?.message ?? e.message ?? "unknown error";
}
async function explained(s, what, hint, call) {
  try {
    return await call();
  } catch (err) {
    throw explain(err, s, what, hint);
  }
}
function explain(err, s, what, hint) {
  if (err instanceof GitHubApiError) return err;
  if (typeof err !== "object" || err === null) return new GitHubApiError(String(err));
  const e = err;
  const where = `GitHub API ${describeRequest(e) || what}`;
  const attempts = attemptsOf.get(err) ?? 1;
  const tries = `${attempts} attempt${attempts === 1 ? "" : "s"}`;
  const status = e.status;
  const headers = e.response?.headers ?? {};
  const unreachable = `Check that ${s.apiUrl} is reachable from this machine (proxy, firewall), or re-run the job later.`;
  let message;
  if (isTimeout(e)) {
    message = `${where} timed out after ${s.timeoutMs / 1e3}s (${tries}). ${unreachable}`;
  } else if (!e.response) {
    message = `${where} could not be reached (${causeMessage(e)}; ${tries}). ${unreachable}`;
  } else if ((status === 403 || status === 429) && headers["x-ratelimit-remaining"] === "0") {
    const reset = new Date(Number(headers["x-ratelimit-reset"]) * 1e3);
    const at = Number.isNaN(reset.getTime()) ? "soon" : `at ${reset.toISOString()}`;
    message = `${where}: the API rate limit is used up (${e.message}). It resets ${at}: re-run the job after that, or use a token with a higher limit (a GitHub App installation token).`;
  } else if ((status === 403 || status === 429) && /\bsecondary rate\b/i.test(e.message ?? "")) {
    message = `${where}: GitHub's secondary rate limit still applies after ${tries} (${e.message}). Wait a few minutes and re-run the job; fewer jobs calling the API at the same time help.`;
  } else if (status !== void 0 && status >= 500) {
    message = `${where} failed with ${status} after ${tries} (${e.message}). GitHub may be having an incident (https://www.githubstatus.com): re-run the job later.`;
  } else if (status === 401) {
    message = `${where}: GitHub rejected the token (401 ${e.message}). Pass a valid token; the default is the job's GITHUB_TOKEN.`;
  } else {
    message = `${where} failed with ${status} (${e.message}). ${hint}`;
  }
  return new GitHubApiError(message, status, { cause: err });
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

// src/app/detect.ts
var LARGE_MANIFEST = 256 * 1024;
async function detectAffected(settings, run, logger) {
  const manifestText = await readManifestText(settings.manifest);
  const heap = manifestText.length >= LARGE_MANIFEST ? await import("./heap-G4JGRKSS.js") : void 0;
  heap?.limitYoungGeneration();
  const parser = import("./manifest-load-NTHI3W7N.js");
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
    detailPath = join(await mkdtemp(join(settings.detailDir, "msdeploy-detect-")), "detail.json");
    const fh = await open2(detailPath, "wx", 384);
    try {
      await fh.writeFile(text);
    } finally {
      await fh.close();
    }
  }
  return { result, detail, ...detailPath !== void 0 && { detailPath } };
}
async function writeNoFollow(path, text) {
  await mkdir(dirname(path), { recursive: true });
  let fh;
  try {
    fh = await open2(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
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

// src/core/report/detect-summary.ts
var FILES_SHOWN = 3;
var CELL_TEXT_MAX = 300;
var TAIL_RESERVE_BYTES = 32 * 1024;
var MAX_ROWS = 300;
function detectSummary(input, detailPath) {
  const { affected } = input;
  const hit = affected.services.filter((s) => s.affected);
  const out = [];
  out.push(`### msdeploy: ${hit.length} of ${affected.services.length} services affected`);
  const range = input.base ? `${mdCode(shortSha(input.base))}\u2026${mdCode(shortSha(input.head))}` : `${mdCode(shortSha(input.head))} (no base)`;
  out.push(`**Compared** ${range}: ${md(input.baseReason)}`);
  out.push(
    `${affected.changedCount} changed files` + (affected.globalFiles.length ? `, ${affected.globalFiles.length} global` : "") + (affected.unownedCount ? `, ${affected.unownedCount} outside every service and library` : "")
  );
  if (input.warning) out.push(`> [!WARNING]
> ${md(input.warning)}`);
  const limit = matrixLimitNote(hit.length);
  if (limit) out.push(`> [!NOTE]
> ${md(limit)}`);
  const detail = detailPath ? `the detail file ${mdCode(detailPath)}` : "the detail file (the `detail` output)";
  const candidates = affected.services.length > MAX_ROWS ? hit.slice(0, MAX_ROWS) : affected.services;
  const header = ["service", "status", "reason", "own changed files"];
  let budget = SUMMARY_BUDGET_BYTES - TAIL_RESERVE_BYTES - Buffer.byteLength(out.join("\n\n") + table(header, []), "utf8");
  const rows = [];
  for (const s of candidates) {
    const files = s.files.slice(0, FILES_SHOWN).map((f) => mdCode(clip(f, CELL_TEXT_MAX))).join("<br>");
    const more = s.files.length > FILES_SHOWN ? `<br>\u2026 ${s.files.length - FILES_SHOWN} more` : "";
    const row = [
      `**${md(clip(s.name, CELL_TEXT_MAX))}**`,
      s.affected ? "\u2705 affected" : "\u2014 unchanged",
      s.reason ? md(clip(reasonText(s.reason), CELL_TEXT_MAX)) : "",
      s.files.length ? `${s.files.length}: ${files}${more}` : "0"
    ];
    budget -= Buffer.byteLength(row.join(" | "), "utf8") + 5;
    if (budget < 0) break;
    rows.push(row);
  }
  out.push(table(header, rows));
  const hidden = affected.services.length - rows.length;
  if (rows.length < candidates.length) {
    out.push(
      `_\u2026and ${hidden} more services not listed: the summary stops here to stay under the 1 MiB GitHub allows; every service and file is in ${detail}._`
    );
  } else if (hidden > 0) {
    out.push(`_\u2026and ${hidden} more services not listed (see ${detail})._`);
  }
  const libs = affected.libraries.filter((l) => l.affected);
  if (libs.length) {
    out.push(
      `**Libraries affected:** ` + libs.map((l) => `${md(clip(l.name, CELL_TEXT_MAX))} (${l.files.length || "via dependency"})`).join(", ")
    );
  }
  return fitSummary(out.join("\n\n") + "\n", `every service and file is in ${detail}.`);
}

// src/platform/runner/outputs.ts
import { appendFile } from "node:fs/promises";
import { EOL as EOL2 } from "node:os";

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
    return await fn((chunk2) => {
      const lines = (partial + chunk2).split("\n");
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

// src/actions/detect-changed-service/io.ts
import { resolve as resolve2 } from "node:path";

// src/app/settings.ts
var BASE_POLICIES = ["event", "last-successful"];
function parseBasePolicy(raw) {
  if (raw === "") return "event";
  if (BASE_POLICIES.includes(raw)) return raw;
  throw new SettingError(
    "base-policy",
    (label) => `The ${label} must be "event" or "last-successful", got ${JSON.stringify(raw)}.`
  );
}
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

// src/actions/workspace.ts
import { join as join2, resolve } from "node:path";
function workspaceManifest(workingDirectory, file) {
  const dir = workingDirectory || ".";
  const name = file || DEFAULT_MANIFEST_FILE;
  return { root: resolve(dir), file: name, shownAs: join2(dir, name) };
}

// src/actions/detect-changed-service/io.ts
var DetectInput = {
  manifest: "manifest",
  workingDirectory: "working-directory",
  base: "base",
  head: "head",
  basePolicy: "base-policy",
  services: "services",
  maxFetchRounds: "max-fetch-rounds",
  detailFile: "detail-file",
  token: "token"
};
var DetectOutput = {
  services: "services",
  matrix: "matrix",
  matrixChunks: "matrix-chunks",
  matrixChunkCount: "matrix-chunk-count",
  anyChanged: "any-changed",
  base: "base",
  head: "head",
  baseReason: "base-reason",
  detail: "detail"
};
function getDetectSettings(run) {
  const token = getSecretInput(DetectInput.token);
  return {
    manifest: workspaceManifest(
      getInput(DetectInput.workingDirectory),
      getInput(DetectInput.manifest)
    ),
    base: getInput(DetectInput.base) || void 0,
    head: getInput(DetectInput.head) || void 0,
    basePolicy: parseBasePolicy(getInput(DetectInput.basePolicy)),
    services: parseList(DetectInput.services, getInput(DetectInput.services)),
    maxFetchRounds: parseMaxFetchRounds(getInput(DetectInput.maxFetchRounds)),
    // No input: a fresh file in our own directory under RUNNER_TEMP (one per step).
    ...getInput(DetectInput.detailFile) ? { detailFile: resolve2(getInput(DetectInput.detailFile)) } : { detailDir: run.runnerTemp },
    token
  };
}
function writeDetectOutputs(outputs) {
  setOutputs(
    Object.fromEntries(
      Object.entries(DetectOutput).map(([key, name]) => [
        name,
        outputs[key]
      ])
    )
  );
}

// src/actions/detect-changed-service/index.ts
await runAction(async (run, logger) => {
  const settings = getDetectSettings(run);
  const { result, detailPath } = await detectAffected(settings, run, logger);
  const names = result.affected.services.filter((s) => s.affected).map((s) => s.name);
  logger.info(`Base: ${result.base ?? "(none)"} \u2014 ${result.baseReason}`);
  logger.info(`Affected services (${names.length}): ${names.join(", ") || "none"}`);
  const limit = matrixLimitNote(names.length);
  if (limit) logger.warning(limit);
  await appendSummary(detectSummary(result, detailPath));
  writeDetectOutputs(detectOutputs(result, detailPath ?? ""));
});
