/**
 * `${secret:NAME}` references inside configuration strings.
 *
 * Only a run of `$` directly before `{secret:` is special, and it works like `%%` in printf: an
 * odd run ends in a reference, an even run is an escape, and each `$$` pair in the run becomes
 * one literal `$`. So `${secret:X}` is X's value, `$${secret:X}` is the text `${secret:X}` and
 * `$$${secret:X}` is `$` then X's value. A `$` anywhere else (`a$$b`, `${HOME}`) is left alone,
 * so existing strings keep their meaning.
 */

/** The names a reference may use: those of environment variables (and of GitHub secrets). */
export const SECRET_NAME_SOURCE = '[A-Za-z_][A-Za-z0-9_]*';
const SECRET_NAME_RE = new RegExp(`^${SECRET_NAME_SOURCE}$`);

/** A piece of a template: literal text, or a reference to a secret by name. */
export type TemplatePart = { text: string } | { secret: string };

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Why a reference could not be read (unclosed, bad name); never contains a value. */
  problems: string[];
}

// `(\$+)` then `{secret:`, then everything up to the next `}` (or the end, when unclosed).
const REF_RE = /(\$+)\{secret:([^}]*)(\})?/g;

/** Splits `s` into literal text and secret references; `parts` of a plain string is one text. */
export function parseTemplate(s: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const problems: string[] = [];
  let text = '';
  let last = 0;
  for (const m of s.matchAll(REF_RE)) {
    const [whole, dollars, name, close] = m as unknown as [string, string, string, string?];
    text += s.slice(last, m.index);
    last = m.index + whole.length;
    text += '$'.repeat(Math.floor(dollars.length / 2));
    if (dollars.length % 2 === 0) {
      text += whole.slice(dollars.length);
      continue;
    }
    if (close === undefined) {
      problems.push(
        'has `${secret:` without a closing `}`: write `${secret:NAME}`, or `$${secret:` for the ' +
          'literal text',
      );
      text += whole.slice(dollars.length - 1);
      continue;
    }
    if (!SECRET_NAME_RE.test(name)) {
      problems.push(
        `references \`\${secret:${name}}\`, but a secret name is letters, digits and \`_\`, ` +
          'not starting with a digit: fix the name',
      );
      text += whole.slice(dollars.length - 1);
      continue;
    }
    if (text) parts.push({ text });
    text = '';
    parts.push({ secret: name });
  }
  text += s.slice(last);
  if (text || parts.length === 0) parts.push({ text });
  return { parts, problems };
}
