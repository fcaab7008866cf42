import {
  backoffMs,
  isTransientNetworkError,
  isTransientStatus,
  retryAfterMs,
} from '../../../src/platform/oci/http.js';

describe('retry decisions', () => {
  test('429 and 5xx are transient; other 4xx and 501 are not', () => {
    expect([429, 500, 502, 503, 504].every(isTransientStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 416, 501].some(isTransientStatus)).toBe(false);
  });

  test('connection resets are recognised through fetch error causes', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(isTransientNetworkError(new TypeError('fetch failed', { cause: reset }))).toBe(true);
    expect(
      isTransientNetworkError(
        new TypeError('fetch failed', { cause: new Error('certificate has expired') }),
      ),
    ).toBe(false);
  });

  test('Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });

  test('backoff grows exponentially and stays bounded', () => {
    const policy = { attempts: 10, baseDelayMs: 100, maxDelayMs: 1000 };
    for (let i = 0; i < 8; i++) {
      const cap = Math.min(1000, 100 * 2 ** i);
      const d = backoffMs(policy, i);
      expect(d).toBeGreaterThanOrEqual(cap / 2);
      expect(d).toBeLessThanOrEqual(cap);
    }
  });
});
