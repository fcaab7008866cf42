/**
 * A small, faithful fake of the GitHub REST endpoints msdeploy calls, speaking real HTTP on
 * loopback so the real octokit client runs against it. Shapes follow docs.github.com:
 * GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs → { total_count, workflow_runs }.
 */
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRun {
  id: number;
  workflow: string; // file name, e.g. ci.yml
  head_branch: string;
  head_sha: string;
  status: 'completed' | 'in_progress' | 'queued';
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  created_at: string;
}

export interface FakeGitHub {
  url: string;
  runs: FakeRun[];
  requests: { method: string; url: string; auth?: string }[];
  close(): Promise<void>;
}

const TOKEN = 'ghs_fake_token';
export const FAKE_TOKEN = TOKEN;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
  });
  res.end(text);
}

function handle(fake: FakeGitHub, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  fake.requests.push({
    method: req.method ?? '',
    url: req.url ?? '',
    auth: req.headers.authorization,
  });
  const auth = req.headers.authorization ?? '';
  if (auth !== `token ${TOKEN}` && auth !== `Bearer ${TOKEN}`) {
    send(res, 401, {
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    return;
  }
  const m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/runs$/);
  if (req.method === 'GET' && m) {
    const workflow = decodeURIComponent(m[3]!);
    let runs = fake.runs.filter((r) => r.workflow === workflow);
    if (runs.length === 0 && !fake.runs.some((r) => r.workflow === workflow)) {
      send(res, 404, {
        message: 'Not Found',
        documentation_url:
          'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow',
        status: '404',
      });
      return;
    }
    const branch = url.searchParams.get('branch');
    const status = url.searchParams.get('status');
    if (branch) runs = runs.filter((r) => r.head_branch === branch);
    if (status === 'success') runs = runs.filter((r) => r.conclusion === 'success');
    else if (status === 'completed') runs = runs.filter((r) => r.status === 'completed');
    runs = [...runs].sort((a, b) => b.created_at.localeCompare(a.created_at));
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    send(res, 200, {
      total_count: runs.length,
      workflow_runs: runs.slice((page - 1) * perPage, page * perPage),
    });
    return;
  }
  send(res, 404, {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest',
    status: '404',
  });
}

export async function startFakeGitHub(runs: FakeRun[] = []): Promise<FakeGitHub> {
  const fake: FakeGitHub = { url: '', runs, requests: [], close: async () => undefined };
  const server: Server = createServer((req, res) => handle(fake, req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}
