/**
 * A small, faithful fake of the GitHub REST API, speaking real HTTP on loopback so the real
 * octokit (with its pagination, retry and throttling plugins) runs against it. Status codes,
 * headers and body shapes follow docs.github.com (API version 2022-11-28) and the OpenAPI
 * description shipped as @octokit/openapi-types; where the fake simplifies, it says so.
 *
 * - A router: `route('GET', '/repos/:owner/:repo/...', handler)`; a later route wins over an
 *   earlier one for the same request, so a test can override a built-in endpoint.
 * - Built in, for one repository (default acme/shop; others are 404): workflow runs, commits
 *   (with their author's login), Actions artifacts (listed by name), and an in-memory store of
 *   deployments, deployment statuses and commit statuses. Outside the repository: users (their account type) and team memberships.
 * - Pagination with `link` headers (rel next/last/first/prev over `page` and `per_page`).
 * - Primary rate-limit headers on every answer, and the documented 403 once
 *   `rateLimit.remaining` reaches 0, until `rateLimit.reset` (epoch seconds) passes.
 * - Faults for the next n requests: `failNext(n, {status, headers, body})` or
 *   `failNext(n, 'hang')` (headers never come; closed by `close()`); with a third argument,
 *   for the next n requests that match it, e.g. `'POST /repos/acme/shop/deployments'`.
 * - A request log: method, path, query, headers (authorization included), parsed body, time.
 */
import { randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE_TOKEN = 'ghs_fake_token';

export interface FakeRun {
  id: number;
  workflow: string; // file name, e.g. ci.yml
  head_branch: string;
  head_sha: string;
  status: 'completed' | 'in_progress' | 'queued';
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  created_at: string;
  event?: string; // default push
  /** owner/name the head commit lives in; a fork for pull requests from forks. Default: the repository. */
  head_repository?: string;
}

/** An Actions artifact of the repository, as the artifact list shows it. */
export interface FakeArtifact {
  id: number;
  name: string;
  /** The workflow run that uploaded it. */
  runId: number;
  expired?: boolean;
  /** `sha256:<hex>`; null (the default) as for uploads before upload-artifact v4. */
  digest?: string | null;
  created_at?: string;
}

export interface FakeRequest {
  method: string;
  /** The request target as sent: path and query. */
  url: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type FakeHandler = (req: FakeRequest, params: Record<string, string>) => FakeResponse;

export type Fault = FakeResponse | 'hang';

export interface FakeGitHubOptions {
  repository?: string;
  runs?: FakeRun[];
  /** Branch and tag names → commit sha, for deployments and commit statuses. */
  refs?: Record<string, string>;
  /** Further known commit shas. */
  commits?: string[];
  /** Commit sha → its author's login; null (the default) when no account is linked. */
  commitAuthors?: Record<string, string | null>;
  /**
   * Login → account type; null answers 404 (no such account). Logins not listed are `Bot` when
   * they end in `[bot]` (as GitHub Apps' accounts do), else `User`.
   */
  users?: Record<string, AccountType | null>;
  /** `org/team-slug` → the team. Unlisted teams answer 404, as GitHub does for unseen ones. */
  teams?: Record<string, FakeTeam>;
  /** The repository's Actions artifacts. */
  artifacts?: FakeArtifact[];
}

export type AccountType = 'User' | 'Bot' | 'Organization';

export interface FakeTeam {
  /** Active members' logins. */
  members?: string[];
  /** Invited, not yet accepted: 200 with `state: pending`. */
  pending?: string[];
  /** The token cannot read the team: 403, as for a GITHUB_TOKEN asking about an org's team. */
  unreadable?: boolean;
}

const API_VERSION = '2022-11-28';
const DOCS = 'https://docs.github.com/rest';
const DOC = {
  runs: `${DOCS}/actions/workflow-runs#list-workflow-runs-for-a-workflow`,
  listArtifacts: `${DOCS}/actions/artifacts#list-artifacts-for-a-repository`,
  getCommit: `${DOCS}/commits/commits#get-a-commit`,
  getUser: `${DOCS}/users/users#get-a-user`,
  teamMembership: `${DOCS}/teams/members#get-team-membership-for-a-user`,
  createDeployment: `${DOCS}/deployments/deployments#create-a-deployment`,
  listDeployments: `${DOCS}/deployments/deployments#list-deployments`,
  createDeploymentStatus: `${DOCS}/deployments/statuses#create-a-deployment-status`,
  listDeploymentStatuses: `${DOCS}/deployments/statuses#list-deployment-statuses`,
  createStatus: `${DOCS}/commits/statuses#create-a-commit-status`,
  listStatuses: `${DOCS}/commits/statuses#list-commit-statuses-for-a-reference`,
  rateLimits: `${DOCS}/overview/rate-limits-for-the-rest-api`,
};

/** GitHub's error body: `{ message, documentation_url, status }` (status as a string). */
export function errorBody(status: number, message: string, documentationUrl = DOCS): unknown {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

/**
 * A secondary rate limit as GitHub sends it: 403 or 429, the documented message, and usually
 * `retry-after` (seconds).
 */
export function secondaryRateLimit(
  opts: { status?: 403 | 429; retryAfter?: number } = {},
): FakeResponse {
  const status = opts.status ?? 403;
  const requestId = randomBytes(8).toString('hex').toUpperCase();
  return {
    status,
    headers: opts.retryAfter === undefined ? {} : { 'retry-after': String(opts.retryAfter) },
    body: {
      documentation_url: `https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
        `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
    },
  };
}

interface Route {
  method: string;
  regex: RegExp;
  names: string[];
  handler: FakeHandler;
}

function compile(method: string, pattern: string, handler: FakeHandler): Route {
  const names: string[] = [];
  const source = pattern
    .split('/')
    .map((seg) => {
      if (!seg.startsWith(':')) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(seg.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { method: method.toUpperCase(), regex: new RegExp(`^${source}$`), names, handler };
}

const BOT = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  type: 'Bot',
  site_admin: false,
};

/** GitHub's timestamps have whole seconds. */
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const epochSeconds = () => Math.floor(Date.now() / 1000);

interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  original_environment: string;
  environment: string;
  description: string;
  transient_environment: boolean;
  production_environment: boolean;
  created_at: string;
  updated_at: string;
  statuses: DeploymentStatusRecord[];
}

interface DeploymentStatusRecord {
  id: number;
  state: string;
  description: string;
  environment: string;
  target_url: string;
  log_url: string;
  environment_url: string;
  created_at: string;
  updated_at: string;
}

interface CommitStatusRecord {
  id: number;
  sha: string;
  state: string;
  description: string | null;
  target_url: string | null;
  context: string;
  created_at: string;
  updated_at: string;
}

const DEPLOYMENT_STATES = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success',
];
const COMMIT_STATES = ['error', 'failure', 'pending', 'success'];

export class FakeGitHub {
  url = '';
  readonly repository: string;
  readonly runs: FakeRun[];
  readonly refs: Map<string, string>;
  readonly commits: Set<string>;
  readonly commitAuthors: Map<string, string | null>;
  readonly users: Map<string, AccountType | null>;
  readonly teams: Map<string, FakeTeam>;
  readonly artifacts: FakeArtifact[];
  readonly deployments: DeploymentRecord[] = [];
  readonly statuses: CommitStatusRecord[] = [];
  readonly requests: FakeRequest[] = [];
  /** The primary rate limit (`core` resource) the headers report. */
  readonly rateLimit = { limit: 5000, remaining: 5000, reset: epochSeconds() + 3600 };
  private readonly routes: Route[] = [];
  private readonly faults: { fault: Fault; match?: string }[] = [];
  private readonly server: Server;
  private nextId = 1;

  constructor(opts: FakeGitHubOptions = {}) {
    this.repository = opts.repository ?? 'acme/shop';
    this.runs = opts.runs ?? [];
    this.artifacts = opts.artifacts ?? [];
    this.refs = new Map(Object.entries(opts.refs ?? {}));
    this.commitAuthors = new Map(Object.entries(opts.commitAuthors ?? {}));
    this.commits = new Set([
      ...(opts.commits ?? []),
      ...this.refs.values(),
      ...this.commitAuthors.keys(),
    ]);
    // GitHub's logins and team slugs are case-insensitive.
    this.users = new Map(Object.entries(opts.users ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    this.teams = new Map(Object.entries(opts.teams ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    this.server = createServer((req, res) => {
      this.receive(req, res).catch((err: unknown) => {
        this.send(res, { status: 500, body: errorBody(500, `fake-github: ${String(err)}`) });
      });
    });
    this.builtInRoutes();
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections(); // hung requests included
    await closed;
  }

  route(method: string, pattern: string, handler: FakeHandler): void {
    this.routes.unshift(compile(method, pattern, handler));
  }

  /** The next `n` requests get `fault` instead of an answer. */
  /**
   * The next `n` requests get `fault` instead of an answer; with `match` (`METHOD /path`, the
   * path without its query), only the next `n` requests to that endpoint.
   */
  failNext(n: number, fault: Fault, match?: string): void {
    for (let i = 0; i < n; i++) this.faults.push({ fault, ...(match !== undefined && { match }) });
  }

  /** A list answer for `items` with GitHub's `page`/`per_page` and `link` header. */
  paginate<T>(req: FakeRequest, items: T[], wrap?: (page: T[]) => unknown): FakeResponse {
    const perPage = Math.min(Math.max(Number(req.query.per_page) || 30, 1), 100);
    const page = Math.max(Number(req.query.page) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string) =>
      `<${this.url}${req.path}?${new URLSearchParams({ ...req.query, page: String(p) }).toString()}>; rel="${rel}"`;
    const links: string[] = [];
    if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body: wrap ? wrap(slice) : slice,
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = new URL(req.url ?? '/', 'http://fake');
    const text = await readBody(req);
    let body: unknown;
    let unparsable = false;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      unparsable = true;
    }
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      path: target.pathname,
      query: Object.fromEntries(target.searchParams),
      headers: req.headers,
      body: unparsable ? text : body,
      at: Date.now(),
    };
    this.requests.push(request);

    const endpoint = `${request.method} ${request.path}`;
    const i = this.faults.findIndex((f) => f.match === undefined || f.match === endpoint);
    const fault = i === -1 ? undefined : this.faults.splice(i, 1)[0]!.fault;
    if (fault === 'hang') return; // no answer: the socket stays open until the client or close() ends it
    if (fault) return this.send(res, fault);

    const auth = req.headers.authorization;
    if (auth === undefined) {
      return this.send(res, { status: 404, body: errorBody(404, 'Not Found') }); // a private repository
    }
    if (auth !== `token ${FAKE_TOKEN}` && auth !== `Bearer ${FAKE_TOKEN}`) {
      return this.send(res, { status: 401, body: errorBody(401, 'Bad credentials') });
    }
    if (this.rateLimit.reset <= epochSeconds()) {
      this.rateLimit.remaining = this.rateLimit.limit;
      this.rateLimit.reset = epochSeconds() + 3600;
    }
    if (this.rateLimit.remaining === 0) {
      return this.send(res, {
        status: 403,
        body: errorBody(403, `API rate limit exceeded for installation ID 1.`, DOC.rateLimits),
      });
    }
    this.rateLimit.remaining--;
    if (unparsable)
      return this.send(res, { status: 400, body: errorBody(400, 'Problems parsing JSON') });

    for (const route of this.routes) {
      const m = route.method === request.method && route.regex.exec(request.path);
      if (!m) continue;
      const params = Object.fromEntries(
        route.names.map((name, i) => [name, decodeURIComponent(m[i + 1]!)]),
      );
      return this.send(res, route.handler(request, params));
    }
    this.send(res, { status: 404, body: errorBody(404, 'Not Found') });
  }

  private send(res: ServerResponse, answer: FakeResponse): void {
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    const rl = this.rateLimit;
    res.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-github-api-version-selected': API_VERSION,
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-ratelimit-limit': String(rl.limit),
      'x-ratelimit-remaining': String(rl.remaining),
      'x-ratelimit-reset': String(rl.reset),
      'x-ratelimit-used': String(rl.limit - rl.remaining),
      'x-ratelimit-resource': 'core',
      ...answer.headers,
    });
    res.end(text);
  }

  private get repoUrl(): string {
    return `${this.url}/repos/${this.repository}`;
  }

  /** Wraps a /repos/:owner/:repo handler: any other repository is 404, as if private. */
  private repoRoute(method: string, pattern: string, handler: FakeHandler): void {
    this.route(method, `/repos/:owner/:repo${pattern}`, (req, params) =>
      `${params.owner}/${params.repo}`.toLowerCase() === this.repository.toLowerCase()
        ? handler(req, params)
        : { status: 404, body: errorBody(404, 'Not Found') },
    );
  }

  private resolveRef(ref: string): string | undefined {
    const name = ref.replace(/^refs\/(heads|tags)\//, '');
    return this.refs.get(name) ?? (this.commits.has(ref) ? ref : undefined);
  }

  private builtInRoutes(): void {
    this.repoRoute('GET', '/actions/workflows/:id/runs', (req, { id }) => this.listRuns(req, id!));
    this.repoRoute('GET', '/actions/artifacts', (req) => this.listArtifacts(req));
    this.repoRoute('GET', '/commits/:ref', (_req, { ref }) => this.getCommit(ref!));
    this.route('GET', '/users/:login', (_req, { login }) => this.getUser(login!));
    this.route('GET', '/orgs/:org/teams/:team/memberships/:login', (_req, p) =>
      this.teamMembership(p.org!, p.team!, p.login!),
    );
    this.repoRoute('POST', '/deployments', (req) => this.createDeployment(req));
    this.repoRoute('GET', '/deployments', (req) => this.listDeployments(req));
    this.repoRoute('POST', '/deployments/:id/statuses', (req, { id }) =>
      this.createDeploymentStatus(req, Number(id)),
    );
    this.repoRoute('GET', '/deployments/:id/statuses', (req, { id }) => {
      const d = this.deployments.find((x) => x.id === Number(id));
      if (!d) return { status: 404, body: errorBody(404, 'Not Found', DOC.listDeploymentStatuses) };
      return this.paginate(
        req,
        [...d.statuses].reverse().map((st) => this.deploymentStatusJson(d, st)),
      );
    });
    this.repoRoute('POST', '/statuses/:sha', (req, { sha }) => this.createStatus(req, sha!));
    this.repoRoute('GET', '/commits/:ref/statuses', (req, { ref }) => {
      const sha = this.resolveRef(ref!);
      if (!sha) return { status: 404, body: errorBody(404, 'Not Found', DOC.listStatuses) };
      const list = this.statuses.filter((st) => st.sha === sha).reverse();
      return this.paginate(
        req,
        list.map((st) => this.statusJson(st)),
      );
    });
  }

  /**
   * GET /repos/{owner}/{repo}/actions/artifacts (DOC.listArtifacts): newest first, filtered by
   * the exact `name` when given, expired ones listed with `expired: true`.
   */
  private listArtifacts(req: FakeRequest): FakeResponse {
    const name = req.query.name;
    const list = this.artifacts
      .filter((a) => name === undefined || a.name === name)
      .map((a) => ({ ...a, created_at: a.created_at ?? '2026-11-01T12:00:00Z' }))
      .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
    const json = (a: FakeArtifact & { created_at: string }) => {
      const url = `${this.repoUrl}/actions/artifacts/${a.id}`;
      return {
        id: a.id,
        node_id: nodeId('MDg6QXJ0aWZhY3Q', a.id),
        name: a.name,
        size_in_bytes: 1024,
        url,
        archive_download_url: `${url}/zip`,
        expired: a.expired ?? false,
        digest: a.digest ?? null,
        created_at: a.created_at,
        updated_at: a.created_at,
        expires_at: new Date(Date.parse(a.created_at) + 90 * 86_400_000)
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z'),
        workflow_run: {
          id: a.runId,
          repository_id: repositoryId(this.repository),
          head_repository_id: repositoryId(this.repository),
          head_branch: 'main',
          head_sha: '0'.repeat(40),
        },
      };
    };
    return this.paginate(req, list.map(json), (page) => ({
      total_count: list.length,
      artifacts: page,
    }));
  }

  private getCommit(ref: string): FakeResponse {
    const sha = this.resolveRef(ref);
    if (!sha) {
      return {
        status: 422,
        body: errorBody(422, `No commit found for SHA: ${ref}`, DOC.getCommit),
      };
    }
    const login = this.commitAuthors.get(sha) ?? null;
    const person = { name: login ?? 'Someone', email: `${login ?? 'someone'}@example.com` };
    const date = '2026-11-01T12:00:00Z';
    return {
      status: 200,
      body: {
        url: `${this.repoUrl}/commits/${sha}`,
        sha,
        node_id: nodeId('C', parseInt(sha.slice(0, 8), 16)),
        html_url: `https://github.com/${this.repository}/commit/${sha}`,
        comments_url: `${this.repoUrl}/commits/${sha}/comments`,
        commit: {
          url: `${this.repoUrl}/git/commits/${sha}`,
          author: { ...person, date },
          committer: { ...person, date },
          message: 'A commit',
          tree: { url: `${this.repoUrl}/git/trees/${sha}`, sha },
          comment_count: 0,
          verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
        },
        // The account the commit's e-mail belongs to; null when there is none.
        author: login === null ? null : this.userJson(login),
        committer: login === null ? null : this.userJson(login),
        parents: [],
        stats: { additions: 0, deletions: 0, total: 0 },
        files: [],
      },
    };
  }

  private accountType(login: string): AccountType | null {
    const key = login.toLowerCase();
    if (this.users.has(key)) return this.users.get(key)!;
    return key.endsWith('[bot]') ? 'Bot' : 'User';
  }

  private userJson(login: string): Record<string, unknown> {
    const type = this.accountType(login) ?? 'User';
    const id = repositoryId(login);
    return {
      login,
      id,
      node_id: nodeId(type === 'Bot' ? 'BOT' : 'U', id),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      url: `${this.url}/users/${encodeURIComponent(login)}`,
      html_url: `https://github.com/${login}`,
      type,
      site_admin: false,
    };
  }

  private getUser(login: string): FakeResponse {
    if (this.accountType(login) === null) {
      return { status: 404, body: errorBody(404, 'Not Found', DOC.getUser) };
    }
    return { status: 200, body: { ...this.userJson(login), name: null, public_repos: 0 } };
  }

  private teamMembership(org: string, slug: string, login: string): FakeResponse {
    const team = this.teams.get(`${org}/${slug}`.toLowerCase());
    const notFound = { status: 404, body: errorBody(404, 'Not Found', DOC.teamMembership) };
    if (!team) return notFound;
    if (team.unreadable) {
      return {
        status: 403,
        body: errorBody(403, 'Resource not accessible by integration', DOC.teamMembership),
      };
    }
    const is = (list?: string[]) => list?.some((l) => l.toLowerCase() === login.toLowerCase());
    const state = is(team.members) ? 'active' : is(team.pending) ? 'pending' : undefined;
    if (!state) return notFound;
    return {
      status: 200,
      body: {
        url: `${this.url}/organizations/${repositoryId(org)}/team/${repositoryId(slug)}/memberships/${login}`,
        role: 'member',
        state,
      },
    };
  }

  /** GitHub accepts a workflow's file name or its numeric id. */
  private workflowIds(): Map<string, number> {
    const names = [...new Set(this.runs.map((r) => r.workflow))];
    return new Map(names.map((name, i) => [name, 161335 + i]));
  }

  private listRuns(req: FakeRequest, id: string): FakeResponse {
    const ids = this.workflowIds();
    const workflow = /^\d+$/.test(id) ? [...ids].find(([, n]) => String(n) === id)?.[0] : id;
    if (!workflow || !ids.has(workflow)) {
      return { status: 404, body: errorBody(404, 'Not Found', DOC.runs) };
    }
    const { branch, status, event } = req.query;
    const runs = this.runs
      .filter((r) => r.workflow === workflow)
      .filter((r) => !branch || r.head_branch === branch)
      .filter((r) => !event || (r.event ?? 'push') === event)
      .filter((r) => !status || r.status === status || r.conclusion === status)
      .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
    const repo = (fullName: string) => ({
      id: repositoryId(fullName),
      full_name: fullName,
      name: fullName.split('/')[1],
      owner: { login: fullName.split('/')[0] },
    });
    const json = (r: FakeRun) => ({
      id: r.id,
      name: workflow,
      head_branch: r.head_branch,
      head_sha: r.head_sha,
      path: `.github/workflows/${workflow}`,
      run_number: r.id,
      event: r.event ?? 'push',
      status: r.status,
      conclusion: r.conclusion,
      workflow_id: ids.get(workflow),
      url: `${this.repoUrl}/actions/runs/${r.id}`,
      created_at: r.created_at,
      updated_at: r.created_at,
      repository: repo(this.repository),
      head_repository: repo(r.head_repository ?? this.repository),
    });
    return this.paginate(req, runs.map(json), (page) => ({
      total_count: runs.length,
      workflow_runs: page,
    }));
  }

  private createDeployment(req: FakeRequest): FakeResponse {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const bad = requireString(body, 'ref', DOC.createDeployment);
    if (bad) return bad;
    const ref = body.ref as string;
    const sha = this.resolveRef(ref);
    if (!sha)
      return {
        status: 422,
        body: errorBody(422, `No ref found for: ${ref}`, DOC.createDeployment),
      };
    // auto_merge is accepted and ignored: the fake has no history to merge, as if `ref` were
    // up to date with the default branch.
    const latest = latestByContext(this.statuses.filter((st) => st.sha === sha));
    const required = Array.isArray(body.required_contexts)
      ? (body.required_contexts as string[]).map((c) => c.toLowerCase())
      : [...latest.keys()];
    if (required.some((c) => latest.get(c)?.state !== 'success')) {
      return {
        status: 409,
        body: {
          message: `Conflict: Commit status checks failed for ${ref}.`,
          errors: [
            {
              contexts: [...latest.values()].map((st) => ({
                context: st.context,
                state: st.state,
              })),
              resource: 'Deployment',
              field: 'required_contexts',
              code: 'invalid',
            },
          ],
          documentation_url: DOC.createDeployment,
          status: '409',
        },
      };
    }
    const long = descriptionTooLong(body, 'Deployment', DOC.createDeployment);
    if (long) return long;
    const environment = typeof body.environment === 'string' ? body.environment : 'production';
    const at = now();
    const d: DeploymentRecord = {
      id: this.nextId++,
      sha,
      ref,
      task: typeof body.task === 'string' ? body.task : 'deploy',
      payload: body.payload ?? {},
      original_environment: environment,
      environment,
      description: typeof body.description === 'string' ? body.description : '',
      transient_environment: body.transient_environment === true,
      production_environment:
        typeof body.production_environment === 'boolean'
          ? body.production_environment
          : environment === 'production',
      created_at: at,
      updated_at: at,
      statuses: [],
    };
    this.deployments.push(d);
    return { status: 201, body: this.deploymentJson(d) };
  }

  private listDeployments(req: FakeRequest): FakeResponse {
    const { sha, ref, task, environment } = req.query;
    const list = this.deployments
      .filter((d) => (!sha || d.sha === sha) && (!ref || d.ref === ref))
      .filter((d) => (!task || d.task === task) && (!environment || d.environment === environment))
      .reverse();
    return this.paginate(
      req,
      list.map((d) => this.deploymentJson(d)),
    );
  }

  private createDeploymentStatus(req: FakeRequest, id: number): FakeResponse {
    const d = this.deployments.find((x) => x.id === id);
    if (!d) return { status: 404, body: errorBody(404, 'Not Found', DOC.createDeploymentStatus) };
    const body = (req.body ?? {}) as Record<string, unknown>;
    const bad =
      requireEnum(body, 'state', DEPLOYMENT_STATES, DOC.createDeploymentStatus) ??
      descriptionTooLong(body, 'DeploymentStatus', DOC.createDeploymentStatus);
    if (bad) return bad;
    const str = (k: string) => (typeof body[k] === 'string' ? body[k] : undefined);
    const environment = str('environment') ?? d.statuses.at(-1)?.environment ?? d.environment;
    const url = str('log_url') ?? str('target_url') ?? ''; // log_url replaces target_url
    const state = body.state as string;
    const st = this.addDeploymentStatus(d, state, {
      description: str('description') ?? '',
      environment,
      target_url: url,
      log_url: url,
      environment_url: str('environment_url') ?? '',
    });
    d.environment = environment;
    if (state === 'success' && body.auto_inactive !== false) {
      for (const prior of this.deployments) {
        const last = prior.statuses.at(-1);
        if (
          prior !== d &&
          prior.environment === environment &&
          !prior.transient_environment &&
          !prior.production_environment &&
          last?.state === 'success'
        ) {
          this.addDeploymentStatus(prior, 'inactive', { ...last, description: '' });
        }
      }
    }
    return { status: 201, body: this.deploymentStatusJson(d, st) };
  }

  private addDeploymentStatus(
    d: DeploymentRecord,
    state: string,
    fields: Omit<DeploymentStatusRecord, 'id' | 'state' | 'created_at' | 'updated_at'>,
  ): DeploymentStatusRecord {
    const at = now();
    const st = {
      id: this.nextId++,
      state,
      description: fields.description,
      environment: fields.environment,
      target_url: fields.target_url,
      log_url: fields.log_url,
      environment_url: fields.environment_url,
      created_at: at,
      updated_at: at,
    };
    d.statuses.push(st);
    d.updated_at = at;
    return st;
  }

  private createStatus(req: FakeRequest, sha: string): FakeResponse {
    if (!/^[0-9a-f]{40}$/.test(sha)) {
      return validationFailed('Status', 'sha', 'sha must be a 40 character SHA1', DOC.createStatus);
    }
    if (!this.commits.has(sha)) {
      return {
        status: 422,
        body: errorBody(422, `No commit found for SHA: ${sha}`, DOC.createStatus),
      };
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const bad =
      requireEnum(body, 'state', COMMIT_STATES, DOC.createStatus) ??
      descriptionTooLong(body, 'Status', DOC.createStatus);
    if (bad) return bad;
    const at = now();
    const st: CommitStatusRecord = {
      id: this.nextId++,
      sha,
      state: body.state as string,
      description: typeof body.description === 'string' ? body.description : null,
      target_url: typeof body.target_url === 'string' ? body.target_url : null,
      context: typeof body.context === 'string' ? body.context : 'default',
      created_at: at,
      updated_at: at,
    };
    this.statuses.push(st);
    return { status: 201, body: this.statusJson(st) };
  }

  private deploymentJson(d: DeploymentRecord): unknown {
    const url = `${this.repoUrl}/deployments/${d.id}`;
    return {
      url,
      id: d.id,
      node_id: nodeId('DE', d.id),
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
      original_environment: d.original_environment,
      environment: d.environment,
      description: d.description,
      creator: BOT,
      created_at: d.created_at,
      updated_at: d.updated_at,
      statuses_url: `${url}/statuses`,
      repository_url: this.repoUrl,
      transient_environment: d.transient_environment,
      production_environment: d.production_environment,
      performed_via_github_app: null,
    };
  }

  private deploymentStatusJson(d: DeploymentRecord, st: DeploymentStatusRecord): unknown {
    const deploymentUrl = `${this.repoUrl}/deployments/${d.id}`;
    return {
      url: `${deploymentUrl}/statuses/${st.id}`,
      id: st.id,
      node_id: nodeId('DES', st.id),
      state: st.state,
      creator: BOT,
      description: st.description,
      environment: st.environment,
      target_url: st.target_url,
      created_at: st.created_at,
      updated_at: st.updated_at,
      deployment_url: deploymentUrl,
      repository_url: this.repoUrl,
      environment_url: st.environment_url,
      log_url: st.log_url,
      performed_via_github_app: null,
    };
  }

  private statusJson(st: CommitStatusRecord): unknown {
    return {
      url: `${this.repoUrl}/statuses/${st.sha}`,
      avatar_url: BOT.avatar_url,
      id: st.id,
      node_id: nodeId('SC', st.id),
      state: st.state,
      description: st.description,
      target_url: st.target_url,
      context: st.context,
      created_at: st.created_at,
      updated_at: st.updated_at,
      creator: BOT,
    };
  }
}

export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(opts).listen();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A stable numeric id per owner/name, as GitHub gives every repository one. */
function repositoryId(fullName: string): number {
  let h = 0;
  for (const ch of fullName.toLowerCase()) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000_007;
  return h;
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

/** The newest status per context; contexts are case-insensitive. */
function latestByContext(list: CommitStatusRecord[]): Map<string, CommitStatusRecord> {
  const latest = new Map<string, CommitStatusRecord>();
  for (const st of list) latest.set(st.context.toLowerCase(), st);
  return latest;
}

/** Schema violations answer 422 "Invalid request." with the schema's complaint. */
function invalidRequest(detail: string, doc: string): FakeResponse {
  return { status: 422, body: errorBody(422, `Invalid request.\n\n${detail}`, doc) };
}

function requireString(body: Record<string, unknown>, field: string, doc: string) {
  if (body[field] === undefined) return invalidRequest(`"${field}" wasn't supplied.`, doc);
  if (typeof body[field] !== 'string') {
    return invalidRequest(
      `For 'properties/${field}', ${JSON.stringify(body[field])} is not a string.`,
      doc,
    );
  }
  return undefined;
}

function requireEnum(
  body: Record<string, unknown>,
  field: string,
  allowed: string[],
  doc: string,
): FakeResponse | undefined {
  if (body[field] === undefined) return invalidRequest(`"${field}" wasn't supplied.`, doc);
  if (!allowed.includes(body[field] as string)) {
    const list = allowed.map((a) => JSON.stringify(a)).join(', ');
    return invalidRequest(
      `For 'properties/${field}', ${JSON.stringify(body[field])} is not one of [${list}].`,
      doc,
    );
  }
  return undefined;
}

/** GitHub refuses a deployment's or a status's description over 140 characters. */
function descriptionTooLong(
  body: Record<string, unknown>,
  resource: string,
  doc: string,
): FakeResponse | undefined {
  const d = body.description;
  if (typeof d !== 'string' || [...d].length <= 140) return undefined;
  return validationFailed(
    resource,
    'description',
    'description is too long (maximum is 140 characters)',
    doc,
  );
}

/** Semantic violations answer 422 "Validation Failed" with an `errors` list. */
function validationFailed(
  resource: string,
  field: string,
  message: string,
  doc: string,
): FakeResponse {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', field, message }],
      documentation_url: doc,
      status: '422',
    },
  };
}
