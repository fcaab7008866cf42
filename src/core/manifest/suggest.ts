/** "Did you mean …?" for misspelt keys and names. */

/**
 * The candidate closest to `input`, or undefined when none is close enough to be a plausible
 * typo. Case, `_` versus `-`, and a missing `-` are forgiven before the edit distance counts.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = fold(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = fold(candidate);
    const d = c === wanted ? 0 : editDistance(wanted, c);
    // Allow about one typo per three characters, and at least one.
    const limit = Math.max(1, Math.floor(Math.max(wanted.length, c.length) / 3));
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** "did you mean `x`?" for the closest candidate, or undefined when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const hit = closest(input, candidates);
  return hit === undefined ? undefined : `did you mean \`${hit}\`?`;
}

const fold = (s: string): string => s.toLowerCase().replace(/[_\s]/g, '-').replace(/-/g, '');

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      row.push(d);
    }
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}
