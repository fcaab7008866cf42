/**
 * One HTTP exchange with a registry, retried when the failure is transient: a dropped
 * connection, 429 (honouring Retry-After) or a 5xx. Other 4xx answers are returned as they are:
 * retrying them can't help. Bodies are Buffers so a retry re-sends the same bytes.
 */
import type { Logger } from '../../core/ports.js';

export interface RetryPolicy {
  /** Total tries, including the first. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 250, maxDelayMs: 8_000 };

/** Retry-After longer than this is not waited for: the registry is effectively down. */
const MAX_RETRY_AFTER_MS = 60_000;

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/** fetch wraps socket errors as `TypeError: fetch failed` with the system error as `cause`. */
export function isTransientNetworkError(err: unknown): boolean {
  // Duck-typed, not `instanceof Error`: undici's errors may come from another realm (vm, jest).
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
    e && typeof e === 'object';
    e = e.cause as typeof e
  ) {
    if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code)) return true;
    if (e.message === 'other side closed' || e.message === 'terminated') return true;
  }
  return false;
}

export function isTransientStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function backoffMs(policy: RetryPolicy, retry: number): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return exp / 2 + Math.random() * (exp / 2); // jitter: concurrent pushers don't retry in step
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function fetchWithRetry(
  req: HttpRequest,
  policy: RetryPolicy,
  logger?: Logger,
): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= policy.attempts;
    let res: Response;
    try {
      res = await fetch(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        redirect: 'follow',
      });
    } catch (err) {
      if (last || !isTransientNetworkError(err)) {
        const inner = (err as { cause?: { message?: unknown } } | undefined)?.cause?.message;
        const cause = typeof inner === 'string' ? `: ${inner}` : '';
        throw new Error(
          `${req.method} ${req.url} failed after ${attempt} attempt(s)${cause || `: ${String(err)}`}. Check that the registry is reachable.`,
          { cause: err },
        );
      }
      const wait = backoffMs(policy, attempt - 1);
      logger?.debug(`${req.method} ${req.url}: ${String(err)}; retrying in ${Math.round(wait)} ms`);
      await sleep(wait);
      continue;
    }
    if (last || !isTransientStatus(res.status)) return res;
    const hinted =
      res.status === 429 || res.status === 503
        ? retryAfterMs(res.headers.get('retry-after'))
        : undefined;
    if (hinted !== undefined && hinted > MAX_RETRY_AFTER_MS) return res;
    await res.arrayBuffer().catch(() => undefined); // free the connection before waiting
    const wait = hinted ?? backoffMs(policy, attempt - 1);
    logger?.debug(
      `${req.method} ${req.url}: HTTP ${res.status}; retrying in ${Math.round(wait)} ms`,
    );
    await sleep(wait);
  }
}
