/** Canonical JSON: one text per value, so equal configurations have equal digests. */

/**
 * `value` as JSON with every object's keys sorted (by UTF-16 code units, JavaScript's default
 * order, stable across platforms), indented by 2 spaces, with a trailing newline. Numbers print
 * as JavaScript prints them (`1e21`, `0.1`), which is deterministic.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/** A copy of plain JSON data with every object's keys inserted in sorted order. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    setOwn(out, key, sortKeys((value as Record<string, unknown>)[key]));
  }
  return out;
}

/**
 * Sets an own, enumerable property even for the key `__proto__`, which plain assignment would
 * treat as the object's prototype (a configuration may well contain any key).
 */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
