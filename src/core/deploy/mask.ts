/**
 * The forms a secret takes in logs, so a masker (the runner's `setSecret`, or {@link redact})
 * can hide every one. See docs/deploy.md#masking for what is covered and why.
 */
import type { DeployTarget } from '../ports.js';

/**
 * Derived forms (lines, encodings) shorter than this are not masked: they carry few bits of the
 * secret, and hiding every `}` or `abc` in a log would make it unreadable. The value itself is
 * always masked, however short.
 */
export const MIN_FORM_LENGTH = 4;

/**
 * Every form of one secret value a log might show, longest first:
 * - the value;
 * - for a multi-line value (a key, a certificate), each line with surrounding whitespace
 *   trimmed, because tools print such values line by line (and the runner masks per line);
 * - its JSON string escape (`\n`, `\"`, `\\`), for a value printed inside JSON;
 * - its base64 and base64url, at each of the three byte alignments: a value inside a larger
 *   encoded blob (a base64'd config file, a Kubernetes Secret) starts at any byte offset, and
 *   each offset encodes it differently; only the characters that depend on the value alone are
 *   kept. The whole value's padded encoding is included too, so `echo -n $S | base64` output
 *   disappears entirely.
 *
 * Lines are not base64'd one by one: a line is only encoded alone when someone splits the
 * secret, which a masker cannot anticipate, while the whole value's encodings cover the value
 * embedded in any encoded stream.
 */
export function maskForms(value: string): string[] {
  if (value === '') return [];
  const forms = new Set<string>([value]);
  const add = (f: string): void => {
    if (f.length >= MIN_FORM_LENGTH) forms.add(f);
  };
  const lines = value.split(/\r?\n|\r/);
  if (lines.length > 1) for (const line of lines) add(line.trim());
  for (const text of [value, ...(lines.length > 1 ? lines.map((l) => l.trim()) : [])]) {
    const json = JSON.stringify(text).slice(1, -1);
    if (json !== text) add(json);
  }
  const bytes = Buffer.from(value, 'utf8');
  add(bytes.toString('base64'));
  add(bytes.toString('base64url'));
  for (const shift of [0, 1, 2]) {
    const stable = alignedBase64(bytes, shift);
    add(stable);
    add(stable.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * The base64 characters that depend only on `bytes` when they start `shift` bytes into a
 * 3-byte group: the characters shared with the neighbouring bytes are cut from both ends.
 */
function alignedBase64(bytes: Buffer, shift: number): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
  // The first characters mix in the `shift` unknown bytes before the value.
  const start = [0, 2, 3][shift]!;
  // After the last whole group, a 1-byte tail fixes 1 more character, a 2-byte tail 2.
  const total = shift + bytes.length;
  const end = 4 * Math.floor(total / 3) + (total % 3);
  return end > start ? encoded.slice(start, end) : '';
}

/**
 * `text` with every form of every secret replaced by `***`. Occurrences are found first and
 * the covered characters then replaced run by run, so overlapping forms (a line inside the
 * value, two secrets sharing characters) never leave a fragment uncovered.
 */
export function redact(text: string, secretValues: readonly string[]): string {
  const forms = new Set(secretValues.flatMap(maskForms));
  if (forms.size === 0 || text === '') return text;
  const covered = new Uint8Array(text.length);
  let any = false;
  for (const form of forms) {
    for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
      covered.fill(1, i, i + form.length);
      any = true;
    }
  }
  if (!any) return text;
  let out = '';
  for (let i = 0; i < text.length;) {
    if (covered[i] === 0) {
      const j = covered.indexOf(1, i);
      const end = j === -1 ? text.length : j;
      out += text.slice(i, end);
      i = end;
    } else {
      const j = covered.indexOf(0, i);
      out += '***';
      i = j === -1 ? text.length : j;
    }
  }
  return out;
}

/**
 * `target` with its scripts' output redacted: a start or health script runs the release, which
 * reads the secrets from its config and may print them (a service failing to connect prints its
 * connection string), and that output's tail reaches the summary, the terminal and, as a health
 * check's verdict, the ledger. The runner's masks cover only its log, never those.
 */
export function redactingTarget(
  target: DeployTarget,
  secretValues: readonly string[],
): DeployTarget {
  if (secretValues.length === 0) return target;
  const run: DeployTarget['run'] = async (script, dir, env, timeoutMs) => {
    const r = await target.run(script, dir, env, timeoutMs);
    // Line by line would miss a multi-line value: redact the tail as one text.
    return { ...r, tail: redact(r.tail.join('\n'), secretValues).split('\n') };
  };
  // Everything else is the target's own, whatever the port grows (a proxy, not a copy of it).
  return new Proxy(target, {
    get(t, key) {
      if (key === 'run') return run;
      const value: unknown = Reflect.get(t, key, t);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}
