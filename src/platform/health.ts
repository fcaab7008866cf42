/**
 * The health check a deploy waits on after starting a release: an HTTP URL fetched from this
 * machine, or a command run on the target through the caller's runner (DeployTarget.run).
 *
 * An unhealthy target is an answer, not an error: every try's outcome is recorded and the verdict
 * returned, so the caller can roll back at once. Only a misuse (a spec validation should have
 * refused, a URL whose placeholders cannot be filled) throws.
 */
import { MsdeployError, ExitCode } from '../core/errors.js';
import type { HealthSpec } from '../core/manifest/types.js';
import type { ScriptResult } from '../core/ports.js';
import {
  HttpTimeoutError,
  type HttpResponse,
  discardBody,
  httpRequest,
  redactUrl,
} from './http.js';

/** Runs a health command on the target, bounded by `timeoutMs` (DeployTarget.run, bound to a release). */
export type HealthRunner = (script: string, timeoutMs: number) => Promise<ScriptResult>;

export interface HealthContext {
  /** Fills `${port}` in the URL: the port the service is placed on. */
  port?: number;
  /** Fills `${host}` in the URL: the host the release went to (an ssh host's address). */
  host?: string;
  /** Required for a `command` check. */
  run?: HealthRunner;
  /** The deploy was cancelled: stop waiting at once (the try in flight is abandoned). */
  signal?: AbortSignal;
  /** Called after each try, e.g. to log progress while a slow service comes up. */
  onTry?: (t: HealthTry) => void;
  /** Milliseconds on a monotonic clock; a seam for tests. */
  now?: () => number;
  /** The wait between tries; a seam for tests. Must resolve early when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface HealthTry {
  /** 1-based. */
  n: number;
  /** When the try started, in ms since the check started. */
  at: number;
  tookMs: number;
  healthy: boolean;
  /** `HTTP 200`, `HTTP 500, expected 200`, `timed out after 5 s`, `connection refused`, `exit 3: <last line>`. */
  outcome: string;
}

export interface HealthResult {
  healthy: boolean;
  /** Tries started (a cancelled one included). */
  tries: number;
  elapsedMs: number;
  /** The last try's outcome; `cancelled` when the signal stopped the check. */
  last: string;
  history: HealthTry[];
  /** The signal aborted before a verdict: `healthy` is false but nothing was proven unhealthy. */
  cancelled: boolean;
  /** What was checked, for messages: the URL (credentials redacted) or `command`. */
  target: string;
}

/** Enough body to let a well-behaved server finish its answer; the rest is never read. */
export const HEALTH_BODY_MAX = 64 * 1024;
/** A runner that ignores its timeout is given up on this long after it. */
const RUNNER_GRACE_MS = 1_000;
/** A command's last output line, as quoted in an outcome. */
const LINE_MAX = 200;
const ONE_TRY = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
const PLACEHOLDERS = ['${port}', '${host}'] as const;

type TryOutcome = { healthy: boolean; outcome: string };

