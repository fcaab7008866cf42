/**
 * `strategy.matrix` expanded as GitHub documents it: the cross product of the vectors in key
 * order, then `exclude` (an entry removes every combination it partially matches), then `include`
 * (an entry extends every combination whose original values it matches, without overwriting an
 * original value; an entry that extends none becomes a combination of its own). At most 256.
 */
import type { Json } from './expressions.js';
import { PlayerError } from './errors.js';

export type Combination = Record<string, Json>;

/** GitHub's limit on the jobs one matrix may produce. */
export const MAX_MATRIX_JOBS = 256;

function same(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function entriesOf(value: Json | undefined, what: string): Combination[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new PlayerError(
      `matrix ${what} must be a sequence of mappings, got ${JSON.stringify(value)}`,
    );
  return value.map((v) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      throw new PlayerError(`matrix ${what} entries must be mappings, got ${JSON.stringify(v)}`);
    }
    return v;
  });
}

export function expandMatrix(matrix: Json): Combination[] {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
    throw new PlayerError(`strategy.matrix must be a mapping, got ${JSON.stringify(matrix)}`);
  }
  const vectors = Object.entries(matrix).filter(([k]) => k !== 'include' && k !== 'exclude');
  let combos: Combination[] = vectors.length > 0 ? [{}] : [];
  for (const [key, values] of vectors) {
    if (!Array.isArray(values) || values.length === 0) {
      throw new PlayerError(
        `matrix vector '${key}' must be a non-empty sequence, got ${JSON.stringify(values)}`,
      );
    }
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  const exclude = entriesOf(matrix.exclude, 'exclude');
  combos = combos.filter(
    (c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => same(c[k], v))),
  );
  const originals = new Set(vectors.map(([k]) => k));
  const extended = combos.map((c) => ({ values: { ...c }, original: c }));
  const extra: Combination[] = [];
  for (const inc of entriesOf(matrix.include, 'include')) {
    let matched = false;
    for (const combo of extended) {
      const fits = Object.entries(inc).every(
        ([k, v]) => !originals.has(k) || same(combo.original[k], v),
      );
      if (!fits) continue;
      matched = true;
      for (const [k, v] of Object.entries(inc)) if (!originals.has(k)) combo.values[k] = v;
    }
    if (!matched) extra.push({ ...inc });
  }
  const all = [...extended.map((c) => c.values), ...extra];
  if (all.length === 0)
    throw new PlayerError('strategy.matrix produced no combinations (GitHub fails such a job)');
  if (all.length > MAX_MATRIX_JOBS) {
    throw new PlayerError(
      `strategy.matrix produced ${all.length} jobs; GitHub allows at most ${MAX_MATRIX_JOBS} per matrix`,
    );
  }
  return all;
}
