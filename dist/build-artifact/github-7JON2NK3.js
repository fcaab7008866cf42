import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import "./chunk-GLYJZRA3.js";

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
          description: clip(args.description),
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
          description: clip(description),
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
          description: clip(description),
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
function clip(text) {
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
    import("./github-6L22GBQV.js"),
    import("./dist-bundle-FOXESE3J.js"),
    import("./dist-bundle-5HX24ZXQ.js"),
    import("./lib-T2SMGRD6.js")
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
export {
  GitHubApiError,
  createGitHubApi
};