function formatSeconds(ms: number): string {
  return `${+(ms / 1000).toFixed(1)} s`;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Fill `${port}` and `${host}` (exactly those tokens) and check the result is still a plain
 * http(s) URL. Anything else left in `${…}` is refused: it is a typo (`${PORT}`) that would
 * otherwise be sent percent-encoded and fail every try for a reason no one sees.
 */
export function healthUrl(template: string, ctx: Pick<HealthContext, 'port' | 'host'>): string {
  const fail = (why: string) =>
    new MsdeployError(`Health check URL ${redactUrl(template)}: ${why}`, {
      exitCode: ExitCode.manifest,
    });
  let url = template;
  if (url.includes('${port}')) {
    const { port } = ctx;
    if (port === undefined) {
      throw fail('uses ${port} but the service has no port here: set `port` on the placement.');
    }
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw fail(`uses \${port} but the port ${port} is not between 1 and 65535.`);
    }
    url = url.replaceAll('${port}', String(port));
  }
  if (url.includes('${host}')) {
    const { host } = ctx;
    if (host === undefined) throw fail('uses ${host} but no host is known for this target.');
    // Only a host name or an address: anything that could change the URL's structure is refused.
    if (!/^[A-Za-z0-9.:_%-]+$/.test(host) && !/^\[[0-9A-Fa-f:.%]+\]$/.test(host)) {
      throw fail(`uses \${host} but "${host}" is not a host name or address.`);
    }
    const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    url = url.replaceAll('${host}', bracketed);
  }
  if (url.includes('${')) {
    throw fail(
      `has a placeholder other than ${PLACEHOLDERS.join(' and ')} (they are case-sensitive).`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw fail(`is not a valid URL once filled in (${redactUrl(url)}).`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw fail(`is not http(s) once filled in (${redactUrl(url)}).`);
  }
  if (parsed.username || parsed.password) {
    throw fail('carries credentials; a health endpoint must answer without them.');
  }
  return parsed.href;
}

/** Why a request got no answer, in the words of an outcome. */
function describeFailure(err: unknown, timeoutMs: number): string {
  if (err instanceof HttpTimeoutError) return `timed out after ${formatSeconds(timeoutMs)}`;
  let innermost = err instanceof Error ? err.message : String(err);
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
    e && typeof e === 'object';
    e = e.cause as typeof e
  ) {
    if (typeof e.message === 'string') innermost = e.message;
    switch (e.code) {
      case 'ECONNREFUSED':
        return 'connection refused';
      case 'ECONNRESET':
      case 'UND_ERR_SOCKET':
        return 'connection closed without an answer';
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return 'host name not found';
      case 'EHOSTUNREACH':
      case 'ENETUNREACH':
        return 'host unreachable';
      default:
        break;
    }
  }
  return innermost;
}

async function tryUrl(
  url: string,
  spec: HealthSpec,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<TryOutcome> {
  let res: HttpResponse;
  try {
    res = await httpRequest(
      { method: 'GET', url },
      {
        // Our tries are the retries; one per-try limit covers connect, headers and body.
        retry: ONE_TRY,
        timeouts: { headersMs: timeoutMs, idleMs: timeoutMs, totalMs: timeoutMs },
        followRedirects: false,
        signal,
      },
    );
  } catch (err) {
    return { healthy: false, outcome: describeFailure(err, timeoutMs) };
  }
  const { status } = res;
  const location = res.headers.get('location');
  await discardBody(res); // reads at most HTTP's discard cap (64 KiB), then closes
  if (status === spec.status) return { healthy: true, outcome: `HTTP ${status}` };
  const moved =
    status >= 300 && status < 400 && location !== null
      ? ` (redirect to ${redactUrl(new URL(location, url).href)}, not followed)`
      : '';
  return { healthy: false, outcome: `HTTP ${status}, expected ${spec.status}${moved}` };
}

/** Settles with the runner, at the runner's deadline plus grace, or when `signal` aborts. */
function tryCommand(
  run: HealthRunner,
  script: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<TryOutcome> {
  return new Promise((resolve) => {
    const finish = (o: TryOutcome) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abandon);
      resolve(o);
    };
    const abandon = () => finish({ healthy: false, outcome: 'cancelled' });
    const timer = setTimeout(
      () => finish({ healthy: false, outcome: `timed out after ${formatSeconds(timeoutMs)}` }),
      timeoutMs + RUNNER_GRACE_MS,
    );
    signal?.addEventListener('abort', abandon, { once: true });
    // A rejection is the target not answering (ssh unreachable, killed at its timeout): unhealthy.
    run(script, timeoutMs).then(
      (r) => finish(exitOutcome(r)),
      (err: unknown) =>
        finish({
          healthy: false,
          outcome: `could not run: ${err instanceof Error ? err.message : String(err)}`,
        }),
    );
  });
}

function exitOutcome(r: ScriptResult): TryOutcome {
  if (r.exitCode === 0) return { healthy: true, outcome: 'exit 0' };
  const line = [...r.tail].reverse().find((l) => l.trim() !== '');
  const quoted = line === undefined ? '' : `: ${line.trim().slice(0, LINE_MAX)}`;
  return { healthy: false, outcome: `exit ${r.exitCode}${quoted}` };
}

function checkSpec(spec: HealthSpec, ctx: HealthContext): void {
  if ((spec.url === undefined) === (spec.command === undefined)) {
    throw new TypeError('checkHealth: the spec needs exactly one of url and command.');
  }
  if (spec.command !== undefined && !ctx.run) {
    throw new TypeError('checkHealth: a command check needs a runner (ctx.run).');
  }
  if (!Number.isInteger(spec.retries) || spec.retries < 1) {
    throw new RangeError(`checkHealth: retries must be an integer ≥ 1, got ${spec.retries}.`);
  }
  for (const [name, v] of [
    ['timeoutSeconds', spec.timeoutSeconds],
    ['intervalSeconds', spec.intervalSeconds],
  ] as const) {
    if (!Number.isFinite(v) || v < 0 || (name === 'timeoutSeconds' && v === 0)) {
      throw new RangeError(`checkHealth: ${name} must be a positive number, got ${v}.`);
    }
  }
}

/**
 * Up to `retries` tries, `intervalSeconds` apart (no wait after the last), each bounded by
 * `timeoutSeconds`; healthy at the first try that passes. Returns as soon as the last try
 * ends, so a rollback can start at once.
 */
export async function checkHealth(
  spec: HealthSpec,
  ctx: HealthContext = {},
): Promise<HealthResult> {
  checkSpec(spec, ctx);
  const url = spec.url === undefined ? undefined : healthUrl(spec.url, ctx);
  const now = ctx.now ?? (() => performance.now());
  const sleep = ctx.sleep ?? realSleep;
  const { signal } = ctx;
  const timeoutMs = spec.timeoutSeconds * 1000;
  const start = now();
  const history: HealthTry[] = [];
  const result = (healthy: boolean, cancelled = false): HealthResult => ({
    healthy,
    tries: history.length,
    elapsedMs: now() - start,
    last: history.at(-1)?.outcome ?? 'cancelled',
    history,
    cancelled,
    target: url === undefined ? 'command' : redactUrl(url),
  });

  for (let n = 1; n <= spec.retries; n++) {
    if (n > 1) await sleep(spec.intervalSeconds * 1000, signal);
    if (signal?.aborted) return result(false, true);
    const at = now() - start;
    const o =
      url !== undefined
        ? await tryUrl(url, spec, timeoutMs, signal)
        : await tryCommand(ctx.run!, spec.command!, timeoutMs, signal);
    const cancelled = signal?.aborted ?? false;
    const t: HealthTry = {
      n,
      at,
      tookMs: now() - start - at,
      healthy: o.healthy && !cancelled,
      outcome: cancelled ? 'cancelled' : o.outcome,
    };
    history.push(t);
    ctx.onTry?.(t);
    if (cancelled) return result(false, true);
    if (t.healthy) return result(true);
  }
  return result(false);
}
